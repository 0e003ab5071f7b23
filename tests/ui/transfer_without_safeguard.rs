use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans")]
#[transfer(country = "États-Unis", safeguard = "les clauses contractuelles types")]
struct OrderForm {
    email: String,
}

fn main() {}
