use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Shop Inc", address = "1 Main St, Boston, USA", contact = "privacy@shop.com", outside_eu)]
#[recipients("our sales team")]
#[rights_contact("privacy@shop.com")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans")]
struct OrderForm {
    email: String,
}

fn main() {}
