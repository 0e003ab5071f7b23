//! The shop examples under load and under bad input, on loopback: axum and actix-web, on SQLite and on
//! PostgreSQL (when `PRIVACY_NOTICE_POSTGRES` names a server; `.ci/run` starts one).

use std::time::Duration;

use privacy_notice::store::ConsentStore;
use privacy_notice::{ConsentEvent, ConsentRecord, Decision};
use privacy_notice_examples::shop::{self, Config};
use privacy_notice_tests::databases;
use privacy_notice_tests::http::{self, Visitor};
use privacy_notice_tests::servers::{Running, actix_with, axum_with, start_actix, start_axum};

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

/// Every record, a page at a time, as an auditor reads them.
async fn all_records(store: &ConsentStore) -> Vec<ConsentRecord> {
    let mut records = Vec::new();
    let mut after = None;
    loop {
        let page = store.page(after, 500).await.unwrap();
        assert!(page.unreadable.is_empty(), "{:?}", page.unreadable);
        records.extend(page.records);
        match page.next {
            Some(next) => after = Some(next),
            None => return records,
        }
    }
}

/// 1,000 concurrent submissions: every one answered, exactly one record per box per submission, and the
/// decisions those boxes express (opt-out inversion included).
async fn load(running: &Running) {
    let visitor = Visitor::arrive(running.address).await;
    let tasks: Vec<_> = (0..SUBMISSIONS)
        .map(|i| {
            let visitor = visitor.clone();
            tokio::spawn(async move { visitor.post("/order", body(i)).await })
        })
        .collect();
    let deadline = Duration::from_secs(300);
    for task in tasks {
        let response = tokio::time::timeout(deadline, task).await.expect("bounded in time").unwrap().unwrap();
        assert_eq!(response.status, 200, "{}", response.body);
    }
    let records = all_records(&running.store).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn both_shops_under_load_on_every_database() {
    for database in databases::all() {
        load(&axum_with(database, "axum-load", Config::for_tests()).await).await;
        load(&actix_with(database, "actix-load", Config::for_tests()).await).await;
    }
}

/// Bodies that must be refused with a 4xx that says why, storing nothing.
async fn bad_input(running: &Running) {
    let visitor = Visitor::arrive(running.address).await;
    let mut two_megabytes = b"email=a%40b.fr&address=x&partner_offers=".to_vec();
    two_megabytes.extend(std::iter::repeat_n(b'a', 2 * 1024 * 1024));
    let version = shop::version_param();
    let stale = format!("email=a%40b.fr&address=x&notice_version={}", "0".repeat(64));
    let cases: [(Vec<u8>, u16, &str); 10] = [
        (format!("email=a%40b.fr&address=x&partner_offers=maybe&{version}").into(), 422, "expected a checkbox value"),
        (b"email=%FF%FE&address=x".to_vec(), 400, "not valid UTF-8"),
        (b"email=caf\xe9&address=x".to_vec(), 400, "not valid UTF-8"),
        (two_megabytes, 413, ""),
        (format!("address=x&partner_offers=on&{version}").into(), 422, "missing field `email`"),
        // Names that do not match the struct (as a framework that prefixes them posts): refused, not "did not
        // object".
        (b"order%5Bemail%5D=a%40b.fr&order%5Baddress%5D=x&order%5Bno_partner_use%5D=on".to_vec(), 400, "has no field"),
        // Audit N14: the opt-out box under a look-alike name (Cyrillic у) would read as unticked, an objection as
        // a grant; a field the form does not have is refused, whatever its name.
        (
            format!("email=a%40b.fr&address=x&no_partner_%D1%83se=on&{version}").into(),
            400,
            "the order form has no field whose name is not one of its own",
        ),
        (
            format!("email=a%40b.fr&address=x&newsletter=on&{version}").into(),
            400,
            "the order form has no field `newsletter`",
        ),
        (b"email=a%40b.fr&address=x&no_partner_use=on".to_vec(), 422, "missing field `notice_version`"),
        // A page rendered before the notice changed.
        (stale.into(), 409, "the privacy notice changed"),
    ];
    for (body, status, message) in cases {
        let response = visitor.post("/order", &body).await.unwrap();
        assert_eq!(response.status, status, "{}", response.body);
        assert!(response.body.contains(message), "`{message}` not in {:?}", response.body);
    }
    assert_eq!(all_records(&running.store).await.len(), 0, "a refused body stores nothing");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_shops_refuse_bad_input() {
    bad_input(&start_axum("axum-bad").await).await;
    bad_input(&start_actix("actix-bad").await).await;
}

/// The page follows `?lang=` and `Accept-Language`; both frameworks serve the same pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_follow_the_language() {
    let axum = start_axum("axum-lang").await.address;
    let actix = start_actix("actix-lang").await.address;
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
    let axum = start_axum("axum-policy").await.address;
    let actix = start_actix("actix-policy").await.address;
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

/// Through the person's own link, a withdrawal is a new record, made once: withdrawing again is refused.
async fn withdrawal(running: &Running) {
    let visitor = Visitor::arrive(running.address).await;
    let body = format!("email=a%40b.fr&address=x&partner_offers=on&{}", shop::version_param());
    let confirmation = visitor.post("/order?lang=en", body).await.unwrap();
    assert_eq!(confirmation.status, 200, "{}", confirmation.body);
    let link = http::personal_link(&confirmation.body);
    let page = visitor.get(&link).await.unwrap();
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("value=\"partner_email_optin\""), "{}", page.body);
    let query = link.split_once('?').unwrap().1.split("&lang").next().unwrap().to_string();
    let subject = query.split('&').next().unwrap().strip_prefix("subject=").unwrap().to_string();
    let body = format!("{query}&purpose=partner_email_optin");
    let withdrawn = visitor.post("/withdraw?lang=en", &body).await.unwrap();
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
    let again = visitor.post("/withdraw?lang=en", &body).await.unwrap();
    assert_eq!(again.status, 409, "nothing left to withdraw: {}", again.body);
    let records = running.store.history(&subject).await.unwrap().records;
    assert_eq!(records.len(), 4);
    let last = records.last().unwrap();
    assert_eq!(
        (last.event, last.decision, last.purpose.as_str()),
        (ConsentEvent::Withdrawal, Decision::Refused, "partner_email_optin")
    );
    // The person's own history, as JSON (Art. 15, 20), through the same link.
    let export = visitor.get(&format!("/me/export?{query}")).await.unwrap();
    assert_eq!(export.status, 200);
    let json: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(json["records"].as_array().unwrap().len(), 4);
    assert_eq!(json["subject_id"], subject.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdrawal_through_the_personal_link_on_every_database() {
    for database in databases::all() {
        withdrawal(&axum_with(database, "axum-withdraw", Config::for_tests()).await).await;
        withdrawal(&actix_with(database, "actix-withdraw", Config::for_tests()).await).await;
    }
}
