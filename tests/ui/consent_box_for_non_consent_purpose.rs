use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", id = "orders", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(orders)]
    accept_orders: Checkbox,
}

fn main() {}
