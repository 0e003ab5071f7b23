//! The adequacy decisions of the European Commission (GDPR Art. 45), dated and cited, and the reading of a
//! country as a form writes it (its code, its name, a usual alias) into its ISO code.

use crate::countries::{COUNTRIES, code_named};

/// The date this list was last checked against the Commission's page "Adequacy decisions"
/// (commission.europa.eu, data protection, international dimension).
pub const ADEQUACY_AS_OF: &str = "2026-12-01";

/// Whom a decision covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Every recipient in the country.
    Whole,
    /// Only the recipients described.
    Partial(&'static str),
}

/// One adequacy decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Adequacy {
    /// The country's ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// The decision, as the Official Journal cites it in English.
    pub decision: &'static str,
    /// The decision, as the Official Journal cites it in French.
    pub decision_fr: &'static str,
    /// Its date (ISO 8601).
    pub date: &'static str,
    /// Whom it covers.
    pub scope: Scope,
}

const fn whole(code: &'static str, decision: &'static str, decision_fr: &'static str, date: &'static str) -> Adequacy {
    Adequacy { code, decision, decision_fr, date, scope: Scope::Whole }
}

/// Every decision in force, sorted by code.
pub const ADEQUACY: &[Adequacy] = &[
    whole("AD", "Commission Decision 2010/625/EU", "décision 2010/625/UE de la Commission", "2010-10-19"),
    whole("AR", "Commission Decision 2003/490/EC", "décision 2003/490/CE de la Commission", "2003-06-30"),
    // Implementing Decision (EU) 2026/179 of 26 January 2026 on Brazil, published in the Official Journal on
    // 28 January 2026 (EEA/EFTA draft of the EEA Committee decision sent on 6 May 2026).
    whole(
        "BR",
        "Commission Implementing Decision (EU) 2026/179",
        "décision d’exécution (UE) 2026/179 de la Commission",
        "2026-01-26",
    ),
    Adequacy {
        code: "CA",
        decision: "Commission Decision 2002/2/EC",
        decision_fr: "décision 2002/2/CE de la Commission",
        date: "2001-12-20",
        scope: Scope::Partial("commercial organisations subject to PIPEDA"),
    },
    whole("CH", "Commission Decision 2000/518/EC", "décision 2000/518/CE de la Commission", "2000-07-26"),
    whole("FO", "Commission Decision 2010/146/EU", "décision 2010/146/UE de la Commission", "2010-03-05"),
    // Renewed in December 2025, until 27 December 2031.
    whole(
        "GB",
        "Commission Implementing Decision (EU) 2021/1772, renewed in December 2025",
        "décision d’exécution (UE) 2021/1772 de la Commission, renouvelée en décembre 2025",
        "2021-06-28",
    ),
    whole("GG", "Commission Decision 2003/821/EC", "décision 2003/821/CE de la Commission", "2003-11-21"),
    whole("IL", "Commission Decision 2011/61/EU", "décision 2011/61/UE de la Commission", "2011-01-31"),
    whole("IM", "Commission Decision 2004/411/EC", "décision 2004/411/CE de la Commission", "2004-04-28"),
    whole("JE", "Commission Decision 2008/393/EC", "décision 2008/393/CE de la Commission", "2008-05-08"),
    whole(
        "JP",
        "Commission Implementing Decision (EU) 2019/419",
        "décision d’exécution (UE) 2019/419 de la Commission",
        "2019-01-23",
    ),
    whole(
        "KR",
        "Commission Implementing Decision (EU) 2022/254",
        "décision d’exécution (UE) 2022/254 de la Commission",
        "2021-12-17",
    ),
    whole(
        "NZ",
        "Commission Implementing Decision 2013/65/EU",
        "décision d’exécution 2013/65/UE de la Commission",
        "2012-12-19",
    ),
    Adequacy {
        code: "US",
        decision: "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
        decision_fr: "décision d’exécution (UE) 2023/1795 de la Commission (cadre de protection des données UE-États-Unis)",
        date: "2023-07-10",
        scope: Scope::Partial("organisations certified under the EU-US Data Privacy Framework"),
    },
    whole(
        "UY",
        "Commission Implementing Decision 2012/484/EU",
        "décision d’exécution 2012/484/UE de la Commission",
        "2012-08-21",
    ),
];

/// The decision covering `code`, whole or partial.
pub fn adequacy(code: &str) -> Option<&'static Adequacy> {
    ADEQUACY.iter().find(|decision| decision.code == code)
}

/// Whether a decision covers `code` as a whole (not Canada's or the United States' partial ones).
pub fn adequate(code: &str) -> bool {
    adequacy(code).is_some_and(|decision| decision.scope == Scope::Whole)
}

/// Usual names the country table does not hold, with their code.
const ALIASES: &[(&str, &str)] = &[
    ("usa", "US"),
    ("u.s.", "US"),
    ("u.s.a.", "US"),
    ("us of america", "US"),
    ("etats-unis", "US"),
    ("etats-unis d'amerique", "US"),
    ("united states of america", "US"),
    ("amerique", "US"),
    ("uk", "GB"),
    ("u.k.", "GB"),
    ("great britain", "GB"),
    ("grande-bretagne", "GB"),
    ("angleterre", "GB"),
    ("england", "GB"),
    ("royaume uni", "GB"),
    ("el", "GR"),
    ("coree du sud", "KR"),
    ("south korea", "KR"),
    ("korea", "KR"),
    ("coree", "KR"),
    ("holland", "NL"),
    ("hollande", "NL"),
    ("netherlands", "NL"),
    ("russie", "RU"),
    ("russia", "RU"),
];

/// `text` in lower case without accents, spaces around it or a leading article.
fn folded(text: &str) -> String {
    let lower: String = text
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() && c != '.')
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' => '\'',
            other => other,
        })
        .collect();
    ["the ", "les ", "le ", "la ", "l'"]
        .iter()
        .fold(lower, |t, article| t.strip_prefix(article).map_or(t.clone(), str::to_string))
}

/// The ISO code of the country `text` names: its code in any case, its French or English name (with or without
/// accents and article), or a usual alias (`USA`, `UK`, `EL` for Greece, `Corée du Sud`…); `None` if unknown.
pub fn normalise(text: &str) -> Option<&'static str> {
    if let Some(code) = code_named(text) {
        return Some(code);
    }
    let wanted = folded(text);
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == wanted)
        .map(|(_, code)| *code)
        .or_else(|| COUNTRIES.iter().find(|(_, fr, en)| folded(fr) == wanted || folded(en) == wanted).map(|(c, ..)| *c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::countries::{EEA, country};

    #[test]
    fn decisions_are_sorted_listed_and_outside_the_eea() {
        assert!(ADEQUACY.windows(2).all(|w| w[0].code < w[1].code));
        for decision in ADEQUACY {
            assert!(country(decision.code).is_some(), "{}", decision.code);
            assert!(!EEA.contains(&decision.code), "{}", decision.code);
        }
        assert!(adequate("BR") && adequate("GB") && adequate("JP"));
        assert!(!adequate("US") && !adequate("CA") && !adequate("IN"));
        assert!(matches!(adequacy("US").map(|d| d.scope), Some(Scope::Partial(_))));
    }

    #[test]
    fn each_decision_is_cited_with_the_same_numbers_in_french_and_in_english() {
        let numbers = |citation: &str| -> String { citation.chars().filter(char::is_ascii_digit).collect() };
        for decision in ADEQUACY {
            assert_eq!(numbers(decision.decision), numbers(decision.decision_fr), "{}", decision.code);
            assert!(decision.decision_fr.starts_with("décision"), "{}", decision.decision_fr);
        }
    }

    #[test]
    fn countries_are_read_as_written() {
        for (written, code) in [
            ("us", "US"),
            ("  usa ", "US"),
            ("USA", "US"),
            ("U.S.", "US"),
            ("les États-Unis", "US"),
            ("ÉTATS-UNIS", "US"),
            ("Etats-Unis", "US"),
            ("the United States", "US"),
            ("Inde", "IN"),
            ("India", "IN"),
            ("UK", "GB"),
            ("Grande-Bretagne", "GB"),
            ("EL", "GR"),
            ("Corée du Sud", "KR"),
            ("Suisse", "CH"),
            ("Brésil", "BR"),
            ("Pays-Bas", "NL"),
            ("Allemagne", "DE"),
        ] {
            assert_eq!(normalise(written), Some(code), "{written}");
        }
        assert_eq!(normalise("Atlantis"), None);
    }
}
