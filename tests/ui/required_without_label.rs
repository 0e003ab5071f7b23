// The notice names the mandatory fields to the person: a required field says how, not with its name in code.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct OrderForm {
    #[personal_data(required)]
    email_address: String,
}

fn main() {}
