//! The words of the notices, per regime and language. The renderers turn them into text, HTML or Markdown.

mod authority;
mod child;
mod facts;
mod gdpr;
pub mod lang;
mod lil2004;
mod phrases;
pub mod uses;
mod words;

pub use uses::uses;
pub use words::{basis_name, capitalized, quoted};

use crate::field::Topic;
use crate::model::{Law, NoticeSpec, Prospecting, ProspectingKind};
use crate::render::{Document, one_line};
use crate::{ConsentField, Lang};

/// The notice's heading.
fn title(lang: Lang) -> &'static str {
    lang.catalog().notice.title
}

/// The name of a choice, as a `<legend>` shows it.
fn legend(kind: Option<ProspectingKind>, lang: Lang) -> &'static str {
    let words = lang.catalog();
    match kind {
        Some(ProspectingKind::PartnerOptout) => words.marketing.legend_partner_optout,
        Some(ProspectingKind::PartnerEmailOptin) => words.marketing.legend_partner_email_optin,
        Some(ProspectingKind::SimilarOffersOptout) => words.marketing.legend_similar_offers,
        Some(ProspectingKind::PhoneOptin) => words.marketing.legend_phone_optin,
        None => words.notice.agreement_legend,
    }
}

/// Every recipient of a form's data, one item each, the partners of its prospecting cases included: what the
/// register lists (Art. 30(1)(d)).
pub fn recipients(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    gdpr::recipients(spec, lang)
}

/// The legend of the fieldset that holds every box of a form.
pub fn choices_legend(lang: Lang) -> &'static str {
    lang.catalog().notice.choices_legend
}

/// The boxes of the consent-based purposes, as one choice.
fn purpose_choice(doc: &mut Document, spec: &NoticeSpec, lang: Lang) {
    doc.choice(legend(None, lang), Vec::new(), purpose_boxes(spec));
}

/// A prospecting mention and its box, as one choice.
fn prospecting_choice(doc: &mut Document, spec: &NoticeSpec, kind: ProspectingKind, mention: String, lang: Lang) {
    let boxes = spec.consent_field(kind.id()).map(|(index, _)| index).into_iter().collect();
    doc.choice(legend(Some(kind), lang), vec![mention], boxes);
}

/// The notice of a form, as blocks.
pub fn notice(spec: &NoticeSpec, lang: Lang) -> Document {
    match spec.law {
        Law::Gdpr => gdpr::notice(spec, lang),
        Law::Lil2004 => lil2004::notice(spec, lang),
    }
}

/// The short first level shown next to the form, when the form has a full policy to link to; otherwise the
/// full notice (CNIL's two-level notice; WP260 §35–38).
pub fn summary(spec: &NoticeSpec, lang: Lang) -> Document {
    match (spec.law, spec.policy) {
        (Law::Gdpr, Some(policy)) => {
            let policy = policy.get(lang);
            let href = if policy.contains('#') { policy.to_string() } else { format!("{policy}#{}", spec.anchor()) };
            gdpr::summary(spec, &href, lang)
        }
        _ => notice(spec, lang),
    }
}

/// What a call-centre operator reads, then the question for each box. Every line of the script is flattened
/// here, once: a line break in a declaration cannot make a line of its own (a fake question, say).
pub fn call_script(spec: &NoticeSpec, lang: Lang) -> String {
    let lines = match spec.law {
        Law::Gdpr => gdpr::call_script(spec, lang),
        Law::Lil2004 => lil2004::call_script(spec, lang),
    };
    let mut script = lines.iter().map(|line| one_line(line)).collect::<Vec<_>>().join("\n");
    script.push('\n');
    script
}

/// The numbered questions of a call script, one per box, after a blank line; « oui » / "yes" ticks the box.
fn questions(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    if spec.consent_fields.is_empty() {
        return Vec::new();
    }
    let words = lang.catalog();
    let mut lines = vec![String::new(), words.script.questions.to_string()];
    for (number, field) in spec.consent_fields.iter().enumerate() {
        let (number, question) = ((number + 1).to_string(), field.question(lang));
        lines.push(words.fill(words.script.question, &[("number", &number), ("question", &question)]));
    }
    lines
}

/// The indices of the boxes that belong to consent-based purposes (not to a prospecting case).
fn purpose_boxes(spec: &NoticeSpec) -> Vec<usize> {
    purpose_boxes_where(spec, false)
}

/// The indices of the "I object" boxes of marketing purposes, which the marketing section shows.
fn objection_boxes(spec: &NoticeSpec) -> Vec<usize> {
    purpose_boxes_where(spec, true)
}

fn purpose_boxes_where(spec: &NoticeSpec, objecting: bool) -> Vec<usize> {
    let matches =
        |field: &ConsentField| matches!(field.topic(), Topic::Purpose { objection, .. } if objection == objecting);
    spec.consent_fields.iter().enumerate().filter(|(_, f)| matches(f)).map(|(index, _)| index).collect()
}

/// The "I object" boxes of marketing purposes, as one choice.
fn objection_choice(doc: &mut Document, spec: &NoticeSpec, lang: Lang) {
    doc.choice(lang.catalog().notice.objection_legend, Vec::new(), objection_boxes(spec));
}

/// Who a prospecting box is about: the partners, or for `phone_optin` who calls.
fn who<'a>(prospecting: &Prospecting<'a>, lang: Lang) -> Option<&'a str> {
    match prospecting.kind {
        ProspectingKind::PhoneOptin => prospecting.caller,
        _ => prospecting.partners.map(|p| p.get(lang)),
    }
}

impl ConsentField<'_> {
    /// The box's label, which names its purpose; in the form's own language when the form has no text in
    /// `lang` (see `Notice::languages`).
    pub fn label(&self, lang: Lang) -> String {
        box_label(self, self.shown_lang(lang))
    }

    /// The question a call-centre operator asks for this box.
    pub fn question(&self, lang: Lang) -> String {
        box_question(self, self.shown_lang(lang))
    }
}

/// The label of a box: it names the purpose, and for partners who they are (CNIL guidance on partner prospecting).
fn box_label(field: &ConsentField, lang: Lang) -> String {
    match (field.topic(), field.law()) {
        (Topic::Prospecting(p), Law::Lil2004) => lil2004::prospecting_label(p.kind, who(&p, lang), lang),
        (Topic::Prospecting(p), Law::Gdpr) => gdpr::prospecting_label(p.kind, who(&p, lang), lang),
        (Topic::Purpose { label: Some(label), .. }, _) => label.get(lang).to_string(),
        (Topic::Purpose { text, label: None, objection }, _) => {
            let words = lang.catalog();
            let template = if objection { words.notice.box_object } else { words.notice.box_agree };
            words.fill(template, &[("purpose", text.get(lang))])
        }
    }
}

/// The question an operator asks for a box; answering yes is ticking it.
fn box_question(field: &ConsentField, lang: Lang) -> String {
    match (field.topic(), field.law()) {
        (Topic::Prospecting(p), Law::Lil2004) => lil2004::prospecting_question(p.kind, who(&p, lang), lang),
        (Topic::Prospecting(p), Law::Gdpr) => gdpr::prospecting_question(p.kind, who(&p, lang), lang),
        // Asked from the purpose, in the operator's voice, even where the box has its own label: a label quoted
        // inside a question (« Êtes-vous d’accord avec ceci : “Je ne souhaite pas…” ? ») is hard to answer
        // (legal review 3 L8).
        (Topic::Purpose { text, objection, .. }, _) => {
            let words = lang.catalog();
            let template = if objection { words.notice.question_object } else { words.notice.question_agree };
            words.fill(template, &[("purpose", text.get(lang))])
        }
    }
}
