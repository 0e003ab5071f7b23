use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_email_optin]
struct OrderForm {
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers_again: Checkbox,
    #[consent(partner_email_optin, similar_offers_optout)]
    both: Checkbox,
}

fn main() {}
