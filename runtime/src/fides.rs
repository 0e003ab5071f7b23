//! The register as a Fides system manifest (design §8): each form a `system`, each of its uses a privacy
//! declaration with the data use, categories and subjects the derive checked, its legal basis and retention, so
//! that what the compiler proved feeds the tools privacy teams already run (`fides push`).
//!
//! Field names follow fideslang's `System` and `PrivacyDeclaration` models; every scalar is written as a
//! double-quoted string (a JSON string is a valid YAML one), so no user text can break the document.

use std::fmt::Write;

use crate::Register;
use crate::model::{LegalBasis, NoticeSpec};
use crate::texts::uses::uses;
use crate::vocabulary::{Art9Condition, SpecialCategory};

/// A YAML scalar that reads back as `text`, whatever it holds.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// `[a, b]` as a YAML flow sequence of quoted scalars.
fn sequence<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(quoted).collect();
    format!("[{}]", items.join(", "))
}

/// fideslang's `LegalBasisForProcessingEnum` value for an Art. 6(1) basis.
fn legal_basis(basis: LegalBasis) -> &'static str {
    match basis {
        LegalBasis::Consent => "Consent",
        LegalBasis::Contract => "Contract",
        LegalBasis::LegalObligation => "Legal obligations",
        LegalBasis::VitalInterests => "Vital interests",
        LegalBasis::PublicTask => "Public interest",
        LegalBasis::LegitimateInterests => "Legitimate interests",
    }
}

/// fideslang's `SpecialCategoryLegalBasisEnum` value for an Art. 9(2) condition.
fn special_basis(condition: Art9Condition) -> &'static str {
    match condition {
        Art9Condition::ExplicitConsent => "Explicit consent",
        Art9Condition::Employment => "Employment, social security and social protection",
        Art9Condition::VitalInterests => "Vital interests",
        Art9Condition::NotForProfit => "Not-for-profit bodies",
        Art9Condition::MadePublic => "Made public by the data subject",
        Art9Condition::LegalClaims => "Legal claims or judicial acts",
        Art9Condition::SubstantialPublicInterest => "Reasons of substantial public interest (with a basis in law)",
        Art9Condition::HealthCare => "Health or social care (with a basis in law)",
        Art9Condition::PublicHealth => "Public health (with a basis in law)",
        Art9Condition::Archiving => "Archiving, research and statistics (with a basis in law)",
    }
}

/// A fides key from the form's id: `my_app::forms::OrderForm` gives `my_app.forms.OrderForm`.
fn fides_key(id: &str) -> String {
    id.split("::")
        .map(|part| {
            part.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The data categories of the fields serving the use `id` (a field that names no purpose serves them all).
fn categories<'a>(spec: &NoticeSpec<'a>, id: Option<&str>) -> Vec<&'a str> {
    let mut found: Vec<&str> = spec
        .fields
        .iter()
        .filter(|f| f.purposes.is_empty() || id.is_some_and(|id| f.purposes.contains(&id)))
        .filter_map(|f| f.category)
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// One form as a Fides system.
fn system(out: &mut String, spec: &NoticeSpec<'_>) {
    let lang = spec.lang;
    let _ = writeln!(out, "  - fides_key: {}", quoted(&fides_key(spec.id)));
    let _ = writeln!(out, "    name: {}", quoted(spec.form));
    let _ = writeln!(out, "    description: {}", quoted(&format!("The form {} ({})", spec.form, spec.id)));
    let _ = writeln!(out, "    organization_fides_key: \"default_organization\"");
    let _ = writeln!(out, "    system_type: \"Service\"");
    if let Some(controller) = spec.controller {
        let _ = writeln!(out, "    legal_name: {}", quoted(controller.name));
        let _ = writeln!(out, "    legal_address: {}", quoted(controller.address));
    }
    if let Some(dpo) = spec.dpo {
        let _ = writeln!(out, "    dpo: {}", quoted(dpo));
    }
    if !spec.joint_controllers.is_empty() {
        let joint: Vec<String> = spec
            .joint_controllers
            .iter()
            .map(|joint| format!("{} ({}): {}", joint.name, joint.contact, joint.arrangement.get(lang)))
            .collect();
        let _ = writeln!(out, "    joint_controller_info: {}", quoted(&joint.join("; ")));
    }
    let _ = writeln!(out, "    processes_personal_data: true");
    let transfers = !spec.transfers.is_empty();
    let _ = writeln!(out, "    does_international_transfers: {transfers}");
    if transfers {
        let bases: Vec<&str> =
            spec.transfers.iter().map(|t| if t.safeguard.is_some() { "SCCs" } else { "Adequacy Decision" }).collect();
        let _ = writeln!(out, "    legal_basis_for_transfers: {}", sequence(bases));
    }
    let profiling = spec.purposes.iter().filter_map(|p| p.data_use).any(|u| u.contains("profiling"));
    let _ = writeln!(out, "    uses_profiling: {profiling}");
    let special: Vec<(SpecialCategory, Art9Condition)> =
        spec.fields.iter().filter_map(|f| f.special.map(|s| (s.category, s.condition))).collect();
    let _ = writeln!(out, "    privacy_declarations:");
    let ids = spec.purposes.iter().map(|p| p.id).chain(spec.prospecting.iter().map(|p| Some(p.kind.id())));
    for (declared, id) in uses(spec, lang).iter().zip(ids) {
        let Some(data_use) = declared.data_use else { continue };
        let _ = writeln!(out, "      - name: {}", quoted(&declared.text));
        let _ = writeln!(out, "        data_use: {}", quoted(data_use));
        let _ = writeln!(out, "        data_categories: {}", sequence(categories(spec, id)));
        let _ = writeln!(out, "        data_subjects: {}", sequence(spec.subjects.iter().copied()));
        if let Some(basis) = declared.basis {
            let _ = writeln!(out, "        legal_basis_for_processing: {}", quoted(legal_basis(basis)));
        }
        if let Some(retention) = declared.retention {
            let _ = writeln!(out, "        retention_period: {}", quoted(retention));
        }
        let _ = writeln!(out, "        processes_special_category_data: {}", !special.is_empty());
        if let Some((_, condition)) = special.first() {
            let _ = writeln!(out, "        special_category_legal_basis: {}", quoted(special_basis(*condition)));
        }
        let shared = data_use.starts_with("third_party_sharing");
        let _ = writeln!(out, "        data_shared_with_third_parties: {shared}");
    }
}

impl Register {
    /// Every form as a Fides system manifest (YAML, `system:` at its root), its declarations in each form's own
    /// language: data use, data categories, data subjects, legal basis and retention of each use, the implied
    /// marketing uses of the prospecting attributes included.
    pub fn fideslang_yaml(&self) -> String {
        let mut out = String::from("system:\n");
        for notice in self.notices() {
            system(&mut out, notice.spec());
        }
        if self.notices().is_empty() {
            out = "system: []\n".to_string();
        }
        out
    }
}
