// A box serde could fill without the person: the struct's `Default`, a `deserialize_with` function.
use privacy_notice::{Checkbox, PrivacyNotice};
use serde::Deserialize;

fn always<'de, D: serde::Deserializer<'de>>(_: D) -> Result<Checkbox, D::Error> {
    Ok(Checkbox::from(true))
}

#[derive(Deserialize, PrivacyNotice, Default)]
#[notice(subjects = "customer")]
#[serde(default)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
#[partner_email_optin(partners = "https://boutique.fr/partenaires", retention = "3 ans")]
#[withdrawal("https://boutique.fr/mes-choix")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[serde(deserialize_with = "always")]
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

fn main() {}
