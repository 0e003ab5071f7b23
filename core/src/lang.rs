//! The languages the library writes in, and the `{"fr": .., "en": ..}` shape every per-language value takes.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// A language the library writes its texts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every language, in a fixed order (used for the notice's version digest).
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The language's place in [`Lang::ALL`]: the index of its entry in every per-language table.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code, as used in an HTML `lang` attribute.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The colon between a label and its value: French typography puts a space before it (`Régime : gdpr`).
    pub const fn colon(self) -> &'static str {
        match self {
            Lang::Fr => " : ",
            Lang::En => ": ",
        }
    }

    /// The language whose code is `code` (`"fr"` or `"en"`, ignoring ASCII case).
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

/// Serializes as `{"fr": f(Fr), "en": f(En)}`.
pub struct PerLang<F>(pub F);

impl<F: Fn(Lang) -> T, T: Serialize> Serialize for PerLang<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Lang::ALL.len()))?;
        for lang in Lang::ALL {
            map.serialize_entry(lang.code(), &(self.0)(lang))?;
        }
        map.end()
    }
}
