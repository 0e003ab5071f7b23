use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract")]
#[retention("3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[phone_optout]
struct OrderForm {
    phone: String,
    #[consent(phone_optout)]
    no_calls: Checkbox,
}

fn main() {}
