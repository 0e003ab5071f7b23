//! The full notice and call script of three realistic forms, in both regimes and both languages, compared
//! with files in `golden/` that were read, as a French or English reader would, before being kept.
//! `GOLDEN=overwrite cargo test --test golden` rewrites them: read the diff before committing it.

use privacy_notice::{Lang, Notice, PrivacyNotice};
use privacy_notice_examples::forms::{
    JobApplication, JobApplication2004, NewsletterSignup, NewsletterSignup2004, ShopOrder, ShopOrder2004,
};
use privacy_notice_tests::golden;

/// The notice and the call script, as one file.
fn rendered(notice: &Notice, lang: Lang) -> String {
    format!("{}\n----- call script -----\n\n{}", notice.text(lang), notice.call_script(lang))
}

fn check(name: &str, notice: &Notice) {
    for lang in Lang::ALL {
        golden::check(&format!("{name}.{lang}.txt"), &rendered(notice, lang));
    }
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
    golden::check(
        "job_application.gdpr.json",
        &(serde_json::to_string_pretty(JobApplication::notice()).unwrap() + "\n"),
    );
}

/// Translations are used where given; the form's declared languages are recorded.
#[test]
fn translated_texts_are_used_per_language() {
    let spec = ShopOrder::notice().spec();
    assert_eq!(spec.langs, [Lang::Fr, Lang::En]);
    assert_eq!(spec.purposes[0].text.get(Lang::Fr), "la gestion de vos commandes et de leur livraison");
    assert_eq!(spec.purposes[0].text.get(Lang::En), "handling your orders and their delivery");
    let english = ShopOrder::notice().text(Lang::En);
    assert!(english.contains("Recipients: our sales department, our carriers, our payment provider, our partners"));
    assert!(!english.contains("notre service commercial"));
}

/// The version is the same on every build and platform. This value was computed independently, with
/// Python's `hashlib.sha256`, over the bytes the version covers, read back from `golden/shop_order.lil2004.*`:
/// for French then English, the notice text, NUL, its first level (here the same text: a `lil2004` form has one
/// level), NUL, the call script, NUL, then each box label followed by NUL.
/// It changes whenever one word shown to a person changes: then update it and say why in the commit.
#[test]
fn version_is_a_stable_digest_of_everything_shown() {
    assert_eq!(ShopOrder2004::notice().version(), "fa5c67a634fe54b1d36880c4797320e6d42309a10841e4669ad84dd57b2ec078");
}
