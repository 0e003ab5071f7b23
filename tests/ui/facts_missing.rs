// Under `gdpr` every form states its facts (R24): whom the data is about, what each purpose does with it, what
// each field holds. Leaving one out is an error naming the key, never a silent default.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans après votre dernière commande")]
struct OrderForm {
    email: String,
    #[personal_data(label = "téléphone")]
    phone: String,
}

fn main() {}
