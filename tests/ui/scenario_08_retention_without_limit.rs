// Legal review §3, scenario 8: « sans limitation de durée » is not a retention (GDPR Art. 5(1)(e)).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "sans limitation de durée")]
#[purpose("nos statistiques", data_use = "essential.service", basis = "legitimate_interests", interest = "mesurer", retention = "kept indefinitely")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
