use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract")]
#[purpose("la tenue de notre comptabilité", data_use = "essential.legal_obligation", law = "l’article L123-22 du Code de commerce", basis = "legal_obligation", retention = "10 ans")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
