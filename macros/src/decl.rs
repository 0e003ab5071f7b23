//! The form as the macro understands it, after parsing and before checking.

use proc_macro2::{Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt};
use syn::{Attribute, Generics, Ident, Type};

use crate::attr_kind::StructAttr;

/// Where an attribute was written: enough to underline it in an error, without keeping its tokens.
#[derive(Clone, Copy)]
pub(crate) struct Site {
    start: Span,
    end: Span,
}

impl Site {
    /// The whole attribute, `#` to `]`.
    pub fn of(attr: &Attribute) -> Site {
        Site { start: attr.pound_token.span, end: attr.bracket_token.span.close() }
    }

    /// Where it starts.
    pub fn start(&self) -> Span {
        self.start
    }

    /// The attribute's name only.
    pub fn name(attr: &Attribute) -> Site {
        let span = attr.path().segments.first().map_or(attr.pound_token.span, |s| s.ident.span());
        Site { start: span, end: span }
    }
}

/// Two tokens carrying the start and end spans, which is what `syn::Error::new_spanned` reads.
impl ToTokens for Site {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        for span in [self.start, self.end] {
            let mut punct = Punct::new('#', Spacing::Alone);
            punct.set_span(span);
            tokens.append(punct);
        }
    }
}

pub(crate) use crate::Lang;
pub(crate) use crate::model::{Law, LegalBasis as Basis, ProspectingKind};
pub(crate) use crate::vocabulary::{Art9Condition, Audience, DataKind, MarketingChannel, SpecialCategory};

/// Which of Art. 22(2)'s exceptions allows a decision based solely on automated processing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DecisionBasis {
    /// (a) necessary for entering into, or performing, a contract with the person.
    Contract,
    /// (b) authorised by Union or Member State law (named with `law = ".."`).
    Law,
    /// (c) the person's explicit consent.
    ExplicitConsent,
}

/// The appropriate safeguards of GDPR Art. 46(2), a closed list (Art. 46(3)'s ad hoc clauses need an
/// authority's authorisation, and Art. 49's derogations are not a basis for regular transfers from a form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Safeguard {
    /// (a) a legally binding and enforceable instrument between public authorities or bodies.
    PublicAuthorityInstrument,
    /// (b) binding corporate rules approved under Art. 47.
    BindingCorporateRules,
    /// (c) standard data protection clauses adopted by the Commission.
    StandardContractualClauses,
    /// (d) standard data protection clauses adopted by a supervisory authority and approved by the Commission.
    AuthorityClauses,
    /// (e) an approved code of conduct, with the recipient's binding commitments.
    CodeOfConduct,
    /// (f) an approved certification mechanism, with the recipient's binding commitments.
    Certification,
}

impl Named for Safeguard {
    const ALL: &'static [Safeguard] = &[
        Safeguard::StandardContractualClauses,
        Safeguard::BindingCorporateRules,
        Safeguard::CodeOfConduct,
        Safeguard::Certification,
        Safeguard::AuthorityClauses,
        Safeguard::PublicAuthorityInstrument,
    ];

    fn name(self) -> &'static str {
        match self {
            Safeguard::PublicAuthorityInstrument => "public_authority_instrument",
            Safeguard::BindingCorporateRules => "binding_corporate_rules",
            Safeguard::StandardContractualClauses => "standard_contractual_clauses",
            Safeguard::AuthorityClauses => "authority_clauses",
            Safeguard::CodeOfConduct => "code_of_conduct",
            Safeguard::Certification => "certification",
        }
    }
}

impl Safeguard {
    /// Its place in Art. 46(2), (a) to (f): its entry in the catalogs' lists.
    fn index(self) -> usize {
        match self {
            Safeguard::PublicAuthorityInstrument => 0,
            Safeguard::BindingCorporateRules => 1,
            Safeguard::StandardContractualClauses => 2,
            Safeguard::AuthorityClauses => 3,
            Safeguard::CodeOfConduct => 4,
            Safeguard::Certification => 5,
        }
    }

    /// How the notice names it, in each language, with its article.
    pub fn words(self) -> privacy_notice_core::model::Text<'static> {
        privacy_notice_core::model::Text::by_lang(
            Lang::ALL.map(|lang| lang.catalog().vocabulary.safeguards[self.index()]),
        )
    }
}

/// A trade the law singles out for telephone canvassing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sector {
    /// Energy-saving renovation works (C. consom. L223-1 al. 5).
    EnergyRenovation,
    /// Adapting a home to old age or disability (C. consom. L223-1 al. 5).
    HomeAdaptation,
    /// Any other trade.
    Other,
}

/// The runtime's enums as the attributes name them: `law = "gdpr"`, `lang = "fr"`, `basis = "consent"`.
pub(crate) trait Named: Sized + Copy + PartialEq + 'static {
    /// Every value, in the order messages list them.
    const ALL: &'static [Self];

    /// The name written in an attribute.
    fn name(self) -> &'static str;

    /// Every name, for help messages.
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|value| value.name()).collect()
    }

    /// The value written `name`, exactly.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.name() == name)
    }
}

impl Named for Law {
    const ALL: &'static [Law] = &[Law::Gdpr, Law::Lil2004];

    fn name(self) -> &'static str {
        self.code()
    }
}

impl Named for Lang {
    const ALL: &'static [Lang] = &Lang::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

impl Named for Basis {
    const ALL: &'static [Basis] = &Basis::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

/// The closed lists of design §7, named as the attributes write them.
macro_rules! named_by_code {
    ($($name:ident),*) => {$(
        impl Named for $name {
            const ALL: &'static [$name] = $name::ALL;

            fn name(self) -> &'static str {
                self.code()
            }
        }
    )*};
}

named_by_code!(Audience, MarketingChannel, DataKind, SpecialCategory, Art9Condition);

impl Named for DecisionBasis {
    const ALL: &'static [DecisionBasis] =
        &[DecisionBasis::Contract, DecisionBasis::Law, DecisionBasis::ExplicitConsent];

    fn name(self) -> &'static str {
        match self {
            DecisionBasis::Contract => "contract",
            DecisionBasis::Law => "law",
            DecisionBasis::ExplicitConsent => "explicit_consent",
        }
    }
}

impl Named for Sector {
    const ALL: &'static [Sector] = &[Sector::EnergyRenovation, Sector::HomeAdaptation, Sector::Other];

    fn name(self) -> &'static str {
        match self {
            Sector::EnergyRenovation => "energy_renovation",
            Sector::HomeAdaptation => "home_adaptation",
            Sector::Other => "other",
        }
    }
}

/// The language's name in English, for messages.
pub(crate) fn english_name(lang: Lang) -> &'static str {
    ["French", "English", "German", "Spanish", "Italian", "Dutch", "Polish", "Portuguese"][lang.index()]
}

/// What the macro needs to know of a prospecting case beyond what the runtime says.
pub(crate) trait ProspectingExt: Sized {
    /// The case whose attribute (and box id) is `id`.
    fn from_id(id: &str) -> Option<Self>;
    /// Whether ticking its box agrees (rather than objects).
    fn opts_in(self) -> bool;
    /// The field name the help messages suggest for its box.
    fn example_field(self) -> &'static str;
    /// Its place in the order the notice presents the cases.
    fn rank(self) -> usize;
}

impl ProspectingExt for ProspectingKind {
    fn from_id(id: &str) -> Option<ProspectingKind> {
        ProspectingKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    fn opts_in(self) -> bool {
        matches!(self, ProspectingKind::PartnerEmailOptin | ProspectingKind::PhoneOptin)
    }

    fn example_field(self) -> &'static str {
        match self {
            ProspectingKind::PartnerOptout => "no_partner_use",
            ProspectingKind::PartnerEmailOptin => "partner_offers",
            ProspectingKind::SimilarOffersOptout => "no_similar_offers",
            ProspectingKind::PhoneOptin => "phone_calls",
        }
    }

    fn rank(self) -> usize {
        ProspectingKind::ALL.iter().position(|kind| *kind == self).unwrap_or(usize::MAX)
    }
}

/// A string the user wrote, with where they wrote it.
#[derive(Clone)]
pub(crate) struct Text {
    pub value: String,
    pub span: proc_macro2::Span,
}

impl Text {
    /// A link or an e-mail address reads the same in every language.
    pub fn is_address(&self) -> bool {
        let v = self.value.trim();
        !v.contains(char::is_whitespace) && (v.contains('@') || v.contains("://") || v.starts_with("www."))
    }
}

pub(crate) struct Purpose {
    pub attr: Site,
    pub text: Text,
    pub id: Option<Text>,
    pub basis: Option<Basis>,
    /// Where `basis = ".."` is written.
    pub basis_span: Option<proc_macro2::Span>,
    pub interest: Option<Text>,
    pub retention: Option<Text>,
    /// The label of the purpose's box, in the person's voice (`label = ".."`).
    pub label: Option<Text>,
    /// `marketing = ".."`, and where it is written.
    pub marketing: Option<(MarketingChannel, proc_macro2::Span)>,
    /// `sale`: the purpose is a sale (R14).
    pub sale: bool,
    /// `data_use = ".."`: what the purpose does, a key of the taxonomy (design §8).
    pub data_use: Option<Text>,
    /// `law = ".."`: the text a `legal_obligation` purpose fulfils.
    pub law: Option<Text>,
    /// Reading the attribute gave no error: only then do the checks judge what it lacks (a misspelled
    /// `bassis` is reported once, not again as a missing basis).
    pub complete: bool,
}

pub(crate) struct Controller {
    pub attr: Site,
    pub name: String,
    pub address: String,
    pub contact: String,
    /// `country = ".."`: where it is established, as an ISO code (design §9).
    pub country: Option<Text>,
    /// Established outside the EEA: an EU representative must be named (GDPR Art. 27; R08).
    pub outside_eu: bool,
    /// `authority = ".."`: the supervisory authority it answers to, where its country has several (R45).
    pub authority: Option<Text>,
}

/// `#[joint_controller(name = .., contact = .., arrangement = ..)]` (GDPR Art. 26).
pub(crate) struct JointController {
    pub name: String,
    pub contact: String,
    pub arrangement: Text,
}

pub(crate) struct Representative {
    pub name: String,
    pub contact: String,
}

/// `#[transfer(..)]`: data sent outside the EEA.
pub(crate) struct Transfer {
    pub attr: Site,
    /// The ISO code, when the country was recognised.
    pub code: Option<&'static str>,
    /// `dpf`: the recipient is certified under the EU-US Data Privacy Framework.
    pub dpf: bool,
    pub adequacy: bool,
    pub country: Text,
    /// `safeguard = ".."`, and where it is written.
    pub safeguard: Option<(Safeguard, proc_macro2::Span)>,
    pub copy: Option<String>,
}

pub(crate) struct AutomatedDecision {
    pub attr: Site,
    /// `basis = ".."`: which of Art. 22(2)'s exceptions allows it, and where it is written.
    pub basis: Option<(DecisionBasis, proc_macro2::Span)>,
    /// Whether a `basis` was written (a value the parse refused has had its error).
    pub basis_written: bool,
    /// `law = ".."`: the law that authorises it, for `basis = "law"`.
    pub law: Option<Text>,
    pub decision: Text,
    pub logic: Text,
    pub consequences: Text,
}

pub(crate) struct DataSource {
    pub source: String,
    pub categories: Text,
    pub public: bool,
}

pub(crate) struct DataRequirement {
    pub reason: Text,
    pub consequence: Text,
}

/// `#[translation(lang = "en", "texte" = "text", ..)]`.
pub(crate) struct LocatedRecipient {
    pub attr: Site,
    pub name: Text,
    /// The ISO code, upper case, checked against the country table.
    pub country: Text,
}

pub(crate) struct Translation {
    pub attr: Site,
    pub lang: Lang,
    pub pairs: Vec<(Text, Text)>,
}

pub(crate) struct Prospecting {
    pub attr: Site,
    /// The attribute's name, where "needs its checkbox" points.
    pub name: Site,
    pub kind: ProspectingKind,
    pub partners: Option<Text>,
    pub caller: Option<String>,
    pub retention: Option<Text>,
}

/// `#[consent(ID)]` on a field.
pub(crate) struct ConsentBox {
    pub attr: Site,
    pub id: Text,
}

pub(crate) struct Field {
    pub ident: Ident,
    pub ty: Type,
    /// Where the type is written.
    pub ty_span: proc_macro2::Span,
    /// The name the field is submitted under.
    pub name: String,
    pub consent: Option<ConsentBox>,
    /// A `#[consent(..)]` is written on the field, even one that could not be read (its error is given).
    pub consent_written: bool,
    pub required: bool,
    pub label: Option<Text>,
    /// `#[personal_data(..)]`, kept to point errors at it.
    pub personal_data: Option<Site>,
    /// `#[serde(skip)]` or `skip_deserializing`: never read from a submission.
    pub skipped: bool,
    /// `#[serde(default = "..")]`: a function could pre-tick a box.
    pub default_fn: Option<proc_macro2::Span>,
    /// Rocket's `#[field(default = ..)]`: Rocket would fill an absent box with it.
    pub rocket_default: Option<proc_macro2::Span>,
    /// `#[serde(deserialize_with = "..")]` or `with`: a function reads the box.
    pub deserialize_with: Option<proc_macro2::Span>,
    /// `kind = ".."`.
    pub kind: Option<DataKind>,
    /// `special = ".."`, and where it is written.
    pub special: Option<(SpecialCategory, proc_macro2::Span)>,
    /// `art9 = ".."`, and where it is written.
    pub art9: Option<(Art9Condition, proc_macro2::Span)>,
    /// `purpose = "a, b"`: the ids of the purposes the field serves.
    pub purposes: Vec<Text>,
    /// `category = ".."`: what the field holds, a key of the taxonomy (design §8).
    pub category: Option<Text>,
    /// `#[personal_data(none)]`: the field holds no personal data.
    pub not_personal: bool,
    /// A `category` was written but is not in the taxonomy: its error is given, and the rules that read the
    /// category stay silent rather than add guesses to it.
    pub category_unknown: bool,
    /// `law = ".."`: the law an Art. 9(2)(b), (g) or (i) condition rests on.
    pub art9_law: Option<Text>,
    /// `secrecy = ".."`: who is bound by professional secrecy, for Art. 9(2)(h).
    pub secrecy: Option<Text>,
    /// The field is the form's `privacy_notice::NoticeVersion`: not personal data, the version sent back.
    pub is_version: bool,
}

pub(crate) struct Form {
    pub ident: Ident,
    pub generics: Generics,
    /// The path the expansion reaches the runtime by: `#[notice(crate = "..")]`, or `::privacy_notice`.
    pub runtime: TokenStream,
    pub law: Law,
    /// `false` when `#[notice(law = ..)]` could not be read: the regime's own rules are then not applied.
    pub law_known: bool,
    /// Where `law = "lil2004"` is written, for the error that the 2004 text is historical.
    pub law_span: Option<proc_macro2::Span>,
    /// `#[notice(.., historical)]`: a `lil2004` form kept on purpose, as an archive or a demonstration.
    pub historical: bool,
    pub lang: Lang,
    /// `#[notice(policy = "..")]`: the full privacy policy the first level links to.
    pub policy: Option<Text>,
    /// `#[notice(prefix = "form")]`: the inputs are submitted as `form[name]` (a Leptos server function's
    /// argument, a nested form).
    pub prefix: Option<Text>,
    /// `#[notice(id = "..")]`: the form's stable id, instead of its module path and name.
    pub id: Option<Text>,
    pub purposes: Vec<Purpose>,
    pub recipients: Vec<Text>,
    pub rights_contact: Option<Text>,
    pub controller: Option<Controller>,
    pub representative: Option<Representative>,
    pub dpo: Option<String>,
    pub transfers: Vec<Transfer>,
    pub automated_decision: Option<AutomatedDecision>,
    pub data_source: Option<DataSource>,
    pub data_requirement: Option<DataRequirement>,
    pub withdrawal: Option<Text>,
    pub translations: Vec<Translation>,
    pub retention: Option<Text>,
    /// `#[call(recorded = "..")]`: why calls are recorded.
    pub call_recording: Option<Text>,
    /// Who the texts address, from `#[notice(subjects = "..")]`, and where that is written.
    pub audience: Audience,
    pub audience_span: Option<proc_macro2::Span>,
    /// `#[notice(subjects = "customer, prospect")]`: who the data is about, keys of the taxonomy.
    pub subjects: Vec<Text>,
    /// `#[notice(sector = "..")]`: the trade the form's offers belong to, when the law singles it out.
    pub sector: Option<(Sector, proc_macro2::Span)>,
    /// `#[joint_controller(..)]`, each.
    pub joint_controllers: Vec<JointController>,
    /// `#[wording(allow = "..", reason = "..")]`: words of the free texts declared harmless.
    pub wording: Vec<(Text, Text)>,
    /// `#[recipient("..", country = "..")]`, each with its attribute.
    pub located_recipients: Vec<LocatedRecipient>,
    /// `#[parental_consent("..")]`.
    pub parental_consent: Option<Text>,
    /// `#[serde(default)]` on the struct.
    pub serde_default: Option<proc_macro2::Span>,
    pub prospecting: Vec<Prospecting>,
    pub fields: Vec<Field>,
    /// Each struct attribute present, with where it was written — even one that failed to parse, so that a
    /// broken attribute is reported once, not again as missing.
    pub attrs: Vec<(StructAttr, Site)>,
}

impl Form {
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|p| p.id.as_ref().is_some_and(|i| i.value == id))
    }

    pub fn prospecting(&self, kind: ProspectingKind) -> Option<&Prospecting> {
        self.prospecting.iter().find(|p| p.kind == kind)
    }

    /// The ids a field's `purpose = ".."` may name: the purposes' `id`s, then the prospecting cases'.
    pub fn purpose_ids(&self) -> impl Iterator<Item = &str> {
        let declared = self.purposes.iter().filter_map(|p| p.id.as_ref().map(|id| id.value.as_str()));
        declared.chain(self.prospecting.iter().map(|p| p.kind.id()))
    }

    /// Whether the form's data is about `subject` (or one of its sub-keys).
    pub fn about(&self, subject: &str) -> bool {
        self.subjects.iter().any(|s| s.value == subject)
    }

    /// The data uses of the purposes, each with its purpose.
    pub fn data_uses(&self) -> impl Iterator<Item = (&Purpose, &Text)> {
        self.purposes.iter().filter_map(|p| p.data_use.as_ref().map(|u| (p, u)))
    }

    /// Whether `word` was declared harmless with `#[wording(allow = "..")]`.
    pub fn allows_word(&self, word: &str) -> bool {
        self.wording.iter().any(|(allowed, _)| allowed.value.to_lowercase() == word.to_lowercase())
    }

    /// Whether the form asks for an agreement: an "I agree" prospecting box, or a purpose based on consent.
    pub fn asks_consent(&self) -> bool {
        self.prospecting.iter().any(|p| p.kind.opts_in())
            || self.purposes.iter().any(|p| p.basis == Some(Basis::Consent))
    }

    /// The fields of type `NoticeVersion`.
    pub fn version_fields(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter().filter(|f| f.is_version)
    }

    pub fn consent_fields(&self) -> impl Iterator<Item = (&Field, &ConsentBox)> {
        self.fields.iter().filter_map(|f| f.consent.as_ref().map(|c| (f, c)))
    }

    /// Whether the struct has an attribute called `name`.
    pub fn has(&self, kind: StructAttr) -> bool {
        self.attr(kind).is_some()
    }

    /// The first struct attribute of that kind.
    pub fn attr(&self, kind: StructAttr) -> Option<&Site> {
        self.attrs.iter().find(|(k, _)| *k == kind).map(|(_, attr)| attr)
    }

    /// Every string the person reads that a translation must cover: descriptions, not names or addresses.
    pub fn translatable(&self) -> Vec<&Text> {
        let mut texts: Vec<&Text> = Vec::new();
        for purpose in &self.purposes {
            texts.push(&purpose.text);
            texts.extend(purpose.interest.iter().chain(&purpose.retention).chain(&purpose.label));
        }
        texts.extend(self.recipients.iter().chain(&self.rights_contact).chain(&self.retention).chain(&self.withdrawal));
        texts.extend(&self.call_recording);
        texts.extend(self.located_recipients.iter().map(|r| &r.name));
        texts.extend(&self.parental_consent);
        texts.extend(self.purposes.iter().filter_map(|p| p.law.as_ref()));
        texts.extend(self.joint_controllers.iter().map(|j| &j.arrangement));
        texts.extend(self.prospecting.iter().filter_map(|p| p.retention.as_ref()));
        texts.extend(self.prospecting.iter().filter_map(|p| p.partners.as_ref()));
        texts.extend(self.fields.iter().filter_map(|f| f.label.as_ref()));
        texts.extend(self.fields.iter().flat_map(|f| f.art9_law.iter().chain(&f.secrecy)));
        for transfer in &self.transfers {
            // A country written as its ISO code is named from the country table, in every language.
            let coded = transfer.code.is_some();
            texts.extend((!coded).then_some(&transfer.country));
        }
        if let Some(d) = &self.automated_decision {
            texts.extend([&d.decision, &d.logic, &d.consequences]);
            texts.extend(&d.law);
        }
        texts.extend(self.data_source.iter().map(|s| &s.categories));
        if let Some(r) = &self.data_requirement {
            texts.extend([&r.reason, &r.consequence]);
        }
        texts.retain(|text| !text.is_address());
        texts
    }

    /// The translation of `text` into `lang`, if the form gives one.
    pub fn translate(&self, text: &str, lang: Lang) -> Option<&str> {
        self.translations
            .iter()
            .filter(|t| t.lang == lang)
            .flat_map(|t| &t.pairs)
            .find(|(from, _)| from.value == text)
            .map(|(_, to)| to.value.as_str())
    }
}
