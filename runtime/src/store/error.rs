//! What can go wrong when storing or reading consent records.

use std::fmt;

/// A store operation that failed. Nothing was written when an operation that writes fails.
#[derive(Debug)]
#[non_exhaustive]
pub enum StoreError {
    /// The database refused or could not be reached (including an append-only trigger's refusal).
    Database(sqlx::Error),
    /// The schema could not be brought up to date.
    Migration(sqlx::migrate::MigrateError),
    /// A record was refused before reaching the database: it does not belong to the notice it was stored
    /// with, or its timestamp is outside the years 0000–9999.
    Refused(String),
    /// A withdrawal for a purpose whose latest decision is not `granted`: there is nothing to withdraw.
    NothingToWithdraw,
    /// A withdrawal for a purpose the form has no box for.
    UnknownPurpose(String),
    /// The database's schema has a migration this version of the library does not know: a newer version of
    /// privacy-notice migrated it. Nothing was changed.
    NewerSchema(i64),
    /// A purge asked to keep records for less than [`RETENTION_FLOOR`](super::RETENTION_FLOOR). Nothing was
    /// purged.
    RetentionTooShort {
        /// The retention asked for.
        kept_for: std::time::Duration,
    },
    /// The address is neither `sqlite://..` nor `postgres://..`, or names a database this build does not
    /// support (see the `sqlite` and `postgres` features).
    UnsupportedUrl(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Database(error) => write!(f, "the consent store failed: {error}"),
            StoreError::Migration(error) => write!(f, "the consent store's schema could not be migrated: {error}"),
            StoreError::Refused(why) => write!(f, "the record was refused: {why}"),
            StoreError::NothingToWithdraw => f.write_str("nothing to withdraw: the latest decision is not `granted`"),
            StoreError::UnknownPurpose(purpose) => write!(f, "the form has no box `{purpose}`"),
            StoreError::NewerSchema(version) => write!(
                f,
                "the consent store's schema has migration {version}, which this version of privacy-notice does not \
                 know: a newer version migrated the database"
            ),
            StoreError::RetentionTooShort { kept_for } => write!(
                f,
                "a retention of {} days is shorter than the floor of 5 years ({} days) for keeping the proof of a \
                 consent after it ended: nothing was purged",
                kept_for.as_secs() / 86_400,
                super::RETENTION_FLOOR.as_secs() / 86_400
            ),
            StoreError::UnsupportedUrl(url) => write!(
                f,
                "`{url}` is not a database this build supports: use `sqlite://path` (feature `sqlite`) or \
                 `postgres://..` (feature `postgres`)"
            ),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Database(error) => Some(error),
            StoreError::Migration(error) => Some(error),
            _ => None,
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> StoreError {
        StoreError::Database(error)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(error: sqlx::migrate::MigrateError) -> StoreError {
        StoreError::Migration(error)
    }
}
