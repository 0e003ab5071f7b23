//! Consent as the GDPR defines it (Art. 4(11), 7): boxes no one but the person fills (R05), one purpose each
//! (R06, in `check.rs`), never bundled with terms nor a condition (R07), labels that say what a tick means (R35),
//! and the version sent back so that a lost box fails loudly (R20), default labels in one voice (R44).

use super::special::is_consent_purpose;
use crate::decl::{Basis, Form, ProspectingExt, ProspectingKind};
use crate::errors::Errors;
use crate::suggest::did_you_mean;

/// Words of the terms of sale or of a service's conditions (lower case).
pub(super) const TERMS_WORDS: &[&str] = &[
    "cgv",
    "cgu",
    "conditions générales",
    "conditions generales",
    "conditions d’utilisation",
    "conditions d'utilisation",
    "terms of sale",
    "terms and conditions",
    "terms of service",
    "terms of use",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "agb",
    "allgemeinen geschäftsbedingungen",
    "allgemeine geschäftsbedingungen",
    "nutzungsbedingungen",
    "condiciones generales",
    "términos y condiciones",
    "condiciones de uso",
    "condizioni generali",
    "termini e condizioni",
    "condizioni d’uso",
    "condizioni di utilizzo",
    "algemene voorwaarden",
    "gebruiksvoorwaarden",
    "regulamin",
    "ogólne warunki",
    "warunki korzystania",
    "condições gerais",
    "termos e condições",
    "termos de utilização",
];

/// Words that make a box a condition of something else (lower case).
const CONDITION_WORDS: &[&str] = &[
    "pour participer",
    "afin de participer",
    "pour valider",
    "obligatoire",
    "indispensable",
    "to take part",
    "to enter the",
    "to participate",
    "required to",
    "mandatory",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "um teilzunehmen",
    "zur teilnahme",
    "erforderlich, um",
    "pflicht",
    "para participar",
    "obligatorio",
    "necesario para",
    "per partecipare",
    "obbligatori",
    "necessario per",
    "om deel te nemen",
    "verplicht",
    "vereist om",
    "aby wziąć udział",
    "obowiązkow",
    "wymagane do",
    "obrigatóri",
    "necessário para",
];

/// Words that say no: an opt-in box worded so would record a tick as a grant (lower case, at the start).
const NO_WORDS: &[&str] = &[
    "je ne souhaite pas",
    "je ne veux pas",
    "je refuse",
    "je m’oppose",
    "je m'oppose",
    "ne pas ",
    "non,",
    "i do not",
    "i don't",
    "i don’t",
    "i object",
    "i refuse",
    "do not ",
    "no,",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "ich möchte nicht",
    "ich will nicht",
    "ich widerspreche",
    "ich lehne",
    "nicht ",
    "no deseo",
    "no quiero",
    "me opongo",
    "rechazo",
    "non desidero",
    "non voglio",
    "mi oppongo",
    "rifiuto",
    "ik wil niet",
    "ik maak bezwaar",
    "ik weiger",
    "niet ",
    "nie chcę",
    "nie wyrażam",
    "sprzeciwiam",
    "odmawiam",
    "não desejo",
    "não quero",
    "oponho-me",
    "recuso",
];

/// Words that say yes: an objection box worded so would record a tick as a refusal (lower case, at the start).
const YES_WORDS: &[&str] = &[
    "j’accepte",
    "j'accepte",
    "je souhaite",
    "je veux",
    "oui",
    "i agree",
    "i accept",
    "yes",
    "i want",
    "i would like",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "ich willige",
    "ich stimme",
    "ich möchte",
    "ich bin einverstanden",
    "ja ",
    "acepto",
    "deseo",
    "quiero",
    "consiento",
    "sí,",
    "sí ",
    "acconsento",
    "accetto",
    "desidero",
    "voglio",
    "sì,",
    "sì ",
    "ik ga akkoord",
    "ik geef toestemming",
    "ik wil",
    "ja,",
    "wyrażam zgodę",
    "zgadzam",
    "chcę",
    "tak,",
    "tak ",
    "aceito",
    "autorizo",
    "desejo",
    "quero",
    "sim,",
    "sim ",
];

/// The rules that hold under both regimes.
pub(super) fn always(form: &Form, errors: &mut Errors) {
    field_declarations(form, errors);
    default_labels(form, errors);
    serde_default(form, errors);
    version_fields(form, errors);
}

/// The `gdpr` consent rules.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    consent_as_condition(form, errors);
    opt_out_needs_version(form, errors);
    labels(form, errors);
}

/// Words in which a purpose speaks as the company or to the person (lower case, whole words).
const VOICE_WORDS: &[&str] = &[
    "nous", "notre", "nos", "vous", "votre", "vos", "we", "our", "ours", "us", "you", "your",
    // German, Spanish, Italian, Dutch, Polish, Portuguese: the company's « we » and the formal « you » where the
    // word can mean nothing else.
    "wir", "uns", "unser", "unsere", "unserer", "unseres", "unserem", "unseren", "ihr", "ihre", "ihrer", "ihres",
    "ihrem", "ihren", "nosotros", "nuestro", "nuestra", "nuestros", "nuestras", "usted", "ustedes", "noi", "nostro",
    "nostra", "nostri", "nostre", "wij", "ons", "onze", "uw", "nasz", "nasza", "nasze", "naszego", "naszej", "naszych",
    "naszym", "państwa", "nós", "nosso", "nossa", "nossos", "nossas", "você", "vocês",
];

/// R44 (Art. 7(2): a request for consent in clear and plain language): a box without its own `label` reads « J’accepte
/// que mes données soient utilisées pour : {purpose} », in the person's voice; a purpose written as the company
/// speaks (« nos conseils », « vous appeler ») would mix two voices in one sentence (legal review 3 M3).
fn default_labels(form: &Form, errors: &mut Errors) {
    for (_, consent) in form.consent_fields() {
        let Some(purpose) = form.purpose(&consent.id.value) else { continue };
        // Only the boxes a purpose may have: its consent, or the objection to marketing on legitimate interests
        // (a box on another purpose is refused by R04 on its own).
        let objection = purpose.basis == Some(Basis::LegitimateInterests)
            && purpose.data_use.as_ref().is_some_and(|u| crate::taxonomy::is_direct_marketing(&u.value));
        if purpose.label.is_some() || !(purpose.basis == Some(Basis::Consent) || objection) {
            continue;
        }
        // The purpose's text and its translations: each language's default label reads the same way.
        let translated =
            form.translations.iter().flat_map(|t| &t.pairs).filter(|(from, _)| from.value == purpose.text.value);
        let texts = std::iter::once(&purpose.text.value).chain(translated.map(|(_, to)| &to.value));
        let voiced = |text: &String| {
            let lower = text.to_lowercase();
            lower.split(|c: char| !c.is_alphanumeric()).find(|w| VOICE_WORDS.contains(w)).map(str::to_string)
        };
        let Some(word) = texts.into_iter().find_map(voiced) else { continue };
        // The default label in the form's own language, as the notice would print it.
        let words = form.lang.catalog();
        let template = if objection { words.notice.box_object } else { words.notice.box_agree };
        let default = words.fill(template, &[("purpose", &purpose.text.value)]);
        let example = if objection {
            "Je ne souhaite pas recevoir les offres de Boutique SAS par e-mail."
        } else {
            "Je souhaite recevoir la lettre d’information de Boutique SAS."
        };
        errors.add(
            purpose.attr,
            format!(
                "the box of \"{text}\" has no `label`: its default label, « {default} », would speak in the \
                 person's voice and in the company's (« {word} ») in one sentence (GDPR Art. 7(2); R44)",
                text = purpose.text.value
            ),
            format!(
                "add `label = \"..\"`: the whole sentence the box says, in the person's voice (`label = \"{example}\"`), \
                 and its translation"
            ),
        );
    }
}

/// `required` on an `Option` (it accepts nothing); `purpose = ".."` naming no purpose.
fn field_declarations(form: &Form, errors: &mut Errors) {
    let ids: Vec<&str> = form.purpose_ids().collect();
    for field in &form.fields {
        let Some(site) = &field.personal_data else { continue };
        if field.required && crate::ty::last_segment(&field.ty).is_some_and(|last| last.ident == "Option") {
            errors.add(
                site,
                format!(
                    "`required` in `#[personal_data(..)]` on `{}`, an `Option`: the form accepts it empty, so the \
                     notice would call mandatory a field that is not",
                    field.ident
                ),
                format!("make `{}` a `String`, or remove `required`", field.ident),
            );
        }
        if field.required && field.label.is_none() && field.consent.is_none() {
            errors.add(
                site,
                format!(
                    "`required` on `{}` without a `label`: the notice names the mandatory fields to the person, and \
                     `{}` is a name in code, not in the form's language",
                    field.ident, field.name
                ),
                "add `label = \"..\"`, the field's name as the form shows it: `#[personal_data(required, label = \
                 \"adresse e-mail\")]`",
            );
        }
        for id in field.purposes.iter().filter(|id| !ids.contains(&id.value.as_str())) {
            errors.add_at(
                id.span,
                format!("`purpose = \"{}\"` in `#[personal_data(..)]` names no purpose of this form", id.value),
                format!(
                    "{}write the `id` of a `#[purpose(..)]` or a prospecting attribute, several separated by commas",
                    did_you_mean(&id.value, ids.iter().copied())
                ),
            );
        }
    }
}

/// One `NoticeVersion` field at most.
fn version_fields(form: &Form, errors: &mut Errors) {
    for extra in form.version_fields().skip(1) {
        errors.add(
            &extra.ident,
            format!("a second `NoticeVersion` field, `{}`: the page sends one version back", extra.ident),
            "keep one `notice_version: privacy_notice::NoticeVersion`",
        );
    }
}

/// R20: an "I object" box that never reaches the struct reads as "did not object": under `gdpr` a form with such a
/// box sends the notice's version back, so that a submission whose names do not match the struct fails loudly.
fn opt_out_needs_version(form: &Form, errors: &mut Errors) {
    let objecting = |id: &str| {
        ProspectingKind::from_id(id).is_some_and(|kind| !kind.opts_in())
            || form.purpose(id).is_some_and(|p| p.marketing.is_some() && p.basis == Some(Basis::LegitimateInterests))
    };
    let Some((field, _)) = form.consent_fields().find(|(_, c)| objecting(&c.id.value)) else { return };
    if form.version_fields().next().is_none() {
        errors.add(
            &form.ident,
            format!(
                "`{}` has an \"I object\" box, `{}`, and no `NoticeVersion` field: if the box were submitted under a \
                 name the struct does not read (a framework that prefixes names, a renamed field), it would count as \
                 \"did not object\" without anyone noticing (R20)",
                form.ident, field.ident
            ),
            "add a field `notice_version: privacy_notice::NoticeVersion`: the notice's HTML sends it back in a hidden \
             input, and a submission without it fails to deserialize",
        );
    }
}

/// R05: `#[serde(default)]` on the struct fills a missing box from the struct's `Default`, which the person never
/// saw.
fn serde_default(form: &Form, errors: &mut Errors) {
    if let (Some(span), true) = (form.serde_default, form.consent_fields().next().is_some()) {
        errors.add_at(
            span,
            format!(
                "`#[serde(default)]` on `{}` fills every missing field from its `Default`, the boxes included: an \
                 absent box could read as ticked (GDPR Recital 32; Planet49; R05)",
                form.ident
            ),
            "remove `#[serde(default)]` from the struct, and put `#[serde(default)]` on the fields that need it \
             (an absent `Checkbox` is already unticked)",
        );
    }
}

/// R07 (Art. 7(4)): a field that serves only consent purposes cannot be required, or consent becomes a condition.
fn consent_as_condition(form: &Form, errors: &mut Errors) {
    for field in form.fields.iter().filter(|f| f.required && !f.purposes.is_empty()) {
        if field.purposes.iter().all(|id| is_consent_purpose(form, &id.value))
            && let Some(site) = &field.personal_data
        {
            errors.add(
                site,
                format!(
                    "`required` on `{}`, which serves only consent purposes: refusing would mean not using the \
                     form, so consent would be a condition of the service (GDPR Art. 7(4); R07)",
                    field.ident
                ),
                "remove `required`: the person may leave the field empty and refuse",
            );
        }
    }
}

/// The texts of a consent box: its label, else its purpose's text; with whether ticking it agrees.
fn box_texts(form: &Form) -> Vec<(&crate::decl::Text, bool)> {
    let mut texts = Vec::new();
    for (_, consent) in form.consent_fields() {
        let id = consent.id.value.as_str();
        if let Some(purpose) = form.purpose(id) {
            let opts_in = purpose.basis == Some(Basis::Consent);
            texts.extend(purpose.label.iter().map(|label| (label, opts_in)));
            if opts_in {
                texts.push((&purpose.text, true));
            }
        }
    }
    texts
}

/// R07: no box bundled with the terms of sale or made a condition; R35: a box's label says what a tick means.
fn labels(form: &Form, errors: &mut Errors) {
    for (text, opts_in) in box_texts(form) {
        let lower = text.value.to_lowercase();
        if let Some(word) = super::wording::found(&text.value, TERMS_WORDS).filter(|w| !form.allows_word(w)) {
            errors.add_at(
                text.span,
                format!(
                    "the text of the `#[consent(..)]` box, \"{}\", speaks of « {word} »: consent is asked separately from the terms, never \
                     in the same box (GDPR Art. 7(2); R07)",
                    text.value
                ),
                "accept the terms with a control of their own (a contract needs no consent box), and keep this box \
                 for the purpose alone",
            );
        }
        if let Some(word) = super::wording::found(&text.value, CONDITION_WORDS).filter(|w| !form.allows_word(w)) {
            errors.add_at(
                text.span,
                format!(
                    "the text of the `#[consent(..)]` box, \"{}\", makes consent a condition (« {word} »): a service, a contest or a prize \
                     draw cannot depend on agreeing to another purpose (GDPR Art. 7(4), Recital 43; R07)",
                    text.value
                ),
                "word the box as a free choice, and let the person take part without ticking it",
            );
        }
        let says_no = NO_WORDS.iter().any(|w| lower.trim_start().starts_with(w));
        let says_yes = YES_WORDS.iter().any(|w| lower.trim_start().starts_with(w));
        if opts_in && says_no {
            errors.add_at(
                text.span,
                format!(
                    "the `label` of an opt-in box, \"{}\", says no: a tick would be recorded as agreement to what the person \
                     refused (GDPR Art. 4(11); R35)",
                    text.value
                ),
                "word it as an agreement: `label = \"J’accepte de recevoir …\"`",
            );
        } else if !opts_in && says_yes {
            errors.add_at(
                text.span,
                format!(
                    "the `label` of an objection box, \"{}\", says yes: a tick would be recorded as an objection to what the \
                     person accepted (GDPR Art. 21; R35)",
                    text.value
                ),
                "word it as an objection: `label = \"Je ne souhaite pas recevoir …\"`",
            );
        }
    }
}
