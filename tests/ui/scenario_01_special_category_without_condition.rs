// Legal review §3, scenario 1: a health field on a contract basis, with no Art. 9(2) condition (R21); explicit
// consent is given with a box, and `art9` needs a `special` category.
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de votre adhésion", data_use = "essential.service", id = "membership", basis = "contract", retention = "3 ans")]
#[purpose("l’adaptation des séances", data_use = "essential.service", id = "sessions", basis = "consent", retention = "1 an")]
#[withdrawal("dpo@boutique.fr")]
struct MembershipForm {
    #[personal_data(category = "user.health_and_medical", label = "pathologies")]
    pathologies: String,
    #[personal_data(category = "user.health_and_medical", art9 = "explicit_consent", purpose = "membership", label = "allergies")]
    allergies: String,
    #[personal_data(category = "user.content.private", art9 = "health_care", label = "groupe sanguin")]
    blood_group: String,
    #[consent(sessions)]
    sessions: Checkbox,
}

fn main() {}
