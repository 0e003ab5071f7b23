//! Phase 1: the struct and its attributes into the model. Every attribute is read even after an error in
//! another, so that one compile reports every problem.

use syn::ext::IdentExt;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, Lit};

use crate::args::{self, Arg, Value};
use crate::attr_kind::{FieldAttr, StructAttr};
use crate::decl::{
    Art9Condition, Audience, AutomatedDecision, Basis, ConsentBox, Controller, DataKind, DataRequirement, DataSource,
    Field, Form, Lang, Law, LocatedRecipient, MarketingChannel, Named, Prospecting, ProspectingExt, ProspectingKind,
    Purpose, Representative, Site, SpecialCategory, Text, Transfer, Translation,
};
use crate::errors::Errors;
use crate::serde_names;
use crate::suggest::{did_you_mean, list};

/// Words that would declare a box pre-ticked, which the law forbids (Recital 32; CJEU C-673/17 Planet49).
const PRE_TICKED: [&str; 7] = ["checked", "default", "pre_ticked", "preticked", "ticked", "selected", "prechecked"];

/// How many unnamed texts an attribute takes.
#[derive(PartialEq, Eq)]
enum Texts {
    None,
    One,
    Many,
}

/// What an attribute accepts.
struct Syntax {
    name: &'static str,
    texts: Texts,
    keys: &'static [&'static str],
    flags: &'static [&'static str],
    /// A correct use, for help messages.
    example: &'static str,
}

const NOTICE: Syntax = Syntax {
    name: "notice",
    texts: Texts::None,
    keys: &["law", "lang", "policy", "audience", "prefix"],
    flags: &["historical"],
    example: "#[notice(law = \"gdpr\", lang = \"fr\")]",
};
const PURPOSE: Syntax = Syntax {
    name: "purpose",
    texts: Texts::One,
    keys: &["id", "basis", "interest", "retention", "label", "marketing"],
    flags: &["sale"],
    example: "#[purpose(\"la gestion de vos commandes\", basis = \"contract\")]",
};
const RECIPIENTS: Syntax = Syntax {
    name: "recipients",
    texts: Texts::Many,
    keys: &[],
    flags: &[],
    example: "#[recipients(\"notre service commercial\", \"nos transporteurs\")]",
};
const RIGHTS_CONTACT: Syntax = Syntax {
    name: "rights_contact",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[rights_contact(\"Service clientèle, 12 rue de la Paix, 75002 Paris\")]",
};
const CONTROLLER: Syntax = Syntax {
    name: "controller",
    texts: Texts::None,
    keys: &["name", "address", "contact"],
    flags: &["outside_eu"],
    example: "#[controller(name = \"Boutique SAS\", address = \"12 rue de la Paix, 75002 Paris\", contact = \
              \"dpo@boutique.fr\")]",
};
const RETENTION: Syntax = Syntax {
    name: "retention",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[retention(\"3 ans après notre dernier contact\")]",
};
const DPO: Syntax =
    Syntax { name: "dpo", texts: Texts::One, keys: &[], flags: &[], example: "#[dpo(\"dpo@boutique.fr\")]" };
const REPRESENTATIVE: Syntax = Syntax {
    name: "representative",
    texts: Texts::None,
    keys: &["name", "contact"],
    flags: &[],
    example: "#[representative(name = \"Boutique EU SARL\", contact = \"eu@boutique.com\")]",
};
const TRANSFER: Syntax = Syntax {
    name: "transfer",
    texts: Texts::None,
    keys: &["country", "safeguard", "copy"],
    flags: &["adequacy"],
    example: "#[transfer(country = \"États-Unis\", safeguard = \"les clauses contractuelles types de la Commission \
              européenne\", copy = \"dpo@boutique.fr\")]",
};
const AUTOMATED_DECISION: Syntax = Syntax {
    name: "automated_decision",
    texts: Texts::None,
    keys: &["decision", "logic", "consequences"],
    flags: &[],
    example: "#[automated_decision(decision = \"votre demande de crédit\", logic = \"vos revenus et charges \
              déclarés\", consequences = \"un refus du crédit\")]",
};
const DATA_SOURCE: Syntax = Syntax {
    name: "data_source",
    texts: Texts::One,
    keys: &["categories"],
    flags: &["public"],
    example: "#[data_source(\"Annuaire Pro SA\", categories = \"vos nom et téléphone professionnels\")]",
};
const DATA_REQUIREMENT: Syntax = Syntax {
    name: "data_requirement",
    texts: Texts::None,
    keys: &["reason", "consequence"],
    flags: &[],
    example: "#[data_requirement(reason = \"traiter votre commande\", consequence = \"nous ne pourrons pas la \
              livrer\")]",
};
const WITHDRAWAL: Syntax = Syntax {
    name: "withdrawal",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[withdrawal(\"https://boutique.fr/mon-compte/consentements\")]",
};
const CALL: Syntax = Syntax {
    name: "call",
    texts: Texts::None,
    keys: &["recorded"],
    flags: &[],
    example: "#[call(recorded = \"la formation de nos conseillers\")]",
};
const RECIPIENT: Syntax = Syntax {
    name: "recipient",
    texts: Texts::One,
    keys: &["country"],
    flags: &[],
    example: "#[recipient(\"notre hébergeur\", country = \"DE\")]",
};
const PARENTAL_CONSENT: Syntax = Syntax {
    name: "parental_consent",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[parental_consent(\"un e-mail envoyé à votre parent, qui confirme par un lien\")]",
};
const PERSONAL_DATA: Syntax = Syntax {
    name: "personal_data",
    texts: Texts::None,
    keys: &["label", "kind", "special", "art9", "purpose"],
    flags: &["required"],
    example: "#[personal_data(required, label = \"adresse e-mail\")]",
};

fn prospecting_syntax(kind: ProspectingKind) -> Syntax {
    Syntax {
        name: kind.id(),
        texts: Texts::None,
        keys: match kind {
            ProspectingKind::PhoneOptin => &["caller", "retention"],
            _ => &["partners", "retention"],
        },
        flags: &[],
        example: match kind {
            ProspectingKind::PartnerOptout => "#[partner_optout(partners = \"des éditeurs de presse\")]",
            ProspectingKind::PartnerEmailOptin => {
                "#[partner_email_optin(partners = \"https://example.fr/partenaires\")]"
            }
            ProspectingKind::SimilarOffersOptout => "#[similar_offers_optout]",
            ProspectingKind::PhoneOptin => "#[phone_optin(caller = \"Boutique SAS\")]",
        },
    }
}

/// The arguments of an attribute, once checked against its [`Syntax`].
#[derive(Default)]
struct Read {
    texts: Vec<Text>,
    values: Vec<(&'static str, Text)>,
    flags: Vec<&'static str>,
}

impl Read {
    fn value(&self, key: &str) -> Option<&Text> {
        self.values.iter().find(|(k, _)| *k == key).map(|(_, text)| text)
    }

    fn string(&self, key: &str) -> Option<String> {
        self.value(key).map(|text| text.value.clone())
    }

    fn text(&self, key: &str) -> Option<Text> {
        self.value(key).cloned()
    }

    fn first_text(&self) -> Option<Text> {
        self.texts.first().cloned()
    }

    fn flag(&self, key: &str) -> bool {
        self.flags.contains(&key)
    }
}

/// A non-empty string literal, or an error that says what to write.
fn string_lit(lit: &Lit, what: &str, syntax: &Syntax, errors: &mut Errors) -> Option<Text> {
    match lit {
        Lit::Str(s) if s.value().trim().is_empty() => {
            errors.add(
                lit,
                format!("{what} in `#[{}(..)]` is empty", syntax.name),
                format!("write it, as in `{}`", syntax.example),
            );
            None
        }
        Lit::Str(s) => Some(Text { value: s.value(), span: s.span() }),
        _ => {
            errors.add(
                lit,
                format!("{what} in `#[{}(..)]` must be a string", syntax.name),
                "put it in double quotes: `\"...\"`",
            );
            None
        }
    }
}

fn unknown_argument(key: &Ident, syntax: &Syntax, errors: &mut Errors) {
    let name = key.unraw().to_string();
    if PRE_TICKED.contains(&name.as_str()) {
        errors.add(
            key,
            format!(
                "`{name}` in `#[{}(..)]`: a box can never be pre-ticked (GDPR Recital 32; CJEU C-673/17 Planet49)",
                syntax.name
            ),
            format!("remove `{name}`: boxes are always rendered unticked, and only the person ticks them"),
        );
        return;
    }
    let valid: Vec<&str> = syntax.keys.iter().chain(syntax.flags).copied().collect();
    let help = if valid.is_empty() {
        format!("`#[{}(..)]` takes no named argument; write it as `{}`", syntax.name, syntax.example)
    } else {
        format!(
            "{}`#[{}(..)]` accepts {}",
            did_you_mean(&name, valid.iter().copied()),
            syntax.name,
            list(valid.iter().copied())
        )
    };
    errors.add(key, format!("unknown argument `{name}` in `#[{}(..)]`", syntax.name), help);
}

/// The arguments of `attr`, or `None` after recording why it cannot be read, in the usual format.
fn arguments(attr: &Attribute, syntax: &Syntax, errors: &mut Errors) -> Option<Vec<Arg>> {
    match args::of(attr, syntax.name) {
        Ok(args) => Some(args),
        Err(error) if error.to_string().contains("\n= help: ") => {
            errors.add_syn(error);
            None
        }
        Err(error) => {
            let what = format!("`#[{}(..)]` cannot be read: {error}", syntax.name);
            errors.add_at(error.span(), what, format!("write it as `{}`", syntax.example));
            None
        }
    }
}

/// Reads `attr` against `syntax`; `None` if it is not even well-formed (the error is recorded).
fn read(attr: &Attribute, syntax: &Syntax, errors: &mut Errors) -> Option<Read> {
    let args = arguments(attr, syntax, errors)?;
    let mut read = Read::default();
    for arg in &args {
        let key = arg.key().map(|key| key.unraw().to_string());
        let known_key = key.as_deref().and_then(|k| syntax.keys.iter().find(|x| **x == k).copied());
        let known_flag = key.as_deref().and_then(|k| syntax.flags.iter().find(|x| **x == k).copied());
        let repeated = known_key.or(known_flag).filter(|k| read.value(k).is_some() || read.flag(k));
        if let Some(repeated) = repeated {
            errors.add_at(
                arg.span(),
                format!("`{repeated}` is given twice in `#[{}(..)]`", syntax.name),
                format!("keep one `{repeated}`"),
            );
            continue;
        }
        match (arg, known_key, known_flag) {
            (Arg::Pair(lit, _), _, _) => errors.add(
                lit,
                format!("`\"..\" = \"..\"` pairs belong in `#[translation(..)]`, not in `#[{}(..)]`", syntax.name),
                format!("write it as `{}`", syntax.example),
            ),
            (Arg::Lit(lit), _, _) => match syntax.texts {
                Texts::None => errors.add(
                    lit,
                    format!("`#[{}(..)]` takes no unnamed text", syntax.name),
                    format!("write it as `{}`", syntax.example),
                ),
                Texts::One if !read.texts.is_empty() => errors.add(
                    lit,
                    format!("`#[{}(..)]` takes a single text", syntax.name),
                    format!("write it as `{}`", syntax.example),
                ),
                _ => read.texts.extend(string_lit(lit, "the text", syntax, errors)),
            },
            (Arg::KeyValue(_, Value::Lit(lit)), Some(known), _) => {
                if let Some(text) = string_lit(lit, &format!("`{known}`"), syntax, errors) {
                    read.values.push((known, text));
                }
            }
            (Arg::KeyValue(_, Value::Ident(ident)), Some(known), _) => errors.add(
                ident,
                format!("`{known} = {ident}` in `#[{}(..)]` needs quotes", syntax.name),
                format!("write `{known} = \"{ident}\"`"),
            ),
            (Arg::Flag(_), _, Some(flag)) => read.flags.push(flag),
            (Arg::Flag(key) | Arg::List(key), Some(known), _) => errors.add(
                key,
                format!("`{known}` in `#[{}(..)]` needs a value", syntax.name),
                format!("write `{known} = \"...\"`"),
            ),
            (Arg::KeyValue(key, _) | Arg::List(key), _, Some(flag)) => errors.add(
                key,
                format!("`{flag}` in `#[{}(..)]` takes no value", syntax.name),
                format!("write just `{flag}`"),
            ),
            (Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key), None, None) => {
                unknown_argument(key, syntax, errors)
            }
        }
    }
    let texts_missing = syntax.texts != Texts::None && read.texts.is_empty();
    let no_error_yet = args.iter().all(|arg| !matches!(arg, Arg::Lit(_) | Arg::Pair(..)));
    if texts_missing && no_error_yet {
        errors.add(
            attr,
            format!("`#[{}(..)]` needs its text", syntax.name),
            format!("write it as `{}`", syntax.example),
        );
    }
    Some(read)
}

/// A name from a fixed list (`law`, `lang`, `basis`), or an error that suggests the nearest.
fn one_of<T>(
    text: &Text,
    key: &str,
    names: &[&'static str],
    from_name: fn(&str) -> Option<T>,
    errors: &mut Errors,
) -> Option<T> {
    let found = from_name(&text.value);
    if found.is_none() {
        errors.add_at(
            text.span,
            format!("unknown {key} `{}`", text.value),
            format!(
                "{}`{key}` is one of {}",
                did_you_mean(&text.value, names.iter().copied()),
                list(names.iter().copied())
            ),
        );
    }
    found
}

/// `purpose = "orders, newsletter"`: each id, with the span of the whole string.
fn purpose_ids(text: &Text) -> Vec<Text> {
    text.value
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| Text { value: id.to_string(), span: text.span })
        .collect()
}

/// A purpose id is written as `#[consent(ID)]`, so it must be a snake_case identifier.
fn is_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn purpose(attr: &Attribute, errors: &mut Errors) -> Option<Purpose> {
    let errors_before = errors.len();
    let read = read(attr, &PURPOSE, errors)?;
    let text = read.first_text()?;
    let id = read.value("id").cloned().filter(|id| {
        if !is_identifier(&id.value) {
            errors.add_at(
                id.span,
                format!("the id `{}` in `#[purpose(..)]` is not a snake_case identifier", id.value),
                "a `#[consent(ID)]` box names it: write it like `id = \"newsletter\"`",
            );
            return false;
        }
        if ProspectingKind::from_id(&id.value).is_some() {
            errors.add_at(
                id.span,
                format!("the id `{}` in `#[purpose(..)]` is reserved for `#[{}]`", id.value, id.value),
                format!("use `#[{}]` on the struct, or give this purpose another id", id.value),
            );
            return false;
        }
        true
    });
    let basis = read.value("basis").and_then(|b| one_of(b, "basis", &Basis::names(), Basis::from_name, errors));
    Some(Purpose {
        attr: Site::of(attr),
        text,
        id,
        basis,
        basis_span: read.value("basis").map(|t| t.span),
        interest: read.text("interest"),
        retention: read.text("retention"),
        label: read.text("label"),
        marketing: read.value("marketing").and_then(|m| {
            one_of(m, "marketing", &MarketingChannel::names(), MarketingChannel::from_name, errors).map(|c| (c, m.span))
        }),
        sale: read.flag("sale"),
        complete: errors.len() == errors_before,
    })
}

/// Reads an attribute all of whose keys are required; `None` (with one error naming what lacks) otherwise.
fn read_complete(attr: &Attribute, syntax: &Syntax, source: &str, errors: &mut Errors) -> Option<Read> {
    let errors_before = errors.len();
    let read = read(attr, syntax, errors)?;
    let missing: Vec<&str> = syntax.keys.iter().copied().filter(|key| read.value(key).is_none()).collect();
    if !missing.is_empty() && errors.len() == errors_before {
        errors.add(
            attr,
            format!("`#[{}(..)]` lacks {} ({source})", syntax.name, list(missing.iter().copied())),
            format!("write it as `{}`", syntax.example),
        );
    }
    missing.is_empty().then_some(read)
}

fn controller(attr: &Attribute, errors: &mut Errors) -> Option<Controller> {
    let read = read_complete(attr, &CONTROLLER, "GDPR Art. 13(1)(a)", errors)?;
    Some(Controller {
        attr: Site::of(attr),
        name: read.string("name")?,
        address: read.string("address")?,
        contact: read.string("contact")?,
        outside_eu: read.flag("outside_eu"),
    })
}

/// `#[transfer(country = .., adequacy)]` or `#[transfer(country = .., safeguard = .., copy = ..)]` (GDPR
/// Art. 13(1)(f); R09).
fn transfer(attr: &Attribute, errors: &mut Errors) -> Option<Transfer> {
    let errors_before = errors.len();
    let read = read(attr, &TRANSFER, errors)?;
    if errors.len() != errors_before {
        return None;
    }
    let (adequacy, safeguard, copy) = (read.flag("adequacy"), read.text("safeguard"), read.string("copy"));
    let problem = match (read.value("country"), adequacy, &safeguard, &copy) {
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
    Some(Transfer { country: read.text("country")?, safeguard, copy })
}

/// An example written over several source lines, on one line.
fn one_line(example: &str) -> String {
    example.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `#[translation(lang = "en", "texte" = "text", ..)]`.
fn translation(attr: &Attribute, errors: &mut Errors) -> Option<Translation> {
    let syntax = Syntax {
        name: "translation",
        texts: Texts::None,
        keys: &["lang"],
        flags: &[],
        example: "#[translation(lang = \"en\", \"la gestion de vos commandes\" = \"managing your orders\")]",
    };
    let args = arguments(attr, &syntax, errors)?;
    let mut lang = None;
    let mut lang_given = false;
    let mut pairs = Vec::new();
    for arg in &args {
        match arg {
            Arg::KeyValue(key, Value::Lit(lit)) if key == "lang" && !lang_given => {
                lang_given = true;
                lang = string_lit(lit, "`lang`", &syntax, errors)
                    .and_then(|text| one_of(&text, "lang", &Lang::names(), Lang::from_name, errors));
            }
            Arg::Pair(from, Value::Lit(to)) => {
                let from = string_lit(from, "the text", &syntax, errors);
                let to = string_lit(to, "the translation", &syntax, errors);
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
            Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key) => unknown_argument(key, &syntax, errors),
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
fn struct_attr(attr: &Attribute, kind: StructAttr, form: &mut Form, errors: &mut Errors) {
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
            let errors_before = errors.len();
            if let Some(read) = read(attr, &NOTICE, errors) {
                if let Some(law) =
                    read.value("law").and_then(|t| one_of(t, "law", &Law::names(), Law::from_name, errors))
                {
                    form.law = law;
                    form.law_span = read.value("law").map(|t| t.span);
                }
                form.historical = read.flag("historical");
                form.prefix = read.text("prefix").filter(|prefix| {
                    let valid = prefix.value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    if !valid {
                        errors.add_at(
                            prefix.span,
                            format!("`prefix = \"{}\"` in `#[notice(..)]` is not a name", prefix.value),
                            "write the name the inputs are nested under, letters, digits and `_`: `prefix = \"form\"` \
                             renders `form[email]`",
                        );
                    }
                    valid
                });
                if let Some(audience) = read.value("audience") {
                    form.audience_span = Some(audience.span);
                    if let Some(audience) =
                        one_of(audience, "audience", &Audience::names(), Audience::from_name, errors)
                    {
                        form.audience = audience;
                    }
                }
                if let Some(lang) =
                    read.value("lang").and_then(|t| one_of(t, "lang", &Lang::names(), Lang::from_name, errors))
                {
                    form.lang = lang;
                }
                form.policy = read.text("policy");
            }
            form.law_known = errors.len() == errors_before;
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
            form.call_recording =
                read_complete(attr, &CALL, "CNIL, call recording, 2022", errors).and_then(|r| r.text("recorded"))
        }
        StructAttr::Representative => {
            form.representative = read_complete(attr, &REPRESENTATIVE, "GDPR Art. 13(1)(a), Art. 27", errors)
                .and_then(|r| Some(Representative { name: r.string("name")?, contact: r.string("contact")? }))
        }
        StructAttr::Transfer => form.transfers.extend(transfer(attr, errors)),
        StructAttr::AutomatedDecision => {
            form.automated_decision = read_complete(attr, &AUTOMATED_DECISION, "GDPR Art. 13(2)(f); R11", errors)
                .and_then(|r| {
                    Some(AutomatedDecision {
                        decision: r.text("decision")?,
                        logic: r.text("logic")?,
                        consequences: r.text("consequences")?,
                    })
                })
        }
        StructAttr::DataRequirement => {
            form.data_requirement = read_complete(attr, &DATA_REQUIREMENT, "GDPR Art. 13(2)(e); R10", errors)
                .and_then(|r| Some(DataRequirement { reason: r.text("reason")?, consequence: r.text("consequence")? }))
        }
        StructAttr::DataSource => {
            form.data_source = read_complete(attr, &DATA_SOURCE, "GDPR Art. 14(1)(d); R19", errors).and_then(|r| {
                Some(DataSource {
                    source: r.first_text()?.value,
                    categories: r.text("categories")?,
                    public: r.flag("public"),
                })
            })
        }
        StructAttr::Translation => form.translations.extend(translation(attr, errors)),
        StructAttr::Recipient => form.located_recipients.extend(located_recipient(attr, errors)),
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
            if let Some(kind) = kind.prospecting() {
                if let Some(read) = read(attr, &prospecting_syntax(kind), errors) {
                    form.prospecting.push(Prospecting {
                        attr: Site::of(attr),
                        name: Site::name(attr),
                        kind,
                        partners: read.text("partners"),
                        caller: read.string("caller"),
                        retention: read.text("retention"),
                    });
                }
            }
        }
    }
}

/// `#[recipient("..", country = "..")]`: a recipient and its ISO 3166-1 alpha-2 country (R09).
fn located_recipient(attr: &Attribute, errors: &mut Errors) -> Option<LocatedRecipient> {
    let read = read_complete(attr, &RECIPIENT, "GDPR Art. 13(1)(e), (f); R09", errors)?;
    let name = read.first_text()?;
    let country = read.text("country")?;
    let code = country.value.trim().to_ascii_uppercase();
    if crate::countries::country(&code).is_none() {
        // Common slips: the name instead of the code, or the codes the EU itself uses for the UK and Greece.
        let alias = match code.as_str() {
            "UK" => Some("GB"),
            "EL" => Some("GR"),
            _ => crate::countries::code_named(&country.value),
        };
        let help = match alias {
            Some(code) => {
                format!("did you mean `{code}`? `country` is an ISO 3166-1 alpha-2 code: `country = \"{code}\"`")
            }
            None => "`country` is an ISO 3166-1 alpha-2 code, two letters: `FR`, `DE`, `US`, `GB`, `MA`…".to_string(),
        };
        errors.add_at(country.span, format!("unknown country `{}` in `#[recipient(..)]`", country.value), help);
        return None;
    }
    Some(LocatedRecipient { attr: Site::of(attr), name, country: Text { value: code, span: country.span } })
}

/// `#[consent(ID)]`: exactly one id, an identifier or a string; never a pre-ticked flag.
fn consent(attr: &Attribute, errors: &mut Errors) -> Option<ConsentBox> {
    let syntax =
        Syntax { name: "consent", texts: Texts::One, keys: &[], flags: &[], example: "#[consent(partner_optout)]" };
    let args = arguments(attr, &syntax, errors)?;
    let mut ids = Vec::new();
    for arg in &args {
        match arg {
            Arg::Flag(ident) if !PRE_TICKED.contains(&ident.unraw().to_string().as_str()) => {
                ids.push(Text { value: ident.unraw().to_string(), span: ident.span() })
            }
            Arg::Lit(lit) => ids.extend(string_lit(lit, "the purpose id", &syntax, errors)),
            Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key) => unknown_argument(key, &syntax, errors),
            Arg::Pair(lit, _) => {
                errors.add(lit, "`#[consent(..)]` takes the id of a purpose", "write `#[consent(partner_optout)]`")
            }
        }
    }
    match ids.len() {
        0 if args.is_empty() => {
            errors.add(
                attr,
                "`#[consent]` needs the id of the purpose this box decides",
                "write `#[consent(partner_optout)]`, or the `id` of a purpose with `basis = \"consent\"`",
            );
            None
        }
        0 => None,
        1 => Some(ConsentBox { attr: Site::of(attr), id: ids.remove(0) }),
        _ => {
            errors.add_at(
                ids[1].span,
                "one box per purpose: `#[consent(..)]` names a single purpose (GDPR Recital 43; EDPB 05/2020 §42)",
                format!("give `{}` a field of its own", ids[1].value),
            );
            None
        }
    }
}

fn field(syn_field: &syn::Field, ident: &Ident, rename_all: Option<&str>, errors: &mut Errors) -> Field {
    let serde = serde_names::field(syn_field);
    let raw_name = ident.unraw().to_string();
    let name = serde.rename.clone().unwrap_or_else(|| {
        rename_all.map_or_else(|| raw_name.clone(), |rule| serde_names::apply_rename_all(rule, &raw_name))
    });
    let mut field = Field {
        ident: ident.clone(),
        ty: syn_field.ty.clone(),
        name,
        consent: None,
        required: false,
        label: None,
        personal_data: None,
        skipped: serde.skipped,
        default_fn: serde.default_fn,
        deserialize_with: serde.deserialize_with,
        kind: None,
        special: None,
        art9: None,
        purposes: Vec::new(),
        is_version: crate::check::last_segment(&syn_field.ty)
            .is_some_and(|last| last.ident == "NoticeVersion" && last.arguments.is_empty()),
    };
    for attr in &syn_field.attrs {
        let Some(attr_name) = attr.path().get_ident().map(|i| i.to_string()) else { continue };
        if let Some(struct_attr) = StructAttr::from_name(&attr_name) {
            errors.add(
                attr,
                format!("`#[{}]` goes on the struct, not on a field", struct_attr.name()),
                "move it above `struct`, next to the other declarations of the form",
            );
        } else if FieldAttr::from_name(&attr_name) == Some(FieldAttr::Consent) {
            if field.consent.is_some() {
                errors.add(
                    attr,
                    "a field is one box: `#[consent(..)]` is declared twice",
                    "keep one `#[consent(..)]` per field",
                );
            } else {
                field.consent = consent(attr, errors);
            }
        } else if FieldAttr::from_name(&attr_name) == Some(FieldAttr::PersonalData) {
            if field.personal_data.is_some() {
                errors.add(attr, "`#[personal_data]` is declared twice", "keep one `#[personal_data(..)]`");
            } else if let Some(read) = read(attr, &PERSONAL_DATA, errors) {
                field.required = read.flag("required");
                field.label = read.text("label");
                field.kind =
                    read.value("kind").and_then(|k| one_of(k, "kind", &DataKind::names(), DataKind::from_name, errors));
                field.special = read.value("special").and_then(|s| {
                    one_of(s, "special", &SpecialCategory::names(), SpecialCategory::from_name, errors)
                        .map(|c| (c, s.span))
                });
                field.art9 = read.value("art9").and_then(|a| {
                    one_of(a, "art9", &Art9Condition::names(), Art9Condition::from_name, errors).map(|c| (c, a.span))
                });
                field.purposes = read.value("purpose").map(purpose_ids).unwrap_or_default();
                field.personal_data = Some(Site::of(attr));
            }
        }
    }
    field
}

/// Phase 1: the form, or `None` if the input is not a struct with named fields (the error is recorded).
pub(crate) fn form(input: &DeriveInput, errors: &mut Errors) -> Option<Form> {
    let named = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Some(named),
            _ => None,
        },
        _ => None,
    };
    let Some(named) = named else {
        errors.add(
            &input.ident,
            "`#[derive(PrivacyNotice)]` works on a struct with named fields: the form a web framework deserializes",
            format!("declare the form as `struct {} {{ email: String, .. }}`", input.ident),
        );
        return None;
    };
    let mut form = Form {
        ident: input.ident.clone(),
        generics: input.generics.clone(),
        law: Law::Gdpr,
        law_known: true,
        law_span: None,
        historical: false,
        lang: Lang::Fr,
        policy: None,
        prefix: None,
        purposes: Vec::new(),
        recipients: Vec::new(),
        rights_contact: None,
        controller: None,
        representative: None,
        dpo: None,
        transfers: Vec::new(),
        automated_decision: None,
        data_source: None,
        data_requirement: None,
        withdrawal: None,
        translations: Vec::new(),
        retention: None,
        call_recording: None,
        audience: Audience::Consumers,
        audience_span: None,
        located_recipients: Vec::new(),
        parental_consent: None,
        serde_default: crate::serde_names::container_default(&input.attrs),
        prospecting: Vec::new(),
        fields: Vec::new(),
        attrs: Vec::new(),
    };
    for attr in &input.attrs {
        let Some(name) = attr.path().get_ident().map(|i| i.to_string()) else { continue };
        if let Some(kind) = StructAttr::from_name(&name) {
            struct_attr(attr, kind, &mut form, errors);
        } else if let Some(field_attr) = FieldAttr::from_name(&name) {
            errors.add(
                attr,
                format!("`#[{}(..)]` goes on a field, not on the struct", field_attr.name()),
                "put it on the field it describes, e.g. `#[consent(partner_optout)] no_partner_use: Checkbox`",
            );
        }
    }
    form.prospecting.sort_by_key(|p| p.kind.rank());
    let rename_all = serde_names::rename_all(&input.attrs);
    for syn_field in &named.named {
        if let Some(ident) = &syn_field.ident {
            form.fields.push(field(syn_field, ident, rename_all.as_deref(), errors));
        }
    }
    Some(form)
}
