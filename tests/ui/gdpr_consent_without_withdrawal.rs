use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("l’envoi de notre lettre", id = "newsletter", basis = "consent", retention = "3 ans")]
struct NewsletterForm {
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

fn main() {}
