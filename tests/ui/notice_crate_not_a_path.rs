use privacy_notice::PrivacyNotice;

// `crate` names the path a crate re-exports privacy-notice under; this is not a path.
#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical, crate = "my app::pn")]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct OrderForm {
    email: String,
}

fn main() {}
