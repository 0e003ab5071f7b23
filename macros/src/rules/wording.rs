//! The free texts against the facts (R41): a purpose whose words say marketing, calls, advertising, health,
//! biometrics or partners, while its declared facts say otherwise, is refused with the words quoted and the
//! declaration to add. Where the words mislead (a « forfait illimité » is a plan, not a retention), the author
//! says so with `#[wording(allow = "..", reason = "..")]`, which the register records.
//!
//! Each list holds the words of every language the library writes, lower case, matched at the start of a word.

use crate::decl::{Form, Text};
use crate::errors::Errors;
use crate::taxonomy::{is_under, is_under_any, special_category};
use crate::vocabulary::SpecialCategory;

/// Marketing, in French then English.
const MARKETING: &[&str] = &[
    "nos offres",
    "offres commerciales",
    "offres promotionnelles",
    "offres personnalisées",
    "offres de nos partenaires",
    "prospection",
    "newsletter",
    "lettre d’information",
    "lettre d'information",
    "bons plans",
    "promotions",
    "our offers",
    "special offers",
    "promotional",
    "marketing",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "werbung",
    "werbeangebot",
    "werbemail",
    "sonderangebot",
    "rabattaktion",
    "gutschein",
    "direktmarketing",
    "publicidad",
    "ofertas comerciales",
    "nuestras ofertas",
    "promoción",
    "promocion",
    "boletín",
    "offerte commerciali",
    "le nostre offerte",
    "offerte promozionali",
    "promozion",
    "pubblicità",
    "pubblicita",
    "nieuwsbrief",
    "aanbieding",
    "reclame",
    "promotie",
    "oferty handlowe",
    "ofert handlowych",
    "informacja handlowa",
    "informacji handlowych",
    "promocj",
    "reklam",
    "ofertas comerciais",
    "as nossas ofertas",
    "promoç",
    "publicidade",
];

/// Telephone calls.
const CALLS: &[&str] = &[
    "appel",
    "appeler",
    "rappeler",
    "téléphon",
    "telephon",
    "call",
    "phone",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "anruf",
    "telefon",
    "llamada",
    "llamar",
    "teléfon",
    "telefónic",
    "chiamat",
    "telefoon",
    "telefonisch",
    "bellen",
    "gebeld",
    "dzwon",
    "chamada",
];

/// Advertising.
const ADVERTISING: &[&str] = &[
    "publicité",
    "publicites",
    "publicités",
    "publicitaire",
    "ciblage",
    "advertis",
    "targeted ads",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "werbeanzeige",
    "personalisierte werbung",
    "zielgerichtete werbung",
    "online-werbung",
    "publicidad personalizada",
    "publicidad dirigida",
    "anuncios",
    "pubblicità personalizzata",
    "pubblicità mirata",
    "annunci",
    "advertenties",
    "gepersonaliseerde advertenties",
    "reklamy internetow",
    "reklam internetow",
    "reklama behawioraln",
    "reklam behawioraln",
    "publicidade personalizada",
    "publicidade direcionada",
    "anúncios",
];

/// Health.
const HEALTH: &[&str] = &[
    "santé",
    "médical",
    "medical",
    "maladie",
    "allergi",
    "handicap",
    "grossesse",
    "ordonnance",
    "health",
    "illness",
    "disabilit",
    "pregnan",
    "prescription",
    "diagnos",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "gesundheit",
    "medizin",
    "krankheit",
    "behinderung",
    "schwangerschaft",
    "salud",
    "médic",
    "enfermedad",
    "alergi",
    "discapacidad",
    "embarazo",
    "salute",
    "medic",
    "malattia",
    "disabilità",
    "gravidanza",
    "gezondheid",
    "medisch",
    "ziekte",
    "zwangerschap",
    "zdrowi",
    "medyczn",
    "chorob",
    "niepełnosprawn",
    "ciąż",
    "saúde",
    "doença",
    "deficiência",
    "gravidez",
];

/// Biometrics.
const BIOMETRICS: &[&str] = &[
    "biométr",
    "biometr",
    "empreinte digitale",
    "empreintes digitales",
    "reconnaissance faciale",
    "fingerprint",
    "facial recognition",
    "face recognition",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "fingerabdr",
    "gesichtserkennung",
    "huella dactilar",
    "huellas dactilares",
    "reconocimiento facial",
    "impronte digitali",
    "impronta digitale",
    "riconoscimento facciale",
    "vingerafdruk",
    "gezichtsherkenning",
    "odcisk palca",
    "odcisków palców",
    "odciski palców",
    "rozpoznawanie twarzy",
    "rozpoznawania twarzy",
    "impressão digital",
    "impressões digitais",
    "reconhecimento facial",
];

/// Partners.
const PARTNERS: &[&str] = &[
    "partenaire",
    "partner",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "empresas colaboradoras",
    "socios comerciales",
    "parceir",
];

/// The first of `words` that starts a word of `text`, as the text writes it (lower case, to the end of that
/// word).
pub(crate) fn found(text: &str, words: &[&str]) -> Option<String> {
    let lower = text.to_lowercase();
    let bytes = lower.as_bytes();
    // Where a word may start: the text's start and every position after a character that is not a letter or a
    // digit; and which bytes begin a word there. A listed word whose first byte begins none is skipped at once,
    // and the others are compared as bytes at the starts that begin with it: the derive runs unoptimized in a
    // debug build, where each `str::starts_with` costs a chain of calls.
    let mut starts = Vec::with_capacity(16);
    let mut begins = [false; 256];
    let mut after_word = false;
    for (at, c) in lower.char_indices() {
        if !after_word {
            starts.push(at);
            begins[usize::from(bytes[at])] = true;
        }
        after_word = c.is_alphanumeric();
    }
    for word in words {
        let listed = word.as_bytes();
        let Some(&first) = listed.first() else { continue };
        if !begins[usize::from(first)] {
            continue;
        }
        for &at in &starts {
            if bytes[at] == first && bytes.len() - at >= listed.len() && bytes[at..at + listed.len()] == *listed {
                let end = at + listed.len();
                let rest = lower[end..].find(|c: char| !c.is_alphanumeric()).map_or(lower.len(), |i| end + i);
                return Some(lower[at..rest].trim().to_string());
            }
        }
    }
    None
}

/// R41.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    let found = |text: &Text, words: &[&str]| found(&text.value, words).filter(|word| !form.allows_word(word));
    let refuse = |errors: &mut Errors, text: &Text, word: &str, says: &str, declare: &str| {
        errors.add_at(
            text.span,
            format!(
                "\"{}\" says {says} (« {word} »), and the form's facts (`data_use`, `category`) do not: the checks of the law read the facts \
                 (GDPR Art. 5(1)(a), 12(1); R41)",
                text.value
            ),
            format!(
                "{declare}; if « {word} » means something else here, say so with `#[wording(allow = \"{word}\", \
                 reason = \"..\")]`"
            ),
        );
    };
    let categories: Vec<&str> =
        form.fields.iter().filter_map(|f| f.category.as_ref().map(|c| c.value.as_str())).collect();
    let has_special = |wanted: &[SpecialCategory]| {
        categories.iter().any(|c| special_category(c).is_some_and(|s| wanted.contains(&s)))
    };
    let shares_with_partners =
        !form.prospecting.is_empty() || form.data_uses().any(|(_, u)| is_under(&u.value, "third_party_sharing"));
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        let Some(data_use) = &purpose.data_use else { continue };
        let use_ = data_use.value.as_str();
        let text = &purpose.text;
        let marketing_use = is_under_any(use_, &["marketing", "third_party_sharing", "sales", "personalize"]);
        if let Some(word) = found(text, MARKETING) {
            if !marketing_use {
                refuse(
                    errors,
                    text,
                    &word,
                    "marketing",
                    &format!(
                        "declare it: `data_use = \"marketing.communications.email\"` (or the channel used), not `\"{use_}\"`"
                    ),
                );
            } else if let Some(call) = found(text, CALLS).filter(|_| !is_under(use_, "marketing.communications.phone"))
            {
                refuse(
                    errors,
                    text,
                    &call,
                    "commercial phone calls",
                    "declare it: `data_use = \"marketing.communications.phone\"`, on `consent` for consumers",
                );
            }
            if let Some(partner) = found(text, PARTNERS).filter(|_| !shares_with_partners) {
                refuse(
                    errors,
                    text,
                    &partner,
                    "that partners receive the data",
                    "declare the disclosure: `#[partner_optout]`, `#[partner_email_optin]`, or `data_use = \"third_party_sharing.marketing\"`",
                );
            }
        }
        if let Some(word) = found(text, ADVERTISING)
            && !is_under_any(use_, &["marketing.advertising", "personalize", "analytics.reporting.ad_performance"])
        {
            refuse(
                errors,
                text,
                &word,
                "advertising",
                "declare it: `data_use = \"marketing.advertising.first_party.targeted\"` (or the kind of advertising)",
            );
        }
    }
    let texts = form.purposes.iter().map(|p| &p.text).chain(form.fields.iter().filter_map(|f| f.label.as_ref()));
    for text in texts {
        if let Some(word) =
            found(text, HEALTH).filter(|_| !has_special(&[SpecialCategory::Health, SpecialCategory::Genetic]))
        {
            refuse(
                errors,
                text,
                &word,
                "health data",
                "give the field that holds it `category = \"user.health_and_medical\"` and its Art. 9(2) condition (`art9 = ..`)",
            );
        }
        if let Some(word) = found(text, BIOMETRICS).filter(|_| !has_special(&[SpecialCategory::Biometric])) {
            refuse(
                errors,
                text,
                &word,
                "biometric data",
                "give the field that holds it `category = \"user.biometric\"` and its Art. 9(2) condition (`art9 = ..`)",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::found;

    #[test]
    fn words_match_at_the_start_of_a_word_and_are_quoted_whole() {
        assert_eq!(found("Pour la durée de votre forfait illimité", &["illimit"]).as_deref(), Some("illimité"));
        assert_eq!(found("vous rappeler pour nos offres", &["appel"]), None);
        assert_eq!(found("vous rappeler pour nos offres", &["rappeler"]).as_deref(), Some("rappeler"));
        assert_eq!(found("Newsletter", &["newsletter"]).as_deref(), Some("newsletter"));
        assert_eq!(found("nos offres", &["offres commerciales"]), None);
    }
}
