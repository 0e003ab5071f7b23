use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[withdrawal("https://boutique.fr/compte")]
#[partner_email_optin(retention = "3 ans après votre dernier achat")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

fn main() {}
