//! What each attribute accepts (its `Syntax`), and the reading of its arguments against it.

use syn::ext::IdentExt;
use syn::{Attribute, Ident};

use super::key::{self, Key};
use crate::args::{self, Arg, Lit, Value};
use crate::attr_kind::{FieldAttr, StructAttr};
use crate::decl::Text;
use crate::errors::Errors;
use crate::suggest::{did_you_mean, list};

/// Words that would declare a box pre-ticked, which the law forbids (Recital 32; CJEU C-673/17 Planet49).
pub(super) const PRE_TICKED: [&str; 7] =
    ["checked", "default", "pre_ticked", "preticked", "ticked", "selected", "prechecked"];

/// How many unnamed texts an attribute takes.
#[derive(PartialEq, Eq)]
pub(super) enum Texts {
    None,
    One,
    Many,
}

/// What an attribute accepts.
pub(super) struct Syntax {
    pub(super) name: &'static str,
    pub(super) texts: Texts,
    pub(super) keys: &'static [Key],
    pub(super) flags: &'static [Key],
    /// A correct use, for help messages.
    pub(super) example: &'static str,
}

pub(super) const NOTICE: Syntax = Syntax {
    name: StructAttr::Notice.name(),
    texts: Texts::None,
    keys: &[
        key::LAW,
        key::LANG,
        key::SUBJECTS,
        key::POLICY,
        key::SECTOR,
        key::AUDIENCE,
        key::PREFIX,
        key::CRATE,
        key::ID,
    ],
    flags: &[key::HISTORICAL],
    example: "#[notice(lang = \"fr\", subjects = \"customer\")]",
};
pub(super) const PURPOSE: Syntax = Syntax {
    name: StructAttr::Purpose.name(),
    texts: Texts::One,
    keys: &[key::ID, key::DATA_USE, key::BASIS, key::INTEREST, key::LAW, key::RETENTION, key::LABEL, key::MARKETING],
    flags: &[key::SALE],
    example: "#[purpose(\"la gestion de vos commandes\", data_use = \"essential.service\", basis = \"contract\")]",
};
pub(super) const RECIPIENTS: Syntax = Syntax {
    name: StructAttr::Recipients.name(),
    texts: Texts::Many,
    keys: &[],
    flags: &[],
    example: "#[recipients(\"notre service commercial\", \"nos transporteurs\")]",
};
pub(super) const RIGHTS_CONTACT: Syntax = Syntax {
    name: StructAttr::RightsContact.name(),
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[rights_contact(\"Service clientèle, 12 rue de la Paix, 75002 Paris\")]",
};
pub(super) const CONTROLLER: Syntax = Syntax {
    name: StructAttr::Controller.name(),
    texts: Texts::None,
    keys: &[key::NAME, key::ADDRESS, key::CONTACT, key::COUNTRY, key::AUTHORITY],
    flags: &[key::OUTSIDE_EU],
    example: "#[controller(name = \"Boutique SAS\", address = \"12 rue de la Paix, 75002 Paris\", contact = \
              \"dpo@boutique.fr\", country = \"FR\")]",
};
pub(super) const RETENTION: Syntax = Syntax {
    name: StructAttr::Retention.name(),
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[retention(\"3 ans après notre dernier contact\")]",
};
pub(super) const DPO: Syntax = Syntax {
    name: StructAttr::Dpo.name(),
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[dpo(\"dpo@boutique.fr\")]",
};
pub(super) const REPRESENTATIVE: Syntax = Syntax {
    name: StructAttr::Representative.name(),
    texts: Texts::None,
    keys: &[key::NAME, key::CONTACT],
    flags: &[],
    example: "#[representative(name = \"Boutique EU SARL\", contact = \"eu@boutique.com\")]",
};
pub(super) const TRANSFER: Syntax = Syntax {
    name: StructAttr::Transfer.name(),
    texts: Texts::None,
    keys: &[key::COUNTRY, key::SAFEGUARD, key::COPY],
    flags: &[key::ADEQUACY, key::DPF],
    example: "#[transfer(country = \"US\", safeguard = \"standard_contractual_clauses\", copy = \"dpo@boutique.fr\")]",
};
pub(super) const AUTOMATED_DECISION: Syntax = Syntax {
    name: StructAttr::AutomatedDecision.name(),
    texts: Texts::None,
    keys: &[key::DECISION, key::LOGIC, key::CONSEQUENCES, key::BASIS, key::LAW],
    flags: &[],
    example: "#[automated_decision(decision = \"votre demande de crédit\", logic = \"vos revenus et charges \
              déclarés\", consequences = \"un refus du crédit\", basis = \"contract\")]",
};
pub(super) const DATA_SOURCE: Syntax = Syntax {
    name: StructAttr::DataSource.name(),
    texts: Texts::One,
    keys: &[key::CATEGORIES],
    flags: &[key::PUBLIC],
    example: "#[data_source(\"Annuaire Pro SA\", categories = \"vos nom et téléphone professionnels\")]",
};
pub(super) const DATA_REQUIREMENT: Syntax = Syntax {
    name: StructAttr::DataRequirement.name(),
    texts: Texts::None,
    keys: &[key::REASON, key::CONSEQUENCE],
    flags: &[],
    example: "#[data_requirement(reason = \"traiter votre commande\", consequence = \"nous ne pourrons pas la \
              livrer\")]",
};
pub(super) const WITHDRAWAL: Syntax = Syntax {
    name: StructAttr::Withdrawal.name(),
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[withdrawal(\"https://boutique.fr/mon-compte/consentements\")]",
};
pub(super) const CALL: Syntax = Syntax {
    name: StructAttr::Call.name(),
    texts: Texts::None,
    keys: &[key::RECORDED],
    flags: &[],
    example: "#[call(recorded = \"la formation de nos conseillers\")]",
};
pub(super) const RECIPIENT: Syntax = Syntax {
    name: StructAttr::Recipient.name(),
    texts: Texts::One,
    keys: &[key::COUNTRY],
    flags: &[],
    example: "#[recipient(\"notre hébergeur\", country = \"DE\")]",
};
pub(super) const JOINT_CONTROLLER: Syntax = Syntax {
    name: StructAttr::JointController.name(),
    texts: Texts::None,
    keys: &[key::NAME, key::CONTACT, key::ARRANGEMENT],
    flags: &[],
    example: "#[joint_controller(name = \"Club Voile SA\", contact = \"dpo@clubvoile.fr\", arrangement = \"le club \
              organise les stages, nous gérons les inscriptions\")]",
};
pub(super) const WORDING: Syntax = Syntax {
    name: StructAttr::Wording.name(),
    texts: Texts::None,
    keys: &[key::ALLOW, key::REASON],
    flags: &[],
    example: "#[wording(allow = \"illimité\", reason = \"« forfait illimité » is the name of a plan, not a retention\")]",
};
pub(super) const PARENTAL_CONSENT: Syntax = Syntax {
    name: StructAttr::ParentalConsent.name(),
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[parental_consent(\"un e-mail envoyé à votre parent, qui confirme par un lien\")]",
};

pub(super) const PARTNER_OPTOUT: Syntax = Syntax {
    name: StructAttr::PartnerOptout.name(),
    texts: Texts::None,
    keys: &[key::PARTNERS, key::RETENTION],
    flags: &[],
    example: "#[partner_optout(partners = \"des éditeurs de presse\")]",
};
pub(super) const PARTNER_EMAIL_OPTIN: Syntax = Syntax {
    name: StructAttr::PartnerEmailOptin.name(),
    texts: Texts::None,
    keys: &[key::PARTNERS, key::RETENTION],
    flags: &[],
    example: "#[partner_email_optin(partners = \"https://example.fr/partenaires\")]",
};
pub(super) const SIMILAR_OFFERS_OPTOUT: Syntax = Syntax {
    name: StructAttr::SimilarOffersOptout.name(),
    texts: Texts::None,
    keys: &[key::PARTNERS, key::RETENTION],
    flags: &[],
    example: "#[similar_offers_optout]",
};
pub(super) const PHONE_OPTIN: Syntax = Syntax {
    name: StructAttr::PhoneOptin.name(),
    texts: Texts::None,
    keys: &[key::CALLER, key::RETENTION],
    flags: &[],
    example: "#[phone_optin(caller = \"Boutique SAS\")]",
};
pub(super) const PHONE_OPTOUT: Syntax = Syntax {
    name: StructAttr::PhoneOptout.name(),
    texts: Texts::None,
    keys: &[],
    flags: &[],
    example: "#[phone_optin(caller = \"Boutique SAS\")]",
};
pub(super) const TRANSLATION: Syntax = Syntax {
    name: StructAttr::Translation.name(),
    texts: Texts::None,
    keys: &[key::LANG],
    flags: &[],
    example: "#[translation(lang = \"en\", \"la gestion de vos commandes\" = \"managing your orders\")]",
};
pub(super) const CONSENT: Syntax = Syntax {
    name: FieldAttr::Consent.name(),
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[consent(partner_optout)]",
};
pub(super) const PERSONAL_DATA: Syntax = Syntax {
    name: FieldAttr::PersonalData.name(),
    texts: Texts::None,
    keys: &[key::CATEGORY, key::LABEL, key::PURPOSE, key::ART9, key::LAW, key::SECRECY, key::KIND, key::SPECIAL],
    flags: &[key::REQUIRED, key::NONE],
    example: "#[personal_data(category = \"user.contact.email\", required, label = \"adresse e-mail\")]",
};

/// Each struct attribute's syntax: with [`StructAttr`] (its kind, name, whether it repeats, which regime has words
/// for it), the one row that describes an attribute. A new attribute without its syntax does not compile.
pub(super) const fn of(attr: StructAttr) -> &'static Syntax {
    match attr {
        StructAttr::Notice => &NOTICE,
        StructAttr::Purpose => &PURPOSE,
        StructAttr::Recipients => &RECIPIENTS,
        StructAttr::RightsContact => &RIGHTS_CONTACT,
        StructAttr::Controller => &CONTROLLER,
        StructAttr::Retention => &RETENTION,
        StructAttr::PartnerOptout => &PARTNER_OPTOUT,
        StructAttr::PartnerEmailOptin => &PARTNER_EMAIL_OPTIN,
        StructAttr::SimilarOffersOptout => &SIMILAR_OFFERS_OPTOUT,
        StructAttr::PhoneOptin => &PHONE_OPTIN,
        StructAttr::PhoneOptout => &PHONE_OPTOUT,
        StructAttr::Dpo => &DPO,
        StructAttr::Representative => &REPRESENTATIVE,
        StructAttr::Transfer => &TRANSFER,
        StructAttr::AutomatedDecision => &AUTOMATED_DECISION,
        StructAttr::DataSource => &DATA_SOURCE,
        StructAttr::DataRequirement => &DATA_REQUIREMENT,
        StructAttr::Withdrawal => &WITHDRAWAL,
        StructAttr::Translation => &TRANSLATION,
        StructAttr::Call => &CALL,
        StructAttr::Recipient => &RECIPIENT,
        StructAttr::ParentalConsent => &PARENTAL_CONSENT,
        StructAttr::JointController => &JOINT_CONTROLLER,
        StructAttr::Wording => &WORDING,
    }
}

/// Each field attribute's syntax, as [`of`] for the struct's.
pub(super) const fn of_field(attr: FieldAttr) -> &'static Syntax {
    match attr {
        FieldAttr::Consent => &CONSENT,
        FieldAttr::PersonalData => &PERSONAL_DATA,
    }
}

/// The arguments of an attribute, once checked against its [`Syntax`].
#[derive(Default)]
pub(super) struct Read {
    pub(super) texts: Vec<Text>,
    pub(super) values: Vec<(Key, Text)>,
    pub(super) flags: Vec<Key>,
    /// Whether reading the attribute, or turning one of its values into what it names ([`Read::parsed`]),
    /// recorded an error: the attribute is then incomplete, and the rules that need it whole skip it (one mistake,
    /// one message).
    failed: std::cell::Cell<bool>,
}

impl Read {
    pub(super) fn value(&self, key: Key) -> Option<&Text> {
        self.values.iter().find(|(k, _)| *k == key).map(|(_, text)| text)
    }

    pub(super) fn string(&self, key: Key) -> Option<String> {
        self.value(key).map(|text| text.value.clone())
    }

    pub(super) fn text(&self, key: Key) -> Option<Text> {
        self.value(key).cloned()
    }

    pub(super) fn first_text(&self) -> Option<Text> {
        self.texts.first().cloned()
    }

    pub(super) fn flag(&self, key: Key) -> bool {
        self.flags.contains(&key)
    }

    /// The value of `key` turned into what it names by `parse` (which records its own error and answers `None`
    /// when the value names nothing): a value given but not understood marks the attribute failed.
    pub(super) fn parsed<T>(&self, key: Key, parse: impl FnOnce(&Text) -> Option<T>) -> Option<T> {
        let text = self.value(key)?;
        let parsed = parse(text);
        if parsed.is_none() {
            self.fail();
        }
        parsed
    }

    /// Records that a problem of this attribute was reported.
    pub(super) fn fail(&self) {
        self.failed.set(true);
    }

    /// Whether a problem of this attribute was reported while reading it.
    pub(super) fn failed(&self) -> bool {
        self.failed.get()
    }
}

/// A non-empty string literal, or an error that says what to write.
pub(super) fn string_lit(lit: &Lit, what: &str, syntax: &Syntax, errors: &mut Errors) -> Option<Text> {
    match lit.string() {
        Some(value) if value.trim().is_empty() => {
            errors.add(
                lit,
                format!("{what} in `#[{}(..)]` is empty", syntax.name),
                format!("write it, as in `{}`", syntax.example),
            );
            None
        }
        Some(value) => Some(Text { value: value.to_string(), span: lit.span() }),
        None => {
            errors.add(
                lit,
                format!("{what} in `#[{}(..)]` must be a string", syntax.name),
                "put it in double quotes: `\"...\"`",
            );
            None
        }
    }
}

/// The keys of version 0.2, still read so that their error names the key that replaced them, but no longer offered.
const REPLACED: &[&str] = &["audience", "marketing", "kind", "special", "outside_eu"];

pub(super) fn unknown_argument(key: &Ident, syntax: &Syntax, errors: &mut Errors) {
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
    let valid: Vec<&str> =
        syntax.keys.iter().chain(syntax.flags).map(|key| key.name()).filter(|key| !REPLACED.contains(key)).collect();
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
pub(super) fn arguments(attr: &Attribute, syntax: &Syntax, errors: &mut Errors) -> Option<Vec<Arg>> {
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

/// Reads `attr` against `syntax`; `None` if it is not even well-formed (the error is recorded). Every problem
/// recorded while reading marks the result [`Read::failed`].
pub(super) fn read(attr: &Attribute, syntax: &Syntax, errors: &mut Errors) -> Option<Read> {
    let args = arguments(attr, syntax, errors)?;
    let mut read = Read::default();
    for arg in &args {
        let key = arg.key().map(|key| key.unraw().to_string());
        let known_key = key.as_deref().and_then(|k| syntax.keys.iter().find(|x| **x == *k).copied());
        let known_flag = key.as_deref().and_then(|k| syntax.flags.iter().find(|x| **x == *k).copied());
        let repeated = known_key.or(known_flag).filter(|k| read.value(*k).is_some() || read.flag(*k));
        if let Some(repeated) = repeated {
            read.fail();
            errors.add_at(
                arg.span(),
                format!("`{repeated}` is given twice in `#[{}(..)]`", syntax.name),
                format!("keep one `{repeated}`"),
            );
            continue;
        }
        match (arg, known_key, known_flag) {
            (Arg::Lit(lit), _, _) if syntax.texts == Texts::Many || read.texts.is_empty() => {
                if syntax.texts == Texts::None {
                    read.fail();
                    errors.add(
                        lit,
                        format!("`#[{}(..)]` takes no unnamed text", syntax.name),
                        format!("write it as `{}`", syntax.example),
                    );
                } else {
                    match string_lit(lit, "the text", syntax, errors) {
                        Some(text) => read.texts.push(text),
                        None => read.fail(),
                    }
                }
            }
            (Arg::KeyValue(_, Value::Lit(lit)), Some(known), _) => {
                match string_lit(lit, &format!("`{known}`"), syntax, errors) {
                    Some(text) => read.values.push((known, text)),
                    None => read.fail(),
                }
            }
            (Arg::Flag(_), _, Some(flag)) => read.flags.push(flag),
            (arg, known_key, known_flag) => {
                read.fail();
                misplaced(arg, known_key, known_flag, syntax, errors);
            }
        }
    }
    let texts_missing = syntax.texts != Texts::None && read.texts.is_empty();
    let no_error_yet = args.iter().all(|arg| !matches!(arg, Arg::Lit(_) | Arg::Pair(..)));
    if texts_missing && no_error_yet {
        read.fail();
        errors.add(
            attr,
            format!("`#[{}(..)]` needs its text", syntax.name),
            format!("write it as `{}`", syntax.example),
        );
    }
    Some(read)
}

/// The message for an argument in a place its attribute does not take it: a pair outside `#[translation]`, a
/// second text, a key without its value or a flag with one, an unquoted value, an unknown key.
fn misplaced(arg: &Arg, known_key: Option<Key>, known_flag: Option<Key>, syntax: &Syntax, errors: &mut Errors) {
    match (arg, known_key, known_flag) {
        (Arg::Pair(lit, _), _, _) => errors.add(
            lit,
            format!("`\"..\" = \"..\"` pairs belong in `#[translation(..)]`, not in `#[{}(..)]`", syntax.name),
            format!("write it as `{}`", syntax.example),
        ),
        (Arg::Lit(lit), _, _) => errors.add(
            lit,
            format!("`#[{}(..)]` takes a single text", syntax.name),
            format!("write it as `{}`", syntax.example),
        ),
        (Arg::KeyValue(_, Value::Ident(ident)), Some(known), _) => errors.add(
            ident,
            format!("`{known} = {ident}` in `#[{}(..)]` needs quotes", syntax.name),
            format!("write `{known} = \"{ident}\"`"),
        ),
        (Arg::Flag(key) | Arg::List(key) | Arg::KeyValue(key, _), Some(known), _) => errors.add(
            key,
            format!("`{known}` in `#[{}(..)]` needs a value", syntax.name),
            format!("write `{known} = \"...\"`"),
        ),
        (Arg::KeyValue(key, _) | Arg::List(key) | Arg::Flag(key), _, Some(flag)) => errors.add(
            key,
            format!("`{flag}` in `#[{}(..)]` takes no value", syntax.name),
            format!("write just `{flag}`"),
        ),
        (Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key), None, None) => unknown_argument(key, syntax, errors),
    }
}

/// A name from a fixed list (`law`, `lang`, `basis`), or an error that suggests the nearest.
pub(super) fn one_of<T>(
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

/// Reads an attribute all of whose keys are required but `optional` (which a rule judges, with its own message);
/// `None` (with one error naming what lacks) otherwise.
pub(super) fn read_complete(
    attr: &Attribute,
    syntax: &Syntax,
    optional: &[Key],
    source: &str,
    errors: &mut Errors,
) -> Option<Read> {
    let read = read(attr, syntax, errors)?;
    let missing: Vec<&str> = syntax
        .keys
        .iter()
        .filter(|key| !optional.contains(key) && read.value(**key).is_none())
        .map(|key| key.name())
        .collect();
    if !missing.is_empty() && !read.failed() {
        errors.add(
            attr,
            format!("`#[{}(..)]` lacks {} ({source})", syntax.name, list(missing.iter().copied())),
            format!("write it as `{}`", syntax.example),
        );
    }
    missing.is_empty().then_some(read)
}

/// A key of one of the taxonomy's lists, or an error listing the nearest valid ones.
pub(super) fn term(text: &Text, key: &str, terms: crate::taxonomy::List, errors: &mut Errors) -> Option<Text> {
    let value = text.value.trim();
    if terms.find(value).is_some() {
        return Some(Text { value: value.to_string(), span: text.span });
    }
    let typed = value.to_lowercase();
    let typed_tail = typed.rsplit('.').next().unwrap_or(&typed);
    let mut nearest: Vec<(usize, usize, &str)> = terms
        .terms()
        .iter()
        .map(|term| {
            // A key that continues what was written (`user.health` → `user.health_and_medical`) is nearest; then a
            // key one of whose segments starts with its last word; then the fewest edits, to the whole key or to
            // its last segment, wherever it sits in the tree.
            let tail = term.key.rsplit('.').next().unwrap_or(term.key);
            let distance = if term.key.starts_with(typed.as_str()) {
                0
            } else if typed_tail.len() >= 3 && term.key.split('.').any(|segment| segment.starts_with(typed_tail)) {
                1
            } else {
                2 + crate::suggest::edit_distance(&typed, term.key).min(crate::suggest::edit_distance(&typed, tail) + 1)
            };
            (distance, term.key.len(), term.key)
        })
        .collect();
    nearest.sort();
    let nearest: Vec<&str> = nearest.iter().take(3).map(|(_, _, key)| *key).collect();
    errors.add_at(
        text.span,
        format!(
            "unknown {key} `{value}`: a form's facts come from closed lists (fideslang's taxonomy, with our additions)"
        ),
        format!(
            "the nearest are {}; every value, with what it means, is in the README's table of data subjects, uses \
             and categories",
            list(nearest.iter().copied())
        ),
    );
    None
}

/// A key of version 0.2 that a fact replaced: an error naming its replacement.
pub(super) fn replaced(span: proc_macro2::Span, old: &str, attr: &str, new: &str, example: &str, errors: &mut Errors) {
    errors.add_at(
        span,
        format!(
            "`{old}` in `#[{attr}(..)]` is replaced by `{new}`: every form now states this fact from a closed list"
        ),
        format!("write `{example}`"),
    );
}

/// An example written over several source lines, on one line.
pub(super) fn one_line(example: &str) -> String {
    example.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_attribute_s_syntax_bears_its_name() {
        for attr in StructAttr::ALL {
            assert_eq!(of(attr).name, attr.name());
        }
        for attr in FieldAttr::ALL {
            assert_eq!(of_field(attr).name, attr.name());
        }
    }
}
