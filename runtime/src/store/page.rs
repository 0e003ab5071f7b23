//! Records read back: a page of them, and the rows that did not read.

use serde::Serialize;

use crate::ConsentRecord;

/// A stored row that does not read back as a [`ConsentRecord`] (altered outside the library, or written by a
/// future format). It is reported, never silently dropped, and never stops the other rows from being read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct UnreadableRow {
    /// The row's position in the store.
    pub seq: i64,
    /// Why it does not read.
    pub error: String,
}

/// Records in the order they were stored, and the rows among them that did not read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Records {
    /// The records that read back.
    pub records: Vec<ConsentRecord>,
    /// The rows that did not.
    pub unreadable: Vec<UnreadableRow>,
    /// For a page: the cursor to pass as `after` for the next page, or `None` when this page is the last.
    pub next: Option<i64>,
}

impl Records {
    /// Reads `(seq, json)` rows, keeping the unreadable ones apart.
    pub(super) fn read(rows: Vec<(i64, String)>) -> Records {
        let mut read = Records::default();
        for (seq, json) in rows {
            match serde_json::from_str::<ConsentRecord>(&json) {
                Ok(record) => read.records.push(record),
                Err(error) => read.unreadable.push(UnreadableRow { seq, error: error.to_string() }),
            }
        }
        read
    }
}

/// What a retention purge did, as recorded in the store's `retention_purges` table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Purge {
    /// The form whose records were purged.
    pub form: String,
    /// Records whose decision ended (was withdrawn or replaced) before this moment were deleted.
    pub cutoff: crate::Timestamp,
    /// How many records were deleted.
    pub deleted: u64,
}
