//! Renderers: one document model ([`Document`]) written out as plain text, HTML or Markdown.

pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod text;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::Lang;

/// A notice as blocks, before it is written in a format.
#[derive(Debug, Default)]
pub(crate) struct Document {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One block of a notice.
#[derive(Debug)]
pub(crate) enum Block {
    Heading(String),
    Paragraph(String),
    List(Vec<String>),
    /// A choice the person makes: its name, the text that explains it, and its boxes (indices into the
    /// form's boxes). HTML makes it a `<fieldset>` with a `<legend>`.
    Choice {
        legend: String,
        text: Vec<String>,
        boxes: Vec<usize>,
    },
    /// A paragraph that is a link: `text`, leading to `href` (only ever an `http(s)://` address, a path on the
    /// same site or a `#fragment`: see [`is_safe_link`]; anything else is written as plain text).
    Link {
        text: String,
        href: String,
    },
}

impl Document {
    pub fn new(title: impl Into<String>) -> Document {
        Document { title: title.into(), blocks: Vec::new() }
    }

    pub fn heading(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading(text.into()));
    }

    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    pub fn link(&mut self, text: impl Into<String>, href: impl Into<String>) {
        self.blocks.push(Block::Link { text: text.into(), href: href.into() });
    }

    pub fn choice(&mut self, legend: impl Into<String>, text: Vec<String>, boxes: Vec<usize>) {
        if !boxes.is_empty() {
            self.blocks.push(Block::Choice { legend: legend.into(), text, boxes });
        }
    }
}

/// Whether `href` may become a link: an `http://` or `https://` address with a host, a path on the same site
/// (`/privacy`) or a fragment (`#section`), with no whitespace, control character, quote, angle bracket or
/// backslash. No other scheme (`javascript:`, `data:`, ...) is ever linked.
pub(crate) fn is_safe_link(href: &str) -> bool {
    let rest = if let Some(rest) = href.strip_prefix("https://").or_else(|| href.strip_prefix("http://")) {
        match rest.split(['/', '?', '#']).next() {
            Some(host) if !host.is_empty() => rest,
            _ => return false,
        }
    } else if href.starts_with('/') && !href.starts_with("//") || href.starts_with('#') && href.len() > 1 {
        href
    } else {
        return false;
    };
    !rest.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
}

/// User text is written on one line: a line break in a declaration must not start a new block in the output.
/// Other control characters and Unicode noncharacters, which HTML5 forbids, become U+FFFD.
pub(crate) fn one_line(text: &str) -> String {
    let line = text.split(['\r', '\n', '\t']).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ");
    if line.chars().any(is_forbidden) {
        line.chars().map(|c| if is_forbidden(c) { '\u{FFFD}' } else { c }).collect()
    } else {
        line
    }
}

/// A character HTML5 reports as a parse error wherever it appears: C0 and C1 controls, DEL, noncharacters.
fn is_forbidden(c: char) -> bool {
    let code = u32::from(c);
    c.is_control() || (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// Serializes as `{"fr": f(Fr), "en": f(En)}`.
pub(crate) struct PerLang<F>(pub F);

impl<F: Fn(Lang) -> T, T: Serialize> Serialize for PerLang<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Lang::ALL.len()))?;
        for lang in Lang::ALL {
            map.serialize_entry(lang.code(), &(self.0)(lang))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::is_safe_link;

    #[test]
    fn only_web_addresses_paths_and_fragments_are_links() {
        for good in ["https://boutique.fr/confidentialite", "http://a.fr", "/privacy", "/privacy?lang=en#x", "#f-1"] {
            assert!(is_safe_link(good), "{good}");
        }
        let bad = [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "//evil.example/x",
            "https://",
            "https:///path",
            "privacy",
            "#",
            "",
            "https://a.fr/x y",
            "https://a.fr/\"onclick=\"x",
            "/a<script>",
            "/a\\b",
            "https://a.fr/\u{0}",
            "mailto:a@b.fr",
        ];
        for bad in bad {
            assert!(!is_safe_link(bad), "{bad:?}");
        }
    }
}
