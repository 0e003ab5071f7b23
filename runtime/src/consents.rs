//! `Consents`: what one submission decided, box by box (an "I object" box ticked is a refusal), and the
//! records that prove it.

use std::time::SystemTime;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::record::{CollectionMethod, ConsentEvent, ConsentRecord, RECORD_SCHEMA, random_id};
use crate::{ConsentField, ConsentKind, Decision, Lang, LegalBasis, Notice, NoticeVersion, Timestamp};

/// What one submission of a form decided, box by box.
///
/// Made by [`PrivacyNotice::consents`](crate::PrivacyNotice::consents); the opt-out inversion is already
/// done: [`get`](Consents::get) answers in terms of the purpose, not of the box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consents {
    notice: &'static Notice,
    decisions: Vec<Decision>,
    lang: Lang,
    method: CollectionMethod,
    /// The version the page showed, from the form's [`NoticeVersion`] field.
    shown_version: Option<NoticeVersion>,
}

impl Consents {
    #[doc(hidden)]
    /// Builds the decisions from the ticked state of each box, in the order of `notice.consent_fields()`, and
    /// the version the page showed if the form has a [`NoticeVersion`] field.
    pub fn __from_ticks(notice: &'static Notice, ticks: &[bool], shown_version: Option<&NoticeVersion>) -> Consents {
        let decisions =
            notice.consent_fields().iter().zip(ticks).map(|(field, &ticked)| field.kind().decision(ticked)).collect();
        let shown_version = shown_version.cloned();
        Consents { notice, decisions, lang: notice.lang(), method: CollectionMethod::WebForm, shown_version }
    }

    /// The version of the notice the page showed, if the form sends it back (a [`NoticeVersion`] field).
    pub fn shown_version(&self) -> Option<&NoticeVersion> {
        self.shown_version.as_ref()
    }

    /// Whether the person saw the notice as it is now. `false` when the page was rendered before a change of the
    /// notice (a redeploy between showing the form and receiving it): the records would still carry the version
    /// the person saw, but the boxes' labels are today's, so show the form again rather than store them.
    pub fn is_current(&self) -> bool {
        self.shown_version.as_ref().is_none_or(|shown| shown.as_str() == self.notice.version())
    }

    /// The same decisions, made on the notice shown in `lang` (by default the form's own language). The
    /// records say which language the person read.
    pub fn shown_in(mut self, lang: Lang) -> Consents {
        self.lang = self.notice.spec().shown_lang(lang);
        self
    }

    /// The same decisions, collected by phone: an operator read the call script and noted the answers. The
    /// records carry `collection_method = "phone"` and the script's version.
    pub fn by_phone(mut self) -> Consents {
        self.method = CollectionMethod::Phone;
        self
    }

    /// The language the notice was shown in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// How the decisions were collected.
    pub fn collection_method(&self) -> CollectionMethod {
        self.method
    }

    /// One record per box, to store (append-only) as proof of what `subject_id` was shown and chose, at `at`.
    /// Each record's `notice_version` is the version the page showed when the form sends it back, else the
    /// notice's own.
    pub fn records(&self, subject_id: &str, at: SystemTime) -> Vec<ConsentRecord> {
        let timestamp = Timestamp::from(at);
        let shown = self.shown_version.as_ref().filter(|_| self.method == CollectionMethod::WebForm);
        self.notice
            .consent_fields()
            .iter()
            .zip(&self.decisions)
            .map(|(field, &decision)| {
                let mut record = record(
                    self.notice,
                    field,
                    subject_id,
                    decision,
                    ConsentEvent::Submission,
                    self.lang,
                    self.method,
                    timestamp,
                );
                if let Some(shown) = shown {
                    record.notice_version = shown.as_str().to_string();
                }
                record
            })
            .collect()
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

/// The legal basis of a box's choice: consent for an opt-in box, legitimate interests for an opt-out one.
fn basis_of(field: &ConsentField) -> LegalBasis {
    match field.kind() {
        ConsentKind::OptIn => LegalBasis::Consent,
        ConsentKind::OptOut => LegalBasis::LegitimateInterests,
    }
}

#[allow(clippy::too_many_arguments)]
fn record(
    notice: &Notice,
    field: &ConsentField,
    subject_id: &str,
    decision: Decision,
    event: ConsentEvent,
    lang: Lang,
    method: CollectionMethod,
    timestamp: Timestamp,
) -> ConsentRecord {
    // The language the person actually read: a form without texts in `lang` is shown in its own.
    let lang = notice.spec().shown_lang(lang);
    let notice_version = match method {
        CollectionMethod::WebForm => notice.version(),
        CollectionMethod::Phone => notice.script_version(),
    };
    ConsentRecord {
        schema: RECORD_SCHEMA.to_string(),
        record_id: random_id(),
        subject_id: subject_id.to_string(),
        controller: notice.spec().controller.map(|c| c.name.to_string()),
        form: notice.id().to_string(),
        purpose: field.purpose().to_string(),
        legal_basis: basis_of(field),
        kind: field.kind(),
        decision,
        event,
        label: match method {
            CollectionMethod::WebForm => field.label(lang),
            CollectionMethod::Phone => field.question(lang),
        },
        notice_version: notice_version.to_string(),
        language: lang,
        collection_method: method,
        timestamp,
    }
}

impl ConsentRecord {
    /// A withdrawal (of an agreement) or an objection made after the form was submitted, for the box
    /// `purpose` of `notice`: a new record with `decision = refused` and `event = withdrawal`, to append
    /// beside the earlier ones. `None` if the form has no such box.
    pub fn withdrawal(
        notice: &'static Notice,
        purpose: &str,
        subject_id: &str,
        lang: Lang,
        method: CollectionMethod,
        at: SystemTime,
    ) -> Option<ConsentRecord> {
        let field = notice.consent_fields().iter().find(|f| f.purpose() == purpose)?;
        let event = ConsentEvent::Withdrawal;
        Some(record(notice, field, subject_id, Decision::Refused, event, lang, method, Timestamp::from(at)))
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
