//! The rustdoc of the generated impl: the form's notice, rendered in French and in English, so that
//! `cargo doc` shows it next to the type.

use crate::Lang;
use crate::model::{Law, NoticeSpec};

/// The notice of `spec` as Markdown (rustdoc's input), in both languages. Every declared string is escaped by
/// the runtime's Markdown renderer.
pub(crate) fn notice(spec: &NoticeSpec) -> String {
    let law = match spec.law {
        Law::Gdpr => "gdpr",
        Law::Lil2004 => "lil2004",
    };
    let mut doc = format!(
        "The privacy notice of `{form}` (regime `{law}`), as the form shows it. In code: \
         `{form}::notice().text(Lang::Fr)` (or `.html(..)`, `.markdown(..)`, `.call_script(..)`).\n\n",
        form = spec.form
    );
    for (heading, lang) in [("Notice — français", Lang::Fr), ("Notice — English", Lang::En)] {
        doc.push_str(&format!("#### {heading}\n\n"));
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

    /// The expansion documents the impl with both notices, only when rustdoc builds (`cfg(doc)`).
    #[test]
    fn the_impl_carries_both_notices_for_rustdoc() {
        let input = TokenStream::from_str(
            r#"
            #[notice(law = "lil2004")]
            #[purpose("*la gestion* de vos commandes")]
            #[recipients("notre service commercial")]
            #[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
            struct OrderForm { email: String }
            "#,
        )
        .unwrap();
        let output = crate::derive(input).to_string();
        let doc_attr = output.find("cfg_attr (doc , doc =").expect("a doc attribute gated on cfg(doc)");
        let doc = &output[doc_attr..];
        assert!(doc.contains("Notice — français") && doc.contains("Notice — English"));
        assert!(doc.contains("destiné à \\\\*la gestion\\\\* de vos commandes"), "escaped Markdown: {doc}");
        assert!(doc.contains("The information collected is processed electronically"));
    }
}
