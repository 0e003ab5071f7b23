//! Reading every record a page at a time while others write (audit N4): a reader that follows `next` sees every
//! record that was committed, including one whose transaction took its place before later ones and committed
//! after them — the audit's `pg_seq_gap.sh`, here with the library's writers and a transaction held open by hand.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use privacy_notice::store::ConsentStore;
use privacy_notice::{ConsentRecord, Decision, PrivacyNotice};
use privacy_notice_examples::forms::ShopOrder;
use privacy_notice_tests::databases::{self, Database};

use crate::store::order;

const INSERT: &str = "INSERT INTO consent_records \
    (record_id, subject_id, form, purpose, decision, notice_version, recorded_at, record) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

/// Another client of the database, writing records by hand in transactions it commits when it likes.
#[derive(Clone)]
enum Hand {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// A transaction of [`Hand`]'s that has inserted a record and not committed yet.
enum Open {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

macro_rules! bind_record {
    ($record:expr, $json:expr) => {
        sqlx::query(INSERT)
            .bind(&$record.record_id)
            .bind(&$record.subject_id)
            .bind(&$record.form)
            .bind(&$record.purpose)
            .bind(if $record.decision == Decision::Granted { "granted" } else { "refused" })
            .bind(&$record.notice_version)
            .bind($record.timestamp.unix_millis())
            .bind($json)
    };
}

impl Hand {
    async fn connect(database: Database, url: &str) -> Hand {
        match database {
            Database::Sqlite => {
                use std::str::FromStr;
                let options =
                    sqlx::sqlite::SqliteConnectOptions::from_str(url).unwrap().busy_timeout(Duration::from_secs(30));
                Hand::Sqlite(sqlx::SqlitePool::connect_with(options).await.unwrap())
            }
            Database::Postgres => Hand::Postgres(sqlx::PgPool::connect(url).await.unwrap()),
        }
    }

    /// Begins a transaction and inserts `record` in it: on PostgreSQL it takes its `seq` now.
    async fn begin_insert(&self, record: &ConsentRecord) -> Open {
        let json = serde_json::to_string(record).unwrap();
        match self {
            Hand::Sqlite(pool) => {
                let mut transaction = pool.begin().await.unwrap();
                bind_record!(record, &json).execute(&mut *transaction).await.unwrap();
                Open::Sqlite(transaction)
            }
            Hand::Postgres(pool) => {
                let mut transaction = pool.begin().await.unwrap();
                bind_record!(record, &json).execute(&mut *transaction).await.unwrap();
                Open::Postgres(transaction)
            }
        }
    }

    /// Every record id in the table.
    async fn all_ids(&self) -> HashSet<String> {
        let sql = "SELECT record_id FROM consent_records";
        let ids: Vec<String> = match self {
            Hand::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap(),
            Hand::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap(),
        };
        ids.into_iter().collect()
    }
}

impl Open {
    async fn commit(self) {
        match self {
            Open::Sqlite(transaction) => transaction.commit().await.unwrap(),
            Open::Postgres(transaction) => transaction.commit().await.unwrap(),
        }
    }
}

/// An incremental exporter, as an archiver to write-once storage runs one: it keeps the last `next` it was given
/// and asks again from there (on the last page, `next` is `None`: it asks from its cursor again later).
#[derive(Default)]
struct Reader {
    cursor: Option<i64>,
    seen: HashSet<String>,
    pages: usize,
}

impl Reader {
    /// Follows `next` until the last page.
    async fn follow(&mut self, store: &ConsentStore, limit: u32) {
        loop {
            let page = store.page(self.cursor, limit).await.unwrap();
            self.pages += 1;
            assert!(page.unreadable.is_empty(), "{:?}", page.unreadable);
            self.seen.extend(page.records.into_iter().map(|r| r.record_id));
            match page.next {
                Some(next) => self.cursor = Some(next),
                None => return,
            }
        }
    }

    /// Panics unless every one of `all` was seen.
    fn assert_saw(&self, all: &HashSet<String>, context: &str) {
        let missed: Vec<&String> = all.difference(&self.seen).collect();
        assert!(
            missed.is_empty(),
            "{context}: the reader missed {} of {} records: {missed:?}",
            missed.len(),
            all.len()
        );
    }
}

fn submission(subject: &str) -> Vec<ConsentRecord> {
    order(true).consents().records(subject, SystemTime::now())
}

/// The deterministic form of the audit's gap: a transaction takes its place, later submissions are made while
/// it is open, a reader follows `next` over them, then the transaction commits. The reader still gets its record.
#[tokio::test]
async fn a_reader_following_next_gets_a_record_whose_transaction_commits_after_later_ones() {
    for database in databases::all() {
        let url = databases::fresh(database, "store-order-gap").await;
        let store = Arc::new(ConsentStore::connect(&url).await.unwrap());
        let notice = ShopOrder::notice();
        store.append(notice, &submission("first")).await.unwrap();
        let hand = Hand::connect(database, &url).await;
        let slow = hand.begin_insert(&submission("slow")[0]).await;
        // Two submissions made while the slow transaction is open: on PostgreSQL they take later places and could
        // commit first; SQLite makes them wait for the slow one.
        let fast = tokio::spawn({
            let store = store.clone();
            async move {
                for subject in ["fast-1", "fast-2"] {
                    store.append(notice, &submission(subject)).await.unwrap();
                }
            }
        });
        tokio::time::sleep(Duration::from_millis(300)).await;
        // The reader follows `next` while the slow transaction is still open (PostgreSQL makes it wait for it).
        let reader = tokio::spawn({
            let store = store.clone();
            async move {
                let mut reader = Reader::default();
                reader.follow(&store, 1).await;
                reader
            }
        });
        tokio::time::sleep(Duration::from_millis(300)).await;
        slow.commit().await;
        fast.await.unwrap();
        let mut reader = reader.await.unwrap();
        reader.follow(&store, 1).await;
        let all = hand.all_ids().await;
        assert_eq!(all.len(), 3 + 1 + 6);
        reader.assert_saw(&all, &format!("{database:?}"));
    }
}

/// Writers of records do not wait for one another on PostgreSQL (its commits are not serialised): two
/// transactions that inserted records are open at the same time, and a third submission goes in meanwhile.
#[tokio::test]
async fn writers_of_records_do_not_wait_for_one_another_on_postgresql() {
    if !databases::all().contains(&Database::Postgres) {
        return;
    }
    let url = databases::fresh(Database::Postgres, "store-order-writers").await;
    let store = ConsentStore::connect(&url).await.unwrap();
    let hand = Hand::connect(Database::Postgres, &url).await;
    let within = Duration::from_secs(5);
    let first = tokio::time::timeout(within, hand.begin_insert(&submission("one")[0])).await.expect("not serialised");
    let second = tokio::time::timeout(within, hand.begin_insert(&submission("two")[0])).await.expect("not serialised");
    let appended = tokio::time::timeout(within, store.append(ShopOrder::notice(), &submission("three"))).await;
    assert!(appended.expect("not serialised").is_ok());
    first.commit().await;
    second.commit().await;
    assert_eq!(store.page(None, 100).await.unwrap().records.len(), 5);
}

/// A transaction left open after inserting a record: on PostgreSQL a page waits for it, then fails with a lock
/// timeout instead of returning a page that could pass its record; writers go on meanwhile and afterwards.
#[tokio::test]
async fn a_page_fails_rather_than_pass_a_transaction_left_open_on_postgresql() {
    if !databases::all().contains(&Database::Postgres) {
        return;
    }
    let url = databases::fresh(Database::Postgres, "store-order-left-open").await;
    let store = ConsentStore::connect(&url).await.unwrap();
    let hand = Hand::connect(Database::Postgres, &url).await;
    let open = hand.begin_insert(&submission("left-open")[0]).await;
    let started = std::time::Instant::now();
    let error = store.page(None, 10).await.unwrap_err();
    assert!(error.to_string().contains("lock timeout"), "{error}");
    assert!(started.elapsed() >= Duration::from_secs(4), "{:?}", started.elapsed());
    let records = submission("b");
    let appended = tokio::time::timeout(Duration::from_secs(5), store.append(ShopOrder::notice(), &records)).await;
    assert!(appended.expect("writers are not held").is_ok());
    open.commit().await;
    assert_eq!(store.page(None, 10).await.unwrap().records.len(), 4);
}

/// Writers at once — the library's, and transactions held open by hand — and a reader following `next` all the
/// while: at the end, the reader has seen every committed record.
#[tokio::test]
async fn a_reader_following_next_during_concurrent_writes_sees_every_record() {
    for database in databases::all() {
        let url = databases::fresh(database, "store-order-flood").await;
        let store = Arc::new(ConsentStore::connect(&url).await.unwrap());
        let notice = ShopOrder::notice();
        store.append(notice, &submission("first")).await.unwrap();
        let hand = Hand::connect(database, &url).await;
        let done = Arc::new(AtomicBool::new(false));
        let reader = tokio::spawn({
            let (store, done) = (store.clone(), done.clone());
            async move {
                let mut reader = Reader::default();
                while !done.load(Ordering::SeqCst) {
                    reader.follow(&store, 7).await;
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
                reader
            }
        });
        let mut writers = Vec::new();
        for w in 0..4 {
            let store = store.clone();
            writers.push(tokio::spawn(async move {
                for i in 0..20 {
                    store.append(notice, &submission(&format!("w{w}-{i}"))).await.unwrap();
                }
            }));
        }
        for h in 0..2 {
            let hand = hand.clone();
            writers.push(tokio::spawn(async move {
                for i in 0..6 {
                    let open = hand.begin_insert(&submission(&format!("h{h}-{i}"))[0]).await;
                    tokio::time::sleep(Duration::from_millis(40)).await;
                    open.commit().await;
                }
            }));
        }
        for writer in writers {
            writer.await.unwrap();
        }
        done.store(true, Ordering::SeqCst);
        let mut reader = reader.await.unwrap();
        reader.follow(&store, 1000).await;
        let all = hand.all_ids().await;
        assert_eq!(all.len(), 3 + 4 * 20 * 3 + 2 * 6);
        reader.assert_saw(&all, &format!("{database:?}, {} pages", reader.pages));
    }
}

/// A full export (every page from the first) made during a flood of submissions has every record stored before
/// it began; continued from its last cursor once the flood is over, it has every record.
#[tokio::test]
async fn an_export_during_a_write_flood_sees_every_record() {
    for database in databases::all() {
        let url = databases::fresh(database, "store-order-export").await;
        let store = Arc::new(ConsentStore::connect(&url).await.unwrap());
        let notice = ShopOrder::notice();
        for i in 0..50 {
            store.append(notice, &submission(&format!("before-{i}"))).await.unwrap();
        }
        let acknowledged = Arc::new(Mutex::new(Vec::new()));
        let writers: Vec<_> = (0..6)
            .map(|w| {
                let (store, acknowledged) = (store.clone(), acknowledged.clone());
                tokio::spawn(async move {
                    for i in 0..30 {
                        let records = submission(&format!("flood-{w}-{i}"));
                        store.append(notice, &records).await.unwrap();
                        acknowledged.lock().unwrap().extend(records.into_iter().map(|r| r.record_id));
                    }
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(30)).await;
        let hand = Hand::connect(database, &url).await;
        let before: HashSet<String> = hand.all_ids().await;
        let acknowledged_before: HashSet<String> = acknowledged.lock().unwrap().iter().cloned().collect();
        let mut export = Reader::default();
        export.follow(&store, 40).await;
        export.assert_saw(&before, &format!("{database:?}: stored before the export"));
        export.assert_saw(&acknowledged_before, &format!("{database:?}: acknowledged before the export"));
        for writer in writers {
            writer.await.unwrap();
        }
        export.follow(&store, 40).await;
        let all = hand.all_ids().await;
        assert_eq!(all.len(), (50 + 6 * 30) * 3);
        export.assert_saw(&all, &format!("{database:?}: continued after the flood"));
    }
}
