use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_email_optin]
#[similar_offers_optout]
#[consent(partner_email_optin)]
struct OrderForm {
    #[purpose("la livraison")]
    email: String,
    #[personal_data(required)]
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[serde(skip)]
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

fn main() {}
