// Legal review 3 §4, special categories: the category alone makes data special (Art. 9(1); R21); Art. 9(2)(g)
// names its law, (h) the professional secrecy it rests on, and (e) "made public" is never a form's condition,
// since what a person types into a form is not something they made public (R27).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la connexion à votre compte par reconnaissance faciale", data_use = "essential.service.authentication", basis = "contract", retention = "la durée du compte")]
struct FaceLogin {
    #[personal_data(category = "user.biometric", art9 = "substantial_public_interest")]
    face: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("le suivi de votre forme", data_use = "essential.service", basis = "contract", retention = "la durée du compte")]
struct WellnessApp {
    #[personal_data(category = "user.health_and_medical", art9 = "health_care")]
    symptoms: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la présentation de votre profil", data_use = "essential.service", basis = "contract", retention = "la durée du compte")]
struct DatingProfile {
    #[personal_data(category = "user.demographic.sexual_orientation", art9 = "made_public")]
    orientation: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans après votre dernière commande")]
struct PharmacyBasket {
    #[personal_data(category = "user.health_and_medical")]
    treatments_bought: String,
}

fn main() {}
