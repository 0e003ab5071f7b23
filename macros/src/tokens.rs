//! The model as Rust expressions: `Expr(&value)` writes, through `ToTokens`, the `const` constructor calls that
//! rebuild `value` in the form's crate (`_pn::Purpose::new(..).with_basis(..)`). A field left at its default
//! is not written, so the expansion is as short as the declaration.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};

use crate::field::{ConsentField, Topic};
use crate::lang::Lang;
use crate::model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, Law, LegalBasis, NoticeSpec, Prospecting,
    ProspectingKind, Purpose, Representative, Text, Transfer,
};
use crate::vocabulary::{Art9Condition, Audience, DataKind, MarketingChannel, Recipient, SpecialCategory, SpecialData};

/// A model value, written as the expression that builds it.
pub(crate) struct Expr<'r, T: ?Sized>(pub &'r T);

/// `&[a, b, c]`.
struct Slice<'r, T>(&'r [T]);

impl<'r, T> ToTokens for Slice<'r, T>
where
    Expr<'r, T>: ToTokens,
{
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let items = self.0.iter().map(Expr);
        tokens.extend(quote!(&[#(#items),*]));
    }
}

impl ToTokens for Expr<'_, str> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}

impl ToTokens for Expr<'_, &str> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
    }
}

/// `.with_name(value)` for each field that is set: `Option`s that are `Some`, lists that are not empty, flags
/// that are on.
trait Setters {
    fn set(&mut self, name: &str, value: impl ToTokens);
}

impl Setters for TokenStream {
    fn set(&mut self, name: &str, value: impl ToTokens) {
        let setter = Ident::new(&format!("with_{name}"), Span::call_site());
        self.extend(quote!(.#setter(#value)));
    }
}

macro_rules! set_some {
    ($tokens:ident, $value:expr, $($field:ident),*) => {$(
        if let Some(value) = &$value.$field {
            $tokens.set(stringify!($field), Expr(value));
        }
    )*};
}

macro_rules! set_nonempty {
    ($tokens:ident, $value:expr, $($field:ident),*) => {$(
        if !$value.$field.is_empty() {
            $tokens.set(stringify!($field), Slice($value.$field));
        }
    )*};
}

/// A fieldless enum's value as a path: `_pn::LegalBasis::Consent`. Derived `Debug` prints a fieldless
/// variant's name, which is the identifier the path needs.
macro_rules! enum_exprs {
    ($($name:ident),*) => {$(
        impl ToTokens for Expr<'_, $name> {
            fn to_tokens(&self, tokens: &mut TokenStream) {
                let variant = Ident::new(&format!("{:?}", self.0), Span::call_site());
                tokens.extend(quote!(_pn::$name::#variant));
            }
        }
    )*};
}

enum_exprs!(
    Law,
    Lang,
    LegalBasis,
    ProspectingKind,
    Audience,
    MarketingChannel,
    DataKind,
    SpecialCategory,
    Art9Condition
);

impl ToTokens for Expr<'_, Text<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Text { fr, en, .. } = *self.0;
        tokens.extend(quote!(_pn::Text::new(#fr, #en)));
    }
}

impl ToTokens for Expr<'_, Purpose<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let p = self.0;
        let text = Expr(&p.text);
        let mut out = quote!(_pn::Purpose::new(#text));
        set_some!(out, p, id, basis, interest, retention, marketing);
        if p.sale {
            out.set("sale", true);
        }
        tokens.extend(out);
    }
}

impl ToTokens for Expr<'_, Controller<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Controller { name, address, contact, .. } = *self.0;
        tokens.extend(quote!(_pn::Controller::new(#name, #address, #contact)));
    }
}

impl ToTokens for Expr<'_, Representative<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Representative { name, contact, .. } = *self.0;
        tokens.extend(quote!(_pn::Representative::new(#name, #contact)));
    }
}

impl ToTokens for Expr<'_, Prospecting<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let p = self.0;
        let kind = Expr(&p.kind);
        let mut out = quote!(_pn::Prospecting::new(#kind));
        set_some!(out, p, partners, caller, retention);
        tokens.extend(out);
    }
}

impl ToTokens for Expr<'_, Recipient<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (name, country) = (Expr(&self.0.name), self.0.country);
        tokens.extend(quote!(_pn::Recipient::new(#name, #country)));
    }
}

impl ToTokens for Expr<'_, Transfer<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let t = self.0;
        let country = Expr(&t.country);
        let mut out = quote!(_pn::Transfer::new(#country));
        set_some!(out, t, safeguard, copy);
        tokens.extend(out);
    }
}

impl ToTokens for Expr<'_, AutomatedDecision<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let d = self.0;
        let (decision, logic, consequences) = (Expr(&d.decision), Expr(&d.logic), Expr(&d.consequences));
        tokens.extend(quote!(_pn::AutomatedDecision::new(#decision, #logic, #consequences)));
    }
}

impl ToTokens for Expr<'_, DataSource<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let d = self.0;
        let (source, categories, public) = (d.source, Expr(&d.categories), d.public);
        tokens.extend(quote!(_pn::DataSource::new(#source, #categories, #public)));
    }
}

impl ToTokens for Expr<'_, DataRequirement<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (reason, consequence) = (Expr(&self.0.reason), Expr(&self.0.consequence));
        tokens.extend(quote!(_pn::DataRequirement::new(#reason, #consequence)));
    }
}

impl ToTokens for Expr<'_, SpecialData> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (category, condition) = (Expr(&self.0.category), Expr(&self.0.condition));
        tokens.extend(quote!(_pn::SpecialData::new(#category, #condition)));
    }
}

impl ToTokens for Expr<'_, DataField<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let f = self.0;
        let name = f.name;
        let mut out = quote!(_pn::DataField::new(#name));
        set_some!(out, f, label, kind, special);
        if f.required {
            out.set("required", true);
        }
        set_nonempty!(out, f, purposes);
        tokens.extend(out);
    }
}

impl ToTokens for Expr<'_, ConsentField<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let field = self.0;
        let (name, law) = (field.name(), Expr(&field.law()));
        tokens.extend(match field.topic() {
            Topic::Prospecting(p) => {
                let p = Expr(&p);
                quote!(_pn::ConsentField::__prospecting(#name, #p, #law, LANGS))
            }
            Topic::Purpose { text, label, objection } => {
                let (id, text) = (field.purpose(), Expr(&text));
                let label = match &label {
                    Some(label) => {
                        let label = Expr(label);
                        quote!(_pn::Some(#label))
                    }
                    None => quote!(_pn::None),
                };
                quote!(_pn::ConsentField::__purpose(#name, #id, #text, #label, #objection, #law, LANGS))
            }
        });
    }
}

/// The form's `NoticeSpec`. Its `id` prefixes the module path where the form is declared; the boxes share the
/// form's `LANGS`, a `const` the expansion declares beside it.
impl ToTokens for Expr<'_, NoticeSpec<'_>> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let spec = self.0;
        let (form, law, lang, rights_contact) =
            (spec.form, Expr(&spec.law), Expr(&spec.lang), Expr(&spec.rights_contact));
        let mut out = quote! {
            _pn::NoticeSpec::new(
                ::core::concat!(::core::module_path!(), "::", #form), #form, #law, #lang, LANGS, #rights_contact,
            )
        };
        set_some!(out, spec, policy, parental_consent, controller, dpo, representative);
        set_some!(out, spec, automated_decision, data_source, data_requirement, withdrawal, retention);
        set_some!(out, spec, call_recording, version_field);
        set_nonempty!(out, spec, purposes, recipients, located_recipients, transfers, prospecting, fields);
        set_nonempty!(out, spec, consent_fields);
        if spec.audience != Audience::Consumers {
            out.set("audience", Expr(&spec.audience));
        }
        tokens.extend(out);
    }
}

/// The languages of the form's own texts, `&[_pn::Lang::Fr, ..]`.
pub(crate) fn langs(langs: &[Lang]) -> TokenStream {
    Slice(langs).into_token_stream()
}
