//! `Checkbox` reads what browsers and form libraries send, through the deserializers of axum 0.8 and
//! actix-web (serde_urlencoded), axum's next release and axum-extra (serde_html_form), Leptos (serde_qs), and
//! JSON APIs (serde_json): eleven inputs × four deserializers, on a derived form without `#[serde(default)]`.

use privacy_notice::{Checkbox, Decision, PrivacyNotice};
use serde::Deserialize;

#[derive(Debug, Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_email_optin]
struct Form {
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

/// The submitted value of the box, or `None` when the browser sends nothing (an unticked box).
const INPUTS: [(Option<&str>, Option<bool>); 11] = [
    (Some("on"), Some(true)),
    (Some("true"), Some(true)),
    (Some("1"), Some(true)),
    (Some("yes"), Some(true)),
    (None, Some(false)),
    (Some(""), Some(false)),
    (Some("off"), Some(false)),
    (Some("false"), Some(false)),
    (Some("0"), Some(false)),
    (Some("no"), Some(false)),
    (Some("maybe"), None),
];

fn form_body(value: Option<&str>) -> String {
    match value {
        Some(value) => format!("email=a%40b.fr&partner_offers={value}"),
        None => "email=a%40b.fr".to_string(),
    }
}

fn json_body(value: Option<&str>) -> String {
    match value {
        Some(value) => format!(r#"{{"email": "a@b.fr", "partner_offers": "{value}"}}"#),
        None => r#"{"email": "a@b.fr"}"#.to_string(),
    }
}

type Parser = fn(Option<&str>) -> Result<Form, String>;

const PARSERS: [(&str, Parser); 4] = [
    ("serde_urlencoded", |v| serde_urlencoded::from_str(&form_body(v)).map_err(|e| e.to_string())),
    ("serde_html_form", |v| serde_html_form::from_str(&form_body(v)).map_err(|e| e.to_string())),
    ("serde_qs", |v| serde_qs::from_str(&form_body(v)).map_err(|e| e.to_string())),
    ("serde_json", |v| serde_json::from_str(&json_body(v)).map_err(|e| e.to_string())),
];

#[test]
fn every_deserializer_reads_every_browser_value() {
    let mut failures = Vec::new();
    for (parser_name, parse) in PARSERS {
        for (value, expected) in INPUTS {
            let outcome = parse(value);
            let ok = match (&outcome, expected) {
                (Ok(form), Some(ticked)) => {
                    let decision = if ticked { Decision::Granted } else { Decision::Refused };
                    form.partner_offers.is_checked() == ticked
                        && form.consents().get("partner_email_optin") == Some(decision)
                        && form.email == "a@b.fr"
                }
                (Err(message), None) => message.contains("checkbox value") && message.contains("maybe"),
                _ => false,
            };
            if !ok {
                failures.push(format!("{parser_name} {value:?}: expected {expected:?}, got {outcome:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn json_booleans_numbers_and_null_are_read_too() {
    let parse = |value: &str| {
        serde_json::from_str::<Form>(&format!(r#"{{"email": "a@b.fr", "partner_offers": {value}}}"#))
            .map(|form| form.partner_offers.is_checked())
            .map_err(|e| e.to_string())
    };
    assert_eq!(parse("true"), Ok(true));
    assert_eq!(parse("1"), Ok(true));
    assert_eq!(parse("false"), Ok(false));
    assert_eq!(parse("0"), Ok(false));
    assert_eq!(parse("null"), Ok(false));
    for bad in ["2", "-1", "[]", "{}", "1.5"] {
        assert!(parse(bad).is_err(), "{bad} must be rejected");
    }
}

#[test]
fn the_error_names_the_accepted_values() {
    let error = serde_urlencoded::from_str::<Form>("email=a%40b.fr&partner_offers=maybe").unwrap_err().to_string();
    assert!(error.contains("`on`, `true`, `1` or `yes`"), "{error}");
    assert!(error.contains("`off`, `false`, `0` or `no`"), "{error}");
}

#[test]
fn checkbox_conversions_and_default() {
    assert!(!Checkbox::default().is_checked());
    assert!(Checkbox::from(true).is_checked());
    assert!(!bool::from(Checkbox::UNCHECKED));
    assert_eq!(serde_json::to_string(&Checkbox::CHECKED).unwrap(), "true");
}
