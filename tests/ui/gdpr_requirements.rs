use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[purpose("la gestion de vos commandes")]
#[purpose("la prévention de la fraude", basis = "legitimate_interests")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[partner_email_optin(retention = "3 ans après votre dernier achat")]
struct OrderForm {
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

fn main() {}
