//! The version of the notice a page showed, sent back with the form: a field of type [`NoticeVersion`] makes the
//! notice's HTML carry a hidden input, and makes a submission that lacks it fail.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The [`version`](crate::Notice::version) of the notice the person was shown, as the form sends it back.
///
/// Declare a field of this type in the form; the derive recognises it, [`Notice::html`](crate::Notice::html),
/// [`summary_html`](crate::Notice::summary_html) and [`boxes_html`](crate::Notice::boxes_html) render it as
/// `<input type="hidden">` under the field's name, and [`Consents`](crate::Consents) records carry the version
/// the person saw. It has no default: a submission without it — one whose field names do not match the struct's,
/// for a framework that prefixes them, say — fails to deserialize instead of reading every box as unticked.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NoticeVersion(String);

impl NoticeVersion {
    /// The version, 64 hexadecimal digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Reads a version: 64 lower-case hexadecimal digits, as [`Notice::version`](crate::Notice::version)
    /// writes them.
    pub fn parse(text: &str) -> Result<NoticeVersion, String> {
        if text.len() == 64 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            Ok(NoticeVersion(text.to_string()))
        } else {
            Err(format!("`{}` is not a notice version (64 hexadecimal digits)", text.escape_debug()))
        }
    }
}

impl fmt::Display for NoticeVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for NoticeVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for NoticeVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<NoticeVersion, D::Error> {
        struct VersionVisitor;

        impl Visitor<'_> for VersionVisitor {
            type Value = NoticeVersion;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the notice version the page showed (64 hexadecimal digits)")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<NoticeVersion, E> {
                NoticeVersion::parse(value).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(VersionVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::NoticeVersion;

    #[test]
    fn only_a_version_reads() {
        let version = "a".repeat(64);
        assert_eq!(NoticeVersion::parse(&version).unwrap().as_str(), version);
        for bad in ["", "abc", &"A".repeat(64), &"g".repeat(64), &"a".repeat(65)] {
            assert!(NoticeVersion::parse(bad).is_err(), "{bad}");
        }
        let missing: Result<std::collections::HashMap<String, NoticeVersion>, _> = serde_json::from_str("{\"v\": 1}");
        assert!(missing.is_err());
    }
}
