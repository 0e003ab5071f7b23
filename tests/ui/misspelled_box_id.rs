// A misspelled box id gives one error, which suggests what the form declares and has no box for yet — not an
// undeclared case of the opposite kind, and not a second error saying the declared case has no box.
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[purpose("notre lettre", data_use = "marketing.communications.email", id = "newsletter", basis = "consent", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mes-choix")]
#[partner_email_optin(partners = "https://boutique.fr/partenaires", retention = "3 ans")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(partner_optin)]
    partner_offers: Checkbox,
    #[consent(newsleter)]
    newsletter: Checkbox,
}

fn main() {}
