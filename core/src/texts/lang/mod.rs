//! The library's words, one catalog per language: every message as a template with named slots (`{name}`), and
//! the language's grammar (conjunction, punctuation, quotation marks, the contractions of a preposition with an
//! article). The legal facts — which rights follow from a basis, what a use implies, which law applies — live in
//! the texts' modules, once; a catalog only says them.
//!
//! [`crate::Lang::catalog`] is the one place that matches on a language. A catalog is a `const` of the struct
//! [`Catalog`]: a message missing from one is a compile error naming the field, and the tests check that each
//! template has the slots of its English version. Adding a language is one file here plus one `Lang` variant.
//!
//! The legal terms each catalog uses, with their sources, are in `GLOSSARY.md` beside these files.
//!
//! Adding a language, say Swedish:
//! 1. copy `en.rs` to `sv.rs`, translate every string (the slots stay as they are; the field docs say what fills
//!    each), set its `Grammar`, and `lil2004: None`;
//! 2. add `Sv` to [`crate::Lang`] (its variant, `ALL`, `code`, `catalog`) and `pub(crate) mod sv;` here;
//! 3. add the Swedish names to the tables indexed by language: the countries (`countries.rs`) and the adequacy
//!    decisions' citations (`adequacy.rs`), which the compiler asks for (their arrays have one entry per
//!    language), and the word lists of the derive's free-text checks (`macros/src/rules/`);
//! 4. `cargo test`: the catalog tests fail on any template whose slots differ from English's.
//!
//! A slot is written `{name}`, or `{prep:name}` where the language contracts a preposition with what follows
//! (French « de » + « le suivi » is « du suivi », « à » + « les envois » is « aux envois »): the language's
//! [`Grammar::contract`] writes the preposition and the slot's value together.

pub(crate) mod de;
pub(crate) mod en;
pub(crate) mod es;
pub(crate) mod fr;
pub(crate) mod it;
pub(crate) mod nl;
pub(crate) mod pl;
pub(crate) mod pt;

use serde::Serialize;

/// Every word the library writes in one language.
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct Catalog {
    /// The language's name in that language (`Deutsch`, `français`), for headings that name a version.
    pub name: &'static str,
    /// Punctuation, conjunction and contractions.
    #[serde(skip)]
    pub grammar: Grammar,
    /// The notice's headings, identity and purposes.
    pub notice: NoticeWords,
    /// The rights and how to exercise them.
    pub rights: RightsWords,
    /// Marketing: the prospecting cases' mentions, labels, questions; the objection.
    pub marketing: MarketingWords,
    /// The sentences that follow from the facts: transfers, special categories, phone, children.
    pub facts: FactsWords,
    /// The first level of a two-level notice.
    pub summary: SummaryWords,
    /// The call-centre script.
    pub script: ScriptWords,
    /// The closed lists' names: bases, special categories, Art. 9(2) conditions, safeguards, subjects.
    pub vocabulary: VocabularyWords,
    /// The register of processing activities.
    pub register: RegisterWords,
    /// The privacy policy page.
    pub policy: PolicyWords,
    /// The `lil2004` regime's words: the 2004 French text and its English version only (a form under it is
    /// refused in any other language).
    pub lil2004: Option<&'static Lil2004Words>,
}

/// A language's punctuation and the grammar the templates rely on.
#[derive(Debug)]
#[non_exhaustive]
pub struct Grammar {
    /// The conjunction of the last two items of a list, with its spaces: `" et "`, `" and "`.
    pub and: &'static str,
    /// A label's colon, with its spaces: `" : "` in French, `": "` elsewhere.
    pub colon: &'static str,
    /// The semicolon that separates items which may hold commas: `" ; "` in French, `"; "` elsewhere.
    pub semicolon: &'static str,
    /// The opening quotation mark, with its space if the language puts one: `"« "`, `"“"`, `"„"`.
    pub open_quote: &'static str,
    /// The closing quotation mark: `" »"`, `"”"`, `"“"`.
    pub close_quote: &'static str,
    /// The preposition `prep` of a `{prep:slot}` before `phrase`, contracted as the language requires.
    pub contract: fn(prep: &str, phrase: &str) -> String,
}

/// The notice's headings, identity and purposes (GDPR Art. 13(1)(a)-(e), 13(2)(a), (e), (f)).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct NoticeWords {
    /// The notice's heading.
    pub title: &'static str,
    /// Heading of the purposes.
    pub why: &'static str,
    /// Heading of the rights.
    pub your_rights: &'static str,
    /// Heading of the marketing section.
    pub marketing: &'static str,
    /// Legend of the consent-based purposes' boxes.
    pub agreement_legend: &'static str,
    /// Legend of the fieldset that holds every box of a form.
    pub choices_legend: &'static str,
    /// Legend of the "I object" boxes of marketing purposes.
    pub objection_legend: &'static str,
    /// Who processes the data; slots `{name}`, `{address}`, `{contact}`.
    pub controller: &'static str,
    /// A joint controller (Art. 26); slots `{name}`, `{contact}`, `{arrangement}`.
    pub joint_controller: &'static str,
    /// The EU representative (Art. 27); slots `{name}`, `{contact}`.
    pub representative: &'static str,
    /// The DPO (Art. 13(1)(b)); slot `{dpo}`.
    pub dpo: &'static str,
    /// Data obtained elsewhere (Art. 14(1)(d), 14(2)(f)); slots `{source}`, `{categories}`.
    pub data_source: &'static str,
    /// The same, from a publicly accessible source; slots `{source}`, `{categories}`.
    pub data_source_public: &'static str,
    /// After a purpose: its legal basis; slots `{basis}` and `{law}` (the law named, in parentheses, or empty).
    pub purpose_basis: &'static str,
    /// After a purpose: the legitimate interest; slot `{interest}`.
    pub purpose_interest: &'static str,
    /// After a purpose: its retention, then deletion or anonymisation; slot `{retention}`.
    pub purpose_retention: &'static str,
    /// The closed list of recipients (Art. 13(1)(e)); slot `{recipients}`.
    pub recipients: &'static str,
    /// A transfer outside the EEA; slots `{country}`, `{ground}`.
    pub transfer: &'static str,
    /// A transfer's ground, a safeguard; slots `{safeguard}`, `{copy}` (where to get a copy).
    pub ground_safeguard: &'static str,
    /// A transfer's ground, an adequacy decision; slot `{decision}` (its citation).
    pub ground_adequacy: &'static str,
    /// A transfer's ground, an adequacy decision not cited.
    pub ground_adequacy_uncited: &'static str,
    /// A form without mandatory field.
    pub all_optional: &'static str,
    /// One mandatory field (Art. 13(2)(e)); slots `{reason}`, `{list}`, `{consequence}`.
    pub one_required: &'static str,
    /// Several mandatory fields; slots `{reason}`, `{list}`, `{consequence}`.
    pub many_required: &'static str,
    /// The default reason the fields are needed, in `{reason}`.
    pub default_reason: &'static str,
    /// The default consequence of leaving them out, in `{consequence}`.
    pub default_consequence: &'static str,
    /// An automated decision (Art. 13(2)(f), 22(3)); slots `{decision}`, `{logic}`, `{consequences}`.
    pub automated_decision: &'static str,
    /// « nos partenaires » / "our partners".
    pub our_partners: &'static str,
    /// The partners with who they are; slots `{partners}` (the words « nos partenaires »), `{names}`.
    pub partners_named: &'static str,
    /// The implied use of `partner_optout`; slot `{partners}`.
    pub use_partner_optout: &'static str,
    /// The interest pursued by `partner_optout`.
    pub interest_partner_optout: &'static str,
    /// The implied use of `partner_email_optin`; slot `{listed}` (« (names) » or empty).
    pub use_partner_email_optin: &'static str,
    /// The implied use of `similar_offers_optout`.
    pub use_similar_offers: &'static str,
    /// The interest pursued by `similar_offers_optout`; slot `{law}`.
    pub interest_similar_offers: &'static str,
    /// The similar-offers exception's text, for a French controller.
    pub similar_offers_law_fr: &'static str,
    /// The similar-offers exception's text elsewhere (ePrivacy Directive Art. 13(2)).
    pub similar_offers_law_eu: &'static str,
    /// The implied use of `phone_optin`; slot `{caller}`.
    pub use_phone_optin: &'static str,
    /// A recipient of `partner_optout`; slot `{partners}` (« (names) » or empty).
    pub recipient_partner_optout: &'static str,
    /// A recipient of `partner_email_optin`; slot `{partners}` (« (names) » or empty).
    pub recipient_partner_email_optin: &'static str,
    /// A recipient with its country; slots `{name}`, `{country}`.
    pub located_recipient: &'static str,
    /// The default label of a consent purpose's box; slot `{purpose}`.
    pub box_agree: &'static str,
    /// The default label of a marketing purpose's "I object" box; slot `{purpose}`.
    pub box_object: &'static str,
    /// The operator's question for a consent purpose; slot `{purpose}`.
    pub question_agree: &'static str,
    /// The operator's question for an objection box; slot `{purpose}`.
    pub question_object: &'static str,
    /// « En quelques mots » for a child, with the controller's name; slots `{name}`, `{purposes}`.
    pub child_intro_named: &'static str,
    /// « En quelques mots » for a child, without a controller's name; slot `{purposes}`.
    pub child_intro: &'static str,
    /// A child's rights in plain words; slot `{contact}`.
    pub child_rights: &'static str,
    /// A child's boxes in plain words (under 15 in France).
    pub child_boxes_fr: &'static str,
    /// A child's boxes in plain words (elsewhere, the age the person's country sets).
    pub child_boxes_eu: &'static str,
    /// A child's complaint in plain words; slot `{authority}`.
    pub child_complaint: &'static str,
    /// The child's own authority, when the controller's is not known.
    pub child_own_authority: &'static str,
}

/// The rights, per basis (Art. 15-22, 7(3), 77; R23).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct RightsWords {
    /// Access, rectification, erasure, restriction; slot `{contact}`.
    pub access_erase: &'static str,
    /// Access, rectification, restriction (no erasure for every purpose); slot `{contact}`.
    pub access: &'static str,
    /// Erasure for some purposes; slot `{list}`.
    pub erase_some: &'static str,
    /// Portability for every purpose.
    pub portability_all: &'static str,
    /// Portability for some purposes; slot `{list}`.
    pub portability_some: &'static str,
    /// Objection on grounds relating to one's situation (Art. 21(1)); slot `{list}`.
    pub objection: &'static str,
    /// Withdrawal of consent (Art. 7(3)); slot `{route}`.
    pub withdrawal: &'static str,
    /// How to withdraw: through the rights contact; slot `{contact}`.
    pub withdraw_by_contact: &'static str,
    /// A route that is a web page; slot `{route}`.
    pub route_page: &'static str,
    /// A route that is an e-mail address; slot `{route}`.
    pub route_mail: &'static str,
    /// A route described in words; slot `{route}`.
    pub route_other: &'static str,
    /// Directives after death (French law only: LIL art. 85).
    pub post_mortem: &'static str,
    /// Where to learn more; slot `{site}`.
    pub more: &'static str,
    /// The complaint to the controller's authority or the person's own (Art. 77); slot `{authority}`.
    pub complaint: &'static str,
    /// The complaint when the controller's authority is not known (Art. 77).
    pub complaint_own: &'static str,
    /// The CNIL, as a sentence names it (with its article if the language uses one).
    pub cnil: &'static str,
    /// The rights as nouns, in the order of Art. 15-21: access, rectification, erasure, restriction,
    /// portability, objection.
    pub names: [&'static str; 6],
    /// The first level's rights sentence; slots `{rights}`, `{contact}`.
    pub summary: &'static str,
}

/// Marketing: the prospecting cases (CPCE L34-5, ePrivacy Art. 13) and the objection (Art. 21(2)-(4)).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct MarketingWords {
    /// Legend of `partner_optout`'s choice.
    pub legend_partner_optout: &'static str,
    /// Legend of `partner_email_optin`'s choice.
    pub legend_partner_email_optin: &'static str,
    /// Legend of `similar_offers_optout`'s choice.
    pub legend_similar_offers: &'static str,
    /// Legend of `phone_optin`'s choice.
    pub legend_phone_optin: &'static str,
    /// The mention of `partner_email_optin`; slot `{partners}` (their names).
    pub mention_partner_email_optin: &'static str,
    /// The mention of `partner_optout`; slot `{partners}` (« nos partenaires (names) »).
    pub mention_partner_optout: &'static str,
    /// The mention of `similar_offers_optout`; slot `{controller}`.
    pub mention_similar_offers: &'static str,
    /// The controller's name when the form gives none, in `{controller}`.
    pub our_company: &'static str,
    /// The box of `partner_email_optin`; slot `{partners}` (their names).
    pub label_partner_email_optin: &'static str,
    /// The box of `partner_optout`; slot `{partners}` (« des partenaires (names) »).
    pub label_partner_optout: &'static str,
    /// Partners, in the person's voice (not « nos »).
    pub some_partners: &'static str,
    /// The box of `similar_offers_optout`.
    pub label_similar_offers: &'static str,
    /// The box of `phone_optin`; slot `{caller}`.
    pub label_phone_optin: &'static str,
    /// The question of `partner_email_optin`; slot `{partners}`.
    pub question_partner_email_optin: &'static str,
    /// The question of `partner_optout`; slot `{partners}` (« nos partenaires (names) »).
    pub question_partner_optout: &'static str,
    /// The question of `similar_offers_optout`.
    pub question_similar_offers: &'static str,
    /// The question of `phone_optin`; slot `{caller}`.
    pub question_phone_optin: &'static str,
    /// The promise on commercial calls to a French controller's consumers (C. consom. L223-1, L223-2).
    pub phone_notice: &'static str,
    /// The same in short, for the first level.
    pub phone_notice_short: &'static str,
    /// The objection to direct marketing (Art. 21(2)); slots `{profiling}`, `{partners}` (the two clauses
    /// below, or empty), `{contact}`.
    pub objection: &'static str,
    /// The objection's profiling clause.
    pub objection_profiling: &'static str,
    /// The objection's clause on the disclosure to partners.
    pub objection_partners: &'static str,
    /// The first level's objection sentence (Art. 21(4)).
    pub objection_short: &'static str,
}

/// The sentences that follow from the facts (design §7).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct FactsWords {
    /// A special category's field (Art. 9); slots `{field}`, `{category}`, `{condition}`.
    pub special_field: &'static str,
    /// The law an Art. 9(2)(b), (g), (i) processing rests on; slot `{law}`.
    pub special_law: &'static str,
    /// The professional secrecy of Art. 9(2)(h), 9(3); slot `{secrecy}`.
    pub special_secrecy: &'static str,
    /// What a phone field is for; slots `{field}`, `{purposes}`.
    pub phone_purposes: &'static str,
    /// A parent's consent, French law (LIL art. 45); slot `{how}`.
    pub parental_consent_fr: &'static str,
    /// A parent's consent elsewhere (GDPR Art. 8(1)); slot `{how}`.
    pub parental_consent_eu: &'static str,
}

/// The first level of a two-level notice (WP260 §35-38).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct SummaryWords {
    /// What the named controller uses the data for; slots `{name}`, `{purposes}`.
    pub purposes_named: &'static str,
    /// The same without a name; slot `{purposes}`.
    pub purposes: &'static str,
    /// One joint controller; slot `{names}`.
    pub joint_controller: &'static str,
    /// Several joint controllers; slot `{names}`.
    pub joint_controllers: &'static str,
    /// Data obtained elsewhere; slot `{source}`.
    pub data_source: &'static str,
    /// Transfers outside the EEA; slot `{countries}`.
    pub transfers: &'static str,
    /// An automated decision; slot `{decision}`.
    pub automated_decision: &'static str,
    /// Withdrawal; slot `{route}`.
    pub withdrawal: &'static str,
    /// The link to the full policy.
    pub learn_more: &'static str,
}

/// The call-centre script (Art. 13 read at the start of the call; C. consom. L221-16, L223-1).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct ScriptWords {
    /// The script's heading.
    pub title: &'static str,
    /// The operator's instructions for a commercial call (not read aloud): the heading, prior consent, the
    /// renovation ban, hours, frequency, a withdrawn agreement, the objection recorded. French consumer law: the
    /// lines 1-5 are said only for a French controller's consumers.
    pub checklist: [&'static str; 7],
    /// The opening of a commercial call; slot `{controller}`.
    pub hello_commercial: &'static str,
    /// The opening of another call; slot `{controller}`.
    pub hello: &'static str,
    /// The controller's name when the form gives none, in `{controller}`.
    pub client_company: &'static str,
    /// The call is recorded; slot `{reason}`.
    pub recorded: &'static str,
    /// What the information is for; slot `{purposes}`.
    pub purposes: &'static str,
    /// A purpose's basis, said; slot `{basis}`.
    pub basis: &'static str,
    /// A purpose's basis and interest, said; slots `{basis}`, `{interest}`.
    pub basis_interest: &'static str,
    /// One purpose's retention; slots `{purpose}`, `{retention}`.
    pub retention_item: &'static str,
    /// The retention sentence; slot `{list}`.
    pub retention: &'static str,
    /// The recipients; slot `{recipients}`.
    pub recipients: &'static str,
    /// Where the full notice is, at a web address; slot `{url}`.
    pub policy_url: &'static str,
    /// Where the full notice is, in the privacy policy.
    pub policy_site: &'static str,
    /// The full notice sent on request.
    pub policy_sent: &'static str,
    /// The heading of the questions.
    pub questions: &'static str,
    /// One question; slots `{number}`, `{question}`.
    pub question: &'static str,
    /// The last question of a commercial call.
    pub last_commercial: &'static str,
    /// The last question of another call.
    pub last: &'static str,
}

/// The closed lists' names.
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct VocabularyWords {
    /// The legal bases as a notice states them after « fondement : », in the order of Art. 6(1): consent,
    /// contract, legal obligation, vital interests, public task, legitimate interests.
    pub bases: [&'static str; 6],
    /// The legal bases' names, as a register lists them, same order.
    pub basis_names: [&'static str; 6],
    /// The special categories as « des données … » names them: health, genetic, biometric, racial or ethnic
    /// origin, political opinions, religious or philosophical beliefs, trade union membership, sex life, sexual
    /// orientation (Art. 9(1)).
    pub special_categories: [&'static str; 9],
    /// The Art. 9(2) conditions, (a) to (j), as « nous ne les traitons que … » says them.
    pub art9_conditions: [&'static str; 10],
    /// The Art. 46(2) safeguards: (a) instrument between public authorities, (b) binding corporate rules,
    /// (c) the Commission's standard clauses, (d) an authority's clauses, (e) code of conduct, (f) certification.
    pub safeguards: [&'static str; 6],
    /// The data subjects' names, as a register states them, by key (taxonomy `DATA_SUBJECTS`).
    pub subjects: [(&'static str, &'static str); 19],
    /// Consumers, professionals, minors: whom a `lil2004` form addresses.
    pub audiences: [&'static str; 3],
}

/// The register of processing activities (Art. 30).
#[derive(Debug, Serialize)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct RegisterWords {
    /// The register's title.
    pub title: &'static str,
    /// Its first paragraph.
    pub intro: &'static str,
    /// "Contents".
    pub contents: &'static str,
    /// A form's id.
    pub id: &'static str,
    /// "Regime".
    pub law: &'static str,
    /// "Notice version".
    pub version: &'static str,
    /// "Controller".
    pub controller: &'static str,
    /// "not declared".
    pub none: &'static str,
    /// "Purposes".
    pub purposes: &'static str,
    /// "legal basis".
    pub basis: &'static str,
    /// "retention".
    pub retention: &'static str,
    /// "Personal data collected".
    pub data: &'static str,
    /// "required".
    pub required: &'static str,
    /// "optional".
    pub optional: &'static str,
    /// "Recipients".
    pub recipients: &'static str,
    /// "Transfers outside the EEA".
    pub transfers: &'static str,
    /// "adequacy decision".
    pub adequacy: &'static str,
    /// "Consent boxes".
    pub boxes: &'static str,
    /// "agreement (opt-in)".
    pub opt_in: &'static str,
    /// "objection (opt-out)".
    pub opt_out: &'static str,
    /// The heading of the notice in this catalog's language, shown in the register of another (« Notice en
    /// allemand »): the notice's own title, in its own language, is what the register reproduces.
    pub notice: &'static str,
    /// What the register says of a `lil2004` form.
    pub historical: &'static str,
    /// "marketing".
    pub marketing: &'static str,
    /// "special category".
    pub special: &'static str,
    /// "Data subjects".
    pub audience: &'static str,
    /// The words the free-text checks were told to let through (`#[wording(allow = ..)]`).
    pub wording: &'static str,
    /// "data use".
    pub data_use: &'static str,
    /// "category".
    pub category: &'static str,
    /// "National rules applied".
    pub rules: &'static str,
    /// French law's rules.
    pub french_rules: &'static str,
    /// The EU baseline (design §9).
    pub eu_rules: &'static str,
}

/// The privacy policy page.
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct PolicyWords {
    /// The page's title.
    pub title: &'static str,
    /// Its first paragraph.
    pub intro: &'static str,
    /// "Version".
    pub version: &'static str,
    /// "updated on".
    pub updated: &'static str,
    /// "Controllers".
    pub controllers: &'static str,
    /// "data protection officer".
    pub dpo: &'static str,
    /// "representative in the European Union".
    pub representative: &'static str,
    /// "Contents".
    pub contents: &'static str,
    /// The months' names, January first.
    pub months: [&'static str; 12],
    /// A date; slots `{day}`, `{month}`, `{year}`.
    pub date: &'static str,
}

/// The `lil2004` regime's words (the 2004 French text, and its English version).
#[derive(Debug, Serialize)]
#[non_exhaustive]
#[allow(missing_docs)]
pub struct Lil2004Words {
    /// What every output of a `lil2004` form says first.
    pub historical: &'static str,
    /// One purpose in the list of « destiné à … »; slot `{purpose}`.
    pub purpose_item: &'static str,
    /// « destiné à … »; slot `{purposes}` (the items joined).
    pub purposes_one: &'static str,
    /// The same for several purposes; slot `{purposes}`.
    pub purposes_many: &'static str,
    /// The general mention; slots `{purposes}`, `{recipients}`, `{contact}`.
    pub general: &'static str,
    /// The controller; slots `{name}`, `{address}`.
    pub controller: &'static str,
    /// Transfers; slot `{countries}`.
    pub transfers: &'static str,
    /// One mandatory field; slot `{list}`.
    pub one_required: &'static str,
    /// Several; slot `{list}`.
    pub many_required: &'static str,
    /// The partner mentions' opening; slot `{contact}`.
    pub partner_preamble: &'static str,
    /// Invitations to tick, per case; slot `{partners}`.
    pub invite_partner_optout: &'static str,
    pub invite_partner_email_optin: &'static str,
    pub invite_similar_offers: &'static str,
    /// « vos partenaires »; with names, slot `{names}`.
    pub your_partners: &'static str,
    pub your_partners_named: &'static str,
    /// Labels, per case; slot `{partners}`.
    pub label_partner_optout: &'static str,
    pub label_partner_email_optin: &'static str,
    pub label_similar_offers: &'static str,
    /// Questions, per case; slot `{partners}`.
    pub question_partner_optout: &'static str,
    pub question_partner_email_optin: &'static str,
    pub question_similar_offers: &'static str,
    /// The call script's lines after its title; slots `{purposes}`, `{recipients}`, `{contact}`.
    pub script_not_for_calls: &'static str,
    pub script_information: &'static str,
    pub script_no_contact: &'static str,
    pub script_access: &'static str,
}

impl Catalog {
    /// Fills `template`'s slots with `slots` (`{name}` by its value; `{prep:name}` by the preposition
    /// contracted with it). A slot the caller does not give stays as written, which the catalogs' tests catch.
    pub fn fill(&self, template: &str, slots: &[(&str, &str)]) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let slot = &after[..close];
            let (prep, name) = slot.split_once(':').map_or((None, slot), |(prep, name)| (Some(prep), name));
            match (slots.iter().find(|(key, _)| *key == name), prep) {
                (Some((_, value)), None) => out.push_str(value),
                (Some((_, value)), Some(prep)) => out.push_str(&(self.grammar.contract)(prep, value)),
                (None, _) => out.push_str(&rest[open..open + close + 2]),
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// `a`, `a et b`, `a, b et c`.
    pub fn join<S: AsRef<str>>(&self, items: &[S]) -> String {
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_string(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                format!("{}{}{}", init.join(", "), self.grammar.and, last.as_ref())
            }
        }
    }

    /// Items separated by the language's semicolon: purposes often hold « et » / "and" themselves.
    pub fn enumerate<S: AsRef<str>>(&self, items: &[S]) -> String {
        let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
        items.join(self.grammar.semicolon)
    }

    /// `text` in the language's quotation marks: « nom », “name”, „Name“.
    pub fn quoted(&self, text: &str) -> String {
        format!("{}{text}{}", self.grammar.open_quote, self.grammar.close_quote)
    }
}

/// The contraction of a language that contracts nothing: the preposition, a space, the phrase.
pub(crate) fn no_contraction(prep: &str, phrase: &str) -> String {
    format!("{prep} {phrase}")
}

#[cfg(test)]
mod tests;
