use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("l’envoi de la lettre d’information", data_use = "marketing.communications.email", id = "newsletter", basis = "consent", retention = "3 ans")]
struct NewsletterForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

fn main() {}
