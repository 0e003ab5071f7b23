//! `Register::fideslang_yaml()` read back by a YAML parser into fideslang's `System` and `PrivacyDeclaration`
//! models (field names from fideslang's `models.py`, unknown fields refused), and every key checked against the
//! taxonomy fideslang publishes (`tests/fixtures/fideslang/`, the `fides_key`s of its `default_taxonomy/` at
//! commit 76ba0add) plus ours, each of which sits under a published parent.

use std::collections::BTreeSet;

use privacy_notice::taxonomy::{List, Source};
use privacy_notice::{PrivacyNotice, register};
use privacy_notice_examples::forms::{JobApplication, NewsletterSignup, ShopOrder};
use serde::Deserialize;

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Manifest {
    system: Vec<System>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct System {
    fides_key: String,
    name: String,
    description: String,
    organization_fides_key: String,
    system_type: String,
    legal_name: Option<String>,
    legal_address: Option<String>,
    dpo: Option<String>,
    joint_controller_info: Option<String>,
    processes_personal_data: bool,
    does_international_transfers: bool,
    legal_basis_for_transfers: Option<Vec<String>>,
    uses_profiling: bool,
    privacy_declarations: Vec<Declaration>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Declaration {
    name: String,
    data_use: String,
    data_categories: Vec<String>,
    data_subjects: Vec<String>,
    legal_basis_for_processing: Option<String>,
    retention_period: Option<String>,
    processes_special_category_data: bool,
    special_category_legal_basis: Option<String>,
    data_shared_with_third_parties: bool,
}

fn published(list: &str) -> BTreeSet<String> {
    let path = format!("{}/fixtures/fideslang/{list}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")).lines().map(str::to_string).collect()
}

/// The published keys, and ours: a key of ours must have a published parent.
fn known(list: List, file: &str) -> BTreeSet<String> {
    let published = published(file);
    for term in list.terms() {
        match term.source {
            Source::Fideslang => assert!(published.contains(term.key), "{} is not published by fideslang", term.key),
            Source::Ours => {
                let parent = term.key.rsplit_once('.').map(|(parent, _)| parent);
                assert!(
                    parent.is_none_or(|parent| published.contains(parent) || list.find(parent).is_some()),
                    "{} has no parent in the taxonomy",
                    term.key
                );
                assert!(!published.contains(term.key), "{} is published: mark it Fideslang", term.key);
            }
        }
    }
    published.into_iter().chain(list.terms().iter().map(|term| term.key.to_string())).collect()
}

// fideslang's `LegalBasisForProcessingEnum`, `SpecialCategoryLegalBasisEnum` and `LegalBasisForTransfersEnum`.
const PROCESSING_BASES: &[&str] =
    &["Consent", "Contract", "Legal obligations", "Vital interests", "Public interest", "Legitimate interests"];
const SPECIAL_BASES: &[&str] = &[
    "Explicit consent",
    "Employment, social security and social protection",
    "Vital interests",
    "Not-for-profit bodies",
    "Made public by the data subject",
    "Legal claims or judicial acts",
    "Reasons of substantial public interest (with a basis in law)",
    "Health or social care (with a basis in law)",
    "Public health (with a basis in law)",
    "Archiving, research and statistics (with a basis in law)",
];
const TRANSFER_BASES: &[&str] = &["Adequacy Decision", "SCCs", "BCRs", "Supplementary Measures", "Other"];

#[derive(PrivacyNotice)]
#[notice(subjects = "patient, customer")]
#[controller(
    name = "Cabinet \"Les Tilleuls\": médecine générale",
    address = "4 place des Tilleuls\n35000 Rennes",
    contact = "secretariat@cabinet-tilleuls.fr",
    country = "FR"
)]
#[dpo("dpo@cabinet-tilleuls.fr")]
#[joint_controller(
    name = "Centre de santé de Rennes",
    contact = "dpo@centre-rennes.fr",
    arrangement = "le centre gère l’agenda, le cabinet les consultations"
)]
#[purpose(
    "la prise de vos rendez-vous: - [ ] # {yaml} & *alias",
    data_use = "essential.service",
    basis = "legal_obligation",
    law = "Code de la santé publique, art. R1112-7",
    retention = "20 ans après votre dernière consultation"
)]
#[recipients("les médecins du cabinet")]
#[rights_contact("secretariat@cabinet-tilleuls.fr")]
#[allow(dead_code)]
struct Appointment {
    #[personal_data(category = "user.name")]
    name: String,
    #[personal_data(
        category = "user.health_and_medical",
        art9 = "health_care",
        secrecy = "le secret médical (Code de la santé publique, art. L1110-4)"
    )]
    reason: String,
}

fn manifest() -> (String, Manifest) {
    let yaml = register![ShopOrder, NewsletterSignup, JobApplication, Appointment].fideslang_yaml();
    let manifest = serde_norway::from_str(&yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
    (yaml, manifest)
}

#[test]
fn every_key_of_the_manifest_is_fideslangs_or_ours_under_a_published_parent() {
    let (subjects, uses, categories) = (
        known(List::Subjects, "data_subjects"),
        known(List::DataUses, "data_uses"),
        known(List::Categories, "data_categories"),
    );
    let (yaml, manifest) = manifest();
    assert_eq!(manifest.system.len(), 4, "{yaml}");
    for system in &manifest.system {
        assert!(!system.privacy_declarations.is_empty(), "{} declares nothing\n{yaml}", system.name);
        for basis in system.legal_basis_for_transfers.iter().flatten() {
            assert!(TRANSFER_BASES.contains(&basis.as_str()), "{basis}");
        }
        for declaration in &system.privacy_declarations {
            assert!(uses.contains(&declaration.data_use), "{}", declaration.data_use);
            for category in &declaration.data_categories {
                assert!(categories.contains(category), "{category}");
            }
            for subject in &declaration.data_subjects {
                assert!(subjects.contains(subject), "{subject}");
            }
            assert!(!declaration.data_subjects.is_empty(), "{}", declaration.name);
            if let Some(basis) = &declaration.legal_basis_for_processing {
                assert!(PROCESSING_BASES.contains(&basis.as_str()), "{basis}");
            }
            if let Some(basis) = &declaration.special_category_legal_basis {
                assert!(SPECIAL_BASES.contains(&basis.as_str()), "{basis}");
            }
        }
    }
}

#[test]
fn the_manifest_reads_back_exactly_what_the_forms_declare_whatever_their_texts_hold() {
    let (yaml, manifest) = manifest();
    let system = manifest.system.iter().find(|s| s.name == "Appointment").unwrap_or_else(|| panic!("{yaml}"));
    assert_eq!(system.legal_name.as_deref(), Some("Cabinet \"Les Tilleuls\": médecine générale"));
    assert_eq!(system.legal_address.as_deref(), Some("4 place des Tilleuls\n35000 Rennes"));
    assert_eq!(system.dpo.as_deref(), Some("dpo@cabinet-tilleuls.fr"));
    let joint = system.joint_controller_info.as_deref().unwrap_or_default();
    assert!(joint.contains("Centre de santé de Rennes") && joint.contains("le centre gère l’agenda"), "{joint}");
    let [declaration] = &system.privacy_declarations[..] else { panic!("one purpose, one declaration\n{yaml}") };
    assert_eq!(declaration.name, "la prise de vos rendez-vous: - [ ] # {yaml} & *alias");
    assert_eq!(declaration.data_use, "essential.service");
    assert_eq!(declaration.data_categories, ["user.health_and_medical", "user.name"]);
    assert_eq!(declaration.data_subjects, ["patient", "customer"]);
    assert_eq!(declaration.legal_basis_for_processing.as_deref(), Some("Legal obligations"));
    assert_eq!(declaration.retention_period.as_deref(), Some("20 ans après votre dernière consultation"));
    assert!(declaration.processes_special_category_data);
    assert_eq!(
        declaration.special_category_legal_basis.as_deref(),
        Some("Health or social care (with a basis in law)")
    );
    assert!(!declaration.data_shared_with_third_parties);

    // The shop's partner opt-out is an implied use of its own, shared with third parties.
    let shop = manifest.system.iter().find(|s| s.name == "ShopOrder").unwrap_or_else(|| panic!("{yaml}"));
    let shared: Vec<&str> = shop
        .privacy_declarations
        .iter()
        .filter(|d| d.data_shared_with_third_parties)
        .map(|d| d.data_use.as_str())
        .collect();
    assert!(shared.iter().all(|u| u.starts_with("third_party_sharing")) && !shared.is_empty(), "{yaml}");
}
