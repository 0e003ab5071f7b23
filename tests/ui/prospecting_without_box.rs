use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[similar_offers_optout]
struct OrderForm {
    email: String,
}

fn main() {}
