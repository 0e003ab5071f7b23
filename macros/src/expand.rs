//! Phase 3: the `PrivacyNotice` impl. The notice is one `static` of plain data; the only code generated per
//! form is the list of its boxes in `consents`.

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::decl::Form;
use crate::field::{ConsentField, Topic};
use crate::lang::Lang;
use crate::model::{NoticeSpec, Prospecting, Text};

/// A Rust string literal of `value` (`str`'s `Debug` writes valid Rust escapes).
fn lit(value: &str) -> String {
    format!("{value:?}")
}

fn option<T>(value: Option<T>, write: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "_pn::None".to_string(), |value| format!("_pn::Some({})", write(value)))
}

fn text(text: Text) -> String {
    format!("_pn::Text {{ fr: {}, en: {} }}", lit(text.fr), lit(text.en))
}

/// `&[a, b, c]`.
fn list<T>(items: &[T], write: impl Fn(&T) -> String) -> String {
    format!("&[{}]", items.iter().map(write).collect::<Vec<_>>().join(", "))
}

fn prospecting(p: &Prospecting) -> String {
    format!(
        "_pn::Prospecting {{ kind: _pn::ProspectingKind::{:?}, partners: {}, caller: {}, retention: {} }}",
        p.kind,
        option(p.partners, text),
        option(p.caller, lit),
        option(p.retention, text)
    )
}

fn langs(langs: &[Lang]) -> String {
    list(langs, |l| format!("_pn::Lang::{l:?}"))
}

fn consent_field(field: &ConsentField, spec: &NoticeSpec) -> String {
    let (name, law) = (lit(field.name()), format!("_pn::Law::{:?}", field.law()));
    let langs = langs(spec.langs);
    match field.topic() {
        Topic::Prospecting(p) => {
            format!("_pn::ConsentField::__prospecting({name}, {}, {law}, {langs})", prospecting(&p))
        }
        Topic::Purpose { text: purpose, label, objection } => format!(
            "_pn::ConsentField::__purpose({name}, {}, {}, {}, {objection}, {law}, {langs})",
            lit(field.purpose()),
            text(purpose),
            option(label, text)
        ),
    }
}

/// The `NoticeSpec` literal, as Rust source: one string lexed once is much cheaper for the compiler than
/// building its thousand tokens one by one. Its `id` prefixes the module path where the form is declared.
fn source(spec: &NoticeSpec) -> String {
    let purposes = list(spec.purposes, |p| {
        format!(
            "_pn::Purpose {{ text: {}, id: {}, basis: {}, interest: {}, retention: {}, marketing: {}, sale: {} }}",
            text(p.text),
            option(p.id, lit),
            option(p.basis, |b| format!("_pn::LegalBasis::{b:?}")),
            option(p.interest, text),
            option(p.retention, text),
            option(p.marketing, |c| format!("_pn::MarketingChannel::{c:?}")),
            p.sale
        )
    });
    let controller = option(spec.controller, |c| {
        format!("_pn::Controller {{ name: {}, address: {}, contact: {} }}", lit(c.name), lit(c.address), lit(c.contact))
    });
    let representative = option(spec.representative, |r| {
        format!("_pn::Representative {{ name: {}, contact: {} }}", lit(r.name), lit(r.contact))
    });
    let transfers = list(spec.transfers, |t| {
        format!(
            "_pn::Transfer {{ country: {}, safeguard: {}, copy: {} }}",
            text(t.country),
            option(t.safeguard, text),
            option(t.copy, lit)
        )
    });
    let automated_decision = option(spec.automated_decision, |d| {
        format!(
            "_pn::AutomatedDecision {{ decision: {}, logic: {}, consequences: {} }}",
            text(d.decision),
            text(d.logic),
            text(d.consequences)
        )
    });
    let data_source = option(spec.data_source, |d| {
        format!(
            "_pn::DataSource {{ source: {}, categories: {}, public: {} }}",
            lit(d.source),
            text(d.categories),
            d.public
        )
    });
    let data_requirement = option(spec.data_requirement, |r| {
        format!("_pn::DataRequirement {{ reason: {}, consequence: {} }}", text(r.reason), text(r.consequence))
    });
    let fields = list(spec.fields, |f| {
        format!(
            "_pn::DataField {{ name: {}, label: {}, required: {}, kind: {}, special: {}, purposes: {} }}",
            lit(f.name),
            option(f.label, text),
            f.required,
            option(f.kind, |k| format!("_pn::DataKind::{k:?}")),
            option(f.special, |s| format!(
                "_pn::SpecialData {{ category: _pn::SpecialCategory::{:?}, condition: _pn::Art9Condition::{:?} }}",
                s.category, s.condition
            )),
            list(f.purposes, |id| lit(id))
        )
    });
    let mut out = String::with_capacity(4096);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "_pn::NoticeSpec {{ id: ::core::concat!(::core::module_path!(), \"::\", {form}), form: {form}, \
         law: _pn::Law::{:?}, lang: _pn::Lang::{:?}, langs: {}, policy: {}, purposes: {purposes}, recipients: {}, \
         located_recipients: {}, audience: _pn::Audience::{:?}, parental_consent: {}, \
         rights_contact: {}, controller: {controller}, dpo: {}, representative: {representative}, \
         transfers: {transfers}, automated_decision: {automated_decision}, data_source: {data_source}, \
         data_requirement: {data_requirement}, withdrawal: {}, retention: {}, call_recording: {}, prospecting: {}, fields: {fields}, \
         consent_fields: {}, version_field: {} }}",
        spec.law,
        spec.lang,
        langs(spec.langs),
        option(spec.policy, text),
        list(spec.recipients, |r| text(*r)),
        list(spec.located_recipients, |r| format!(
            "_pn::Recipient {{ name: {}, country: {} }}",
            text(r.name),
            lit(r.country)
        )),
        spec.audience,
        option(spec.parental_consent, text),
        text(spec.rights_contact),
        option(spec.dpo, lit),
        option(spec.withdrawal, text),
        option(spec.retention, text),
        option(spec.call_recording, text),
        list(spec.prospecting, prospecting),
        list(spec.consent_fields, |field| consent_field(field, spec)),
        option(spec.version_field, lit),
        form = lit(spec.form),
    );
    out
}

/// A `lil2004` form compiles with a warning (stable Rust lets a derive warn through a deprecated item it uses):
/// the 2004 text no longer meets the GDPR. `#[notice(law = "lil2004", historical)]` acknowledges it. The use is
/// spanned on `"lil2004"`, so that the warning points there.
fn historical_warning(form: &Form) -> Option<TokenStream> {
    if form.law != crate::decl::Law::Lil2004 || form.historical {
        return None;
    }
    let span = form.law_span.unwrap_or_else(proc_macro2::Span::call_site);
    let note = "`#[notice(law = \"lil2004\")]` prints the 2004 French text, which no longer meets the GDPR \
                (no controller, legal basis, retention or complaint): remove `law = \"lil2004\"` to use the default \
                `gdpr` regime and add what the compiler then asks for, or write `#[notice(law = \"lil2004\", \
                historical)]` to keep this form as a historical record";
    let item = quote::format_ident!("lil2004_is_the_2004_text", span = span);
    Some(quote_spanned! {span=>
        #[deprecated(note = #note)]
        #[allow(non_camel_case_types)]
        struct #item;
        let _ = #item;
    })
}

/// Phase 3: the impl, inside `const _: () = { .. };`.
pub(crate) fn form(form: &Form, with_doc: bool) -> TokenStream {
    let ident = &form.ident;
    let (impl_generics, ty_generics, where_clause) = form.generics.split_for_impl();
    let notice_spec = crate::spec::build(form);
    let spec: TokenStream = match source(&notice_spec).parse() {
        Ok(spec) => spec,
        // The source is built from escaped literals; should it ever fail to lex, say so rather than panic.
        Err(error) => {
            let message = format!("privacy-notice: internal error, please report it: {error}");
            return quote!(::core::compile_error!(#message););
        }
    };
    // The rendered notices are for rustdoc only: other builds skip the work (see `doc::documenting`).
    let doc = with_doc.then(|| {
        let doc = crate::doc::notice(&notice_spec);
        quote!(#[cfg_attr(doc, doc = #doc)])
    });
    let ticks = form.consent_fields().map(|(field, _)| {
        let member = &field.ident;
        // Spanned on the type, so that a wrong type is reported there (`ConsentBox` is not implemented).
        quote_spanned!(field.ty.span()=> _pn::ConsentBox::is_ticked(&self.#member))
    });
    let warning = historical_warning(form);
    // One constant per box, named after its purpose id: `consents.get(OrderForm::PARTNER_OPTOUT)` is checked
    // by the compiler where `get("partner_optin")` would only return `None`.
    // An id made only of `_` and digits names no constant (`_` is not one): such a box keeps its string id only.
    let nameable = |id: &str| id.starts_with(|c: char| c.is_ascii_alphabetic());
    let ids = form.consent_fields().filter(|(_, consent)| nameable(&consent.id.value)).map(|(_, consent)| {
        let id = &consent.id.value;
        let name = quote::format_ident!("{}", id.to_ascii_uppercase(), span = consent.id.span);
        let doc = format!("The id of the `{id}` box, for `consents().get(..)`.");
        quote!(#[doc = #doc] pub const #name: &'static str = #id;)
    });
    let shown_version = match form.version_fields().next() {
        Some(field) => {
            let member = &field.ident;
            quote!(_pn::Some(&self.#member))
        }
        None => quote!(_pn::None),
    };
    // Only a concrete type can be collected; a generic form is listed with `register!` instead.
    let runtime = &form.runtime;
    let submit = form.generics.params.is_empty().then(|| quote!(#runtime::__submit!(#ident);));
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications, clippy::all)]
        const _: () = {
            use #runtime::__private as _pn;

            #doc
            #[automatically_derived]
            impl #impl_generics #runtime::PrivacyNotice for #ident #ty_generics #where_clause {
                fn notice() -> &'static _pn::Notice {
                    static NOTICE: _pn::Notice = _pn::Notice::__new(#spec);
                    &NOTICE
                }

                fn consents(&self) -> _pn::Consents {
                    _pn::Consents::__from_ticks(
                        <Self as #runtime::PrivacyNotice>::notice(),
                        &[#(#ticks),*],
                        #shown_version,
                    )
                }
            }

            #[automatically_derived]
            #[allow(dead_code)]
            impl #impl_generics #ident #ty_generics #where_clause {
                #(#ids)*
            }

            #submit
            #warning
        };
    }
}
