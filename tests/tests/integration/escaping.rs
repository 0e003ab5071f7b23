//! Every string a form declares is escaped in HTML and Markdown: a purpose, a recipient or a submitted name
//! cannot inject a tag, an attribute, a link or emphasis into the page.

use privacy_notice::{Checkbox, Lang, PrivacyNotice};
use serde::Deserialize;

#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("<script>alert('x')</script> & \"co\"")]
#[recipients("[click](https://evil.example)", "**bold** _em_ `code` ![img](x.png)")]
#[rights_contact("# heading\n- item <b>")]
#[partner_optout(partners = "\"><img src=x onerror=alert(1)>")]
#[allow(dead_code)]
struct Hostile {
    email: String,
    #[serde(rename = "box\"onfocus=\"alert(1)")]
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
}

#[test]
fn html_escapes_text_and_attributes() {
    for lang in [Lang::Fr, Lang::En] {
        let html = Hostile::notice().html(lang);
        for raw in ["<script", "<img", "<b>", "\"><img", "onfocus=\"alert"] {
            assert!(!html.contains(raw), "raw `{raw}` in:\n{html}");
        }
        for escaped in [
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;",
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
            "name=\"box&quot;onfocus=&quot;alert(1)\"",
            // The address becomes a link to itself; the text around it stays text: no link text is injected.
            "[click](<a href=\"https://evil.example\">https://evil.example</a>)",
        ] {
            assert!(html.contains(escaped), "`{escaped}` missing from:\n{html}");
        }
        // Only the tags the renderer writes.
        let tags: std::collections::BTreeSet<&str> =
            html.split('<').skip(1).map(|rest| rest.split([' ', '>']).next().unwrap_or_default()).collect();
        let allowed = [
            "section",
            "/section",
            "h2",
            "/h2",
            "p",
            "/p",
            "fieldset",
            "/fieldset",
            "legend",
            "/legend",
            "div",
            "/div",
            "input",
            "label",
            "/label",
            "a",
            "/a",
        ];
        assert!(tags.iter().all(|tag| allowed.contains(tag)), "unexpected tags {tags:?}");
    }
}

#[test]
fn markdown_escapes_inline_and_block_syntax() {
    let markdown = Hostile::notice().markdown(Lang::Fr);
    for escaped in
        [r"\[click\](<https://evil.example>)", r"\*\*bold\*\* \_em\_ \`code\` \!\[img\](x.png)", r"\<script\>"]
    {
        assert!(markdown.contains(escaped), "`{escaped}` missing from:\n{markdown}");
    }
    // The line break in `rights_contact` does not start a heading or a list.
    assert!(!markdown.lines().any(|line| line.starts_with("- item") || line.starts_with("# heading")), "{markdown}");
    assert!(markdown.contains(r"\# heading - item \<b\>"), "{markdown}");
}

#[test]
fn plain_text_keeps_the_words() {
    let text = Hostile::notice().text(Lang::Fr);
    assert!(text.contains("<script>alert('x')</script> & \"co\""), "text output is not escaped: {text}");
}
