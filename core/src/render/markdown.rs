//! The document as CommonMark: every declared string escaped.

use super::{Block, Document, Piece, is_safe_link, one_line, pieces};
use crate::{ConsentField, Lang};

/// Escapes text so that CommonMark reads it as text: no emphasis, link, image, code, raw HTML, entity, table
/// or strikethrough, and no block marker (heading, list, quote, rule) at the start of the line.
pub fn escape(text: &str) -> String {
    let line = one_line(text);
    escape_block_start(escape_inline(line.trim_start()))
}

/// Escapes text like [`escape`], and makes its web and e-mail addresses autolinks (`<https://..>`,
/// `<a@b.fr>`). An address holds no space, `<` or `>`, so it cannot leave its angle brackets; inside them,
/// CommonMark reads nothing as markup.
pub fn escape_linked(text: &str) -> String {
    let line = one_line(text);
    let linked: String = pieces(line.trim_start())
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => escape_inline(text),
            Piece::Link(shown, _) => format!("<{shown}>"),
        })
        .collect();
    escape_block_start(linked)
}

/// The characters CommonMark reads as inline markup, backslash-escaped.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 8);
    for c in line.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '!' | '|' | '~' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A line that starts with `-`, `+`, `=` or `1.`/`1)` would be read as a list or a heading underline.
fn escape_block_start(line: String) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = match line.as_bytes().get(digits) {
        Some(b'-' | b'+' | b'=') if digits == 0 => Some(0),
        Some(b'.' | b')') if digits > 0 => Some(digits),
        _ => None,
    };
    match marker {
        Some(at) => format!("{}\\{}", &line[..at], &line[at..]),
        None => line,
    }
}

/// `[text](<href>)`, or the text and the address as text when the address is not one that may be linked. A
/// linkable address holds no space, `<` or `>`, so it cannot leave the angle brackets.
pub fn link(text: &str, href: &str) -> String {
    if is_safe_link(href) {
        format!("[{}](<{href}>)", escape(text))
    } else {
        format!("{} {}", escape(text), escape(href))
    }
}

/// A numbered list of links to the sections of a page, under a heading at `level`.
pub fn contents(heading: &str, level: usize, entries: &[(String, String)]) -> String {
    let mut out = format!("{} {}\n\n", "#".repeat(level), escape(heading));
    for (number, (text, href)) in entries.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", number + 1, link(text, href)));
    }
    out
}

/// CommonMark: a heading at `level`, paragraphs, bullet lists; a box reads `☐ label`.
pub fn render(doc: &Document, boxes: &[ConsentField], lang: Lang, level: usize) -> String {
    let (title, sub) = ("#".repeat(level), "#".repeat(level + 1));
    let mut out = format!("{title} {}\n", escape(&doc.title));
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading(text) => out.push_str(&format!("{sub} {}\n", escape(text))),
            Block::Paragraph(text) => out.push_str(&format!("{}\n", escape_linked(text))),
            Block::List(items) => {
                for item in items {
                    out.push_str(&format!("- {}\n", escape_linked(item)));
                }
            }
            Block::Choice { legend, text, boxes: indices } => {
                let mut parts: Vec<String> =
                    if text.is_empty() { vec![format!("{sub} {}", escape(legend))] } else { Vec::new() };
                parts.extend(text.iter().map(|paragraph| escape_linked(paragraph)));
                parts.extend(indices.iter().map(|&index| format!("☐ {}", escape_linked(&boxes[index].label(lang)))));
                out.push_str(&parts.join("\n\n"));
                out.push('\n');
            }
            Block::Facts(facts) => {
                for (label, value) in facts {
                    out.push_str(&format!("- {}{}{}\n", escape(label), lang.colon(), escape_linked(value)));
                }
            }
            Block::Link { text, href } => out.push_str(&format!("{}\n", link(text, href))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn inline_syntax_is_escaped() {
        assert_eq!(escape("[x](http://e.com) *a* `b` <i>"), r"\[x\](http://e.com) \*a\* \`b\` \<i\>");
    }

    #[test]
    fn block_markers_at_the_start_are_escaped() {
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("12. item"), r"12\. item");
        assert_eq!(escape("# title"), r"\# title");
        assert_eq!(escape("a - b. 3"), "a - b. 3");
    }

    #[test]
    fn line_breaks_cannot_open_a_new_block() {
        assert_eq!(escape("a\n- b\r\n# c"), r"a - b \# c");
    }
}
