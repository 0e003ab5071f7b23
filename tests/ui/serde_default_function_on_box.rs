use privacy_notice::PrivacyNotice;

fn yes() -> bool {
    true
}

#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_email_optin]
struct OrderForm {
    email: String,
    #[serde(default = "yes")]
    #[consent(partner_email_optin)]
    partner_offers: bool,
}

fn main() {}
