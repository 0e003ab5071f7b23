use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("l’envoi de notre lettre d’information", id = "newsletter", basis = "consent")]
#[purpose("des statistiques de fréquentation", basis = "consent")]
#[recipients("notre service marketing")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct NewsletterForm {
    email: String,
}

fn main() {}
