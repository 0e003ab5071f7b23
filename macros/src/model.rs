//! The form as the macro understands it, after parsing and before checking.

use std::collections::BTreeSet;

use syn::{Attribute, Generics, Ident, Type};

/// `#[notice(law = "..")]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Law {
    Gdpr,
    Lil2004,
}

impl Law {
    pub const NAMES: [&'static str; 2] = ["gdpr", "lil2004"];

    pub fn from_name(name: &str) -> Option<Law> {
        match name {
            "gdpr" => Some(Law::Gdpr),
            "lil2004" => Some(Law::Lil2004),
            _ => None,
        }
    }
}

/// `#[notice(lang = "..")]`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const NAMES: [&'static str; 2] = ["fr", "en"];

    pub fn from_name(name: &str) -> Option<Lang> {
        match name {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// `#[purpose(basis = "..")]`: GDPR Art. 6(1).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Basis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

impl Basis {
    pub const NAMES: [&'static str; 6] =
        ["consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests"];

    pub fn from_name(name: &str) -> Option<Basis> {
        Some(match name {
            "consent" => Basis::Consent,
            "contract" => Basis::Contract,
            "legal_obligation" => Basis::LegalObligation,
            "vital_interests" => Basis::VitalInterests,
            "public_task" => Basis::PublicTask,
            "legitimate_interests" => Basis::LegitimateInterests,
            _ => return None,
        })
    }
}

/// The three prospecting cases of the original guidance.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ProspectingKind {
    PartnerOptout,
    PartnerEmailOptin,
    SimilarOffersOptout,
}

impl ProspectingKind {
    pub const ALL: [ProspectingKind; 3] =
        [ProspectingKind::PartnerOptout, ProspectingKind::PartnerEmailOptin, ProspectingKind::SimilarOffersOptout];

    /// The attribute's name, which is also the id its box uses.
    pub fn id(self) -> &'static str {
        match self {
            ProspectingKind::PartnerOptout => "partner_optout",
            ProspectingKind::PartnerEmailOptin => "partner_email_optin",
            ProspectingKind::SimilarOffersOptout => "similar_offers_optout",
        }
    }

    pub fn from_id(id: &str) -> Option<ProspectingKind> {
        ProspectingKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// The field name the help messages suggest for its box.
    pub fn example_field(self) -> &'static str {
        match self {
            ProspectingKind::PartnerOptout => "no_partner_use",
            ProspectingKind::PartnerEmailOptin => "partner_offers",
            ProspectingKind::SimilarOffersOptout => "no_similar_offers",
        }
    }
}

/// A string the user wrote, with where they wrote it.
#[derive(Clone)]
pub(crate) struct Text {
    pub value: String,
    pub span: proc_macro2::Span,
}

pub(crate) struct Purpose {
    pub attr: Attribute,
    pub text: String,
    pub id: Option<Text>,
    pub basis: Option<Basis>,
    pub interest: Option<String>,
    pub retention: Option<String>,
    /// Reading the attribute gave no error: only then do the checks judge what it lacks (a misspelled
    /// `bassis` is reported once, not again as a missing basis).
    pub complete: bool,
}

pub(crate) struct Controller {
    pub name: String,
    pub address: String,
    pub contact: String,
}

pub(crate) struct Prospecting {
    pub attr: Attribute,
    pub kind: ProspectingKind,
    pub partners: Option<String>,
}

/// `#[consent(ID)]` on a field.
pub(crate) struct ConsentBox {
    pub attr: Attribute,
    pub id: Text,
}

pub(crate) struct Field {
    pub ident: Ident,
    pub ty: Type,
    /// The name the field is submitted under.
    pub name: String,
    pub consent: Option<ConsentBox>,
    pub required: bool,
    pub label: Option<String>,
    /// `#[personal_data(..)]`, kept to point errors at it.
    pub personal_data: Option<Attribute>,
    /// `#[serde(skip)]` or `skip_deserializing`: never read from a submission.
    pub skipped: bool,
    /// `#[serde(default = "..")]`: a function could pre-tick a box.
    pub default_fn: Option<proc_macro2::Span>,
}

pub(crate) struct Form {
    pub ident: Ident,
    pub generics: Generics,
    pub law: Law,
    /// `false` when `#[notice(law = ..)]` could not be read: the regime's own rules are then not applied.
    pub law_known: bool,
    pub lang: Lang,
    pub purposes: Vec<Purpose>,
    pub recipients: Vec<String>,
    pub rights_contact: Option<String>,
    pub controller: Option<Controller>,
    pub retention: Option<String>,
    pub prospecting: Vec<Prospecting>,
    pub fields: Vec<Field>,
    /// The struct attributes present, even those that failed to parse: a broken attribute is reported once,
    /// not again as missing.
    pub seen: BTreeSet<&'static str>,
}

impl Form {
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|p| p.id.as_ref().is_some_and(|i| i.value == id))
    }

    pub fn prospecting(&self, kind: ProspectingKind) -> Option<&Prospecting> {
        self.prospecting.iter().find(|p| p.kind == kind)
    }

    pub fn consent_fields(&self) -> impl Iterator<Item = (&Field, &ConsentBox)> {
        self.fields.iter().filter_map(|f| f.consent.as_ref().map(|c| (f, c)))
    }
}
