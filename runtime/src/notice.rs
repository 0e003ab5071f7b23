//! `Notice`: a form's declarations (`NoticeSpec`) with every output rendered once and cached — text, HTML,
//! Markdown, first level, call script, JSON — and the version that digests them.

use std::sync::OnceLock;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::lang::PerLang;
use crate::model::{Law, NoticeSpec};
use crate::render;
use crate::{ConsentField, Lang, digest, texts};

/// The outputs a notice renders, each cached per language once rendered.
#[derive(Clone, Copy)]
enum Output {
    Text,
    Html,
    Markdown,
    CallScript,
    Summary,
    SummaryHtml,
    SummaryMarkdown,
}

const OUTPUTS: usize = 7;

/// The privacy notice of a form: the information text, its consent boxes and the call-centre script.
///
/// Checked and written at compile time by `#[derive(PrivacyNotice)]`, as one literal read into a `static` on the
/// first call to [`PrivacyNotice::notice`](crate::PrivacyNotice::notice), which reaches it. Each output is
/// rendered once per language, then served as a copy.
#[derive(Debug)]
pub struct Notice {
    spec: NoticeSpec<'static>,
    cache: [[OnceLock<String>; Lang::ALL.len()]; OUTPUTS],
    version: OnceLock<String>,
    script_version: OnceLock<String>,
}

impl Notice {
    #[doc(hidden)]
    /// Wraps the declarations the derive gathered.
    pub const fn __new(spec: NoticeSpec<'static>) -> Notice {
        Notice {
            spec,
            cache: [const { [const { OnceLock::new() }; Lang::ALL.len()] }; OUTPUTS],
            version: OnceLock::new(),
            script_version: OnceLock::new(),
        }
    }

    /// What the form declares: purposes, recipients, boxes, ...
    pub const fn spec(&self) -> &NoticeSpec<'static> {
        &self.spec
    }

    /// The form type's name.
    pub const fn form(&self) -> &'static str {
        self.spec.form
    }

    /// A stable id: the form's `#[notice(id = "..")]`, else its module path and type name. Registers sort forms by
    /// it, and the consent store files each record under it: two forms of the same name in two modules stay apart.
    pub const fn id(&self) -> &'static str {
        self.spec.id
    }

    /// The regime the texts follow.
    pub const fn law(&self) -> Law {
        self.spec.law
    }

    /// The language of the form's own texts (purposes, recipients, ...).
    pub const fn lang(&self) -> Lang {
        self.spec.lang
    }

    /// The languages the form's own texts exist in, its own language first. Asked for another language, every
    /// output is given in the form's own language rather than mixing the library's words in one language with
    /// the form's texts in another.
    pub const fn languages(&self) -> &'static [Lang] {
        self.spec.langs
    }

    fn cached(&self, output: Output, lang: Lang) -> &str {
        let lang = self.spec.shown_lang(lang);
        let slot = &self.cache[output as usize][lang as usize];
        slot.get_or_init(|| match output {
            Output::Text => render::text::render(&texts::notice(&self.spec, lang), self.spec.consent_fields, lang),
            Output::Html => self.with_version_input(self.html_placed(lang, render::html::Placement::PAGE)),
            Output::Markdown => {
                render::markdown::render(&texts::notice(&self.spec, lang), self.spec.consent_fields, lang, 2)
            }
            Output::CallScript => texts::call_script(&self.spec, lang),
            Output::Summary => render::text::render(&texts::summary(&self.spec, lang), self.spec.consent_fields, lang),
            Output::SummaryHtml => self.with_version_input(self.summary_html_placed(lang)),
            Output::SummaryMarkdown => {
                render::markdown::render(&texts::summary(&self.spec, lang), self.spec.consent_fields, lang, 2)
            }
        })
    }

    /// The notice as plain text, its boxes shown as `☐ label`.
    pub fn text(&self, lang: Lang) -> String {
        self.cached(Output::Text, lang).to_owned()
    }

    /// The notice as an HTML fragment (`<section lang="..">`), its boxes as unticked checkboxes. Every string
    /// the form declares is escaped. Place it inside your `<form>` so that the boxes are submitted.
    pub fn html(&self, lang: Lang) -> String {
        self.cached(Output::Html, lang).to_owned()
    }

    /// The notice as an HTML fragment placed in a page of your design: its heading level, with or without its
    /// boxes (see [`HtmlOptions`](crate::HtmlOptions)). With the boxes, it is [`html`](Notice::html) at another
    /// level, the hidden version input included.
    pub fn html_with(&self, lang: Lang, options: crate::HtmlOptions) -> String {
        let lang = self.spec.shown_lang(lang);
        let boxes = if options.boxes() { render::html::Boxes::Inputs } else { render::html::Boxes::Omitted };
        let at = render::html::Placement::new(usize::from(options.level()), "", boxes);
        let html = render::html::render(&texts::notice(&self.spec, lang), self.spec.consent_fields, lang, at);
        if options.boxes() { self.with_version_input(html) } else { html }
    }

    /// The box of the purpose `id` (`partner_optout`, or a purpose's `id`), to place where the page wants it:
    /// `notice.field("newsletter")?.html(lang)` renders it in the same wrapper and classes as in the notice.
    pub fn field(&self, id: &str) -> Option<&'static ConsentField<'static>> {
        self.consent_fields().iter().find(|field| field.purpose() == id)
    }

    /// The hidden input that sends the notice's version back (`<input type="hidden" name=".." value="..">`),
    /// for a page that places the boxes itself; empty when the form has no `NoticeVersion` field.
    pub fn version_html(&self) -> String {
        self.spec.version_field.map_or_else(String::new, |field| {
            format!("<input type=\"hidden\" name=\"{}\" value=\"{}\">\n", render::html::escape(field), self.version())
        })
    }

    /// Every box of the form, in order, unticked, in one `<fieldset>` with a `<legend>`: to place inside your
    /// own `<form>` when the notice itself is shown elsewhere on the page. Use either this or
    /// [`html`](Notice::html), which already contains the boxes, not both: the inputs' `id`s would repeat.
    pub fn boxes_html(&self, lang: Lang) -> String {
        let lang = self.spec.shown_lang(lang);
        self.with_version_input(render::html::boxes(self.consent_fields(), texts::choices_legend(lang), lang))
    }

    /// `html` with, before its closing tag, the hidden input that sends the version back under the form's
    /// [`NoticeVersion`](crate::NoticeVersion) field, if it has one.
    fn with_version_input(&self, mut html: String) -> String {
        let input = self.version_html();
        let close = html.rfind("</").unwrap_or(html.len());
        html.insert_str(close, &input);
        html
    }

    /// The notice as CommonMark. Every string the form declares is escaped.
    pub fn markdown(&self, lang: Lang) -> String {
        self.cached(Output::Markdown, lang).to_owned()
    }

    /// The short first level of a two-level notice, as plain text: who, what for, the boxes with their full
    /// labels, the rights in one sentence, and the link to the full privacy policy (`#[notice(policy = "..")]`,
    /// at this form's section: [`anchor`](Notice::anchor)). A form without `policy` has no second level to point
    /// to, so its summary is the full notice ([`text`](Notice::text)); so is a `lil2004` form's.
    pub fn summary(&self, lang: Lang) -> String {
        self.cached(Output::Summary, lang).to_owned()
    }

    /// The first level ([`summary`](Notice::summary)) as an HTML fragment with its unticked boxes, to place
    /// inside your `<form>` instead of [`html`](Notice::html). Every string the form declares is escaped.
    pub fn summary_html(&self, lang: Lang) -> String {
        self.cached(Output::SummaryHtml, lang).to_owned()
    }

    /// The first level ([`summary`](Notice::summary)) as CommonMark.
    pub fn summary_markdown(&self, lang: Lang) -> String {
        self.cached(Output::SummaryMarkdown, lang).to_owned()
    }

    /// The full privacy policy the first level links to in `lang`, from `#[notice(policy = "..")]` (and its
    /// `#[translation]`, if the form gives one).
    pub fn policy(&self, lang: Lang) -> Option<&'static str> {
        self.spec.policy.map(|policy| policy.get(self.spec.shown_lang(lang)))
    }

    /// The `id` of this form's section in [`Register::policy_html`](crate::Register::policy_html), which the
    /// first level's link points to.
    pub fn anchor(&self) -> String {
        self.spec.anchor()
    }

    /// What a call-centre operator reads to the person, then the question for each box.
    pub fn call_script(&self, lang: Lang) -> String {
        self.cached(Output::CallScript, lang).to_owned()
    }

    /// The notice as HTML placed inside a larger page: its title at `<h{level}>`, its inputs' `id`s prefixed, or
    /// its boxes described rather than rendered as inputs.
    pub(crate) fn html_placed(&self, lang: Lang, at: render::html::Placement) -> String {
        let lang = self.spec.shown_lang(lang);
        render::html::render(&texts::notice(&self.spec, lang), self.spec.consent_fields, lang, at)
    }

    /// The notice as Markdown placed inside a larger document, its title at heading `level`.
    pub(crate) fn markdown_placed(&self, lang: Lang, level: usize) -> String {
        let lang = self.spec.shown_lang(lang);
        render::markdown::render(&texts::notice(&self.spec, lang), self.spec.consent_fields, lang, level)
    }

    /// The consent boxes, in the order of the form's fields.
    pub const fn consent_fields(&self) -> &'static [ConsentField<'static>] {
        self.spec.consent_fields
    }

    /// A SHA-256 digest (64 hexadecimal digits) of every output a person can be shown, in every language: the
    /// notice and its first level as text, HTML (headings, legends and boxes included; boxes as inputs and as
    /// the policy page describes them) and Markdown, the boxes on their own, the call script, and every box
    /// label. It changes whenever one of them changes, and is the same on every build and platform. The hidden
    /// input that carries the version itself is the one part left out.
    pub fn version(&self) -> &str {
        self.version.get_or_init(|| Notice::__digest(&self.__shown()))
    }

    /// Every output the version covers, in order: `(language, part, output)`, in each of the form's own languages
    /// (its `lang`, then its translations): a language the library adds leaves every form's version unchanged
    /// (design §9). Public for the tests that check that each output a person sees is covered.
    #[doc(hidden)]
    pub fn __shown(&self) -> Vec<(Lang, String, String)> {
        let mut shown = Vec::new();
        for &lang in self.spec.langs {
            let mut part = |name: &str, output: String| shown.push((lang, name.to_string(), output));
            part("text", self.cached(Output::Text, lang).to_owned());
            part("summary", self.cached(Output::Summary, lang).to_owned());
            part("call_script", self.cached(Output::CallScript, lang).to_owned());
            part("markdown", self.cached(Output::Markdown, lang).to_owned());
            part("summary_markdown", self.cached(Output::SummaryMarkdown, lang).to_owned());
            part("html", self.html_placed(lang, render::html::Placement::PAGE));
            let described = render::html::Placement::new(2, "", render::html::Boxes::Described);
            part("html_described", self.html_placed(lang, described));
            part("summary_html", self.summary_html_placed(lang));
            part("boxes_html", render::html::boxes(self.consent_fields(), texts::choices_legend(lang), lang));
            for field in self.consent_fields() {
                part(&format!("label:{}", field.purpose()), field.label(lang));
            }
        }
        shown
    }

    /// The version of `shown`: the SHA-256 of every output followed by a NUL byte.
    #[doc(hidden)]
    pub fn __digest(shown: &[(Lang, String, String)]) -> String {
        let mut bytes = Vec::new();
        for (_, _, output) in shown {
            bytes.extend_from_slice(output.as_bytes());
            bytes.push(0);
        }
        digest::sha256_hex(&bytes)
    }

    /// The first level as HTML, without the hidden version input.
    fn summary_html_placed(&self, lang: Lang) -> String {
        let lang = self.spec.shown_lang(lang);
        render::html::render(
            &texts::summary(&self.spec, lang),
            self.spec.consent_fields,
            lang,
            render::html::Placement::PAGE,
        )
    }
}

impl Notice {
    /// A SHA-256 digest of the call script in each of the form's own languages, with its questions: what a phone
    /// record carries as its `notice_version`.
    pub fn script_version(&self) -> &str {
        self.script_version.get_or_init(|| {
            let scripts: Vec<&str> =
                self.spec.langs.iter().map(|&lang| self.cached(Output::CallScript, lang)).collect();
            digest::sha256_hex(scripts.join("\0").as_bytes())
        })
    }
}

/// Two notices are equal when they come from the same declarations.
impl PartialEq for Notice {
    fn eq(&self, other: &Notice) -> bool {
        std::ptr::eq(self, other) || self.version() == other.version()
    }
}

impl Eq for Notice {}

/// The machine-readable notice: the declarations, the boxes, and the texts in every language.
impl Serialize for Notice {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::lang::serialize_in(self.spec.langs, || self.serialize_fields(serializer))
    }
}

impl Notice {
    /// The fields of [`Notice`]'s JSON, each per-language value in the form's own languages.
    fn serialize_fields<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let spec = &self.spec;
        let mut state = serializer.serialize_struct("Notice", 34)?;
        state.serialize_field("id", spec.id)?;
        state.serialize_field("form", spec.form)?;
        state.serialize_field("law", &spec.law)?;
        state.serialize_field("lang", &spec.lang)?;
        state.serialize_field("langs", spec.langs)?;
        state.serialize_field("version", self.version())?;
        state.serialize_field("policy", &spec.policy)?;
        state.serialize_field("controller", &spec.controller)?;
        state.serialize_field("representative", &spec.representative)?;
        state.serialize_field("dpo", &spec.dpo)?;
        state.serialize_field("data_source", &spec.data_source)?;
        state.serialize_field("purposes", spec.purposes)?;
        state.serialize_field("recipients", spec.recipients)?;
        state.serialize_field("located_recipients", spec.located_recipients)?;
        state.serialize_field("audience", &spec.audience)?;
        state.serialize_field("subjects", spec.subjects)?;
        state.serialize_field("joint_controllers", spec.joint_controllers)?;
        state.serialize_field("wording", spec.wording)?;
        state.serialize_field("parental_consent", &spec.parental_consent)?;
        state.serialize_field("transfers", spec.transfers)?;
        state.serialize_field("data_requirement", &spec.data_requirement)?;
        state.serialize_field("automated_decision", &spec.automated_decision)?;
        state.serialize_field("rights_contact", &spec.rights_contact)?;
        state.serialize_field("withdrawal", &spec.withdrawal)?;
        state.serialize_field("retention", &spec.retention)?;
        state.serialize_field("call_recording", &spec.call_recording)?;
        state.serialize_field("prospecting", spec.prospecting)?;
        state.serialize_field("fields", spec.fields)?;
        state.serialize_field("consent_fields", spec.consent_fields)?;
        state.serialize_field("version_field", &spec.version_field)?;
        state.serialize_field("texts", &PerLang(|lang| self.cached(Output::Text, lang)))?;
        state.serialize_field("summaries", &PerLang(|lang| self.cached(Output::Summary, lang)))?;
        state.serialize_field("call_scripts", &PerLang(|lang| self.cached(Output::CallScript, lang)))?;
        state.end()
    }
}
