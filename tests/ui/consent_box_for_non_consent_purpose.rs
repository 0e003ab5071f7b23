use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", id = "orders", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct OrderForm {
    email: String,
    #[consent(orders)]
    accept_orders: Checkbox,
}

fn main() {}
