//! The derive macro of [privacy-notice](https://docs.rs/privacy-notice). Depend on `privacy-notice`, which
//! re-exports it, rather than on this crate.
//!
//! The derive runs in three phases: `parse` reads the struct and its attributes (walked once by `input`) into a
//! raw form, `check` applies the rules the law sets and returns a checked form that carries what they proved,
//! `expand` writes the impl, the notice's data as one literal of the shared model's `codec`. Every problem
//! found in the first two phases is reported in the same compile; on error a stub impl keeps follow-on errors
//! away.
#![forbid(unsafe_code)]

// The runtime's model, texts and renderers, from the crate both share: the derive builds the form's
// `NoticeSpec` once, writes it into the expansion, and renders the notice into the impl's rustdoc.
use lang::Lang;
use privacy_notice_core::{
    adequacy, authorities, codec, countries, field, lang, model, render, taxonomy, texts, vocabulary,
};

mod args;
mod attr_kind;
mod check;
mod checked;
mod decl;
mod doc;
mod errors;
mod expand;
mod fallback;
mod input;
mod parse;
mod rules;
mod serde_names;
mod suggest;
mod ty;

use proc_macro2::TokenStream;

/// Derives `privacy_notice::PrivacyNotice`: the notice, the boxes and the checks of a form, from its attributes.
///
#[doc = include_str!("../ATTRIBUTES.md")]
#[proc_macro_derive(
    PrivacyNotice,
    attributes(
        notice,
        purpose,
        recipients,
        rights_contact,
        controller,
        retention,
        partner_optout,
        partner_email_optin,
        similar_offers_optout,
        phone_optin,
        phone_optout,
        dpo,
        representative,
        transfer,
        automated_decision,
        data_source,
        data_requirement,
        withdrawal,
        translation,
        call,
        recipient,
        parental_consent,
        joint_controller,
        wording,
        consent,
        personal_data
    )
)]
pub fn derive_privacy_notice(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    derive(input.into()).into()
}

/// The whole derive over `proc_macro2` tokens: parse, check, expand.
fn derive(input: TokenStream) -> TokenStream {
    match input::read(input) {
        Ok(input) => derive_from(&input),
        Err(error) => error.into_compile_error(),
    }
}

/// The derive of an input already read.
fn derive_from(input: &syn::DeriveInput) -> TokenStream {
    match analyse(input) {
        Ok(tokens) => tokens,
        Err(error) => fallback::expand(input, error),
    }
}

/// Parse and check, then expand: the impl, or every error found.
fn analyse(input: &syn::DeriveInput) -> Result<TokenStream, syn::Error> {
    let mut errors = errors::Errors::default();
    let form = parse::form(input, &mut errors);
    let checked = form.as_ref().and_then(|form| check::form(form, &mut errors));
    errors.finish()?;
    // `parse::form` and `check::form` record an error whenever they return `None`, so `finish` returned it above.
    Ok(checked.map(|checked| expand::form(&checked, doc::documenting())).unwrap_or_default())
}

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod fuzz_expand;
#[cfg(test)]
mod robustness;
