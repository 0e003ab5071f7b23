use privacy_notice::{Checkbox, PrivacyNotice};

// The 2004 text has no place for these GDPR mentions: they would silently vanish from the notice.
#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos candidatures")]
#[recipients("notre service des ressources humaines")]
#[rights_contact("Service RH, 3 avenue de l’Europe, 69003 Lyon")]
#[dpo("dpo@emploi.fr")]
#[data_source("Annuaire Pro", categories = "votre téléphone")]
#[withdrawal("https://emploi.fr/consentements")]
#[phone_optin]
struct JobForm {
    email: String,
    #[consent(phone_optin)]
    phone_calls: Checkbox,
}

fn main() {}
