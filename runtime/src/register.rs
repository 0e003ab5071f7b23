//! The register of processing activities (GDPR Art. 30): every form of a crate, its declarations and its
//! notices, as Markdown, one HTML page, or JSON.

use std::fmt::Write;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::{Law, NoticeSpec, Text};
use crate::render::Document;
use crate::render::html::{self, Boxes, Placement};
use crate::render::markdown;
use crate::texts::lang::RegisterWords;
use crate::vocabulary::Audience;
use crate::{ConsentKind, Lang, Notice, taxonomy, texts};

/// The version of the register's JSON shape.
pub const REGISTER_SCHEMA: &str = "privacy-notice-register/1";

/// Lists forms for a [`Register`]: `register![OrderForm, SignupForm]`.
///
/// ```
/// use privacy_notice::{PrivacyNotice, register};
///
/// #[derive(PrivacyNotice)]
/// #[notice(law = "lil2004", historical)]
/// #[purpose("la gestion de vos demandes")]
/// #[recipients("notre service clients")]
/// #[rights_contact("Service clients, 1 rue de Lyon, 75012 Paris")]
/// struct ContactForm {
///     email: String,
/// }
///
/// let register = register![ContactForm];
/// assert_eq!(register.notices().len(), 1);
/// assert!(register.markdown(privacy_notice::Lang::Fr).contains("ContactForm"));
/// ```
#[macro_export]
macro_rules! register {
    ($($form:ty),* $(,)?) => {
        $crate::Register::new(::std::vec![$(<$form as $crate::PrivacyNotice>::notice()),*])
    };
}

/// The forms of a crate, ordered by their stable id ([`Notice::id`]).
#[derive(Clone, Debug)]
pub struct Register {
    notices: Vec<&'static Notice>,
    /// The date the privacy policy shows as its last update (`updated_on`).
    pub(crate) updated: Option<crate::Timestamp>,
}

/// Who a form without declared subjects addresses (a `lil2004` form), in `lang` (legal review 3 M8).
fn audience_name(audience: Audience, lang: Lang) -> &'static str {
    lang.catalog().vocabulary.audiences[audience.index()]
}

/// The words of the register, in `lang`.
fn words(lang: Lang) -> &'static RegisterWords {
    &lang.catalog().register
}

/// One form of the register as a document, `number`ed: its facts, then its lists (purposes, data, ...).
fn entry(number: usize, spec: &NoticeSpec<'_>, version: &str, lang: Lang) -> Document {
    let w = words(lang);
    let get = |text: Text| text.get(lang).to_string();
    let (colon, semicolon) = (lang.colon(), lang.catalog().grammar.semicolon);
    let controller =
        spec.controller.map_or(w.none.to_string(), |c| format!("{} ({}{semicolon}{})", c.name, c.address, c.contact));
    // The 2004 text has no basis or retention to declare; under `gdpr`, marketing uses are purposes too.
    let purposes = match spec.law {
        Law::Lil2004 => spec.purposes.iter().map(|p| get(p.text)).collect(),
        Law::Gdpr => crate::texts::uses(spec, lang)
            .into_iter()
            .map(|u| {
                let basis = u.basis.map_or(w.none, |b| crate::texts::basis_name(b, lang));
                let retention = u.retention.unwrap_or(w.none);
                let mut item = format!("{} — {}{colon}{basis} — {}{colon}{retention}", u.text, w.basis, w.retention);
                if let Some(channel) = u.marketing {
                    let _ = write!(item, " — {}{colon}{}", w.marketing, channel.code());
                }
                if let Some(data_use) = u.data_use {
                    let _ = write!(item, " — {}{colon}{data_use}", w.data_use);
                }
                item
            })
            .collect(),
    };
    let data = spec
        .fields
        .iter()
        .map(|f| {
            let mut item = format!("{} — {}", f.display_name(lang), if f.required { w.required } else { w.optional });
            match (f.category, f.kind) {
                (Some(category), _) => {
                    let _ = write!(item, " — {}{colon}{category}", w.category);
                }
                (None, Some(kind)) => {
                    let _ = write!(item, " — {}", kind.code());
                }
                (None, None) => {}
            }
            if let Some(special) = f.special {
                let _ = write!(
                    item,
                    " — {}{colon}{} (art. 9(2){colon}{})",
                    w.special,
                    special.category.code(),
                    special.condition.code()
                );
            }
            item
        })
        .collect();
    // The partners of the prospecting cases are recipients too (Art. 30(1)(d)), as the notice lists them.
    let recipients = texts::recipients(spec, lang);
    let transfers = spec
        .transfers
        .iter()
        .map(|t| {
            let cover = t.safeguard.map_or(w.adequacy.to_string(), get);
            format!("{} — {cover}", get(t.country))
        })
        .collect();
    let boxes = spec
        .consent_fields
        .iter()
        .map(|f| {
            let kind = match f.kind() {
                ConsentKind::OptIn => w.opt_in,
                ConsentKind::OptOut => w.opt_out,
            };
            let label = crate::texts::quoted(&f.label(lang), lang);
            format!("{} ({}) — {kind} — {label}", f.purpose(), f.name())
        })
        .collect();
    let mut doc = Document::new(format!("{number}. {}", spec.form));
    doc.facts(vec![
        (w.id.to_string(), spec.id.to_string()),
        (
            w.law.to_string(),
            match spec.law {
                Law::Gdpr => spec.law.code().to_string(),
                Law::Lil2004 => format!("{} — {}", spec.law.code(), w.historical),
            },
        ),
        (w.version.to_string(), version.to_string()),
        (w.controller.to_string(), controller),
        (w.rules.to_string(), if spec.under_french_law() { w.french_rules } else { w.eu_rules }.to_string()),
        (
            w.audience.to_string(),
            if spec.subjects.is_empty() {
                audience_name(spec.audience, lang).to_string()
            } else {
                let names: Vec<&str> = spec.subjects.iter().map(|key| taxonomy::subject_name(key, lang)).collect();
                names.join(", ")
            },
        ),
    ]);
    let wording: Vec<String> = spec
        .wording
        .iter()
        .map(|(word, reason)| format!("{}{colon}{reason}", crate::texts::quoted(word, lang)))
        .collect();
    for (title, items) in [
        (w.purposes, purposes),
        (w.data, data),
        (w.recipients, recipients),
        (w.transfers, transfers),
        (w.boxes, boxes),
        (w.wording, wording),
    ] {
        if !items.is_empty() {
            doc.heading(title);
            doc.list(items);
        }
    }
    doc
}

/// The anchor of the `number`th form's section.
fn anchor(number: usize) -> String {
    format!("form-{number}")
}

/// A derived form, as the `inventory` feature collects it.
#[doc(hidden)]
pub struct Registered(pub fn() -> &'static Notice);

#[cfg(feature = "inventory")]
inventory::collect!(Registered);

/// Submits a form to the `inventory` collection; expands to nothing without the feature.
#[cfg(feature = "inventory")]
#[doc(hidden)]
#[macro_export]
macro_rules! __submit {
    ($form:ty) => {
        $crate::__private::inventory::submit! {
            $crate::__private::Registered(<$form as $crate::PrivacyNotice>::notice)
        }
    };
}

/// Submits a form to the `inventory` collection; expands to nothing without the feature.
#[cfg(not(feature = "inventory"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __submit {
    ($form:ty) => {};
}

impl Register {
    /// Every form derived in the program, collected at start-up (feature `inventory`).
    ///
    /// Caveats: a form in a crate that nothing else in the binary references may be dropped by the linker
    /// (reference any item of that crate to keep it); on WebAssembly the module's constructors must have run
    /// (`__wasm_call_ctors`); on platforms `inventory` does not support, nothing is collected. Prefer
    /// [`register!`] where the list can be written down.
    #[cfg(feature = "inventory")]
    pub fn collected() -> Register {
        Register::new(inventory::iter::<Registered>.into_iter().map(|registered| (registered.0)()).collect())
    }

    /// A register of `notices`, ordered by id; a form listed twice appears once.
    pub fn new(mut notices: Vec<&'static Notice>) -> Register {
        notices.sort_by_key(|notice| notice.id());
        notices.dedup_by_key(|notice| notice.id());
        Register { notices, updated: None }
    }

    /// The forms, ordered by id.
    pub fn notices(&self) -> &[&'static Notice] {
        &self.notices
    }

    /// Each form with its number and its entry.
    fn entries(&self, lang: Lang) -> impl Iterator<Item = (usize, &'static Notice, Document)> {
        self.notices.iter().enumerate().map(move |(i, &n)| (i + 1, n, entry(i + 1, n.spec(), n.version(), lang)))
    }

    /// The table of contents: each form's name, linked to its section.
    fn contents(&self) -> Vec<(String, String)> {
        self.notices
            .iter()
            .enumerate()
            .map(|(i, n)| (n.spec().form.to_string(), format!("#{}", anchor(i + 1))))
            .collect()
    }

    /// The register as CommonMark, its headings in `lang`, each form's notice in both languages.
    pub fn markdown(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut out = format!("# {}\n\n{}\n\n", markdown::escape(w.title), markdown::escape(w.intro));
        out.push_str(&markdown::contents(w.contents, 2, &self.contents()));
        for (number, notice, entry) in self.entries(lang) {
            // The anchor holds only ASCII letters, digits and `-`.
            let _ = write!(out, "\n<a id=\"{}\"></a>\n\n", anchor(number));
            out.push_str(&markdown::render(&entry, &[], lang, 2));
            // Each notice under its heading in its own language: « Notice en français », "Notice in English".
            for shown in Lang::ALL.into_iter().filter(|l| notice.languages().contains(l)) {
                let _ = writeln!(out, "\n### {}\n", markdown::escape(words(shown).notice));
                out.push_str(&notice.markdown_placed(shown, 4));
            }
        }
        out
    }

    /// The register as one HTML page: a table of contents, then one `<article>` per form with its facts and
    /// its notice in both languages.
    pub fn html(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut body = format!("<h1>{}</h1>\n<p>{}</p>\n", html::escape(w.title), html::escape(w.intro));
        body.push_str(&html::contents("register-contents", w.contents, &self.contents()));
        for (number, notice, entry) in self.entries(lang) {
            let _ = writeln!(body, "<article id=\"{}\">", anchor(number));
            body.push_str(&html::render(&entry, &[], lang, Placement::PAGE));
            for shown in Lang::ALL.into_iter().filter(|l| notice.languages().contains(l)) {
                let _ = writeln!(body, "<h3 lang=\"{}\">{}</h3>", shown.code(), html::escape(words(shown).notice));
                let prefix = format!("{}-{}-", anchor(number), shown.code());
                body.push_str(&notice.html_placed(shown, Placement::new(4, &prefix, Boxes::Inputs)));
            }
            body.push_str("</article>\n");
        }
        html::page(lang, w.title, STYLE, &body)
    }
}

/// The register page's style: readable width, each notice (after its "Notice in .." heading) marked by a rule
/// on its left.
const STYLE: &str = "body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}\
                     h3+section.privacy-notice{border-left:3px solid #999;padding-left:1rem}";

/// `{"schema": "privacy-notice-register/1", "forms": [<notice>, ...]}`.
impl Serialize for Register {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Register", 2)?;
        state.serialize_field("schema", REGISTER_SCHEMA)?;
        state.serialize_field("forms", &self.notices)?;
        state.end()
    }
}
