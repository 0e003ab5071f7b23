//! What a form declares, as the derive records it at compile time.
//!
//! These types are plain data borrowed for `'a`: the derive writes them into a `static` (so `'a` is `'static`
//! in a program), and builds them over its own strings while it expands (so it leaks nothing). They are public
//! so that a register of processing activities can be built from them.

use serde::Serialize;

use crate::vocabulary::{Audience, DataKind, MarketingChannel, Recipient, SpecialData};

use crate::{ConsentField, Lang};

pub use crate::text::Text;

/// `const fn` constructors and `with_*` setters for the model's structs, which are `#[non_exhaustive]` so that a
/// new field is not a breaking change: a struct is built from what it cannot do without, the rest set by name.
macro_rules! model_struct {
    ($name:ident { new($($required:ident: $required_ty:ty),*) $(, $setter:ident($field:ident: $ty:ty) => $value:expr)* $(,)? }
     defaults { $($default:ident: $default_value:expr),* $(,)? }) => {
        impl<'a> $name<'a> {
            #[doc = concat!("A `", stringify!($name), "` with ", $("`", stringify!($required), "` ",)* "given and the other fields empty.")]
            pub const fn new($($required: $required_ty),*) -> $name<'a> {
                $name { $($required,)* $($default: $default_value,)* }
            }
            $(
                #[doc = concat!("Sets [`", stringify!($field), "`](", stringify!($name), "::", stringify!($field), ").")]
                pub const fn $setter(self, $field: $ty) -> $name<'a> {
                    $name { $field: $value, ..self }
                }
            )*
        }
    };
}

/// The legal regime whose wording a notice follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Law {
    /// The GDPR (Regulation 2016/679) with today's French prospecting rules. The default.
    Gdpr,
    /// The French loi « informatique et libertés » as amended in 2004, in the CNIL-era wording.
    Lil2004,
}

impl Law {
    /// The name used in `#[notice(law = "..")]`.
    pub const fn code(self) -> &'static str {
        match self {
            Law::Gdpr => "gdpr",
            Law::Lil2004 => "lil2004",
        }
    }
}

/// The legal basis of a purpose (GDPR Art. 6(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Art. 6(1)(a): the person's consent.
    Consent,
    /// Art. 6(1)(b): performing a contract, or steps before one at the person's request.
    Contract,
    /// Art. 6(1)(c): a legal obligation of the controller.
    LegalObligation,
    /// Art. 6(1)(d): protecting someone's vital interests.
    VitalInterests,
    /// Art. 6(1)(e): a task in the public interest.
    PublicTask,
    /// Art. 6(1)(f): the controller's legitimate interests.
    LegitimateInterests,
}

impl LegalBasis {
    /// Every basis, in the order of Art. 6(1).
    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterests,
        LegalBasis::PublicTask,
        LegalBasis::LegitimateInterests,
    ];

    /// The name used in `#[purpose(basis = "..")]`.
    pub const fn code(self) -> &'static str {
        match self {
            LegalBasis::Consent => "consent",
            LegalBasis::Contract => "contract",
            LegalBasis::LegalObligation => "legal_obligation",
            LegalBasis::VitalInterests => "vital_interests",
            LegalBasis::PublicTask => "public_task",
            LegalBasis::LegitimateInterests => "legitimate_interests",
        }
    }
}

/// One purpose of the processing, from `#[purpose("..", ..)]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Purpose<'a> {
    /// What the data is used for.
    pub text: Text<'a>,
    /// The id a `#[consent(ID)]` box uses to name this purpose.
    pub id: Option<&'a str>,
    /// The legal basis (required under `gdpr`).
    pub basis: Option<LegalBasis>,
    /// The legitimate interest pursued, when the basis is `legitimate_interests`.
    pub interest: Option<Text<'a>>,
    /// How long the data is kept for this purpose, or the criteria that set it.
    pub retention: Option<Text<'a>>,
    /// The channel, when the purpose is direct marketing (`marketing = ".."`).
    pub marketing: Option<MarketingChannel>,
    /// Whether the purpose is a sale of goods or services (`sale`): what a soft opt-in needs (R14).
    pub sale: bool,
    /// What the purpose does, as a data use of [`taxonomy`](crate::taxonomy) (`data_use = ".."`).
    pub data_use: Option<&'a str>,
    /// The text of the law a `legal_obligation` purpose fulfils (`law = ".."`).
    pub law: Option<Text<'a>>,
}

/// The identity and contact of the organisation responsible for the data, from `#[controller(..)]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Controller<'a> {
    /// Legal name.
    pub name: &'a str,
    /// Postal address.
    pub address: &'a str,
    /// An e-mail address or web contact.
    pub contact: &'a str,
    /// Where it is established: an ISO 3166-1 alpha-2 code (`country = ".."`).
    pub country: Option<&'a str>,
    /// The supervisory authority it answers to, as the form names it (`authority = ".."`), where its country
    /// has several (Germany's Länder) or to name another; otherwise the country's one, from
    /// [`authorities`](crate::authorities).
    pub authority: Option<&'a str>,
}

/// The prospecting cases of the original guidance, each with its own box.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProspectingKind {
    /// `#[partner_optout]`: data passed to partners for prospecting other than by e-mail; the person may object.
    PartnerOptout,
    /// `#[partner_email_optin]`: e-mail addresses passed to partners; only with the person's agreement.
    PartnerEmailOptin,
    /// `#[similar_offers_optout]`: the e-mail address reused for the company's own similar products; the
    /// person may refuse.
    SimilarOffersOptout,
    /// `#[phone_optin]`: commercial phone calls to a consumer, only with prior agreement (C. consom. L223-1,
    /// since 11 August 2026).
    PhoneOptin,
}

impl ProspectingKind {
    /// Every case, in the order the notice presents them.
    pub const ALL: [ProspectingKind; 4] = [
        ProspectingKind::PartnerOptout,
        ProspectingKind::PartnerEmailOptin,
        ProspectingKind::SimilarOffersOptout,
        ProspectingKind::PhoneOptin,
    ];

    /// The data use of the taxonomy the case implies.
    pub const fn data_use(self) -> &'static str {
        match self {
            ProspectingKind::PartnerOptout => "third_party_sharing.marketing",
            ProspectingKind::PartnerEmailOptin => "third_party_sharing.marketing.email",
            ProspectingKind::SimilarOffersOptout => "marketing.communications.email",
            ProspectingKind::PhoneOptin => "marketing.communications.phone",
        }
    }

    /// The attribute name, which is also the id its `#[consent(..)]` box uses.
    pub const fn id(self) -> &'static str {
        match self {
            ProspectingKind::PartnerOptout => "partner_optout",
            ProspectingKind::PartnerEmailOptin => "partner_email_optin",
            ProspectingKind::SimilarOffersOptout => "similar_offers_optout",
            ProspectingKind::PhoneOptin => "phone_optin",
        }
    }
}

/// A prospecting declaration, from `#[partner_optout]`, `#[partner_email_optin]` or `#[similar_offers_optout]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Prospecting<'a> {
    /// Which case.
    pub kind: ProspectingKind,
    /// Who the partners are, or a link to their list (`partners = ".."`).
    pub partners: Option<Text<'a>>,
    /// For `phone_optin`: who calls (`caller = ".."`, by default the controller).
    pub caller: Option<&'a str>,
    /// How long the data is kept for this marketing use (`retention = ".."`, else the form's `#[retention]`).
    pub retention: Option<Text<'a>>,
}

/// A field of the form that carries personal data (every field that is not a consent box).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DataField<'a> {
    /// The name under which the field is submitted (honours `#[serde(rename ..)]`).
    pub name: &'a str,
    /// How the form labels the field, from `#[personal_data(label = "..")]`.
    pub label: Option<Text<'a>>,
    /// Whether the field must be filled in, from `#[personal_data(required)]`.
    pub required: bool,
    /// What the field holds (`kind = ".."`).
    pub kind: Option<DataKind>,
    /// Its Art. 9 category and the condition that allows it (`special = "..", art9 = ".."`).
    pub special: Option<SpecialData>,
    /// The ids of the purposes it serves (`purpose = ".."`); empty when the form does not say.
    pub purposes: &'a [&'a str],
    /// What it holds, as a data category of [`taxonomy`](crate::taxonomy) (`category = ".."`).
    pub category: Option<&'a str>,
    /// The law its Art. 9(2)(b), (g) or (i) condition rests on (`law = ".."`; Art. 9(2), 9(4)).
    pub art9_law: Option<Text<'a>>,
    /// The professional secrecy its Art. 9(2)(h) condition rests on (`secrecy = ".."`; Art. 9(3)).
    pub art9_secrecy: Option<Text<'a>>,
}

impl<'a> DataField<'a> {
    /// The label in `lang` if one was given, otherwise the submitted name.
    pub fn display_name(&self, lang: Lang) -> &'a str {
        self.label.map_or(self.name, |label| label.get(lang))
    }
}

/// A controller who decides the purposes and means with the form's controller, from `#[joint_controller(..)]`
/// (GDPR Art. 26).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct JointController<'a> {
    /// Legal name.
    pub name: &'a str,
    /// Where the person reaches it (an address, e-mail or link).
    pub contact: &'a str,
    /// The essence of the arrangement between the controllers (Art. 26(2)).
    pub arrangement: Text<'a>,
}

/// The organisation's representative in the EU, from `#[representative(..)]` (GDPR Art. 27).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Representative<'a> {
    /// Name.
    pub name: &'a str,
    /// Address, e-mail or web contact.
    pub contact: &'a str,
}

/// A transfer outside the European Economic Area, from `#[transfer(..)]` (GDPR Art. 13(1)(f)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Transfer<'a> {
    /// Where the data goes.
    pub country: Text<'a>,
    /// The Art. 46/47/49 safeguard; `None` when an adequacy decision covers the country.
    pub safeguard: Option<Text<'a>>,
    /// Where a copy of the safeguard can be obtained.
    pub copy: Option<&'a str>,
    /// The adequacy decision the transfer relies on, as the Official Journal cites it (Art. 45(1)), from the
    /// dated list of [`adequacy`](crate::adequacy); `None` with a safeguard.
    pub adequacy: Option<Text<'a>>,
}

/// An automated decision, from `#[automated_decision(..)]` (GDPR Art. 13(2)(f), Art. 22).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AutomatedDecision<'a> {
    /// What is decided.
    pub decision: Text<'a>,
    /// Meaningful information on the logic involved.
    pub logic: Text<'a>,
    /// Its significance and envisaged consequences.
    pub consequences: Text<'a>,
}

/// Where data not collected from the person comes from, from `#[data_source(..)]` (GDPR Art. 14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DataSource<'a> {
    /// The source.
    pub source: &'a str,
    /// The categories of data obtained from it.
    pub categories: Text<'a>,
    /// Whether the source is publicly accessible.
    pub public: bool,
}

/// Why the mandatory fields are needed and what happens without them, from `#[data_requirement(..)]`
/// (GDPR Art. 13(2)(e)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DataRequirement<'a> {
    /// What the mandatory fields are needed for.
    pub reason: Text<'a>,
    /// What happens if they are not given.
    pub consequence: Text<'a>,
}

/// Everything a form declares, gathered by the derive.
#[derive(Clone, Copy, Debug, Serialize)]
#[non_exhaustive]
pub struct NoticeSpec<'a> {
    /// A stable id: the module path and the type's name (`my_app::forms::OrderForm`).
    pub id: &'a str,
    /// The form type's name.
    pub form: &'a str,
    /// The regime of the texts.
    pub law: Law,
    /// The language the form's own texts (purposes, recipients, ...) are written in.
    pub lang: Lang,
    /// The languages the form's own texts exist in (its `lang`, then its translations).
    pub langs: &'a [Lang],
    /// The full privacy policy the short first level links to, from `#[notice(policy = "..")]`, per language
    /// (a `#[translation]` may give another address for another language).
    pub policy: Option<Text<'a>>,
    /// The purposes, in declaration order.
    pub purposes: &'a [Purpose<'a>],
    /// Recipients or categories of recipients.
    pub recipients: &'a [Text<'a>],
    /// Recipients declared with their country (`#[recipient("..", country = "..")]`).
    pub located_recipients: &'a [Recipient<'a>],
    /// Who fills in the form, as the texts address them (from `#[notice(subjects = "..")]`).
    pub audience: Audience,
    /// Who the form's data is about, as data subjects of [`taxonomy`](crate::taxonomy).
    pub subjects: &'a [&'a str],
    /// The joint controllers, from `#[joint_controller(..)]` (GDPR Art. 26).
    pub joint_controllers: &'a [JointController<'a>],
    /// Words the checks of the free texts would have refused, which the author declared harmless
    /// (`#[wording(allow = "..", reason = "..")]`), each with the reason.
    pub wording: &'a [(&'a str, &'a str)],
    /// How a parent's consent is obtained for a child, from `#[parental_consent("..")]` (LIL art. 45; Art. 8).
    pub parental_consent: Option<Text<'a>>,
    /// The service and address where the person exercises their rights.
    pub rights_contact: Text<'a>,
    /// The organisation responsible for the data.
    pub controller: Option<Controller<'a>>,
    /// The data protection officer's contact.
    pub dpo: Option<&'a str>,
    /// The EU representative of an organisation established outside the EU.
    pub representative: Option<Representative<'a>>,
    /// Transfers outside the EEA.
    pub transfers: &'a [Transfer<'a>],
    /// An automated decision, if the processing makes one.
    pub automated_decision: Option<AutomatedDecision<'a>>,
    /// Where the data comes from, when it is not collected from the person.
    pub data_source: Option<DataSource<'a>>,
    /// Why the mandatory fields are needed.
    pub data_requirement: Option<DataRequirement<'a>>,
    /// Where or how a person withdraws consent (a page, an address, a link in each message).
    pub withdrawal: Option<Text<'a>>,
    /// The default retention for purposes that give none.
    pub retention: Option<Text<'a>>,
    /// Why calls about this form are recorded, from `#[call(recorded = "..")]`: the call script announces it.
    pub call_recording: Option<Text<'a>>,
    /// The prospecting cases declared, in the order of [`ProspectingKind::ALL`].
    pub prospecting: &'a [Prospecting<'a>],
    /// The personal-data fields, in declaration order.
    pub fields: &'a [DataField<'a>],
    /// The consent boxes, in declaration order.
    pub consent_fields: &'a [ConsentField<'a>],
    /// The submitted name of the form's `NoticeVersion` field, which the HTML outputs
    /// render as a hidden input carrying the version.
    pub version_field: Option<&'a str>,
}

impl<'a> NoticeSpec<'a> {
    /// The declaration of a prospecting case, if the form has it.
    pub fn prospecting(&self, kind: ProspectingKind) -> Option<&Prospecting<'a>> {
        self.prospecting.iter().find(|p| p.kind == kind)
    }

    /// The `id` of this form's section in a privacy policy (`Register::policy_html`): the
    /// form's [`id`](NoticeSpec::id) in lower case, every run of other characters than ASCII letters and digits
    /// written `-` (`my_app::forms::OrderForm` gives `my-app-forms-orderform`).
    pub fn anchor(&self) -> String {
        let mut anchor = String::with_capacity(self.id.len());
        for c in self.id.chars() {
            if c.is_ascii_alphanumeric() {
                anchor.push(c.to_ascii_lowercase());
            } else if !anchor.is_empty() && !anchor.ends_with('-') {
                anchor.push('-');
            }
        }
        let trimmed = anchor.trim_end_matches('-').len();
        anchor.truncate(trimmed);
        if anchor.is_empty() { "form".to_string() } else { anchor }
    }

    /// Whether French law applies to the form: its controller is established in France (or the form, a `lil2004`
    /// one, names none). French texts (Code de la consommation, CPCE, loi Informatique et Libertés) are cited and
    /// applied only then; elsewhere the texts keep to the GDPR and the ePrivacy Directive (design §9).
    pub fn under_french_law(&self) -> bool {
        self.controller.is_none_or(|c| c.country.is_none_or(|country| country == "FR"))
    }

    /// Whether the French Consumer Code's rules on commercial calls protect the people the form addresses
    /// (C. consom. L223-1, L223-2, D223-9): consumers, of a controller under French law. Professionals keep the
    /// GDPR's objection only (legal review 3 H2).
    pub fn consumer_phone_rules(&self) -> bool {
        self.under_french_law() && self.audience != crate::vocabulary::Audience::Professionals
    }

    /// `lang` if the form's own texts exist in it, otherwise the form's own language.
    pub fn shown_lang(&self, lang: Lang) -> Lang {
        crate::lang::shown(self.langs, lang)
    }

    /// The consent box whose id is `id`, with its position among the boxes.
    pub fn consent_field(&self, id: &str) -> Option<(usize, &ConsentField<'a>)> {
        self.consent_fields.iter().enumerate().find(|(_, f)| f.purpose() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::ProspectingKind;

    /// `ALL` lists every case, once: the match below fails to compile when a case is added, and the position
    /// check fails when `ALL` forgets it.
    #[test]
    fn all_lists_every_prospecting_case() {
        for kind in ProspectingKind::ALL {
            let expected = match kind {
                ProspectingKind::PartnerOptout => 0,
                ProspectingKind::PartnerEmailOptin => 1,
                ProspectingKind::SimilarOffersOptout => 2,
                ProspectingKind::PhoneOptin => 3,
            };
            assert_eq!(ProspectingKind::ALL.iter().position(|k| *k == kind), Some(expected));
        }
        assert_eq!(ProspectingKind::ALL.len(), 4);
    }
}

model_struct!(Purpose {
    new(text: Text<'a>),
    with_id(id: &'a str) => Some(id),
    with_basis(basis: LegalBasis) => Some(basis),
    with_interest(interest: Text<'a>) => Some(interest),
    with_retention(retention: Text<'a>) => Some(retention),
    with_marketing(marketing: MarketingChannel) => Some(marketing),
    with_sale(sale: bool) => sale,
    with_data_use(data_use: &'a str) => Some(data_use),
    with_law(law: Text<'a>) => Some(law),
} defaults { id: None, basis: None, interest: None, retention: None, marketing: None, sale: false, data_use: None, law: None });

model_struct!(Controller {
    new(name: &'a str, address: &'a str, contact: &'a str),
    with_country(country: &'a str) => Some(country),
    with_authority(authority: &'a str) => Some(authority),
} defaults { country: None, authority: None });

model_struct!(JointController {
    new(name: &'a str, contact: &'a str, arrangement: Text<'a>),
} defaults {});

model_struct!(Prospecting {
    new(kind: ProspectingKind),
    with_partners(partners: Text<'a>) => Some(partners),
    with_caller(caller: &'a str) => Some(caller),
    with_retention(retention: Text<'a>) => Some(retention),
} defaults { partners: None, caller: None, retention: None });

model_struct!(DataField {
    new(name: &'a str),
    with_label(label: Text<'a>) => Some(label),
    with_required(required: bool) => required,
    with_kind(kind: DataKind) => Some(kind),
    with_special(special: SpecialData) => Some(special),
    with_purposes(purposes: &'a [&'a str]) => purposes,
    with_category(category: &'a str) => Some(category),
    with_art9_law(art9_law: Text<'a>) => Some(art9_law),
    with_art9_secrecy(art9_secrecy: Text<'a>) => Some(art9_secrecy),
} defaults {
    label: None, required: false, kind: None, special: None, purposes: &[], category: None, art9_law: None,
    art9_secrecy: None,
});

model_struct!(Representative { new(name: &'a str, contact: &'a str) } defaults {});

model_struct!(Transfer {
    new(country: Text<'a>),
    with_safeguard(safeguard: Text<'a>) => Some(safeguard),
    with_copy(copy: &'a str) => Some(copy),
    with_adequacy(adequacy: Text<'a>) => Some(adequacy),
} defaults { safeguard: None, copy: None, adequacy: None });

model_struct!(AutomatedDecision { new(decision: Text<'a>, logic: Text<'a>, consequences: Text<'a>) } defaults {});

model_struct!(DataSource { new(source: &'a str, categories: Text<'a>, public: bool) } defaults {});

model_struct!(DataRequirement { new(reason: Text<'a>, consequence: Text<'a>) } defaults {});

model_struct!(NoticeSpec {
    new(id: &'a str, form: &'a str, law: Law, lang: Lang, langs: &'a [Lang], rights_contact: Text<'a>),
    with_policy(policy: Text<'a>) => Some(policy),
    with_purposes(purposes: &'a [Purpose<'a>]) => purposes,
    with_recipients(recipients: &'a [Text<'a>]) => recipients,
    with_located_recipients(located_recipients: &'a [Recipient<'a>]) => located_recipients,
    with_audience(audience: Audience) => audience,
    with_subjects(subjects: &'a [&'a str]) => subjects,
    with_joint_controllers(joint_controllers: &'a [JointController<'a>]) => joint_controllers,
    with_wording(wording: &'a [(&'a str, &'a str)]) => wording,
    with_parental_consent(parental_consent: Text<'a>) => Some(parental_consent),
    with_controller(controller: Controller<'a>) => Some(controller),
    with_dpo(dpo: &'a str) => Some(dpo),
    with_representative(representative: Representative<'a>) => Some(representative),
    with_transfers(transfers: &'a [Transfer<'a>]) => transfers,
    with_automated_decision(automated_decision: AutomatedDecision<'a>) => Some(automated_decision),
    with_data_source(data_source: DataSource<'a>) => Some(data_source),
    with_data_requirement(data_requirement: DataRequirement<'a>) => Some(data_requirement),
    with_withdrawal(withdrawal: Text<'a>) => Some(withdrawal),
    with_retention(retention: Text<'a>) => Some(retention),
    with_call_recording(call_recording: Text<'a>) => Some(call_recording),
    with_prospecting(prospecting: &'a [Prospecting<'a>]) => prospecting,
    with_fields(fields: &'a [DataField<'a>]) => fields,
    with_consent_fields(consent_fields: &'a [ConsentField<'a>]) => consent_fields,
    with_version_field(version_field: &'a str) => Some(version_field),
} defaults {
    policy: None,
    purposes: &[],
    recipients: &[],
    located_recipients: &[],
    audience: Audience::Consumers,
    subjects: &[],
    joint_controllers: &[],
    wording: &[],
    parental_consent: None,
    controller: None,
    dpo: None,
    representative: None,
    transfers: &[],
    automated_decision: None,
    data_source: None,
    data_requirement: None,
    withdrawal: None,
    retention: None,
    call_recording: None,
    prospecting: &[],
    fields: &[],
    consent_fields: &[],
    version_field: None,
});
