use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la prévention de la fraude", basis = "legitimate_interests", retention = "13 mois")]
struct OrderForm {
    email: String,
}

fn main() {}
