use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos demandes")]
#[recipients("notre service commercial")]
struct ContactForm {
    email: String,
}

fn main() {}
