//! The register of processing activities (GDPR Art. 30): every form of a crate, its declarations and its
//! notices, as Markdown, one HTML page, or JSON.

use std::fmt::Write;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::model::{Law, NoticeSpec, Text};
use crate::render::html::{self, Boxes, Placement};
use crate::render::markdown;
use crate::{ConsentKind, Lang, Notice};

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

/// The words of the register, per language.
struct Words {
    title: &'static str,
    intro: &'static str,
    contents: &'static str,
    id: &'static str,
    law: &'static str,
    version: &'static str,
    controller: &'static str,
    none: &'static str,
    purposes: &'static str,
    basis: &'static str,
    retention: &'static str,
    data: &'static str,
    required: &'static str,
    optional: &'static str,
    recipients: &'static str,
    transfers: &'static str,
    adequacy: &'static str,
    boxes: &'static str,
    opt_in: &'static str,
    opt_out: &'static str,
    notice_in: [&'static str; 2],
    /// What the register says of a `lil2004` form.
    historical: &'static str,
    marketing: &'static str,
    special: &'static str,
    audience: &'static str,
    /// The colon and semicolon of the language (French puts a space before them).
    colon: &'static str,
    semicolon: &'static str,
}

const FR: Words = Words {
    title: "Registre des activités de traitement",
    intro: "Établi à partir des déclarations des formulaires (RGPD, art. 30). Chaque notice est reproduite telle \
            qu’elle est présentée aux personnes.",
    contents: "Sommaire",
    id: "Identifiant",
    law: "Régime",
    version: "Version de la notice",
    controller: "Responsable du traitement",
    none: "non déclaré",
    purposes: "Finalités",
    basis: "base légale",
    retention: "conservation",
    data: "Données collectées",
    required: "obligatoire",
    optional: "facultatif",
    recipients: "Destinataires",
    transfers: "Transferts hors de l’EEE",
    adequacy: "décision d’adéquation",
    boxes: "Cases à cocher",
    opt_in: "accord (opt-in)",
    opt_out: "opposition (opt-out)",
    notice_in: ["Notice en français", "Notice en anglais"],
    historical: "texte de 2004, conservé à titre historique : il ne satisfait plus au RGPD",
    marketing: "prospection",
    special: "catégorie particulière",
    audience: "Public",
    colon: " : ",
    semicolon: " ; ",
};

const EN: Words = Words {
    title: "Record of processing activities",
    intro: "Built from the forms' declarations (GDPR Art. 30). Each notice is reproduced as people see it.",
    contents: "Contents",
    id: "Id",
    law: "Regime",
    version: "Notice version",
    controller: "Controller",
    none: "not declared",
    purposes: "Purposes",
    basis: "legal basis",
    retention: "retention",
    data: "Personal data collected",
    required: "required",
    optional: "optional",
    recipients: "Recipients",
    transfers: "Transfers outside the EEA",
    adequacy: "adequacy decision",
    boxes: "Consent boxes",
    opt_in: "agreement (opt-in)",
    opt_out: "objection (opt-out)",
    notice_in: ["Notice in French", "Notice in English"],
    historical: "the 2004 text, kept as a historical record: it no longer meets the GDPR",
    marketing: "marketing",
    special: "special category",
    audience: "Audience",
    colon: ": ",
    semicolon: "; ",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// One form of the register, as facts and lists, written out by both renderers.
struct Entry {
    name: &'static str,
    facts: Vec<(&'static str, String)>,
    lists: Vec<(&'static str, Vec<String>)>,
}

fn entry(spec: &NoticeSpec<'static>, version: &str, lang: Lang) -> Entry {
    let w = words(lang);
    let get = |text: Text| text.get(lang).to_string();
    let (colon, semicolon) = (w.colon, w.semicolon);
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
                item
            })
            .collect(),
    };
    let data = spec
        .fields
        .iter()
        .map(|f| {
            let mut item = format!("{} — {}", f.display_name(lang), if f.required { w.required } else { w.optional });
            if let Some(kind) = f.kind {
                let _ = write!(item, " — {}", kind.code());
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
    let mut recipients: Vec<String> = spec.recipients.iter().map(|&r| get(r)).collect();
    recipients.extend(spec.located_recipients.iter().map(|r| format!("{} ({})", get(r.name), r.country_name(lang))));
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
    Entry {
        name: spec.form,
        facts: vec![
            (w.id, spec.id.to_string()),
            (
                w.law,
                match spec.law {
                    Law::Gdpr => spec.law.code().to_string(),
                    Law::Lil2004 => format!("{} — {}", spec.law.code(), w.historical),
                },
            ),
            (w.version, version.to_string()),
            (w.controller, controller),
            (w.audience, spec.audience.code().to_string()),
        ],
        lists: vec![
            (w.purposes, purposes),
            (w.data, data),
            (w.recipients, recipients),
            (w.transfers, transfers),
            (w.boxes, boxes),
        ],
    }
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

    /// Each form with its number and its entry, built once per rendering (contents and sections read it).
    fn entries(&self, lang: Lang) -> Vec<(usize, &'static Notice, Entry)> {
        self.notices.iter().enumerate().map(|(i, &n)| (i + 1, n, entry(n.spec(), n.version(), lang))).collect()
    }

    /// The register as CommonMark, its headings in `lang`, each form's notice in both languages.
    pub fn markdown(&self, lang: Lang) -> String {
        let entries = self.entries(lang);
        let w = words(lang);
        let mut out =
            format!("# {}\n\n{}\n\n## {}\n\n", markdown::escape(w.title), markdown::escape(w.intro), w.contents);
        for (number, _, entry) in &entries {
            let _ = writeln!(out, "{number}. {}", markdown::escape(entry.name));
        }
        out.push('\n');
        for (number, notice, entry) in &entries {
            let _ = writeln!(out, "## {number}. {}\n", markdown::escape(entry.name));
            for (label, value) in &entry.facts {
                let _ = writeln!(out, "- {}{}{}", markdown::escape(label), w.colon, markdown::escape(value));
            }
            for (title, items) in entry.lists.iter().filter(|(_, items)| !items.is_empty()) {
                let _ = writeln!(out, "\n### {}\n", markdown::escape(title));
                for item in items {
                    let _ = writeln!(out, "- {}", markdown::escape(item));
                }
            }
            for (i, shown) in Lang::ALL.into_iter().enumerate().filter(|(_, l)| notice.languages().contains(l)) {
                let _ = writeln!(out, "\n### {}\n", markdown::escape(w.notice_in[i]));
                out.push_str(&notice.markdown_placed(shown, 4));
            }
            out.push('\n');
        }
        out
    }

    /// The register as one HTML page: a table of contents, then one section per form with its notice in both
    /// languages.
    pub fn html(&self, lang: Lang) -> String {
        let entries = self.entries(lang);
        let w = words(lang);
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n\
             <style>body{{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}}\
             section.privacy-notice{{border-left:3px solid #999;padding-left:1rem}}</style>\n</head>\n<body>\n\
             <h1>{title}</h1>\n<p>{intro}</p>\n<nav>\n<h2>{contents}</h2>\n<ol>\n",
            code = lang.code(),
            title = html::escape(w.title),
            intro = html::escape(w.intro),
            contents = html::escape(w.contents),
        );
        for (number, _, entry) in &entries {
            let _ = writeln!(out, "<li><a href=\"#form-{number}\">{}</a></li>", html::escape(entry.name));
        }
        out.push_str("</ol>\n</nav>\n");
        for (number, notice, entry) in &entries {
            let _ =
                writeln!(out, "<section id=\"form-{number}\">\n<h2>{number}. {}</h2>\n<dl>", html::escape(entry.name));
            for (label, value) in &entry.facts {
                let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", html::escape(label), html::escape(value));
            }
            out.push_str("</dl>\n");
            for (title, items) in entry.lists.iter().filter(|(_, items)| !items.is_empty()) {
                let _ = writeln!(out, "<h3>{}</h3>\n<ul>", html::escape(title));
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", html::escape(item));
                }
                out.push_str("</ul>\n");
            }
            for (i, shown) in Lang::ALL.into_iter().enumerate().filter(|(_, l)| notice.languages().contains(l)) {
                let _ = writeln!(out, "<h3>{}</h3>", html::escape(w.notice_in[i]));
                let prefix = format!("form-{number}-{}-", shown.code());
                out.push_str(
                    &notice.html_placed(shown, Placement { level: 4, id_prefix: &prefix, boxes: Boxes::Inputs }),
                );
            }
            out.push_str("</section>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

/// `{"schema": "privacy-notice-register/1", "forms": [<notice>, ...]}`.
impl Serialize for Register {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Register", 2)?;
        state.serialize_field("schema", REGISTER_SCHEMA)?;
        state.serialize_field("forms", &self.notices)?;
        state.end()
    }
}
