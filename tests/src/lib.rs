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
    let text = Text::new(s, s);
    let purposes = Box::leak(Box::new([
        Purpose::new(text)
            .with_basis(LegalBasis::LegitimateInterests)
            .with_interest(text)
            .with_retention(text)
            .with_marketing(MarketingChannel::Post)
            .with_sale(true),
        Purpose::new(text).with_id("p").with_basis(LegalBasis::Consent),
    ]));
    let partner = Prospecting::new(ProspectingKind::PartnerOptout).with_partners(text).with_retention(text);
    let phone = Prospecting::new(ProspectingKind::PhoneOptin).with_caller(s);
    let prospecting = Box::leak(Box::new([partner, phone]));
    let consent_fields = Box::leak(Box::new([
        ConsentField::__purpose(leak(format!("box{s}")), "p", text, None, false, law, &[Lang::Fr]),
        ConsentField::__prospecting("partner", partner, law, &[Lang::Fr]),
        ConsentField::__prospecting("phone", phone, law, &[Lang::Fr]),
    ]));
    let special = SpecialData::new(SpecialCategory::Health, Art9Condition::ExplicitConsent);
    let fields = Box::leak(Box::new([DataField::new(s)
        .with_label(text)
        .with_required(true)
        .with_kind(DataKind::Phone)
        .with_special(special)
        .with_purposes(&["p"])]));
    // A recipient in a country an adequacy decision covers, so that its transfer sentence is rendered too.
    let located_recipients = Box::leak(Box::new([Recipient::new(text, "JP")]));
    let spec = NoticeSpec::new("fuzz::Fuzzed", "Fuzzed", law, Lang::Fr, &[Lang::Fr], text)
        .with_policy(text)
        .with_purposes(purposes)
        .with_recipients(Box::leak(Box::new([text, text])))
        .with_located_recipients(located_recipients)
        .with_audience(Audience::Minors)
        .with_parental_consent(text)
        .with_controller(Controller::new(s, s, s))
        .with_dpo(s)
        .with_withdrawal(text)
        .with_retention(text)
        .with_call_recording(text)
        .with_prospecting(prospecting)
        .with_fields(fields)
        .with_consent_fields(consent_fields);
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
