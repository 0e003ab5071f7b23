//! The consent store on SQLite and on PostgreSQL (when `PRIVACY_NOTICE_POSTGRES` names a server): what it keeps,
//! what it answers, and what it refuses — the application's mistakes and the database client's bypasses.

use std::time::{Duration, SystemTime};

use privacy_notice::store::{ConsentStore, RETENTION_FLOOR, StoreError};
use privacy_notice::{CollectionMethod, ConsentRecord, Decision, Lang, PrivacyNotice, Timestamp};
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
        assert_eq!(
            store.decision_for::<ShopOrder>("alice", ShopOrder::PARTNER_EMAIL_OPTIN).await.unwrap(),
            Some(Decision::Granted)
        );
        assert_eq!(
            store.decision_for::<ShopOrder>("bob", ShopOrder::PARTNER_EMAIL_OPTIN).await.unwrap(),
            Some(Decision::Refused)
        );
        assert_eq!(store.decision_for::<ShopOrder>("carol", ShopOrder::PARTNER_EMAIL_OPTIN).await.unwrap(), None);

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
        assert!(error.to_string().contains(&format!("not of `{}`", NewsletterSignup::notice().id())), "{error}");
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
        assert_eq!(archived.form, ShopOrder::notice().id());
        let outputs: serde_json::Value = serde_json::from_str(&archived.outputs).unwrap();
        // The version is recomputed from the archive alone, with an independent SHA-256 (audit N9).
        assert!(archived.verifies(), "the archive does not prove its version");
        let mut covered = Vec::new();
        for part in outputs["covered"].as_array().expect("the covered parts") {
            covered.extend_from_slice(part["output"].as_str().unwrap().as_bytes());
            covered.push(0);
        }
        use sha2::Digest;
        let independent: String = sha2::Sha256::digest(&covered).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(independent, notice.version());
        let mut tampered = archived.clone();
        tampered.outputs = tampered.outputs.replacen("Boutique Lumi", "Boutique Ombre", 1);
        assert!(!tampered.verifies(), "an altered archive still verifies");
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

/// Five years of 365 days, the shortest retention the store accepts being a little longer (leap days).
const FIVE_YEARS: Duration = Duration::from_secs(5 * 365 * 86_400);

/// `years` years of 365 days before now.
fn years_ago(years: u64) -> SystemTime {
    SystemTime::now() - Duration::from_secs(years * 365 * 86_400)
}

/// The withdrawal of `subject`'s `partner_email_optin` grant, made at `at`.
fn withdrawal_at(subject: &str, at: SystemTime) -> ConsentRecord {
    ConsentRecord::withdrawal(
        ShopOrder::notice(),
        "partner_email_optin",
        subject,
        Lang::Fr,
        CollectionMethod::WebForm,
        at,
    )
    .unwrap()
}

/// The purposes of `subject`'s records, in the order they were stored, with their decision.
async fn kept(store: &ConsentStore, subject: &str) -> Vec<(String, Decision)> {
    store.history(subject).await.unwrap().records.into_iter().map(|r| (r.purpose, r.decision)).collect()
}

/// Audit N3: a purge deleted the proof of consents still in force. A grant never withdrawn is the consent the
/// controller relies on today; its proof is kept for as long as it is in force, however old it is.
#[tokio::test]
async fn purge_keeps_a_grant_in_force_whatever_its_age() {
    each_database("store-purge-in-force", async |store, database, url| {
        let notice = ShopOrder::notice();
        store.append(notice, &order(true).consents().records("ancient", years_ago(30))).await.unwrap();
        let purge =
            store.purge_for::<ShopOrder>(FIVE_YEARS * 2, "10 years after the end of the consent").await.unwrap();
        assert_eq!(purge.deleted, 0, "nothing has ended");
        assert_eq!(store.history("ancient").await.unwrap().records.len(), 3);
        assert_eq!(
            store.decision_for::<ShopOrder>("ancient", ShopOrder::PARTNER_EMAIL_OPTIN).await.unwrap(),
            Some(Decision::Granted),
            "the proof of the consent in force is kept"
        );
        let sql = "SELECT COUNT(*) FROM retention_purges WHERE deleted = 0";
        assert_eq!(count(database, &url, sql).await, 1, "the purge is recorded all the same");
    })
    .await;
}

/// What a purge deletes: a decision that ended — withdrawn, or replaced by a later decision of the same person
/// on the same purpose — before the cutoff. The decision that replaced it is the one in force, and stays.
#[tokio::test]
async fn purge_deletes_only_decisions_that_ended_before_the_cutoff() {
    each_database("store-purge-ended", async |store, database, url| {
        let notice = ShopOrder::notice();
        // Granted 10 years ago, never changed: in force.
        store.append(notice, &order(true).consents().records("in-force", years_ago(10))).await.unwrap();
        // Granted 10 years ago, withdrawn 8 years ago: the grant ended before the cutoff, the withdrawal is
        // today's decision.
        store.append(notice, &order(true).consents().records("ended", years_ago(10))).await.unwrap();
        store.append(notice, &[withdrawal_at("ended", years_ago(8))]).await.unwrap();
        // Granted 10 years ago, withdrawn a year ago: the grant ended after the cutoff.
        store.append(notice, &order(true).consents().records("ended-lately", years_ago(10))).await.unwrap();
        store.append(notice, &[withdrawal_at("ended-lately", years_ago(1))]).await.unwrap();
        // Three submissions, 10, 7 and 6 years ago: the first two ended 7 and 6 years ago.
        let mut latest = Vec::new();
        for (years, partner_offers) in [(10, true), (7, false), (6, true)] {
            latest = order(partner_offers).consents().records("changed", years_ago(years));
            store.append(notice, &latest).await.unwrap();
        }
        // A withdrawal the same day as the grant it ends, 9 years ago; then nothing: the withdrawal is in force.
        store.append(notice, &order(true).consents().records("same-day", years_ago(9))).await.unwrap();
        store.append(notice, &[withdrawal_at("same-day", years_ago(9))]).await.unwrap();

        let kept_for = FIVE_YEARS + Duration::from_secs(3 * 86_400);
        let purge = store.purge_for::<ShopOrder>(kept_for, "5 years").await.unwrap();
        // "ended": its grant; "changed": the 6 records of the first two submissions; "same-day": its grant.
        assert_eq!(purge.deleted, 1 + 6 + 1);
        assert_eq!(kept(&store, "in-force").await.len(), 3);
        let ended = kept(&store, "ended").await;
        assert_eq!(ended.len(), 3, "{ended:?}");
        assert!(ended.contains(&("partner_email_optin".to_string(), Decision::Refused)), "{ended:?}");
        assert_eq!(kept(&store, "ended-lately").await.len(), 4);
        assert_eq!(store.history("changed").await.unwrap().records, latest, "the latest submission is kept");
        assert_eq!(kept(&store, "same-day").await.len(), 3);
        // Today's decisions did not change.
        for (subject, decision) in [
            ("in-force", Decision::Granted),
            ("ended", Decision::Refused),
            ("ended-lately", Decision::Refused),
            ("changed", Decision::Granted),
            ("same-day", Decision::Refused),
        ] {
            let today = store.decision_for::<ShopOrder>(subject, ShopOrder::PARTNER_EMAIL_OPTIN).await.unwrap();
            assert_eq!(today, Some(decision), "{subject}");
        }
        let form = ShopOrder::notice().id();
        let sql = format!(
            "SELECT COUNT(*) FROM retention_purges WHERE form = '{form}' AND deleted = 8 AND reason = '5 years'"
        );
        assert_eq!(count(database, &url, &sql).await, 1, "the purge is recorded");
        // A second purge finds nothing more.
        let again = store.purge_for::<ShopOrder>(FIVE_YEARS * 2, "again").await.unwrap();
        assert_eq!(again.deleted, 0);

        // A decision that ended after the cutoff is not covered by the purge: the database refuses to delete it;
        // the purge table itself is append-only.
        let error = raw(database, &url, "DELETE FROM consent_records WHERE subject_id = 'ended-lately'").await;
        assert!(error.as_ref().is_err_and(|e| e.contains("append-only")), "{error:?}");
        let error = raw(database, &url, "DELETE FROM retention_purges").await.unwrap_err();
        assert!(error.contains("append-only"), "{error}");
    })
    .await;
}

/// The database itself keeps a decision in force: a purge row recorded by hand with a cutoff far in the future
/// (audit N7's bypass) no longer lets a client delete a grant nobody withdrew, nor a withdrawal.
#[tokio::test]
async fn the_database_refuses_to_delete_a_decision_in_force_even_under_a_recorded_purge() {
    each_database("store-purge-trigger", async |store, database, url| {
        let notice = ShopOrder::notice();
        store.append(notice, &order(true).consents().records("alice", years_ago(20))).await.unwrap();
        store.append(notice, &order(true).consents().records("bob", years_ago(20))).await.unwrap();
        store.append(notice, &[withdrawal_at("bob", years_ago(19))]).await.unwrap();
        let sql = format!(
            "INSERT INTO retention_purges (form, cutoff, purged_at, deleted, reason) \
             VALUES ('{}', 9999999999999, 0, 0, 'by hand')",
            ShopOrder::notice().id()
        );
        raw(database, &url, &sql).await.unwrap();
        for sql in [
            "DELETE FROM consent_records WHERE subject_id = 'alice'",
            "DELETE FROM consent_records WHERE subject_id = 'bob'",
        ] {
            let result = raw(database, &url, sql).await;
            assert!(result.as_ref().is_err_and(|e| e.contains("append-only")), "`{sql}` went through: {result:?}");
        }
        assert_eq!(store.history("alice").await.unwrap().records.len(), 3);
        assert_eq!(store.history("bob").await.unwrap().records.len(), 4);
        // What has ended is still deletable under that purge: bob's grant, replaced by his withdrawal.
        let sql = "DELETE FROM consent_records WHERE subject_id = 'bob' AND purpose = 'partner_email_optin' \
                   AND decision = 'granted'";
        assert_eq!(raw(database, &url, sql).await, Ok(1));
    })
    .await;
}

/// A retention shorter than the proof of consent must be kept for is refused, and nothing is deleted.
#[tokio::test]
async fn purge_refuses_a_retention_under_the_five_year_floor() {
    each_database("store-purge-floor", async |store, database, url| {
        let notice = ShopOrder::notice();
        store.append(notice, &order(true).consents().records("ended", years_ago(10))).await.unwrap();
        store.append(notice, &[withdrawal_at("ended", years_ago(9))]).await.unwrap();
        for kept_for in [Duration::ZERO, Duration::from_secs(600), Duration::from_secs(365 * 86_400), FIVE_YEARS] {
            let error = store.purge_for::<ShopOrder>(kept_for, "too short").await.unwrap_err();
            let message = error.to_string();
            assert!(message.contains("5 years") && message.contains("nothing was purged"), "{message}");
            assert!(matches!(error, StoreError::RetentionTooShort { kept_for: asked } if asked == kept_for));
        }
        assert_eq!(store.history("ended").await.unwrap().records.len(), 4, "nothing deleted");
        assert_eq!(count(database, &url, "SELECT COUNT(*) FROM retention_purges").await, 0, "nothing recorded");
        // The floor itself is accepted: the grant withdrawn 9 years ago goes.
        let purge = store.purge_for::<ShopOrder>(RETENTION_FLOOR, "the floor").await.unwrap();
        assert_eq!(purge.deleted, 1);
        assert!(RETENTION_FLOOR > FIVE_YEARS && RETENTION_FLOOR < FIVE_YEARS + Duration::from_secs(3 * 86_400));
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
        assert_eq!(store.decision_for::<ShopOrder>("alice", ShopOrder::PARTNER_EMAIL_OPTIN).await.unwrap(), Some(Decision::Granted));
        let archived = store.archived(notice.version()).await.unwrap().unwrap();
        assert!(archived.outputs.contains("\"html\""));
    })
    .await;
}

/// Two forms of one name in two modules, the second with a declared id: the store files each decision under its
/// form's id, so that one form's decisions never answer for the other's.
mod same_name {
    pub(super) mod shop {
        #[derive(serde::Deserialize, privacy_notice::PrivacyNotice)]
        #[notice(subjects = "customer")]
        #[controller(name = "Boutique SAS", address = "1 rue A, Paris", contact = "dpo@boutique.fr", country = "FR")]
        #[purpose(
            "l’envoi de la lettre",
            id = "letter",
            data_use = "marketing.communications.email",
            basis = "consent",
            retention = "3 ans après votre dernier contact"
        )]
        #[recipients("notre service client")]
        #[rights_contact("dpo@boutique.fr")]
        #[withdrawal("https://boutique.fr/preferences")]
        #[allow(dead_code)]
        pub struct OrderForm {
            #[personal_data(none)]
            pub ticket: String,
            #[consent(letter)]
            pub letter: privacy_notice::Checkbox,
        }
    }
    pub(super) mod club {
        #[derive(serde::Deserialize, privacy_notice::PrivacyNotice)]
        #[notice(subjects = "member", id = "club.order")]
        #[controller(name = "Club SAS", address = "2 rue B, Lyon", contact = "dpo@club.fr", country = "FR")]
        #[purpose(
            "l’envoi de la lettre",
            id = "letter",
            data_use = "marketing.communications.email",
            basis = "consent",
            retention = "3 ans après votre dernier contact"
        )]
        #[recipients("notre secrétariat")]
        #[rights_contact("dpo@club.fr")]
        #[withdrawal("https://club.fr/preferences")]
        #[allow(dead_code)]
        pub struct OrderForm {
            #[personal_data(none)]
            pub ticket: String,
            #[consent(letter)]
            pub letter: privacy_notice::Checkbox,
        }
    }
}

#[tokio::test]
async fn two_forms_of_one_name_in_two_modules_keep_their_decisions_apart() {
    use same_name::{club, shop};
    assert_eq!(club::OrderForm::notice().id(), "club.order");
    assert!(
        shop::OrderForm::notice().id().ends_with("same_name::shop::OrderForm"),
        "{}",
        shop::OrderForm::notice().id()
    );
    each_database("store-same-name", async |store, _, _| {
        let granted: shop::OrderForm = serde_urlencoded::from_str("ticket=1&letter=on").unwrap();
        store.append(shop::OrderForm::notice(), &granted.consents().records("dana", SystemTime::now())).await.unwrap();
        let refused: club::OrderForm = serde_urlencoded::from_str("ticket=2").unwrap();
        store.append(club::OrderForm::notice(), &refused.consents().records("dana", SystemTime::now())).await.unwrap();
        assert_eq!(store.decision_for::<shop::OrderForm>("dana", "letter").await.unwrap(), Some(Decision::Granted));
        assert_eq!(store.decision_for::<club::OrderForm>("dana", "letter").await.unwrap(), Some(Decision::Refused));
        assert_eq!(store.decision("dana", "club.order", "letter").await.unwrap(), Some(Decision::Refused));
        assert_eq!(store.decision("dana", "OrderForm", "letter").await.unwrap(), None, "the bare name is no id");
        // A record of one form is refused with the other's notice.
        let records = granted.consents().records("erin", SystemTime::now());
        assert!(matches!(store.append(club::OrderForm::notice(), &records).await, Err(StoreError::Refused(_))));
    })
    .await;
}
