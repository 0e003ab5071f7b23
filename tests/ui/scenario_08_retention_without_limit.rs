// Legal review §3, scenario 8: « sans limitation de durée » is not a retention (GDPR Art. 5(1)(e)).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "sans limitation de durée")]
#[purpose("nos statistiques", basis = "legitimate_interests", interest = "mesurer", retention = "kept indefinitely")]
struct OrderForm {
    email: String,
}

fn main() {}
