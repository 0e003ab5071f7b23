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

    pub fn choice(&mut self, legend: impl Into<String>, text: Vec<String>, boxes: Vec<usize>) {
        if !boxes.is_empty() {
            self.blocks.push(Block::Choice { legend: legend.into(), text, boxes });
        }
    }
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
