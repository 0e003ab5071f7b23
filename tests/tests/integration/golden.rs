//! The full notice and call script of three realistic forms, in both regimes and both languages, compared
//! with files in `golden/` that were read, as a French or English reader would, before being kept.
//! `GOLDEN=overwrite cargo test -p privacy-notice-tests --test integration golden` rewrites them: read the diff before committing it.

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
    for &lang in notice.languages() {
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
    // A form in one language, German, writes its texts under `de` only, and follows the schema too.
    let german =
        serde_json::to_value(<crate::eight_languages::GermanShop as privacy_notice::PrivacyNotice>::notice()).unwrap();
    assert_eq!(german["purposes"][0]["text"].as_object().map(|texts| texts.len()), Some(1), "{german}");
    let errors: Vec<String> = validator.iter_errors(&german).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "a German form: {errors:?}");
    let mut unknown = german.clone();
    unknown["purposes"][0]["text"]["sv"] = serde_json::Value::String("hantering".into());
    assert!(!validator.is_valid(&unknown), "a language the library does not write is refused");
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
    assert!(english.contains(
        "Your data is disclosed only to the following recipients: our sales department; our carriers; our payment \
         provider; our partners"
    ));
    assert!(!english.contains("notre service commercial"));
}

/// What the version covers, one block per output: `=== {lang} {part} ===`, the output, a line break.
fn shown_blocks(notice: &Notice) -> String {
    notice.__shown().iter().map(|(lang, part, output)| format!("=== {lang} {part} ===\n{output}\n")).collect()
}

/// The version is the same on every build and platform. Everything it covers is kept, readable, in
/// `golden/shop_order.lil2004.shown.txt`; the value below was computed independently from that file with
/// Python's `hashlib.sha256`: each block's output (the block without its `===` line and its last line break),
/// each followed by a NUL byte, in the file's order. It changes whenever one word shown to a person changes:
/// then update both and say why in the commit.
#[test]
fn version_is_a_stable_digest_of_everything_shown() {
    golden::check("shop_order.lil2004.shown.txt", &shown_blocks(ShopOrder2004::notice()));
    assert_eq!(ShopOrder2004::notice().version(), "433ef5efb6e91d97f9690483efec5c510758033080fc3657fee6a3bdbce12ad0");
}

/// The HTML a person sees without the hidden input that carries the version (which cannot cover itself).
fn without_version_input(notice: &Notice, html: String) -> String {
    html.replace(&notice.version_html(), "")
}

/// Every output a person can be shown is covered by the version (audit M1: an HTML legend was not), and
/// changing any one of them, in turn, changes the version.
#[test]
fn the_version_covers_every_output_each_in_turn() {
    for notice in [ShopOrder::notice(), ShopOrder2004::notice(), NewsletterSignup::notice(), JobApplication::notice()] {
        let shown = notice.__shown();
        let part = |lang: Lang, name: &str| {
            shown.iter().find(|(l, n, _)| *l == lang && n == name).map(|(_, _, output)| output.clone()).unwrap()
        };
        for &lang in notice.languages() {
            assert_eq!(part(lang, "text"), notice.text(lang));
            assert_eq!(part(lang, "summary"), notice.summary(lang));
            assert_eq!(part(lang, "call_script"), notice.call_script(lang));
            assert_eq!(part(lang, "markdown"), notice.markdown(lang));
            assert_eq!(part(lang, "summary_markdown"), notice.summary_markdown(lang));
            assert_eq!(part(lang, "html"), without_version_input(notice, notice.html(lang)));
            assert_eq!(part(lang, "summary_html"), without_version_input(notice, notice.summary_html(lang)));
            assert_eq!(part(lang, "boxes_html"), without_version_input(notice, notice.boxes_html(lang)));
            for field in notice.consent_fields() {
                assert_eq!(part(lang, &format!("label:{}", field.purpose())), field.label(lang));
            }
            // The policy page describes the boxes rather than showing inputs: that rendering is covered too.
            let described = part(lang, "html_described");
            assert!(described.contains('☐') && !described.contains("<input"), "{described}");
        }
        if notice == ShopOrder::notice() {
            // The very legend the audit changed without changing the version.
            assert!(part(Lang::En, "html").contains("<legend>Our partners’ offers by electronic means</legend>"));
        }
        assert_eq!(Notice::__digest(&shown), notice.version());
        for i in 0..shown.len() {
            let mut changed = shown.clone();
            changed[i].2.push(' ');
            assert_ne!(Notice::__digest(&changed), notice.version(), "{:?} {} is not covered", shown[i].0, shown[i].1);
        }
    }
}
