use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "gpdr", langue = "fr")]
#[purpose("la gestion de vos commandes", bassis = "contract")]
#[purpose("la lutte contre la fraude", basis = "legitimate_interest")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout(partner = "nos éditeurs")]
struct OrderForm {
    #[personal_data(requierd)]
    email: String,
}

fn main() {}
