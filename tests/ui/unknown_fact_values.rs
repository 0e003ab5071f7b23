// An unknown subject, data use, category, condition or country lists the nearest valid values.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customers")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "marketing.communications.mail", basis = "contract", retention = "3 ans")]
#[transfer(country = "Atlantide", safeguard = "standard_contractual_clauses", copy = "dpo@boutique.fr")]
#[transfer(country = "Inde", safeguard = "contract_clauses", copy = "dpo@boutique.fr")]
struct OrderForm {
    #[personal_data(category = "user.contact.mail")]
    email: String,
    #[personal_data(category = "user.health", art9 = "consent")]
    health: String,
}

fn main() {}
