//! Employees and applicants: an employer cannot rely on consent (R25: the imbalance of the relationship), and
//! some monitoring is never proportionate (R26).

use crate::decl::{Basis, Form};
use crate::errors::Errors;
use crate::taxonomy::is_under;

/// R25 and R26.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    let staff = form.about("employee") || form.about("job_applicant") || form.about("trainee");
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        let Some(data_use) = &purpose.data_use else { continue };
        let use_ = data_use.value.as_str();
        let employment = is_under(use_, "employment") && !is_under(use_, "employment.recruitment.talent_pool");
        if (employment || (staff && is_under(use_, "employment.monitoring"))) && purpose.basis == Some(Basis::Consent) {
            errors.add_at(
                data_use.span,
                format!(
                    "`data_use = \"{use_}\"` on `consent`: an employee or applicant cannot freely refuse their \
                     employer, so consent is not a valid basis here (GDPR Art. 7(4), 88, Recital 43; EDPB Guidelines \
                     05/2020 §21; R25)"
                ),
                "rest it on `contract`, `legal_obligation` (with `law = \"..\"`) or `legitimate_interests` (with \
                 `interest = \"..\"`), and make sure the monitoring is proportionate",
            );
        }
        if is_under(use_, "employment.monitoring.activity") {
            errors.add_at(
                data_use.span,
                "`data_use = \"employment.monitoring.activity\"`: recording employees' keystrokes or screens is disproportionate to any employer's interest (C. trav. \
                 L1121-1; CNIL, keyloggers; R26)",
                "remove this purpose; monitor access to systems through their logs instead",
            );
        }
    }
    let time_clock = form.data_uses().any(|(_, u)| is_under(&u.value, "employment.monitoring.time_tracking"));
    let biometric = form.fields.iter().find(|f| {
        f.category
            .as_ref()
            .is_some_and(|c| is_under(&c.value, "user.biometric") || is_under(&c.value, "user.authorization.biometric"))
    });
    if let (true, Some(field)) = (time_clock, biometric) {
        errors.add(
            &field.ident,
            format!(
                "`{}` is biometric data for a time clock: recording working time with fingerprints or faces is \
                 disproportionate (CNIL, biometrics at the workplace, 2019; GDPR Art. 9(2)(b), 9(4); R26)",
                field.ident
            ),
            "record working time with a badge or a declaration instead",
        );
    }
}
