use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
struct OrderForm {
    email: String,
    #[consent(partner_optot)]
    no_partner_use: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

fn main() {}
