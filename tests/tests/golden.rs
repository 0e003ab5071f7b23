//! The full notice and call script of three realistic forms, in both regimes and both languages, compared
//! with files in `golden/` that were read, as a French or English reader would, before being kept.
//! `GOLDEN=overwrite cargo test --test golden` rewrites them: read the diff before committing it.

use privacy_notice::{Checkbox, Lang, Notice, PrivacyNotice};
use serde::Deserialize;

// --- A shop order with the three boxes of the original guidance -----------------------------------------

#[derive(Deserialize, PrivacyNotice)]
#[controller(
    name = "Boutique Lumière SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "contact@boutique-lumiere.fr"
)]
#[purpose(
    "la gestion de vos commandes et de leur livraison",
    basis = "contract",
    retention = "3 ans après votre dernière commande"
)]
#[purpose(
    "la tenue de notre comptabilité",
    basis = "legal_obligation",
    retention = "10 ans (Code de commerce, art. L123-22)"
)]
#[purpose(
    "la prévention de la fraude au paiement",
    basis = "legitimate_interests",
    interest = "protéger nos clients et notre société contre l’usage frauduleux de cartes bancaires",
    retention = "13 mois après la transaction"
)]
#[recipients("notre service commercial", "nos transporteurs", "notre prestataire de paiement")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris, ou donnees@boutique-lumiere.fr")]
#[withdrawal("https://boutique-lumiere.fr/mon-compte/preferences")]
#[data_requirement(reason = "traiter et livrer votre commande", consequence = "nous ne pourrons pas l’expédier")]
#[partner_optout(partners = "des éditeurs de presse et des associations caritatives")]
#[partner_email_optin(partners = "https://boutique-lumiere.fr/partenaires")]
#[similar_offers_optout]
#[translation(lang = "en",
    "la gestion de vos commandes et de leur livraison" = "handling your orders and their delivery",
    "3 ans après votre dernière commande" = "3 years after your last order",
    "la tenue de notre comptabilité" = "keeping our accounts",
    "10 ans (Code de commerce, art. L123-22)" = "10 years (French Commercial Code, art. L123-22)",
    "la prévention de la fraude au paiement" = "preventing payment fraud",
    "protéger nos clients et notre société contre l’usage frauduleux de cartes bancaires"
        = "protecting our customers and our company against fraudulent use of payment cards",
    "13 mois après la transaction" = "13 months after the transaction",
    "notre service commercial" = "our sales department",
    "nos transporteurs" = "our carriers",
    "notre prestataire de paiement" = "our payment provider",
    "Service clientèle, 12 rue de la Paix, 75002 Paris, ou donnees@boutique-lumiere.fr"
        = "Customer service, 12 rue de la Paix, 75002 Paris, France, or donnees@boutique-lumiere.fr",
    "traiter et livrer votre commande" = "process and deliver your order",
    "nous ne pourrons pas l’expédier" = "we cannot ship it",
    "des éditeurs de presse et des associations caritatives" = "press publishers and charities",
    "adresse e-mail" = "e-mail address",
    "adresse de livraison" = "delivery address",
)]
#[allow(dead_code)]
struct ShopOrder {
    #[personal_data(required, label = "adresse e-mail")]
    email: String,
    #[personal_data(required, label = "adresse de livraison")]
    address: String,
    phone: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

/// The same order form in the 2004 wording (design.md §2).
#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", lang = "fr")]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial", "nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
#[similar_offers_optout]
#[translation(lang = "en",
    "la gestion de vos commandes" = "handling your orders",
    "notre service commercial" = "our sales department",
    "nos transporteurs" = "our carriers",
    "Service clientèle, 12 rue de la Paix, 75002 Paris" = "Customer service, 12 rue de la Paix, 75002 Paris, France",
)]
#[allow(dead_code)]
struct ShopOrder2004 {
    email: String,
    name: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

// --- A newsletter sign-up ----------------------------------------------------------------------------------

#[derive(Deserialize, PrivacyNotice)]
#[controller(
    name = "Éditions du Canal",
    address = "4 quai des Chartrons, 33000 Bordeaux",
    contact = "lecteurs@editions-canal.fr"
)]
#[purpose(
    "l’envoi de notre lettre d’information hebdomadaire",
    id = "newsletter",
    basis = "consent",
    retention = "jusqu’au retrait de votre accord, puis 3 ans pour la preuve de celui-ci"
)]
#[purpose(
    "la mesure de l’ouverture de nos lettres",
    basis = "legitimate_interests",
    interest = "améliorer nos contenus",
    retention = "13 mois"
)]
#[recipients("notre rédaction", "notre prestataire d’envoi d’e-mails")]
#[rights_contact("lecteurs@editions-canal.fr")]
#[withdrawal("le lien de désinscription présent dans chaque lettre")]
#[data_requirement(reason = "vous envoyer la lettre", consequence = "nous ne pourrons pas vous l’envoyer")]
#[translation(lang = "en",
    "l’envoi de notre lettre d’information hebdomadaire" = "sending our weekly newsletter",
    "jusqu’au retrait de votre accord, puis 3 ans pour la preuve de celui-ci"
        = "until you withdraw your agreement, then 3 years as proof of it",
    "la mesure de l’ouverture de nos lettres" = "measuring how often our newsletters are opened",
    "améliorer nos contenus" = "improving our content",
    "13 mois" = "13 months",
    "notre rédaction" = "our editorial team",
    "notre prestataire d’envoi d’e-mails" = "our e-mail delivery provider",
    "le lien de désinscription présent dans chaque lettre" = "the unsubscribe link in every newsletter",
    "vous envoyer la lettre" = "send you the newsletter",
    "nous ne pourrons pas vous l’envoyer" = "we cannot send it to you",
    "adresse e-mail" = "e-mail address",
)]
#[allow(dead_code)]
struct NewsletterSignup {
    #[personal_data(required, label = "adresse e-mail")]
    email: String,
    first_name: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004")]
#[purpose("l’envoi de notre lettre d’information hebdomadaire", id = "newsletter", basis = "consent")]
#[recipients("notre rédaction", "notre prestataire d’envoi d’e-mails")]
#[rights_contact("Éditions du Canal, service lecteurs, 4 quai des Chartrons, 33000 Bordeaux")]
#[translation(lang = "en",
    "l’envoi de notre lettre d’information hebdomadaire" = "sending our weekly newsletter",
    "notre rédaction" = "our editorial team",
    "notre prestataire d’envoi d’e-mails" = "our e-mail delivery provider",
    "Éditions du Canal, service lecteurs, 4 quai des Chartrons, 33000 Bordeaux"
        = "Éditions du Canal, readers’ service, 4 quai des Chartrons, 33000 Bordeaux, France",
)]
#[allow(dead_code)]
struct NewsletterSignup2004 {
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

// --- A job application with a DPO and a transfer outside the EU -------------------------------------------

#[derive(Deserialize, PrivacyNotice)]
#[controller(
    name = "Atelier Numérique SAS",
    address = "8 rue Garibaldi, 69006 Lyon",
    contact = "recrutement@atelier-numerique.fr"
)]
#[dpo("dpo@atelier-numerique.fr")]
#[purpose(
    "l’étude de votre candidature",
    basis = "contract",
    retention = "la durée du recrutement, puis 2 ans si vous n’êtes pas retenu(e)"
)]
#[purpose(
    "l’inscription dans notre vivier de candidats pour d’autres postes",
    id = "talent_pool",
    basis = "consent",
    retention = "2 ans après votre dernier contact avec nous"
)]
#[recipients(
    "le service des ressources humaines",
    "les responsables du poste à pourvoir",
    "notre éditeur de logiciel de recrutement"
)]
#[transfer(
    country = "États-Unis",
    safeguard = "les clauses contractuelles types de la Commission européenne",
    copy = "dpo@atelier-numerique.fr"
)]
#[rights_contact("dpo@atelier-numerique.fr")]
#[withdrawal("https://atelier-numerique.fr/candidats/mes-choix")]
#[data_requirement(reason = "étudier votre candidature", consequence = "nous ne pourrons pas l’examiner")]
#[translation(lang = "en",
    "l’étude de votre candidature" = "assessing your application",
    "la durée du recrutement, puis 2 ans si vous n’êtes pas retenu(e)"
        = "the length of the recruitment, then 2 years if you are not hired",
    "l’inscription dans notre vivier de candidats pour d’autres postes" = "keeping you in our talent pool for other positions",
    "2 ans après votre dernier contact avec nous" = "2 years after your last contact with us",
    "le service des ressources humaines" = "the human resources department",
    "les responsables du poste à pourvoir" = "the managers of the position",
    "notre éditeur de logiciel de recrutement" = "our recruitment software provider",
    "États-Unis" = "the United States",
    "les clauses contractuelles types de la Commission européenne" = "the European Commission’s standard contractual clauses",
    "étudier votre candidature" = "assess your application",
    "nous ne pourrons pas l’examiner" = "we cannot consider it",
    "nom" = "name",
    "CV" = "CV",
)]
#[allow(dead_code)]
struct JobApplication {
    #[personal_data(required, label = "nom")]
    name: String,
    email: String,
    #[personal_data(required, label = "CV")]
    resume: String,
    cover_letter: String,
    #[consent(talent_pool)]
    talent_pool: Checkbox,
}

#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004")]
#[purpose("l’étude de votre candidature")]
#[purpose("l’inscription dans notre vivier de candidats", id = "talent_pool", basis = "consent")]
#[recipients("le service des ressources humaines", "les responsables du poste à pourvoir")]
#[transfer(country = "États-Unis", safeguard = "les clauses contractuelles types", copy = "rh@atelier-numerique.fr")]
#[rights_contact("Service des ressources humaines, 8 rue Garibaldi, 69006 Lyon")]
#[translation(lang = "en",
    "l’étude de votre candidature" = "assessing your application",
    "l’inscription dans notre vivier de candidats" = "keeping you in our talent pool",
    "le service des ressources humaines" = "the human resources department",
    "les responsables du poste à pourvoir" = "the managers of the position",
    "États-Unis" = "the United States",
    "les clauses contractuelles types" = "the standard contractual clauses",
    "Service des ressources humaines, 8 rue Garibaldi, 69006 Lyon"
        = "Human resources department, 8 rue Garibaldi, 69006 Lyon, France",
    "nom" = "name",
)]
#[allow(dead_code)]
struct JobApplication2004 {
    #[personal_data(required, label = "nom")]
    name: String,
    email: String,
    #[consent(talent_pool)]
    talent_pool: Checkbox,
}

/// The notice and the call script, as one file.
fn rendered(notice: &Notice, lang: Lang) -> String {
    format!("{}\n----- call script -----\n\n{}", notice.text(lang), notice.call_script(lang))
}

fn check(name: &str, notice: &Notice) {
    let mut mismatches = Vec::new();
    for lang in Lang::ALL {
        let path = format!("{}/golden/{name}.{lang}.txt", env!("CARGO_MANIFEST_DIR"));
        let actual = rendered(notice, lang);
        if std::env::var_os("GOLDEN").is_some_and(|v| v == "overwrite") {
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if actual != expected {
            mismatches.push(format!("{path} differs; actual:\n{actual}"));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n\n"));
}

#[test]
fn shop_order_gdpr() {
    check("shop_order.gdpr", ShopOrder::notice());
}

#[test]
fn shop_order_lil2004() {
    check("shop_order.lil2004", ShopOrder2004::notice());
}

#[test]
fn newsletter_gdpr() {
    check("newsletter.gdpr", NewsletterSignup::notice());
}

#[test]
fn newsletter_lil2004() {
    check("newsletter.lil2004", NewsletterSignup2004::notice());
}

#[test]
fn job_application_gdpr() {
    check("job_application.gdpr", JobApplication::notice());
}

#[test]
fn job_application_lil2004() {
    check("job_application.lil2004", JobApplication2004::notice());
}

/// Every form's machine-readable notice follows `schemas/notice.schema.json`.
#[test]
fn json_follows_the_schema() {
    let schema_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas/notice.schema.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for notice in [
        ShopOrder::notice(),
        ShopOrder2004::notice(),
        NewsletterSignup::notice(),
        NewsletterSignup2004::notice(),
        JobApplication::notice(),
        JobApplication2004::notice(),
    ] {
        let json = serde_json::to_value(notice).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&json).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", notice.form());
    }
    // The schema is not a formality: a pre-ticked box, or a missing key, is refused.
    let mut ticked = serde_json::to_value(ShopOrder::notice()).unwrap();
    ticked["consent_fields"][0]["checked"] = serde_json::Value::Bool(true);
    assert!(!validator.is_valid(&ticked));
    let mut missing = serde_json::to_value(ShopOrder::notice()).unwrap();
    missing.as_object_mut().unwrap().remove("version");
    assert!(!validator.is_valid(&missing));
}

/// The JSON shape is stable: a snapshot, read before it was kept.
#[test]
fn json_snapshot() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/golden/job_application.gdpr.json");
    let actual = serde_json::to_string_pretty(JobApplication::notice()).unwrap() + "\n";
    if std::env::var_os("GOLDEN").is_some_and(|v| v == "overwrite") {
        std::fs::write(path, &actual).unwrap();
    }
    assert_eq!(actual, std::fs::read_to_string(path).unwrap_or_default());
}

/// Translations are used where given; the form's declared languages are recorded.
#[test]
fn translated_texts_are_used_per_language() {
    let spec = ShopOrder::notice().spec();
    assert_eq!(spec.langs, [Lang::Fr, Lang::En]);
    assert_eq!(spec.purposes[0].text.get(Lang::Fr), "la gestion de vos commandes et de leur livraison");
    assert_eq!(spec.purposes[0].text.get(Lang::En), "handling your orders and their delivery");
    let english = ShopOrder::notice().text(Lang::En);
    assert!(english.contains("Recipients: our sales department, our carriers and our payment provider."));
    assert!(!english.contains("notre service commercial"));
}

/// The version is the same on every build and platform. This value was computed independently, with
/// Python's `hashlib.sha256`, over the bytes the version covers, read back from `golden/shop_order.lil2004.*`:
/// for French then English, the notice text, NUL, the call script, NUL, then each box label followed by NUL.
/// It changes whenever one word shown to a person changes: then update it and say why in the commit.
#[test]
fn version_is_a_stable_digest_of_everything_shown() {
    assert_eq!(ShopOrder2004::notice().version(), "47261b7e4171112d85570c93a545b7bcb910e40959ebc3333c9ba9322bff27bb");
}
