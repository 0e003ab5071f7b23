use super::{Block, Document, one_line};
use crate::{ConsentField, Lang};

/// Plain text: the title, then blocks separated by blank lines; a box reads `☐ label`.
pub(crate) fn render(doc: &Document, boxes: &[ConsentField], lang: Lang) -> String {
    let mut out = one_line(&doc.title);
    for block in &doc.blocks {
        out.push_str("\n\n");
        match block {
            Block::Heading(text) | Block::Paragraph(text) => out.push_str(&one_line(text)),
            Block::List(items) => {
                let lines: Vec<String> = items.iter().map(|item| format!("- {}", one_line(item))).collect();
                out.push_str(&lines.join("\n"));
            }
            Block::Checkbox(index) => {
                out.push_str("☐ ");
                out.push_str(&one_line(&boxes[*index].label(lang)));
            }
        }
    }
    out.push('\n');
    out
}
