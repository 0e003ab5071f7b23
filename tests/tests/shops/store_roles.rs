//! Audit N7: on PostgreSQL the store migrates as an owner role and the shop runs as a role granted only what
//! `ConsentStore::grant_app_role` grants. That role records, reads, withdraws and purges through the library,
//! and the database refuses it every way round the append-only triggers: UPDATE, DELETE, TRUNCATE, a purge row
//! by hand, `ALTER TABLE .. DISABLE TRIGGER`, `DROP TRIGGER`, and the purge function with a short retention.

use std::time::{Duration, SystemTime};

use privacy_notice::store::{ConsentStore, RETENTION_FLOOR, StoreError};
use privacy_notice::{CollectionMethod, ConsentRecord, Lang, PrivacyNotice};
use privacy_notice_examples::forms::ShopOrder;
use privacy_notice_tests::databases::{self, Database};
use sqlx::Connection;

use super::store::{count, order, raw};

/// `url` with `user` in place of its user.
fn as_user(url: &str, user: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    format!("{scheme}://{user}@{host}")
}

#[tokio::test]
async fn the_app_role_records_and_reads_but_cannot_erase_nor_disable_the_triggers() {
    let Some(server) = databases::postgres_server() else { return };
    let url = databases::fresh(Database::Postgres, "store-roles").await;
    let (owner, app) = (format!("pn_owner_{}", std::process::id()), format!("pn_app_{}", std::process::id()));
    let database = url.rsplit_once('/').unwrap().1.to_string();
    {
        // As the server's superuser: the two roles, and the database (its `public` schema) to the owner.
        let mut admin = sqlx::PgConnection::connect(&server).await.unwrap();
        for role in [&owner, &app] {
            sqlx::query(&format!("DROP ROLE IF EXISTS {role}")).execute(&mut admin).await.unwrap();
            sqlx::query(&format!("CREATE ROLE {role} LOGIN")).execute(&mut admin).await.unwrap();
        }
        sqlx::query(&format!("ALTER DATABASE {database} OWNER TO {owner}")).execute(&mut admin).await.unwrap();
        raw(Database::Postgres, &url, &format!("GRANT ALL ON SCHEMA public TO {owner}")).await.unwrap();
    }
    let (owner_url, app_url) = (as_user(&url, &owner), as_user(&url, &app));

    // The owner migrates, then grants the application role; nobody else can be made the application role.
    let owner_store = ConsentStore::connect(&owner_url).await.unwrap();
    owner_store.grant_app_role(&app).await.unwrap();
    for refused in ["postgres", owner.as_str(), "no_such_role", "shop; DROP TABLE consent_records", ""] {
        let error = owner_store.grant_app_role(refused).await.unwrap_err();
        assert!(matches!(error, StoreError::Refused(_)), "{refused}: {error}");
    }

    // The application role: connects (the schema is up to date: no DDL), records, reads, withdraws, purges.
    let store = ConsentStore::connect(&app_url).await.unwrap();
    let notice = ShopOrder::notice();
    let records = order(true).consents().records("alice", SystemTime::now());
    store.append(notice, &records).await.unwrap();
    assert_eq!(store.history("alice").await.unwrap().records, records);
    store.withdraw(notice, "alice", ShopOrder::PARTNER_EMAIL_OPTIN, Lang::Fr, CollectionMethod::WebForm).await.unwrap();
    // Granted ten years ago, withdrawn a day later: ended long before the cutoff of a purge at the floor.
    let old = SystemTime::now() - RETENTION_FLOOR * 2;
    store.append(notice, &order(true).consents().records("ended", old)).await.unwrap();
    let withdrawal = ConsentRecord::withdrawal(
        notice,
        ShopOrder::PARTNER_EMAIL_OPTIN,
        "ended",
        Lang::Fr,
        CollectionMethod::WebForm,
        old + Duration::from_secs(86_400),
    )
    .unwrap();
    store.append(notice, &[withdrawal]).await.unwrap();
    assert_eq!(store.page(None, 100).await.unwrap().records.len(), 8);
    // The purge, through the owner's function: the grant that ended goes, the rest stays.
    let purge = store.purge_for::<ShopOrder>(RETENTION_FLOOR, "routine").await.unwrap();
    assert_eq!(purge.deleted, 1);
    assert_eq!(store.history("ended").await.unwrap().records.len(), 3);
    assert_eq!(store.history("alice").await.unwrap().records.len(), 4);
    let records_now = "SELECT COUNT(*) FROM consent_records";
    assert_eq!(count(Database::Postgres, &app_url, records_now).await, 7);

    // Everything the audit did as the shop's own role, refused by the database.
    for (sql, refusal) in [
        ("UPDATE consent_records SET decision = 'refused'", "permission denied"),
        ("DELETE FROM consent_records", "permission denied"),
        ("TRUNCATE consent_records", "permission denied"),
        ("DELETE FROM retention_purges", "permission denied"),
        (
            "INSERT INTO retention_purges (form, cutoff, purged_at, deleted, reason) VALUES ('x', 9999999999999, 0, 0, 'x')",
            "permission denied",
        ),
        ("UPDATE archived_notices SET outputs = ''", "permission denied"),
        ("ALTER TABLE consent_records DISABLE TRIGGER USER", "must be owner"),
        ("ALTER TABLE retention_purges DISABLE TRIGGER USER", "must be owner"),
        ("DROP TRIGGER consent_records_no_delete ON consent_records", "must be owner"),
        ("DROP TRIGGER retention_purges_no_update ON retention_purges", "must be owner"),
        ("DROP TABLE consent_records", "must be owner"),
        ("CREATE TABLE elsewhere (x INT)", "permission denied"),
        ("SELECT * FROM privacy_notice_purge('x', 0, 'now')", "shorter than 5 years"),
    ] {
        let error = raw(Database::Postgres, &app_url, sql).await.unwrap_err();
        assert!(error.contains(refusal), "{sql}: {error}");
    }
    assert_eq!(count(Database::Postgres, &app_url, records_now).await, 7, "nothing was erased");
    assert_eq!(count(Database::Postgres, &app_url, "SELECT COUNT(*) FROM retention_purges").await, 1);
    // The owner still can disable a trigger (its role is the one to keep out of the application's hands).
    raw(Database::Postgres, &owner_url, "ALTER TABLE consent_records DISABLE TRIGGER consent_records_no_update")
        .await
        .unwrap();
    raw(Database::Postgres, &owner_url, "ALTER TABLE consent_records ENABLE TRIGGER consent_records_no_update")
        .await
        .unwrap();

    drop((store, owner_store));
    let mut admin = sqlx::PgConnection::connect(&server).await.unwrap();
    sqlx::query(&format!("DROP DATABASE {database} WITH (FORCE)")).execute(&mut admin).await.unwrap();
    for role in [&owner, &app] {
        sqlx::query(&format!("DROP ROLE {role}")).execute(&mut admin).await.unwrap();
    }
}

#[tokio::test]
async fn sqlite_has_no_roles_to_grant() {
    let url = databases::fresh(Database::Sqlite, "store-roles").await;
    let store = ConsentStore::connect(&url).await.unwrap();
    let error = store.grant_app_role("shop").await.unwrap_err();
    assert!(error.to_string().contains("file's permissions are the only protection"), "{error}");
}
