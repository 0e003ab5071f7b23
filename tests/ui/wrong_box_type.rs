use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
struct OrderForm {
    email: String,
    #[consent(partner_optout)]
    no_partner_use: String,
    #[consent(partner_email_optin)]
    partner_offers: Option<bool>,
}

fn main() {}
