use privacy_notice::{Checkbox, PrivacyNotice};

// The 2004 text has no legal basis, interest or retention: they would silently vanish from the notice.
// `basis = "consent"` stays: it pairs a purpose with its box.
#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes", basis = "contract", retention = "3 ans")]
#[purpose("la prévention de la fraude", basis = "legitimate_interests", interest = "protéger nos clients")]
#[purpose("la lettre d’information", id = "newsletter", basis = "consent")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[retention("3 ans")]
#[call(recorded = "la formation de nos conseillers")]
struct OrderForm {
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

// `historical` is for the 2004 text only; `label` is the text of a consent box.
#[derive(PrivacyNotice)]
#[notice(historical, subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", label = "J’accepte")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct GdprForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
