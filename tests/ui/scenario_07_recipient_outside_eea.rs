// Legal review §3, scenario 7: « hébergeur américain » without a transfer mention (GDPR Art. 13(1)(f); R09).
// A recipient in an adequate country needs none; a name or an unknown code instead of a code is refused.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans")]
#[recipient("notre hébergeur américain", country = "US")]
#[recipient("notre centre d’appel", country = "ma")]
#[recipient("notre sous-traitant japonais", country = "JP")]
#[recipient("notre filiale", country = "Allemagne")]
#[recipient("notre agence", country = "UK")]
struct OrderForm {
    email: String,
}

fn main() {}
