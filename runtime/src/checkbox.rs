//! `Checkbox`: a consent box as a form submits it, read from every value browsers and form decoders send
//! (`on`, `true`, `1`, `yes`, absent, `off`…) and never ticked by default.

use std::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The state of an HTML checkbox, as a form submits it.
///
/// Browsers send nothing for an unticked box and `name=on` for a ticked one; `bool` cannot read either
/// through serde_urlencoded, serde_html_form or serde_qs. `Checkbox` reads what browsers and form libraries
/// send:
///
/// | submitted | state |
/// |---|---|
/// | `on`, `true`, `1`, `yes` (any ASCII case), JSON `true` or `1` | ticked |
/// | nothing (the field is absent), empty, `off`, `false`, `0`, `no`, JSON `false`, `0` or `null` | unticked |
/// | anything else | an error that lists the accepted values |
///
/// An absent field is unticked even without `#[serde(default)]`.
///
/// ```
/// use privacy_notice::Checkbox;
///
/// #[derive(serde::Deserialize)]
/// struct Form {
///     newsletter: Checkbox,
/// }
///
/// let ticked: Form = serde_json::from_str(r#"{"newsletter": "on"}"#).unwrap();
/// assert!(ticked.newsletter.is_checked());
/// let absent: Form = serde_json::from_str("{}").unwrap();
/// assert!(!absent.newsletter.is_checked());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Checkbox(bool);

impl Checkbox {
    /// An unticked box (what `Default` gives too).
    pub const UNCHECKED: Checkbox = Checkbox(false);
    /// A ticked box.
    pub const CHECKED: Checkbox = Checkbox(true);

    /// Whether the person ticked the box.
    pub const fn is_checked(self) -> bool {
        self.0
    }
}

impl From<bool> for Checkbox {
    fn from(checked: bool) -> Self {
        Checkbox(checked)
    }
}

impl From<Checkbox> for bool {
    fn from(checkbox: Checkbox) -> Self {
        checkbox.0
    }
}

impl Serialize for Checkbox {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(self.0)
    }
}

/// What a submitted value says, if it is one of the accepted spellings.
pub(crate) fn parse_checkbox_value(value: &str) -> Option<bool> {
    const TICKED: [&str; 4] = ["on", "true", "1", "yes"];
    const UNTICKED: [&str; 5] = ["", "off", "false", "0", "no"];
    if TICKED.iter().any(|t| value.eq_ignore_ascii_case(t)) {
        Some(true)
    } else if UNTICKED.iter().any(|u| value.eq_ignore_ascii_case(u)) {
        Some(false)
    } else {
        None
    }
}

pub(crate) const EXPECTING: &str = "a checkbox value: `on`, `true`, `1` or `yes` for a ticked box; \
                         nothing, an empty value, `off`, `false`, `0` or `no` for an unticked one";

/// Reads the field through `deserialize_option`: serde's stand-in for a missing field answers that with
/// `visit_none`, which is how an absent box becomes "unticked" without `#[serde(default)]`.
struct OptionalStateVisitor;

/// Reads a present value.
struct StateVisitor;

impl<'de> Visitor<'de> for StateVisitor {
    type Value = Checkbox;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Checkbox, E> {
        Ok(Checkbox(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Checkbox, E> {
        match v {
            0 => Ok(Checkbox(false)),
            1 => Ok(Checkbox(true)),
            _ => Err(E::invalid_value(Unexpected::Unsigned(v), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Checkbox, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(v), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Checkbox, E> {
        parse_checkbox_value(v).map(Checkbox).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Checkbox, E> {
        match std::str::from_utf8(v) {
            Ok(v) => self.visit_str(v),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(v), &self)),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Checkbox, E> {
        Ok(Checkbox(false))
    }

    fn visit_none<E: de::Error>(self) -> Result<Checkbox, E> {
        Ok(Checkbox(false))
    }
}

impl<'de> Visitor<'de> for OptionalStateVisitor {
    type Value = Checkbox;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTING)
    }

    fn visit_none<E: de::Error>(self) -> Result<Checkbox, E> {
        Ok(Checkbox(false))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Checkbox, E> {
        Ok(Checkbox(false))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Checkbox, D::Error> {
        deserializer.deserialize_any(StateVisitor)
    }

    // Deserializers without a notion of "optional" call these directly.
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Checkbox, E> {
        StateVisitor.visit_bool(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Checkbox, E> {
        StateVisitor.visit_u64(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Checkbox, E> {
        StateVisitor.visit_i64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Checkbox, E> {
        StateVisitor.visit_str(v)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Checkbox, E> {
        StateVisitor.visit_bytes(v)
    }
}

impl<'de> Deserialize<'de> for Checkbox {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(OptionalStateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_checkbox_value;

    #[test]
    fn accepted_spellings_ignore_ascii_case() {
        for ticked in ["on", "ON", "True", "1", "yes", "YES"] {
            assert_eq!(parse_checkbox_value(ticked), Some(true), "{ticked}");
        }
        for unticked in ["", "off", "False", "0", "no", "NO"] {
            assert_eq!(parse_checkbox_value(unticked), Some(false), "{unticked}");
        }
        for garbage in ["maybe", " on", "2", "checked", "oui"] {
            assert_eq!(parse_checkbox_value(garbage), None, "{garbage}");
        }
    }
}
