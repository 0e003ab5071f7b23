//! `Notice::markdown` is CommonMark whose structure is the library's alone: whatever a form declares, the
//! parsed document has no link, image, raw HTML, code or emphasis, and the declared text reads back as text.

use privacy_notice::{Checkbox, Lang, Law, PrivacyNotice};
use privacy_notice_tests::{hostile, normalized, notice_with};
use proptest::prelude::*;
use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("*la* [gestion](https://evil.example) de vos `commandes` <b>")]
#[recipients("notre service & co", "![x](y.png)")]
#[rights_contact("# Service\n- clientèle")]
#[partner_optout]
#[allow(dead_code)]
struct Form {
    email: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
}

/// The events of a document, with a description of anything the library does not write itself.
fn foreign_events(markdown: &str) -> Vec<String> {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::List(None) | Tag::Item)
            | Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::List(false) | TagEnd::Item)
            | Event::Text(_)
            | Event::SoftBreak
            | Event::End(TagEnd::Link) => None,
            // An address the declaration wrote, as an autolink: it leads where its text says.
            Event::Start(Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. }) => None,
            other => Some(format!("{other:?}")),
        })
        .collect()
}

/// All text of the document, joined.
fn text_of(markdown: &str) -> String {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Text(text) => Some(text.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn markdown_syntax_in_declarations_stays_text() {
    for lang in Lang::ALL {
        let markdown = Form::notice().markdown(lang);
        assert_eq!(foreign_events(&markdown), Vec::<String>::new(), "{markdown}");
        let text = text_of(&markdown);
        assert!(text.contains("*la* [gestion](https://evil.example) de vos `commandes` <b>"), "{text}");
        assert!(text.contains("notre service & co"));
        assert!(text.contains("# Service - clientèle"));
    }
}

#[test]
fn the_structure_is_one_heading_then_paragraphs() {
    let markdown = Form::notice().markdown(Lang::Fr);
    // The blocks at the top level, in order: the hostile strings in the declarations open none of their own.
    let mut depth = 0usize;
    let mut blocks = Vec::new();
    for event in Parser::new(&markdown) {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    blocks.push(match tag {
                        Tag::Heading { .. } => "heading",
                        Tag::Paragraph => "paragraph",
                        Tag::List(_) => "list",
                        _ => "other",
                    });
                }
                depth += 1;
            }
            Event::End(_) => depth -= 1,
            _ => {}
        }
    }
    assert_eq!(blocks.first(), Some(&"heading"), "{markdown}");
    assert_eq!(blocks.iter().filter(|b| **b == "heading").count(), 1, "one heading: {markdown}");
    // The 2004 text is prose: its paragraphs, then the box.
    assert!(blocks.iter().filter(|b| **b == "paragraph").count() >= 3, "{blocks:?}");
    assert!(!blocks.contains(&"other"), "no quote, code block or HTML block: {blocks:?}\n{markdown}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn no_declared_string_adds_markdown_structure(s in hostile()) {
        for law in [Law::Gdpr, Law::Lil2004] {
            let notice = notice_with(&s, law);
            for lang in Lang::ALL {
                let markdown = notice.markdown(lang);
                let foreign = foreign_events(&markdown);
                prop_assert!(foreign.is_empty(), "{foreign:?} in:\n{markdown}");
                let expected = normalized(&s);
                let text = text_of(&markdown);
                prop_assert!(text.contains(expected.trim()), "{expected:?} not read back from:\n{markdown}");
            }
        }
    }
}
