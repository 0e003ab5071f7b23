// A misspelled box id gives one error, which suggests what the form declares and has no box for yet — not an
// undeclared case of the opposite kind, and not a second error saying the declared case has no box.
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans")]
#[purpose("notre lettre", id = "newsletter", basis = "consent", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mes-choix")]
#[partner_email_optin(partners = "https://boutique.fr/partenaires", retention = "3 ans")]
struct OrderForm {
    email: String,
    #[consent(partner_optin)]
    partner_offers: Checkbox,
    #[consent(newsleter)]
    newsletter: Checkbox,
}

fn main() {}
