//! The form's declarations as the runtime's `NoticeSpec` value, built once per expansion: `expand` writes it
//! into the `static`, `doc` renders its notice into the impl's rustdoc.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use crate::decl::{self, Form, ProspectingExt};
use crate::field::ConsentField;
use crate::model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, NoticeSpec, Prospecting, Purpose,
    Representative, Text, Transfer,
};
use crate::vocabulary::{Recipient, SpecialData};

/// A `'static` copy of `text`, shared by every expansion that declares the same string (an IDE expands the
/// same forms again and again: interning keeps that from growing memory).
fn intern(text: &str) -> &'static str {
    static INTERNED: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut set = INTERNED.get_or_init(Default::default).lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(&interned) = set.get(text) {
        return interned;
    }
    let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
    set.insert(leaked);
    leaked
}

/// A `'static` slice; these small lists are not interned.
fn slice<T>(items: Vec<T>) -> &'static [T] {
    if items.is_empty() { &[] } else { Box::leak(items.into_boxed_slice()) }
}

/// A declared string in every language: its translation where the form gives one, otherwise the original.
fn text(form: &Form, text: &decl::Text) -> Text {
    let original = text.value.as_str();
    let [fr, en] = [decl::Lang::Fr, decl::Lang::En]
        .map(|l| if l == form.lang { original } else { form.translate(original, l).unwrap_or(original) });
    Text { fr: intern(fr), en: intern(en) }
}

fn prospecting(form: &Form, p: &decl::Prospecting) -> Prospecting {
    // `phone_optin` calls in the controller's name unless it names the caller.
    let default_caller =
        (p.kind == decl::ProspectingKind::PhoneOptin).then(|| form.controller.as_ref().map(|c| &c.name));
    Prospecting {
        kind: p.kind,
        partners: p.partners.as_ref().map(|t| text(form, t)),
        caller: p.caller.as_ref().or(default_caller.flatten()).map(|c| intern(c)),
        retention: p.retention.as_ref().map(|t| text(form, t)),
    }
}

/// The box of a `#[consent(ID)]` field, if `check` accepted its id.
fn consent_field(form: &Form, field: &decl::Field, id: &str, langs: &'static [decl::Lang]) -> Option<ConsentField> {
    let (name, law) = (submitted_name(form, field), form.law);
    let declared = decl::ProspectingKind::from_id(id).and_then(|kind| form.prospecting(kind));
    match (declared, form.purpose(id)) {
        (Some(declared), _) => Some(ConsentField::__prospecting(name, prospecting(form, declared), law, langs)),
        (None, Some(purpose)) => {
            let label = purpose.label.as_ref().map(|label| text(form, label));
            // A box on a purpose that is not based on consent is an objection box (B2B marketing; R15).
            let objection = purpose.basis != Some(decl::Basis::Consent);
            Some(ConsentField::__purpose(name, intern(id), text(form, &purpose.text), label, objection, law, langs))
        }
        (None, None) => None,
    }
}

/// The name a field is submitted under: its serde name, nested under the form's `prefix` if it has one.
fn submitted_name(form: &Form, field: &decl::Field) -> &'static str {
    match &form.prefix {
        Some(prefix) => intern(&format!("{}[{}]", prefix.value, field.name)),
        None => intern(&field.name),
    }
}

/// The declarations of a checked form. `id` is the type's name here; the expansion prefixes the module path.
pub(crate) fn build(form: &Form) -> NoticeSpec {
    let name = intern(&form.ident.to_string());
    let texts = |list: &[decl::Text]| slice(list.iter().map(|t| text(form, t)).collect());
    let langs = slice(std::iter::once(form.lang).chain(form.translations.iter().map(|t| t.lang)).collect());
    NoticeSpec {
        id: name,
        form: name,
        law: form.law,
        lang: form.lang,
        langs,
        policy: form.policy.as_ref().map(|policy| text(form, policy)),
        purposes: slice(
            form.purposes
                .iter()
                .map(|p| Purpose {
                    text: text(form, &p.text),
                    id: p.id.as_ref().map(|id| intern(&id.value)),
                    basis: p.basis,
                    interest: p.interest.as_ref().map(|t| text(form, t)),
                    retention: p.retention.as_ref().map(|t| text(form, t)),
                    marketing: p.marketing.map(|(channel, _)| channel),
                    sale: p.sale,
                })
                .collect(),
        ),
        recipients: texts(&form.recipients),
        located_recipients: slice(
            form.located_recipients
                .iter()
                .map(|r| Recipient { name: text(form, &r.name), country: intern(&r.country.value) })
                .collect(),
        ),
        audience: form.audience,
        parental_consent: form.parental_consent.as_ref().map(|t| text(form, t)),
        rights_contact: form.rights_contact.as_ref().map_or(Text { fr: "", en: "" }, |t| text(form, t)),
        controller: form.controller.as_ref().map(|c| Controller {
            name: intern(&c.name),
            address: intern(&c.address),
            contact: intern(&c.contact),
        }),
        dpo: form.dpo.as_deref().map(intern),
        representative: form
            .representative
            .as_ref()
            .map(|r| Representative { name: intern(&r.name), contact: intern(&r.contact) }),
        transfers: slice(
            form.transfers
                .iter()
                .map(|t| Transfer {
                    country: crate::countries::country(&t.country.value)
                        .map_or_else(|| text(form, &t.country), |(fr, en)| Text { fr, en }),
                    safeguard: t.safeguard.as_ref().map(|s| text(form, s)),
                    copy: t.copy.as_deref().map(intern),
                })
                .collect(),
        ),
        automated_decision: form.automated_decision.as_ref().map(|d| AutomatedDecision {
            decision: text(form, &d.decision),
            logic: text(form, &d.logic),
            consequences: text(form, &d.consequences),
        }),
        data_source: form.data_source.as_ref().map(|d| DataSource {
            source: intern(&d.source),
            categories: text(form, &d.categories),
            public: d.public,
        }),
        data_requirement: form
            .data_requirement
            .as_ref()
            .map(|r| DataRequirement { reason: text(form, &r.reason), consequence: text(form, &r.consequence) }),
        withdrawal: form.withdrawal.as_ref().map(|t| text(form, t)),
        retention: form.retention.as_ref().map(|t| text(form, t)),
        call_recording: form.call_recording.as_ref().map(|t| text(form, t)),
        prospecting: slice(form.prospecting.iter().map(|p| prospecting(form, p)).collect()),
        fields: slice(
            form.fields
                .iter()
                .filter(|f| f.consent.is_none() && !f.skipped && !f.is_version)
                .map(|f| DataField {
                    name: submitted_name(form, f),
                    label: f.label.as_ref().map(|t| text(form, t)),
                    required: f.required,
                    kind: f.kind,
                    special: f
                        .special
                        .zip(f.art9)
                        .map(|((category, _), (condition, _))| SpecialData { category, condition }),
                    purposes: slice(f.purposes.iter().map(|id| intern(&id.value)).collect()),
                })
                .collect(),
        ),
        version_field: form.version_fields().next().map(|f| submitted_name(form, f)),
        consent_fields: slice(
            form.consent_fields().filter_map(|(f, c)| consent_field(form, f, &c.id.value, langs)).collect(),
        ),
    }
}
