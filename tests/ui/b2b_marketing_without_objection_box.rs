// R15: to professionals, e-mail prospecting on legitimate interest needs an objection box at collection.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "professional")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("nos offres pour votre entreprise", data_use = "marketing.communications.email", basis = "legitimate_interests", interest = "vendre", retention = "3 ans")]
#[purpose("nos offres par SMS", data_use = "marketing.communications.sms", basis = "contract", retention = "3 ans")]
struct B2bForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
