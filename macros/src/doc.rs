//! The rustdoc of the generated impl: the form's notice, rendered in each of the form's own languages under a
//! heading that names the language in that language (« Notice — français », "Notice — Deutsch"), so that
//! `cargo doc` shows it next to the type and never a notice under another language's name.

use crate::model::NoticeSpec;

/// Whether the macro is expanding for rustdoc. Proc macros run inside the compiler's process, so the process
/// tells: `rustdoc` renders documentation, `rustc` (for `cargo check`/`build`) and IDE macro servers do not, and
/// skip rendering the notices. `PRIVACY_NOTICE_DOC=1` forces it where rustdoc runs under another name.
pub(crate) fn documenting() -> bool {
    // The answer cannot change within a process: ask once, not at every expansion.
    static DOCUMENTING: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DOCUMENTING.get_or_init(|| {
        std::env::var_os("PRIVACY_NOTICE_DOC").is_some_and(|v| v == "1")
            || std::env::current_exe()
                .ok()
                .and_then(|exe| exe.file_stem().map(|stem| stem.to_string_lossy().starts_with("rustdoc")))
                .unwrap_or(false)
    })
}

/// The notice of `spec` as Markdown (rustdoc's input), in each of its languages. Every declared string is escaped by
/// the runtime's Markdown renderer.
pub(crate) fn notice(spec: &NoticeSpec) -> String {
    let law = spec.law.code();
    let mut doc = format!(
        "The privacy notice of `{form}` (regime `{law}`), as the form shows it. In code: \
         `{form}::notice().text(Lang::Fr)` (or `.html(..)`, `.markdown(..)`, `.call_script(..)`).\n\n",
        form = spec.form
    );
    if spec.law == crate::model::Law::Lil2004 {
        doc.push_str(
            "**Historical:** the `lil2004` regime reproduces the 2004 French text, which no longer meets the GDPR \
             (no controller, legal basis, retention or complaint). Remove `law = \"lil2004\"` to use `gdpr`.\n\n",
        );
    }
    for &lang in spec.langs {
        doc.push_str(&format!("#### Notice — {}\n\n", lang.catalog().name));
        let document = crate::texts::notice(spec, lang);
        doc.push_str(&crate::render::markdown::render(&document, spec.consent_fields, lang, 5));
        doc.push('\n');
    }
    doc
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    /// For rustdoc, the expansion documents the impl with the form's notice in each of its languages, under
    /// `cfg(doc)`; otherwise not.
    #[test]
    fn the_impl_carries_the_notice_in_each_of_the_form_s_languages_for_rustdoc() {
        let input: syn::DeriveInput = syn::parse2(
            TokenStream::from_str(
                r#"
                #[notice(law = "lil2004", historical)]
                #[purpose("*la gestion* de vos commandes")]
                #[recipients("notre service commercial")]
                #[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
                struct OrderForm { email: String }
                "#,
            )
            .unwrap(),
        )
        .unwrap();
        let mut errors = crate::errors::Errors::default();
        let form = crate::parse::form(&input, &mut errors).unwrap();
        let form = crate::check::form(&form, &mut errors).unwrap();
        errors.finish().expect("a lawful form");
        assert!(!super::documenting(), "a test binary is not rustdoc");
        assert_eq!(impl_doc(crate::expand::form(&form, false)), None);
        let doc = impl_doc(crate::expand::form(&form, true)).expect("a doc attribute gated on cfg(doc)");
        // A French form without translation: its French notice, under a French heading, and no other.
        assert!(doc.contains("#### Notice — français"), "{doc}");
        assert!(!doc.contains("Notice — English") && !doc.contains("The information collected"), "{doc}");
        assert!(doc.contains("destiné à \\*la gestion\\* de vos commandes"), "escaped Markdown: {doc}");
    }

    /// The text of the `#[cfg_attr(doc, doc = "..")]` on the `PrivacyNotice` impl, read from the expansion
    /// parsed as items.
    fn impl_doc(expansion: TokenStream) -> Option<String> {
        let file: syn::File = syn::parse2(expansion).expect("the expansion parses as items");
        let syn::Item::Const(block) = &file.items[0] else { panic!("the expansion is `const _: () = {{ .. }};`") };
        let syn::Expr::Block(block) = &*block.expr else { panic!("a block") };
        let trait_impl = block
            .block
            .stmts
            .iter()
            .find_map(|stmt| match stmt {
                syn::Stmt::Item(syn::Item::Impl(item)) if item.trait_.is_some() => Some(item),
                _ => None,
            })
            .expect("the trait impl");
        let mut doc = None;
        for attr in trait_impl.attrs.iter().filter(|attr| attr.path().is_ident("cfg_attr")) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("doc") && meta.input.peek(syn::Token![=]) {
                    doc = Some(meta.value()?.parse::<syn::LitStr>()?.value());
                }
                Ok(())
            })
            .expect("cfg_attr(doc, doc = \"..\")");
        }
        doc
    }
}
