//! A consent box: what it is about and how it reads. Its words are written by `texts` (`label`, `question`)
//! and its HTML by `render::html` (`html`), so that this file depends on the model only.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::Lang;
use crate::model::{Law, Prospecting, ProspectingKind, Text};

/// Whether a box records an agreement or an objection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// "I agree": ticking the box grants.
    OptIn,
    /// "I object": ticking the box refuses.
    OptOut,
}

/// What a person decided for one consent box.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// The person agreed: an opt-in box ticked, or an opt-out box left unticked.
    Granted,
    /// The person refused or objected: an opt-in box left unticked, or an opt-out box ticked.
    Refused,
}

impl ConsentKind {
    /// The decision a box of this kind expresses when it is `ticked` or not.
    ///
    /// An opt-in box ("I agree") grants when ticked; an opt-out box ("I object") refuses when ticked.
    pub const fn decision(self, ticked: bool) -> Decision {
        match (self, ticked) {
            (ConsentKind::OptIn, true) | (ConsentKind::OptOut, false) => Decision::Granted,
            (ConsentKind::OptIn, false) | (ConsentKind::OptOut, true) => Decision::Refused,
        }
    }
}

/// What a box is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic<'a> {
    /// A prospecting case.
    Prospecting(Prospecting<'a>),
    /// A purpose whose legal basis is consent, and the box's own label if the form gives one; or, with
    /// `objection`, a marketing purpose on legitimate interest, whose box objects (postal marketing; B2B e-mail, R15).
    Purpose {
        /// The purpose.
        text: Text<'a>,
        /// The box's own label, if the form gives one.
        label: Option<Text<'a>>,
        /// Whether the box objects rather than agrees.
        objection: bool,
    },
}

/// One consent checkbox of a form: always rendered unticked, one per purpose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsentField<'a> {
    name: &'a str,
    purpose: &'a str,
    law: Law,
    topic: Topic<'a>,
    /// The languages the form's own texts exist in, its own language first.
    langs: &'a [Lang],
}

impl<'a> ConsentField<'a> {
    #[doc(hidden)]
    /// The box of a prospecting case; used by the derive.
    pub const fn __prospecting(
        name: &'a str,
        prospecting: Prospecting<'a>,
        law: Law,
        langs: &'a [Lang],
    ) -> ConsentField<'a> {
        ConsentField { name, purpose: prospecting.kind.id(), law, topic: Topic::Prospecting(prospecting), langs }
    }

    #[doc(hidden)]
    /// The box of a consent-based purpose, with its own label if the form gives one; used by the derive.
    #[allow(clippy::too_many_arguments)]
    pub const fn __purpose(
        name: &'a str,
        id: &'a str,
        text: Text<'a>,
        label: Option<Text<'a>>,
        objection: bool,
        law: Law,
        langs: &'a [Lang],
    ) -> ConsentField<'a> {
        ConsentField { name, purpose: id, law, topic: Topic::Purpose { text, label, objection }, langs }
    }

    /// A box read back from a notice's literal (`codec::decode`).
    pub(crate) const fn decoded(
        name: &'a str,
        purpose: &'a str,
        law: Law,
        topic: Topic<'a>,
        langs: &'a [Lang],
    ) -> ConsentField<'a> {
        ConsentField { name, purpose, law, topic, langs }
    }

    /// The name under which the box is submitted (honours `#[serde(rename ..)]` and `rename_all`).
    pub const fn name(&self) -> &'a str {
        self.name
    }

    /// Whether ticking the box agrees ([`ConsentKind::OptIn`]) or objects ([`ConsentKind::OptOut`]).
    pub const fn kind(&self) -> ConsentKind {
        match self.topic {
            Topic::Prospecting(Prospecting {
                kind: ProspectingKind::PartnerOptout | ProspectingKind::SimilarOffersOptout,
                ..
            }) => ConsentKind::OptOut,
            Topic::Purpose { objection: true, .. } => ConsentKind::OptOut,
            Topic::Prospecting(_) | Topic::Purpose { .. } => ConsentKind::OptIn,
        }
    }

    /// The id of the purpose the box decides: `partner_optout`, `partner_email_optin`,
    /// `similar_offers_optout`, `phone_optin`, or a purpose's `id`.
    pub const fn purpose(&self) -> &'a str {
        self.purpose
    }

    /// `lang` if the form's texts exist in it, otherwise the form's own language.
    pub fn shown_lang(&self, lang: Lang) -> Lang {
        crate::lang::shown(self.langs, lang)
    }

    /// The languages the form's own texts exist in, its own language first.
    pub const fn langs(&self) -> &'a [Lang] {
        self.langs
    }

    /// The regime the box's words follow.
    pub const fn law(&self) -> Law {
        self.law
    }

    /// What the box is about.
    pub const fn topic(&self) -> Topic<'a> {
        self.topic
    }
}

/// `{"name", "purpose", "kind", "labels": {"fr", "en"}}`.
impl Serialize for ConsentField<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("ConsentField", 5)?;
        state.serialize_field("name", self.name)?;
        state.serialize_field("purpose", self.purpose)?;
        state.serialize_field("kind", &self.kind())?;
        state.serialize_field("checked", &false)?;
        state.serialize_field("labels", &crate::lang::PerLang(|lang| self.label(lang)))?;
        state.end()
    }
}
