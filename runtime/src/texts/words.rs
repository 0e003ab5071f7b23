//! Small grammar helpers shared by the texts.

use crate::Lang;

/// `a`, `a et b`, `a, b et c` (or `and` in English).
pub(crate) fn join(items: &[String], lang: Lang) -> String {
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
pub(crate) fn join_str(items: &[&str], lang: Lang) -> String {
    join(&items.iter().map(|item| item.to_string()).collect::<Vec<_>>(), lang)
}

/// French « à » before a noun phrase, contracted as French requires: « à le suivi » is « au suivi »,
/// « à les envois » is « aux envois ».
pub(crate) fn fr_to(phrase: &str) -> String {
    let (first, rest) = phrase.split_at(phrase.find(' ').unwrap_or(0));
    match first.to_lowercase().as_str() {
        "le" => format!("au{rest}"),
        "les" => format!("aux{rest}"),
        _ => format!("à {phrase}"),
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
    fn french_to_contracts_articles() {
        assert_eq!(fr_to("la gestion de vos commandes"), "à la gestion de vos commandes");
        assert_eq!(fr_to("le suivi de vos demandes"), "au suivi de vos demandes");
        assert_eq!(fr_to("Les envois"), "aux envois");
        assert_eq!(fr_to("l’envoi de notre lettre"), "à l’envoi de notre lettre");
        assert_eq!(fr_to("lecture"), "à lecture");
        assert_eq!(fr_to("x"), "à x");
    }
}
