//! The shop examples under load and under bad input, on loopback: axum and actix-web, the same store.

use std::net::SocketAddr;
use std::time::Duration;

use privacy_notice::{ConsentEvent, Decision};
use privacy_notice_examples::shop::{self, Store};
use privacy_notice_tests::http;
use privacy_notice_tests::servers::{database_path, start_actix, start_axum};

/// Submission `i` ticks a different mix of boxes.
fn body(i: usize) -> String {
    let mut body = format!("email=client{i}%40example.fr&address={i}+rue+de+la+Paix&phone=&{}", shop::version_param());
    if i.is_multiple_of(2) {
        body.push_str("&partner_offers=on");
    }
    if i.is_multiple_of(3) {
        body.push_str("&no_partner_use=on");
    }
    if i.is_multiple_of(5) {
        body.push_str("&no_similar_offers=on");
    }
    body
}

const SUBMISSIONS: usize = 1000;

/// 1,000 concurrent submissions: every one answered, exactly one record per box per submission, and the
/// decisions those boxes express (opt-out inversion included).
async fn load(address: SocketAddr, store: &Store) {
    let tasks: Vec<_> = (0..SUBMISSIONS)
        .map(|i| tokio::spawn(async move { http::post_form(address, "/order", body(i).as_bytes()).await }))
        .collect();
    let deadline = Duration::from_secs(180);
    for task in tasks {
        let response = tokio::time::timeout(deadline, task).await.expect("bounded in time").unwrap().unwrap();
        assert_eq!(response.status, 200, "{}", response.body);
    }
    let records = store.records().unwrap();
    assert_eq!(records.len(), 3 * SUBMISSIONS);
    let mut by_subject = std::collections::BTreeMap::<&str, Vec<&str>>::new();
    for record in &records {
        by_subject.entry(&record.subject_id).or_default().push(&record.purpose);
    }
    assert_eq!(by_subject.len(), SUBMISSIONS);
    for purposes in by_subject.values() {
        assert_eq!(purposes, &["partner_optout", "partner_email_optin", "similar_offers_optout"]);
    }
    let count = |purpose: &str, decision: Decision| {
        records.iter().filter(|r| r.purpose == purpose && r.decision == decision).count()
    };
    let ticked = |every: usize| (0..SUBMISSIONS).filter(|i| i.is_multiple_of(every)).count();
    assert_eq!(count("partner_email_optin", Decision::Granted), ticked(2), "opt-in: ticked grants");
    assert_eq!(count("partner_optout", Decision::Refused), ticked(3), "opt-out: ticked refuses");
    assert_eq!(count("similar_offers_optout", Decision::Refused), ticked(5));
    assert!(records.iter().all(|r| r.event == ConsentEvent::Submission));
}

/// Bodies that must be refused with a 4xx that says why, storing nothing.
async fn bad_input(address: SocketAddr, store: &Store) {
    let before = store.records().unwrap().len();
    let mut two_megabytes = b"email=a%40b.fr&address=x&partner_offers=".to_vec();
    two_megabytes.extend(std::iter::repeat_n(b'a', 2 * 1024 * 1024));
    let version = shop::version_param();
    let stale = format!("email=a%40b.fr&address=x&notice_version={}", "0".repeat(64));
    let cases: [(Vec<u8>, u16, &str); 8] = [
        (format!("email=a%40b.fr&address=x&partner_offers=maybe&{version}").into(), 422, "expected a checkbox value"),
        (b"email=%FF%FE&address=x".to_vec(), 400, "not valid UTF-8"),
        (b"email=caf\xe9&address=x".to_vec(), 400, "not valid UTF-8"),
        (two_megabytes, 413, ""),
        (format!("address=x&partner_offers=on&{version}").into(), 422, "missing field `email`"),
        // Names that do not match the struct (as a framework that prefixes them posts): refused, not "did not
        // object".
        (b"order%5Bemail%5D=a%40b.fr&order%5Baddress%5D=x&order%5Bno_partner_use%5D=on".to_vec(), 422, "missing field"),
        (b"email=a%40b.fr&address=x&no_partner_use=on".to_vec(), 422, "missing field `notice_version`"),
        // A page rendered before the notice changed.
        (stale.into(), 409, "the privacy notice changed"),
    ];
    for (body, status, message) in cases {
        let response = http::post_form(address, "/order", &body).await.unwrap();
        assert_eq!(response.status, status, "{}", response.body);
        assert!(response.body.contains(message), "`{message}` not in {:?}", response.body);
    }
    assert_eq!(store.records().unwrap().len(), before, "a refused body stores nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn axum_under_load() {
    let (address, store) = start_axum("axum-load").await;
    load(address, &store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn actix_under_load() {
    let (address, store) = start_actix("actix-load");
    load(address, &store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axum_refuses_bad_input() {
    let (address, store) = start_axum("axum-bad").await;
    bad_input(address, &store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn actix_refuses_bad_input() {
    let (address, store) = start_actix("actix-bad");
    bad_input(address, &store).await;
}

/// The page follows `?lang=` and `Accept-Language`; the same store serves both frameworks' pages alike.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_follow_the_language() {
    let (axum, _) = start_axum("axum-lang").await;
    let (actix, _) = start_actix("actix-lang");
    for address in [axum, actix] {
        let french = http::get(address, "/order", &[]).await.unwrap();
        assert!(french.body.contains("<html lang=\"fr\">") && french.body.contains("Protection de vos données"));
        let english = http::get(address, "/order?lang=en", &[]).await.unwrap();
        assert!(english.body.contains("Your personal data"));
        let preferred = http::get(address, "/order", &[("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")]).await.unwrap();
        assert!(preferred.body.contains("<html lang=\"en\">"));
        assert_eq!(french.body.matches("type=\"checkbox\"").count(), 3);
        assert!(!french.body.contains(" checked"));
    }
}

/// The order page shows the short first level, whose link leads to the order form's section of `/privacy`,
/// served in both languages by both frameworks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_order_page_links_to_the_privacy_policy() {
    use privacy_notice::PrivacyNotice;
    let (axum, _) = start_axum("axum-policy").await;
    let (actix, _) = start_actix("actix-policy");
    let anchor = privacy_notice_examples::forms::ShopOrder::notice().anchor();
    for address in [axum, actix] {
        let order = http::get(address, "/order", &[]).await.unwrap();
        let link = format!("<a href=\"/privacy?lang=fr#{anchor}\">");
        assert!(order.body.contains(&link), "{}", order.body);
        // The first level, not the full notice: the full notice's sections are on the policy page.
        assert!(!order.body.contains("Pourquoi nous utilisons vos données"));
        for (path, title) in [("/privacy", "Politique de confidentialité"), ("/privacy?lang=en", "Privacy policy")] {
            let policy = http::get(address, path, &[]).await.unwrap();
            assert_eq!(policy.status, 200);
            assert!(policy.body.contains(&format!("<h1>{title}</h1>")), "{path}");
            assert!(policy.body.contains(&format!("<article id=\"{anchor}\">")), "{path}");
        }
    }
}

/// A withdrawal is a new record; the store refuses to alter or delete one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdrawal_appends_and_the_store_is_append_only() {
    let (address, store) = start_axum("axum-withdraw").await;
    let confirmation = http::post_form(
        address,
        "/order?lang=en",
        format!("email=a%40b.fr&address=x&partner_offers=on&{}", shop::version_param()).as_bytes(),
    )
    .await
    .unwrap();
    let subject = confirmation.body.split("subject=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let page = http::get(address, &format!("/withdraw?subject={subject}&lang=en"), &[]).await.unwrap();
    assert!(page.body.contains("value=\"partner_email_optin\""), "{}", page.body);
    let body = format!("subject={subject}&purpose=partner_email_optin");
    let withdrawn = http::post_form(address, "/withdraw?lang=en", body.as_bytes()).await.unwrap();
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
    let records = store.records_of(&subject).unwrap();
    assert_eq!(records.len(), 4);
    let last = records.last().unwrap();
    assert_eq!(
        (last.event, last.decision, last.purpose.as_str()),
        (ConsentEvent::Withdrawal, Decision::Refused, "partner_email_optin")
    );
    // Behind the application's back, SQLite itself refuses to alter or delete a record.
    let connection = rusqlite::Connection::open(database_path("axum-withdraw")).unwrap();
    for statement in ["DELETE FROM consent_records", "UPDATE consent_records SET record = '{}'"] {
        let error = connection.execute(statement, []).unwrap_err().to_string();
        assert!(error.contains("append-only"), "{statement}: {error}");
    }
}
