//! The store's schema beside an application's own: the store keeps its migration history in its own table, so that
//! an application running its own sqlx migrations on the same database starts, whichever starts first (new-user
//! trial 3, trial 7); several first starts at once on a fresh database all succeed (audit N8); and a database the
//! store migrated through sqlx's `_sqlx_migrations` before is taken over with its records.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::SystemTime;

use privacy_notice::PrivacyNotice;
use privacy_notice::store::{ConsentStore, StoreError};
use privacy_notice_examples::forms::ShopOrder;
use privacy_notice_tests::databases::{self, Database};
use sqlx::migrate::Migrator;

use crate::store::{order, raw};

/// The application's own migrations: `0001_app_orders.sql` shares its number with the store's first migration.
fn app_migrations() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/app_migrations")
}

/// The store's migrations for `database`, as shipped in the runtime crate.
fn store_migrations(database: Database) -> PathBuf {
    let folder = match database {
        Database::Sqlite => "sqlite",
        Database::Postgres => "postgres",
    };
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/migrations").join(folder)
}

/// The versions of the migrations in `folder`.
fn versions_in(folder: &Path) -> Vec<i64> {
    let mut versions: Vec<i64> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".sql"))
        .map(|name| name.split('_').next().unwrap().parse().unwrap())
        .collect();
    versions.sort_unstable();
    versions
}

/// Runs the migrations of `folder` with sqlx's own migrator, as an application does at its start.
async fn run_sqlx_migrator(database: Database, url: &str, folder: &Path) -> Result<(), String> {
    let migrator = Migrator::new(folder).await.unwrap();
    match database {
        Database::Sqlite => {
            let options = sqlx::sqlite::SqliteConnectOptions::from_str(url).unwrap().create_if_missing(true);
            let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
            let result = migrator.run(&pool).await.map_err(|e| e.to_string());
            pool.close().await;
            result
        }
        Database::Postgres => {
            let pool = sqlx::PgPool::connect(url).await.unwrap();
            let result = migrator.run(&pool).await.map_err(|e| e.to_string());
            pool.close().await;
            result
        }
    }
}

/// The versions `table` lists as applied, or `None` if there is no such table.
async fn applied(database: Database, url: &str, table: &str) -> Option<Vec<i64>> {
    let sql = format!("SELECT version FROM {table} ORDER BY version");
    let versions = match database {
        Database::Sqlite => {
            let pool = sqlx::SqlitePool::connect(url).await.unwrap();
            sqlx::query_scalar(&sql).fetch_all(&pool).await
        }
        Database::Postgres => {
            let pool = sqlx::PgPool::connect(url).await.unwrap();
            sqlx::query_scalar(&sql).fetch_all(&pool).await
        }
    };
    versions.ok()
}

/// The store works: a submission goes in and reads back.
async fn stores_and_reads(store: &ConsentStore, subject: &str) {
    let records = order(true).consents().records(subject, SystemTime::now());
    store.append(ShopOrder::notice(), &records).await.unwrap();
    assert_eq!(store.history(subject).await.unwrap().records, records);
}

#[tokio::test]
async fn the_store_and_the_app_keep_their_own_migration_histories_whichever_starts_first() {
    for database in databases::all() {
        for store_first in [true, false] {
            let url = databases::fresh(database, &format!("store-own-migrations-{store_first}")).await;
            let first = if store_first { "the store" } else { "the application" };
            if !store_first {
                run_sqlx_migrator(database, &url, &app_migrations()).await.unwrap();
            }
            let store =
                ConsentStore::connect(&url).await.unwrap_or_else(|e| panic!("{database:?}, {first} first: {e}"));
            stores_and_reads(&store, "alice").await;
            drop(store);
            let app = run_sqlx_migrator(database, &url, &app_migrations()).await;
            assert_eq!(app, Ok(()), "{database:?}, {first} first: the application's migrations");
            // And again, as at the next start of the application.
            let store = ConsentStore::connect(&url).await.unwrap_or_else(|e| panic!("{database:?}, restart: {e}"));
            stores_and_reads(&store, "bob").await;
            assert_eq!(store.history("alice").await.unwrap().records.len(), 3);
            drop(store);
            assert_eq!(run_sqlx_migrator(database, &url, &app_migrations()).await, Ok(()));

            let app_versions = applied(database, &url, "_sqlx_migrations").await;
            assert_eq!(app_versions, Some(versions_in(&app_migrations())), "{database:?}: only the application's");
            let store_versions = applied(database, &url, "privacy_notice_migrations").await;
            assert_eq!(store_versions, Some(versions_in(&store_migrations(database))), "{database:?}");
            // The application's tables are there.
            assert_eq!(raw(database, &url, "INSERT INTO app_orders (id, email) VALUES (1, 'a@b.fr')").await, Ok(1));
        }
    }
}

/// Audit N8: several instances of an application starting at once on a fresh database (a rolling deploy, two
/// workers) all come up, and the schema is migrated once.
#[tokio::test]
async fn eight_first_starts_at_once_all_succeed_and_migrate_once() {
    for database in databases::all() {
        for round in 0..3 {
            let url = databases::fresh(database, &format!("store-first-starts-{round}")).await;
            let starts = (0..8).map(|_| ConsentStore::connect(&url));
            let stores = futures_util::future::join_all(starts).await;
            let failed: Vec<String> = stores.iter().filter_map(|s| s.as_ref().err()).map(|e| e.to_string()).collect();
            assert!(failed.is_empty(), "{database:?}, round {round}: {} of 8 failed: {failed:?}", failed.len());
            for (i, store) in stores.into_iter().enumerate() {
                let store = store.unwrap();
                stores_and_reads(&store, &format!("s{i}")).await;
                drop(store);
            }
            let store_versions = applied(database, &url, "privacy_notice_migrations").await;
            assert_eq!(store_versions, Some(versions_in(&store_migrations(database))), "{database:?}: once each");
        }
    }
}

/// A database made by an earlier version of the library, whose migration is listed in sqlx's
/// `_sqlx_migrations`: the store takes it over, keeps its records, and leaves `_sqlx_migrations` to the
/// application, whose own migrations then run.
#[tokio::test]
async fn a_store_migrated_by_an_earlier_version_is_taken_over_with_its_records() {
    for database in databases::all() {
        let url = databases::fresh(database, "store-adopt").await;
        // The earlier store: its first migration, run by sqlx's migrator.
        let earlier = std::env::temp_dir().join(format!("pn-earlier-migrations-{database:?}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&earlier);
        std::fs::create_dir_all(&earlier).unwrap();
        let first = store_migrations(database).join("0001_consent_store.sql");
        std::fs::copy(&first, earlier.join("0001_consent_store.sql")).unwrap();
        run_sqlx_migrator(database, &url, &earlier).await.unwrap();
        assert_eq!(applied(database, &url, "_sqlx_migrations").await, Some(vec![1]));
        // A record it stored.
        let record = &order(true).consents().records("earlier", SystemTime::now())[1];
        let sql = format!(
            "INSERT INTO consent_records (record_id, subject_id, form, purpose, decision, notice_version, \
             recorded_at, record) VALUES ('{}', 'earlier', 'ShopOrder', '{}', 'granted', '{}', {}, '{}')",
            record.record_id,
            record.purpose,
            record.notice_version,
            record.timestamp.unix_millis(),
            serde_json::to_string(record).unwrap().replace('\'', "''"),
        );
        assert_eq!(raw(database, &url, &sql).await, Ok(1));

        let store = ConsentStore::connect(&url).await.unwrap_or_else(|e| panic!("{database:?}: {e}"));
        assert_eq!(store.history("earlier").await.unwrap().records, std::slice::from_ref(record));
        stores_and_reads(&store, "later").await;
        drop(store);
        assert_eq!(applied(database, &url, "_sqlx_migrations").await, Some(vec![]), "{database:?}: handed back");
        let store_versions = applied(database, &url, "privacy_notice_migrations").await;
        assert_eq!(store_versions, Some(versions_in(&store_migrations(database))), "{database:?}");
        // The application's migrations, its `0001` included, now run beside the store.
        assert_eq!(run_sqlx_migrator(database, &url, &app_migrations()).await, Ok(()), "{database:?}");
        let store = ConsentStore::connect(&url).await.unwrap_or_else(|e| panic!("{database:?}: {e}"));
        assert_eq!(store.history("earlier").await.unwrap().records.len(), 1);
        drop(store);
        std::fs::remove_dir_all(&earlier).unwrap();
    }
}

/// A history the library cannot vouch for stops `connect` with a clear error, before anything is changed: a
/// migration it does not know (a newer version migrated the database), or one of its own whose text changed.
#[tokio::test]
async fn a_schema_from_a_newer_version_or_a_changed_migration_is_refused() {
    for database in databases::all() {
        let url = databases::fresh(database, "store-newer-schema").await;
        drop(ConsentStore::connect(&url).await.unwrap());
        let sql = "INSERT INTO privacy_notice_migrations (version, description, checksum, applied_at, origin) \
                   SELECT 9999, 'from the future', checksum, 0, 'applied' FROM privacy_notice_migrations \
                   WHERE version = 1";
        assert_eq!(raw(database, &url, sql).await, Ok(1));
        let error = ConsentStore::connect(&url).await.err().expect("refused");
        assert!(matches!(error, StoreError::NewerSchema(9999)), "{database:?}: {error}");
        assert!(error.to_string().contains("a newer version"), "{error}");
        assert_eq!(raw(database, &url, "DELETE FROM privacy_notice_migrations WHERE version = 9999").await, Ok(1));

        let sql = "UPDATE privacy_notice_migrations SET checksum = checksum || checksum WHERE version = 1";
        assert_eq!(raw(database, &url, sql).await, Ok(1));
        let error = ConsentStore::connect(&url).await.err().expect("refused");
        assert!(error.to_string().contains("migration 1 was previously applied but has been modified"), "{error}");
    }
}
