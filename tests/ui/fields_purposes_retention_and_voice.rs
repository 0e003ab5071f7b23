// Legal review 3 M2, M3, M5, M6: a phone number says what it is for, and so does every mandatory field of a form
// that asks for consent (R42); consent to marketing kept "until withdrawn" also ends after a time without contact
// (R43); a box whose purpose speaks as the company (« nos conseils ») has its own label (R44).
use privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Jardins SAS", address = "3 rue des Lilas, 44000 Nantes", contact = "dpo@jardins.fr", country = "FR")]
#[purpose(
    "la gestion de votre compte",
    id = "account",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernière connexion"
)]
#[purpose(
    "l’envoi de nos conseils d’entretien",
    id = "tips",
    data_use = "marketing.communications.email",
    basis = "consent",
    retention = "jusqu’au retrait de votre accord"
)]
#[recipients("notre service client")]
#[rights_contact("dpo@jardins.fr")]
#[withdrawal("https://jardins.fr/preferences")]
#[data_requirement(reason = "créer votre compte", consequence = "nous ne pourrons pas le créer")]
struct GardenAccount {
    #[personal_data(category = "user.contact.email", required, label = "adresse e-mail")]
    email: String,
    #[personal_data(category = "user.contact.phone_number", label = "téléphone")]
    phone: String,
    #[consent(tips)]
    tips: Checkbox,
    notice_version: NoticeVersion,
}

fn main() {}
