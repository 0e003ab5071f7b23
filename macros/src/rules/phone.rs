//! Commercial phone calls (C. consom. L223-1 as amended by loi n° 2025-594, in force since 11 August 2026):
//! consent for consumers (R18), never for energy-renovation and home-adaptation works (R37).

use crate::decl::{Basis, Form, MarketingChannel, Named, Sector};
use crate::errors::Errors;

/// Words that say a purpose or a call concerns energy-renovation or home-adaptation works (lower case).
pub(super) const RENOVATION_WORDS: &[&str] = &[
    "rénovation énergétique",
    "renovation energetique",
    "isolation",
    "pompe à chaleur",
    "pompes à chaleur",
    "panneaux solaires",
    "panneau solaire",
    "photovoltaï",
    "économies d’énergie",
    "économies d'énergie",
    "adaptation du logement",
    "adaptation de votre logement",
    "monte-escalier",
    "energy renovation",
    "insulation",
    "heat pump",
    "solar panel",
    "energy-saving works",
    "energy saving works",
    "home adaptation",
    "stairlift",
];

/// R18 and R37.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    let consumers = super::marketing::to_consumers(form);
    let mut calls: Vec<proc_macro2::Span> = Vec::new();
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        let Some((MarketingChannel::Phone, span)) = purpose.marketing else { continue };
        calls.push(span);
        if consumers && purpose.basis != Some(Basis::Consent) {
            errors.add_at(
                span,
                "`data_use = \"marketing.communications.phone\"`: commercial calls to consumers need their prior consent since 11 August 2026 (C. consom. L223-1, \
                 loi n° 2025-594; R18)",
                "write `basis = \"consent\", id = \"calls\"` with its `#[consent(calls)]` box, or use `#[phone_optin]`",
            );
        }
    }
    if let Some(optin) = form.prospecting(crate::decl::ProspectingKind::PhoneOptin) {
        calls.push(optin.name.start());
    }
    if calls.is_empty() {
        return;
    }
    let sector = form.sector.filter(|(sector, _)| *sector != Sector::Other);
    let worded = form
        .purposes
        .iter()
        .map(|p| &p.text)
        .chain(&form.recipients)
        .find_map(|text| super::wording::found(&text.value, RENOVATION_WORDS).map(|word| (word, text.span)))
        .filter(|(word, _)| !form.allows_word(word));
    let reason = match (sector, worded) {
        (Some((sector, span)), _) => Some((format!("`sector = \"{}\"`", sector.name()), span)),
        (None, Some((word, span))) => Some((
            format!(
                "the words « {word} » beside a phone marketing use (`#[phone_optin]` or `marketing.communications.phone`)"
            ),
            span,
        )),
        _ => None,
    };
    if let Some((why, span)) = reason {
        errors.add_at(
            span,
            format!(
                "{why}: the offers are energy-renovation or home-adaptation works, which may never be canvassed by \
                 phone, with consent or without (C. consom. L223-1 al. 5; R37)"
            ),
            "remove the phone marketing (`#[phone_optin]`, `data_use = \"marketing.communications.phone\"`); offers \
             by e-mail with consent, or by post, remain possible",
        );
    }
}
