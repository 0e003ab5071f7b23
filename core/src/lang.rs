//! The languages the library writes in, and the `{"fr": .., "en": .., ..}` shape every per-language value takes.

use std::cell::Cell;

use serde::Serialize;

use crate::texts::lang::{self, Catalog};
use serde::ser::{SerializeMap, Serializer};

/// A language the library writes its texts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Polish.
    Pl,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every language, in a fixed order (used for the notice's version digest).
    pub const ALL: [Lang; 8] = [Lang::Fr, Lang::En, Lang::De, Lang::Es, Lang::It, Lang::Nl, Lang::Pl, Lang::Pt];

    /// Every word the library writes in this language: the only place that matches on a language.
    pub const fn catalog(self) -> &'static Catalog {
        match self {
            Lang::Fr => &lang::fr::CATALOG,
            Lang::En => &lang::en::CATALOG,
            Lang::De => &lang::de::CATALOG,
            Lang::Es => &lang::es::CATALOG,
            Lang::It => &lang::it::CATALOG,
            Lang::Nl => &lang::nl::CATALOG,
            Lang::Pl => &lang::pl::CATALOG,
            Lang::Pt => &lang::pt::CATALOG,
        }
    }

    /// The language's place in [`Lang::ALL`]: the index of its entry in every per-language table.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code, as used in an HTML `lang` attribute.
    pub const fn code(self) -> &'static str {
        ["fr", "en", "de", "es", "it", "nl", "pl", "pt"][self.index()]
    }

    /// The colon between a label and its value: French typography puts a space before it (`Régime : gdpr`).
    pub const fn colon(self) -> &'static str {
        self.catalog().grammar.colon
    }

    /// The language whose code is `code` (`"fr"`, `"de"`, …, ignoring ASCII case).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// `lang` if `langs` (a form's languages, its own first) has it, otherwise the form's own language: a notice is
/// never printed half in one language and half in another.
pub fn shown(langs: &[Lang], lang: Lang) -> Lang {
    if langs.contains(&lang) { lang } else { langs.first().copied().unwrap_or(lang) }
}

thread_local! {
    /// The languages a [`PerLang`] writes, by [`Lang::index`]: all of them, unless [`serialize_in`] narrows them.
    static SERIALIZED: Cell<[bool; Lang::ALL.len()]> = const { Cell::new([true; Lang::ALL.len()]) };
}

/// Runs `serialize` with every per-language value (`{"fr": .., "en": ..}`) written in `langs` only: a form's
/// JSON holds its own languages, not a copy of its text under each language the library knows. An empty `langs`
/// writes them all.
pub fn serialize_in<R>(langs: &[Lang], serialize: impl FnOnce() -> R) -> R {
    /// Puts the previous languages back, even if `serialize` panics.
    struct Restore([bool; Lang::ALL.len()]);
    impl Drop for Restore {
        fn drop(&mut self) {
            SERIALIZED.set(self.0);
        }
    }
    let mut shown = [langs.is_empty(); Lang::ALL.len()];
    for lang in langs {
        shown[lang.index()] = true;
    }
    let _restore = Restore(SERIALIZED.replace(shown));
    serialize()
}

/// Serializes as `{"fr": f(Fr), "en": f(En), ..}`: every language, or those of [`serialize_in`].
pub struct PerLang<F>(pub F);

impl<F: Fn(Lang) -> T, T: Serialize> Serialize for PerLang<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shown = SERIALIZED.get();
        let langs = Lang::ALL.into_iter().filter(|lang| shown[lang.index()]);
        let mut map = serializer.serialize_map(Some(langs.clone().count()))?;
        for lang in langs {
            map.serialize_entry(lang.code(), &(self.0)(lang))?;
        }
        map.end()
    }
}
