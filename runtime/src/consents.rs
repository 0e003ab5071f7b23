use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{ConsentKind, Notice};

/// What a person decided for one consent box.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
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

/// What one submission of a form decided, box by box.
///
/// Made by [`PrivacyNotice::consents`](crate::PrivacyNotice::consents); the opt-out inversion is already
/// done: [`get`](Consents::get) answers in terms of the purpose, not of the box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consents {
    notice: &'static Notice,
    decisions: Vec<Decision>,
}

impl Consents {
    #[doc(hidden)]
    /// Builds the decisions from the ticked state of each box, in the order of `notice.consent_fields()`.
    pub fn __from_ticks(notice: &'static Notice, ticks: &[bool]) -> Consents {
        let decisions =
            notice.consent_fields().iter().zip(ticks).map(|(field, &ticked)| field.kind().decision(ticked)).collect();
        Consents { notice, decisions }
    }

    /// The decision for the purpose `id` (`partner_optout`, or a purpose's `id`), if the form has that box.
    pub fn get(&self, id: &str) -> Option<Decision> {
        self.iter().find(|(purpose, _)| *purpose == id).map(|(_, decision)| decision)
    }

    /// Every purpose id with its decision, in the order of the form's boxes.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Decision)> + '_ {
        self.notice.consent_fields().iter().zip(&self.decisions).map(|(field, &decision)| (field.purpose(), decision))
    }

    /// The notice the person was shown.
    pub fn notice(&self) -> &'static Notice {
        self.notice
    }
}

/// A map from purpose id to decision: `{"partner_optout": "granted", ...}`.
impl Serialize for Consents {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.decisions.len()))?;
        for (purpose, decision) in self.iter() {
            map.serialize_entry(purpose, &decision)?;
        }
        map.end()
    }
}
