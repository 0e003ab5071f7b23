//! Phase 3: the `PrivacyNotice` impl. The notice is one `static` of plain data; the only code generated per
//! form is the list of its boxes in `consents`.

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::{Basis, Field, Form, Lang, Law, Prospecting, ProspectingKind, Text};

/// A Rust string literal of `value` (`str`'s `Debug` writes valid Rust escapes).
fn lit(value: &str) -> String {
    format!("{value:?}")
}

fn law(law: Law) -> &'static str {
    match law {
        Law::Gdpr => "_pn::Law::Gdpr",
        Law::Lil2004 => "_pn::Law::Lil2004",
    }
}

fn lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "_pn::Lang::Fr",
        Lang::En => "_pn::Lang::En",
    }
}

fn basis(basis: Basis) -> &'static str {
    match basis {
        Basis::Consent => "_pn::LegalBasis::Consent",
        Basis::Contract => "_pn::LegalBasis::Contract",
        Basis::LegalObligation => "_pn::LegalBasis::LegalObligation",
        Basis::VitalInterests => "_pn::LegalBasis::VitalInterests",
        Basis::PublicTask => "_pn::LegalBasis::PublicTask",
        Basis::LegitimateInterests => "_pn::LegalBasis::LegitimateInterests",
    }
}

fn prospecting_kind(kind: ProspectingKind) -> &'static str {
    match kind {
        ProspectingKind::PartnerOptout => "_pn::ProspectingKind::PartnerOptout",
        ProspectingKind::PartnerEmailOptin => "_pn::ProspectingKind::PartnerEmailOptin",
        ProspectingKind::SimilarOffersOptout => "_pn::ProspectingKind::SimilarOffersOptout",
        ProspectingKind::PhoneOptin => "_pn::ProspectingKind::PhoneOptin",
    }
}

fn option<T>(value: Option<T>, write: impl FnOnce(T) -> String) -> String {
    value.map_or_else(|| "_pn::None".to_string(), |value| format!("_pn::Some({})", write(value)))
}

fn string(value: Option<&String>) -> String {
    option(value, |s| lit(s))
}

/// A user string in every language: its translation where the form gives one, otherwise the original.
fn text(form: &Form, text: &Text) -> String {
    let original = text.value.as_str();
    let [fr, en] = [Lang::Fr, Lang::En]
        .map(|lang| if lang == form.lang { original } else { form.translate(original, lang).unwrap_or(original) });
    format!("_pn::Text {{ fr: {}, en: {} }}", lit(fr), lit(en))
}

fn opt_text(form: &Form, value: Option<&Text>) -> String {
    option(value, |t| text(form, t))
}

/// The `Prospecting` literal of a declaration; `phone_optin` calls in the controller's name by default.
fn prospecting(form: &Form, p: &Prospecting) -> String {
    let default_caller = (p.kind == ProspectingKind::PhoneOptin).then(|| form.controller.as_ref().map(|c| &c.name));
    format!(
        "_pn::Prospecting {{ kind: {}, partners: {}, caller: {} }}",
        prospecting_kind(p.kind),
        opt_text(form, p.partners.as_ref()),
        string(p.caller.as_ref().or(default_caller.flatten()))
    )
}

/// The `ConsentField` of a box field.
fn consent_field(form: &Form, field: &Field, id: &str) -> String {
    let (name, law) = (lit(&field.name), law(form.law));
    let declared = ProspectingKind::from_id(id).and_then(|kind| form.prospecting(kind));
    match (declared, form.purpose(id)) {
        (Some(declared), _) => {
            format!("_pn::ConsentField::__prospecting({name}, {}, {law})", prospecting(form, declared))
        }
        (None, Some(purpose)) => {
            format!("_pn::ConsentField::__purpose({name}, {}, {}, {law})", lit(id), text(form, &purpose.text))
        }
        // `check` has reported the undeclared id; nothing is expanded then.
        (None, None) => String::new(),
    }
}

/// `&[a, b, c]`.
fn slice(items: impl IntoIterator<Item = String>) -> String {
    format!("&[{}]", items.into_iter().collect::<Vec<_>>().join(", "))
}

/// The `NoticeSpec` literal, as Rust source: one string lexed once is much cheaper for the compiler than
/// building its thousand tokens one by one.
fn spec_source(form: &Form) -> String {
    let name = form.ident.to_string();
    let mut out = String::with_capacity(4096);
    let langs = std::iter::once(form.lang).chain(form.translations.iter().map(|t| t.lang)).map(|l| lang(l).to_string());
    let purposes = form.purposes.iter().map(|p| {
        format!(
            "_pn::Purpose {{ text: {}, id: {}, basis: {}, interest: {}, retention: {} }}",
            text(form, &p.text),
            string(p.id.as_ref().map(|id| &id.value)),
            option(p.basis, |b| basis(b).to_string()),
            opt_text(form, p.interest.as_ref()),
            opt_text(form, p.retention.as_ref())
        )
    });
    let rights_contact =
        form.rights_contact.as_ref().map_or_else(|| "_pn::Text { fr: \"\", en: \"\" }".to_string(), |t| text(form, t));
    let controller = option(form.controller.as_ref(), |c| {
        format!(
            "_pn::Controller {{ name: {}, address: {}, contact: {} }}",
            lit(&c.name),
            lit(&c.address),
            lit(&c.contact)
        )
    });
    let representative = option(form.representative.as_ref(), |r| {
        format!("_pn::Representative {{ name: {}, contact: {} }}", lit(&r.name), lit(&r.contact))
    });
    let transfers = form.transfers.iter().map(|t| {
        format!(
            "_pn::Transfer {{ country: {}, safeguard: {}, copy: {} }}",
            text(form, &t.country),
            opt_text(form, t.safeguard.as_ref()),
            string(t.copy.as_ref())
        )
    });
    let automated_decision = option(form.automated_decision.as_ref(), |d| {
        format!(
            "_pn::AutomatedDecision {{ decision: {}, logic: {}, consequences: {} }}",
            text(form, &d.decision),
            text(form, &d.logic),
            text(form, &d.consequences)
        )
    });
    let data_source = option(form.data_source.as_ref(), |d| {
        format!(
            "_pn::DataSource {{ source: {}, categories: {}, public: {} }}",
            lit(&d.source),
            text(form, &d.categories),
            d.public
        )
    });
    let data_requirement = option(form.data_requirement.as_ref(), |r| {
        format!(
            "_pn::DataRequirement {{ reason: {}, consequence: {} }}",
            text(form, &r.reason),
            text(form, &r.consequence)
        )
    });
    let data_fields = form.fields.iter().filter(|f| f.consent.is_none() && !f.skipped).map(|f| {
        format!(
            "_pn::DataField {{ name: {}, label: {}, required: {} }}",
            lit(&f.name),
            opt_text(form, f.label.as_ref()),
            f.required
        )
    });
    let consent_fields = form.consent_fields().map(|(field, consent)| consent_field(form, field, &consent.id.value));
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "_pn::NoticeSpec {{ id: ::core::concat!(::core::module_path!(), \"::\", {}), form: {}, law: {}, lang: {}, \
         langs: {}, purposes: {}, recipients: {}, rights_contact: {rights_contact}, controller: {controller}, \
         dpo: {}, representative: {representative}, transfers: {}, automated_decision: {automated_decision}, \
         data_source: {data_source}, data_requirement: {data_requirement}, withdrawal: {}, retention: {}, \
         prospecting: {}, fields: {}, consent_fields: {} }}",
        lit(&name),
        lit(&name),
        law(form.law),
        lang(form.lang),
        slice(langs),
        slice(purposes),
        slice(form.recipients.iter().map(|r| text(form, r))),
        string(form.dpo.as_ref()),
        slice(transfers),
        opt_text(form, form.withdrawal.as_ref()),
        opt_text(form, form.retention.as_ref()),
        slice(form.prospecting.iter().map(|p| prospecting(form, p))),
        slice(data_fields),
        slice(consent_fields),
    );
    out
}

/// Phase 3: the impl, inside `const _: () = { .. };`.
pub(crate) fn form(form: &Form) -> TokenStream {
    let ident = &form.ident;
    let (impl_generics, ty_generics, where_clause) = form.generics.split_for_impl();
    let spec: TokenStream = match spec_source(form).parse() {
        Ok(spec) => spec,
        // The source is built from escaped literals; should it ever fail to lex, say so rather than panic.
        Err(error) => {
            let message = format!("privacy-notice: internal error, please report it: {error}");
            return quote!(::core::compile_error!(#message););
        }
    };
    let doc = crate::doc::lines(form).join("\n");
    let ticks = form.consent_fields().map(|(field, _)| {
        let member = &field.ident;
        // Spanned on the type, so that a wrong type is reported there (`ConsentBox` is not implemented).
        quote_spanned!(field.ty.span()=> _pn::ConsentBox::is_ticked(&self.#member))
    });
    // Only a concrete type can be collected; a generic form is listed with `register!` instead.
    let submit = form.generics.params.is_empty().then(|| quote!(::privacy_notice::__submit!(#ident);));
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications, clippy::all)]
        const _: () = {
            use ::privacy_notice::__private as _pn;

            #[doc = #doc]
            #[automatically_derived]
            impl #impl_generics ::privacy_notice::PrivacyNotice for #ident #ty_generics #where_clause {
                fn notice() -> &'static _pn::Notice {
                    static NOTICE: _pn::Notice = _pn::Notice::__new(#spec);
                    &NOTICE
                }

                fn consents(&self) -> _pn::Consents {
                    _pn::Consents::__from_ticks(
                        <Self as ::privacy_notice::PrivacyNotice>::notice(),
                        &[#(#ticks),*],
                    )
                }
            }

            #submit
        };
    }
}
