use privacy_notice::PrivacyNotice;

// The first level links to the policy: only an http(s) address or a path on the same site is a link.
#[derive(PrivacyNotice)]
#[notice(policy = "javascript:alert(1)", subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct ScriptLink {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(policy = "confidentialite.html", subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct RelativeLink {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

// The 2004 text has a single level.
#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical, policy = "https://boutique.fr/confidentialite")]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct TwoLevelsIn2004 {
    email: String,
}

// Another address per language is allowed, and must be a link too.
#[derive(PrivacyNotice)]
#[notice(policy = "/confidentialite", subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[translation(lang = "en",
    "/confidentialite" = "privacy policy",
    "la gestion de vos commandes" = "handling your orders",
    "3 ans" = "3 years",
    "notre service commercial" = "our sales department",
)]
struct TranslatedPolicy {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
