//! The second level of a two-level notice: a site's privacy policy, built from every form of a [`Register`].
//! Each form has its own section, whose `id` is the form's [`Notice::anchor`], so that the form's first level
//! ([`Notice::summary`]) links straight to it.

use std::fmt::Write;

use crate::model::{Law, NoticeSpec};
use crate::render::html::{self, Boxes, Placement};
use crate::render::{Document, markdown};
use crate::texts::lang::PolicyWords;
use crate::{Lang, Notice, Register, Timestamp, digest, texts};

/// The words of the policy page, in `lang`.
fn words(lang: Lang) -> &'static PolicyWords {
    &lang.catalog().policy
}

/// `30 novembre 2026` / `30 November 2026` / `30. November 2026`, as the language writes a date.
fn date(timestamp: Timestamp, lang: Lang) -> String {
    let rfc3339 = timestamp.to_string();
    let mut parts = rfc3339.get(..10).unwrap_or_default().split('-').map(|part| part.parse::<usize>().unwrap_or(0));
    let (year, month, day) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    let month = words(lang).months.get(month.wrapping_sub(1)).copied().unwrap_or_default();
    let (day, year) = (day.to_string(), year.to_string());
    lang.catalog().fill(words(lang).date, &[("day", &day), ("month", month), ("year", &year)])
}

/// The name of a form's section: its first purpose, as a heading.
fn heading(spec: &NoticeSpec, lang: Lang) -> String {
    texts::capitalized(spec.purposes.first().map_or(spec.form, |p| p.text.get(lang)))
}

/// A form's full notice as a section of the policy, titled by its purpose, in the language the form is shown in
/// (`lang` if the form is translated into it, otherwise its own): one section never mixes the page's language
/// with the form's (Art. 12(1); legal review 3 H1). The renderers mark the section with its language.
fn section(notice: &Notice, lang: Lang) -> (Document, Lang) {
    let spec = notice.spec();
    let lang = spec.shown_lang(lang);
    let mut doc = texts::notice(spec, lang);
    doc.title = heading(spec, lang);
    (doc, lang)
}

/// The forms the live policy describes: a `lil2004` form is historical, kept in the register and the
/// documentation, and left out of the policy a person reads today (Art. 12(1): the policy describes the
/// processing as it is; legal review 3 L9).
fn live(register: &Register) -> impl Iterator<Item = &'static Notice> + '_ {
    register.notices().iter().copied().filter(|n| n.spec().law != Law::Lil2004)
}

/// Every controller of the register, once, with its DPO and EU representative.
fn controllers(register: &Register, lang: Lang) -> Vec<String> {
    let w = words(lang);
    let colon = lang.colon();
    let mut lines: Vec<String> = Vec::new();
    for spec in live(register).map(|n| n.spec()) {
        let Some(c) = spec.controller else { continue };
        let mut line = format!("{}, {}, {}", c.name, c.address, c.contact);
        if let Some(dpo) = spec.dpo {
            let _ = write!(line, " — {}{colon}{dpo}", w.dpo);
        }
        if let Some(r) = spec.representative {
            let _ = write!(line, " — {}{colon}{}, {}", w.representative, r.name, r.contact);
        }
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines
}

impl Register {
    /// The date the policy shows as its last update (by default it shows none): the day the forms' declarations
    /// last changed, which [`policy_version`](Register::policy_version) lets you detect.
    pub fn updated_on(mut self, date: Timestamp) -> Register {
        self.updated = Some(date);
        self
    }

    /// A SHA-256 digest (64 hexadecimal digits) of the versions of every form the policy describes (every form
    /// but the historical `lil2004` ones): it changes whenever any text of any of them changes.
    pub fn policy_version(&self) -> String {
        let versions: Vec<&str> = live(self).map(|n| n.version()).collect();
        digest::sha256_hex(versions.join("\n").as_bytes())
    }

    /// "Version …, updated on …".
    fn version_line(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut line = format!("{} {}", w.version, self.policy_version());
        if let Some(updated) = self.updated {
            let _ = write!(line, ", {} {}", w.updated, date(updated, lang));
        }
        line.push('.');
        line
    }

    /// The site's privacy policy (the second level of every form's notice) as one HTML page: controllers, then
    /// one `<article id="{anchor}">` per form with its full notice, boxes described rather than rendered.
    pub fn policy_html(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut out = format!(
            "<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n",
            html::escape(w.title),
            html::escape(w.intro),
            html::escape(&self.version_line(lang)),
        );
        let controllers = controllers(self, lang);
        if !controllers.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>\n<ul>", html::escape(w.controllers));
            for line in controllers {
                let _ = writeln!(out, "<li>{}</li>", html::escape(&line));
            }
            out.push_str("</ul>\n");
        }
        out.push_str(&html::contents("policy-contents", w.contents, &self.policy_contents(lang)));
        for notice in live(self) {
            let anchor = notice.anchor();
            let prefix = format!("{anchor}-");
            let _ = writeln!(out, "<article id=\"{}\">", html::escape(&anchor));
            let at = Placement::new(2, &prefix, Boxes::Described);
            let (section, shown) = section(notice, lang);
            out.push_str(&html::render(&section, notice.consent_fields(), shown, at));
            out.push_str("</article>\n");
        }
        html::page(lang, w.title, "", &out)
    }

    /// The policy's table of contents: each form's heading, linked to its section.
    fn policy_contents(&self, lang: Lang) -> Vec<(String, String)> {
        live(self).map(|n| (heading(n.spec(), n.spec().shown_lang(lang)), format!("#{}", n.anchor()))).collect()
    }

    /// The site's privacy policy as CommonMark: the same content as [`policy_html`](Register::policy_html), each
    /// form's section preceded by `<a id="{anchor}"></a>` so that the first level's link finds it.
    pub fn policy_markdown(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut out = format!(
            "# {}\n\n{}\n\n{}\n",
            markdown::escape(w.title),
            markdown::escape(w.intro),
            markdown::escape(&self.version_line(lang))
        );
        let controllers = controllers(self, lang);
        if !controllers.is_empty() {
            let _ = writeln!(out, "\n## {}\n", markdown::escape(w.controllers));
            for line in controllers {
                let _ = writeln!(out, "- {}", markdown::escape(&line));
            }
        }
        out.push('\n');
        out.push_str(&markdown::contents(w.contents, 2, &self.policy_contents(lang)));
        for notice in live(self) {
            // The anchor holds only ASCII letters, digits and `-` (`NoticeSpec::anchor`).
            let _ = writeln!(out, "\n<a id=\"{}\"></a>\n", notice.anchor());
            let (section, shown) = section(notice, lang);
            out.push_str(&markdown::render(&section, notice.consent_fields(), shown, 2));
        }
        out
    }
}
