//! Wording both regimes share: the partners, and the phone opt-in's sentences.

use crate::Lang;

/// « nos partenaires » / "our partners", followed by who they are when the form says it.
pub fn our_partners(partners: Option<&str>, lang: Lang) -> String {
    named(lang.catalog().notice.our_partners, partners, lang)
}

/// « des partenaires (…) » / "partners (…)": a box speaks in the person's voice, so not « nos partenaires ».
pub fn some_partners(partners: Option<&str>, lang: Lang) -> String {
    named(lang.catalog().marketing.some_partners, partners, lang)
}

/// `word` (« nos partenaires », « des partenaires ») followed by the partners' names when the form gives them.
fn named(word: &str, partners: Option<&str>, lang: Lang) -> String {
    let words = lang.catalog();
    match partners {
        Some(names) => words.fill(words.notice.partners_named, &[("partners", word), ("names", names)]),
        None => word.to_string(),
    }
}

/// What the law says of commercial calls to consumers since 11 August 2026 (C. consom. L223-2; R18).
pub fn phone_notice(lang: Lang) -> &'static str {
    lang.catalog().marketing.phone_notice
}

/// The L223-2 information in short, for the first level (the second gives the contract exception in full).
pub fn phone_notice_short(lang: Lang) -> &'static str {
    lang.catalog().marketing.phone_notice_short
}

/// The label of the phone opt-in box.
pub fn phone_label(caller: &str, lang: Lang) -> String {
    lang.catalog().fill(lang.catalog().marketing.label_phone_optin, &[("caller", caller)])
}

/// The question for the phone opt-in box.
pub fn phone_question(caller: &str, lang: Lang) -> String {
    lang.catalog().fill(lang.catalog().marketing.question_phone_optin, &[("caller", caller)])
}
