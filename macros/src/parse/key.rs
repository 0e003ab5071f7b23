//! The keys the attributes take, as symbols (serde's `internals/symbol.rs`): the syntax tables list them and the
//! readers ask for them by the same constant, so that a key misspelt in the derive's own code does not compile.

use std::fmt;

/// A key or a flag of an attribute, as written (`basis` in `#[purpose(.., basis = "..")]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Key(pub(crate) &'static str);

impl Key {
    /// The key as written.
    pub(crate) const fn name(self) -> &'static str {
        self.0
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for Key {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

pub(crate) const ADDRESS: Key = Key("address");
pub(crate) const ADEQUACY: Key = Key("adequacy");
pub(crate) const ALLOW: Key = Key("allow");
pub(crate) const ARRANGEMENT: Key = Key("arrangement");
pub(crate) const ART9: Key = Key("art9");
pub(crate) const AUDIENCE: Key = Key("audience");
pub(crate) const AUTHORITY: Key = Key("authority");
pub(crate) const BASIS: Key = Key("basis");
pub(crate) const CALLER: Key = Key("caller");
pub(crate) const CATEGORIES: Key = Key("categories");
pub(crate) const CATEGORY: Key = Key("category");
pub(crate) const CONSEQUENCE: Key = Key("consequence");
pub(crate) const CONSEQUENCES: Key = Key("consequences");
pub(crate) const CONTACT: Key = Key("contact");
pub(crate) const COPY: Key = Key("copy");
pub(crate) const COUNTRY: Key = Key("country");
pub(crate) const CRATE: Key = Key("crate");
pub(crate) const DATA_USE: Key = Key("data_use");
pub(crate) const DECISION: Key = Key("decision");
pub(crate) const DPF: Key = Key("dpf");
pub(crate) const HISTORICAL: Key = Key("historical");
pub(crate) const ID: Key = Key("id");
pub(crate) const INTEREST: Key = Key("interest");
pub(crate) const KIND: Key = Key("kind");
pub(crate) const LABEL: Key = Key("label");
pub(crate) const LANG: Key = Key("lang");
pub(crate) const LAW: Key = Key("law");
pub(crate) const LOGIC: Key = Key("logic");
pub(crate) const MARKETING: Key = Key("marketing");
pub(crate) const NAME: Key = Key("name");
pub(crate) const NONE: Key = Key("none");
pub(crate) const OUTSIDE_EU: Key = Key("outside_eu");
pub(crate) const PARTNERS: Key = Key("partners");
pub(crate) const POLICY: Key = Key("policy");
pub(crate) const PREFIX: Key = Key("prefix");
pub(crate) const PUBLIC: Key = Key("public");
pub(crate) const PURPOSE: Key = Key("purpose");
pub(crate) const REASON: Key = Key("reason");
pub(crate) const RECORDED: Key = Key("recorded");
pub(crate) const REQUIRED: Key = Key("required");
pub(crate) const RETENTION: Key = Key("retention");
pub(crate) const SAFEGUARD: Key = Key("safeguard");
pub(crate) const SALE: Key = Key("sale");
pub(crate) const SECRECY: Key = Key("secrecy");
pub(crate) const SECTOR: Key = Key("sector");
pub(crate) const SPECIAL: Key = Key("special");
pub(crate) const SUBJECTS: Key = Key("subjects");
