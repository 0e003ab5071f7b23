//! Phase 3: the `PrivacyNotice` impl. The notice is one `static` of plain data; the only code generated per
//! form is the list of its boxes in `consents`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::{Basis, Field, Form, Lang, Law, ProspectingKind};

fn law(law: Law) -> TokenStream {
    match law {
        Law::Gdpr => quote!(_pn::Law::Gdpr),
        Law::Lil2004 => quote!(_pn::Law::Lil2004),
    }
}

fn lang(lang: Lang) -> TokenStream {
    match lang {
        Lang::Fr => quote!(_pn::Lang::Fr),
        Lang::En => quote!(_pn::Lang::En),
    }
}

fn basis(basis: Basis) -> TokenStream {
    match basis {
        Basis::Consent => quote!(_pn::LegalBasis::Consent),
        Basis::Contract => quote!(_pn::LegalBasis::Contract),
        Basis::LegalObligation => quote!(_pn::LegalBasis::LegalObligation),
        Basis::VitalInterests => quote!(_pn::LegalBasis::VitalInterests),
        Basis::PublicTask => quote!(_pn::LegalBasis::PublicTask),
        Basis::LegitimateInterests => quote!(_pn::LegalBasis::LegitimateInterests),
    }
}

fn prospecting_kind(kind: ProspectingKind) -> TokenStream {
    match kind {
        ProspectingKind::PartnerOptout => quote!(_pn::ProspectingKind::PartnerOptout),
        ProspectingKind::PartnerEmailOptin => quote!(_pn::ProspectingKind::PartnerEmailOptin),
        ProspectingKind::SimilarOffersOptout => quote!(_pn::ProspectingKind::SimilarOffersOptout),
    }
}

fn option<T>(value: Option<T>, to_tokens: impl FnOnce(T) -> TokenStream) -> TokenStream {
    match value {
        Some(value) => {
            let tokens = to_tokens(value);
            quote!(::core::option::Option::Some(#tokens))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn string(value: Option<&String>) -> TokenStream {
    option(value, |s| quote!(#s))
}

/// The `ConsentField` of a box field.
fn consent_field(form: &Form, field: &Field, id: &str) -> TokenStream {
    let name = &field.name;
    let law = law(form.law);
    match ProspectingKind::from_id(id) {
        Some(kind) => {
            let partners = string(form.prospecting(kind).and_then(|p| p.partners.as_ref()));
            let kind = prospecting_kind(kind);
            quote!(_pn::ConsentField::__prospecting(#name, #kind, #partners, #law))
        }
        None => {
            let text = form.purpose(id).map(|p| p.text.as_str()).unwrap_or_default();
            quote!(_pn::ConsentField::__purpose(#name, #id, #text, #law))
        }
    }
}

/// The `NoticeSpec` literal.
fn spec(form: &Form) -> TokenStream {
    let form_name = form.ident.to_string();
    let law_tokens = law(form.law);
    let lang = lang(form.lang);
    let purposes = form.purposes.iter().map(|p| {
        let text = &p.text;
        let id = string(p.id.as_ref().map(|id| &id.value));
        let basis = option(p.basis, basis);
        let interest = string(p.interest.as_ref());
        let retention = string(p.retention.as_ref());
        quote!(_pn::Purpose { text: #text, id: #id, basis: #basis, interest: #interest, retention: #retention })
    });
    let recipients = &form.recipients;
    let rights_contact = form.rights_contact.as_deref().unwrap_or_default();
    let controller = option(form.controller.as_ref(), |c| {
        let (name, address, contact) = (&c.name, &c.address, &c.contact);
        quote!(_pn::Controller { name: #name, address: #address, contact: #contact })
    });
    let retention = string(form.retention.as_ref());
    let prospecting = form.prospecting.iter().map(|p| {
        let kind = prospecting_kind(p.kind);
        let partners = string(p.partners.as_ref());
        quote!(_pn::Prospecting { kind: #kind, partners: #partners })
    });
    let data_fields = form.fields.iter().filter(|f| f.consent.is_none() && !f.skipped).map(|f| {
        let name = &f.name;
        let label = string(f.label.as_ref());
        let required = f.required;
        quote!(_pn::DataField { name: #name, label: #label, required: #required })
    });
    let consent_fields = form.consent_fields().map(|(field, consent)| consent_field(form, field, &consent.id.value));
    quote! {
        _pn::NoticeSpec {
            form: #form_name,
            law: #law_tokens,
            lang: #lang,
            purposes: &[#(#purposes),*],
            recipients: &[#(#recipients),*],
            rights_contact: #rights_contact,
            controller: #controller,
            retention: #retention,
            prospecting: &[#(#prospecting),*],
            fields: &[#(#data_fields),*],
            consent_fields: &[#(#consent_fields),*],
        }
    }
}

/// Phase 3: the impl, inside `const _: () = { .. };`.
pub(crate) fn form(form: &Form) -> TokenStream {
    let ident = &form.ident;
    let (impl_generics, ty_generics, where_clause) = form.generics.split_for_impl();
    let spec = spec(form);
    let ticks = form.consent_fields().map(|(field, _)| {
        let member = &field.ident;
        // Spanned on the type, so that a wrong type is reported there (`ConsentBox` is not implemented).
        quote_spanned!(field.ty.span()=> _pn::ConsentBox::is_ticked(&self.#member))
    });
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals, unused_qualifications, clippy::all)]
        const _: () = {
            use ::privacy_notice::__private as _pn;

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
        };
    }
}
