//! The legal basis of each purpose (R02, R03; the rights printed per basis, R23, are the texts' part), and the
//! facts a basis needs: a legal obligation names its text (Art. 6(3)).

use crate::decl::{Basis, DecisionBasis, Form};
use crate::errors::Errors;
use crate::taxonomy::is_under;

/// R29: a decision based solely on automated processing rests on one of Art. 22(2)'s three exceptions.
fn automated_decision(form: &Form, errors: &mut Errors) {
    let Some(decision) = &form.automated_decision else { return };
    match decision.basis {
        None if decision.basis_written => {}
        None => errors.add(
            decision.attr,
            "`#[automated_decision(..)]` does not say what allows it: a decision based solely on automated \
             processing is lawful only when necessary for a contract, authorised by law, or based on explicit \
             consent (GDPR Art. 22(2); R29)",
            "add `basis = \"contract\"`, `basis = \"law\", law = \"..\"` or `basis = \"explicit_consent\"` (with a \
             consent purpose and its box)",
        ),
        Some((DecisionBasis::Law, span)) if decision.law.is_none() => errors.add_at(
            span,
            "`basis = \"law\"` in `#[automated_decision(..)]` names no law (GDPR Art. 22(2)(b); R29)",
            "add `law = \"..\"`, the text that authorises the decision",
        ),
        Some((DecisionBasis::ExplicitConsent, span))
            if !form.purposes.iter().any(|p| p.basis == Some(Basis::Consent)) =>
        {
            errors.add_at(
                span,
                "`basis = \"explicit_consent\"` in `#[automated_decision(..)]`, and the form asks no consent: explicit \
                 consent is given with a box (GDPR Art. 22(2)(c); R29)",
                "add the purpose the decision serves with `basis = \"consent\", id = \"..\"` and its box",
            )
        }
        _ => {}
    }
}

/// R02: a `legal_obligation` names the text it fulfils; a data use that is a legal obligation has that basis.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    automated_decision(form, errors);
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        if purpose.basis == Some(Basis::LegalObligation) && purpose.law.is_none() {
            errors.add(
                purpose.attr,
                format!(
                    "the purpose \"{}\" is based on `legal_obligation` and does not name the law: the notice says \
                     which obligation (GDPR Art. 6(3), 13(1)(c); R02)",
                    purpose.text.value
                ),
                "add `law = \"..\"`, the text as the person can look it up: `law = \"l’article L123-22 du Code de \
                 commerce\"`",
            );
        }
        if let (Some(data_use), Some(basis)) = (&purpose.data_use, purpose.basis)
            && is_under(&data_use.value, "essential.legal_obligation")
            && basis != Basis::LegalObligation
        {
            errors.add_at(
                data_use.span,
                format!(
                    "`data_use = \"{}\"` is a legal obligation, and this purpose's basis is `{}` (GDPR Art. 6(1)(c); \
                     R02)",
                    data_use.value,
                    basis.code()
                ),
                "write `basis = \"legal_obligation\", law = \"..\"`, or the data use the purpose has",
            );
        }
    }
}
