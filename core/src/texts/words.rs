//! Small grammar helpers shared by the texts.

use crate::Lang;
use crate::model::LegalBasis;

/// `a`, `a et b`, `a, b et c` (or `and` in English).
pub fn join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Fr => " et ",
        Lang::En => " and ",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// Joins borrowed strings, see [`join`].
pub fn join_str(items: &[&str], lang: Lang) -> String {
    join(&items.iter().map(|item| item.to_string()).collect::<Vec<_>>(), lang)
}

/// Items after a colon, separated by semicolons: purposes often contain « et » / "and" themselves, so
/// « A et B et C » would be ambiguous.
pub fn enumerate(items: &[&str], lang: Lang) -> String {
    match lang {
        Lang::Fr => items.join(" ; "),
        Lang::En => items.join("; "),
    }
}

/// How to reach a route: a web page, an e-mail address, or a means described in words.
pub fn route(route: &str, lang: Lang) -> String {
    let route_trimmed = route.trim();
    let single_word = !route_trimmed.contains(char::is_whitespace);
    let is_page = single_word && (route_trimmed.contains("://") || route_trimmed.starts_with("www."));
    let is_mail = single_word && route_trimmed.contains('@');
    match (lang, is_page, is_mail) {
        (Lang::Fr, true, _) => format!("sur la page {route}"),
        (Lang::Fr, _, true) => format!("en écrivant à {route}"),
        (Lang::Fr, _, _) => format!("par {route}"),
        (Lang::En, true, _) => format!("on the page {route}"),
        (Lang::En, _, true) => format!("by writing to {route}"),
        (Lang::En, _, _) => format!("through {route}"),
    }
}

/// A field's label in the language's quotation marks: « nom », “name”.
pub fn quoted(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("« {label} »"),
        Lang::En => format!("“{label}”"),
    }
}

/// The labels of the mandatory fields, quoted.
pub fn required_labels(spec: &crate::model::NoticeSpec, lang: Lang) -> Vec<String> {
    spec.fields.iter().filter(|f| f.required).map(|f| quoted(f.display_name(lang), lang)).collect()
}

/// French « de » before a name or a noun phrase, elided before a vowel or a mute h (« d’Atelier », « d’un
/// score »), contracted with the article (« du score », « des revenus »): « de Boutique ».
pub fn fr_of(name: &str) -> String {
    let (first, rest) = name.split_at(name.find(' ').unwrap_or(0));
    match first {
        "le" => return format!("du{rest}"),
        "les" => return format!("des{rest}"),
        _ => {}
    }
    let elides = name.chars().next().is_some_and(|c| "aeiouyhàâäéèêëîïôöùûüAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜ".contains(c));
    if elides { format!("d’{name}") } else { format!("de {name}") }
}

/// French « à » before a noun phrase, contracted as French requires: « à le suivi » is « au suivi »,
/// « à les envois » is « aux envois ».
pub fn fr_to(phrase: &str) -> String {
    let (first, rest) = phrase.split_at(phrase.find(' ').unwrap_or(0));
    match first.to_lowercase().as_str() {
        "le" => format!("au{rest}"),
        "les" => format!("aux{rest}"),
        _ => format!("à {phrase}"),
    }
}

/// The text with its first letter in upper case, to open a list item or a heading.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The legal basis as a noun phrase, as a notice states it ("fondement : votre consentement").
pub fn basis_words(basis: LegalBasis, lang: Lang) -> &'static str {
    match (basis, lang) {
        (LegalBasis::Consent, Lang::Fr) => "votre consentement",
        (LegalBasis::Contract, Lang::Fr) => "l’exécution de votre contrat ou de votre demande",
        (LegalBasis::LegalObligation, Lang::Fr) => "une obligation légale",
        (LegalBasis::VitalInterests, Lang::Fr) => "la sauvegarde d’intérêts vitaux",
        (LegalBasis::PublicTask, Lang::Fr) => "une mission d’intérêt public",
        (LegalBasis::LegitimateInterests, Lang::Fr) => "notre intérêt légitime",
        (LegalBasis::Consent, Lang::En) => "your consent",
        (LegalBasis::Contract, Lang::En) => "performing your contract or request",
        (LegalBasis::LegalObligation, Lang::En) => "a legal obligation",
        (LegalBasis::VitalInterests, Lang::En) => "protecting vital interests",
        (LegalBasis::PublicTask, Lang::En) => "a task in the public interest",
        (LegalBasis::LegitimateInterests, Lang::En) => "our legitimate interest",
    }
}

/// The name of a legal basis, as a register lists it (Art. 6(1)).
pub fn basis_name(basis: LegalBasis, lang: Lang) -> &'static str {
    match (basis, lang) {
        (LegalBasis::Consent, Lang::Fr) => "consentement",
        (LegalBasis::Contract, Lang::Fr) => "contrat",
        (LegalBasis::LegalObligation, Lang::Fr) => "obligation légale",
        (LegalBasis::VitalInterests, Lang::Fr) => "intérêts vitaux",
        (LegalBasis::PublicTask, Lang::Fr) => "mission d’intérêt public",
        (LegalBasis::LegitimateInterests, Lang::Fr) => "intérêt légitime",
        (LegalBasis::Consent, Lang::En) => "consent",
        (LegalBasis::Contract, Lang::En) => "contract",
        (LegalBasis::LegalObligation, Lang::En) => "legal obligation",
        (LegalBasis::VitalInterests, Lang::En) => "vital interests",
        (LegalBasis::PublicTask, Lang::En) => "public task",
        (LegalBasis::LegitimateInterests, Lang::En) => "legitimate interests",
    }
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
    fn french_of_elides_before_vowels() {
        assert_eq!(fr_of("Atelier Numérique"), "d’Atelier Numérique");
        assert_eq!(fr_of("Éditions du Canal"), "d’Éditions du Canal");
        assert_eq!(fr_of("Boutique SAS"), "de Boutique SAS");
    }

    #[test]
    fn enumerations_use_semicolons() {
        assert_eq!(enumerate(&["a et b", "c"], Lang::Fr), "a et b ; c");
        assert_eq!(enumerate(&["a and b", "c"], Lang::En), "a and b; c");
    }

    #[test]
    fn french_to_contracts_articles() {
        assert_eq!(fr_to("la gestion de vos commandes"), "à la gestion de vos commandes");
        assert_eq!(fr_to("le suivi de vos demandes"), "au suivi de vos demandes");
        assert_eq!(fr_to("Les envois"), "aux envois");
        assert_eq!(fr_to("l’envoi de notre lettre"), "à l’envoi de notre lettre");
        assert_eq!(fr_to("lecture"), "à lecture");
        assert_eq!(fr_to("x"), "à x");
    }
}
