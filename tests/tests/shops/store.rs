//! The consent store on SQLite and on PostgreSQL (when `PRIVACY_NOTICE_POSTGRES` names a server): what it keeps,
//! what it answers, and what it refuses — the application's mistakes and the database client's bypasses.

use std::time::{Duration, SystemTime};

use privacy_notice::store::{ConsentStore, StoreError};
use privacy_notice::{CollectionMethod, Decision, Lang, PrivacyNotice, Timestamp};
use privacy_notice_examples::forms::{NewsletterSignup, ShopOrder};
use privacy_notice_tests::databases::{self, Database};
use sqlx::Connection;

/// An order whose boxes are ticked as given.
pub(crate) fn order(partner_offers: bool) -> ShopOrder {
    let mut body = format!("email=a%40b.fr&address=x&notice_version={}", ShopOrder::notice().version());
    if partner_offers {
        body.push_str("&partner_offers=on");
    }
    serde_urlencoded::from_str(&body).unwrap()
}

async fn each_database(name: &str, test: impl AsyncFn(ConsentStore, Database, String)) {
    for database in databases::all() {
        let url = databases::fresh(database, name).await;
        let store = ConsentStore::connect(&url).await.unwrap();
        test(store, database, url).await;
    }
}

/// Runs raw SQL the way another client of the database would, behind the library's back.
pub(crate) async fn raw(database: Database, url: &str, sql: &str) -> Result<u64, String> {
    match database {
        Database::Sqlite => {
            let mut connection = sqlx::SqliteConnection::connect(url).await.unwrap();
            sqlx::query(sql).execute(&mut connection).await.map(|done| done.rows_affected()).map_err(|e| e.to_string())
        }
        Database::Postgres => {
            let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
            sqlx::query(sql).execute(&mut connection).await.map(|done| done.rows_affected()).map_err(|e| e.to_string())
        }
    }
}

/// The single number `sql` selects.
pub(crate) async fn count(database: Database, url: &str, sql: &str) -> i64 {
    match database {
        Database::Sqlite => {
            let mut connection = sqlx::SqliteConnection::connect(url).await.unwrap();
            sqlx::query_scalar(sql).fetch_one(&mut connection).await.unwrap()
        }
        Database::Postgres => {
            let mut connection = sqlx::PgConnection::connect(url).await.unwrap();
            sqlx::query_scalar(sql).fetch_one(&mut connection).await.unwrap()
        }
    }
}

#[tokio::test]
async fn a_submission_is_stored_whole_and_read_back_per_person() {
    each_database("store-append", async |store, _, _| {
        let notice = ShopOrder::notice();
        let alice = order(true).consents().records("alice", SystemTime::now());
        let bob = order(false).consents().records("bob", SystemTime::now());
        store.append(notice, &alice).await.unwrap();
        store.append(notice, &bob).await.unwrap();
        let history = store.history("alice").await.unwrap();
        assert_eq!(history.records, alice);
        assert_eq!(store.decision("alice", "ShopOrder", "partner_email_optin").await.unwrap(), Some(Decision::Granted));
        assert_eq!(store.decision("bob", "ShopOrder", "partner_email_optin").await.unwrap(), Some(Decision::Refused));
        assert_eq!(store.decision("carol", "ShopOrder", "partner_email_optin").await.unwrap(), None);

        // One bad record in a submission: nothing of it is stored.
        let mut broken = order(true).consents().records("dave", SystemTime::now());
        broken[2].record_id = broken[0].record_id.clone();
        assert!(matches!(store.append(notice, &broken).await, Err(StoreError::Database(_))));
        assert!(store.history("dave").await.unwrap().records.is_empty(), "all or nothing");
    })
    .await;
}

#[tokio::test]
async fn records_that_do_not_belong_to_the_notice_are_refused() {
    each_database("store-refuse", async |store, _, _| {
        let mut records = order(true).consents().records("alice", SystemTime::now());
        // Another form's notice.
        let error = store.append(NewsletterSignup::notice(), &records).await.unwrap_err();
        assert!(error.to_string().contains("not of `NewsletterSignup`"), "{error}");
        // A version the notice never had.
        records[0].notice_version = "0".repeat(64);
        let error = store.append(ShopOrder::notice(), &records).await.unwrap_err();
        assert!(error.to_string().contains("is not the version"), "{error}");
        // A moment RFC 3339 cannot write (audit L3): refused on write, not stored unreadable.
        let mut records = order(true).consents().records("alice", SystemTime::now());
        records[1].timestamp = Timestamp::from_unix_millis(Timestamp::MAX.unix_millis() + 1);
        let error = store.append(ShopOrder::notice(), &records).await.unwrap_err();
        assert!(error.to_string().contains("outside the years 0000-9999"), "{error}");
        assert!(store.history("alice").await.unwrap().records.is_empty());
    })
    .await;
}

#[tokio::test]
async fn every_output_a_person_could_see_is_archived_once_per_version() {
    each_database("store-archive", async |store, database, url| {
        let notice = ShopOrder::notice();
        store.append(notice, &order(true).consents().records("alice", SystemTime::now())).await.unwrap();
        store.archive(notice).await.unwrap();
        let archived = store.archived(notice.version()).await.unwrap().expect("archived");
        assert_eq!(archived.form, "ShopOrder");
        let outputs: serde_json::Value = serde_json::from_str(&archived.outputs).unwrap();
        for lang in Lang::ALL {
            let shown = &outputs[lang.code()];
            assert_eq!(shown["html"], notice.html(lang));
            assert_eq!(shown["summary_html"], notice.summary_html(lang));
            assert_eq!(shown["text"], notice.text(lang));
            assert_eq!(shown["markdown"], notice.markdown(lang));
            assert_eq!(shown["boxes_html"], notice.boxes_html(lang));
            assert_eq!(shown["call_script"], notice.call_script(lang));
        }
        // A phone record's version leads to the same archive.
        assert_eq!(store.archived(notice.script_version()).await.unwrap(), Some(archived));
        let count = match database {
            Database::Sqlite => {
                raw(database, &url, "INSERT INTO archived_notices SELECT * FROM archived_notices").await
            }
            Database::Postgres => {
                raw(
                    database,
                    &url,
                    "INSERT INTO archived_notices SELECT * FROM archived_notices ON CONFLICT DO NOTHING",
                )
                .await
            }
        };
        assert_eq!(count, Ok(0), "archived once");
    })
    .await;
}

#[tokio::test]
async fn a_withdrawal_is_a_new_record_made_only_while_granted() {
    each_database("store-withdraw", async |store, _, _| {
        let notice = ShopOrder::notice();
        store.append(notice, &order(true).consents().records("alice", SystemTime::now())).await.unwrap();
        let record =
            store.withdraw(notice, "alice", "partner_email_optin", Lang::Fr, CollectionMethod::WebForm).await.unwrap();
        assert_eq!(record.decision, Decision::Refused);
        let again = store.withdraw(notice, "alice", "partner_email_optin", Lang::Fr, CollectionMethod::WebForm).await;
        assert!(matches!(again, Err(StoreError::NothingToWithdraw)), "{again:?}");
        let never = store.withdraw(notice, "nobody", "partner_email_optin", Lang::Fr, CollectionMethod::WebForm).await;
        assert!(matches!(never, Err(StoreError::NothingToWithdraw)));
        let unknown = store.withdraw(notice, "alice", "no_such_box", Lang::Fr, CollectionMethod::WebForm).await;
        assert!(matches!(unknown, Err(StoreError::UnknownPurpose(_))));
        let current = store.current("alice").await.unwrap().records;
        assert_eq!(current.len(), 3, "one latest record per purpose");
        let email = current.iter().find(|r| r.purpose == "partner_email_optin").unwrap();
        assert_eq!(email.record_id, record.record_id);
        assert_eq!(store.history("alice").await.unwrap().records.len(), 4);

        // Ten withdrawals of the same grant at once: exactly one is recorded.
        store.append(notice, &order(true).consents().records("bob", SystemTime::now())).await.unwrap();
        let attempts =
            (0..10).map(|_| store.withdraw(notice, "bob", "partner_email_optin", Lang::Fr, CollectionMethod::WebForm));
        let results = futures_util::future::join_all(attempts).await;
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    })
    .await;
}

#[tokio::test]
async fn every_record_is_read_a_page_at_a_time_and_a_bad_row_breaks_nothing() {
    each_database("store-pages", async |store, database, url| {
        let notice = ShopOrder::notice();
        for i in 0..7 {
            store
                .append(notice, &order(i % 2 == 0).consents().records(&format!("s{i}"), SystemTime::now()))
                .await
                .unwrap();
        }
        // A row altered outside the library, for one person.
        let sql = "INSERT INTO consent_records (record_id, subject_id, form, purpose, decision, notice_version, \
                   recorded_at, record) VALUES ('x', 's3', 'ShopOrder', 'partner_optout', 'granted', 'v', 0, \
                   '{\"timestamp\": \"10000-01-01T00:00:00Z\"}')";
        raw(database, &url, sql).await.unwrap();
        let mut seen = 0;
        let mut unreadable = Vec::new();
        let mut after = None;
        let mut pages = 0;
        loop {
            let page = store.page(after, 5).await.unwrap();
            assert!(page.records.len() + page.unreadable.len() <= 5);
            seen += page.records.len();
            unreadable.extend(page.unreadable);
            pages += 1;
            match page.next {
                Some(next) => after = Some(next),
                None => break,
            }
        }
        assert_eq!((seen, unreadable.len(), pages), (21, 1, 5));
        // The person's other records still read, and the bad row is reported, not dropped.
        let history = store.history("s3").await.unwrap();
        assert_eq!((history.records.len(), history.unreadable.len()), (3, 1));
        assert_eq!(store.history("s2").await.unwrap().unreadable.len(), 0);
        let export: serde_json::Value = serde_json::from_str(&store.export("s3").await.unwrap()).unwrap();
        assert_eq!(export["unreadable"].as_array().unwrap().len(), 1);
        assert_eq!(export["notices"][0]["version"], notice.version());
    })
    .await;
}

#[tokio::test]
async fn a_purge_deletes_only_what_is_past_retention_and_records_it() {
    each_database("store-purge", async |store, database, url| {
        let notice = ShopOrder::notice();
        let long_ago = SystemTime::now() - Duration::from_secs(10 * 365 * 86_400);
        store.append(notice, &order(true).consents().records("old", long_ago)).await.unwrap();
        store.append(notice, &order(true).consents().records("recent", SystemTime::now())).await.unwrap();
        // An old grant, withdrawn today: its history is kept, the latest decision being recent.
        store.append(notice, &order(true).consents().records("withdrawn", long_ago)).await.unwrap();
        store.withdraw(notice, "withdrawn", "partner_email_optin", Lang::Fr, CollectionMethod::WebForm).await.unwrap();

        // Without a recorded purge, the database refuses the deletion.
        let error = raw(database, &url, "DELETE FROM consent_records WHERE subject_id = 'old'").await.unwrap_err();
        assert!(error.contains("append-only"), "{error}");

        let purge = store
            .purge("ShopOrder", Duration::from_secs(5 * 365 * 86_400), "5 years after the last decision")
            .await
            .unwrap();
        // "old": 3 records; "withdrawn": its two untouched purposes, whose latest decision is 10 years old.
        assert_eq!(purge.deleted, 5);
        assert!(store.history("old").await.unwrap().records.is_empty());
        assert_eq!(store.history("recent").await.unwrap().records.len(), 3);
        let kept: Vec<String> =
            store.history("withdrawn").await.unwrap().records.into_iter().map(|r| r.purpose).collect();
        assert_eq!(kept, ["partner_email_optin", "partner_email_optin"]);
        let sql =
            "SELECT COUNT(*) FROM retention_purges WHERE form = 'ShopOrder' AND deleted = 5 AND reason LIKE '5 years%'";
        assert_eq!(count(database, &url, sql).await, 1, "the purge is recorded");
        let error = raw(database, &url, "DELETE FROM retention_purges").await.unwrap_err();
        assert!(error.contains("append-only"), "{error}");
        // A recent record stays undeletable even after a purge was recorded.
        let error = raw(database, &url, "DELETE FROM consent_records WHERE subject_id = 'recent'").await.unwrap_err();
        assert!(error.contains("append-only"), "{error}");
    })
    .await;
}

/// The bypasses the security audit found (L1), now refused by the database itself.
#[tokio::test]
async fn the_database_refuses_to_alter_or_replace_a_record() {
    each_database("store-bypass", async |store, database, url| {
        let notice = ShopOrder::notice();
        store.append(notice, &order(true).consents().records("alice", SystemTime::now())).await.unwrap();
        let mut attempts = vec![
            "UPDATE consent_records SET decision = 'refused'",
            "DELETE FROM consent_records",
            "UPDATE archived_notices SET outputs = '{}'",
            "DELETE FROM archived_notices",
        ];
        match database {
            Database::Sqlite => attempts.extend([
                "INSERT OR REPLACE INTO consent_records SELECT seq, record_id, subject_id, form, purpose, 'refused', \
                 notice_version, recorded_at, record FROM consent_records",
                "REPLACE INTO consent_records SELECT * FROM consent_records",
                "INSERT INTO consent_records SELECT * FROM consent_records WHERE true ON CONFLICT (seq) DO UPDATE SET decision = 'refused'",
                "INSERT OR REPLACE INTO archived_notices SELECT version, script_version, form, archived_at, '{}' \
                 FROM archived_notices",
            ]),
            Database::Postgres => attempts.extend([
                "TRUNCATE consent_records",
                "TRUNCATE archived_notices",
                "INSERT INTO consent_records SELECT * FROM consent_records ON CONFLICT (seq) DO UPDATE SET decision = 'refused'",
                "INSERT INTO archived_notices SELECT * FROM archived_notices ON CONFLICT (version) DO UPDATE SET outputs = '{}'",
            ]),
        }
        for sql in attempts {
            let result = raw(database, &url, sql).await;
            assert!(
                result.as_ref().is_err_and(|e| e.contains("append-only")) || result == Ok(0),
                "{database:?}: `{sql}` went through: {result:?}"
            );
        }
        // Nothing changed.
        let history = store.history("alice").await.unwrap();
        assert_eq!(history.records.len(), 3);
        assert_eq!(store.decision("alice", "ShopOrder", "partner_email_optin").await.unwrap(), Some(Decision::Granted));
        let archived = store.archived(notice.version()).await.unwrap().unwrap();
        assert!(archived.outputs.contains("\"html\""));
    })
    .await;
}
