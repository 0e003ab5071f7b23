use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("l’envoi de notre lettre", basis = "consent")]
#[recipients("notre service marketing")]
#[rights_contact("Service clients, 1 rue de Lyon, 75012 Paris")]
struct NewsletterForm {
    email: String,
    newsletter: Checkbox,
}

fn main() {}
