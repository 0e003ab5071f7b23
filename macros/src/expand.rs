//! Phase 3: the `PrivacyNotice` impl. The notice is one `static` of plain data; the only code generated per
//! form is the list of its boxes in `consents`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::model::{Basis, Field, Form, Lang, Law, Prospecting, ProspectingKind, Text};

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
        ProspectingKind::PhoneOptin => quote!(_pn::ProspectingKind::PhoneOptin),
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

/// A user string in every language: its translation where the form gives one, otherwise the original.
fn text(form: &Form, text: &Text) -> TokenStream {
    let original = text.value.as_str();
    let [fr, en] = [Lang::Fr, Lang::En]
        .map(|lang| if lang == form.lang { original } else { form.translate(original, lang).unwrap_or(original) });
    quote!(_pn::Text { fr: #fr, en: #en })
}

fn opt_text(form: &Form, value: Option<&Text>) -> TokenStream {
    option(value, |t| text(form, t))
}

/// The `Prospecting` literal of a declaration; `phone_optin` calls in the controller's name by default.
fn prospecting(form: &Form, p: &Prospecting) -> TokenStream {
    let kind = prospecting_kind(p.kind);
    let partners = opt_text(form, p.partners.as_ref());
    let default_caller = (p.kind == ProspectingKind::PhoneOptin).then(|| form.controller.as_ref().map(|c| &c.name));
    let caller = string(p.caller.as_ref().or(default_caller.flatten()));
    quote!(_pn::Prospecting { kind: #kind, partners: #partners, caller: #caller })
}

/// The `ConsentField` of a box field.
fn consent_field(form: &Form, field: &Field, id: &str) -> TokenStream {
    let name = &field.name;
    let law = law(form.law);
    let declared = ProspectingKind::from_id(id).and_then(|kind| form.prospecting(kind));
    match (declared, form.purpose(id)) {
        (Some(declared), _) => {
            let prospecting = prospecting(form, declared);
            quote!(_pn::ConsentField::__prospecting(#name, #prospecting, #law))
        }
        (None, Some(purpose)) => {
            let text = text(form, &purpose.text);
            quote!(_pn::ConsentField::__purpose(#name, #id, #text, #law))
        }
        // `check` has reported the undeclared id; nothing is expanded then.
        (None, None) => TokenStream::new(),
    }
}

/// The `NoticeSpec` literal.
fn spec(form: &Form) -> TokenStream {
    let form_name = form.ident.to_string();
    let law_tokens = law(form.law);
    let langs = std::iter::once(form.lang).chain(form.translations.iter().map(|t| t.lang)).map(lang);
    let main_lang = lang(form.lang);
    let purposes = form.purposes.iter().map(|p| {
        let purpose_text = text(form, &p.text);
        let id = string(p.id.as_ref().map(|id| &id.value));
        let basis = option(p.basis, basis);
        let interest = opt_text(form, p.interest.as_ref());
        let retention = opt_text(form, p.retention.as_ref());
        quote!(_pn::Purpose { text: #purpose_text, id: #id, basis: #basis, interest: #interest, retention: #retention })
    });
    let recipients = form.recipients.iter().map(|r| text(form, r));
    let rights_contact =
        form.rights_contact.as_ref().map(|t| text(form, t)).unwrap_or_else(|| quote!(_pn::Text { fr: "", en: "" }));
    let controller = option(form.controller.as_ref(), |c| {
        let (name, address, contact) = (&c.name, &c.address, &c.contact);
        quote!(_pn::Controller { name: #name, address: #address, contact: #contact })
    });
    let representative = option(form.representative.as_ref(), |r| {
        let (name, contact) = (&r.name, &r.contact);
        quote!(_pn::Representative { name: #name, contact: #contact })
    });
    let dpo = string(form.dpo.as_ref());
    let transfers = form.transfers.iter().map(|t| {
        let country = text(form, &t.country);
        let safeguard = opt_text(form, t.safeguard.as_ref());
        let copy = string(t.copy.as_ref());
        quote!(_pn::Transfer { country: #country, safeguard: #safeguard, copy: #copy })
    });
    let automated_decision = option(form.automated_decision.as_ref(), |d| {
        let (decision, logic, consequences) =
            (text(form, &d.decision), text(form, &d.logic), text(form, &d.consequences));
        quote!(_pn::AutomatedDecision { decision: #decision, logic: #logic, consequences: #consequences })
    });
    let data_source = option(form.data_source.as_ref(), |d| {
        let (source, categories, public) = (&d.source, text(form, &d.categories), d.public);
        quote!(_pn::DataSource { source: #source, categories: #categories, public: #public })
    });
    let data_requirement = option(form.data_requirement.as_ref(), |r| {
        let (reason, consequence) = (text(form, &r.reason), text(form, &r.consequence));
        quote!(_pn::DataRequirement { reason: #reason, consequence: #consequence })
    });
    let withdrawal = opt_text(form, form.withdrawal.as_ref());
    let retention = opt_text(form, form.retention.as_ref());
    let prospecting = form.prospecting.iter().map(|p| prospecting(form, p));
    let data_fields = form.fields.iter().filter(|f| f.consent.is_none() && !f.skipped).map(|f| {
        let name = &f.name;
        let label = opt_text(form, f.label.as_ref());
        let required = f.required;
        quote!(_pn::DataField { name: #name, label: #label, required: #required })
    });
    let consent_fields = form.consent_fields().map(|(field, consent)| consent_field(form, field, &consent.id.value));
    quote! {
        _pn::NoticeSpec {
            id: ::core::concat!(::core::module_path!(), "::", #form_name),
            form: #form_name,
            law: #law_tokens,
            lang: #main_lang,
            langs: &[#(#langs),*],
            purposes: &[#(#purposes),*],
            recipients: &[#(#recipients),*],
            rights_contact: #rights_contact,
            controller: #controller,
            dpo: #dpo,
            representative: #representative,
            transfers: &[#(#transfers),*],
            automated_decision: #automated_decision,
            data_source: #data_source,
            data_requirement: #data_requirement,
            withdrawal: #withdrawal,
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
    let doc = crate::doc::lines(form);
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

            #(#[doc = #doc])*
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
