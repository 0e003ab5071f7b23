// R15: to professionals, e-mail prospecting on legitimate interest needs an objection box at collection.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(audience = "professionals")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("nos offres pour votre entreprise", basis = "legitimate_interests", interest = "vendre", retention = "3 ans", marketing = "email")]
#[purpose("nos offres par SMS", basis = "contract", retention = "3 ans", marketing = "sms")]
struct B2bForm {
    email: String,
}

fn main() {}
