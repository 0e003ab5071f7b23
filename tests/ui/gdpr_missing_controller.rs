use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct OrderForm {
    email: String,
}

fn main() {}
