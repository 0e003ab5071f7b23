//! The model as Rust expressions: `Expr(&value)` writes, through `ToTokens`, the `const` constructor calls that
//! rebuild `value` in the form's crate (`Purpose::new(..).with_basis(..)`, the runtime's items imported). A field left at its default
//! is not written, so the expansion is as short as the declaration.
//!
//! The tokens are pushed flat into one list per group ([`Writer`]) rather than assembled from nested `quote!`
//! fragments: inside the compiler every fragment is a stream built and then concatenated across the
//! proc-macro bridge, and for a form's data that bookkeeping cost more than the tokens themselves.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use crate::field::{ConsentField, Topic};
use crate::lang::Lang;
use crate::model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, JointController, Law, LegalBasis,
    NoticeSpec, Prospecting, ProspectingKind, Purpose, Representative, Text, Transfer,
};
use crate::vocabulary::{Art9Condition, Audience, DataKind, MarketingChannel, Recipient, SpecialCategory, SpecialData};

/// A model value, written as the expression that builds it.
pub(crate) struct Expr<'r, T: ?Sized>(pub &'r T);

impl<T: Emit + ?Sized> ToTokens for Expr<'_, T> {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let mut out = Writer::default();
        self.0.emit(&mut out);
        tokens.extend(out.trees);
    }
}

/// Tokens of one group, written in order.
#[derive(Default)]
pub(crate) struct Writer {
    trees: Vec<TokenTree>,
}

impl Writer {
    fn ident(&mut self, name: &str) {
        self.trees.push(Ident::new(name, Span::call_site()).into());
    }

    fn punct(&mut self, c: char, spacing: Spacing) {
        self.trees.push(Punct::new(c, spacing).into());
    }

    /// `A::b`: `segments` joined by `::`, names of the runtime's private module, which the expansion imports
    /// where the data is written.
    fn path(&mut self, segments: &[&str]) {
        for (index, segment) in segments.iter().enumerate() {
            if index > 0 {
                self.punct(':', Spacing::Joint);
                self.punct(':', Spacing::Alone);
            }
            self.ident(segment);
        }
    }

    fn str(&mut self, value: &str) {
        self.trees.push(Literal::string(value).into());
    }

    fn bool(&mut self, value: bool) {
        self.ident(if value { "true" } else { "false" });
    }

    /// A group whose tokens `inner` writes.
    fn group(&mut self, delimiter: Delimiter, inner: impl FnOnce(&mut Writer)) {
        let mut group = Writer::default();
        inner(&mut group);
        self.trees.push(Group::new(delimiter, group.trees.into_iter().collect()).into());
    }

    /// `Path::to(a, b, ..)`, each argument written by `emit`.
    fn call(&mut self, path: &[&str], args: &[&dyn Emit]) {
        self.path(path);
        self.group(Delimiter::Parenthesis, |out| {
            for arg in args {
                arg.emit(out);
                out.punct(',', Spacing::Alone);
            }
        });
    }

    /// `.with_name(value)`.
    fn set(&mut self, setter: &str, value: &dyn Emit) {
        self.punct('.', Spacing::Alone);
        self.ident(setter);
        self.group(Delimiter::Parenthesis, |out| value.emit(out));
    }

    /// `.with_name(value)` when `value` is set.
    fn set_some<T: Emit>(&mut self, setter: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.set(setter, value);
        }
    }

    /// `.with_name(&[..])` when the list is not empty.
    fn set_list<T: Emit>(&mut self, setter: &str, items: &[T]) {
        if !items.is_empty() {
            self.set(setter, &items);
        }
    }
}

/// What writes itself as an expression.
pub(crate) trait Emit {
    fn emit(&self, out: &mut Writer);
}

impl Emit for str {
    fn emit(&self, out: &mut Writer) {
        out.str(self);
    }
}

impl<T: Emit + ?Sized> Emit for &T {
    fn emit(&self, out: &mut Writer) {
        (**self).emit(out);
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut Writer) {
        out.bool(*self);
    }
}

/// `&[a, b, c]`.
impl<T: Emit> Emit for [T] {
    fn emit(&self, out: &mut Writer) {
        out.punct('&', Spacing::Alone);
        out.group(Delimiter::Bracket, |out| {
            for item in self {
                item.emit(out);
                out.punct(',', Spacing::Alone);
            }
        });
    }
}

/// `(a, b)`.
impl<A: Emit, B: Emit> Emit for (A, B) {
    fn emit(&self, out: &mut Writer) {
        out.group(Delimiter::Parenthesis, |out| {
            self.0.emit(out);
            out.punct(',', Spacing::Alone);
            self.1.emit(out);
        });
    }
}

/// `Some(value)` or `None`, the runtime's re-exports (a form's module may shadow the prelude's).
impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut Writer) {
        match self {
            Some(value) => out.call(&["Some"], &[value]),
            None => out.path(&["None"]),
        }
    }
}

/// A fieldless enum's value as a path: `LegalBasis::Consent`. Derived `Debug` prints a fieldless
/// variant's name, which is the identifier the path needs.
macro_rules! emit_enums {
    ($($name:ident),*) => {$(
        impl Emit for $name {
            fn emit(&self, out: &mut Writer) {
                out.path(&[stringify!($name), &format!("{self:?}")]);
            }
        }
    )*};
}

emit_enums!(
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

/// `Text::same(..)` when both languages read the same (a form without translations), else `Text::new`.
impl Emit for Text<'_> {
    fn emit(&self, out: &mut Writer) {
        if self.fr == self.en {
            out.call(&["Text", "same"], &[&self.fr]);
        } else {
            out.call(&["Text", "new"], &[&self.fr, &self.en]);
        }
    }
}

impl Emit for Purpose<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["Purpose", "new"], &[&self.text]);
        out.set_some("with_id", &self.id);
        out.set_some("with_basis", &self.basis);
        out.set_some("with_interest", &self.interest);
        out.set_some("with_retention", &self.retention);
        out.set_some("with_marketing", &self.marketing);
        if self.sale {
            out.set("with_sale", &true);
        }
        out.set_some("with_data_use", &self.data_use);
        out.set_some("with_law", &self.law);
    }
}

impl Emit for Controller<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["Controller", "new"], &[&self.name, &self.address, &self.contact]);
        out.set_some("with_country", &self.country);
        out.set_some("with_authority", &self.authority);
    }
}

impl Emit for JointController<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["JointController", "new"], &[&self.name, &self.contact, &self.arrangement]);
    }
}

impl Emit for Representative<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["Representative", "new"], &[&self.name, &self.contact]);
    }
}

impl Emit for Prospecting<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["Prospecting", "new"], &[&self.kind]);
        out.set_some("with_partners", &self.partners);
        out.set_some("with_caller", &self.caller);
        out.set_some("with_retention", &self.retention);
    }
}

impl Emit for Recipient<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["Recipient", "new"], &[&self.name, &self.country]);
    }
}

impl Emit for Transfer<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["Transfer", "new"], &[&self.country]);
        out.set_some("with_safeguard", &self.safeguard);
        out.set_some("with_copy", &self.copy);
        out.set_some("with_adequacy", &self.adequacy);
    }
}

impl Emit for AutomatedDecision<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["AutomatedDecision", "new"], &[&self.decision, &self.logic, &self.consequences]);
    }
}

impl Emit for DataSource<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["DataSource", "new"], &[&self.source, &self.categories, &self.public]);
    }
}

impl Emit for DataRequirement<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["DataRequirement", "new"], &[&self.reason, &self.consequence]);
    }
}

impl Emit for SpecialData {
    fn emit(&self, out: &mut Writer) {
        out.call(&["SpecialData", "new"], &[&self.category, &self.condition]);
    }
}

impl Emit for DataField<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(&["DataField", "new"], &[&self.name]);
        out.set_some("with_label", &self.label);
        if self.required {
            out.set("with_required", &true);
        }
        out.set_some("with_kind", &self.kind);
        out.set_some("with_special", &self.special);
        out.set_list("with_purposes", self.purposes);
        out.set_some("with_category", &self.category);
        out.set_some("with_art9_law", &self.art9_law);
        out.set_some("with_art9_secrecy", &self.art9_secrecy);
    }
}

impl Emit for ConsentField<'_> {
    fn emit(&self, out: &mut Writer) {
        let (name, law) = (self.name(), self.law());
        match self.topic() {
            Topic::Prospecting(p) => out.call(&["ConsentField", "__prospecting"], &[&name, &p, &law, &self.langs()]),
            Topic::Purpose { text, label, objection } => out.call(
                &["ConsentField", "__purpose"],
                &[&name, &self.purpose(), &text, &label, &objection, &law, &self.langs()],
            ),
        }
    }
}

/// The form's id: the one declared (`#[notice(id = "..")]`), else
/// `::core::concat!(::core::module_path!(), "::", "Form")`, its module path and its name.
struct Id<'a> {
    declared: &'a str,
    form: &'a str,
}

impl Emit for Id<'_> {
    fn emit(&self, out: &mut Writer) {
        let (declared, name) = (self.declared, self.form);
        if declared.is_empty() {
            out.trees.extend(quote::quote!(::core::concat!(::core::module_path!(), "::", #name)));
        } else {
            out.trees.extend(quote::quote!(#declared));
        }
    }
}

/// The form's `NoticeSpec`. Its `id` prefixes the module path where the form is declared.
impl Emit for NoticeSpec<'_> {
    fn emit(&self, out: &mut Writer) {
        out.call(
            &["NoticeSpec", "new"],
            &[
                &Id { declared: self.id, form: self.form },
                &self.form,
                &self.law,
                &self.lang,
                &self.langs,
                &self.rights_contact,
            ],
        );
        out.set_some("with_policy", &self.policy);
        out.set_list("with_purposes", self.purposes);
        out.set_list("with_recipients", self.recipients);
        out.set_list("with_located_recipients", self.located_recipients);
        if self.audience != Audience::Consumers {
            out.set("with_audience", &self.audience);
        }
        out.set_list("with_subjects", self.subjects);
        out.set_list("with_joint_controllers", self.joint_controllers);
        out.set_list("with_wording", self.wording);
        out.set_some("with_parental_consent", &self.parental_consent);
        out.set_some("with_controller", &self.controller);
        out.set_some("with_dpo", &self.dpo);
        out.set_some("with_representative", &self.representative);
        out.set_list("with_transfers", self.transfers);
        out.set_some("with_automated_decision", &self.automated_decision);
        out.set_some("with_data_source", &self.data_source);
        out.set_some("with_data_requirement", &self.data_requirement);
        out.set_some("with_withdrawal", &self.withdrawal);
        out.set_some("with_retention", &self.retention);
        out.set_some("with_call_recording", &self.call_recording);
        out.set_list("with_prospecting", self.prospecting);
        out.set_list("with_fields", self.fields);
        out.set_list("with_consent_fields", self.consent_fields);
        out.set_some("with_version_field", &self.version_field);
    }
}
