//! Proof of consent (GDPR Art. 7(1)): one append-only record per box and event.

use serde::{Deserialize, Deserializer, Serialize};

use crate::{ConsentKind, Decision, Lang, LegalBasis, Timestamp};

/// How a choice was collected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CollectionMethod {
    /// The person ticked or left a box on a web form.
    WebForm,
    /// An operator read the call script and noted the answer.
    Phone,
}

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentEvent {
    /// The choice made when the form was submitted (or the call answered).
    Submission,
    /// The person withdrew an agreement, or objected, after the fact.
    Withdrawal,
}

/// The version of the record format, written into every record.
pub const RECORD_SCHEMA: &str = "privacy-notice-record/1";

/// One choice of one person about one purpose, as a controller stores it to prove consent.
///
/// Records are append-only: a withdrawal is a new record ([`ConsentRecord::withdrawal`]), never an update.
/// Deserializing is strict: an unknown key, a missing key (even one whose value may be `null`), an unknown
/// kind or decision, or a malformed timestamp is an error, never a default.
///
/// | key | meaning | ISO/IEC TS 27560 | Kantara CR v1.1 |
/// |---|---|---|---|
/// | `schema` | record format version | schema version | `version` |
/// | `record_id` | unique id | record id | `consentReceiptID` |
/// | `subject_id` | the person (pseudonymous id) | PII principal id | `piiPrincipalId` |
/// | `controller` | who is responsible | party name | `piiControllers[].piiController` |
/// | `form` | the form's id (`Notice::id`) | (notice) | `services[].service` |
/// | `purpose` | the box's purpose id | purpose | `services[].purposes[].purpose` |
/// | `legal_basis` | basis of that purpose | lawful basis | `consentType` |
/// | `kind` | `opt_in` / `opt_out` | (indication method) | — |
/// | `decision` | `granted` / `refused` | event state | — |
/// | `event` | `submission` / `withdrawal` | event type | — |
/// | `label` | the box label shown | (notice) | — |
/// | `notice_version` | digest of every text shown | privacy notice | `policyUrl` |
/// | `language` | language shown | language | `language` |
/// | `collection_method` | `web_form` / `phone` | collection method | `collectionMethod` |
/// | `timestamp` | when, UTC | event time | `consentTimestamp` |
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ConsentRecord {
    /// The record format ([`RECORD_SCHEMA`]).
    pub schema: String,
    /// A unique id (UUID v4 form).
    pub record_id: String,
    /// Who decided: a pseudonymous id of the person.
    pub subject_id: String,
    /// The controller's name, if the form declares one.
    #[serde(deserialize_with = "required_option")]
    pub controller: Option<String>,
    /// The form the choice was made on, by its [`Notice::id`](crate::Notice::id): the module path and type name,
    /// or the `#[notice(id = "..")]` it declares.
    pub form: String,
    /// The purpose id of the box.
    pub purpose: String,
    /// The legal basis of the choice: `consent` for an opt-in box, `legitimate_interests` for an opt-out one
    /// (GDPR Art. 6(1)(a) and (f)).
    pub legal_basis: LegalBasis,
    /// Whether the box agrees or objects.
    pub kind: ConsentKind,
    /// What the person decided.
    pub decision: Decision,
    /// A submission or a withdrawal.
    pub event: ConsentEvent,
    /// The label of the box, as shown.
    pub label: String,
    /// The version of the notice shown (or of the call script, for a phone record).
    pub notice_version: String,
    /// The language the notice was shown in.
    pub language: Lang,
    /// Web form or phone.
    pub collection_method: CollectionMethod,
    /// When, in UTC.
    pub timestamp: Timestamp,
}

/// An `Option` that must still be present (as `null` if empty): serde would otherwise read a missing key as
/// `None`, and a tampered record could drop it unnoticed.
fn required_option<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(deserializer)
}

/// A fresh random id, a UUID v4 drawn from the operating system's random source (through the `uuid` crate and
/// `getrandom`): what every [`ConsentRecord::record_id`] is, and a suitable pseudonymous `subject_id` for a person
/// without an account (it is never derived from what they typed). 122 random bits: unguessable, so an id may be
/// used as a bearer secret, but a page should still never show one person's id to another.
pub fn random_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use super::random_id;

    #[test]
    fn record_ids_are_unique_uuid_v4() {
        let ids: std::collections::HashSet<String> = (0..10_000).map(|_| random_id()).collect();
        assert_eq!(ids.len(), 10_000);
        for id in ids.iter().take(50) {
            assert_eq!(id.len(), 36);
            assert_eq!(&id[14..15], "4");
            assert!("89ab".contains(&id[19..20]));
        }
    }
}
