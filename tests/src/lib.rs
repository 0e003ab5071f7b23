//! Integration and compile-fail tests of privacy-notice (in `tests/` and `ui/`), and the fixtures they share.
//!
//! The README is included below so that its Rust examples are compiled and run as doctests.
#![doc = include_str!("../../README.md")]

pub mod databases;
pub mod golden;
pub mod http;
pub mod page;
pub mod servers;
pub mod webdriver;

use privacy_notice::{
    Art9Condition, Audience, ConsentField, Controller, DataField, DataKind, Lang, Law, LegalBasis, MarketingChannel,
    Notice, NoticeSpec, Prospecting, ProspectingKind, Purpose, Recipient, SpecialCategory, SpecialData, Text,
};
use proptest::prelude::*;

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// A notice built at run time whose every declared string is `s` (or contains it), with three boxes: a
/// consent purpose named `box{s}`, a partner opt-out and a phone opt-in. It lets property tests feed
/// arbitrary strings where the derive would take literals.
pub fn notice_with(s: &str, law: Law) -> &'static Notice {
    let s = leak(s.to_string());
    let text = Text { fr: s, en: s };
    let purposes = Box::leak(Box::new([
        Purpose {
            text,
            id: None,
            basis: Some(LegalBasis::LegitimateInterests),
            interest: Some(text),
            retention: Some(text),
            marketing: Some(MarketingChannel::Post),
            sale: true,
        },
        Purpose {
            text,
            id: Some("p"),
            basis: Some(LegalBasis::Consent),
            interest: None,
            retention: None,
            marketing: None,
            sale: false,
        },
    ]));
    let partner =
        Prospecting { kind: ProspectingKind::PartnerOptout, partners: Some(text), caller: None, retention: Some(text) };
    let phone = Prospecting { kind: ProspectingKind::PhoneOptin, partners: None, caller: Some(s), retention: None };
    let prospecting = Box::leak(Box::new([partner, phone]));
    let consent_fields = Box::leak(Box::new([
        ConsentField::__purpose(leak(format!("box{s}")), "p", text, None, false, law, &[Lang::Fr]),
        ConsentField::__prospecting("partner", partner, law, &[Lang::Fr]),
        ConsentField::__prospecting("phone", phone, law, &[Lang::Fr]),
    ]));
    let special = SpecialData { category: SpecialCategory::Health, condition: Art9Condition::ExplicitConsent };
    let fields = Box::leak(Box::new([DataField {
        name: s,
        label: Some(text),
        required: true,
        kind: Some(DataKind::Phone),
        special: Some(special),
        purposes: &["p"],
    }]));
    // A recipient in a country an adequacy decision covers, so that its transfer sentence is rendered too.
    let located_recipients = Box::leak(Box::new([Recipient { name: text, country: "JP" }]));
    let spec = NoticeSpec {
        id: "fuzz::Fuzzed",
        form: "Fuzzed",
        law,
        lang: Lang::Fr,
        langs: &[Lang::Fr],
        policy: Some(text),
        purposes,
        recipients: Box::leak(Box::new([text, text])),
        located_recipients,
        audience: Audience::Minors,
        parental_consent: Some(text),
        rights_contact: text,
        controller: Some(Controller { name: s, address: s, contact: s }),
        dpo: Some(s),
        representative: None,
        transfers: &[],
        automated_decision: None,
        data_source: None,
        data_requirement: None,
        withdrawal: Some(text),
        retention: Some(text),
        call_recording: Some(text),
        prospecting,
        fields,
        consent_fields,
        version_field: None,
    };
    Box::leak(Box::new(Notice::__new(spec)))
}

/// Strings rich in what HTML and Markdown treat specially, and arbitrary Unicode.
pub fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[<>&\"'`=/\\\\\\[\\]()*_#!|~+.:a-z0-9 \\n\\t\\r\\u{0}\\u{7f}\\u{fffe}-]{0,60}"]
}

/// What the renderers make of a declared string: line breaks and tabs become spaces, characters HTML5 forbids
/// become U+FFFD (the runtime's `render::one_line`).
pub fn normalized(s: &str) -> String {
    let line = s.split(['\r', '\n', '\t']).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ");
    line.chars()
        .map(|c| {
            let code = u32::from(c);
            if c.is_control() || (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE { '\u{FFFD}' } else { c }
        })
        .collect()
}
