use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
