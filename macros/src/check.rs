//! Phase 2: the rules the law sets on a form (rules R01–R23 of the README's attribute table, with their articles).
//! Each rule reports every breach it finds, with a span on the struct or the offending attribute.

use crate::attr_kind::StructAttr;
use crate::checked::{BoxTarget, CheckedBox, CheckedForm};
use crate::decl::{Basis, Field, Form, Law, Named, ProspectingExt, ProspectingKind, english_name};
use crate::errors::Errors;
use crate::suggest::{did_you_mean, list};
use crate::ty::{is_box_type, last_segment, type_name};

/// Phase 2: every rule, all problems reported together. The checked form, when there was none (in parsing
/// either), carries what the rules proved.
pub(crate) fn form<'f>(form: &'f Form, errors: &mut Errors) -> Option<CheckedForm<'f>> {
    let rights_contact = required_mentions(form, errors);
    purposes(form, errors);
    prospecting_boxes(form, errors);
    boxes_without_purpose(form, errors);
    let boxes = consent_fields(form, errors);
    translations(form, errors);
    policy(form, errors);
    historical(form, errors);
    crate::rules::check(form, errors);
    if form.law_known {
        match form.law {
            Law::Gdpr => gdpr(form, errors),
            Law::Lil2004 => lil2004(form, errors),
        }
    }
    match rights_contact {
        Some(rights_contact) if errors.is_empty() => Some(CheckedForm::new(form, rights_contact, boxes)),
        _ => None,
    }
}

/// `historical` acknowledges the 2004 text; on a `gdpr` form it means nothing, and would hide a mistake.
fn historical(form: &Form, errors: &mut Errors) {
    if form.historical && form.law_known && form.law != Law::Lil2004 {
        errors.add(
            &form.ident,
            "`historical` in `#[notice(..)]` acknowledges the 2004 text of `law = \"lil2004\"`, and this form follows \
             the GDPR",
            "remove `historical`",
        );
    }
}

/// `#[notice(policy = "..")]` is a link the first level points to (CNIL's two-level notice); the 2004 text has
/// one level only.
fn policy(form: &Form, errors: &mut Errors) {
    let Some(policy) = &form.policy else { return };
    if form.law_known && form.law == Law::Lil2004 {
        errors.add_at(
            policy.span,
            "`policy` in `#[notice(..)]` links a short first level to the full notice, and the `lil2004` regime \
             reproduces the 2004 text, which has one level only",
            "remove `law = \"lil2004\"` from `#[notice(..)]` (the default regime, `gdpr`, has two levels), or remove \
             `policy`",
        );
    } else if !crate::render::is_safe_link(&policy.value) {
        errors.add_at(
            policy.span,
            format!("`policy` in `#[notice(..)]` is not a link: \"{}\" (the first level links to it)", policy.value),
            "write an `https://` address or a path on the same site, without spaces or quotes: \
             `policy = \"https://boutique.fr/confidentialite\"` or `policy = \"/confidentialite\"`",
        );
    }
}

/// `lil2004` reproduces the 2004 text: a GDPR-era declaration would be silently left out of it.
fn lil2004(form: &Form, errors: &mut Errors) {
    // The 2004 text no longer meets the GDPR: a form uses it only as a historical record, said so, which every
    // output then states first. An error rather than a warning, which `#![allow(deprecated)]` would silence (legal
    // review 3 L11).
    if !form.historical {
        errors.add_at(
            form.law_span.unwrap_or_else(proc_macro2::Span::call_site),
            "`#[notice(law = \"lil2004\")]` prints the 2004 French text, which no longer meets the GDPR (no \
             controller, legal basis, retention or complaint)",
            "remove `law = \"lil2004\"` to use the default `gdpr` regime and add what the compiler then asks for, or \
             write `#[notice(law = \"lil2004\", historical)]` to keep this form as a historical record",
        );
    }
    // The 2004 text is a French text with its English version: there is no other language to reproduce it in.
    let written = |lang: crate::Lang| lang.catalog().lil2004.is_some();
    if !written(form.lang) {
        errors.add_at(
            form.law_span.unwrap_or_else(proc_macro2::Span::call_site),
            format!(
                "`#[notice(law = \"lil2004\", lang = \"{}\")]`: the 2004 text exists in French and English only",
                form.lang.code()
            ),
            "write the form in `lang = \"fr\"` or `\"en\"`, or remove `law = \"lil2004\"` to use the default `gdpr` \
             regime, which writes in every language the library has",
        );
    }
    for translation in form.translations.iter().filter(|t| !written(t.lang)) {
        errors.add(
            translation.attr,
            format!(
                "`#[translation(lang = \"{}\")]` on a `lil2004` form: the 2004 text exists in French and English only",
                translation.lang.code()
            ),
            "remove this translation, or remove `law = \"lil2004\"` to use the default `gdpr` regime",
        );
    }
    // The 2004 text has no legal basis, interest or retention: `basis = "consent"` only tells which purpose a
    // box decides.
    for purpose in &form.purposes {
        let gdpr_keys = [
            ("basis", purpose.basis.filter(|b| *b != Basis::Consent).and(purpose.basis_span)),
            ("interest", purpose.interest.as_ref().map(|t| t.span)),
            ("retention", purpose.retention.as_ref().map(|t| t.span)),
        ];
        for (key, span) in gdpr_keys {
            if let Some(span) = span {
                errors.add_at(
                    span,
                    format!(
                        "`{key}` in `#[purpose(..)]` is a GDPR mention, and the `lil2004` regime reproduces the 2004 \
                         text, which has no place for it"
                    ),
                    format!(
                        "remove `law = \"lil2004\"` from `#[notice(..)]` (the default regime, `gdpr`, prints it), or \
                         remove `{key}`{}",
                        if key == "basis" {
                            " (under `lil2004` only `basis = \"consent\"` is read: it pairs a purpose with its box)"
                        } else {
                            ""
                        }
                    ),
                );
            }
        }
    }

    // In the order they are written: one message per attribute the 2004 text has no place for.
    for (kind, attr) in form.attrs.iter().filter(|(kind, _)| kind.gdpr_only()) {
        let name = kind.name();
        errors.add(
            attr,
            format!("`#[{name}]` is a GDPR mention, and the `lil2004` regime reproduces the 2004 text, which has no place for it"),
            "remove `law = \"lil2004\"` from `#[notice(..)]` (the default regime, `gdpr`, prints it), or remove this attribute",
        );
    }
}

/// Every descriptive text exists in every language the form declares (issue: several languages per form).
fn translations(form: &Form, errors: &mut Errors) {
    let translatable = form.translatable();
    for (index, translation) in form.translations.iter().enumerate() {
        let lang = translation.lang;
        if lang == form.lang {
            errors.add(
                translation.attr,
                format!("`#[translation(lang = \"{}\")]` translates into the form's own language", lang.code()),
                "a translation gives the form's texts in another language: change `lang`, or remove it",
            );
            continue;
        }
        if form.translations[..index].iter().any(|earlier| earlier.lang == lang) {
            errors.add(
                translation.attr,
                format!("a second `#[translation(lang = \"{}\")]`", lang.code()),
                "put every pair of this language in one `#[translation(..)]`",
            );
            continue;
        }
        for text in &translatable {
            if form.translate(&text.value, lang).is_none() {
                errors.add_at(
                    text.span,
                    format!(
                        "`#[translation(lang = \"{}\", ..)]` has no {} translation for \"{}\"",
                        lang.code(),
                        english_name(lang),
                        text.value
                    ),
                    format!("add `\"{}\" = \"...\"` to `#[translation(lang = \"{}\", ..)]`", text.value, lang.code()),
                );
            }
        }
        for (from, to) in &translation.pairs {
            // The policy's address may be given per language (`"/confidentialite" = "/en/privacy"`), not must.
            if form.policy.as_ref().is_some_and(|policy| policy.value == from.value) {
                if !crate::render::is_safe_link(&to.value) {
                    errors.add_at(
                        to.span,
                        format!("the translation of `policy` is not a link: \"{}\"", to.value),
                        "write an `https://` address or a path on the same site, as for `policy` itself",
                    );
                }
                continue;
            }
            if !translatable.iter().any(|text| text.value == from.value) {
                errors.add_at(
                    from.span,
                    format!("`#[translation(..)]` translates \"{}\", which is not a text of this form", from.value),
                    format!(
                        "{}write the text exactly as in the attribute it translates",
                        did_you_mean(&from.value, translatable.iter().map(|t| t.value.as_str()))
                    ),
                );
            }
        }
    }
}

/// The mentions every form carries: purpose, recipients, where to exercise rights (loi 78-17 art. 32-I;
/// GDPR Art. 13(1)(c), (e), Art. 12(2); R01).
/// Returns where the person exercises their rights, if the form says.
fn required_mentions<'f>(form: &'f Form, errors: &mut Errors) -> Option<&'f crate::decl::Text> {
    let ident = &form.ident;
    if !form.has(StructAttr::Purpose) {
        errors.add(
            ident,
            format!("`{ident}` has no `#[purpose(..)]`: the notice must say what the data is used for (GDPR Art. 13(1)(c); R01)"),
            match form.law {
                Law::Gdpr => {
                    "add `#[purpose(\"la gestion de vos commandes\", data_use = \"essential.service\", basis = \
                     \"contract\", retention = \"3 ans après votre dernière commande\")]` above the struct, one per \
                     purpose"
                }
                Law::Lil2004 => "add `#[purpose(\"la gestion de vos commandes\")]` above the struct, one per purpose",
            },
        );
    }
    // A recipient declared with its country (`#[recipient("..", country = "..")]`) is a recipient too.
    if !form.has(StructAttr::Recipients) && !form.has(StructAttr::Recipient) {
        errors.add(
            ident,
            format!("`{ident}` has no `#[recipients(..)]`: the notice must say who receives the data (GDPR Art. 13(1)(e); R01)"),
            "add `#[recipients(\"notre service commercial\", \"nos transporteurs\")]` above the struct",
        );
    }
    if !form.has(StructAttr::RightsContact) {
        errors.add(
            ident,
            format!(
                "`{ident}` has no `#[rights_contact(..)]`: the notice must say where the person exercises their rights (GDPR \
                 Art. 12(2); R01)"
            ),
            "add `#[rights_contact(\"Service clientèle, 12 rue de la Paix, 75002 Paris\")]` above the struct",
        );
    }
    form.rights_contact.as_ref()
}

/// Purpose ids are unique; a consent-based purpose has an id and a box (R04, R06).
fn purposes(form: &Form, errors: &mut Errors) {
    for (index, purpose) in form.purposes.iter().enumerate() {
        if let Some(id) = &purpose.id {
            let earlier = form.purposes[..index].iter().any(|p| p.id.as_ref().is_some_and(|i| i.value == id.value));
            if earlier {
                errors.add_at(
                    id.span,
                    format!("two `#[purpose(..)]` have the id `{}`", id.value),
                    "give each purpose its own `id`",
                );
            }
        }
        // A purpose's box: its consent box, or the objection box of a marketing purpose on legitimate interests.
        let boxed = purpose.id.as_ref().is_some_and(|id| form.consent_fields().any(|(_, c)| c.id.value == id.value));
        if let Some(label) = purpose.label.as_ref().filter(|_| purpose.basis != Some(Basis::Consent) && !boxed) {
            errors.add_at(
                label.span,
                "`label` in `#[purpose(..)]` is the text of the purpose's box, and this purpose has no box: its basis \
                 is not `consent`, and no `#[consent(..)]` field objects to it",
                "remove `label`, or make it a consent purpose: `basis = \"consent\", id = \"..\"` with its \
                 `#[consent(..)]` field",
            );
        }
        if purpose.basis != Some(Basis::Consent) || !purpose.complete {
            continue;
        }
        match &purpose.id {
            None => errors.add(
                purpose.attr,
                "this `#[purpose(..)]` has `basis = \"consent\"` but no `id`, which its `#[consent(ID)]` box needs (GDPR Art. 7)",
                "add `id = \"newsletter\"` to this `#[purpose(..)]`, and a field `#[consent(newsletter)] newsletter: Checkbox`",
            ),
            Some(id) if !form.consent_fields().any(|(_, c)| c.id.value == id.value) && !misspelled_as(form, &id.value) => errors.add(
                purpose.attr,
                format!(
                    "the `#[purpose(..)]` `{0}` is based on consent but no field has `#[consent({0})]` (GDPR Art. 7; Recital 32)",
                    id.value
                ),
                add_box(form, &id.value, &id.value),
            ),
            Some(_) => {}
        }
    }
}

/// How to give the purpose `id` its box: annotate a `Checkbox` field that has no `#[consent]` yet, if the form has
/// one, else add a field named `example`.
fn add_box(form: &Form, id: &str, example: &str) -> String {
    match unannotated_boxes(form).next() {
        Some(field) => format!("annotate the box that is already there: `#[consent({id})]` on `{}`", field.ident),
        None => format!("add a field `#[consent({id})] {example}: privacy_notice::Checkbox`"),
    }
}

/// The `Checkbox` fields without `#[consent(..)]`.
fn unannotated_boxes(form: &Form) -> impl Iterator<Item = &crate::decl::Field> {
    form.fields.iter().filter(|f| !f.consent_written && !f.skipped && crate::ty::is_box_type(&f.ty))
}

/// A `Checkbox` field without `#[consent(..)]` is a box the notice does not know: the person would tick it and
/// nothing would be recorded (GDPR Art. 7(1)).
fn boxes_without_purpose(form: &Form, errors: &mut Errors) {
    let declared = declared_ids(form);
    // A declaration without its box already says to annotate this field (`add_box`): one message, not two.
    let unboxed = declared.iter().any(|(id, _)| !form.consent_fields().any(|(_, c)| c.id.value == *id));
    // A consent purpose without an id is told to get one and its box.
    let unnamed = form.purposes.iter().any(|p| p.basis == Some(Basis::Consent) && p.id.is_none());
    if unboxed || unnamed {
        return;
    }
    let ids: Vec<String> = declared.iter().map(|(id, _)| format!("`{id}`")).collect();
    for field in unannotated_boxes(form) {
        let which = if ids.is_empty() { String::new() } else { format!(" (one of {})", ids.join(", ")) };
        errors.add(
            &field.ident,
            format!(
                "`{}` is a `Checkbox` without `#[consent(..)]`: the notice does not show it, and what the person ticks \
                 there would be recorded nowhere (GDPR Art. 7(1))",
                field.ident
            ),
            format!("add `#[consent(ID)]` naming the purpose it decides{which}, or give the field another type"),
        );
    }
}

/// Each prospecting declaration has its box (seed: « cochez la case ci-contre »; R14, R16, R17).
fn prospecting_boxes(form: &Form, errors: &mut Errors) {
    for prospecting in &form.prospecting {
        let id = prospecting.kind.id();
        if !form.consent_fields().any(|(_, c)| c.id.value == id) && !misspelled_as(form, id) {
            errors.add(
                prospecting.name,
                format!("`#[{id}]` needs its checkbox: no field has `#[consent({id})]`"),
                add_box(form, id, prospecting.kind.example_field()),
            );
        }
    }
}

/// Every box names a declared purpose, once; is a `Checkbox`; is read from the form; cannot be pre-ticked
/// or required (GDPR Art. 7, Recitals 32 and 43; R04, R05, R06).
///
/// Returns the boxes whose id names a declaration, with what each decides.
fn consent_fields<'f>(form: &'f Form, errors: &mut Errors) -> Vec<CheckedBox<'f>> {
    let declared = declared_ids(form);
    let ids: Vec<&str> = declared.iter().map(|(id, _)| *id).collect();
    let mut boxes = Vec::new();
    for (index, field) in form.fields.iter().enumerate() {
        let Some(consent) = &field.consent else { continue };
        let id = consent.id.value.as_str();
        if boxes.iter().any(|earlier: &CheckedBox<'_>| earlier.id() == id) {
            errors.add(
                consent.attr,
                format!(
                    "a second `#[consent({id})]` box: one purpose has one box (GDPR Recital 43; EDPB 05/2020 §42; R06)"
                ),
                format!("keep a single field with `#[consent({id})]`"),
            );
        }
        match declared.iter().find(|(declared, _)| *declared == id) {
            Some((_, target)) => boxes.push(CheckedBox { field, index, consent, target: *target }),
            None => undeclared_id(form, id, &consent.id.span, &ids, errors),
        }
        box_field(field, id, errors);
    }
    boxes
}

/// The ids a box may name, with what each decides: the prospecting cases declared, and the purposes that
/// take a box.
fn declared_ids(form: &Form) -> Vec<(&str, BoxTarget<'_>)> {
    let mut declared: Vec<(&str, BoxTarget<'_>)> =
        form.prospecting.iter().map(|p| (p.kind.id(), BoxTarget::Prospecting(p))).collect();
    // A consent purpose has an "I agree" box; a marketing purpose on legitimate interest may have an "I object"
    // box (postal marketing at collection; B2B e-mail, R15).
    declared.extend(
        form.purposes
            .iter()
            .filter(|p| {
                p.basis == Some(Basis::Consent) || p.marketing.is_some() && p.basis == Some(Basis::LegitimateInterests)
            })
            .filter_map(|p| p.id.as_ref().map(|id| (id.value.as_str(), BoxTarget::Purpose(p)))),
    );
    declared
}

/// The declared id a misspelled `#[consent(..)]` most likely meant: among the declared ids that have no box
/// yet, the nearest by spelling, or the only one left.
fn meant_id<'a>(form: &'a Form, typed: &str) -> Option<&'a str> {
    let boxed = |id: &str| form.consent_fields().any(|(_, c)| c.id.value == id);
    let unboxed: Vec<&str> = declared_ids(form).into_iter().map(|(id, _)| id).filter(|id| !boxed(id)).collect();
    // Closer than any other, and sharing at least half its letters with the typed id.
    let distance = |id: &str| crate::suggest::edit_distance(typed, id);
    let best = unboxed.iter().copied().min_by_key(|id| distance(id));
    best.filter(|id| distance(id) <= typed.chars().count().max(id.chars().count()) / 2)
        .or_else(|| (unboxed.len() == 1).then(|| unboxed[0]))
}

/// Whether some box names an undeclared id that most likely meant `id`: its "no box" error would repeat the
/// typo's (one mistake, one error).
fn misspelled_as(form: &Form, id: &str) -> bool {
    let declared: Vec<&str> = declared_ids(form).into_iter().map(|(id, _)| id).collect();
    form.consent_fields()
        .map(|(_, c)| c.id.value.as_str())
        .filter(|typed| {
            !declared.contains(typed) && ProspectingKind::from_id(typed).is_none() && form.purpose(typed).is_none()
        })
        .any(|typed| meant_id(form, typed) == Some(id))
}

/// A box whose id matches no declaration.
fn undeclared_id(form: &Form, id: &str, span: &proc_macro2::Span, declared: &[&str], errors: &mut Errors) {
    if let Some(kind) = ProspectingKind::from_id(id) {
        errors.add_at(
            *span,
            format!("`#[consent({id})]` but the struct has no `#[{id}]` to explain this box"),
            format!("add `#[{}]` above the struct", kind.id()),
        );
    } else if let Some(purpose) = form.purpose(id) {
        errors.add(
            purpose.attr,
            format!("`#[consent({id})]` names the purpose `{id}`, whose basis is not `consent`"),
            "add `basis = \"consent\"` to this `#[purpose(..)]`, or remove the box",
        );
    } else {
        // What the form declares and has no box for yet comes first; then any prospecting case.
        let suggestion = match meant_id(form, id) {
            Some(meant) => format!("did you mean `{meant}`? "),
            None => did_you_mean(id, ProspectingKind::ALL.iter().map(|k| k.id()).chain(declared.iter().copied())),
        };
        errors.add_at(
            *span,
            format!("`#[consent({id})]` names no declared purpose"),
            format!(
                "{suggestion}a box decides {} or the `id` of a `#[purpose(.., basis = \"consent\")]`",
                list(ProspectingKind::ALL.iter().map(|k| k.id()))
            ),
        );
    }
}

/// The field itself: its type, whether serde reads it, and nothing that could tick it for the person.
fn box_field(field: &Field, id: &str, errors: &mut Errors) {
    let is_bool = last_segment(&field.ty).is_some_and(|last| last.ident == "bool");
    if is_bool {
        errors.add(
            &field.ty,
            format!(
                "the `#[consent(..)]` box `{}` is a `bool`: form decoders (serde_urlencoded, serde_html_form, \
                 serde_qs) send `on` for a ticked box and nothing for an unticked one, which a `bool` rejects at run \
                 time; a consent box is a `privacy_notice::Checkbox`",
                field.ident
            ),
            format!(
                "declare it as `{}: privacy_notice::Checkbox`: it reads `on`, `true`, `1`, `yes` and an absent box, \
                 through serde and, with the `rocket` feature, through Rocket's `FromForm`",
                field.ident
            ),
        );
    } else if !is_box_type(&field.ty) {
        errors.add(
            &field.ty,
            format!(
                "the `#[consent(..)]` box `{}` has type `{}`; a consent box is a `privacy_notice::Checkbox`",
                field.ident,
                type_name(&field.ty)
            ),
            format!(
                "declare it as `{}: privacy_notice::Checkbox` (with Rocket's `FromForm`, enable the `rocket` \
                 feature of `privacy-notice`: `Checkbox` is then a Rocket form field)",
                field.ident
            ),
        );
    }
    if let Some(span) = field.deserialize_with {
        errors.add_at(
            span,
            format!(
                "`#[serde(deserialize_with = \"..\")]` on the box `{}`: a function, not the person, would decide \
                 whether it is ticked (GDPR Recital 32; Planet49)",
                field.ident
            ),
            "remove it: `Checkbox` reads what browsers and form libraries send",
        );
    }
    if field.skipped {
        errors.add(
            &field.ident,
            format!("the box `{}` has `#[serde(skip)]`, so the person's choice would never be read", field.ident),
            "remove `skip` / `skip_deserializing` from this field",
        );
    }
    if let Some(span) = field.default_fn {
        errors.add_at(
            span,
            format!(
                "`#[serde(default = \"..\")]` on the box `{}` could tick it for the person (GDPR Recital 32; Planet49)",
                field.ident
            ),
            "remove it: an absent `Checkbox` is already unticked",
        );
    }
    if let Some(span) = field.rocket_default {
        errors.add_at(
            span,
            format!(
                "Rocket's `#[field(default ..)]` on the box `{}`: Rocket fills an absent box with it, which could tick \
                 it for the person (GDPR Recital 32; Planet49)",
                field.ident
            ),
            "remove it: an absent `Checkbox` is already unticked",
        );
    }
    if let Some(attr) = &field.personal_data {
        errors.add(
            attr,
            format!(
                "`#[personal_data]` on the box `{}`: a consent box is never required (GDPR Art. 7(4))",
                field.ident
            ),
            format!("remove `#[personal_data(..)]` from the `#[consent({id})]` field"),
        );
    }
}

/// What the GDPR adds (Art. 13(1) and (2)): the controller, one basis and a retention per purpose, the
/// interest of a legitimate-interests purpose, identifiable partners (Art. 13; R01, R02, R03, R16).
fn gdpr(form: &Form, errors: &mut Errors) {
    let ident = &form.ident;
    if !form.has(StructAttr::Controller) {
        errors.add(
            ident,
            format!("`{ident}` has no `#[controller(..)]`: under `gdpr` the notice names who is responsible for the data (Art. 13(1)(a); R01)"),
            "add `#[controller(name = \"Boutique SAS\", address = \"12 rue de la Paix, 75002 Paris\", contact = \"dpo@boutique.fr\", country = \"FR\")]`",
        );
    }
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        match purpose.basis {
            None => errors.add(
                purpose.attr,
                "this `#[purpose(..)]` has no `basis`: under `gdpr` each purpose states its legal basis (Art. 13(1)(c); R02)",
                format!("add `basis = \"..\"`, one of {}", list(Basis::names())),
            ),
            Some(Basis::LegitimateInterests) if purpose.interest.is_none() => errors.add(
                purpose.attr,
                "this `#[purpose(..)]` is based on `legitimate_interests` but has no `interest`: the notice must say which interest (Art. 13(1)(d); R03)",
                "add `interest = \"prévenir la fraude\"` to this `#[purpose(..)]`",
            ),
            Some(_) => {}
        }
    }
    if !form.has(StructAttr::Retention) {
        let without: Vec<&str> =
            form.purposes.iter().filter(|p| p.retention.is_none()).map(|p| p.text.value.as_str()).collect();
        if !without.is_empty() {
            errors.add(
                ident,
                format!(
                    "`{ident}` has no `#[retention(..)]` and no `retention = ..` for {}: under `gdpr` the notice says how \
                     long the data is kept (Art. 13(2)(a); R02)",
                    list(without.iter().copied())
                ),
                "add `#[retention(\"3 ans après notre dernier contact\")]` above the struct, or `retention = \"..\"` to each purpose",
            );
        }
    }
    if let Some(optin) = form.prospecting(ProspectingKind::PartnerEmailOptin) {
        if optin.partners.is_none() {
            errors.add(
                optin.attr,
                "`#[partner_email_optin]` has no `partners`: under `gdpr` the partners who receive e-mail addresses must be identifiable on the form (CNIL; R16)",
                "name them or link to their list: `#[partner_email_optin(partners = \"https://example.fr/partenaires\")]`",
            );
        }
    }
    gdpr_prospecting(form, errors);
    gdpr_mentions(form, errors);
}

/// Postal transfers name the partner categories (R17); soft opt-in only follows a sale (R14).
fn gdpr_prospecting(form: &Form, errors: &mut Errors) {
    if let Some(optout) = form.prospecting(ProspectingKind::PartnerOptout) {
        if optout.partners.is_none() {
            errors.add(
                optout.attr,
                "`#[partner_optout]` has no `partners`: under `gdpr` a transfer to partners for postal prospecting names \
                 the categories of partners (CNIL 2018; R17)",
                "write `#[partner_optout(partners = \"des éditeurs de presse et des associations\")]`",
            );
        }
    }
    if let Some(similar) = form.prospecting(ProspectingKind::SimilarOffersOptout) {
        if !form.purposes.iter().any(|p| p.sale) {
            errors.add(
                similar.attr,
                "`#[similar_offers_optout]` (soft opt-in) is only lawful for data collected during a sale, and no \
                 purpose of this form is marked `sale` (CPCE L34-5 al. 4; R14): creating an account is not a sale",
                "if the form is a sale, mark it: `#[purpose(\"la gestion de vos commandes\", basis = \"contract\", \
                 sale)]`; otherwise (an account, a newsletter) ask for consent with a `#[purpose(.., id = \"offers\", \
                 basis = \"consent\", data_use = \"marketing.communications.email\")]` box",
            );
        }
    }
}

/// A withdrawal route for consent (R04), a representative for a controller outside the EU (R08), why
/// mandatory fields are mandatory (R10).
fn gdpr_mentions(form: &Form, errors: &mut Errors) {
    if form.asks_consent() && !form.has(StructAttr::Withdrawal) {
        errors.add(
            &form.ident,
            format!(
                "`{}` asks for consent but has no `#[withdrawal(..)]`: the notice must say where to withdraw it as \
                 easily as it was given (GDPR Art. 7(3), 13(2)(c); R04)",
                form.ident
            ),
            "add `#[withdrawal(\"https://boutique.fr/mon-compte/consentements\")]`: the page or address where a \
             person withdraws",
        );
    }
    if let Some(controller) = &form.controller {
        if controller.outside_eu && !form.has(StructAttr::Representative) {
            errors.add(
                controller.attr,
                format!(
                    "`#[controller(.., country = \"{}\")]` needs a `#[representative(..)]`: a controller established \
                     outside the EEA names its representative in the EU (GDPR Art. 27, 13(1)(a); R08)",
                    controller.country.as_ref().map_or("", |c| c.value.as_str())
                ),
                "add `#[representative(name = \"Boutique EU SARL\", contact = \"eu@boutique.com\")]`",
            );
        }
    }
    let first_required = form.fields.iter().filter(|f| f.required).find_map(|f| f.personal_data.as_ref());
    if let Some(required) = first_required {
        if !form.has(StructAttr::DataRequirement) {
            errors.add(
                required,
                "`#[personal_data(required)]` needs a `#[data_requirement(..)]`: the notice must say why mandatory \
                 fields are needed and what happens without them (GDPR Art. 13(2)(e); R10)",
                "add `#[data_requirement(reason = \"traiter votre commande\", consequence = \"nous ne pourrons pas \
                 la livrer\")]` above the struct",
            );
        }
    }
}
