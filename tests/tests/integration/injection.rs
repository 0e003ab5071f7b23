//! The injection corpus: every payload goes through every string a form declares, and through the submitted
//! name of a box, into every output. No tag, attribute, link or structure gets through; the text survives.

use std::collections::BTreeSet;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use privacy_notice::{Lang, Law, Notice, Register};
use privacy_notice_tests::{normalized, notice_with};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "</section><script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "<a href=\"javascript:alert(1)\">x</a>",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "&lt;script&gt;",
    "&#x3C;script&#x3E;",
    "</textarea><style>*{display:none}</style>",
    "<input type=\"checkbox\" checked name=\"partner\">",
    "[click](javascript:alert(1))",
    "![pixel](https://evil.example/p.png)",
    "<https://evil.example>",
    "[ref]: https://evil.example",
    "[ref]",
    "*em* _em_ **strong** ~~strike~~",
    "`code` ``code``",
    "# heading",
    "- item",
    "1. item",
    "> quote",
    "---",
    "| a | b |\n|---|---|",
    "```rust\nfn main() {}\n```",
    "\\",
    "a\nb\r\n# c\n- d",
    "\u{0}\u{7}\u{1b}[31m",
    "\u{202e}gnp.exe",
    "{{7*7}} ${7*7} #{7*7}",
    "\"}, \"checked\": true, \"x\": {\"",
];

struct Walked {
    elements: BTreeSet<String>,
    attributes: Vec<(String, String)>,
    text: String,
}

fn walk(node: &Handle, out: &mut Walked) {
    match &node.data {
        NodeData::Element { name, attrs, .. } => {
            out.elements.insert(name.local.to_string());
            out.attributes.extend(attrs.borrow().iter().map(|a| (a.name.local.to_string(), a.value.to_string())));
        }
        NodeData::Text { contents } => out.text.push_str(&contents.borrow()),
        _ => {}
    }
    for child in node.children.borrow().iter() {
        walk(child, out);
    }
}

fn check_html(html: &str, payload: &str, page: bool) {
    let document = if page { html.to_string() } else { format!("<!DOCTYPE html><title>t</title>{html}") };
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(document);
    assert!(dom.errors.borrow().is_empty(), "{payload:?}: parse errors {:?}", dom.errors.borrow());
    let mut walked = Walked { elements: BTreeSet::new(), attributes: Vec::new(), text: String::new() };
    walk(&dom.document, &mut walked);
    let allowed: BTreeSet<&str> = [
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "h5", "p", "nav", "ol", "ul", "li",
        "a", "section", "dl", "dt", "dd", "fieldset", "legend", "div", "input", "label", "main", "article",
    ]
    .into();
    for element in &walked.elements {
        assert!(allowed.contains(element.as_str()), "{payload:?}: <{element}> got through");
    }
    for (name, value) in &walked.attributes {
        let expected =
            ["lang", "charset", "class", "href", "id", "type", "name", "value", "for", "content", "aria-labelledby"];
        assert!(expected.contains(&name.as_str()), "{payload:?}: attribute {name} got through");
        if name == "href" {
            assert!(is_expected_link(value), "{payload:?}: link to {value}");
        }
        if name == "type" {
            assert_eq!(value, "checkbox");
        }
    }
    assert!(walked.text.contains(normalized(payload).trim()), "{payload:?} lost from the HTML text");
}

/// A link the library writes: to an anchor of the page, or the first level's link to the policy, which is
/// only ever an http(s) address or a path on the site.
fn is_expected_link(href: &str) -> bool {
    if let Some(address) = href.strip_prefix("mailto:") {
        return address.contains('@') && !address.chars().any(|c| c.is_whitespace() || "\"'<>\\`:/".contains(c));
    }
    let rest = href.strip_prefix("https://").or_else(|| href.strip_prefix("http://"));
    let path = href.starts_with('/') && !href.starts_with("//");
    (href.starts_with('#') || path || rest.is_some_and(|rest| !rest.starts_with(['/', '#', '?'])))
        && !href.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c))
}

fn check_markdown(markdown: &str, payload: &str) {
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::Start(Tag::Link { dest_url, .. }) => {
                assert!(is_expected_link(&dest_url), "{payload:?}: link to {dest_url} in Markdown:\n{markdown}")
            }
            Event::End(TagEnd::Link) => {}
            // The policy's anchors, which the library writes from `NoticeSpec::anchor` (ASCII letters, digits, `-`).
            Event::InlineHtml(html) => {
                let anchor = html.strip_prefix("<a id=\"").and_then(|rest| rest.strip_suffix("\">"));
                let only_slug = anchor.is_some_and(|a| a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
                assert!(only_slug || &*html == "</a>", "{payload:?}: raw HTML {html:?} in Markdown:\n{markdown}");
            }
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::List(_) | Tag::Item)
            | Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::List(_) | TagEnd::Item)
            | Event::SoftBreak => {}
            other => panic!("{payload:?}: {other:?} in Markdown:\n{markdown}"),
        }
    }
    assert!(text.contains(normalized(payload).trim()), "{payload:?} lost from the Markdown text");
}

fn check_json(notice: &Notice, payload: &str) {
    let json: serde_json::Value = serde_json::to_value(notice).unwrap();
    let reparsed: serde_json::Value = serde_json::from_str(&serde_json::to_string(notice).unwrap()).unwrap();
    assert_eq!(json, reparsed);
    assert_eq!(json["purposes"][0]["text"]["fr"], payload, "the JSON keeps the string exactly");
    assert_eq!(json["consent_fields"][0]["checked"], false);
    assert_eq!(json["consent_fields"][0]["name"], format!("box{payload}"));
}

#[test]
fn every_payload_through_every_output() {
    assert!(PAYLOADS.len() >= 30);
    for payload in PAYLOADS {
        for law in [Law::Gdpr, Law::Lil2004] {
            let notice = notice_with(payload, law);
            for lang in Lang::ALL {
                check_html(&notice.html(lang), payload, false);
                check_html(&notice.boxes_html(lang), payload, false);
                check_markdown(&notice.markdown(lang), payload);
                check_html(&notice.summary_html(lang), payload, false);
                check_markdown(&notice.summary_markdown(lang), payload);
                for plain in [notice.text(lang), notice.summary(lang), notice.call_script(lang)] {
                    assert!(plain.contains(normalized(payload).trim()), "{payload:?} lost from plain text");
                }
                let register = Register::new(vec![notice]);
                check_html(&register.html(lang), payload, true);
                check_markdown(&register.markdown(lang), payload);
                // The live policy leaves the historical `lil2004` forms out (legal review 3 L9).
                if law == Law::Gdpr {
                    check_html(&register.policy_html(lang), payload, true);
                    check_markdown(&register.policy_markdown(lang), payload);
                }
            }
            check_json(notice, payload);
        }
    }
}
