// Legal review 3 §4, children: no profiled advertising (GDPR Recital 38, 71; DSA Art. 28(2)), and the parental
// consent is not a box on the child's own form, which the child could tick (Art. 8(2); R28).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "child")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de votre compte de jeu", data_use = "essential.service", basis = "contract", retention = "la durée du compte")]
#[purpose("des publicités choisies d’après vos parties", data_use = "marketing.advertising.profiling", basis = "legitimate_interests", interest = "financer le jeu", retention = "13 mois")]
struct GameAccount {
    #[personal_data(category = "user.name.first")]
    pseudo: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "child")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("l’envoi de la lettre du club", id = "letter", data_use = "marketing.communications.email", basis = "consent", retention = "jusqu’au retrait de ton accord, au plus tard 3 ans après ton dernier contact")]
#[withdrawal("le lien de désinscription présent dans chaque lettre")]
#[parental_consent("une case que ton parent coche ci-dessous")]
struct ClubNewsletter {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(letter)]
    letter: Checkbox,
}

fn main() {}
