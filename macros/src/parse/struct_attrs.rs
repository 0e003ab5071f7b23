//! The attributes of the struct, each into its part of the form.

use syn::Attribute;

use super::key;
use super::syntax::*;
use crate::args::{Arg, Value};
use crate::attr_kind::StructAttr;
use crate::decl::{
    Audience, AutomatedDecision, Basis, Controller, DataRequirement, DataSource, DecisionBasis, Form, JointController,
    Lang, Law, LocatedRecipient, Named, Prospecting, ProspectingExt, ProspectingKind, Purpose, Representative,
    Safeguard, Sector, Site, Text, Transfer, Translation,
};
use crate::errors::Errors;
use crate::suggest::list;
use crate::taxonomy::List;

/// `purpose = "orders, newsletter"`: each id, with the span of the whole string.
pub(super) fn purpose_ids(text: &Text) -> Vec<Text> {
    text.value
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| Text { value: id.to_string(), span: text.span })
        .collect()
}

/// A purpose id is written as `#[consent(ID)]`, so it must be a snake_case identifier.
pub(super) fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

pub(super) fn purpose(attr: &Attribute, errors: &mut Errors) -> Option<Purpose> {
    let read = read(attr, &PURPOSE, errors)?;
    let text = read.first_text()?;
    let id = read.value(key::ID).cloned().filter(|id| {
        if !is_identifier(&id.value) {
            errors.add_at(
                id.span,
                format!("the id `{}` in `#[purpose(..)]` is not a snake_case identifier", id.value),
                "a `#[consent(ID)]` box names it: write it like `id = \"newsletter\"`",
            );
            read.fail();
            return false;
        }
        if ProspectingKind::from_id(&id.value).is_some() {
            errors.add_at(
                id.span,
                format!("the id `{}` in `#[purpose(..)]` is reserved for `#[{}]`", id.value, id.value),
                format!("use `#[{}]` on the struct, or give this purpose another id", id.value),
            );
            read.fail();
            return false;
        }
        true
    });
    let basis = read.parsed(key::BASIS, |b| one_of(b, "basis", &Basis::names(), Basis::from_name, errors));
    if let Some(marketing) = read.value(key::MARKETING) {
        let example = format!("data_use = \"marketing.communications.{}\"", marketing.value);
        replaced(marketing.span, "marketing", "purpose", "data_use", &example, errors);
        read.fail();
    }
    let data_use = read.parsed(key::DATA_USE, |u| term(u, "data_use", List::DataUses, errors));
    Some(Purpose {
        attr: Site::of(attr),
        text,
        id,
        basis,
        basis_span: read.value(key::BASIS).map(|t| t.span),
        interest: read.text(key::INTEREST),
        retention: read.text(key::RETENTION),
        label: read.text(key::LABEL),
        marketing: data_use
            .as_ref()
            .and_then(|u| crate::taxonomy::marketing_channel(&u.value).map(|channel| (channel, u.span))),
        sale: read.flag(key::SALE),
        data_use,
        law: read.text(key::LAW),
        complete: !read.failed(),
    })
}

pub(super) fn controller(attr: &Attribute, errors: &mut Errors) -> Option<Controller> {
    let read = read_complete(attr, &CONTROLLER, &[key::COUNTRY, key::AUTHORITY], "GDPR Art. 13(1)(a)", errors)?;
    if read.flag(key::OUTSIDE_EU) {
        let span = attr.path().segments.first().map_or(attr.pound_token.span, |s| s.ident.span());
        replaced(span, "outside_eu", "controller", "country", "country = \"US\"", errors);
    }
    let country = read.value(key::COUNTRY).and_then(|c| country(c, "controller", errors));
    Some(Controller {
        attr: Site::of(attr),
        name: read.string(key::NAME)?,
        address: read.string(key::ADDRESS)?,
        contact: read.string(key::CONTACT)?,
        outside_eu: country.as_ref().is_some_and(|c| !crate::countries::in_eea(&c.value)),
        country,
        authority: read.text(key::AUTHORITY),
    })
}

/// A country as its ISO code: written as the code, its French or English name, or a usual alias (`USA`, `UK`,
/// `États-Unis`); an unknown one is an error.
pub(super) fn country(text: &Text, attr: &str, errors: &mut Errors) -> Option<Text> {
    match crate::adequacy::normalise(&text.value) {
        Some(code) => Some(Text { value: code.to_string(), span: text.span }),
        None => {
            errors.add_at(
                text.span,
                format!("unknown country `{}` in `#[{attr}(..)]`", text.value),
                "write its ISO 3166-1 alpha-2 code (`FR`, `DE`, `US`, `GB`, `MA`…) or its name in French or English",
            );
            None
        }
    }
}

/// `#[transfer(country = .., adequacy)]` or `#[transfer(country = .., safeguard = .., copy = ..)]` (GDPR
/// Art. 13(1)(f); R09).
pub(super) fn transfer(attr: &Attribute, errors: &mut Errors) -> Option<Transfer> {
    let read = read(attr, &TRANSFER, errors)?;
    if read.failed() {
        return None;
    }
    let (adequacy, safeguard, copy) = (read.flag(key::ADEQUACY), read.text(key::SAFEGUARD), read.string(key::COPY));
    let problem = match (read.value(key::COUNTRY), adequacy, &safeguard, &copy) {
        (None, ..) => Some("`#[transfer(..)]` must name the `country` the data goes to (GDPR Art. 13(1)(f); R09)"),
        (Some(_), true, None, None) | (Some(_), false, Some(_), Some(_)) => None,
        (Some(_), true, ..) => Some("`#[transfer(..)]` gives both `adequacy` and a safeguard: choose one"),
        (Some(_), false, ..) => Some(
            "`#[transfer(..)]` must say what covers it: `adequacy` (a Commission decision), or a `safeguard` and \
             where to get a `copy` of it (GDPR Art. 13(1)(f); R09)",
        ),
    };
    if let Some(problem) = problem {
        errors.add(
            attr,
            problem,
            format!("write `#[transfer(country = \"Royaume-Uni\", adequacy)]` or `{}`", one_line(TRANSFER.example)),
        );
        return None;
    }
    let country_text = read.text(key::COUNTRY)?;
    let code = crate::adequacy::normalise(&country_text.value);
    if code.is_none() {
        country(&country_text, "transfer", errors);
        return None;
    }
    let safeguard = match safeguard {
        Some(text) => Some((one_of(&text, "safeguard", &Safeguard::names(), Safeguard::from_name, errors)?, text.span)),
        None => None,
    };
    Some(Transfer {
        attr: Site::of(attr),
        code,
        dpf: read.flag(key::DPF),
        adequacy,
        country: country_text,
        safeguard,
        copy,
    })
}

/// `#[translation(lang = "en", "texte" = "text", ..)]`.
pub(super) fn translation(attr: &Attribute, errors: &mut Errors) -> Option<Translation> {
    let syntax = &TRANSLATION;
    let args = arguments(attr, syntax, errors)?;
    let mut lang = None;
    let mut lang_given = false;
    let mut pairs = Vec::new();
    for arg in &args {
        match arg {
            Arg::KeyValue(key, Value::Lit(lit)) if key == key::LANG.name() && !lang_given => {
                lang_given = true;
                lang = string_lit(lit, "`lang`", syntax, errors).and_then(|text| lang_of(&text, errors));
            }
            Arg::Pair(from, Value::Lit(to)) => {
                let from = string_lit(from, "the text", syntax, errors);
                let to = string_lit(to, "the translation", syntax, errors);
                pairs.extend(from.zip(to));
            }
            Arg::Pair(_, Value::Ident(ident)) => errors.add(
                ident,
                "a translation in `#[translation(..)]` is a string",
                format!("write `\"...\" = \"{ident}\"`"),
            ),
            Arg::Lit(lit) => errors.add(
                lit,
                "`#[translation(..)]` pairs a text with its translation",
                format!("write `\"text\" = \"translation\"`, as in `{}`", syntax.example),
            ),
            Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key) => unknown_argument(key, syntax, errors),
        }
    }
    if !lang_given {
        errors.add(
            attr,
            "`#[translation(..)]` must say which language it is in",
            format!("write it as `{}`", syntax.example),
        );
    }
    Some(Translation { attr: Site::of(attr), lang: lang?, pairs })
}

/// Reads one struct attribute into the form.
pub(super) fn struct_attr(attr: &Attribute, kind: StructAttr, form: &mut Form, errors: &mut Errors) {
    let name = kind.name();
    if !kind.repeatable() && form.has(kind) {
        let help = match kind {
            StructAttr::Recipients => "list every recipient in one `#[recipients(\"...\", \"...\")]`".to_string(),
            _ => format!("keep one `#[{name}]`"),
        };
        errors.add(attr, format!("`#[{name}]` is declared twice"), help);
        return;
    }
    form.attrs.push((kind, Site::of(attr)));
    match kind {
        StructAttr::Notice => {
            // The regime is known when `#[notice]` reads without a problem: a rule of one regime does not judge a
            // form whose `#[notice]` may have meant the other.
            form.law_known = false;
            if let Some(read) = read(attr, &NOTICE, errors) {
                if let Some(law) = read.parsed(key::LAW, |t| one_of(t, "law", &Law::names(), Law::from_name, errors)) {
                    form.law = law;
                    form.law_span = read.value(key::LAW).map(|t| t.span);
                }
                form.historical = read.flag(key::HISTORICAL);
                form.id = read.text(key::ID).filter(|id| {
                    let valid = id.value.chars().all(|c| c.is_ascii_alphanumeric() || "_-.:".contains(c));
                    if !valid {
                        errors.add_at(
                            id.span,
                            format!("`id = \"{}\"` in `#[notice(..)]` is not an id", id.value),
                            "write letters, digits, `_`, `-`, `.` or `:`: `id = \"shop.order\"`; the consent store \
                             files each decision under it, so keep it once chosen",
                        );
                        read.fail();
                    }
                    valid
                });
                form.prefix = read.text(key::PREFIX).filter(|prefix| {
                    let valid = prefix.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    if !valid {
                        errors.add_at(
                            prefix.span,
                            format!("`prefix = \"{}\"` in `#[notice(..)]` is not a name", prefix.value),
                            "write the name the inputs are nested under, letters, digits and `_`: `prefix = \"form\"` \
                             renders `form[email]`",
                        );
                        read.fail();
                    }
                    valid
                });
                if let Some(audience) = read.value(key::AUDIENCE) {
                    let example = match audience.value.as_str() {
                        "professionals" => "subjects = \"professional\"",
                        "minors" => "subjects = \"child\"",
                        _ => "subjects = \"customer, prospect\"",
                    };
                    replaced(audience.span, "audience", "notice", "subjects", example, errors);
                    read.fail();
                }
                if let Some(subjects) = read.value(key::SUBJECTS) {
                    form.audience_span = Some(subjects.span);
                    let named = purpose_ids(subjects);
                    form.subjects =
                        named.iter().filter_map(|subject| term(subject, "subject", List::Subjects, errors)).collect();
                    if form.subjects.len() != named.len() {
                        read.fail();
                    }
                    form.audience = audience(&form.subjects);
                }
                form.sector = read.parsed(key::SECTOR, |s| {
                    one_of(s, "sector", &Sector::names(), Sector::from_name, errors).map(|sector| (sector, s.span))
                });
                if let Some(lang) = read.parsed(key::LANG, |t| lang_of(t, errors)) {
                    form.lang = lang;
                }
                form.policy = read.text(key::POLICY);
                if let Some(path) = read.value(key::CRATE)
                    && syn::parse_str::<syn::Path>(&path.value).is_err()
                {
                    errors.add_at(
                        path.span,
                        format!("`crate = \"{}\"` in `#[notice(..)]` is not a path", path.value),
                        "write the path your crate re-exports privacy-notice under: `crate = \"my_app::privacy_notice\"`",
                    );
                    read.fail();
                }
                form.law_known = !read.failed();
            }
        }
        StructAttr::Purpose => form.purposes.extend(purpose(attr, errors)),
        StructAttr::Recipients => {
            form.recipients = read(attr, &RECIPIENTS, errors).map(|r| r.texts).unwrap_or_default()
        }
        StructAttr::RightsContact => {
            form.rights_contact = read(attr, &RIGHTS_CONTACT, errors).and_then(|r| r.first_text())
        }
        StructAttr::Controller => form.controller = controller(attr, errors),
        StructAttr::Retention => form.retention = read(attr, &RETENTION, errors).and_then(|r| r.first_text()),
        StructAttr::Dpo => form.dpo = read(attr, &DPO, errors).and_then(|r| r.first_text()).map(|t| t.value),
        StructAttr::Withdrawal => form.withdrawal = read(attr, &WITHDRAWAL, errors).and_then(|r| r.first_text()),
        StructAttr::Call => {
            form.call_recording = read_complete(attr, &CALL, &[], "CNIL, call recording, 2022", errors)
                .and_then(|r| r.text(key::RECORDED))
        }
        StructAttr::Representative => {
            form.representative = read_complete(attr, &REPRESENTATIVE, &[], "GDPR Art. 13(1)(a), Art. 27", errors)
                .and_then(|r| Some(Representative { name: r.string(key::NAME)?, contact: r.string(key::CONTACT)? }))
        }
        StructAttr::Transfer => form.transfers.extend(transfer(attr, errors)),
        StructAttr::AutomatedDecision => {
            form.automated_decision =
                read_complete(attr, &AUTOMATED_DECISION, &[key::BASIS, key::LAW], "GDPR Art. 13(2)(f); R11", errors)
                    .and_then(|r| {
                        Some(AutomatedDecision {
                            attr: Site::of(attr),
                            basis: r.value(key::BASIS).and_then(|b| decision_basis(b, errors)),
                            basis_written: r.value(key::BASIS).is_some(),
                            law: r.text(key::LAW),
                            decision: r.text(key::DECISION)?,
                            logic: r.text(key::LOGIC)?,
                            consequences: r.text(key::CONSEQUENCES)?,
                        })
                    })
        }
        StructAttr::DataRequirement => {
            form.data_requirement = read_complete(attr, &DATA_REQUIREMENT, &[], "GDPR Art. 13(2)(e); R10", errors)
                .and_then(|r| {
                    Some(DataRequirement { reason: r.text(key::REASON)?, consequence: r.text(key::CONSEQUENCE)? })
                })
        }
        StructAttr::DataSource => {
            form.data_source = read_complete(attr, &DATA_SOURCE, &[], "GDPR Art. 14(1)(d); R19", errors).and_then(|r| {
                Some(DataSource {
                    source: r.first_text()?.value,
                    categories: r.text(key::CATEGORIES)?,
                    public: r.flag(key::PUBLIC),
                })
            })
        }
        StructAttr::Translation => form.translations.extend(translation(attr, errors)),
        StructAttr::Recipient => form.located_recipients.extend(located_recipient(attr, errors)),
        StructAttr::JointController => form.joint_controllers.extend(
            read_complete(attr, &JOINT_CONTROLLER, &[], "GDPR Art. 26(2)", errors).and_then(|r| {
                Some(JointController {
                    name: r.string(key::NAME)?,
                    contact: r.string(key::CONTACT)?,
                    arrangement: r.text(key::ARRANGEMENT)?,
                })
            }),
        ),
        StructAttr::Wording => form.wording.extend(
            read_complete(attr, &WORDING, &[], "recorded in the register", errors)
                .and_then(|r| Some((r.text(key::ALLOW)?, r.text(key::REASON)?))),
        ),
        StructAttr::ParentalConsent => {
            form.parental_consent = read(attr, &PARENTAL_CONSENT, errors).and_then(|r| r.first_text())
        }
        StructAttr::PhoneOptout => errors.add(
            attr,
            "since 11 August 2026, commercial calls to consumers need their prior agreement: `#[phone_optout]` is \
             no longer lawful (C. consom. L223-1, loi n° 2025-594; R18)",
            "use `#[phone_optin]` with a field `#[consent(phone_optin)] phone_calls: privacy_notice::Checkbox`",
        ),
        StructAttr::PartnerOptout
        | StructAttr::PartnerEmailOptin
        | StructAttr::SimilarOffersOptout
        | StructAttr::PhoneOptin => {
            let syntax = of(kind);
            if let Some(kind) = kind.prospecting() {
                if let Some(read) = read(attr, syntax, errors) {
                    form.prospecting.push(Prospecting {
                        attr: Site::of(attr),
                        name: Site::name(attr),
                        kind,
                        partners: read.text(key::PARTNERS),
                        caller: read.string(key::CALLER),
                        retention: read.text(key::RETENTION),
                    });
                }
            }
        }
    }
}

/// How the texts address the form's subjects: children first (their register), then professionals when every
/// subject is one, otherwise consumers.
fn audience(subjects: &[Text]) -> Audience {
    if subjects.iter().any(|s| s.value == "child") {
        Audience::Minors
    } else if !subjects.is_empty() && subjects.iter().all(|s| s.value == "professional") {
        Audience::Professionals
    } else {
        Audience::Consumers
    }
}

/// `#[recipient("..", country = "..")]`: a recipient and its ISO 3166-1 alpha-2 country (R09).
pub(super) fn located_recipient(attr: &Attribute, errors: &mut Errors) -> Option<LocatedRecipient> {
    let read = read_complete(attr, &RECIPIENT, &[], "GDPR Art. 13(1)(e), (f); R09", errors)?;
    let name = read.first_text()?;
    let country = country(&read.text(key::COUNTRY)?, "recipient", errors)?;
    Some(LocatedRecipient { attr: Site::of(attr), name, country })
}

/// The `basis` of `#[automated_decision(..)]`: one of Art. 22(2)'s three. An Art. 6 basis written there
/// (`legitimate_interests`…) is answered with the rule, not as an unknown word (R29).
fn decision_basis(text: &Text, errors: &mut Errors) -> Option<(DecisionBasis, proc_macro2::Span)> {
    if DecisionBasis::from_name(&text.value).is_none() && Basis::from_name(&text.value).is_some() {
        errors.add_at(
            text.span,
            format!(
                "`basis = \"{}\"` in `#[automated_decision(..)]`: a decision based solely on automated processing is \
                 lawful only when necessary for a contract, authorised by law, or based on explicit consent (GDPR \
                 Art. 22(2); R29)",
                text.value
            ),
            "write `basis = \"contract\"`, `basis = \"law\", law = \"..\"` or `basis = \"explicit_consent\"` (with a \
             consent purpose and its box), or let a person take the decision",
        );
        return None;
    }
    one_of(text, "basis", &DecisionBasis::names(), DecisionBasis::from_name, errors).map(|basis| (basis, text.span))
}

/// The official languages of the EU, by ISO 639-1 code, that the library has no texts in yet.
const EU_LANGUAGES: &[(&str, &str)] = &[
    ("bg", "Bulgarian"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("el", "Greek"),
    ("et", "Estonian"),
    ("fi", "Finnish"),
    ("ga", "Irish"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("mt", "Maltese"),
    ("ro", "Romanian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("sv", "Swedish"),
];

/// A `lang` value: one the library writes in, or an error listing them; an EU language it lacks is said so, and no
/// code is answered with the nearest one by spelling (`de` was never a misspelt `fr`, nor `xx` one of `en`).
fn lang_of(text: &Text, errors: &mut Errors) -> Option<Lang> {
    if let Some(lang) = Lang::from_name(&text.value) {
        return Some(lang);
    }
    let lower = text.value.to_ascii_lowercase();
    let message = match EU_LANGUAGES.iter().find(|(code, _)| *code == lower) {
        Some((_, name)) => format!("`lang = \"{}\"`: the library has no {name} texts yet", text.value),
        None if Lang::from_name(&lower).is_some() => {
            format!("`lang = \"{}\"`: a language code is written in lower case, `\"{lower}\"`", text.value)
        }
        None => format!("`lang = \"{}\"` is not a language the library writes", text.value),
    };
    errors.add_at(
        text.span,
        message,
        format!(
            "`lang` is one of {} (ISO 639-1 codes, lower case): write the form's texts in one of them",
            list(Lang::names().iter().copied())
        ),
    );
    None
}
