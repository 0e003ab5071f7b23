use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "gpdr", langue = "fr", subjects = "customer")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", bassis = "contract")]
#[purpose("la lutte contre la fraude", data_use = "essential.fraud_detection", basis = "legitimate_interest")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout(partner = "nos éditeurs")]
struct OrderForm {
    #[personal_data(category = "user.contact.email", requierd)]
    email: String,
}

fn main() {}
