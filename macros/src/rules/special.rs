//! Special categories of data (GDPR Art. 9), known from each field's data category: a condition of Art. 9(2) is
//! declared (R21), and the conditions that rest on a law or on secrecy name it, while "made public" is never a
//! form's condition (R27).

use crate::decl::{Art9Condition, Basis, Field, Form, Named, ProspectingExt};
use crate::errors::Errors;
use crate::suggest::list;

/// R21 and R27.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    for field in form.fields.iter().filter(|f| !f.category_unknown) {
        match (field.special, field.art9) {
            (Some((category, span)), None) => errors.add_at(
                span,
                format!(
                    "`{}` holds a special category of data ({}, GDPR Art. 9(1)), which may be processed only under an \
                     Art. 9(2) condition, and none is declared (R21)",
                    field.ident,
                    category.code()
                ),
                format!(
                    "add `art9 = \"explicit_consent\"` with `purpose = \"<the id of its consent purpose>\"`, or the \
                     condition that applies: one of {}",
                    list(Art9Condition::names())
                ),
            ),
            (Some(_), Some((condition, span))) => condition_needs(form, field, condition, span, errors),
            (None, Some((_, span))) => errors.add_at(
                span,
                format!("`art9` on `{}`, whose `category` is not a special category (R21)", field.ident),
                "remove `art9`, or give the field the special category it holds: `category = \
                 \"user.health_and_medical\"`, `\"user.biometric\"`…",
            ),
            _ => {}
        }
    }
}

/// What each Art. 9(2) condition needs.
fn condition_needs(form: &Form, field: &Field, condition: Art9Condition, span: proc_macro2::Span, errors: &mut Errors) {
    let name = &field.ident;
    match condition {
        Art9Condition::ExplicitConsent => explicit_consent(form, field, span, errors),
        Art9Condition::MadePublic => errors.add_at(
            span,
            format!(
                "`art9 = \"made_public\"` on `{name}`: data a person types into a form is given to you, not \
                 manifestly made public by them (GDPR Art. 9(2)(e); R27)"
            ),
            "rest it on the person's explicit consent: `art9 = \"explicit_consent\"` with its purpose and box",
        ),
        Art9Condition::Employment | Art9Condition::SubstantialPublicInterest | Art9Condition::PublicHealth
            if field.art9_law.is_none() =>
        {
            errors.add_at(
                span,
                format!(
                    "`art9 = \"{}\"` on `{name}` rests on Union or Member State law, and the form names none (GDPR \
                     Art. 9(2)(b), (g), (i); R27)",
                    condition.code()
                ),
                "add `law = \"..\"`, the text that provides for it: `law = \"l’article R4624-10 du Code du travail\"`",
            );
        }
        Art9Condition::HealthCare if field.secrecy.is_none() => errors.add_at(
            span,
            format!(
                "`art9 = \"health_care\"` on `{name}` holds only under the responsibility of a professional bound \
                 by secrecy, and the form names none (GDPR Art. 9(2)(h), 9(3); R27)"
            ),
            "add `secrecy = \"..\"`: who is bound, `secrecy = \"nos médecins, tenus au secret médical (art. L1110-4 \
             du Code de la santé publique)\"`; a commercial service without such a professional needs explicit \
             consent",
        ),
        _ => {}
    }
}

/// Whether `id` names a purpose based on consent, or an "I agree" prospecting case.
pub(super) fn is_consent_purpose(form: &Form, id: &str) -> bool {
    form.purpose(id).is_some_and(|p| p.basis == Some(Basis::Consent))
        || crate::decl::ProspectingKind::from_id(id)
            .is_some_and(|kind| kind.opts_in() && form.prospecting(kind).is_some())
}

/// Explicit consent (Art. 9(2)(a)) is the consent of the purposes the field serves, each with its box.
fn explicit_consent(form: &Form, field: &Field, span: proc_macro2::Span, errors: &mut Errors) {
    let consented = !field.purposes.is_empty() && field.purposes.iter().all(|id| is_consent_purpose(form, &id.value));
    if !consented {
        errors.add_at(
            span,
            format!(
                "`art9 = \"explicit_consent\"` on `{}`: explicit consent is given with a box, so the field must serve \
                 consent purposes only (GDPR Art. 9(2)(a); R21)",
                field.ident
            ),
            "add `purpose = \"<id>\"` naming a `#[purpose(.., id = \"<id>\", basis = \"consent\")]` with its \
             `#[consent(<id>)]` box",
        );
    }
}
