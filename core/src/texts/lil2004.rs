//! The `lil2004` regime: the wording of the original French guidance (loi « informatique et libertés » of
//! 6 January 1978 as amended in 2004), filled with the form's declarations, and a faithful English version.
//! Those two only: the derive refuses a `lil2004` form in another language.

use super::lang::{Catalog, Lil2004Words};
use super::phrases::{our_partners, phone_label, phone_notice, phone_question};
use super::words::{join, join_str};
use crate::Lang;
use crate::model::{NoticeSpec, ProspectingKind};
use crate::render::Document;

/// The language a `lil2004` text is written in: `lang` if the 2004 text exists in it, English otherwise (a
/// hand-built spec the derive would have refused).
fn written_in(lang: Lang) -> Lang {
    if lang.catalog().lil2004.is_some() { lang } else { Lang::En }
}

/// The catalog and its 2004 words, for `lang` (see [`written_in`]).
fn words(lang: Lang) -> (&'static Catalog, &'static Lil2004Words) {
    let catalog = written_in(lang).catalog();
    let lil2004 = catalog.lil2004.or(Lang::En.catalog().lil2004).expect("the English catalog has the 2004 text");
    (catalog, lil2004)
}

/// « destiné à la gestion de vos commandes et à … » / "for the following purpose: …".
pub fn purposes_phrase(spec: &NoticeSpec, lang: Lang) -> String {
    let (catalog, words) = words(lang);
    let items: Vec<String> =
        spec.purposes.iter().map(|p| catalog.fill(words.purpose_item, &[("purpose", p.text.get(lang))])).collect();
    let template = if items.len() == 1 { words.purposes_one } else { words.purposes_many };
    catalog.fill(template, &[("purposes", &join(&items, written_in(lang)))])
}

/// The general mention every form carries (seed: « Les mentions des formulaires »).
fn general_mention(spec: &NoticeSpec, lang: Lang) -> String {
    let (catalog, words) = words(lang);
    let slots = [
        ("purposes", purposes_phrase(spec, lang)),
        ("recipients", recipients(spec, lang)),
        ("contact", spec.rights_contact.get(lang).to_string()),
    ];
    catalog.fill(words.general, &slots.each_ref().map(|(slot, value)| (*slot, value.as_str())))
}

/// The recipients, joined.
pub fn recipients(spec: &NoticeSpec, lang: Lang) -> String {
    join_str(&spec.recipients.iter().map(|r| r.get(lang)).collect::<Vec<_>>(), written_in(lang))
}

/// The controller's identity (loi 78-17 art. 32-I-1°), when the form declares it.
fn controller(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let c = spec.controller?;
    let (catalog, words) = words(lang);
    Some(catalog.fill(words.controller, &[("name", c.name), ("address", c.address)]))
}

/// Planned transfers outside the European Community (loi 78-17 art. 32-I-7°).
fn transfers(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    if spec.transfers.is_empty() {
        return None;
    }
    let (catalog, words) = words(lang);
    let countries: Vec<&str> = spec.transfers.iter().map(|t| t.country.get(lang)).collect();
    Some(catalog.fill(words.transfers, &[("countries", &join_str(&countries, written_in(lang)))]))
}

/// Which answers are mandatory (loi 78-17 art. 32-I-3°), when the form marks any.
pub fn required_fields(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let required = super::words::required_labels(spec, written_in(lang));
    if required.is_empty() {
        return None;
    }
    let (catalog, words) = words(lang);
    let template = if required.len() == 1 { words.one_required } else { words.many_required };
    Some(catalog.fill(template, &[("list", &join(&required, written_in(lang)))]))
}

/// The opening shared by the two partner mentions of the seed, with the customer service's details.
fn partner_preamble(spec: &NoticeSpec, lang: Lang) -> String {
    let (catalog, words) = words(lang);
    catalog.fill(words.partner_preamble, &[("contact", spec.rights_contact.get(lang))])
}

/// The sentence that invites the person to tick a prospecting box.
fn prospecting_invitation(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let (catalog, words) = words(lang);
    let ours = our_partners(partners, written_in(lang));
    match kind {
        ProspectingKind::PartnerOptout => catalog.fill(words.invite_partner_optout, &[("partners", &ours)]),
        ProspectingKind::PartnerEmailOptin => catalog.fill(words.invite_partner_email_optin, &[("partners", &ours)]),
        ProspectingKind::SimilarOffersOptout => words.invite_similar_offers.to_string(),
        ProspectingKind::PhoneOptin => phone_notice(written_in(lang)).to_string(),
    }
}

/// The notice: the general mention, the boxes of consent-based purposes, then each prospecting mention
/// followed by its box (« la case ci-contre »).
pub fn notice(spec: &NoticeSpec, lang: Lang) -> Document {
    let mut doc = Document::new(super::title(written_in(lang)));
    doc.paragraph(historical(lang).to_string());
    doc.paragraph(general_mention(spec, lang));
    for sentence in [controller(spec, lang), transfers(spec, lang), required_fields(spec, lang)].into_iter().flatten() {
        doc.paragraph(sentence);
    }
    super::purpose_choice(&mut doc, spec, lang);
    let mut preamble_said = false;
    for prospecting in spec.prospecting {
        let invitation = prospecting_invitation(prospecting.kind, prospecting.partners.map(|p| p.get(lang)), lang);
        let is_partner = prospecting.kind != ProspectingKind::SimilarOffersOptout;
        let mention = if is_partner && !preamble_said {
            preamble_said = true;
            format!("{} {invitation}", partner_preamble(spec, lang))
        } else {
            invitation
        };
        super::prospecting_choice(&mut doc, spec, prospecting.kind, mention, lang);
    }
    doc
}

/// What every output of a `lil2004` form says first, wherever it is shown (legal review 3 H6): the 2004 text is
/// a historical record, not the information GDPR Art. 13 requires today.
pub fn historical(lang: Lang) -> &'static str {
    words(lang).1.historical
}

/// The call-centre script (seed: « L’information des centres d’appel »), line by line: how the data will be
/// used, that the person may ask not to be contacted again, and access and rectification with the name of the
/// service.
pub fn call_script(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let (catalog, words) = words(lang);
    let purposes = purposes_phrase(spec, lang);
    let recipients = recipients(spec, lang);
    let mut lines = vec![
        catalog.script.title.to_string(),
        catalog.fill(words.script_not_for_calls, &[("historical", words.historical)]),
        String::new(),
        catalog.fill(words.script_information, &[("purposes", &purposes), ("recipients", &recipients)]),
        words.script_no_contact.to_string(),
        catalog.fill(words.script_access, &[("contact", spec.rights_contact.get(lang))]),
    ];
    lines.extend(super::questions(spec, lang));
    lines
}

/// The label of a box under `lil2004`.
pub fn prospecting_label(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let (catalog, words) = words(lang);
    let yours = match partners {
        Some(names) => catalog.fill(words.your_partners_named, &[("names", names)]),
        None => words.your_partners.to_string(),
    };
    match kind {
        ProspectingKind::PartnerOptout => catalog.fill(words.label_partner_optout, &[("partners", &yours)]),
        ProspectingKind::PartnerEmailOptin => catalog.fill(words.label_partner_email_optin, &[("partners", &yours)]),
        ProspectingKind::SimilarOffersOptout => words.label_similar_offers.to_string(),
        ProspectingKind::PhoneOptin => phone_label(partners.unwrap_or_default(), written_in(lang)),
    }
}

/// The question an operator asks for a prospecting box under `lil2004`; « oui » means the box is ticked.
pub fn prospecting_question(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let (catalog, words) = words(lang);
    let ours = our_partners(partners, written_in(lang));
    match kind {
        ProspectingKind::PartnerOptout => catalog.fill(words.question_partner_optout, &[("partners", &ours)]),
        ProspectingKind::PartnerEmailOptin => catalog.fill(words.question_partner_email_optin, &[("partners", &ours)]),
        ProspectingKind::SimilarOffersOptout => words.question_similar_offers.to_string(),
        ProspectingKind::PhoneOptin => phone_question(partners.unwrap_or_default(), written_in(lang)),
    }
}
