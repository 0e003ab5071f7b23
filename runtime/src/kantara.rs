//! The Kantara Initiative Consent Receipt v1.1 shape, built from the records of one submission.

use serde::Serialize;

use crate::{ConsentKind, ConsentRecord, Decision, Notice};

/// A controller, as a Kantara receipt lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KantaraController {
    /// `piiController`: the controller's name.
    pub pii_controller: String,
    /// `onBehalf`: whether it acts for another controller.
    pub on_behalf: bool,
    /// `contact`.
    pub contact: String,
    /// `address`.
    pub address: String,
    /// `email`.
    pub email: String,
    /// `phone` (the forms do not declare one: empty).
    pub phone: String,
}

/// A purpose of a Kantara service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KantaraPurpose {
    /// `purpose`: the box label the person agreed to.
    pub purpose: String,
    /// `purposeCategory`: the purpose id.
    pub purpose_category: Vec<String>,
    /// `consentType`: `EXPLICIT` for a ticked opt-in box, `IMPLICIT` for an opt-out box left unticked.
    pub consent_type: String,
    /// `piiCategory`: the personal-data fields of the form.
    pub pii_category: Vec<String>,
    /// `primaryPurpose`: always `false` (a box is never the reason the form exists).
    pub primary_purpose: bool,
    /// `termination`: how the agreement ends.
    pub termination: String,
    /// `thirdPartyDisclosure`: whether the purpose passes data to partners.
    pub third_party_disclosure: bool,
    /// `thirdPartyName`: who they are, when declared.
    pub third_party_name: String,
}

/// A service of a Kantara receipt: the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KantaraService {
    /// `service`: the form's name.
    pub service: String,
    /// `purposes`: what the person agreed to.
    pub purposes: Vec<KantaraPurpose>,
}

/// A consent receipt in the Kantara Initiative CR v1.1 JSON shape (`KI-CR-v1.1.0`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct KantaraReceipt {
    /// `version`: `KI-CR-v1.1.0`.
    pub version: String,
    /// `jurisdiction`: `FR`.
    pub jurisdiction: String,
    /// `consentTimestamp`: seconds since the epoch.
    pub consent_timestamp: i64,
    /// `collectionMethod`: `web_form` or `phone`.
    pub collection_method: String,
    /// `consentReceiptID`: the first record's id.
    #[serde(rename = "consentReceiptID")]
    pub consent_receipt_id: String,
    /// `language`: the language shown.
    pub language: String,
    /// `piiPrincipalId`: the person.
    pub pii_principal_id: String,
    /// `piiControllers`.
    pub pii_controllers: Vec<KantaraController>,
    /// `policyUrl`: the notice version, as `urn:privacy-notice:sha256:<version>`.
    pub policy_url: String,
    /// `services`.
    pub services: Vec<KantaraService>,
    /// `sensitive`: `false` (no special-category data is declared).
    pub sensitive: bool,
    /// `spiCat`: empty.
    pub spi_cat: Vec<String>,
}

impl KantaraReceipt {
    /// The receipt of one submission: its records (as made by
    /// [`Consents::records`](crate::Consents::records)) and the notice they were made on. Only what the
    /// person granted is listed. `None` when the records are empty or mix people, forms or moments.
    pub fn from_records(records: &[ConsentRecord], notice: &Notice) -> Option<KantaraReceipt> {
        let first = records.first()?;
        let same_submission = records
            .iter()
            .all(|r| r.subject_id == first.subject_id && r.form == first.form && r.timestamp == first.timestamp);
        if !same_submission || first.form != notice.id() {
            return None;
        }
        let spec = notice.spec();
        let controllers = spec
            .controller
            .map(|c| KantaraController {
                pii_controller: c.name.to_string(),
                on_behalf: false,
                contact: c.contact.to_string(),
                address: c.address.to_string(),
                email: if c.contact.contains('@') { c.contact.to_string() } else { String::new() },
                phone: String::new(),
            })
            .into_iter()
            .collect();
        let pii_category: Vec<String> = spec.fields.iter().map(|f| f.name.to_string()).collect();
        let purposes = records
            .iter()
            .filter(|r| r.decision == Decision::Granted)
            .map(|r| {
                let partners = spec
                    .prospecting
                    .iter()
                    .find(|p| p.kind.id() == r.purpose)
                    .and_then(|p| p.partners.map(|partners| partners.get(r.language).to_string()));
                KantaraPurpose {
                    purpose: r.label.clone(),
                    purpose_category: vec![r.purpose.clone()],
                    consent_type: match r.kind {
                        ConsentKind::OptIn => "EXPLICIT".to_string(),
                        ConsentKind::OptOut => "IMPLICIT".to_string(),
                    },
                    pii_category: pii_category.clone(),
                    primary_purpose: false,
                    termination: "withdrawal by the person at any time".to_string(),
                    third_party_disclosure: r.purpose.starts_with("partner_"),
                    third_party_name: partners.unwrap_or_default(),
                }
            })
            .collect();
        Some(KantaraReceipt {
            version: "KI-CR-v1.1.0".to_string(),
            jurisdiction: "FR".to_string(),
            consent_timestamp: first.timestamp.unix_millis().div_euclid(1000),
            collection_method: serde_name(&first.collection_method),
            consent_receipt_id: first.record_id.clone(),
            language: first.language.code().to_string(),
            pii_principal_id: first.subject_id.clone(),
            pii_controllers: controllers,
            policy_url: format!("urn:privacy-notice:sha256:{}", first.notice_version),
            services: vec![KantaraService { service: first.form.clone(), purposes }],
            sensitive: false,
            spi_cat: Vec::new(),
        })
    }
}

/// The snake_case name serde gives a unit variant.
fn serde_name(method: &crate::CollectionMethod) -> String {
    match method {
        crate::CollectionMethod::WebForm => "web_form".to_string(),
        crate::CollectionMethod::Phone => "phone".to_string(),
    }
}
