//! Each catalog is complete and says what English says: the same messages (the struct makes a missing one a
//! compile error), each with the same slots; and French grammar contracts as French does.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::Lang;

/// The slot names of a template: `{name}` and `{prep:name}` both give `name`.
fn slots(template: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let slot = &after[..close];
        found.insert(slot.split_once(':').map_or(slot, |(_, name)| name));
        rest = &after[close + 1..];
    }
    found
}

/// Every string of a catalog, with its path (`notice.controller`, `vocabulary.subjects.3.1`).
fn strings(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((path, text.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}.{i}"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                strings(item, if path.is_empty() { key.clone() } else { format!("{path}.{key}") }, out);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

fn catalog_strings(lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    strings(&serde_json::to_value(lang.catalog()).expect("a catalog serializes"), String::new(), &mut out);
    out
}

#[test]
fn every_template_has_the_slots_of_its_english_version() {
    let english = catalog_strings(Lang::En);
    for lang in Lang::ALL {
        let theirs = catalog_strings(lang);
        // The 2004 text exists in French and English only.
        let reference: Vec<&(String, String)> = english
            .iter()
            .filter(|(path, _)| lang.catalog().lil2004.is_some() || !path.starts_with("lil2004"))
            .collect();
        assert_eq!(theirs.len(), reference.len(), "{lang}: not the same number of messages as English");
        for ((path, text), (english_path, english_text)) in theirs.iter().zip(reference) {
            assert_eq!(path, english_path);
            assert_eq!(slots(text), slots(english_text), "{lang}: `{path}` has other slots than English: {text:?}");
            assert!(!text.trim().is_empty(), "{lang}: `{path}` is empty");
        }
    }
}

#[test]
fn a_filled_template_leaves_no_slot_behind() {
    let words = Lang::Fr.catalog();
    let filled =
        words.fill(words.notice.controller, &[("name", "Atelier"), ("address", "Lyon"), ("contact", "a@b.fr")]);
    assert_eq!(filled, "Les données saisies ici sont traitées par Atelier (Lyon) ; contact : a@b.fr.");
    assert_eq!(words.fill("{missing}", &[]), "{missing}", "an unknown slot stays visible, for the tests to catch");
}

#[test]
fn french_contracts_de_and_a_with_the_article_and_elides_before_a_vowel() {
    let fr = Lang::Fr.catalog();
    for (template, value, expected) in [
        ("{de:x}", "Boutique", "de Boutique"),
        ("{de:x}", "Atelier", "d’Atelier"),
        ("{de:x}", "le score", "du score"),
        ("{de:x}", "les revenus", "des revenus"),
        ("{de:x}", "la banque", "de la banque"),
        ("{à:x}", "la gestion", "à la gestion"),
        ("{à:x}", "le suivi", "au suivi"),
        ("{à:x}", "les envois", "aux envois"),
        ("{que:x}", "avec votre accord", "qu’avec votre accord"),
        ("{que:x}", "pour", "que pour"),
    ] {
        assert_eq!(fr.fill(template, &[("x", value)]), expected);
    }
    let en = Lang::En.catalog();
    assert_eq!(en.fill("{de:x}", &[("x", "le score")]), "de le score", "English contracts nothing");
}

#[test]
fn every_catalog_names_itself_in_its_own_language() {
    let names: Vec<&str> = Lang::ALL.iter().map(|lang| lang.catalog().name).collect();
    assert_eq!(names, ["français", "English", "Deutsch", "español", "italiano", "Nederlands", "polski", "português"]);
}
