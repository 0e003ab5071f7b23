// Legal review 3 §4, consent: never in the same box as the terms of sale (GDPR Art. 7(2)), never a condition of
// a contest (Art. 7(4); R07); an opt-in label says yes, or a tick would record agreement to a refusal (Art. 4(11);
// R35); per-recipient open pixels need consent (ePrivacy Art. 5(3); R39).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans après votre dernière commande")]
#[purpose("nos offres par e-mail", id = "offers", data_use = "marketing.communications.email", basis = "consent", retention = "3 ans", label = "J’accepte les CGV et de recevoir vos offres par e-mail")]
#[withdrawal("https://boutique.fr/mes-choix")]
struct CheckoutForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(offers)]
    offers: Checkbox,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de votre participation", data_use = "essential.service.contest", basis = "contract", retention = "1 an")]
#[purpose("les offres de nos partenaires par e-mail", id = "partners", data_use = "third_party_sharing.marketing.email", basis = "consent", retention = "3 ans", label = "Pour participer au jeu, j’accepte de recevoir les offres des partenaires listés sur https://boutique.fr/partenaires")]
#[withdrawal("https://boutique.fr/mes-choix")]
struct ContestEntry {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(partners)]
    partner_offers: Checkbox,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("l’envoi de notre lettre", id = "letter", data_use = "marketing.communications.email", basis = "consent", retention = "3 ans", label = "Je ne souhaite pas recevoir la lettre")]
#[purpose("la mesure, lecteur par lecteur, de l’ouverture de nos lettres", data_use = "marketing.communications.email.tracking", basis = "legitimate_interests", interest = "mesurer l’audience", retention = "13 mois")]
#[withdrawal("le lien de désinscription présent dans chaque lettre")]
struct NewsletterForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(letter)]
    letter: Checkbox,
}

fn main() {}
