//! Phase 3: the `PrivacyNotice` impl. The notice's declarations are one string literal (`codec`), which the
//! runtime reads into a `static` on the first call to `notice()`; the only code generated per form is the list
//! of its boxes in `consents`.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::checked::CheckedForm;

/// Phase 3: the impl, inside `const _: () = { .. };`.
pub(crate) fn form(checked: &CheckedForm<'_>, with_doc: bool) -> TokenStream {
    let form = checked.form;
    let ident = &form.ident;
    let (impl_generics, ty_generics, where_clause) = form.generics.split_for_impl();
    // The rendered notices are for rustdoc only: other builds skip the work (see `doc::documenting`).
    let (spec, doc) = checked.with_spec(|spec| {
        let doc = with_doc.then(|| {
            let doc = crate::doc::notice(spec);
            quote!(#[cfg_attr(doc, doc = #doc)])
        });
        (Literal::string(&crate::codec::encode(spec)), doc)
    });
    let ticks = checked.boxes.iter().map(|checked| {
        let field = checked.field;
        let member = &field.ident;
        // Spanned on the type, so that a wrong type is reported there (`ConsentBox` is not implemented).
        quote_spanned!(field.ty_span=> _pn::ConsentBox::is_ticked(&self.#member))
    });
    // One constant per box, named after its purpose id: `consents.get(OrderForm::PARTNER_OPTOUT)` is checked
    // by the compiler where `get("partner_optin")` would only return `None`.
    // An id made only of `_` and digits names no constant (`_` is not one): such a box keeps its string id only.
    let nameable = |id: &str| id.starts_with(|c: char| c.is_ascii_alphabetic());
    let ids = checked.boxes.iter().filter(|checked| nameable(checked.id())).map(|checked| {
        let id = checked.id();
        let name = quote::format_ident!("{}", id.to_ascii_uppercase(), span = checked.consent.id.span);
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
    // The form's id is its declared one, else the module path where it is declared and its name.
    let module = if form.id.is_some() { quote!("") } else { quote!(::core::module_path!()) };
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
                    static NOTICE: _pn::LazyNotice = _pn::LazyNotice::new(#spec, #module);
                    NOTICE.get()
                }

                fn consents(&self) -> _pn::Consents {
                    _pn::Consents::__from_ticks(
                        <Self as #runtime::PrivacyNotice>::notice(),
                        &[#(#ticks),*],
                        #shown_version,
                    )
                }
            }

            #[allow(dead_code)]
            impl #impl_generics #ident #ty_generics #where_clause {
                #(#ids)*
            }

            #submit
        };
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    /// What the runtime reads back from the literal is the spec the derive wrote, field for field.
    #[test]
    fn the_literal_reads_back_as_the_spec() {
        let sources = [
            crate::robustness::RICH,
            "#[notice(id = \"shop::order\", subjects = \"customer\")]\n#[purpose(\"p\", data_use = \"essential.service\", basis = \"contract\", retention = \"1 an\")]\n#[recipients(\"nous\")]\n#[rights_contact(\"dpo@x.fr\")]\n#[controller(name = \"X\", address = \"Paris\", contact = \"dpo@x.fr\", country = \"FR\")]\nstruct F { #[personal_data(category = \"user.name\")] name: String }",
        ];
        for source in sources {
            let input: syn::DeriveInput = syn::parse2(TokenStream::from_str(source).unwrap()).unwrap();
            let mut errors = crate::errors::Errors::default();
            let form = crate::parse::form(&input, &mut errors).expect("parses");
            let checked = crate::check::form(&form, &mut errors);
            errors.finish().expect("a lawful form");
            let checked = checked.expect("checked");
            checked.with_spec(|spec| {
                let data: &'static str = Box::leak(crate::codec::encode(spec).into_boxed_str());
                let decoded = crate::codec::decode(data, "app::forms");
                let mut expected = *spec;
                let id = format!("app::forms::{}", spec.form);
                if spec.id.is_empty() {
                    expected.id = &id;
                }
                assert_eq!(format!("{decoded:?}"), format!("{expected:?}"));
            });
        }
    }
}
