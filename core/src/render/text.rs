//! The document as plain text, boxes shown as `☐ label`.

use super::{Block, Document, one_line};
use crate::{ConsentField, Lang};

/// Plain text: the title, then blocks separated by blank lines; a box reads `☐ label`.
pub fn render(doc: &Document, boxes: &[ConsentField], lang: Lang) -> String {
    let mut out = one_line(&doc.title);
    for block in &doc.blocks {
        out.push_str("\n\n");
        match block {
            Block::Heading(text) | Block::Paragraph(text) => out.push_str(&one_line(text)),
            Block::List(items) => {
                let lines: Vec<String> = items.iter().map(|item| format!("- {}", one_line(item))).collect();
                out.push_str(&lines.join("\n"));
            }
            Block::Choice { legend, text, boxes: indices } => {
                let mut parts: Vec<String> = if text.is_empty() { vec![one_line(legend)] } else { Vec::new() };
                parts.extend(text.iter().map(|paragraph| one_line(paragraph)));
                parts.extend(indices.iter().map(|&index| format!("☐ {}", one_line(&boxes[index].label(lang)))));
                out.push_str(&parts.join("\n\n"));
            }
            Block::Facts(facts) => {
                let lines: Vec<String> = facts
                    .iter()
                    .map(|(label, value)| format!("{}{}{}", one_line(label), lang.colon(), one_line(value)))
                    .collect();
                out.push_str(&lines.join("\n"));
            }
            Block::Link { text, href } => out.push_str(&format!("{} <{}>", one_line(text), one_line(href))),
        }
    }
    out.push('\n');
    out
}
