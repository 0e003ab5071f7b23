use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("l’envoi de notre lettre", id = "lettre-info", basis = "consent")]
#[purpose("nos offres", id = "2offres", basis = "consent")]
#[recipients("notre service marketing")]
#[rights_contact("Service clients, 1 rue de Lyon, 75012 Paris")]
struct NewsletterForm {
    email: String,
}

fn main() {}
