use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[notice(lang = "en")]
#[purpose("la gestion de vos commandes", id = "orders")]
#[purpose("le suivi de vos commandes", id = "orders", id = "again")]
#[recipients("notre service commercial")]
#[recipients("nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[purpose("une lettre", id = "Lettre d'info")]
#[purpose("des envois", id = "partner_optout")]
struct OrderForm {
    email: String,
}

fn main() {}
