//! The sentences that follow from what a form declares of the facts (design §7): recipients in a country an
//! adequacy decision covers, special categories and their Art. 9(2) condition, a phone number collected
//! (C. consom. L223-2), a parent's consent for a child (LIL art. 45; GDPR Art. 8).

use super::words::{join_str, quoted};
use crate::Lang;
use crate::model::NoticeSpec;
use crate::vocabulary::DataKind;
use crate::{adequacy, countries};

/// Recipients in a country outside the EEA that an adequacy decision covers, and that no `#[transfer]` already
/// mentions: the transfer is still told (Art. 13(1)(f)), one sentence per country, with the decision that covers
/// it (Art. 45(1); legal review 3 M9).
pub fn adequate_recipients(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let mentioned = |code: &str| {
        spec.transfers.iter().any(|t| t.country.by_lang.iter().any(|name| countries::code_named(name) == Some(code)))
    };
    let mut covered: Vec<&str> = Vec::new();
    for recipient in spec.located_recipients {
        let code = recipient.country;
        if !countries::in_eea(code) && adequacy::adequate(code) && !mentioned(code) && !covered.contains(&code) {
            covered.push(code);
        }
    }
    let words = lang.catalog();
    covered
        .into_iter()
        .filter_map(|code| {
            let decision = adequacy::adequacy(code)?;
            let ground = words.fill(words.notice.ground_adequacy, &[("decision", decision.cited(lang))]);
            let country = countries::country_name(code, lang);
            Some(words.fill(words.notice.transfer, &[("country", country), ("ground", &ground)]))
        })
        .collect()
}

/// Each field of a special category, and the Art. 9(2) condition that allows it (R21).
pub fn special_fields(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    spec.fields
        .iter()
        .filter_map(|field| {
            let special = field.special?;
            let name = quoted(field.display_name(lang), lang);
            let slots = [
                ("field", name.as_str()),
                ("category", special.category.words(lang)),
                ("condition", special.condition.words(lang)),
            ];
            let mut sentence = words.fill(words.facts.special_field, &slots);
            // Art. 9(2)(b), (g), (i) rest on a law, (h) on a professional secrecy (Art. 9(3)): the notice names it.
            if let Some(law) = field.art9_law {
                sentence.push_str(&words.fill(words.facts.special_law, &[("law", law.get(lang))]));
            }
            if let Some(secrecy) = field.art9_secrecy {
                sentence.push_str(&words.fill(words.facts.special_secrecy, &[("secrecy", secrecy.get(lang))]));
            }
            Some(sentence)
        })
        .collect()
}

/// What each phone field is for: the purposes it names (`purpose = ".."`, required by R42), in the words the notice
/// gives them (Art. 5(1)(b), 13(1)(c); legal review 3 M2).
pub fn phone_purposes(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    let uses = super::uses::uses(spec, lang);
    let ids = spec.purposes.iter().map(|p| p.id).chain(spec.prospecting.iter().map(|p| Some(p.kind.id())));
    let named: Vec<(Option<&str>, &str)> = ids.zip(uses.iter().map(|u| u.text.as_str())).collect();
    spec.fields
        .iter()
        .filter(|f| f.kind == Some(DataKind::Phone) && !f.purposes.is_empty())
        .map(|field| {
            let texts: Vec<&str> = field
                .purposes
                .iter()
                .filter_map(|id| named.iter().find(|(named, _)| *named == Some(*id)).map(|(_, text)| *text))
                .collect();
            let (name, purposes) = (quoted(field.display_name(lang), lang), join_str(&texts, lang));
            words.fill(words.facts.phone_purposes, &[("field", &name), ("purposes", &purposes)])
        })
        .collect()
}

/// A consumer's phone number is collected: commercial calls need prior consent (C. consom. L223-2, since
/// 11 August 2026). L223-1 and L223-2 protect consumers only: a form for professionals makes no such promise
/// (legal review 3 H2).
pub fn phone_collected(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    phone_promised(spec).then(|| super::phrases::phone_notice(lang).to_string())
}

/// [`phone_collected`] in short, for the first level (legal review 3 M1).
pub fn phone_collected_short(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    phone_promised(spec).then(|| super::phrases::phone_notice_short(lang).to_string())
}

fn phone_promised(spec: &NoticeSpec) -> bool {
    spec.consumer_phone_rules() && spec.fields.iter().any(|f| f.kind == Some(DataKind::Phone))
}

/// How a parent's consent is obtained, for a form that children fill in (R22): under 15 in France (LIL art. 45),
/// elsewhere under the age the person's country sets, 16 at most (GDPR Art. 8(1)).
pub fn parental_consent(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let how = spec.parental_consent?.get(lang);
    let words = lang.catalog();
    let template =
        if spec.under_french_law() { words.facts.parental_consent_fr } else { words.facts.parental_consent_eu };
    Some(words.fill(template, &[("how", how)]))
}
