//! The store's schema migrations, with their own history in `privacy_notice_migrations`.
//!
//! sqlx's migrator keeps one history per database, in `_sqlx_migrations`, and refuses to start when the table
//! lists a migration it does not know: the store's and an application's own migrations could not share a
//! database (whichever ran second failed). The store therefore runs its migrations — embedded from the crate's
//! `migrations/` folder by `sqlx::migrate!`, which also gives their checksums — with this small runner and its
//! own table, and leaves `_sqlx_migrations` to the application.
//!
//! Every start runs in one transaction that first takes a lock — `BEGIN IMMEDIATE` on SQLite, a transaction-level
//! advisory lock on PostgreSQL — so that several processes starting at once on a fresh database wait for the
//! first one instead of creating the same tables twice (audit N8). DDL is transactional on both databases: a
//! migration that fails leaves nothing behind.
//!
//! A database migrated by an earlier version of the library lists the store's migrations in `_sqlx_migrations`.
//! They are taken over: a migration found there with the store's version and checksum, applied successfully,
//! is moved to `privacy_notice_migrations` (marked `adopted`) and its row removed from `_sqlx_migrations`, so
//! that the application's own migrator no longer finds a migration it does not know.

use std::time::SystemTime;

use sqlx::migrate::{MigrateError, Migration, Migrator};

use super::StoreError;
use crate::Timestamp;

/// The two keys of the PostgreSQL advisory lock held while migrating (`hashtext('privacy_notice')`-like
/// constants, in the two-key space, apart from the one-key locks `withdraw` takes).
#[cfg(feature = "postgres")]
const PG_LOCK: (i32, i32) = (0x7072_6976, 0x6d69_6772);

#[cfg(feature = "sqlite")]
static SQLITE: Migrator = sqlx::migrate!("migrations/sqlite");
#[cfg(feature = "postgres")]
static POSTGRES: Migrator = sqlx::migrate!("migrations/postgres");

/// A row of the history: version and checksum.
type Applied = (i64, Vec<u8>);

/// What to do, given the store's `migrations`, the history `applied` and what `_sqlx_migrations` lists.
struct Plan<'m> {
    /// Migrations to record as taken over from `_sqlx_migrations`.
    adopt: Vec<&'m Migration>,
    /// Migrations to run.
    run: Vec<&'m Migration>,
}

fn plan<'m>(migrations: &'m Migrator, applied: &[Applied], sqlx_applied: &[Applied]) -> Result<Plan<'m>, StoreError> {
    for (version, checksum) in applied {
        match migrations.iter().find(|m| m.version == *version) {
            None => return Err(StoreError::NewerSchema(*version)),
            Some(migration) if migration.checksum.as_ref() != checksum.as_slice() => {
                return Err(StoreError::Migration(MigrateError::VersionMismatch(*version)));
            }
            Some(_) => {}
        }
    }
    let mut plan = Plan { adopt: Vec::new(), run: Vec::new() };
    for migration in migrations.iter().filter(|m| !applied.iter().any(|(version, _)| *version == m.version)) {
        let earlier = sqlx_applied
            .iter()
            .any(|(version, checksum)| *version == migration.version && checksum == migration.checksum.as_ref());
        if earlier { plan.adopt.push(migration) } else { plan.run.push(migration) }
    }
    Ok(plan)
}

fn now_millis() -> i64 {
    Timestamp::from(SystemTime::now()).unix_millis()
}

const RECORD: &str = "INSERT INTO privacy_notice_migrations (version, description, checksum, applied_at, origin) \
    VALUES ($1, $2, $3, $4, $5)";
const APPLIED: &str = "SELECT version, checksum FROM privacy_notice_migrations ORDER BY version";
const SQLX_APPLIED: &str = "SELECT version, checksum FROM _sqlx_migrations WHERE success ORDER BY version";
const SQLX_FORGET: &str = "DELETE FROM _sqlx_migrations WHERE version = $1 AND checksum = $2";

/// Runs the steps of a migration inside `$transaction`, on either database (the SQL is the same).
macro_rules! migrate_in {
    ($transaction:ident, $migrations:expr, $sqlx_table_exists:expr) => {{
        let applied: Vec<Applied> = sqlx::query_as(APPLIED).fetch_all(&mut *$transaction).await?;
        let sqlx_applied: Vec<Applied> = if $sqlx_table_exists {
            sqlx::query_as(SQLX_APPLIED).fetch_all(&mut *$transaction).await?
        } else {
            Vec::new()
        };
        let plan = plan($migrations, &applied, &sqlx_applied)?;
        for migration in plan.adopt {
            sqlx::query(SQLX_FORGET)
                .bind(migration.version)
                .bind(migration.checksum.as_ref())
                .execute(&mut *$transaction)
                .await?;
            sqlx::query(RECORD)
                .bind(migration.version)
                .bind(migration.description.as_ref())
                .bind(migration.checksum.as_ref())
                .bind(now_millis())
                .bind("adopted")
                .execute(&mut *$transaction)
                .await?;
        }
        for migration in plan.run {
            sqlx::raw_sql(&migration.sql)
                .execute(&mut *$transaction)
                .await
                .map_err(|error| MigrateError::ExecuteMigration(error, migration.version))?;
            sqlx::query(RECORD)
                .bind(migration.version)
                .bind(migration.description.as_ref())
                .bind(migration.checksum.as_ref())
                .bind(now_millis())
                .bind("applied")
                .execute(&mut *$transaction)
                .await?;
        }
    }};
}

/// Brings the SQLite store at `pool` up to date.
#[cfg(feature = "sqlite")]
pub(super) async fn sqlite(pool: &sqlx::SqlitePool) -> Result<(), StoreError> {
    // The write lock at once: a second process starting now waits (busy timeout) for this one to finish.
    let mut transaction = pool.begin_with("BEGIN IMMEDIATE").await?;
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS privacy_notice_migrations (version INTEGER PRIMARY KEY NOT NULL, \
         description TEXT NOT NULL, checksum BLOB NOT NULL, applied_at INTEGER NOT NULL, origin TEXT NOT NULL)",
    )
    .execute(&mut *transaction)
    .await?;
    let sqlx_table: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
            .fetch_one(&mut *transaction)
            .await?;
    migrate_in!(transaction, &SQLITE, sqlx_table > 0);
    transaction.commit().await?;
    Ok(())
}

/// Brings the PostgreSQL store at `pool` up to date.
#[cfg(feature = "postgres")]
pub(super) async fn postgres(pool: &sqlx::PgPool) -> Result<(), StoreError> {
    // Up to date already: nothing to lock nor create. An application role (`ConsentStore::grant_app_role`), which
    // may read the history but not create tables, connects through here once the owner has migrated.
    let history: bool =
        sqlx::query_scalar("SELECT to_regclass('privacy_notice_migrations') IS NOT NULL").fetch_one(pool).await?;
    if history {
        let applied: Vec<Applied> = sqlx::query_as(APPLIED).fetch_all(pool).await?;
        if plan(&POSTGRES, &applied, &[])?.run.is_empty() {
            return Ok(());
        }
    }
    let mut transaction = pool.begin().await?;
    // Held until the commit; taken before anything else, `CREATE TABLE IF NOT EXISTS` included, which two
    // sessions running at once can both attempt.
    sqlx::query("SELECT pg_advisory_xact_lock($1, $2)")
        .bind(PG_LOCK.0)
        .bind(PG_LOCK.1)
        .execute(&mut *transaction)
        .await?;
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS privacy_notice_migrations (version BIGINT PRIMARY KEY, \
         description TEXT NOT NULL, checksum BYTEA NOT NULL, applied_at BIGINT NOT NULL, origin TEXT NOT NULL)",
    )
    .execute(&mut *transaction)
    .await?;
    // Where sqlx's migrator would find it: the first schema of the search path.
    let sqlx_table: bool =
        sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL").fetch_one(&mut *transaction).await?;
    migrate_in!(transaction, &POSTGRES, sqlx_table);
    transaction.commit().await?;
    Ok(())
}
