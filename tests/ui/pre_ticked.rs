use privacy_notice::{Checkbox, PrivacyNotice};

fn ticked() -> Checkbox {
    Checkbox::CHECKED
}

#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_email_optin(checked)]
#[similar_offers_optout]
struct OrderForm {
    email: String,
    #[consent(partner_email_optin, checked)]
    partner_offers: Checkbox,
    #[serde(default = "ticked")]
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

fn main() {}
