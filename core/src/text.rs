//! A string a form declares, in each of the languages the library writes: its own, and its translations.

use serde::Serialize;

use crate::Lang;

/// A string the form declares, in each language. When the form gives no translation, every language holds
/// the original.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Text<'a> {
    /// The versions, in the order of [`Lang::ALL`].
    pub by_lang: [&'a str; Lang::ALL.len()],
}

impl<'a> Text<'a> {
    /// A text in French and in English; the other languages hold the English.
    pub const fn new(fr: &'a str, en: &'a str) -> Text<'a> {
        Text { by_lang: [fr, en, en, en, en, en, en, en] }
    }

    /// A text that reads the same in every language: a name, an address, or a form's own text that has no
    /// translation.
    pub const fn same(text: &'a str) -> Text<'a> {
        Text { by_lang: [text; Lang::ALL.len()] }
    }

    /// A text with its version in each language, in the order of [`Lang::ALL`].
    pub const fn by_lang(by_lang: [&'a str; Lang::ALL.len()]) -> Text<'a> {
        Text { by_lang }
    }

    /// The version in `lang`.
    pub const fn get(&self, lang: Lang) -> &'a str {
        self.by_lang[lang.index()]
    }
}

/// `{"fr": "..", "en": "..", ..}`.
impl Serialize for Text<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::lang::PerLang(|lang| self.get(lang)).serialize(serializer)
    }
}
