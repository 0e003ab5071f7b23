// Legal review 3 §4, employment: an employer cannot rest monitoring on its employees' consent (GDPR Art. 7(4),
// 88, Recital 43; R25); keystroke and screen recording, and a fingerprint time clock, are disproportionate
// whatever the basis (C. trav. L1121-1; CNIL; R26).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "employee")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la géolocalisation permanente des véhicules de service", id = "geoloc", data_use = "employment.monitoring.geolocation", basis = "consent", retention = "2 mois")]
#[withdrawal("rh@boutique.fr")]
struct VehicleTracking {
    #[personal_data(category = "user.location.precise")]
    position: String,
    #[consent(geoloc)]
    geolocation: Checkbox,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "employee")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("le contrôle de l’activité des postes de travail", data_use = "employment.monitoring.activity", basis = "legitimate_interests", interest = "mesurer la productivité", retention = "6 mois")]
struct Keylogger {
    #[personal_data(category = "user.behavior")]
    keystrokes: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "employee")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("le contrôle des horaires", data_use = "employment.monitoring.time_tracking", basis = "legal_obligation", law = "l’article L3171-2 du Code du travail", retention = "1 an")]
struct TimeClock {
    #[personal_data(category = "user.biometric.fingerprint", art9 = "employment", law = "le Code du travail")]
    fingerprint: String,
}

fn main() {}
