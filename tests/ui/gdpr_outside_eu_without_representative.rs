use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Shop Inc", address = "1 Main St, Boston, USA", contact = "privacy@shop.com", country = "US")]
#[recipients("our sales team")]
#[rights_contact("privacy@shop.com")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
