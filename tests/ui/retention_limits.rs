// Legal review 3 §4, retention: a duration or the event that ends it, never « aussi longtemps que nécessaire »
// (GDPR Art. 5(1)(e), 13(2)(a); R31); a prospect's data at most three years after their last contact (CNIL; R33).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la réponse à votre demande", data_use = "essential.service", basis = "contract", retention = "aussi longtemps que nécessaire")]
struct ContactForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "prospect")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("l’envoi d’offres par e-mail", id = "offers", data_use = "marketing.communications.email", basis = "consent", retention = "10 ans après votre dernier contact")]
#[withdrawal("le lien de désinscription présent dans chaque e-mail")]
struct ProspectForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(offers)]
    offers: Checkbox,
}

fn main() {}
