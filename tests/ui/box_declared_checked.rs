use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[similar_offers_optout(default)]
struct OrderForm {
    email: String,
    #[consent(similar_offers_optout, pre_ticked)]
    no_similar_offers: Checkbox,
}

fn main() {}
