//! The facts every `gdpr` form states (design §8; R24): who the data is about, what each purpose does, what each
//! field holds, each from the taxonomy's closed lists. The rules of the other areas reason on them.

use crate::decl::Form;
use crate::errors::Errors;

/// R24: `subjects`, each purpose's `data_use`, each field's `category` (or `none`); R42: the purposes of the
/// fields that must name them.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    if form.subjects.is_empty() && form.audience_span.is_none() {
        errors.add(
            &form.ident,
            format!(
                "`{}` does not say whose data it collects: under `gdpr` every form states its data subjects (GDPR \
                 Art. 30(1)(c); R24)",
                form.ident
            ),
            "add `#[notice(subjects = \"customer\")]` (several separated by commas: `\"customer, prospect\"`; also \
             `professional`, `employee`, `job_applicant`, `patient`, `child`, `member`, `donor`…)",
        );
    }
    for purpose in form.purposes.iter().filter(|p| p.complete && p.data_use.is_none()) {
        errors.add(
            purpose.attr,
            format!(
                "the purpose \"{}\" does not say what it does: under `gdpr` each `#[purpose(..)]` states its \
                 `data_use` (GDPR Art. 30(1)(b), 13(1)(c); R24)",
                purpose.text.value
            ),
            "add `data_use = \"..\"`: `essential.service` (the service asked for), `marketing.communications.email`, \
             `essential.legal_obligation`, `employment.recruitment`… (the README lists them all)",
        );
    }
    for field in data_fields(form).filter(|f| !f.category_unknown) {
        match (&field.category, field.not_personal, &field.personal_data) {
            (None, false, _) => errors.add(
                &field.ident,
                format!(
                    "`{}` does not say what data it holds: under `gdpr` every field that is not a box states its \
                     `category` (GDPR Art. 30(1)(c); R24)",
                    field.ident
                ),
                format!(
                    "add `#[personal_data(category = \"{}\")]` (or the category it holds: `user.name`, \
                     `user.contact.email`, `user.contact.phone_number`, `user.contact.address`…), or \
                     `#[personal_data(none)]` if `{}` holds no personal data",
                    likely_category(&field.ident.to_string()),
                    field.ident
                ),
            ),
            (Some(category), true, _) => errors.add_at(
                category.span,
                format!("`{}` is declared both `none` and `category = \"{}\"`", field.ident, category.value),
                "keep `category` if the field holds personal data, `none` if it does not",
            ),
            _ => {}
        }
    }
    field_purposes(form, errors);
}

/// R42: a field says which purposes it serves (`purpose = ".."`) when the law needs to know: a phone number, so
/// that the person learns what the number is for (Art. 5(1)(b)-(c), 13(1)(c); legal review 3 M2), and every
/// mandatory field of a form that asks for consent, so that a field needed only by a consent purpose cannot be
/// made a condition of the form (Art. 7(4); R07; legal review 3 M6).
fn field_purposes(form: &Form, errors: &mut Errors) {
    let asks_consent = form.asks_consent();
    let ids: Vec<String> = form.purpose_ids().map(|id| format!("`{id}`")).collect();
    let unnamed = form.purposes.iter().any(|p| p.id.is_none());
    let choose = match (ids.is_empty(), unnamed) {
        (true, _) => "give the purposes it serves an `id = \"..\"` and name them".to_string(),
        (false, false) => format!("name them among {}", ids.join(", ")),
        (false, true) => format!(
            "name them among {}, or give the `#[purpose(..)]` it serves an `id = \"..\"` and name that",
            ids.join(", ")
        ),
    };
    for field in data_fields(form).filter(|f| f.purposes.is_empty() && !f.not_personal) {
        let phone = field.kind == Some(crate::decl::DataKind::Phone);
        let why = match (phone, field.required && asks_consent) {
            (true, _) => "a phone number must say what it is for (GDPR Art. 5(1)(b)-(c), 13(1)(c); R42)",
            (false, true) => {
                "a mandatory field of a form that asks for consent must say which purposes need it, or consent could \
                 become a condition of the form (GDPR Art. 7(4); R42)"
            }
            (false, false) => continue,
        };
        let (message, help) = (
            format!("`{}` does not say which purposes it serves: {why}", field.ident),
            format!("add `purpose = \"..\"` to its `#[personal_data(..)]`: {choose}"),
        );
        match &field.personal_data {
            Some(site) => errors.add(site, message, help),
            None => errors.add(&field.ident, message, help),
        }
    }
}

/// The category a field's name suggests, for the help of a field that states none.
fn likely_category(name: &str) -> &'static str {
    let name = name.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    if has(&["mail", "courriel"]) {
        "user.contact.email"
    } else if has(&["phone", "tel", "mobile", "portable"]) {
        "user.contact.phone_number"
    } else if has(&["address", "adresse", "street", "rue", "city", "ville", "zip", "postal"]) {
        "user.contact.address"
    } else if has(&["birth", "naissance"]) {
        "user.demographic.date_of_birth"
    } else if has(&["name", "nom"]) {
        "user.name"
    } else {
        "user.content.private"
    }
}

/// The fields a person fills in: neither a box, nor the notice's version, nor skipped by serde.
pub(super) fn data_fields(form: &Form) -> impl Iterator<Item = &crate::decl::Field> {
    // A `Checkbox` without `#[consent]` is a box left undeclared, which has its own error.
    let undeclared_box = |f: &crate::decl::Field| crate::ty::is_box_type(&f.ty) && !f.consent_written;
    form.fields.iter().filter(move |f| f.consent.is_none() && !f.is_version && !f.skipped && !undeclared_box(f))
}

/// The 2004 text has no place for these declarations: they would silently vanish from the notice.
pub(super) fn refused_under_lil2004(form: &Form, errors: &mut Errors) {
    let refuse = |what: &str| {
        (
            format!(
                "{what} is a GDPR declaration, and the `lil2004` regime reproduces the 2004 text, which has no place \
                 for it"
            ),
            "remove `law = \"lil2004\"` from `#[notice(..)]` (the default regime, `gdpr`, prints it), or remove it",
        )
    };
    for purpose in form.purposes.iter().filter(|p| p.sale) {
        let (message, help) = refuse("`sale` in `#[purpose(..)]`");
        errors.add(purpose.attr, message, help);
    }
    for field in &form.fields {
        let declared = field.art9.is_some() || !field.purposes.is_empty();
        if let (true, Some(site)) = (declared, &field.personal_data) {
            let (message, help) = refuse("`art9` or `purpose` in `#[personal_data(..)]`");
            errors.add(site, message, help);
        }
    }
}
