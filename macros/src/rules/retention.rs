//! How long data is kept (GDPR Art. 5(1)(e), 13(2)(a)): a duration or the event that ends it (R31), each marketing
//! use with its own (R02), video surveillance within a month (R32), prospects within three years (R33), consent to
//! marketing never kept for ever by a person who neither withdraws nor answers (R43).

use crate::attr_kind::StructAttr;
use crate::decl::{Form, Text};
use crate::errors::Errors;
use crate::taxonomy::is_under;

/// Words that mean "no limit" (lower case, matched at the start of a word).
const NO_LIMIT: &[&str] = &[
    "sans limit",
    "illimit",
    "indéfiniment",
    "indefiniment",
    "à vie",
    "pour toujours",
    "perpétuité",
    "perpetuite",
    "sans durée",
    "sans fin",
    "indefinitely",
    "unlimited",
    "forever",
    "no limit",
    "without limit",
    "no time limit",
    "permanently",
    "in perpetuity",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "unbegrenzt",
    "unbefristet",
    "auf unbestimmte zeit",
    "für immer",
    "dauerhaft",
    "ilimitad",
    "indefinidamente",
    "para siempre",
    "sin límite",
    "sin limite",
    "de forma indefinida",
    "permanentemente",
    "illimitat",
    "indefinitamente",
    "per sempre",
    "senza limit",
    "a tempo indeterminato",
    "onbeperkt",
    "onbepaalde tijd",
    "voor altijd",
    "zonder limiet",
    "permanent",
    "bezterminowo",
    "na czas nieokreślony",
    "na zawsze",
    "bez ograniczeń",
    "nieograniczon",
    "para sempre",
    "sem limite",
    "por tempo indeterminado",
];

/// Words that leave the duration to the controller's judgement (lower case).
const AS_LONG_AS_NECESSARY: &[&str] = &[
    "aussi longtemps que nécessaire",
    "aussi longtemps que necessaire",
    "le temps nécessaire",
    "le temps necessaire",
    "la durée nécessaire",
    "la duree necessaire",
    "durée strictement nécessaire",
    "as long as necessary",
    "as long as needed",
    "as long as required",
    "for as long as is necessary",
    "the time necessary",
    "the period necessary",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "solange erforderlich",
    "solange es erforderlich",
    "so lange wie nötig",
    "so lange wie erforderlich",
    "solange notwendig",
    "erforderliche dauer",
    "erforderlichen zeitraum",
    "el tiempo necesario",
    "mientras sea necesario",
    "el plazo necesario",
    "il tempo necessario",
    "finché necessario",
    "il periodo necessario",
    "zo lang als nodig",
    "zolang nodig",
    "zo lang als noodzakelijk",
    "zolang noodzakelijk",
    "noodzakelijke termijn",
    "tak długo, jak",
    "okres niezbędny",
    "okresu niezbędnego",
    "czas niezbędny",
    "o tempo necessário",
    "enquanto for necessário",
    "período necessário",
];

/// Words that name the event ending a retention (lower case).
const EVENTS: &[&str] = &[
    "jusqu",
    "après",
    "apres",
    "à compter",
    "a compter",
    "à partir",
    "fin de",
    "fin du",
    "durée de",
    "durée du",
    "pendant",
    "tant que",
    "le temps de",
    "retrait",
    "clôture",
    "cloture",
    "résiliation",
    "desinscription",
    "désinscription",
    "until",
    "after",
    "from the",
    "end of",
    "for the duration",
    "during",
    "while",
    "as long as you",
    "as long as your",
    "withdraw",
    "closure",
    "termination",
    "unsubscribe",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "bis ",
    "nach ",
    "ab ",
    "ende ",
    "während",
    "solange",
    "widerruf",
    "kündigung",
    "abmeldung",
    "beendigung",
    "ablauf",
    "hasta",
    "después",
    "despues",
    "a partir",
    "al final",
    "durante",
    "mientras",
    "retire",
    "retirada",
    "baja",
    "cancelación",
    "revoca",
    "fino ",
    "dopo",
    "alla fine",
    "fine del",
    "fine della",
    "finché",
    "cancellazione",
    "disiscrizione",
    "cessazione",
    "tot ",
    "na ",
    "vanaf",
    "einde",
    "gedurende",
    "zolang",
    "intrekking",
    "intrekt",
    "opzegging",
    "afmelding",
    "beëindiging",
    "do ",
    "po ",
    "od ",
    "przez",
    "koniec",
    "końca",
    "wycofani",
    "wypowiedzeni",
    "rezygnacj",
    "zakończeni",
    "dopóki",
    "até",
    "após",
    "depois",
    "fim do",
    "fim da",
    "enquanto",
    "revogação",
    "cancelamento",
    "cessação",
];

/// Units of time, with their length in days (lower case, matched at the start of a word).
/// In the eight languages, sorted by their bytes so that a word is found by binary search (a test checks the order).
const UNITS: &[(&str, u32)] = &[
    ("an", 365),
    ("annee", 365),
    ("anni", 365),
    ("anno", 365),
    ("année", 365),
    ("ano", 365),
    ("año", 365),
    ("dag", 1),
    ("dagen", 1),
    ("day", 1),
    ("dia", 1),
    ("dni", 1),
    ("dzień", 1),
    ("día", 1),
    ("giorni", 1),
    ("giorno", 1),
    ("jaar", 365),
    ("jahr", 365),
    ("jahre", 365),
    ("jahren", 365),
    ("jaren", 365),
    ("jour", 1),
    ("lat", 365),
    ("lata", 365),
    ("maand", 30),
    ("maanden", 30),
    ("mes", 30),
    ("mese", 30),
    ("meses", 30),
    ("mesi", 30),
    ("miesiąc", 30),
    ("miesiące", 30),
    ("miesięcy", 30),
    ("mois", 30),
    ("monat", 30),
    ("monate", 30),
    ("monaten", 30),
    ("month", 30),
    ("mês", 30),
    ("rok", 365),
    ("semaine", 7),
    ("semana", 7),
    ("settimana", 7),
    ("settimane", 7),
    ("tag", 1),
    ("tage", 1),
    ("tagen", 1),
    ("tydzień", 7),
    ("tygodni", 7),
    ("tygodnie", 7),
    ("week", 7),
    ("weken", 7),
    ("woche", 7),
    ("wochen", 7),
    ("year", 365),
];

/// Numbers written in words, in French and English.
/// In the eight languages, sorted by their bytes so that a word is found by binary search (a test checks the order).
const NUMBERS: &[(&str, u32)] = &[
    ("a", 1),
    ("cinco", 5),
    ("cinq", 5),
    ("cinque", 5),
    ("cuatro", 4),
    ("cztery", 4),
    ("dertig", 30),
    ("deux", 2),
    ("dez", 10),
    ("dieci", 10),
    ("diez", 10),
    ("dix", 10),
    ("doce", 12),
    ("dodici", 12),
    ("dois", 2),
    ("dos", 2),
    ("douze", 12),
    ("doze", 12),
    ("drei", 3),
    ("dreißig", 30),
    ("drie", 3),
    ("duas", 2),
    ("due", 2),
    ("dwa", 2),
    ("dwanaście", 12),
    ("dwie", 2),
    ("dziesięć", 10),
    ("een", 1),
    ("ein", 1),
    ("eine", 1),
    ("einem", 1),
    ("einen", 1),
    ("five", 5),
    ("four", 4),
    ("fünf", 5),
    ("jeden", 1),
    ("jedna", 1),
    ("jednego", 1),
    ("one", 1),
    ("pięć", 5),
    ("quatre", 4),
    ("quatro", 4),
    ("quattro", 4),
    ("sechs", 6),
    ("sei", 6),
    ("seis", 6),
    ("six", 6),
    ("sześć", 6),
    ("ten", 10),
    ("thirty", 30),
    ("three", 3),
    ("tien", 10),
    ("tre", 3),
    ("treinta", 30),
    ("trenta", 30),
    ("trente", 30),
    ("tres", 3),
    ("trinta", 30),
    ("trois", 3),
    ("trzy", 3),
    ("trzydzieści", 30),
    ("três", 3),
    ("twaalf", 12),
    ("twee", 2),
    ("twelve", 12),
    ("two", 2),
    ("um", 1),
    ("uma", 1),
    ("un", 1),
    ("una", 1),
    ("une", 1),
    ("uno", 1),
    ("vier", 4),
    ("vijf", 5),
    ("zehn", 10),
    ("zes", 6),
    ("zwei", 2),
    ("zwölf", 12),
    ("één", 1),
];

/// The number a sorted table gives `word`.
fn in_table(table: &[(&str, u32)], word: &str) -> Option<u32> {
    table.binary_search_by(|(listed, _)| listed.as_bytes().cmp(word.as_bytes())).ok().map(|i| table[i].1)
}

/// The longest duration the text states, in days: a number (in digits or words) followed by a unit.
pub(super) fn longest_days(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut longest = None;
    for pair in words.windows(2) {
        // The unit is looked for only after a number, and matched without building its plural.
        let number = pair[0].parse::<u32>().ok().or_else(|| in_table(NUMBERS, pair[0]));
        let Some(number) = number else { continue };
        let word = pair[1];
        let singular = word.strip_suffix('s');
        let unit = in_table(UNITS, word).or_else(|| singular.and_then(|singular| in_table(UNITS, singular)));
        if let Some(days) = unit {
            longest = longest.max(Some(number.saturating_mul(days)));
        }
    }
    longest
}

/// Every retention the form states, with what it is the retention of.
fn retentions(form: &Form) -> Vec<(&Text, Option<&crate::decl::Purpose>)> {
    let mut all: Vec<(&Text, Option<&crate::decl::Purpose>)> = form.retention.iter().map(|r| (r, None)).collect();
    all.extend(form.purposes.iter().filter_map(|p| p.retention.as_ref().map(|r| (r, Some(p)))));
    all.extend(form.prospecting.iter().filter_map(|p| p.retention.as_ref().map(|r| (r, None))));
    all
}

/// Words that end a retention with the withdrawal of consent (lower case, matched at the start of a word).
const WITHDRAWAL: &[&str] = &[
    "retrait",
    "retirez",
    "désinscri",
    "desinscri",
    "withdraw",
    "unsubscri",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "widerruf",
    "abmeld",
    "retir",
    "revoca",
    "baja",
    "ritir",
    "disiscri",
    "intrek",
    "afmeld",
    "wycofa",
    "rezygn",
    "revoga",
];

/// Words that end a retention after a time without contact (lower case, matched at the start of a word).
const INACTIVITY: &[&str] = &[
    "dernier contact",
    "dernière interaction",
    "derniere interaction",
    "dernier échange",
    "dernier echange",
    "dernière activité",
    "derniere activite",
    "inactivit",
    "last contact",
    "last interaction",
    "last activity",
    "inactiv",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "letzten kontakt",
    "letztem kontakt",
    "letzter kontakt",
    "letzten aktivität",
    "inaktivität",
    "último contacto",
    "ultimo contacto",
    "última actividad",
    "inactividad",
    "ultimo contatto",
    "ultima attività",
    "inattività",
    "laatste contact",
    "laatste activiteit",
    "inactiviteit",
    "ostatniego kontaktu",
    "ostatni kontakt",
    "ostatniej aktywności",
    "nieaktywnoś",
    "último contato",
    "última atividade",
    "inatividade",
];

/// R43 (Art. 5(1)(e); CNIL, référentiel relatif à la gestion commerciale, 2021): consent to direct marketing kept
/// "until withdrawn" would keep the data of a person who never withdraws nor answers for ever; the retention
/// also ends after a time without contact, three years at most (legal review 3 M5).
fn withdrawal_only(purpose: &crate::decl::Purpose, retention: &Text, errors: &mut Errors) {
    let marketing = purpose.data_use.as_ref().is_some_and(|u| crate::taxonomy::is_direct_marketing(&u.value));
    let value = &retention.value;
    if purpose.basis != Some(crate::decl::Basis::Consent) || !marketing {
        return;
    }
    let found = |words| super::wording::found(value, words).is_some();
    if found(WITHDRAWAL) && !found(INACTIVITY) {
        errors.add_at(
            retention.span,
            format!(
                "the `retention` \"{value}\" ends only with the withdrawal of consent: the data of a person who \
                 neither withdraws nor answers would be kept for ever (GDPR Art. 5(1)(e); CNIL, référentiel relatif à \
                 la gestion commerciale, 2021: three years from the last contact; R43)"
            ),
            "add the end after a time without contact: `retention = \"jusqu’au retrait de votre accord, et au plus \
             tard 3 ans après votre dernier contact avec nous\"`",
        );
    }
}

/// R31, R32, R33, R43 and each marketing use's retention (R02).
pub(super) fn check(form: &Form, errors: &mut Errors) {
    for (retention, purpose) in retentions(form) {
        let value = &retention.value;
        if let Some(word) = super::wording::found(value, NO_LIMIT).filter(|w| !form.allows_word(w)) {
            errors.add_at(
                retention.span,
                format!(
                    "the `retention` \"{value}\" means no limit (« {word} »): data is kept only as long as its purpose \
                     needs (GDPR Art. 5(1)(e), 13(2)(a); R31)"
                ),
                format!(
                    "write a duration or the event that ends it: `retention = \"3 ans après notre dernier contact\"`; \
                     if « {word} » does not speak of the retention (the name of a plan), say so with \
                     `#[wording(allow = \"{word}\", reason = \"..\")]`"
                ),
            );
            continue;
        }
        let vague = super::wording::found(value, AS_LONG_AS_NECESSARY);
        let stated = longest_days(value).is_some() || super::wording::found(value, EVENTS).is_some();
        if vague.is_some() || !stated {
            errors.add_at(
                retention.span,
                format!(
                    "the `retention` \"{value}\" states neither a duration nor the event that ends it: the person is \
                     told how long, or by what criteria (GDPR Art. 13(2)(a); R31)"
                ),
                "write a duration or an event: `\"3 ans après notre dernier contact\"`, `\"jusqu’à la fin de votre \
                 abonnement\"`, `\"10 ans (Code de commerce, art. L123-22)\"`",
            );
            continue;
        }
        let Some(purpose) = purpose else { continue };
        withdrawal_only(purpose, retention, errors);
        let Some(data_use) = &purpose.data_use else { continue };
        let days = longest_days(value);
        if is_under(&data_use.value, "essential.service.security.cctv") && days.is_none_or(|d| d > 31) {
            errors.add_at(
                retention.span,
                format!(
                    "the `retention` of video surveillance images, \"{value}\", exceeds one month, the most they are \
                     kept (Code de la sécurité intérieure L252-5; CNIL, video surveillance; R32)"
                ),
                "write `retention = \"30 jours\"` (or less); an incident's images are extracted and kept for its \
                 procedure",
            );
        }
        let prospect =
            form.about("prospect") && (is_under(&data_use.value, "marketing") || is_under(&data_use.value, "sales"));
        if prospect && days.is_some_and(|d| d > 3 * 365) {
            errors.add_at(
                retention.span,
                format!(
                    "the `retention` of a prospect's data, \"{value}\", exceeds the three years from their last \
                     contact that the CNIL sets (CNIL, référentiel relatif à la gestion commerciale, 2021; R33)"
                ),
                "write `retention = \"3 ans après votre dernier contact\"`",
            );
        }
    }
    prospecting_retention(form, errors);
}

/// Each marketing use has its retention: on the attribute, or the form's `#[retention]` (Art. 13(2)(a); R02).
fn prospecting_retention(form: &Form, errors: &mut Errors) {
    if form.has(StructAttr::Retention) {
        return;
    }
    for prospecting in form.prospecting.iter().filter(|p| p.retention.is_none()) {
        let id = prospecting.kind.id();
        errors.add(
            prospecting.attr,
            format!(
                "`#[{id}]` has no `retention`, and the form no `#[retention]`: the notice lists each marketing use \
                 with how long its data is kept (GDPR Art. 13(2)(a); R02)"
            ),
            format!("write `#[{id}(.., retention = \"3 ans après votre dernier achat\")]`"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::longest_days;

    #[test]
    fn the_tables_are_sorted_for_their_binary_search() {
        for table in [super::UNITS, super::NUMBERS] {
            assert!(table.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()), "{table:?}");
        }
    }

    #[test]
    fn durations_are_read_in_every_language() {
        assert_eq!(longest_days("3 Jahre nach Ihrer letzten Bestellung"), Some(3 * 365));
        assert_eq!(longest_days("dos años"), Some(2 * 365));
        assert_eq!(longest_days("trenta giorni"), Some(30));
        assert_eq!(longest_days("12 maanden"), Some(360));
        assert_eq!(longest_days("3 lata od ostatniego kontaktu"), Some(3 * 365));
        assert_eq!(longest_days("seis meses"), Some(180));
    }

    #[test]
    fn durations_are_read_in_both_languages() {
        assert_eq!(longest_days("3 ans après notre dernier contact"), Some(3 * 365));
        assert_eq!(longest_days("trente jours"), Some(30));
        assert_eq!(longest_days("one month, then 2 years"), Some(2 * 365));
        assert_eq!(longest_days("10 ans (Code de commerce)"), Some(3650));
        assert_eq!(longest_days("jusqu’à la fin de votre abonnement"), None);
    }
}
