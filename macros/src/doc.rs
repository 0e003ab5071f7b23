//! The rustdoc of the generated impl: what the form declares, in the form's languages, so that `cargo doc`
//! shows it next to the type.

use crate::decl::{Basis, Form, Lang, Law, ProspectingKind, Text};

/// Markdown-escapes a declared string for rustdoc (whose input is Markdown).
fn escaped(text: &str) -> String {
    let line = text.split(['\r', '\n', '\t']).collect::<Vec<_>>().join(" ");
    line.chars()
        .flat_map(|c| {
            let special = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '!' | '|' | '~' | '&');
            special.then_some('\\').into_iter().chain(std::iter::once(c))
        })
        .collect()
}

/// A declared text, with its translations: `texte` / `text`.
fn both(form: &Form, text: &Text) -> String {
    let mut shown = vec![escaped(&text.value)];
    for lang in [Lang::Fr, Lang::En].into_iter().filter(|&lang| lang != form.lang) {
        if let Some(translation) = form.translate(&text.value, lang) {
            shown.push(escaped(translation));
        }
    }
    shown.join(" / ")
}

fn basis_name(basis: Basis) -> &'static str {
    Basis::NAMES[basis as usize]
}

/// The lines of the impl's documentation.
pub(crate) fn lines(form: &Form) -> Vec<String> {
    let name = &form.ident;
    let law = match form.law {
        Law::Gdpr => "gdpr",
        Law::Lil2004 => "lil2004",
    };
    let mut lines = vec![
        format!("Privacy notice of `{name}` (regime `{law}`) — mentions d’information du formulaire."),
        String::new(),
        "**Purposes / Finalités**".to_string(),
        String::new(),
    ];
    for purpose in &form.purposes {
        let basis = purpose.basis.map_or(String::new(), |b| format!(" — `{}`", basis_name(b)));
        let retention = purpose.retention.as_ref().or(form.retention.as_ref());
        let retention = retention.map_or(String::new(), |r| format!(" — {}", both(form, r)));
        lines.push(format!("- {}{basis}{retention}", both(form, &purpose.text)));
    }
    let recipients: Vec<String> = form.recipients.iter().map(|r| both(form, r)).collect();
    lines.extend([String::new(), format!("**Recipients / Destinataires**: {}", recipients.join("; "))]);
    if let Some(contact) = &form.rights_contact {
        lines.extend([String::new(), format!("**Rights / Droits**: {}", both(form, contact))]);
    }
    if let Some(controller) = &form.controller {
        lines.extend([String::new(), format!("**Controller / Responsable**: {}", escaped(&controller.name))]);
    }
    let boxes: Vec<String> = form
        .consent_fields()
        .map(|(field, consent)| {
            let kind = match ProspectingKind::from_id(&consent.id.value) {
                Some(kind) if !kind.is_opt_in() => "opt-out",
                _ => "opt-in",
            };
            format!("- `{}`: `{}` ({kind}, never pre-ticked)", field.name, consent.id.value)
        })
        .collect();
    if !boxes.is_empty() {
        lines.extend([String::new(), "**Consent boxes / Cases à cocher**".to_string(), String::new()]);
        lines.extend(boxes);
    }
    lines.extend([
        String::new(),
        format!(
            "The full notice: `{name}::notice().text(Lang::Fr)` (or `Lang::En`), `.html(..)`, `.markdown(..)`, \
             `.call_script(..)`."
        ),
    ]);
    lines
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn declared_strings_cannot_format_the_doc() {
        assert_eq!(escaped("*a* [b](c) `d`\n# e"), r"\*a\* \[b\](c) \`d\` \# e");
    }
}
