// Legal review 3 §4: joint controllers are declared with their contact and the essence of their arrangement
// (GDPR Art. 26; R34); a controller states where it is established (Art. 27; R08); rights are exercised
// without a letter, an ID copy or a stamp (Art. 12(2), 12(5); R36).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Salon SAS", address = "1 place du Marché, 44000 Nantes", contact = "dpo@salon.fr", country = "FR")]
#[recipients("notre équipe")]
#[rights_contact("dpo@salon.fr")]
#[purpose("l’organisation du salon, dont nous sommes responsables conjoints avec la Ville", data_use = "essential.service", basis = "contract", retention = "1 an")]
struct EventSignup {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "App Inc", address = "1 Market St, San Francisco", contact = "privacy@app.com")]
#[recipients("our support team")]
#[rights_contact("privacy@app.com")]
#[purpose("la gestion de votre compte", data_use = "essential.service", basis = "contract", retention = "la durée du compte")]
struct AppSignup {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("par courrier, avec la photocopie d’une pièce d’identité et une enveloppe timbrée")]
#[purpose("la gestion de votre abonnement", data_use = "essential.service", basis = "contract", retention = "la durée de l’abonnement")]
struct Subscription {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
