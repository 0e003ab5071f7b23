use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004")]
#[purpose("la gestion de vos commandes", id = "orders", basis = "contract")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct OrderForm {
    email: String,
    #[consent(orders)]
    accept_orders: Checkbox,
}

fn main() {}
