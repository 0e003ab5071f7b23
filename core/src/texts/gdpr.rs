//! The `gdpr` regime (the default): GDPR Art. 13/14 information and today's French prospecting rules
//! (CPCE L34-5; C. consom. L223-1). Rights are printed according to each purpose's legal basis (R23).

use super::facts;
use super::phrases::{our_partners, phone_label, phone_notice, phone_question, some_partners};
use super::uses::{Use, uses};
use super::words::{basis_words, capitalized, enumerate, join, route};
use crate::model::{LegalBasis, NoticeSpec, Prospecting, ProspectingKind};
use crate::render::Document;
use crate::{ConsentKind, Lang, taxonomy};

/// Who is responsible, their EU representative, their DPO (Art. 13(1)(a), (b)).
fn identity(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    let mut sentences = Vec::new();
    if let Some(c) = spec.controller {
        let slots = [("name", c.name), ("address", c.address), ("contact", c.contact)];
        sentences.push(words.fill(words.notice.controller, &slots));
    }
    // Art. 26(2): the essence of the arrangement is made available; Art. 26(3): the rights can be exercised
    // against each controller.
    for joint in spec.joint_controllers {
        let slots = [("name", joint.name), ("contact", joint.contact), ("arrangement", joint.arrangement.get(lang))];
        sentences.push(words.fill(words.notice.joint_controller, &slots));
    }
    if let Some(r) = spec.representative {
        sentences.push(words.fill(words.notice.representative, &[("name", r.name), ("contact", r.contact)]));
    }
    if let Some(dpo) = spec.dpo {
        sentences.push(words.fill(words.notice.dpo, &[("dpo", dpo)]));
    }
    sentences
}

/// Where data not collected from the person comes from (Art. 14(1)(d), 14(2)(f); R19).
fn data_source(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let source = spec.data_source?;
    let words = lang.catalog();
    let template = if source.public { words.notice.data_source_public } else { words.notice.data_source };
    Some(words.fill(template, &[("source", source.source), ("categories", source.categories.get(lang))]))
}

/// One purpose: its basis, the legitimate interest where that is the basis, its retention (Art. 13(1)(c),
/// (d), 13(2)(a); R02, R03).
fn purpose_item(purpose: &Use, lang: Lang) -> String {
    let words = lang.catalog();
    let mut item = capitalized(&purpose.text);
    let law = purpose.law.map_or(String::new(), |law| format!(" ({law})"));
    match purpose.basis {
        Some(basis) => item
            .push_str(&words.fill(words.notice.purpose_basis, &[("basis", basis_words(basis, lang)), ("law", &law)])),
        None => item.push('.'),
    }
    if let Some(interest) = &purpose.interest {
        item.push_str(&words.fill(words.notice.purpose_interest, &[("interest", interest)]));
    }
    if let Some(retention) = purpose.retention {
        item.push_str(&words.fill(words.notice.purpose_retention, &[("retention", retention)]));
    }
    item
}

/// Transfers outside the EEA, with the adequacy decision cited (Art. 45(1)) or the safeguard and where to get a
/// copy (Art. 13(1)(f); R09, R30).
fn transfers(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    spec.transfers
        .iter()
        .map(|t| {
            let ground = match (t.safeguard, t.adequacy) {
                (Some(safeguard), _) => words.fill(
                    words.notice.ground_safeguard,
                    &[("safeguard", safeguard.get(lang)), ("copy", t.copy.unwrap_or_default())],
                ),
                (None, Some(decision)) => words.fill(words.notice.ground_adequacy, &[("decision", decision.get(lang))]),
                (None, None) => words.notice.ground_adequacy_uncited.to_string(),
            };
            words.fill(words.notice.transfer, &[("country", t.country.get(lang)), ("ground", &ground)])
        })
        .collect()
}

/// Which fields are mandatory, why, and what happens without them (Art. 13(2)(e); R10).
fn data_requirement(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    if spec.fields.is_empty() {
        return None;
    }
    let words = lang.catalog();
    let required = super::words::required_labels(spec, lang);
    if required.is_empty() {
        return Some(words.notice.all_optional.to_string());
    }
    let list = super::words::join(&required, lang);
    let (reason, consequence) = match spec.data_requirement {
        Some(r) => (r.reason.get(lang), r.consequence.get(lang)),
        None => (words.notice.default_reason, words.notice.default_consequence),
    };
    let template = if required.len() == 1 { words.notice.one_required } else { words.notice.many_required };
    Some(words.fill(template, &[("reason", reason), ("list", &list), ("consequence", consequence)]))
}

/// An automated decision, its logic and consequences, and the person's safeguards (Art. 13(2)(f), 22(3);
/// R11).
fn automated_decision(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let d = spec.automated_decision?;
    let words = lang.catalog();
    let slots =
        [("decision", d.decision.get(lang)), ("logic", d.logic.get(lang)), ("consequences", d.consequences.get(lang))];
    Some(words.fill(words.notice.automated_decision, &slots))
}

/// The texts of the purposes whose basis satisfies `applies`, and whether that is every purpose.
fn purposes_where<'u>(uses: &'u [Use<'_>], applies: impl Fn(&Use<'_>) -> bool) -> (Vec<&'u str>, bool) {
    let matching: Vec<&str> = uses.iter().filter(|u| applies(u)).map(|u| u.text.as_str()).collect();
    let all = matching.len() == uses.len();
    (matching, all)
}

/// Whether a use's basis is one of `bases`.
fn based_on(purpose: &Use, bases: &[LegalBasis]) -> bool {
    purpose.basis.is_some_and(|basis| bases.contains(&basis))
}

/// How a person withdraws consent (Art. 7(3); R04).
fn withdrawal_route(spec: &NoticeSpec, lang: Lang) -> String {
    let words = lang.catalog();
    match spec.withdrawal {
        Some(withdrawal) => route(withdrawal.get(lang), lang),
        None => words.fill(words.rights.withdraw_by_contact, &[("contact", spec.rights_contact.get(lang))]),
    }
}

/// The rights that apply, according to each purpose's legal basis (CNIL dev guide sheet 15; R23): access,
/// rectification and restriction always; erasure except for legal obligation and public task; portability for
/// consent and contract; objection for legitimate interests and public task; withdrawal for consent.
pub fn rights(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    let contact = spec.rights_contact.get(lang);
    let uses = uses(spec, lang);
    let mut sentences = Vec::new();
    let (erasable, all_erasable) = purposes_where(&uses, |u| {
        u.basis.is_some() && !based_on(u, &[LegalBasis::LegalObligation, LegalBasis::PublicTask])
    });
    let access = if all_erasable { words.rights.access_erase } else { words.rights.access };
    sentences.push(words.fill(access, &[("contact", contact)]));
    if !all_erasable && !erasable.is_empty() {
        sentences.push(words.fill(words.rights.erase_some, &[("list", &enumerate(&erasable, lang))]));
    }
    let (portable, all_portable) = purposes_where(&uses, |u| based_on(u, &[LegalBasis::Consent, LegalBasis::Contract]));
    if all_portable && !portable.is_empty() {
        sentences.push(words.rights.portability_all.to_string());
    } else if !portable.is_empty() {
        sentences.push(words.fill(words.rights.portability_some, &[("list", &enumerate(&portable, lang))]));
    }
    // Direct marketing, profiling for it included, is objected to without reason, in its own block
    // (Art. 21(2)-(3); legal review 3 H3): not here.
    let (objectable, _) = purposes_where(&uses, |u| {
        !is_marketing(u) && based_on(u, &[LegalBasis::LegitimateInterests, LegalBasis::PublicTask])
    });
    if !objectable.is_empty() {
        sentences.push(words.fill(words.rights.objection, &[("list", &enumerate(&objectable, lang))]));
    }
    if asks_consent(spec) {
        sentences.push(words.fill(words.rights.withdrawal, &[("route", &withdrawal_route(spec, lang))]));
    }
    // The directives on one's data after death that French law lets everyone set, which an online service tells
    // its users of (loi Informatique et Libertés, art. 85; legal review 3 M11): French law, so French controllers
    // only.
    if spec.controller.and_then(|c| c.country) == Some("FR") {
        sentences.push(words.rights.post_mortem.to_string());
    }
    sentences.push(complaint(spec, lang));
    sentences.extend(more_on_rights(spec, lang));
    sentences
}

/// Where to learn more about one's rights: the site of the controller's authority, as CNIL's model notice says
/// it for the CNIL.
fn more_on_rights(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let site = super::authority::site(spec)?;
    Some(lang.catalog().fill(lang.catalog().rights.more, &[("site", site)]))
}

/// The right to complain to a supervisory authority (Art. 13(2)(d), 77): the one the controller answers to, or the
/// person's own.
fn complaint(spec: &NoticeSpec, lang: Lang) -> String {
    let words = lang.catalog();
    match super::authority::named(spec, lang) {
        Some(ours) => words.fill(words.rights.complaint, &[("authority", &ours)]),
        None => words.rights.complaint_own.to_string(),
    }
}

/// The mention that goes with a prospecting box (R14, R16, R17, R18).
fn prospecting_mention(spec: &NoticeSpec, prospecting: &Prospecting, lang: Lang) -> String {
    let words = lang.catalog();
    let partners = prospecting.partners.map(|p| p.get(lang));
    match prospecting.kind {
        ProspectingKind::PartnerEmailOptin => words.fill(
            words.marketing.mention_partner_email_optin,
            &[("partners", partners.unwrap_or(words.notice.our_partners))],
        ),
        ProspectingKind::PartnerOptout => {
            words.fill(words.marketing.mention_partner_optout, &[("partners", &our_partners(partners, lang))])
        }
        ProspectingKind::SimilarOffersOptout => {
            let controller = spec.controller.map_or(words.marketing.our_company, |c| c.name);
            words.fill(words.marketing.mention_similar_offers, &[("controller", controller)])
        }
        ProspectingKind::PhoneOptin => phone_notice(lang).to_string(),
    }
}

/// The direct-marketing objection, as a block of its own (Art. 21(2)-(4); R12): it covers the profiling related
/// to it (Art. 21(2)) and, where the form passes data to partners, that disclosure too (legal review 3 M4).
fn marketing_objection(spec: &NoticeSpec, lang: Lang) -> String {
    let words = lang.catalog();
    let uses = uses(spec, lang);
    let shared = uses.iter().any(|u| u.data_use.is_some_and(taxonomy::shares_for_marketing));
    let profiled = uses.iter().any(|u| u.data_use.is_some_and(|d| taxonomy::is_under(d, "marketing.advertising")));
    let slots = [
        ("profiling", if profiled { words.marketing.objection_profiling } else { "" }),
        ("partners", if shared { words.marketing.objection_partners } else { "" }),
        ("contact", spec.rights_contact.get(lang)),
    ];
    words.fill(words.marketing.objection, &slots)
}

/// Whether a use is direct marketing (Art. 21(2)): a marketing channel, or a marketing data use.
fn is_marketing(u: &Use) -> bool {
    u.marketing.is_some() || u.data_use.is_some_and(taxonomy::is_direct_marketing)
}

/// The notice, in sections: who, why, to whom, which fields, rights, marketing, choices.
pub fn notice(spec: &NoticeSpec, lang: Lang) -> Document {
    let words = lang.catalog();
    let mut doc = Document::new(super::title(lang));
    if let Some(words) = super::child::in_a_few_words(spec, lang, asks_consent(spec)) {
        doc.paragraph(words);
    }
    for sentence in identity(spec, lang).into_iter().chain(data_source(spec, lang)) {
        doc.paragraph(sentence);
    }
    doc.heading(words.notice.why);
    doc.list(uses(spec, lang).iter().map(|u| purpose_item(u, lang)).collect());
    // CNIL's model mention: the list is closed (Art. 13(1)(e)).
    doc.paragraph(words.fill(words.notice.recipients, &[("recipients", &recipient_list(spec, lang))]));
    let more = transfers(spec, lang)
        .into_iter()
        .chain(facts::adequate_recipients(spec, lang))
        .chain(data_requirement(spec, lang))
        .chain(facts::special_fields(spec, lang))
        .chain(facts::phone_purposes(spec, lang))
        .chain(facts::phone_collected(spec, lang))
        .chain(facts::parental_consent(spec, lang))
        .chain(automated_decision(spec, lang));
    for sentence in more {
        doc.paragraph(sentence);
    }
    doc.heading(words.notice.your_rights);
    for sentence in rights(spec, lang) {
        doc.paragraph(sentence);
    }
    if has_marketing(spec) {
        doc.heading(words.notice.marketing);
        for prospecting in spec.prospecting {
            let mention = prospecting_mention(spec, prospecting, lang);
            super::prospecting_choice(&mut doc, spec, prospecting.kind, mention, lang);
        }
        doc.paragraph(marketing_objection(spec, lang));
        super::objection_choice(&mut doc, spec, lang);
    }
    super::purpose_choice(&mut doc, spec, lang);
    doc
}

/// The rights that apply to at least one purpose, as nouns, in the order of Art. 15–21 (R23, as [`rights`]).
fn right_names(spec: &NoticeSpec, lang: Lang) -> Vec<&'static str> {
    let uses = uses(spec, lang);
    let any = |bases: &[LegalBasis]| uses.iter().any(|u| based_on(u, bases));
    let erasure =
        uses.iter().any(|u| u.basis.is_some() && !based_on(u, &[LegalBasis::LegalObligation, LegalBasis::PublicTask]));
    let portability = any(&[LegalBasis::Consent, LegalBasis::Contract]);
    let objection = any(&[LegalBasis::LegitimateInterests, LegalBasis::PublicTask]) || has_marketing(spec);
    let applies = [true, true, erasure, true, portability, objection];
    let names = lang.catalog().rights.names;
    names.into_iter().zip(applies).filter(|(_, applies)| *applies).map(|(name, _)| name).collect()
}

/// The first level of a two-level notice, next to the form: who, what for, what could surprise (transfers
/// outside the EEA, an automated decision, data obtained elsewhere), the boxes with their full labels,
/// withdrawal (told before consenting, Art. 7(3)), the right to refuse marketing (Art. 21(4)), the rights in one
/// sentence with where to exercise them, and the link to the full notice (WP260 §35–38; CNIL's « information
/// en deux niveaux »). Everything else is in the policy the link leads to.
pub fn summary(spec: &NoticeSpec, href: &str, lang: Lang) -> Document {
    let words = lang.catalog();
    let summary = &words.summary;
    let mut doc = Document::new(super::title(lang));
    if let Some(words) = super::child::in_a_few_words(spec, lang, asks_consent(spec)) {
        doc.paragraph(words);
    }
    // The declared purposes; the marketing uses are each stated in full by their box below.
    let purposes: Vec<&str> = spec.purposes.iter().map(|p| p.text.get(lang)).collect();
    let purposes = enumerate(&purposes, lang);
    doc.paragraph(match spec.controller {
        Some(c) => words.fill(summary.purposes_named, &[("name", c.name), ("purposes", &purposes)]),
        None => words.fill(summary.purposes, &[("purposes", &purposes)]),
    });
    // The joint controllers are part of the identity the first level gives (Art. 13(1)(a), 26(2)).
    if !spec.joint_controllers.is_empty() {
        let names: Vec<&str> = spec.joint_controllers.iter().map(|joint| joint.name).collect();
        let names = super::words::join_str(&names, lang);
        let template =
            if spec.joint_controllers.len() > 1 { summary.joint_controllers } else { summary.joint_controller };
        doc.paragraph(words.fill(template, &[("names", &names)]));
    }
    if let Some(source) = spec.data_source {
        doc.paragraph(words.fill(summary.data_source, &[("source", source.source)]));
    }
    if !spec.transfers.is_empty() {
        let countries: Vec<&str> = spec.transfers.iter().map(|t| t.country.get(lang)).collect();
        let countries = super::words::join_str(&countries, lang);
        doc.paragraph(words.fill(summary.transfers, &[("countries", &countries)]));
    }
    if let Some(decision) = spec.automated_decision {
        doc.paragraph(words.fill(summary.automated_decision, &[("decision", decision.decision.get(lang))]));
    }
    // A special category, a child's parental consent and the consumer's phone promise matter before anyone ticks a
    // box (R21, R22; C. consom. L223-2: told when the number is collected, legal review 3 M1).
    let facts = facts::special_fields(spec, lang)
        .into_iter()
        .chain(facts::parental_consent(spec, lang))
        .chain(facts::phone_collected_short(spec, lang));
    for sentence in facts {
        doc.paragraph(sentence);
    }
    doc.choice(super::choices_legend(lang), Vec::new(), (0..spec.consent_fields.len()).collect());
    if asks_consent(spec) {
        doc.paragraph(words.fill(summary.withdrawal, &[("route", &withdrawal_route(spec, lang))]));
    }
    if has_marketing(spec) {
        doc.paragraph(words.marketing.objection_short);
    }
    let rights = super::words::join_str(&right_names(spec, lang), lang);
    let contact = spec.rights_contact.get(lang);
    doc.paragraph(words.fill(words.rights.summary, &[("rights", &rights), ("contact", contact)]));
    doc.link(summary.learn_more, href);
    doc
}

/// Whether the form asks for an agreement: an opt-in box, or a purpose based on consent.
fn asks_consent(spec: &NoticeSpec) -> bool {
    spec.consent_fields.iter().any(|f| f.kind() == ConsentKind::OptIn)
        || spec.purposes.iter().any(|p| p.basis == Some(LegalBasis::Consent))
}

/// Whether calls about this form are commercial: it declares a prospecting case (C. consom. L221-16, L223-1).
fn is_commercial(spec: &NoticeSpec) -> bool {
    has_marketing(spec)
}

/// Whether the form has a marketing use: a prospecting case or a `marketing` purpose (Art. 21(2)-(4)).
pub fn has_marketing(spec: &NoticeSpec) -> bool {
    !spec.prospecting.is_empty()
        || spec.purposes.iter().any(|p| p.marketing.is_some() || p.data_use.is_some_and(taxonomy::is_direct_marketing))
}

/// Everyone who receives the data: the declared recipients, each located recipient with its country, and the
/// partners of the prospecting cases that pass data to them (R16, R17).
pub fn recipient_list(spec: &NoticeSpec, lang: Lang) -> String {
    let all = recipients(spec, lang);
    // An item with its own comma would run into the next: the list is then separated by semicolons.
    if all.iter().any(|item| item.contains(',')) {
        return enumerate(&all.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    }
    join(&all, lang)
}

/// Every recipient, one item each: the declared ones, those with their country, and the partners of the
/// prospecting cases (Art. 13(1)(e), 30(1)(d)).
pub fn recipients(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    let mut all: Vec<String> = spec.recipients.iter().map(|r| r.get(lang).to_string()).collect();
    all.extend(spec.located_recipients.iter().map(|r| {
        words.fill(words.notice.located_recipient, &[("name", r.name.get(lang)), ("country", r.country_name(lang))])
    }));
    for prospecting in spec.prospecting {
        // Under `gdpr` both partner cases name their partners; a hand-built spec may not. Who the partners are
        // stands next to them, and what they receive it for after (legal review 3 L4).
        let partners = prospecting.partners.map_or(String::new(), |t| format!(" ({})", t.get(lang)));
        let template = match prospecting.kind {
            ProspectingKind::PartnerOptout => words.notice.recipient_partner_optout,
            ProspectingKind::PartnerEmailOptin => words.notice.recipient_partner_email_optin,
            _ => continue,
        };
        all.push(words.fill(template, &[("partners", &partners)]));
    }
    all
}

/// The operator's instructions before and during a commercial call to a consumer, not read aloud: prior
/// consent (C. consom. L223-1 since 11 August 2026), calling hours and frequency (D223-9), the objection to be
/// recorded (Art. 21(2)).
fn operator_checklist(consumers: bool, lang: Lang) -> Vec<String> {
    let lines = &lang.catalog().script.checklist;
    // The Consumer Code's calling rules protect consumers of a French controller; anyone keeps the right to object
    // (Art. 21).
    let kept = if consumers { &lines[..] } else { &[lines[0], lines[6]][..] };
    kept.iter().map(|line| line.to_string()).collect()
}

/// The purposes as the script says them: each with its basis and, for a legitimate interest, the interest.
fn spoken_purposes(spec: &NoticeSpec, lang: Lang) -> String {
    let words = lang.catalog();
    let purposes: Vec<String> = uses(spec, lang)
        .iter()
        .map(|p| {
            let mut said = p.text.clone();
            if let Some(basis) = p.basis {
                let law = p.law.map_or(String::new(), |law| format!(" ({law})"));
                let basis = format!("{}{law}", basis_words(basis, lang));
                said.push_str(&match &p.interest {
                    Some(interest) => {
                        words.fill(words.script.basis_interest, &[("basis", &basis), ("interest", interest)])
                    }
                    None => words.fill(words.script.basis, &[("basis", &basis)]),
                });
            }
            said
        })
        .collect();
    enumerate(&purposes.iter().map(String::as_str).collect::<Vec<_>>(), lang)
}

/// How long the data is kept, purpose by purpose (Art. 13(2)(a)).
fn spoken_retention(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let words = lang.catalog();
    let kept: Vec<String> = uses(spec, lang)
        .iter()
        .filter_map(|p| {
            let retention = p.retention?;
            Some(words.fill(words.script.retention_item, &[("purpose", &p.text), ("retention", retention)]))
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    let kept = enumerate(&kept.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    Some(words.fill(words.script.retention, &[("list", &kept)]))
}

/// The call-centre script (GDPR Art. 13 read out at the start of the call; C. consom. L223-1), line by line. For
/// a commercial call, the operator's checklist first (prior consent, hours, frequency); then who calls, for whom,
/// and that the call is commercial (C. consom. L221-16); the recording, if any (CNIL 2022); purposes with their
/// bases, retention, recipients, transfers, the DPO, where the data came from; the L223-2 information; the rights
/// that apply and the CNIL; one question per box; and before the call ends, the objection to all direct marketing
/// (Art. 21(2)).
pub fn call_script(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let words = lang.catalog();
    let script = &words.script;
    let commercial = is_commercial(spec);
    let say = |sentence: String| words.quoted(&sentence);
    let mut lines = vec![script.title.to_string(), String::new()];
    if commercial {
        lines.extend(operator_checklist(spec.consumer_phone_rules(), lang));
        lines.push(String::new());
    }
    let controller = spec.controller.map_or(script.client_company, |c| c.name);
    let hello = if commercial { script.hello_commercial } else { script.hello };
    lines.push(say(words.fill(hello, &[("controller", controller)])));
    if let Some(recorded) = spec.call_recording {
        lines.push(say(words.fill(script.recorded, &[("reason", recorded.get(lang))])));
    }
    lines.extend(data_source(spec, lang).map(say));
    let purposes = spoken_purposes(spec, lang);
    let recipients = recipient_list(spec, lang);
    let mut information = vec![words.fill(script.purposes, &[("purposes", &purposes)])];
    information.extend(spoken_retention(spec, lang));
    information.push(words.fill(script.recipients, &[("recipients", &recipients)]));
    information.extend(transfers(spec, lang));
    information.extend(facts::adequate_recipients(spec, lang));
    // Which answers are mandatory, and what follows from not giving them (Art. 13(2)(e); legal review 3 M13).
    information.extend(data_requirement(spec, lang));
    information.extend(facts::special_fields(spec, lang));
    information.extend(facts::parental_consent(spec, lang));
    information.extend(identity(spec, lang).into_iter().skip(usize::from(spec.controller.is_some())));
    // L223-2 protects consumers: professionals are not promised it (legal review 3 H2).
    if commercial && spec.consumer_phone_rules() {
        information.push(phone_notice(lang).to_string());
    }
    lines.push(say(information.join(" ")));
    lines.push(say(rights(spec, lang).join(" ")));
    // Where the person finds the full notice, whatever the policy's address (legal review 3 M13).
    let policy = spec.policy.map(|p| p.get(lang));
    lines.push(say(match (policy.filter(|p| p.starts_with("https://") || p.starts_with("http://")), policy) {
        (Some(url), _) => words.fill(script.policy_url, &[("url", url)]),
        (None, Some(_)) => script.policy_site.to_string(),
        (None, None) => script.policy_sent.to_string(),
    }));
    lines.extend(super::questions(spec, lang));
    lines.push(String::new());
    lines.push(if commercial { script.last_commercial } else { script.last }.to_string());
    lines
}

/// The label of a prospecting box under `gdpr`.
pub fn prospecting_label(kind: ProspectingKind, who: Option<&str>, lang: Lang) -> String {
    let words = lang.catalog();
    match kind {
        ProspectingKind::PartnerEmailOptin => words
            .fill(words.marketing.label_partner_email_optin, &[("partners", who.unwrap_or(words.notice.our_partners))]),
        ProspectingKind::PartnerOptout => {
            words.fill(words.marketing.label_partner_optout, &[("partners", &some_partners(who, lang))])
        }
        ProspectingKind::SimilarOffersOptout => words.marketing.label_similar_offers.to_string(),
        ProspectingKind::PhoneOptin => phone_label(who.unwrap_or_default(), lang),
    }
}

/// The question an operator asks for a prospecting box under `gdpr`; yes ticks the box.
pub fn prospecting_question(kind: ProspectingKind, who: Option<&str>, lang: Lang) -> String {
    let words = lang.catalog();
    match kind {
        ProspectingKind::PartnerEmailOptin => words.fill(
            words.marketing.question_partner_email_optin,
            &[("partners", who.unwrap_or(words.notice.our_partners))],
        ),
        ProspectingKind::PartnerOptout => {
            words.fill(words.marketing.question_partner_optout, &[("partners", &our_partners(who, lang))])
        }
        ProspectingKind::SimilarOffersOptout => words.marketing.question_similar_offers.to_string(),
        ProspectingKind::PhoneOptin => phone_question(who.unwrap_or_default(), lang),
    }
}
