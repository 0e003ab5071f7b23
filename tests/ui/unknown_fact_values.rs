// An unknown audience, channel, category, condition or kind lists the accepted values and suggests the nearest.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(audience = "consumer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans", marketing = "mail")]
struct OrderForm {
    #[personal_data(special = "heath", art9 = "consent", kind = "telephone")]
    email: String,
}

fn main() {}
