//! Small grammar helpers shared by the texts, over the language's catalog.

use crate::Lang;
use crate::model::LegalBasis;

/// `a`, `a et b`, `a, b et c` (or `and` in English).
pub fn join(items: &[String], lang: Lang) -> String {
    lang.catalog().join(items)
}

/// Joins borrowed strings, see [`join`].
pub fn join_str(items: &[&str], lang: Lang) -> String {
    lang.catalog().join(items)
}

/// Items after a colon, separated by semicolons: purposes often contain « et » / "and" themselves, so
/// « A et B et C » would be ambiguous.
pub fn enumerate(items: &[&str], lang: Lang) -> String {
    lang.catalog().enumerate(items)
}

/// How to reach a route: a web page, an e-mail address, or a means described in words.
pub fn route(route: &str, lang: Lang) -> String {
    let words = &lang.catalog().rights;
    let route_trimmed = route.trim();
    let single_word = !route_trimmed.contains(char::is_whitespace);
    let template = if single_word && (route_trimmed.contains("://") || route_trimmed.starts_with("www.")) {
        words.route_page
    } else if single_word && route_trimmed.contains('@') {
        words.route_mail
    } else {
        words.route_other
    };
    lang.catalog().fill(template, &[("route", route)])
}

/// A field's label in the language's quotation marks: « nom », “name”.
pub fn quoted(label: &str, lang: Lang) -> String {
    lang.catalog().quoted(label)
}

/// The labels of the mandatory fields, quoted.
pub fn required_labels(spec: &crate::model::NoticeSpec, lang: Lang) -> Vec<String> {
    spec.fields.iter().filter(|f| f.required).map(|f| quoted(f.display_name(lang), lang)).collect()
}

/// The text with its first letter in upper case, to open a list item or a heading.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The place of a basis in Art. 6(1), the order of the catalogs' lists.
fn basis_index(basis: LegalBasis) -> usize {
    match basis {
        LegalBasis::Consent => 0,
        LegalBasis::Contract => 1,
        LegalBasis::LegalObligation => 2,
        LegalBasis::VitalInterests => 3,
        LegalBasis::PublicTask => 4,
        LegalBasis::LegitimateInterests => 5,
    }
}

/// The legal basis as a noun phrase, as a notice states it ("fondement : votre consentement").
pub fn basis_words(basis: LegalBasis, lang: Lang) -> &'static str {
    lang.catalog().vocabulary.bases[basis_index(basis)]
}

/// The name of a legal basis, as a register lists it (Art. 6(1)).
pub fn basis_name(basis: LegalBasis, lang: Lang) -> &'static str {
    lang.catalog().vocabulary.basis_names[basis_index(basis)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_with_the_language_conjunction() {
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(join(&items[..1], Lang::Fr), "a");
        assert_eq!(join(&items[..2], Lang::Fr), "a et b");
        assert_eq!(join(&items, Lang::En), "a, b and c");
        assert_eq!(join(&[], Lang::En), "");
    }

    #[test]
    fn routes_are_worded_by_kind() {
        assert_eq!(route("https://a.fr/x", Lang::Fr), "sur la page https://a.fr/x");
        assert_eq!(route("dpo@a.fr", Lang::En), "by writing to dpo@a.fr");
        assert_eq!(route("le lien de chaque lettre", Lang::Fr), "par le lien de chaque lettre");
        assert_eq!(route("the link in each e-mail", Lang::En), "through the link in each e-mail");
    }

    #[test]
    fn enumerations_use_semicolons() {
        assert_eq!(enumerate(&["a et b", "c"], Lang::Fr), "a et b ; c");
        assert_eq!(enumerate(&["a and b", "c"], Lang::En), "a and b; c");
    }
}
