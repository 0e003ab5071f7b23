//! `Timestamp`: a UTC instant written in RFC 3339 (through the `time` crate), refusing years outside
//! 0000–9999 on write and read.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A moment in UTC, written in RFC 3339 (`2026-11-29T20:13:32.123Z`).
///
/// Parsing is strict: a date that does not exist, a time zone other than `Z`, or anything after the fraction
/// of a second is an error, so a tampered consent record cannot pass as valid. RFC 3339 writes years with four
/// digits: a moment outside the years 0000–9999 cannot be written, so serializing one is an error (a record
/// carrying it is refused on write rather than stored in a form nobody can read back).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    millis: i64,
}

/// How a moment is written: always UTC, always milliseconds.
const WRITTEN: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z");

impl Timestamp {
    /// The moment `time`, to the millisecond.
    pub fn from_system_time(time: SystemTime) -> Timestamp {
        let millis = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
            Err(before) => -i64::try_from(before.duration().as_millis()).unwrap_or(i64::MAX),
        };
        Timestamp { millis }
    }

    /// The moment `millis` milliseconds after 1970-01-01T00:00:00Z (before it, if negative).
    pub const fn from_unix_millis(millis: i64) -> Timestamp {
        Timestamp { millis }
    }

    /// The first moment RFC 3339 can write: `0000-01-01T00:00:00.000Z`.
    pub const MIN: Timestamp = Timestamp { millis: -62_167_219_200_000 };

    /// The last moment RFC 3339 can write: `9999-12-31T23:59:59.999Z`.
    pub const MAX: Timestamp = Timestamp { millis: 253_402_300_799_999 };

    /// Whether the moment falls in the years 0000–9999, which RFC 3339 can write.
    pub fn is_writable(self) -> bool {
        (Timestamp::MIN..=Timestamp::MAX).contains(&self)
    }

    /// The same moment as a `SystemTime`.
    pub fn to_system_time(self) -> SystemTime {
        let magnitude = Duration::from_millis(self.millis.unsigned_abs());
        if self.millis >= 0 { UNIX_EPOCH + magnitude } else { UNIX_EPOCH - magnitude }
    }

    /// Milliseconds since 1970-01-01T00:00:00Z.
    pub const fn unix_millis(self) -> i64 {
        self.millis
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction]Z` (`t` and `z` in lower case too, as RFC 3339 allows). A leap
    /// second (`23:59:60`) reads as the last millisecond of its day. The calendar is the `time` crate's; this
    /// wrapper only narrows what it accepts to a UTC moment with at most nine digits of fraction.
    pub fn parse(text: &str) -> Result<Timestamp, String> {
        let invalid = || format!("`{text}` is not an RFC 3339 UTC timestamp such as `2026-11-29T20:13:32Z`");
        let bytes = text.as_bytes();
        // The date and the time joined by `T` (RFC 3339 lets applications use a space; records never do).
        let utc =
            bytes.len() >= 20 && matches!(bytes[10], b'T' | b't') && matches!(bytes[bytes.len() - 1], b'Z' | b'z');
        let fraction = text.get(19..text.len().saturating_sub(1)).unwrap_or_default();
        let fraction_ok = fraction.is_empty()
            || fraction
                .strip_prefix('.')
                .is_some_and(|d| (1..=9).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()));
        if !text.is_ascii() || !utc || !fraction_ok {
            return Err(invalid());
        }
        let moment =
            time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).map_err(|_| invalid())?;
        let millis = moment.unix_timestamp_nanos().div_euclid(1_000_000);
        Ok(Timestamp { millis: i64::try_from(millis).map_err(|_| invalid())? })
    }
}

impl From<SystemTime> for Timestamp {
    fn from(time: SystemTime) -> Timestamp {
        Timestamp::from_system_time(time)
    }
}

/// `2026-11-29T20:13:32.123Z`: always UTC, always milliseconds. A moment outside the years 0000–9999, which
/// RFC 3339 cannot write, is shown as its milliseconds since 1970 (`@253402300800000ms`).
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let moment = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(self.millis) * 1_000_000).ok();
        match moment.filter(|_| self.is_writable()).and_then(|moment| moment.format(WRITTEN).ok()) {
            Some(written) => f.write_str(&written),
            None => write!(f, "@{}ms", self.millis),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if !self.is_writable() {
            return Err(serde::ser::Error::custom(format!(
                "the moment {} ms after 1970 is outside the years 0000-9999 that RFC 3339 can write",
                self.millis
            )));
        }
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        struct TimestampVisitor;
        impl Visitor<'_> for TimestampVisitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 UTC timestamp")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
                Timestamp::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(TimestampVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_moments() {
        assert_eq!(Timestamp { millis: 0 }.to_string(), "1970-01-01T00:00:00.000Z");
        // 2026-08-11T00:00:00Z, when consumer phone prospecting became opt-in: 20676 days after the epoch.
        assert_eq!(Timestamp { millis: 20_676 * 86_400_000 }.to_string(), "2026-08-11T00:00:00.000Z");
        assert_eq!(Timestamp { millis: 951_782_400_000 }.to_string(), "2000-02-29T00:00:00.000Z");
        assert_eq!(Timestamp { millis: -1 }.to_string(), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn parse_is_the_inverse_of_display() {
        for millis in [0, 1, 951_782_400_000, 1_795_990_412_123, -86_400_000, 4_102_444_799_999] {
            let t = Timestamp { millis };
            assert_eq!(Timestamp::parse(&t.to_string()), Ok(t));
        }
        assert_eq!(Timestamp::parse("2026-11-29T20:13:32Z").unwrap().to_string(), "2026-11-29T20:13:32.000Z");
        assert_eq!(Timestamp::parse("2026-11-29T20:13:32.5Z").unwrap().unix_millis() % 1000, 500);
    }

    #[test]
    fn malformed_timestamps_are_rejected() {
        for bad in [
            "",
            "2026-11-29",
            "2026-11-29T20:13:32",
            "2026-11-29T20:13:32+01:00",
            "2026-02-30T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-29T24:00:00Z",
            "2026-11-29T20:60:00Z",
            "2026-11-29 20:13:32Z",
            "2026-11-29T20:13:32.Z",
            "2026-11-29T20:13:32.1234567890Z",
            "+026-11-29T20:13:32Z",
            "2026-11-29T20:13:3éZ",
            "yesterday, around noon",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn lower_case_and_leap_seconds_read_as_rfc_3339_allows() {
        assert_eq!(Timestamp::parse("2026-11-29t20:13:32z"), Timestamp::parse("2026-11-29T20:13:32Z"));
        let leap = Timestamp::parse("2016-12-31T23:59:60Z").unwrap();
        assert_eq!(leap.to_string(), "2016-12-31T23:59:59.999Z");
        assert!(Timestamp::parse("2016-12-31T12:00:60Z").is_err(), "only 23:59 ends with a leap second");
    }

    #[test]
    fn only_the_years_0000_to_9999_are_written() {
        assert_eq!(Timestamp::MIN.to_string(), "0000-01-01T00:00:00.000Z");
        assert_eq!(Timestamp::MAX.to_string(), "9999-12-31T23:59:59.999Z");
        for t in [Timestamp::MIN, Timestamp::MAX] {
            assert!(t.is_writable());
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
        }
        for millis in [Timestamp::MIN.millis - 1, Timestamp::MAX.millis + 1, i64::MAX, i64::MIN] {
            let t = Timestamp { millis };
            assert!(!t.is_writable());
            assert_eq!(t.to_string(), format!("@{millis}ms"), "never a five-digit or negative year");
            let error = serde_json::to_string(&t).unwrap_err().to_string();
            assert!(error.contains("outside the years 0000-9999"), "{error}");
        }
    }

    #[test]
    fn system_time_round_trip_to_the_millisecond() {
        let now = SystemTime::now();
        let back = Timestamp::from(now).to_system_time();
        let gap = now.duration_since(back).unwrap_or_else(|e| e.duration());
        assert!(gap < Duration::from_millis(1));
    }
}
