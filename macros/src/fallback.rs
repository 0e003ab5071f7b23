//! On error: the errors, plus a stub impl so that code using the form does not drown in follow-on errors
//! ("the trait `PrivacyNotice` is not implemented"), as thiserror does.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn expand(input: &DeriveInput, error: syn::Error) -> TokenStream {
    let errors = error.into_compile_error();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #errors
        #[allow(unreachable_code)]
        const _: () = {
            impl #impl_generics ::privacy_notice::PrivacyNotice for #ident #ty_generics #where_clause {
                fn notice() -> &'static ::privacy_notice::Notice {
                    ::core::unreachable!()
                }

                fn consents(&self) -> ::privacy_notice::Consents {
                    ::core::unreachable!()
                }
            }
        };
    }
}
