//! Children (GDPR Art. 8, Recital 38; loi Informatique et Libertés art. 45: under 15 in France): a parent's
//! consent beside the child's (R22), given by the parent (R28), and no profiling or profiled advertising (R28).

use crate::decl::{Audience, Form};
use crate::errors::Errors;
use crate::taxonomy::is_under_any;

/// Data uses that profile a person or target advertising at them.
const PROFILING: &[&str] = &[
    "marketing.advertising.profiling",
    "marketing.advertising.first_party.targeted",
    "marketing.advertising.third_party.targeted",
    "personalize.profiling",
    "personalize.content.profiling",
    "personalize.content.profiled",
];

/// Words that describe a box to tick, which a child could tick alone (lower case).
const TICKED_BY_CHILD: &[&str] = &[
    "case",
    "cocher",
    "coche",
    "tick",
    "checkbox",
    "check box",
    "box",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "kästchen",
    "ankreuzen",
    "casilla",
    "marcar",
    "casella",
    "spunta",
    "selezion",
    "vakje",
    "aanvinken",
    "pole wyboru",
    "zaznacz",
    "caixa",
    "assinal",
];

/// R22 and R28.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    if form.audience != Audience::Minors {
        return;
    }
    let at = |errors: &mut Errors, message: String, help: &str| match form.audience_span {
        Some(span) => errors.add_at(span, message, help),
        None => errors.add(&form.ident, message, help),
    };
    if form.asks_consent() && form.parental_consent.is_none() {
        at(
            errors,
            "`subjects = \"child\"` and the form asks for consent: under 15 in France a child's consent counts only \
             with a holder of parental authority's (loi Informatique et Libertés art. 45; GDPR Art. 8; R22), and the \
             form declares no parental consent"
                .to_string(),
            "add `#[parental_consent(\"un e-mail envoyé à votre parent, qui confirme par un lien\")]`: how the \
             parent's consent is obtained",
        );
    }
    if let Some(parental) = &form.parental_consent
        && let Some(word) = super::wording::found(&parental.value, TICKED_BY_CHILD)
    {
        errors.add_at(
            parental.span,
            format!(
                "`#[parental_consent(\"{}\")]` speaks of a « {word} » on the child's form: the child could tick it; \
                 the consent is given by the holder of parental authority, by a means the child does not control \
                 (GDPR Art. 8(2); R28)",
                parental.value
            ),
            "describe how the parent is reached and confirms: `#[parental_consent(\"un e-mail envoyé à votre \
             parent, qui confirme par un lien\")]`",
        );
    }
    for purpose in &form.purposes {
        if let Some(data_use) = purpose.data_use.as_ref().filter(|u| is_under_any(&u.value, PROFILING)) {
            errors.add_at(
                data_use.span,
                format!(
                    "`data_use = \"{}\"` on a form for children: children are not profiled, nor shown advertising \
                     based on a profile (GDPR Recital 38, 71; Regulation (EU) 2022/2065 (DSA) Art. 28(2); R28)",
                    data_use.value
                ),
                "remove this purpose, or use contextual advertising only: `data_use = \
                 \"marketing.advertising.first_party.contextual\"`",
            );
        }
    }
}
