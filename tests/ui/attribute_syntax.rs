use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes" "et de vos retours")]
#[recipients("notre service commercial", 12 + 3)]
#[rights_contact(contact::service = "Service clientèle")]
struct OrderForm {
    email: String,
}

fn main() {}
