// Legal review §3, scenario 3: « offres par e-mail et SMS » on legitimate interest, no box (CPCE L34-5; R13),
// and commercial calls without consent (C. consom. L223-1 since 11 August 2026; scenario 10).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("nos offres par e-mail", basis = "legitimate_interests", interest = "vendre", retention = "3 ans", marketing = "email")]
#[purpose("nos offres par SMS", basis = "legitimate_interests", interest = "vendre", retention = "3 ans", marketing = "sms")]
#[purpose("nos offres d’isolation par téléphone", basis = "legitimate_interests", interest = "vendre", retention = "3 ans", marketing = "phone")]
struct OffersForm {
    email: String,
}

fn main() {}
