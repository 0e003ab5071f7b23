//! Renderers: one document model ([`Document`]) written out as plain text, HTML or Markdown.

pub mod html;
pub mod markdown;
pub mod text;

/// A notice as blocks, before it is written in a format.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Document {
    /// The notice's heading.
    pub title: String,
    /// What follows it, in order.
    pub blocks: Vec<Block>,
}

/// One block of a notice.
#[derive(Debug)]
pub enum Block {
    /// A section heading.
    Heading(String),
    /// A paragraph.
    Paragraph(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A choice the person makes: its name, the text that explains it, and its boxes (indices into the
    /// form's boxes). HTML makes it a `<fieldset>` with a `<legend>`.
    Choice {
        /// The choice's name.
        legend: String,
        /// What explains it.
        text: Vec<String>,
        /// Its boxes, as indices into the form's boxes.
        boxes: Vec<usize>,
    },
    /// Facts, each a label and its value (a register's id, regime, controller). HTML makes them a `<dl>`.
    Facts(Vec<(String, String)>),
    /// A paragraph that is a link: `text`, leading to `href` (only ever an `http(s)://` address, a path on the
    /// same site or a `#fragment`: see [`is_safe_link`]; anything else is written as plain text).
    Link {
        /// What the link says.
        text: String,
        /// Where it leads.
        href: String,
    },
}

impl Document {
    /// An empty document under `title`.
    pub fn new(title: impl Into<String>) -> Document {
        Document { title: title.into(), blocks: Vec::new() }
    }

    /// Adds a section heading.
    pub fn heading(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Heading(text.into()));
    }

    /// Adds a paragraph.
    pub fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    /// Adds a list, unless it is empty.
    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }

    /// Adds facts, unless there is none.
    pub fn facts(&mut self, facts: Vec<(String, String)>) {
        if !facts.is_empty() {
            self.blocks.push(Block::Facts(facts));
        }
    }

    /// Adds a paragraph that is a link.
    pub fn link(&mut self, text: impl Into<String>, href: impl Into<String>) {
        self.blocks.push(Block::Link { text: text.into(), href: href.into() });
    }

    /// Adds a choice, unless it has no box.
    pub fn choice(&mut self, legend: impl Into<String>, text: Vec<String>, boxes: Vec<usize>) {
        if !boxes.is_empty() {
            self.blocks.push(Block::Choice { legend: legend.into(), text, boxes });
        }
    }
}

/// Whether `href` may become a link: an `http://` or `https://` address with a host, a path on the same site
/// (`/privacy`) or a fragment (`#section`), with no whitespace, control character, quote, angle bracket or
/// backslash. No other scheme (`javascript:`, `data:`, ...) is ever linked.
pub fn is_safe_link(href: &str) -> bool {
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
pub fn one_line(text: &str) -> String {
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

/// A piece of a declared string, as the renderers link it: plain text, or a web address or e-mail address that
/// becomes a link.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// The text as written, and where it leads: an `http(s)://` address, or `mailto:` and an e-mail address.
    Link(&'a str, String),
}

/// Characters that end an address written in prose.
fn ends_address(c: char) -> bool {
    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '«' | '»' | '“' | '”' | '(' | ')' | '[' | ']')
}

/// The length of the address that starts `text`, without the punctuation that closes a sentence.
fn address_len(text: &str) -> usize {
    let end = text.find(ends_address).unwrap_or(text.len());
    text[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']).len()
}

/// Whether `word` is an e-mail address: `local@domain.tld`, letters, digits and `._%+-` only.
fn is_email(word: &str) -> bool {
    let Some((local, domain)) = word.split_once('@') else { return false };
    let local_ok = !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    local_ok && domain_ok
}

/// `text` cut into plain text and links: `http://` and `https://` addresses (with a host), and e-mail
/// addresses. No other scheme is ever linked (`javascript:`, `data:`, `ftp:` stay text).
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let (mut start, mut at) = (0, 0);
    while at < text.len() {
        let rest = &text[at..];
        let word_start = at == 0 || text[..at].ends_with(ends_address);
        let link = if word_start && (rest.starts_with("https://") || rest.starts_with("http://")) {
            let len = address_len(rest);
            is_safe_link(&rest[..len]).then(|| (len, rest[..len].to_string()))
        } else if word_start {
            let len = address_len(rest);
            is_email(&rest[..len]).then(|| (len, format!("mailto:{}", &rest[..len])))
        } else {
            None
        };
        match link {
            Some((len, href)) => {
                if start < at {
                    pieces.push(Piece::Text(&text[start..at]));
                }
                pieces.push(Piece::Link(&text[at..at + len], href));
                at += len;
                start = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if start < text.len() {
        pieces.push(Piece::Text(&text[start..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::is_safe_link;

    #[test]
    fn web_and_e_mail_addresses_in_prose_become_links_and_nothing_else() {
        use super::{Piece, pieces};
        assert_eq!(
            pieces("voir https://a.fr/x. Écrire à dpo@a.fr, ou (https://b.fr)."),
            [
                Piece::Text("voir "),
                Piece::Link("https://a.fr/x", "https://a.fr/x".into()),
                Piece::Text(". Écrire à "),
                Piece::Link("dpo@a.fr", "mailto:dpo@a.fr".into()),
                Piece::Text(", ou ("),
                Piece::Link("https://b.fr", "https://b.fr".into()),
                Piece::Text(")."),
            ]
        );
        for text in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://a.fr",
            "xhttps://a.fr",
            "a@b",
            "@a.fr",
            "a@b.c",
            "https://",
            "cnil.fr",
            "a\"@b.fr",
        ] {
            assert!(pieces(text).iter().all(|p| matches!(p, Piece::Text(_))), "{text}");
        }
        assert_eq!(pieces("« https://a.fr »")[1], Piece::Link("https://a.fr", "https://a.fr".into()));
        assert_eq!(pieces(""), []);
    }

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

#[cfg(test)]
mod facts_tests {
    use super::{Document, html, markdown, text};
    use crate::Lang;

    /// Facts are a `<dl>` in HTML, a list in Markdown, lines in text; labels and values escaped, addresses linked,
    /// the colon as each language writes it.
    #[test]
    fn facts_are_escaped_in_every_format() {
        let mut doc = Document::new("T");
        doc.facts(vec![("<b>".to_string(), "a@b.fr *x*".to_string())]);
        let html = html::render(&doc, &[], Lang::Fr, html::Placement::PAGE);
        assert!(
            html.contains("<dl>\n<dt>&lt;b&gt;</dt><dd><a href=\"mailto:a@b.fr\">a@b.fr</a> *x*</dd>\n</dl>\n"),
            "{html}"
        );
        let md = markdown::render(&doc, &[], Lang::En, 2);
        assert!(md.contains("\n- \\<b\\>: <a@b.fr> \\*x\\*\n"), "{md}");
        assert_eq!(text::render(&doc, &[], Lang::Fr), "T\n\n<b> : a@b.fr *x*\n");
    }
}
