use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract")]
#[retention("3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[phone_optout]
struct OrderForm {
    #[personal_data(category = "user.contact.phone_number")]
    phone: String,
    #[consent(phone_optout)]
    no_calls: Checkbox,
}

fn main() {}
