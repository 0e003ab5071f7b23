// Legal review §3, scenario 7: « hébergeur américain » without a transfer mention (GDPR Art. 13(1)(f); R09).
// A recipient in an adequate country needs none; names and aliases (« Allemagne », « UK ») read as their ISO
// codes, and a name no list knows is refused.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipient("notre hébergeur américain", country = "US")]
#[recipient("notre centre d’appel", country = "ma")]
#[recipient("notre sous-traitant japonais", country = "JP")]
#[recipient("notre filiale", country = "Allemagne")]
#[recipient("notre agence", country = "UK")]
#[recipient("notre entrepôt", country = "Narnia")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
