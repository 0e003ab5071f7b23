// Legal review §3, scenario 3: « offres par e-mail et SMS » on legitimate interest, no box (CPCE L34-5; R13),
// and commercial calls without consent (C. consom. L223-1 since 11 August 2026; scenario 10), here for insulation
// works, which may not be canvassed by phone at all (L223-1 al. 5; R37).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("nos offres par e-mail", data_use = "marketing.communications.email", basis = "legitimate_interests", interest = "vendre", retention = "3 ans")]
#[purpose("nos offres par SMS", data_use = "marketing.communications.sms", basis = "legitimate_interests", interest = "vendre", retention = "3 ans")]
#[purpose("nos offres d’isolation par téléphone", data_use = "marketing.communications.phone", basis = "legitimate_interests", interest = "vendre", retention = "3 ans")]
struct OffersForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
