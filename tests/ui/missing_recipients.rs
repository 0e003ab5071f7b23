use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos demandes")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct ContactForm {
    email: String,
}

fn main() {}
