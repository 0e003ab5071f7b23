//! Proof of consent (GDPR Art. 7(1); legal-requirements §2.4): one record per box, what was shown, what was
//! chosen; strict on the way back in.

use std::time::{Duration, UNIX_EPOCH};

use privacy_notice::{
    Checkbox, CollectionMethod, ConsentEvent, ConsentKind, ConsentRecord, Decision, KantaraReceipt, Lang, LegalBasis,
    NoticeVersion, PrivacyNotice,
};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize, PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract")]
#[purpose(
    "l’envoi de la lettre d’information",
    data_use = "marketing.communications.email",
    id = "newsletter",
    basis = "consent"
)]
#[retention("3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mon-compte")]
#[partner_optout(partners = "des éditeurs de presse")]
#[allow(dead_code)]
struct SignupForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    notice_version: NoticeVersion,
}

/// 2026-11-29T20:13:32.123Z
fn at() -> std::time::SystemTime {
    UNIX_EPOCH + Duration::from_millis(1_795_983_212_123)
}

/// The form as a browser submits it: `body`, and the hidden input of the notice's HTML.
fn submitted(body: &str) -> SignupForm {
    serde_urlencoded::from_str(&format!("{body}&notice_version={}", SignupForm::notice().version())).unwrap()
}

/// The notice's HTML sends its version back; a submission without it, or with something else, fails with a
/// message that names the field; the records carry the version the page showed.
#[test]
fn the_version_travels_with_the_form() {
    let notice = SignupForm::notice();
    let hidden = format!("<input type=\"hidden\" name=\"notice_version\" value=\"{}\">", notice.version());
    for html in [notice.html(Lang::Fr), notice.summary_html(Lang::Fr), notice.boxes_html(Lang::En)] {
        assert_eq!(html.matches(&hidden).count(), 1, "{html}");
    }
    // A body whose names do not match the struct (`form[no_partner_use]=on`, as a framework that prefixes names
    // posts it) fails instead of reading the "I object" box as unticked.
    let error = serde_urlencoded::from_str::<SignupForm>("form%5Bemail%5D=a&form%5Bno_partner_use%5D=on")
        .err()
        .expect("a prefixed body must not deserialize");
    assert!(error.to_string().contains("missing field"), "{error}");
    let error = serde_urlencoded::from_str::<SignupForm>("email=a&notice_version=1").err().expect("not a version");
    assert!(error.to_string().contains("not a notice version"), "{error}");
    // What the page showed is what the records carry.
    let consents = submitted("email=a%40b.fr").consents();
    assert!(consents.is_current());
    assert!(consents.records("s", at()).iter().all(|r| r.notice_version == notice.version()));
}

/// A page rendered before the notice changed: the consents say so, and the records keep the version shown.
#[test]
fn a_version_from_before_a_change_is_not_current() {
    let old = "0".repeat(64);
    let form: SignupForm = serde_urlencoded::from_str(&format!("email=a&notice_version={old}")).unwrap();
    let consents = form.consents();
    assert!(!consents.is_current());
    assert_eq!(consents.shown_version().map(NoticeVersion::as_str), Some(old.as_str()));
    assert!(consents.records("s", at()).iter().all(|r| r.notice_version == old));
}

#[test]
fn one_record_per_box_with_every_required_key() {
    let form = submitted("email=a%40b.fr&newsletter=on");
    let records = form.consents().records("subject-42", at());
    assert_eq!(records.len(), 2);
    let json = serde_json::to_value(&records[0]).unwrap();
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    for key in [
        "record_id",
        "subject_id",
        "purpose",
        "kind",
        "decision",
        "legal_basis",
        "notice_version",
        "language",
        "collection_method",
        "timestamp",
        "controller",
    ] {
        assert!(keys.contains(&key), "{key} missing from {json}");
    }
    assert_eq!(json["subject_id"], "subject-42");
    assert_eq!(json["purpose"], "newsletter");
    assert_eq!(json["kind"], "opt_in");
    assert_eq!(json["decision"], "granted");
    assert_eq!(json["legal_basis"], "consent");
    assert_eq!(json["notice_version"], SignupForm::notice().version());
    assert_eq!(json["language"], "fr");
    assert_eq!(json["collection_method"], "web_form");
    assert_eq!(json["timestamp"], "2026-11-29T20:13:32.123Z");
    assert_eq!(json["controller"], "Boutique SAS");
    assert_eq!(json["event"], "submission");
    assert_eq!(json["label"], "J’accepte que mes données soient utilisées pour : l’envoi de la lettre d’information.");
}

#[test]
fn opt_out_boxes_are_recorded_as_the_decision_they_express() {
    let untouched = submitted("email=a%40b.fr").consents().records("s", at());
    assert_eq!((untouched[1].kind, untouched[1].decision), (ConsentKind::OptOut, Decision::Granted));
    assert_eq!(untouched[1].legal_basis, LegalBasis::LegitimateInterests);
    let objected = submitted("email=a%40b.fr&no_partner_use=on").consents().records("s", at());
    assert_eq!(objected[1].decision, Decision::Refused);
    assert_eq!(objected[0].decision, Decision::Refused, "an unticked opt-in box is a refusal");
}

#[test]
fn record_ids_are_unique_and_the_language_is_the_one_shown() {
    let form = submitted("email=a%40b.fr");
    let first = form.consents().shown_in(Lang::En).records("s", at());
    let second = form.consents().shown_in(Lang::En).records("s", at());
    let ids: std::collections::HashSet<&str> = first.iter().chain(&second).map(|r| r.record_id.as_str()).collect();
    assert_eq!(ids.len(), 4);
    // The form's texts are French only: asked for English, the person was shown French, and the record says so
    // (no "I agree to my data being used for: l’envoi de la lettre d’information").
    assert!(first.iter().all(|r| r.language == Lang::Fr));
    assert_eq!(first[0].label, "J’accepte que mes données soient utilisées pour : l’envoi de la lettre d’information.");
}

#[test]
fn phone_records_carry_the_script_version_and_the_question() {
    let records = submitted("email=a%40b.fr&newsletter=yes").consents().by_phone().records("caller-7", at());
    let notice = SignupForm::notice();
    assert_ne!(notice.script_version(), notice.version());
    for record in &records {
        assert_eq!(record.collection_method, CollectionMethod::Phone);
        assert_eq!(record.notice_version, notice.script_version());
    }
    assert_eq!(
        records[0].label,
        "Acceptez-vous que vos données soient utilisées pour : l’envoi de la lettre d’information ?"
    );
}

#[test]
fn a_withdrawal_is_a_new_refusal_record() {
    let notice = SignupForm::notice();
    let record =
        ConsentRecord::withdrawal(notice, "newsletter", "s", Lang::Fr, CollectionMethod::WebForm, at()).unwrap();
    assert_eq!((record.event, record.decision), (ConsentEvent::Withdrawal, Decision::Refused));
    assert_eq!(record.purpose, "newsletter");
    assert!(ConsentRecord::withdrawal(notice, "no_such_box", "s", Lang::Fr, CollectionMethod::WebForm, at()).is_none());
}

#[test]
fn records_round_trip_through_json() {
    let records = submitted("email=a%40b.fr&newsletter=on").consents().records("s", at());
    let text = serde_json::to_string(&records).unwrap();
    let back: Vec<ConsentRecord> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, records);
}

/// A stored record altered by hand must not read back as valid, and nothing may be filled in by default.
#[test]
fn tampered_records_are_errors() {
    let record = submitted("email=a%40b.fr&newsletter=on").consents().records("s", at()).remove(0);
    let good = serde_json::to_value(&record).unwrap();
    let parse = |value: &Value| serde_json::from_value::<ConsentRecord>(value.clone());
    assert!(parse(&good).is_ok());
    for (key, bad) in [
        ("decision", json!("maybe")),
        ("decision", json!("GRANTED")),
        ("kind", json!("opt_sideways")),
        ("timestamp", json!("2026-02-30T10:00:00Z")),
        ("timestamp", json!("2026-11-29T20:13:32+01:00")),
        ("timestamp", json!(1796069612)),
        ("language", json!("sv")),
        ("collection_method", json!("carrier_pigeon")),
        ("legal_basis", json!("because")),
        ("event", json!("renewed")),
        ("subject_id", json!(42)),
    ] {
        let mut tampered = good.clone();
        tampered[key] = bad.clone();
        assert!(parse(&tampered).is_err(), "{key} = {bad} accepted");
    }
    for key in good.as_object().unwrap().keys() {
        let mut missing = good.clone();
        missing.as_object_mut().unwrap().remove(key);
        assert!(parse(&missing).is_err(), "a record without `{key}` was accepted");
    }
    let mut extra = good.clone();
    extra["checked_by_default"] = json!(true);
    assert!(parse(&extra).is_err(), "an unknown key was accepted");
    let mut no_controller = good.clone();
    no_controller["controller"] = Value::Null;
    assert_eq!(parse(&no_controller).unwrap().controller, None, "a null controller is a form without one");
}

#[test]
fn kantara_receipt_has_the_v1_1_shape() {
    let form = submitted("email=a%40b.fr&newsletter=on");
    let records = form.consents().records("subject-42", at());
    let receipt = KantaraReceipt::from_records(&records, SignupForm::notice()).unwrap();
    let json = serde_json::to_value(&receipt).unwrap();
    for key in [
        "version",
        "jurisdiction",
        "consentTimestamp",
        "collectionMethod",
        "consentReceiptID",
        "language",
        "piiPrincipalId",
        "piiControllers",
        "policyUrl",
        "services",
        "sensitive",
        "spiCat",
    ] {
        assert!(json.get(key).is_some(), "{key} missing from {json}");
    }
    assert_eq!(json["version"], "KI-CR-v1.1.0");
    assert_eq!(json["consentTimestamp"], 1_795_983_212);
    assert_eq!(json["piiControllers"][0]["piiController"], "Boutique SAS");
    assert_eq!(json["policyUrl"], format!("urn:privacy-notice:sha256:{}", SignupForm::notice().version()));
    // Granted: the newsletter (ticked) and the partner opt-out (not objected to).
    let purposes = json["services"][0]["purposes"].as_array().unwrap();
    assert_eq!(purposes.len(), 2);
    assert_eq!(purposes[0]["consentType"], "EXPLICIT");
    assert_eq!(purposes[1]["thirdPartyDisclosure"], true);
    assert_eq!(purposes[1]["thirdPartyName"], "des éditeurs de presse");
    assert!(KantaraReceipt::from_records(&[], SignupForm::notice()).is_none());
}
