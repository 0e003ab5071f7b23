//! On error: the errors, plus a stub impl so that code using the form does not drown in follow-on errors
//! ("the trait `PrivacyNotice` is not implemented"), as thiserror does.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

/// The path of the runtime: `#[notice(crate = "..")]` (serde's `crate = ".."`, for a crate that re-exports
/// privacy-notice), or `::privacy_notice`. Read on its own, leniently, so that the stub below uses it even when
/// the rest of the declaration has errors; `parse` reports a `crate` that is not a path.
pub(crate) fn runtime_path(attrs: &[syn::Attribute]) -> TokenStream {
    let mut found = None;
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("notice")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let path: syn::LitStr = meta.value()?.parse()?;
                found = path.parse::<syn::Path>().ok();
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<proc_macro2::TokenTree>()?;
            }
            Ok(())
        });
    }
    found.map_or_else(|| quote!(::privacy_notice), |path| quote!(#path))
}

pub(crate) fn expand(input: &DeriveInput, error: syn::Error) -> TokenStream {
    let runtime = runtime_path(&input.attrs);
    let errors = error.into_compile_error();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #errors
        #[allow(unreachable_code)]
        const _: () = {
            impl #impl_generics #runtime::PrivacyNotice for #ident #ty_generics #where_clause {
                fn notice() -> &'static #runtime::Notice {
                    ::core::unreachable!()
                }

                fn consents(&self) -> #runtime::Consents {
                    ::core::unreachable!()
                }
            }
        };
    }
}
