//! The adequacy decisions of the European Commission (GDPR Art. 45), dated and cited, and the reading of a
//! country as a form writes it (its code, its name, a usual alias) into its ISO code.

use crate::Lang;
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
    /// The decision as the Official Journal cites it, in each language in the order of [`Lang::ALL`] (« décision
    /// 2010/625/UE de la Commission », "Commission Decision 2010/625/EU", „Beschluss 2010/625/EU der Kommission“).
    pub citation: [&'static str; 8],
    /// Its date (ISO 8601).
    pub date: &'static str,
    /// Whom it covers.
    pub scope: Scope,
}

impl Adequacy {
    /// The decision as the Official Journal cites it in `lang`.
    pub fn cited(&self, lang: Lang) -> &'static str {
        self.citation[lang.index()]
    }
}

const fn whole(code: &'static str, citation: [&'static str; 8], date: &'static str) -> Adequacy {
    Adequacy { code, citation, date, scope: Scope::Whole }
}

/// Every decision in force, sorted by code.
pub const ADEQUACY: &[Adequacy] = &[
    whole(
        "AD",
        [
            "décision 2010/625/UE de la Commission",
            "Commission Decision 2010/625/EU",
            "Beschluss 2010/625/EU der Kommission",
            "Decisión 2010/625/UE de la Comisión",
            "decisione 2010/625/UE della Commissione",
            "Besluit 2010/625/EU van de Commissie",
            "decyzja Komisji 2010/625/UE",
            "Decisão 2010/625/UE da Comissão",
        ],
        "2010-10-19",
    ),
    whole(
        "AR",
        [
            "décision 2003/490/CE de la Commission",
            "Commission Decision 2003/490/EC",
            "Entscheidung 2003/490/EG der Kommission",
            "Decisión 2003/490/CE de la Comisión",
            "decisione 2003/490/CE della Commissione",
            "Beschikking 2003/490/EG van de Commissie",
            "decyzja Komisji 2003/490/WE",
            "Decisão 2003/490/CE da Comissão",
        ],
        "2003-06-30",
    ),
    // Implementing Decision (EU) 2026/179 of 26 January 2026 on Brazil, published in the Official Journal on
    // 28 January 2026 (EEA/EFTA draft of the EEA Committee decision sent on 6 May 2026).
    whole(
        "BR",
        [
            "décision d’exécution (UE) 2026/179 de la Commission",
            "Commission Implementing Decision (EU) 2026/179",
            "Durchführungsbeschluss (EU) 2026/179 der Kommission",
            "Decisión de Ejecución (UE) 2026/179 de la Comisión",
            "decisione di esecuzione (UE) 2026/179 della Commissione",
            "Uitvoeringsbesluit (EU) 2026/179 van de Commissie",
            "decyzja wykonawcza Komisji (UE) 2026/179",
            "Decisão de Execução (UE) 2026/179 da Comissão",
        ],
        "2026-01-26",
    ),
    Adequacy {
        code: "CA",
        citation: [
            "décision 2002/2/CE de la Commission",
            "Commission Decision 2002/2/EC",
            "Entscheidung 2002/2/EG der Kommission",
            "Decisión 2002/2/CE de la Comisión",
            "decisione 2002/2/CE della Commissione",
            "Beschikking 2002/2/EG van de Commissie",
            "decyzja Komisji 2002/2/WE",
            "Decisão 2002/2/CE da Comissão",
        ],
        date: "2001-12-20",
        scope: Scope::Partial("commercial organisations subject to PIPEDA"),
    },
    whole(
        "CH",
        [
            "décision 2000/518/CE de la Commission",
            "Commission Decision 2000/518/EC",
            "Entscheidung 2000/518/EG der Kommission",
            "Decisión 2000/518/CE de la Comisión",
            "decisione 2000/518/CE della Commissione",
            "Beschikking 2000/518/EG van de Commissie",
            "decyzja Komisji 2000/518/WE",
            "Decisão 2000/518/CE da Comissão",
        ],
        "2000-07-26",
    ),
    whole(
        "FO",
        [
            "décision 2010/146/UE de la Commission",
            "Commission Decision 2010/146/EU",
            "Beschluss 2010/146/EU der Kommission",
            "Decisión 2010/146/UE de la Comisión",
            "decisione 2010/146/UE della Commissione",
            "Besluit 2010/146/EU van de Commissie",
            "decyzja Komisji 2010/146/UE",
            "Decisão 2010/146/UE da Comissão",
        ],
        "2010-03-05",
    ),
    // Renewed in December 2025, until 27 December 2031.
    whole(
        "GB",
        [
            "décision d’exécution (UE) 2021/1772 de la Commission, renouvelée en décembre 2025",
            "Commission Implementing Decision (EU) 2021/1772, renewed in December 2025",
            "Durchführungsbeschluss (EU) 2021/1772 der Kommission, im Dezember 2025 verlängert",
            "Decisión de Ejecución (UE) 2021/1772 de la Comisión, renovada en diciembre de 2025",
            "decisione di esecuzione (UE) 2021/1772 della Commissione, rinnovata nel dicembre 2025",
            "Uitvoeringsbesluit (EU) 2021/1772 van de Commissie, in december 2025 verlengd",
            "decyzja wykonawcza Komisji (UE) 2021/1772, przedłużona w grudniu 2025 r.",
            "Decisão de Execução (UE) 2021/1772 da Comissão, renovada em dezembro de 2025",
        ],
        "2021-06-28",
    ),
    whole(
        "GG",
        [
            "décision 2003/821/CE de la Commission",
            "Commission Decision 2003/821/EC",
            "Entscheidung 2003/821/EG der Kommission",
            "Decisión 2003/821/CE de la Comisión",
            "decisione 2003/821/CE della Commissione",
            "Beschikking 2003/821/EG van de Commissie",
            "decyzja Komisji 2003/821/WE",
            "Decisão 2003/821/CE da Comissão",
        ],
        "2003-11-21",
    ),
    whole(
        "IL",
        [
            "décision 2011/61/UE de la Commission",
            "Commission Decision 2011/61/EU",
            "Beschluss 2011/61/EU der Kommission",
            "Decisión 2011/61/UE de la Comisión",
            "decisione 2011/61/UE della Commissione",
            "Besluit 2011/61/EU van de Commissie",
            "decyzja Komisji 2011/61/UE",
            "Decisão 2011/61/UE da Comissão",
        ],
        "2011-01-31",
    ),
    whole(
        "IM",
        [
            "décision 2004/411/CE de la Commission",
            "Commission Decision 2004/411/EC",
            "Entscheidung 2004/411/EG der Kommission",
            "Decisión 2004/411/CE de la Comisión",
            "decisione 2004/411/CE della Commissione",
            "Beschikking 2004/411/EG van de Commissie",
            "decyzja Komisji 2004/411/WE",
            "Decisão 2004/411/CE da Comissão",
        ],
        "2004-04-28",
    ),
    whole(
        "JE",
        [
            "décision 2008/393/CE de la Commission",
            "Commission Decision 2008/393/EC",
            "Entscheidung 2008/393/EG der Kommission",
            "Decisión 2008/393/CE de la Comisión",
            "decisione 2008/393/CE della Commissione",
            "Beschikking 2008/393/EG van de Commissie",
            "decyzja Komisji 2008/393/WE",
            "Decisão 2008/393/CE da Comissão",
        ],
        "2008-05-08",
    ),
    whole(
        "JP",
        [
            "décision d’exécution (UE) 2019/419 de la Commission",
            "Commission Implementing Decision (EU) 2019/419",
            "Durchführungsbeschluss (EU) 2019/419 der Kommission",
            "Decisión de Ejecución (UE) 2019/419 de la Comisión",
            "decisione di esecuzione (UE) 2019/419 della Commissione",
            "Uitvoeringsbesluit (EU) 2019/419 van de Commissie",
            "decyzja wykonawcza Komisji (UE) 2019/419",
            "Decisão de Execução (UE) 2019/419 da Comissão",
        ],
        "2019-01-23",
    ),
    whole(
        "KR",
        [
            "décision d’exécution (UE) 2022/254 de la Commission",
            "Commission Implementing Decision (EU) 2022/254",
            "Durchführungsbeschluss (EU) 2022/254 der Kommission",
            "Decisión de Ejecución (UE) 2022/254 de la Comisión",
            "decisione di esecuzione (UE) 2022/254 della Commissione",
            "Uitvoeringsbesluit (EU) 2022/254 van de Commissie",
            "decyzja wykonawcza Komisji (UE) 2022/254",
            "Decisão de Execução (UE) 2022/254 da Comissão",
        ],
        "2021-12-17",
    ),
    whole(
        "NZ",
        [
            "décision d’exécution 2013/65/UE de la Commission",
            "Commission Implementing Decision 2013/65/EU",
            "Durchführungsbeschluss 2013/65/EU der Kommission",
            "Decisión de Ejecución 2013/65/UE de la Comisión",
            "decisione di esecuzione 2013/65/UE della Commissione",
            "Uitvoeringsbesluit 2013/65/EU van de Commissie",
            "decyzja wykonawcza Komisji 2013/65/UE",
            "Decisão de Execução 2013/65/UE da Comissão",
        ],
        "2012-12-19",
    ),
    Adequacy {
        code: "US",
        citation: [
            "décision d’exécution (UE) 2023/1795 de la Commission (cadre de protection des données UE-États-Unis)",
            "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
            "Durchführungsbeschluss (EU) 2023/1795 der Kommission (EU-US-Datenschutzrahmen)",
            "Decisión de Ejecución (UE) 2023/1795 de la Comisión (Marco de Privacidad de Datos UE-EE. UU.)",
            "decisione di esecuzione (UE) 2023/1795 della Commissione (quadro UE-USA per la protezione dei dati personali)",
            "Uitvoeringsbesluit (EU) 2023/1795 van de Commissie (EU-VS-kader voor gegevensbescherming)",
            "decyzja wykonawcza Komisji (UE) 2023/1795 (ramy ochrony danych UE-USA)",
            "Decisão de Execução (UE) 2023/1795 da Comissão (Quadro de Privacidade de Dados UE-EUA)",
        ],
        date: "2023-07-10",
        scope: Scope::Partial("organisations certified under the EU-US Data Privacy Framework"),
    },
    whole(
        "UY",
        [
            "décision d’exécution 2012/484/UE de la Commission",
            "Commission Implementing Decision 2012/484/EU",
            "Durchführungsbeschluss 2012/484/EU der Kommission",
            "Decisión de Ejecución 2012/484/UE de la Comisión",
            "decisione di esecuzione 2012/484/UE della Commissione",
            "Uitvoeringsbesluit 2012/484/EU van de Commissie",
            "decyzja wykonawcza Komisji 2012/484/UE",
            "Decisão de Execução 2012/484/UE da Comissão",
        ],
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
    ALIASES.iter().find(|(alias, _)| *alias == wanted).map(|(_, code)| *code).or_else(|| {
        COUNTRIES.iter().find(|(_, names)| names.iter().any(|name| folded(name) == wanted)).map(|(c, _)| *c)
    })
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
    fn each_decision_is_cited_with_the_same_numbers_in_every_language() {
        let numbers = |citation: &str| -> String { citation.chars().filter(char::is_ascii_digit).collect() };
        for decision in ADEQUACY {
            for lang in Lang::ALL {
                assert_eq!(numbers(decision.cited(lang)), numbers(decision.cited(Lang::En)), "{}", decision.code);
            }
            assert!(decision.cited(Lang::Fr).starts_with("décision"), "{}", decision.cited(Lang::Fr));
        }
        let us = adequacy("US").map(|d| d.cited(Lang::De));
        assert_eq!(us, Some("Durchführungsbeschluss (EU) 2023/1795 der Kommission (EU-US-Datenschutzrahmen)"));
        let switzerland = adequacy("CH").map(|d| d.cited(Lang::Pl));
        assert_eq!(switzerland, Some("decyzja Komisji 2000/518/WE"));
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
