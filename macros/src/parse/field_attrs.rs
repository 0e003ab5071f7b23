//! The attributes of a field: `#[consent(..)]` and `#[personal_data(..)]`.

use syn::ext::IdentExt;
use syn::{Attribute, Ident};

use super::key;
use super::struct_attrs::purpose_ids;
use super::syntax::*;
use crate::args::Arg;
use crate::attr_kind::{FieldAttr, StructAttr};
use crate::decl::{Art9Condition, ConsentBox, Field, Named, Site, Text};
use crate::errors::Errors;
use crate::serde_names;
use crate::taxonomy::List;

/// `#[consent(ID)]`: exactly one id, an identifier or a string; never a pre-ticked flag.
pub(super) fn consent(attr: &Attribute, errors: &mut Errors) -> Option<ConsentBox> {
    let syntax = of_field(FieldAttr::Consent);
    let args = arguments(attr, syntax, errors)?;
    let mut ids = Vec::new();
    for arg in &args {
        match arg {
            Arg::Flag(ident) if !PRE_TICKED.contains(&ident.unraw().to_string().as_str()) => {
                ids.push(Text { value: ident.unraw().to_string(), span: ident.span() })
            }
            Arg::Lit(lit) => ids.extend(string_lit(lit, "the purpose id", syntax, errors)),
            Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key) => unknown_argument(key, syntax, errors),
            Arg::Pair(lit, _) => {
                errors.add(lit, "`#[consent(..)]` takes the id of a purpose", "write `#[consent(partner_optout)]`")
            }
        }
    }
    match ids.len() {
        0 if args.is_empty() => {
            errors.add(
                attr,
                "`#[consent]` needs the id of the purpose this box decides",
                "write `#[consent(partner_optout)]`, or the `id` of a purpose with `basis = \"consent\"`",
            );
            None
        }
        0 => None,
        1 => Some(ConsentBox { attr: Site::of(attr), id: ids.remove(0) }),
        _ => {
            errors.add_at(
                ids[1].span,
                "one box per purpose: `#[consent(..)]` names a single purpose (GDPR Recital 43; EDPB 05/2020 §42)",
                format!("give `{}` a field of its own", ids[1].value),
            );
            None
        }
    }
}

pub(super) fn field(syn_field: &syn::Field, ident: &Ident, rename_all: Option<&str>, errors: &mut Errors) -> Field {
    let serde = serde_names::field(syn_field);
    let raw_name = ident.unraw().to_string();
    let name = serde.rename.clone().unwrap_or_else(|| {
        rename_all.map_or_else(|| raw_name.clone(), |rule| serde_names::apply_rename_all(rule, &raw_name))
    });
    let ty_span = crate::input::type_span(&syn_field.ty);
    let ty = crate::input::typed(syn_field);
    let is_version =
        crate::ty::last_segment(&ty).is_some_and(|last| last.ident == "NoticeVersion" && last.arguments.is_empty());
    let mut field = Field {
        ident: ident.clone(),
        ty,
        ty_span,
        name,
        consent: None,
        consent_written: false,
        required: false,
        label: None,
        personal_data: None,
        skipped: serde.skipped,
        default_fn: serde.default_fn,
        rocket_default: serde.rocket_default,
        deserialize_with: serde.deserialize_with,
        kind: None,
        special: None,
        art9: None,
        purposes: Vec::new(),
        category: None,
        not_personal: false,
        category_unknown: false,
        art9_law: None,
        secrecy: None,
        is_version,
    };
    for attr in &syn_field.attrs {
        let Some(attr_name) = attr.path().get_ident().map(|i| i.to_string()) else { continue };
        if let Some(struct_attr) = StructAttr::from_name(&attr_name) {
            errors.add(
                attr,
                format!("`#[{}]` goes on the struct, not on a field", struct_attr.name()),
                "move it above `struct`, next to the other declarations of the form",
            );
        } else if FieldAttr::from_name(&attr_name) == Some(FieldAttr::Consent) {
            field.consent_written = true;
            if field.consent.is_some() {
                errors.add(
                    attr,
                    "a field is one box: `#[consent(..)]` is declared twice",
                    "keep one `#[consent(..)]` per field",
                );
            } else {
                field.consent = consent(attr, errors);
            }
        } else if FieldAttr::from_name(&attr_name) == Some(FieldAttr::PersonalData) {
            if field.personal_data.is_some() {
                errors.add(attr, "`#[personal_data]` is declared twice", "keep one `#[personal_data(..)]`");
            } else if let Some(read) = read(attr, of_field(FieldAttr::PersonalData), errors) {
                field.required = read.flag(key::REQUIRED);
                field.label = read.text(key::LABEL);
                for (old, value) in [("kind", read.value(key::KIND)), ("special", read.value(key::SPECIAL))] {
                    if let Some(value) = value {
                        let example = match value.value.as_str() {
                            "phone" => "category = \"user.contact.phone_number\"",
                            "email" => "category = \"user.contact.email\"",
                            "postal_address" => "category = \"user.contact.address\"",
                            "biometric" => "category = \"user.biometric\"",
                            _ => "category = \"user.health_and_medical\"",
                        };
                        replaced(value.span, old, "personal_data", "category", example, errors);
                    }
                }
                let written = read.value(key::CATEGORY);
                field.category = written.and_then(|c| term(c, "category", List::Categories, errors));
                field.category_unknown = written.is_some() && field.category.is_none();
                field.not_personal = read.flag(key::NONE);
                if let Some(category) = &field.category {
                    field.kind = crate::taxonomy::data_kind(&category.value);
                    field.special = crate::taxonomy::special_category(&category.value).map(|c| (c, category.span));
                }
                field.art9_law = read.text(key::LAW);
                field.secrecy = read.text(key::SECRECY);
                field.art9 = read.value(key::ART9).and_then(|a| {
                    one_of(a, "art9", &Art9Condition::names(), Art9Condition::from_name, errors).map(|c| (c, a.span))
                });
                field.purposes = read.value(key::PURPOSE).map(purpose_ids).unwrap_or_default();
                field.personal_data = Some(Site::of(attr));
            }
        }
    }
    field
}
