//! The document as HTML: every declared string escaped, boxes never ticked.

use std::fmt::Write;

use super::{Block, Document, Piece, is_safe_link, one_line, pieces};
use crate::{ConsentField, Lang};

/// Escapes text for HTML content and double- or single-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text like [`escape`], and makes its web and e-mail addresses links (`<a href>`, `mailto:`).
pub fn escape_linked(text: &str) -> String {
    let line = one_line(text);
    pieces(&line)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => escape(text),
            Piece::Link(shown, href) => format!("<a href=\"{}\">{}</a>", escape(&href), escape(shown)),
        })
        .collect()
}

/// How a notice shows its boxes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Boxes {
    /// Unticked inputs, on a form.
    Inputs,
    /// Described (`☐ label`), in a privacy policy, where nothing is submitted.
    Described,
    /// Left out: the page places them itself.
    Omitted,
}

/// Where a notice sits in a page: the level of its title, a prefix that keeps its `id`s unique, and how it
/// shows its boxes.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct Placement<'a> {
    /// The level of the notice's title (`<h2>` for 2).
    pub level: usize,
    /// What every `id` starts with.
    pub id_prefix: &'a str,
    /// Inputs, a description, or nothing.
    pub boxes: Boxes,
}

impl<'a> Placement<'a> {
    /// A notice on its own: `<h2>` title, plain ids.
    pub const PAGE: Placement<'static> = Placement { level: 2, id_prefix: "", boxes: Boxes::Inputs };

    /// A notice whose title is at `level`, its ids prefixed with `id_prefix`, its boxes shown as `boxes` says.
    pub const fn new(level: usize, id_prefix: &'a str, boxes: Boxes) -> Placement<'a> {
        Placement { level, id_prefix, boxes }
    }
}

/// A link, or its text and address as plain text when the address is not one that may be linked.
pub fn link(text: &str, href: &str) -> String {
    if is_safe_link(href) {
        format!("<a href=\"{}\">{}</a>", escape(href), escape(text))
    } else {
        format!("{} {}", escape(text), escape(href))
    }
}

impl ConsentField<'_> {
    /// An unticked `<input type="checkbox">` with its `<label>`, every string escaped.
    pub fn html(&self, lang: Lang) -> String {
        checkbox(self, self.shown_lang(lang))
    }
}

/// An unticked checkbox and its label. Never `checked`, never `required` (GDPR Art. 7(4), Recital 32).
pub fn checkbox(field: &ConsentField, lang: Lang) -> String {
    checkbox_in(field, lang, "")
}

/// The box in its wrapper, the same wherever it is rendered: `div.privacy-notice-box`, `input.privacy-notice-input`,
/// `label.privacy-notice-label`.
fn checkbox_in(field: &ConsentField, lang: Lang, id_prefix: &str) -> String {
    let id = escape(&format!("{id_prefix}privacy-consent-{}", field.name()));
    format!(
        "<div class=\"privacy-notice-box\"><input type=\"checkbox\" class=\"privacy-notice-input\" id=\"{id}\" \
         name=\"{name}\" value=\"on\"> <label class=\"privacy-notice-label\" for=\"{id}\">{label}</label></div>",
        name = escape(field.name()),
        label = escape_linked(&field.label(lang)),
    )
}

/// Every box of a form, in order, in one `<fieldset>` to place inside the user's own `<form>`.
pub fn boxes(fields: &[ConsentField], legend: &str, lang: Lang) -> String {
    let mut out = format!(
        "<fieldset class=\"privacy-notice-choices\" lang=\"{}\">\n<legend>{}</legend>\n",
        lang.code(),
        escape(legend)
    );
    for field in fields {
        let _ = writeln!(out, "{}", checkbox(field, lang));
    }
    out.push_str("</fieldset>\n");
    out
}

/// A whole HTML page in `lang` under `title`, with the page's own `style` (none if empty), `body` in `<main>`.
pub fn page(lang: Lang, title: &str, style: &str, body: &str) -> String {
    let style = if style.is_empty() { String::new() } else { format!("<style>{style}</style>\n") };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n{style}\
         </head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        code = lang.code(),
        title = escape(title),
    )
}

/// The table of contents of a page: a `<nav>` named by its heading (`<h2 id="{id}">`), then a numbered list
/// of links to its sections.
pub fn contents(id: &str, heading: &str, entries: &[(String, String)]) -> String {
    let mut out =
        format!("<nav aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n<ol>\n", escape(heading), id = escape(id));
    for (text, href) in entries {
        let _ = writeln!(out, "<li>{}</li>", link(text, href));
    }
    out.push_str("</ol>\n</nav>\n");
    out
}

/// A `<section lang="..">` fragment with a heading, paragraphs, lists and the boxes.
pub fn render(doc: &Document, boxes: &[ConsentField], lang: Lang, at: Placement) -> String {
    let (title, sub) = (at.level, at.level + 1);
    let mut out = format!(
        "<section class=\"privacy-notice\" lang=\"{}\">\n<h{title}>{}</h{title}>\n",
        lang.code(),
        escape(&doc.title)
    );
    for block in &doc.blocks {
        // Writing to a String cannot fail.
        let _ = match block {
            Block::Heading(text) => writeln!(out, "<h{sub}>{}</h{sub}>", escape(text)),
            Block::Paragraph(text) => writeln!(out, "<p>{}</p>", escape_linked(text)),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", escape_linked(item));
                }
                writeln!(out, "</ul>")
            }
            // A choice whose boxes the page places itself, and that says nothing else, is left out.
            Block::Choice { text, .. } if at.boxes == Boxes::Omitted && text.is_empty() => Ok(()),
            Block::Choice { legend, text, boxes: indices } => {
                let _ =
                    writeln!(out, "<fieldset class=\"privacy-notice-choice\">\n<legend>{}</legend>", escape(legend));
                for paragraph in text {
                    let _ = writeln!(out, "<p>{}</p>", escape_linked(paragraph));
                }
                for &index in indices {
                    let _ = match at.boxes {
                        Boxes::Inputs => writeln!(out, "{}", checkbox_in(&boxes[index], lang, at.id_prefix)),
                        Boxes::Described => writeln!(
                            out,
                            "<p class=\"privacy-notice-box\">☐ {}</p>",
                            escape_linked(&boxes[index].label(lang))
                        ),
                        Boxes::Omitted => Ok(()),
                    };
                }
                writeln!(out, "</fieldset>")
            }
            Block::Facts(facts) => {
                out.push_str("<dl>\n");
                for (label, value) in facts {
                    let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape_linked(value));
                }
                writeln!(out, "</dl>")
            }
            Block::Link { text, href } => writeln!(out, "<p>{}</p>", link(text, href)),
        };
    }
    out.push_str("</section>\n");
    out
}
