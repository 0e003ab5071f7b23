// Legal review 3 §4, transfers: `adequacy` is checked against the dated list of the Commission's decisions, and
// the US only for recipients certified under the Data Privacy Framework (GDPR Art. 45; R30); a safeguard is one
// of Art. 46(2)'s.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans après votre dernière commande")]
#[transfer(country = "Inde", adequacy)]
#[transfer(country = "USA", adequacy)]
#[transfer(country = "MA", safeguard = "our_contract", copy = "dpo@boutique.fr")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
