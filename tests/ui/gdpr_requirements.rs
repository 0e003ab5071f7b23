use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[purpose("la gestion de vos commandes", data_use = "essential.service")]
#[purpose("la prévention de la fraude", data_use = "essential.fraud_detection", basis = "legitimate_interests")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[partner_email_optin(retention = "3 ans après votre dernier achat")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

fn main() {}
