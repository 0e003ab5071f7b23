//! A check of your own page's HTML against the form's notice (feature `page-check`), for a test of your app:
//! every box is there, unticked, under the name the struct reads, and the version input carries the version.
//!
//! A box written by hand under another name is never submitted under the right one; with a `NoticeVersion`
//! the form still parses, and an "I object" box that is missing reads as "did not object" (GDPR Art. 7(1)). No
//! form decoder can tell a box that was left unticked from one that was never on the page, so this check reads
//! the page instead: run it in a test on the HTML your handler serves.

use std::fmt;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use crate::Notice;

/// What is wrong with a page, one problem per line when displayed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageProblem {
    /// No `<input type="checkbox">` with the box's name: the person's choice would never reach the form.
    MissingBox {
        /// The name the struct reads the box under.
        name: String,
        /// The checkboxes the page has that the form does not know (a box written by hand under another name?).
        unknown: Vec<String>,
    },
    /// The box is on the page already ticked (GDPR Recital 32; CJEU C-673/17 Planet49).
    Prechecked {
        /// The box's name.
        name: String,
    },
    /// The box is on the page more than once.
    Repeated {
        /// The box's name.
        name: String,
    },
    /// The hidden input that sends the notice's version back is missing, or carries another version.
    Version {
        /// The name of the form's `NoticeVersion` field.
        name: String,
        /// What the page sends, if anything.
        found: Option<String>,
    },
}

impl fmt::Display for PageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageProblem::MissingBox { name, unknown } if unknown.is_empty() => {
                write!(f, "no checkbox named `{name}`: the person's choice would never be submitted")
            }
            PageProblem::MissingBox { name, unknown } => write!(
                f,
                "no checkbox named `{name}`: the person's choice would never be submitted (the page has checkboxes \
                 the form does not read: {})",
                unknown.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
            ),
            PageProblem::Prechecked { name } => write!(f, "the checkbox `{name}` is ticked before the person ticks it"),
            PageProblem::Repeated { name } => write!(f, "the checkbox `{name}` is on the page more than once"),
            PageProblem::Version { name, found: None } => {
                write!(f, "no hidden input `{name}` with the notice's version (`Notice::version_html`)")
            }
            PageProblem::Version { name, found: Some(found) } => {
                write!(f, "the hidden input `{name}` sends `{found}`, not the notice's version")
            }
        }
    }
}

/// Every problem [`Notice::check_page`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageProblems(pub Vec<PageProblem>);

impl fmt::Display for PageProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PageProblems {}

/// An `<input>` of the page: its type, name, value and whether it is `checked`.
struct Input {
    kind: String,
    name: String,
    value: Option<String>,
    checked: bool,
}

fn inputs(node: &Handle, out: &mut Vec<Input>) {
    if let NodeData::Element { name, attrs, .. } = &node.data
        && &*name.local == "input"
    {
        let attrs = attrs.borrow();
        let get = |key: &str| attrs.iter().find(|a| &*a.name.local == key).map(|a| a.value.to_string());
        out.push(Input {
            kind: get("type").unwrap_or_default().to_ascii_lowercase(),
            name: get("name").unwrap_or_default(),
            value: get("value"),
            checked: get("checked").is_some(),
        });
    }
    for child in node.children.borrow().iter() {
        inputs(child, out);
    }
}

impl Notice {
    /// Reads `html`, the page your app serves with this form, as a browser does, and checks that every box of
    /// the form is there once, unticked, under the name the struct reads, and that the hidden version input
    /// carries this notice's version. Call it in a test of your handler: a box written by hand under a wrong
    /// name fails here, where no form decoder could notice it. Feature `page-check`.
    pub fn check_page(&self, html: &str) -> Result<(), PageProblems> {
        let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
        let mut found = Vec::new();
        inputs(&dom.document, &mut found);
        let checkboxes: Vec<&Input> = found.iter().filter(|i| i.kind == "checkbox").collect();
        let known: Vec<&str> = self.consent_fields().iter().map(|f| f.name()).collect();
        let unknown: Vec<String> =
            checkboxes.iter().filter(|i| !known.contains(&i.name.as_str())).map(|i| i.name.clone()).collect();
        let mut problems = Vec::new();
        for name in &known {
            let boxes: Vec<&&Input> = checkboxes.iter().filter(|i| i.name == *name).collect();
            let name = name.to_string();
            match boxes.as_slice() {
                [] => problems.push(PageProblem::MissingBox { name, unknown: unknown.clone() }),
                [one] if one.checked => problems.push(PageProblem::Prechecked { name }),
                [_] => {}
                _ => problems.push(PageProblem::Repeated { name }),
            }
        }
        if let Some(field) = self.spec().version_field {
            let sent = found.iter().find(|i| i.kind == "hidden" && i.name == field).map(|i| i.value.clone());
            match sent {
                Some(Some(value)) if value == self.version() => {}
                sent => problems.push(PageProblem::Version { name: field.to_string(), found: sent.flatten() }),
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(PageProblems(problems)) }
    }
}
