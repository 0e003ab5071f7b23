//! What each attribute accepts (its `Syntax`), and the reading of its arguments against it.

use syn::ext::IdentExt;
use syn::{Attribute, Ident};

use crate::args::{self, Arg, Lit, Value};
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
    pub(super) keys: &'static [&'static str],
    pub(super) flags: &'static [&'static str],
    /// A correct use, for help messages.
    pub(super) example: &'static str,
}

pub(super) const NOTICE: Syntax = Syntax {
    name: "notice",
    texts: Texts::None,
    keys: &["law", "lang", "subjects", "policy", "sector", "audience", "prefix", "crate", "id"],
    flags: &["historical"],
    example: "#[notice(lang = \"fr\", subjects = \"customer\")]",
};
pub(super) const PURPOSE: Syntax = Syntax {
    name: "purpose",
    texts: Texts::One,
    keys: &["id", "data_use", "basis", "interest", "law", "retention", "label", "marketing"],
    flags: &["sale"],
    example: "#[purpose(\"la gestion de vos commandes\", data_use = \"essential.service\", basis = \"contract\")]",
};
pub(super) const RECIPIENTS: Syntax = Syntax {
    name: "recipients",
    texts: Texts::Many,
    keys: &[],
    flags: &[],
    example: "#[recipients(\"notre service commercial\", \"nos transporteurs\")]",
};
pub(super) const RIGHTS_CONTACT: Syntax = Syntax {
    name: "rights_contact",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[rights_contact(\"Service clientèle, 12 rue de la Paix, 75002 Paris\")]",
};
pub(super) const CONTROLLER: Syntax = Syntax {
    name: "controller",
    texts: Texts::None,
    keys: &["name", "address", "contact", "country", "authority"],
    flags: &["outside_eu"],
    example: "#[controller(name = \"Boutique SAS\", address = \"12 rue de la Paix, 75002 Paris\", contact = \
              \"dpo@boutique.fr\", country = \"FR\")]",
};
pub(super) const RETENTION: Syntax = Syntax {
    name: "retention",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[retention(\"3 ans après notre dernier contact\")]",
};
pub(super) const DPO: Syntax =
    Syntax { name: "dpo", texts: Texts::One, keys: &[], flags: &[], example: "#[dpo(\"dpo@boutique.fr\")]" };
pub(super) const REPRESENTATIVE: Syntax = Syntax {
    name: "representative",
    texts: Texts::None,
    keys: &["name", "contact"],
    flags: &[],
    example: "#[representative(name = \"Boutique EU SARL\", contact = \"eu@boutique.com\")]",
};
pub(super) const TRANSFER: Syntax = Syntax {
    name: "transfer",
    texts: Texts::None,
    keys: &["country", "safeguard", "copy"],
    flags: &["adequacy", "dpf"],
    example: "#[transfer(country = \"US\", safeguard = \"standard_contractual_clauses\", copy = \"dpo@boutique.fr\")]",
};
pub(super) const AUTOMATED_DECISION: Syntax = Syntax {
    name: "automated_decision",
    texts: Texts::None,
    keys: &["decision", "logic", "consequences", "basis", "law"],
    flags: &[],
    example: "#[automated_decision(decision = \"votre demande de crédit\", logic = \"vos revenus et charges \
              déclarés\", consequences = \"un refus du crédit\", basis = \"contract\")]",
};
pub(super) const DATA_SOURCE: Syntax = Syntax {
    name: "data_source",
    texts: Texts::One,
    keys: &["categories"],
    flags: &["public"],
    example: "#[data_source(\"Annuaire Pro SA\", categories = \"vos nom et téléphone professionnels\")]",
};
pub(super) const DATA_REQUIREMENT: Syntax = Syntax {
    name: "data_requirement",
    texts: Texts::None,
    keys: &["reason", "consequence"],
    flags: &[],
    example: "#[data_requirement(reason = \"traiter votre commande\", consequence = \"nous ne pourrons pas la \
              livrer\")]",
};
pub(super) const WITHDRAWAL: Syntax = Syntax {
    name: "withdrawal",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[withdrawal(\"https://boutique.fr/mon-compte/consentements\")]",
};
pub(super) const CALL: Syntax = Syntax {
    name: "call",
    texts: Texts::None,
    keys: &["recorded"],
    flags: &[],
    example: "#[call(recorded = \"la formation de nos conseillers\")]",
};
pub(super) const RECIPIENT: Syntax = Syntax {
    name: "recipient",
    texts: Texts::One,
    keys: &["country"],
    flags: &[],
    example: "#[recipient(\"notre hébergeur\", country = \"DE\")]",
};
pub(super) const JOINT_CONTROLLER: Syntax = Syntax {
    name: "joint_controller",
    texts: Texts::None,
    keys: &["name", "contact", "arrangement"],
    flags: &[],
    example: "#[joint_controller(name = \"Club Voile SA\", contact = \"dpo@clubvoile.fr\", arrangement = \"le club \
              organise les stages, nous gérons les inscriptions\")]",
};
pub(super) const WORDING: Syntax = Syntax {
    name: "wording",
    texts: Texts::None,
    keys: &["allow", "reason"],
    flags: &[],
    example: "#[wording(allow = \"illimité\", reason = \"« forfait illimité » is the name of a plan, not a retention\")]",
};
pub(super) const PARENTAL_CONSENT: Syntax = Syntax {
    name: "parental_consent",
    texts: Texts::One,
    keys: &[],
    flags: &[],
    example: "#[parental_consent(\"un e-mail envoyé à votre parent, qui confirme par un lien\")]",
};

/// The arguments of an attribute, once checked against its [`Syntax`].
#[derive(Default)]
pub(super) struct Read {
    pub(super) texts: Vec<Text>,
    pub(super) values: Vec<(&'static str, Text)>,
    pub(super) flags: Vec<&'static str>,
}

impl Read {
    pub(super) fn value(&self, key: &str) -> Option<&Text> {
        self.values.iter().find(|(k, _)| *k == key).map(|(_, text)| text)
    }

    pub(super) fn string(&self, key: &str) -> Option<String> {
        self.value(key).map(|text| text.value.clone())
    }

    pub(super) fn text(&self, key: &str) -> Option<Text> {
        self.value(key).cloned()
    }

    pub(super) fn first_text(&self) -> Option<Text> {
        self.texts.first().cloned()
    }

    pub(super) fn flag(&self, key: &str) -> bool {
        self.flags.contains(&key)
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
        syntax.keys.iter().chain(syntax.flags).copied().filter(|key| !REPLACED.contains(key)).collect();
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

/// Reads `attr` against `syntax`; `None` if it is not even well-formed (the error is recorded).
pub(super) fn read(attr: &Attribute, syntax: &Syntax, errors: &mut Errors) -> Option<Read> {
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
    optional: &[&str],
    source: &str,
    errors: &mut Errors,
) -> Option<Read> {
    let errors_before = errors.len();
    let read = read(attr, syntax, errors)?;
    let missing: Vec<&str> =
        syntax.keys.iter().copied().filter(|key| !optional.contains(key) && read.value(key).is_none()).collect();
    if !missing.is_empty() && errors.len() == errors_before {
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
