use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
struct OrderForm {
    email: String,
    #[serde(skip_deserializing)]
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
}

fn main() {}
