//! The consent store: proof of consent (GDPR Art. 7(1)) kept in SQLite or PostgreSQL, append-only in the
//! database itself.
//!
//! Behind the `sqlite` and `postgres` features, on [sqlx](https://docs.rs/sqlx). [`ConsentStore::connect`]
//! opens `sqlite://path` or `postgres://..` and brings the schema up to date (the migrations in the crate's
//! `migrations/` folder), keeping their history in its own table, [`MIGRATIONS_TABLE`], so that an application's
//! own sqlx migrations (in `_sqlx_migrations`) can run on the same database. Then:
//!
//! - [`append`](ConsentStore::append) stores one submission's records in one transaction, after archiving the
//!   notice they were given under: every output a person could have seen (text, HTML, Markdown, first level,
//!   boxes, call script, in every language), once per version, so that an auditor can show what was displayed;
//! - [`current`](ConsentStore::current), [`decision`](ConsentStore::decision) and
//!   [`history`](ConsentStore::history) read a person's choices (Art. 15 access), [`export`](ConsentStore::export)
//!   writes them as JSON (Art. 20 portability), [`page`](ConsentStore::page) reads every record a page at a time,
//!   never passing a record that commits later, so that a reader following its cursor while others write
//!   misses none;
//! - [`withdraw`](ConsentStore::withdraw) appends a withdrawal, only if the latest decision is `granted`;
//! - [`purge`](ConsentStore::purge) deletes the decisions that ended (withdrawn or replaced) longer ago than
//!   the retention, never less than [`RETENTION_FLOOR`], and records that it did; a decision in force is kept;
//! - [`grant_app_role`](ConsentStore::grant_app_role), on PostgreSQL, grants an application role only `SELECT`,
//!   `INSERT` and the purge function, so that the application need not run as the tables' owner.
//!
//! Every table refuses `UPDATE` and `DELETE` through triggers, including the replacement `INSERT OR REPLACE`
//! would make; the only deletion allowed is a purge recorded first. SQLite runs in WAL mode with
//! `synchronous = FULL`, so that no acknowledged record is lost on power loss.
//!
//! A row that does not read back (altered outside the library) is reported in [`Records::unreadable`]; it never
//! stops the other rows from being read.

mod archive;
mod error;
mod migrate;
mod page;

#[cfg(not(any(feature = "sqlite", feature = "postgres")))]
compile_error!("the consent store needs a database: enable the `sqlite` or the `postgres` feature");

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use serde::Serialize;

pub use error::StoreError;
pub use page::{Purge, Records, UnreadableRow};

use crate::{CollectionMethod, ConsentRecord, Decision, Lang, Notice, Timestamp};

/// The largest page [`ConsentStore::page`] returns.
pub const MAX_PAGE: u32 = 1000;

/// The table in which the store keeps the history of its own schema migrations, apart from sqlx's
/// `_sqlx_migrations`, which is left to the application's own migrations.
pub const MIGRATIONS_TABLE: &str = "privacy_notice_migrations";

/// The shortest retention [`ConsentStore::purge`] accepts: five years (1,827 days, leap days included), counted
/// from the end of a decision.
///
/// Five years is the CNIL's reference for keeping the proof of consent once the relationship (or the consent)
/// has ended: the proof of a right is kept in intermediate archiving for the limitation period of French civil
/// law, five years (Code civil, art. 2224), as the CNIL's practical guide on retention periods ("Les durées de
/// conservation", 2020) and its reference framework for commercial management ("gestion des activités
/// commerciales") say. A controller may keep it longer; not shorter through this library.
pub const RETENTION_FLOOR: Duration = Duration::from_secs(1827 * 86_400);

/// The two keys of the PostgreSQL advisory lock that writers of records take shared and [`ConsentStore::page`]
/// takes exclusive (PostgreSQL migration 0003).
#[cfg(feature = "postgres")]
const PG_RECORD_WRITERS: (i32, i32) = (0x7072_6976, 0x6f72_6472);

/// How long [`ConsentStore::page`] waits, on PostgreSQL, for the transactions writing records to end.
#[cfg(feature = "postgres")]
const PG_PAGE_LOCK_TIMEOUT: &str = "SET LOCAL lock_timeout = '5s'";

/// A pool of connections to the consent store. Cheap to share behind an `Arc`; every method takes `&self`.
pub struct ConsentStore {
    backend: Backend,
    /// The notice versions already archived by this process, so that each is written once.
    archived: Mutex<HashSet<String>>,
}

enum Backend {
    #[cfg(feature = "sqlite")]
    Sqlite(sqlx::SqlitePool),
    #[cfg(feature = "postgres")]
    Postgres(sqlx::PgPool),
}

/// Runs `$body` with `$pool` bound to the store's pool, whichever database it is on: the SQL below is written
/// once, in the dialect SQLite and PostgreSQL share (`$1` parameters, `RETURNING`, `ON CONFLICT`).
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.backend {
            #[cfg(feature = "sqlite")]
            Backend::Sqlite($pool) => $body,
            #[cfg(feature = "postgres")]
            Backend::Postgres($pool) => $body,
        }
    };
}

const INSERT_RECORD: &str = "INSERT INTO consent_records \
    (record_id, subject_id, form, purpose, decision, notice_version, recorded_at, record) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

/// The same insert, made only when the person's latest decision on that purpose is `granted`.
const INSERT_WITHDRAWAL: &str = "INSERT INTO consent_records \
    (record_id, subject_id, form, purpose, decision, notice_version, recorded_at, record) \
    SELECT $1, $2, $3, $4, $5, $6, $7, $8 \
    WHERE (SELECT decision FROM consent_records WHERE subject_id = $2 AND form = $3 AND purpose = $4 \
           ORDER BY seq DESC LIMIT 1) = 'granted'";

const INSERT_NOTICE: &str = "INSERT INTO archived_notices (version, script_version, form, archived_at, outputs) \
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (version) DO NOTHING";

/// The records of a form (`$1`) whose decision ended before the cutoff (`$2`): made before it, and followed by
/// the person's next record on the same purpose — the withdrawal, or the decision that replaced it — made
/// before it too. A person's latest decision on a purpose has no next record: it is in force, and never purged.
/// The database's delete trigger checks the same rule (migration 0002). SQLite only: on PostgreSQL the purge
/// runs in the `privacy_notice_purge` function (migration 0004), which has the same condition.
#[cfg(feature = "sqlite")]
const ENDED_BEFORE: &str = "FROM consent_records AS c WHERE c.form = $1 AND c.recorded_at < $2 AND (\
    SELECT n.recorded_at FROM consent_records n WHERE n.subject_id = c.subject_id AND n.form = c.form \
    AND n.purpose = c.purpose AND n.seq > c.seq ORDER BY n.seq LIMIT 1) < $2";

/// A record ready to insert: the columns the queries filter on, and the record itself as JSON.
struct Row<'a> {
    record: &'a ConsentRecord,
    json: String,
}

impl<'a> Row<'a> {
    /// Checks that `record` was made from `notice` and can be written, and serializes it.
    fn of(notice: &Notice, record: &'a ConsentRecord) -> Result<Row<'a>, StoreError> {
        if record.form != notice.id() {
            return Err(StoreError::Refused(format!(
                "the record is of the form `{}`, not of `{}`",
                record.form,
                notice.id()
            )));
        }
        if record.notice_version != notice.version() && record.notice_version != notice.script_version() {
            return Err(StoreError::Refused(format!(
                "the record's notice version `{}` is not the version of `{}`'s notice or call script",
                record.notice_version,
                notice.form()
            )));
        }
        let json = serde_json::to_string(record).map_err(|error| StoreError::Refused(error.to_string()))?;
        Ok(Row { record, json })
    }

    fn decision(&self) -> &'static str {
        decision_name(self.record.decision)
    }
}

fn decision_name(decision: Decision) -> &'static str {
    match decision {
        Decision::Granted => "granted",
        Decision::Refused => "refused",
    }
}

/// A notice as the store archived it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ArchivedNotice {
    /// [`Notice::version`].
    pub version: String,
    /// [`Notice::script_version`], which phone records carry.
    pub script_version: String,
    /// The form's id ([`Notice::id`]).
    pub form: String,
    /// When this version was first archived.
    pub archived_at: Timestamp,
    /// Every output, by language code: `{"fr": {"text": .., "html": .., "markdown": .., "summary": ..,
    /// "summary_html": .., "summary_markdown": .., "boxes_html": .., "call_script": ..}, "en": {..}}`, and under
    /// `covered` every part the version is the digest of (`[{"lang", "part", "output"}, ..]`), so that
    /// [`verifies`](ArchivedNotice::verifies) can recompute it.
    pub outputs: String,
}

impl ArchivedNotice {
    /// The version recomputed from what the archive keeps, without the form's code: the SHA-256 of every covered
    /// output, each followed by a NUL byte. `None` for an archive made before the covered parts were kept.
    pub fn recomputed_version(&self) -> Option<String> {
        archive::recomputed_version(&self.outputs)
    }

    /// Whether the archive proves which notice its version stands for: the version recomputed from the archived
    /// outputs is the version (audit N9). An auditor can redo the computation from the JSON alone.
    pub fn verifies(&self) -> bool {
        self.recomputed_version().as_deref() == Some(self.version.as_str())
    }
}

impl ConsentStore {
    /// Opens the store at `url` — `sqlite://path/to/file.db` (created if missing) or `postgres://user@host/db` —
    /// and brings its schema up to date.
    ///
    /// The migrations' history is kept in [`MIGRATIONS_TABLE`], never in `_sqlx_migrations`: an application may
    /// run its own sqlx migrations on the same database, before or after. Several processes may start at once on
    /// a fresh database: each waits for the one migrating (a lock on the database), then finds the schema up to
    /// date. A database migrated by an earlier version of the library, whose history was in `_sqlx_migrations`,
    /// is taken over: the store's rows move to [`MIGRATIONS_TABLE`]. Refused with [`StoreError::NewerSchema`] if
    /// a newer version of the library migrated the database.
    pub async fn connect(url: &str) -> Result<ConsentStore, StoreError> {
        #[cfg(feature = "sqlite")]
        if url.starts_with("sqlite:") {
            use std::str::FromStr;
            let options = sqlx::sqlite::SqliteConnectOptions::from_str(url)?;
            return ConsentStore::sqlite(options).await;
        }
        #[cfg(feature = "postgres")]
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = sqlx::postgres::PgPoolOptions::new().max_connections(16).connect(url).await?;
            migrate::postgres(&pool).await?;
            return Ok(ConsentStore::with(Backend::Postgres(pool)));
        }
        Err(StoreError::UnsupportedUrl(url.to_string()))
    }

    /// Opens (or creates) the SQLite database at `path` and brings its schema up to date.
    #[cfg(feature = "sqlite")]
    pub async fn open_sqlite(path: impl AsRef<std::path::Path>) -> Result<ConsentStore, StoreError> {
        ConsentStore::sqlite(sqlx::sqlite::SqliteConnectOptions::new().filename(path)).await
    }

    #[cfg(feature = "sqlite")]
    async fn sqlite(options: sqlx::sqlite::SqliteConnectOptions) -> Result<ConsentStore, StoreError> {
        use sqlx::sqlite::{SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
        let options = options
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // A committed transaction survives a power loss (with `NORMAL`, WAL may roll it back).
            .synchronous(SqliteSynchronous::Full)
            .busy_timeout(Duration::from_secs(30))
            // So that a replacing insert fires the delete triggers too (the insert triggers refuse it anyway).
            .pragma("recursive_triggers", "ON");
        // Processes opening a new file at once (audit N8) wait on each other through the busy timeout, except
        // where SQLite answers "database is locked" without waiting: switching a new file to WAL, or a connection
        // that read first. Such a first start is tried again, for as long as the busy timeout would have waited.
        let started = std::time::Instant::now();
        loop {
            let opened = match SqlitePoolOptions::new().max_connections(8).connect_with(options.clone()).await {
                Ok(pool) => migrate::sqlite(&pool).await.map(|()| pool),
                Err(error) => Err(StoreError::from(error)),
            };
            match opened {
                Ok(pool) => return Ok(ConsentStore::with(Backend::Sqlite(pool))),
                Err(error) if sqlite_locked(&error) && started.elapsed() < Duration::from_secs(30) => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(error) => return Err(error),
            }
        }
    }

    fn with(backend: Backend) -> ConsentStore {
        ConsentStore { backend, archived: Mutex::new(HashSet::new()) }
    }

    /// Whether the store is on PostgreSQL (otherwise SQLite).
    pub fn is_postgres(&self) -> bool {
        match self.backend {
            #[cfg(feature = "sqlite")]
            Backend::Sqlite(_) => false,
            #[cfg(feature = "postgres")]
            Backend::Postgres(_) => true,
        }
    }

    /// Grants the PostgreSQL role `role` what an application needs to run the store, and nothing more (audit
    /// N7): `SELECT` on the store's tables, `INSERT` of records and archived notices, and the purge through the
    /// `privacy_notice_purge` function, which runs as the owner and checks the retention floor itself. Without
    /// `UPDATE`, `DELETE`, `TRUNCATE` or ownership, the role cannot rewrite or erase a record, nor
    /// `ALTER TABLE .. DISABLE TRIGGER` or `DROP TRIGGER` to get round the append-only triggers.
    ///
    /// Call it on a store connected as the owner — the role that ran the migrations, which owns the tables —
    /// once the role exists (`CREATE ROLE shop LOGIN PASSWORD ..`), and again after upgrading the library, whose
    /// migrations may add tables. The application then connects as `role`: [`connect`](ConsentStore::connect)
    /// finds the schema up to date and runs no DDL. Refused with [`StoreError::Refused`], granting nothing, if
    /// `role` is not a plain identifier (`[A-Za-z_][A-Za-z0-9_]*`), does not exist, is a superuser, or is or
    /// inherits from the tables' owner (it could do everything the owner can); on SQLite, which has no roles:
    /// there, the database file's permissions are the only protection.
    pub async fn grant_app_role(&self, role: &str) -> Result<(), StoreError> {
        let plain = role.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && role.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !plain {
            return Err(StoreError::Refused(format!("`{role}` is not a plain role name ([A-Za-z_][A-Za-z0-9_]*)")));
        }
        match &self.backend {
            #[cfg(feature = "sqlite")]
            Backend::Sqlite(_) => Err(StoreError::Refused(
                "SQLite has no roles: the database file's permissions are the only protection".to_string(),
            )),
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => {
                let check = "SELECT r.rolsuper, pg_has_role(r.oid, t.relowner, 'USAGE') FROM pg_roles r, pg_class t \
                             WHERE r.rolname = $1 AND t.oid = to_regclass('consent_records')";
                let found: Option<(bool, bool)> = sqlx::query_as(check).bind(role).fetch_optional(pool).await?;
                match found {
                    None => return Err(StoreError::Refused(format!("there is no role `{role}`"))),
                    Some((true, _)) => return Err(StoreError::Refused(format!("`{role}` is a superuser"))),
                    Some((_, true)) => {
                        return Err(StoreError::Refused(format!("`{role}` is, or inherits from, the tables' owner")));
                    }
                    Some(_) => {}
                }
                let schema: String = sqlx::query_scalar("SELECT current_schema()").fetch_one(pool).await?;
                let schema = schema.replace('"', "\"\"");
                let mut transaction = pool.begin().await?;
                for grant in [
                    format!("GRANT USAGE ON SCHEMA \"{schema}\" TO \"{role}\""),
                    format!(
                        "GRANT SELECT ON consent_records, archived_notices, retention_purges, \
                         {MIGRATIONS_TABLE} TO \"{role}\""
                    ),
                    format!("GRANT INSERT ON consent_records, archived_notices TO \"{role}\""),
                    format!("GRANT USAGE ON SEQUENCE consent_records_seq_seq TO \"{role}\""),
                    format!("GRANT EXECUTE ON FUNCTION privacy_notice_purge(TEXT, BIGINT, TEXT) TO \"{role}\""),
                ] {
                    sqlx::query(&grant).execute(&mut *transaction).await?;
                }
                transaction.commit().await?;
                Ok(())
            }
        }
    }

    /// Archives every output of `notice` under its version, once: a version already archived is left as it is.
    pub async fn archive(&self, notice: &Notice) -> Result<(), StoreError> {
        let version = notice.version();
        if self.archived.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).contains(version) {
            return Ok(());
        }
        let outputs = archive::outputs_json(notice).map_err(|error| StoreError::Refused(error.to_string()))?;
        let now = Timestamp::from(SystemTime::now()).unix_millis();
        on_pool!(self, pool => {
            sqlx::query(INSERT_NOTICE)
                .bind(version)
                .bind(notice.script_version())
                .bind(notice.id())
                .bind(now)
                .bind(&outputs)
                .execute(pool)
                .await?;
        });
        self.archived.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).insert(version.to_string());
        Ok(())
    }

    /// The archived notice of `version` (a [`Notice::version`] or a [`Notice::script_version`]), if any.
    pub async fn archived(&self, version: &str) -> Result<Option<ArchivedNotice>, StoreError> {
        let sql = "SELECT version, script_version, form, archived_at, outputs FROM archived_notices \
                   WHERE version = $1 OR script_version = $1 ORDER BY archived_at LIMIT 1";
        let row: Option<(String, String, String, i64, String)> =
            on_pool!(self, pool => sqlx::query_as(sql).bind(version).fetch_optional(pool).await?);
        Ok(row.map(|(version, script_version, form, archived_at, outputs)| ArchivedNotice {
            version,
            script_version,
            form,
            archived_at: Timestamp::from_unix_millis(archived_at),
            outputs,
        }))
    }

    /// Stores one submission's `records`, made from `notice`, in one transaction: all of them or none. The
    /// notice is archived first. A record of another form or another version of the notice, or with a
    /// timestamp outside the years 0000–9999, is refused and nothing is written.
    pub async fn append(&self, notice: &Notice, records: &[ConsentRecord]) -> Result<(), StoreError> {
        let rows = records.iter().map(|record| Row::of(notice, record)).collect::<Result<Vec<_>, _>>()?;
        self.archive(notice).await?;
        on_pool!(self, pool => {
            let mut transaction = pool.begin().await?;
            for row in &rows {
                sqlx::query(INSERT_RECORD)
                    .bind(&row.record.record_id)
                    .bind(&row.record.subject_id)
                    .bind(&row.record.form)
                    .bind(&row.record.purpose)
                    .bind(row.decision())
                    .bind(&row.record.notice_version)
                    .bind(row.record.timestamp.unix_millis())
                    .bind(&row.json)
                    .execute(&mut *transaction)
                    .await?;
            }
            transaction.commit().await?
        });
        Ok(())
    }

    /// Appends the withdrawal (or objection) of `subject_id` for the box `purpose` of `notice` — a new record,
    /// never an update — and returns it. Refused with [`StoreError::NothingToWithdraw`] unless the person's
    /// latest decision on that purpose is `granted`, checked in the same statement as the insert.
    pub async fn withdraw(
        &self,
        notice: &'static Notice,
        subject_id: &str,
        purpose: &str,
        lang: Lang,
        method: CollectionMethod,
    ) -> Result<ConsentRecord, StoreError> {
        let record = ConsentRecord::withdrawal(notice, purpose, subject_id, lang, method, SystemTime::now())
            .ok_or_else(|| StoreError::UnknownPurpose(purpose.to_string()))?;
        let row = Row::of(notice, &record)?;
        self.archive(notice).await?;
        let inserted = on_pool!(self, pool => {
            let mut transaction = pool.begin().await?;
            if self.is_postgres() {
                // Two withdrawals of one person at once: the second waits, then finds nothing granted.
                sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
                    .bind(subject_id)
                    .execute(&mut *transaction)
                    .await?;
            }
            let done = sqlx::query(INSERT_WITHDRAWAL)
                .bind(&record.record_id)
                .bind(&record.subject_id)
                .bind(&record.form)
                .bind(&record.purpose)
                .bind(row.decision())
                .bind(&record.notice_version)
                .bind(record.timestamp.unix_millis())
                .bind(&row.json)
                .execute(&mut *transaction)
                .await?;
            transaction.commit().await?;
            done.rows_affected()
        });
        if inserted == 0 {
            return Err(StoreError::NothingToWithdraw);
        }
        Ok(record)
    }

    /// The latest decision of `subject_id` on the box `purpose` of the form `F`, if the person ever made one: the
    /// form named by its type, so that a misspelt name cannot compile (`purpose` is best one of the form's id
    /// constants: `store.decision_for::<OrderForm>(subject, OrderForm::NEWSLETTER)`).
    pub async fn decision_for<F: crate::PrivacyNotice>(
        &self,
        subject_id: &str,
        purpose: &str,
    ) -> Result<Option<Decision>, StoreError> {
        self.decision(subject_id, F::notice().id(), purpose).await
    }

    /// The latest decision of `subject_id` on the box `purpose` of the form whose [`Notice::id`] is `form`
    /// (its module path and name, or its `#[notice(id = "..")]`), if the person ever made one.
    pub async fn decision(&self, subject_id: &str, form: &str, purpose: &str) -> Result<Option<Decision>, StoreError> {
        let sql = "SELECT decision FROM consent_records WHERE subject_id = $1 AND form = $2 AND purpose = $3 \
                   ORDER BY seq DESC LIMIT 1";
        let decision: Option<String> = on_pool!(self, pool => sqlx::query_scalar(sql).bind(subject_id).bind(form).bind(purpose).fetch_optional(pool).await?);
        Ok(decision.map(|d| if d == "granted" { Decision::Granted } else { Decision::Refused }))
    }

    /// The latest record of `subject_id` for each form and purpose: what the person decides today.
    pub async fn current(&self, subject_id: &str) -> Result<Records, StoreError> {
        let sql = "SELECT seq, record FROM consent_records c WHERE c.subject_id = $1 AND c.seq = (\
                   SELECT MAX(l.seq) FROM consent_records l WHERE l.subject_id = c.subject_id \
                   AND l.form = c.form AND l.purpose = c.purpose) ORDER BY c.seq";
        let rows = on_pool!(self, pool => sqlx::query_as(sql).bind(subject_id).fetch_all(pool).await?);
        Ok(Records::read(rows))
    }

    /// Every record of `subject_id`, in the order they were stored (Art. 15: access).
    pub async fn history(&self, subject_id: &str) -> Result<Records, StoreError> {
        let sql = "SELECT seq, record FROM consent_records WHERE subject_id = $1 ORDER BY seq";
        let rows = on_pool!(self, pool => sqlx::query_as(sql).bind(subject_id).fetch_all(pool).await?);
        Ok(Records::read(rows))
    }

    /// Every record of `subject_id` as JSON, with the versions of the notices they were given under (Art. 20:
    /// portability): `{"subject_id": .., "records": [..], "unreadable": [..], "notices": [..]}`.
    pub async fn export(&self, subject_id: &str) -> Result<String, StoreError> {
        #[derive(Serialize)]
        struct Export<'a> {
            subject_id: &'a str,
            records: &'a [ConsentRecord],
            unreadable: &'a [UnreadableRow],
            notices: Vec<ArchivedNotice>,
        }
        let history = self.history(subject_id).await?;
        let mut versions: Vec<&str> = history.records.iter().map(|r| r.notice_version.as_str()).collect();
        versions.sort_unstable();
        versions.dedup();
        let mut notices = Vec::new();
        for version in versions {
            notices.extend(self.archived(version).await?);
        }
        let export = Export { subject_id, records: &history.records, unreadable: &history.unreadable, notices };
        serde_json::to_string_pretty(&export).map_err(|error| StoreError::Refused(error.to_string()))
    }

    /// At most `limit` records (capped at [`MAX_PAGE`]) stored after the cursor `after` (`None` for the first
    /// page), in the order they were stored; [`Records::next`] is the cursor of the next page.
    ///
    /// A record never lands behind a cursor already handed out: a reader that follows `next` while others write
    /// — an incremental export, a mirror — sees every committed record, and a page has every record committed
    /// before it was asked for. SQLite lets one writer at a time hold the database, from its first write to its
    /// commit, so `seq` is drawn in commit order there. On PostgreSQL a `BIGSERIAL` is drawn at INSERT and a row
    /// becomes visible at COMMIT, out of order: there, writers of records hold a shared lock from their first
    /// insert to their end, and `page` takes it exclusive before reading, so it waits for the transactions writing
    /// records at that moment to end (milliseconds; new writers wait for the page meanwhile). If one stays open
    /// more than 5 seconds, `page` fails with a lock timeout ([`StoreError::Database`]) rather than return a page
    /// that could miss it.
    pub async fn page(&self, after: Option<i64>, limit: u32) -> Result<Records, StoreError> {
        let limit = i64::from(limit.clamp(1, MAX_PAGE));
        let sql = "SELECT seq, record FROM consent_records WHERE seq > $1 ORDER BY seq LIMIT $2";
        let after = after.unwrap_or(0);
        let mut rows: Vec<(i64, String)> = match &self.backend {
            #[cfg(feature = "sqlite")]
            Backend::Sqlite(pool) => sqlx::query_as(sql).bind(after).bind(limit + 1).fetch_all(pool).await?,
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => {
                // Read committed, so that the page's statement sees what committed while the lock was awaited.
                let mut transaction = pool.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await?;
                sqlx::query(PG_PAGE_LOCK_TIMEOUT).execute(&mut *transaction).await?;
                sqlx::query("SELECT pg_advisory_xact_lock($1, $2)")
                    .bind(PG_RECORD_WRITERS.0)
                    .bind(PG_RECORD_WRITERS.1)
                    .execute(&mut *transaction)
                    .await?;
                let rows = sqlx::query_as(sql).bind(after).bind(limit + 1).fetch_all(&mut *transaction).await?;
                transaction.commit().await?;
                rows
            }
        };
        let more = rows.len() as i64 > limit;
        rows.truncate(limit as usize);
        let last = rows.last().map(|(seq, _)| *seq);
        let mut records = Records::read(rows);
        records.next = if more { last } else { None };
        Ok(records)
    }

    /// Deletes the records of the form `F` whose decision ended longer than `kept_for` ago, and records the purge —
    /// form, cutoff, time, count and `reason` — in the append-only `retention_purges` table, in the same
    /// transaction. The database refuses any deletion not covered by such a recorded purge.
    ///
    /// A decision ends when the person's next record on the same purpose is made: a withdrawal, or a new
    /// submission. A record is deleted when that next record, and the record itself, are older than `kept_for`.
    /// A person's latest decision on a purpose is never deleted, whatever its age: a grant nobody withdrew is the
    /// consent you rely on today, and its proof (Art. 7(1)) is needed for as long as it is in force; a withdrawal
    /// or a refusal is what [`decision`](ConsentStore::decision) answers. `kept_for` is the time you keep the
    /// proof of a consent after it ended, the limitation period during which it may be asked for.
    ///
    /// Refused with [`StoreError::RetentionTooShort`], deleting nothing, if `kept_for` is shorter than
    /// [`RETENTION_FLOOR`] (five years, the CNIL's reference for keeping the proof of consent).
    ///
    /// On PostgreSQL the purge runs in the `privacy_notice_purge` function, as the tables' owner (`SECURITY
    /// DEFINER`), so that a role granted by [`grant_app_role`](ConsentStore::grant_app_role), which cannot
    /// `DELETE`, can still purge; the function takes the cutoff from the database's clock and refuses a retention
    /// under the floor itself, so that whoever calls it by hand deletes no more than this method would.
    pub async fn purge_for<F: crate::PrivacyNotice>(
        &self,
        kept_for: Duration,
        reason: &str,
    ) -> Result<Purge, StoreError> {
        self.purge(F::notice().id(), kept_for, reason).await
    }

    /// [`purge_for`](ConsentStore::purge_for) the form whose [`Notice::id`] is `form`.
    pub async fn purge(&self, form: &str, kept_for: Duration, reason: &str) -> Result<Purge, StoreError> {
        if kept_for < RETENTION_FLOOR {
            return Err(StoreError::RetentionTooShort { kept_for });
        }
        match &self.backend {
            #[cfg(feature = "postgres")]
            Backend::Postgres(pool) => {
                // Through the owner's function (migration 0004): an application role granted by
                // `grant_app_role` has no DELETE of its own.
                let kept_for_ms = i64::try_from(kept_for.as_millis()).unwrap_or(i64::MAX);
                let (deleted, cutoff): (i64, i64) =
                    sqlx::query_as("SELECT deleted_count, cutoff_ms FROM privacy_notice_purge($1, $2, $3)")
                        .bind(form)
                        .bind(kept_for_ms)
                        .bind(reason)
                        .fetch_one(pool)
                        .await?;
                Ok(Purge {
                    form: form.to_string(),
                    cutoff: Timestamp::from_unix_millis(cutoff),
                    deleted: deleted as u64,
                })
            }
            #[cfg(feature = "sqlite")]
            Backend::Sqlite(pool) => {
                // The same two statements as the PostgreSQL function's, in one transaction.
                let now = SystemTime::now();
                let cutoff = Timestamp::from(now.checked_sub(kept_for).unwrap_or(std::time::UNIX_EPOCH));
                let record_purge = format!(
                    "INSERT INTO retention_purges (form, cutoff, purged_at, deleted, reason) \
                     SELECT $1, $2, $3, COUNT(*), $4 {ENDED_BEFORE} RETURNING deleted"
                );
                let delete = format!("DELETE {ENDED_BEFORE}");
                let mut transaction = pool.begin().await?;
                let counted: i64 = sqlx::query_scalar(&record_purge)
                    .bind(form)
                    .bind(cutoff.unix_millis())
                    .bind(Timestamp::from(now).unix_millis())
                    .bind(reason)
                    .fetch_one(&mut *transaction)
                    .await?;
                let deleted =
                    sqlx::query(&delete).bind(form).bind(cutoff.unix_millis()).execute(&mut *transaction).await?;
                if deleted.rows_affected() != counted as u64 {
                    return Err(StoreError::Refused(format!(
                        "the purge counted {counted} records but would delete {}: nothing was deleted",
                        deleted.rows_affected()
                    )));
                }
                transaction.commit().await?;
                Ok(Purge { form: form.to_string(), cutoff, deleted: deleted.rows_affected() })
            }
        }
    }
}

/// Whether SQLite refused with "database is locked" (`SQLITE_BUSY`, code 5) rather than waiting.
#[cfg(feature = "sqlite")]
fn sqlite_locked(error: &StoreError) -> bool {
    match error {
        StoreError::Database(sqlx::Error::Database(error)) => error.code().is_some_and(|code| code == "5"),
        _ => false,
    }
}
