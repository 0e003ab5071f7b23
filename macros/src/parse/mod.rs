//! Phase 1: the struct and its attributes into the model. Every attribute is read even after an error in
//! another, so that one compile reports every problem.
//!
//! `syntax` says what each attribute accepts and reads arguments against it; `struct_attrs` and `field_attrs`
//! turn each attribute into its part of the form.

mod field_attrs;
pub(crate) mod key;
mod struct_attrs;
mod syntax;

use syn::{Data, DeriveInput, Fields};

use crate::attr_kind::{FieldAttr, StructAttr};
use crate::decl::{Audience, Form, Lang, Law, ProspectingExt};
use crate::errors::Errors;
use crate::serde_names;
use field_attrs::field;
use struct_attrs::struct_attr;

/// Phase 1: the form, or `None` if the input is not a struct with named fields (the error is recorded).
pub(crate) fn form(input: &DeriveInput, errors: &mut Errors) -> Option<Form> {
    let named = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Some(named),
            _ => None,
        },
        _ => None,
    };
    let Some(named) = named else {
        errors.add(
            &input.ident,
            "`#[derive(PrivacyNotice)]` works on a struct with named fields: the form a web framework deserializes",
            format!("declare the form as `struct {} {{ email: String, .. }}`", input.ident),
        );
        return None;
    };
    let mut form = Form {
        ident: input.ident.clone(),
        generics: input.generics.clone(),
        runtime: crate::fallback::runtime_path(&input.attrs),
        law: Law::Gdpr,
        law_known: true,
        law_span: None,
        historical: false,
        lang: Lang::Fr,
        policy: None,
        prefix: None,
        id: None,
        purposes: Vec::new(),
        recipients: Vec::new(),
        rights_contact: None,
        controller: None,
        representative: None,
        dpo: None,
        transfers: Vec::new(),
        automated_decision: None,
        data_source: None,
        data_requirement: None,
        withdrawal: None,
        translations: Vec::new(),
        retention: None,
        call_recording: None,
        audience: Audience::Consumers,
        audience_span: None,
        subjects: Vec::new(),
        sector: None,
        joint_controllers: Vec::new(),
        wording: Vec::new(),
        located_recipients: Vec::new(),
        parental_consent: None,
        serde_default: crate::serde_names::container_default(&input.attrs),
        prospecting: Vec::new(),
        fields: Vec::new(),
        attrs: Vec::new(),
    };
    for attr in &input.attrs {
        let Some(name) = attr.path().get_ident().map(|i| i.to_string()) else { continue };
        if let Some(kind) = StructAttr::from_name(&name) {
            struct_attr(attr, kind, &mut form, errors);
        } else if let Some(field_attr) = FieldAttr::from_name(&name) {
            errors.add(
                attr,
                format!("`#[{}(..)]` goes on a field, not on the struct", field_attr.name()),
                "put it on the field it describes, e.g. `#[consent(partner_optout)] no_partner_use: Checkbox`",
            );
        }
    }
    form.prospecting.sort_by_key(|p| p.kind.rank());
    let rename_all = serde_names::rename_all(&input.attrs);
    for syn_field in &named.named {
        if let Some(ident) = &syn_field.ident {
            form.fields.push(field(syn_field, ident, rename_all.as_deref(), errors));
        }
    }
    Some(form)
}
