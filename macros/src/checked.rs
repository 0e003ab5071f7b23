//! The checked model: a form `check` accepted, with what it proved (where the person exercises their rights,
//! what each box decides). `expand` writes it into the impl and `doc` renders it, both through the model of
//! `privacy-notice-core`, built over the form's own strings for the time of one expansion: nothing leaks.

use crate::decl::{self, Form};
use crate::field::ConsentField;
use crate::lang::Lang;
use crate::model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, JointController, NoticeSpec, Prospecting,
    Purpose, Representative, Text, Transfer,
};
use crate::vocabulary::{Recipient, SpecialData};

/// What a `#[consent(ID)]` box decides, as `check` resolved its id.
#[derive(Clone, Copy)]
pub(crate) enum BoxTarget<'f> {
    /// A declared prospecting case.
    Prospecting(&'f decl::Prospecting),
    /// A purpose that takes a box: based on consent, or a marketing purpose on legitimate interest (an
    /// objection box).
    Purpose(&'f decl::Purpose),
}

/// A `#[consent(ID)]` field `check` accepted.
pub(crate) struct CheckedBox<'f> {
    pub field: &'f decl::Field,
    /// The field's position among the form's fields.
    pub index: usize,
    /// Its `#[consent(ID)]`.
    pub consent: &'f decl::ConsentBox,
    pub target: BoxTarget<'f>,
}

impl<'f> CheckedBox<'f> {
    /// The `ID`.
    pub fn id(&self) -> &'f str {
        &self.consent.id.value
    }
}

/// A form that passed every rule.
pub(crate) struct CheckedForm<'f> {
    pub form: &'f Form,
    /// `#[rights_contact(..)]`, which every form has.
    pub rights_contact: &'f decl::Text,
    /// Each box, with what it decides, in declaration order.
    pub boxes: Vec<CheckedBox<'f>>,
    /// The type's name.
    name: String,
    /// The form's own language, then its translations'.
    langs: Vec<Lang>,
    /// The name each field is submitted under (nested under `prefix` if the form has one), by position.
    submitted: Vec<String>,
}

impl<'f> CheckedForm<'f> {
    /// The checked form of `form`, given what `check` proved.
    pub fn new(form: &'f Form, rights_contact: &'f decl::Text, boxes: Vec<CheckedBox<'f>>) -> CheckedForm<'f> {
        let submitted = form
            .fields
            .iter()
            .map(|field| match &form.prefix {
                Some(prefix) => format!("{}[{}]", prefix.value, field.name),
                None => field.name.clone(),
            })
            .collect();
        CheckedForm {
            form,
            rights_contact,
            boxes,
            name: form.ident.to_string(),
            langs: std::iter::once(form.lang).chain(form.translations.iter().map(|t| t.lang)).collect(),
            submitted,
        }
    }

    /// Calls `with` on the form's `NoticeSpec`, which borrows from `self` (its `id` is the type's name here;
    /// the expansion prefixes the module path).
    pub fn with_spec<R>(&self, with: impl FnOnce(&NoticeSpec<'_>) -> R) -> R {
        let form = self.form;
        let texts = |list: &'f [decl::Text]| list.iter().map(|t| self.text(t)).collect::<Vec<_>>();
        let purposes: Vec<Purpose<'_>> = form.purposes.iter().map(|p| self.purpose(p)).collect();
        let recipients = texts(&form.recipients);
        let located: Vec<Recipient<'_>> =
            form.located_recipients.iter().map(|r| Recipient::new(self.text(&r.name), &r.country.value)).collect();
        let transfers: Vec<Transfer<'_>> = form.transfers.iter().map(|t| self.transfer(t)).collect();
        let prospecting: Vec<Prospecting<'_>> = form.prospecting.iter().map(|p| self.prospecting(p)).collect();
        let data_fields: Vec<(usize, Vec<&str>)> = form
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.consent.is_none() && !f.skipped && !f.is_version)
            .map(|(index, f)| (index, f.purposes.iter().map(|id| id.value.as_str()).collect()))
            .collect();
        let fields: Vec<DataField<'_>> =
            data_fields.iter().map(|(index, purposes)| self.data_field(*index, purposes)).collect();
        let consent_fields: Vec<ConsentField<'_>> =
            self.boxes.iter().map(|checked| self.consent_field(checked)).collect();

        let mut spec = NoticeSpec::new(
            form.id.as_ref().map_or("", |id| id.value.as_str()),
            &self.name,
            form.law,
            form.lang,
            &self.langs,
            self.text(self.rights_contact),
        )
        .with_purposes(&purposes)
        .with_recipients(&recipients)
        .with_located_recipients(&located)
        .with_audience(form.audience)
        .with_transfers(&transfers)
        .with_prospecting(&prospecting)
        .with_fields(&fields)
        .with_consent_fields(&consent_fields);
        let text = |t: &'f Option<decl::Text>| t.as_ref().map(|t| self.text(t));
        spec.policy = text(&form.policy);
        spec.parental_consent = text(&form.parental_consent);
        spec.withdrawal = text(&form.withdrawal);
        spec.retention = text(&form.retention);
        spec.call_recording = text(&form.call_recording);
        spec.controller = form.controller.as_ref().map(|c| {
            let mut controller = Controller::new(&c.name, &c.address, &c.contact);
            if let Some(country) = &c.country {
                controller = controller.with_country(&country.value);
            }
            if let Some(authority) = &c.authority {
                controller = controller.with_authority(&authority.value);
            }
            controller
        });
        let subjects: Vec<&str> = form.subjects.iter().map(|s| s.value.as_str()).collect();
        spec.subjects = &subjects;
        let joint: Vec<JointController<'_>> = form
            .joint_controllers
            .iter()
            .map(|j| JointController::new(&j.name, &j.contact, self.text(&j.arrangement)))
            .collect();
        spec.joint_controllers = &joint;
        let wording: Vec<(&str, &str)> =
            form.wording.iter().map(|(word, reason)| (word.value.as_str(), reason.value.as_str())).collect();
        spec.wording = &wording;
        spec.dpo = form.dpo.as_deref();
        spec.representative = form.representative.as_ref().map(|r| Representative::new(&r.name, &r.contact));
        spec.automated_decision = form
            .automated_decision
            .as_ref()
            .map(|d| AutomatedDecision::new(self.text(&d.decision), self.text(&d.logic), self.text(&d.consequences)));
        spec.data_source =
            form.data_source.as_ref().map(|d| DataSource::new(&d.source, self.text(&d.categories), d.public));
        spec.data_requirement = form
            .data_requirement
            .as_ref()
            .map(|r| DataRequirement::new(self.text(&r.reason), self.text(&r.consequence)));
        spec.version_field = form.fields.iter().position(|f| f.is_version).map(|index| self.submitted(index));
        with(&spec)
    }

    /// A declared string in every language: its translation where the form gives one, otherwise the original.
    fn text(&self, text: &'f decl::Text) -> Text<'f> {
        let original = text.value.as_str();
        // A language the form is not translated into holds the original: it is never shown (a notice in it is
        // shown in the form's own language), and a register reading the model finds the form's words, not
        // another language's.
        // Only the form's own translations are searched: most forms have one or none.
        let mut by_lang = [original; Lang::ALL.len()];
        for translation in self.form.translations.iter().filter(|t| t.lang != self.form.lang) {
            if let Some((_, to)) = translation.pairs.iter().find(|(from, _)| from.value == original) {
                by_lang[translation.lang.index()] = to.value.as_str();
            }
        }
        Text::by_lang(by_lang)
    }

    fn submitted(&self, index: usize) -> &str {
        &self.submitted[index]
    }

    fn purpose(&self, p: &'f decl::Purpose) -> Purpose<'f> {
        let mut purpose = Purpose::new(self.text(&p.text)).with_sale(p.sale);
        purpose.id = p.id.as_ref().map(|id| id.value.as_str());
        purpose.basis = p.basis;
        purpose.interest = p.interest.as_ref().map(|t| self.text(t));
        purpose.retention = p.retention.as_ref().map(|t| self.text(t));
        purpose.marketing = p.marketing.map(|(channel, _)| channel);
        purpose.data_use = p.data_use.as_ref().map(|u| u.value.as_str());
        purpose.law = p.law.as_ref().map(|t| self.text(t));
        purpose
    }

    fn transfer(&self, t: &'f decl::Transfer) -> Transfer<'f> {
        // A country written as its ISO code is named from the country table, in every language.
        let country = t
            .code
            .and_then(crate::countries::country)
            .map_or_else(|| self.text(&t.country), |names| Text::by_lang(*names));
        let mut transfer = Transfer::new(country);
        transfer.safeguard = t.safeguard.map(|(safeguard, _)| safeguard.words());
        transfer.copy = t.copy.as_deref();
        if t.safeguard.is_none() {
            transfer.adequacy =
                t.code.and_then(crate::adequacy::adequacy).map(|decision| Text::by_lang(decision.citation));
        }
        transfer
    }

    fn prospecting(&self, p: &'f decl::Prospecting) -> Prospecting<'f> {
        // `phone_optin` calls in the controller's name unless it names the caller.
        let default_caller =
            (p.kind == decl::ProspectingKind::PhoneOptin).then(|| self.form.controller.as_ref().map(|c| &c.name));
        let mut prospecting = Prospecting::new(p.kind);
        prospecting.partners = p.partners.as_ref().map(|t| self.text(t));
        prospecting.caller = p.caller.as_ref().or(default_caller.flatten()).map(String::as_str);
        prospecting.retention = p.retention.as_ref().map(|t| self.text(t));
        prospecting
    }

    fn data_field<'s>(&'s self, index: usize, purposes: &'s [&'s str]) -> DataField<'s> {
        let f = &self.form.fields[index];
        let mut field = DataField::new(self.submitted(index)).with_required(f.required).with_purposes(purposes);
        field.label = f.label.as_ref().map(|t| self.text(t));
        field.kind = f.kind;
        field.category = f.category.as_ref().map(|c| c.value.as_str());
        field.special =
            f.special.zip(f.art9).map(|((category, _), (condition, _))| SpecialData::new(category, condition));
        field.art9_law = f.art9_law.as_ref().map(|t| self.text(t));
        field.art9_secrecy = f.secrecy.as_ref().map(|t| self.text(t));
        field
    }

    fn consent_field(&self, checked: &CheckedBox<'f>) -> ConsentField<'_> {
        let (name, law) = (self.submitted(checked.index), self.form.law);
        match checked.target {
            BoxTarget::Prospecting(declared) => {
                ConsentField::__prospecting(name, self.prospecting(declared), law, &self.langs)
            }
            BoxTarget::Purpose(purpose) => {
                let label = purpose.label.as_ref().map(|label| self.text(label));
                // A box on a purpose that is not based on consent is an objection box (B2B marketing; R15).
                let objection = purpose.basis != Some(decl::Basis::Consent);
                ConsentField::__purpose(
                    name,
                    checked.id(),
                    self.text(&purpose.text),
                    label,
                    objection,
                    law,
                    &self.langs,
                )
            }
        }
    }
}
