//! `kill -9` of a shop in the middle of a burst of submissions: afterwards, every submission the shop
//! acknowledged is in the database whole (its three records), and no submission is there in part — on SQLite and
//! on PostgreSQL, several times.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use privacy_notice::store::ConsentStore;
use privacy_notice_examples::shop;
use privacy_notice_tests::databases;
use privacy_notice_tests::http::{Visitor, personal_link, subject_of};
use tokio::io::AsyncBufReadExt;

/// At most this many submissions per run, from this many clients at once.
const BURST: usize = 6000;
const CLIENTS: usize = 16;

/// Starts `shop_server`, sends a burst, kills the server after `after`; the subjects it acknowledged.
async fn burst_then_kill(framework: &str, url: &str, after: Duration) -> HashSet<String> {
    let mut server = tokio::process::Command::new(env!("CARGO_BIN_EXE_shop_server"))
        .args([framework, url])
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("the shop starts");
    let mut lines = tokio::io::BufReader::new(server.stdout.take().unwrap()).lines();
    let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line()).await.unwrap().unwrap().unwrap();
    let address = line.strip_prefix("listening ").unwrap().parse().unwrap();
    let visitor = Visitor::arrive(address).await;
    let body = format!("email=a%40b.fr&address=x&partner_offers=on&{}", shop::version_param());
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (visitor, body) = (visitor.clone(), body.clone());
            tokio::spawn(async move {
                let mut acknowledged = Vec::new();
                for _ in 0..BURST / CLIENTS {
                    match visitor.post("/order", &body).await {
                        Ok(response) if response.status == 200 => {
                            acknowledged.push(subject_of(&personal_link(&response.body)))
                        }
                        Ok(response) => panic!("{}: {}", response.status, response.body),
                        // The server is gone: this submission was never acknowledged.
                        Err(_) => break,
                    }
                }
                acknowledged
            })
        })
        .collect();
    tokio::time::sleep(after).await;
    server.start_kill().expect("SIGKILL");
    server.wait().await.unwrap();
    let mut acknowledged = HashSet::new();
    for client in clients {
        acknowledged.extend(client.await.unwrap());
    }
    acknowledged
}

async fn check(store: &ConsentStore, acknowledged: &HashSet<String>) -> (usize, usize) {
    let mut per_subject = BTreeMap::<String, usize>::new();
    let mut after = None;
    loop {
        let page = store.page(after, 1000).await.unwrap();
        assert!(page.unreadable.is_empty(), "{:?}", page.unreadable);
        for record in page.records {
            *per_subject.entry(record.subject_id).or_default() += 1;
        }
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    for subject in acknowledged {
        assert_eq!(per_subject.get(subject), Some(&3), "acknowledged submission {subject} is not whole");
    }
    assert!(per_subject.values().all(|&count| count == 3), "a submission is stored in part");
    (acknowledged.len(), per_subject.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_submission_survives_kill_9() {
    for database in databases::all() {
        for (run, framework) in ["axum", "actix", "axum"].into_iter().enumerate() {
            let url = databases::fresh(database, &format!("crash-{framework}-{run}")).await;
            // Create the schema first, so that the kill never lands in a migration.
            drop(ConsentStore::connect(&url).await.unwrap());
            let after = Duration::from_millis(700 + 400 * run as u64);
            let acknowledged = burst_then_kill(framework, &url, after).await;
            let store = ConsentStore::connect(&url).await.unwrap();
            let (acked, stored) = check(&store, &acknowledged).await;
            println!(
                "{database:?} {framework} run {run}: killed after {after:?}, {acked} acknowledged, {stored} stored"
            );
            assert!(acked > 0, "the burst was killed before any submission was acknowledged");
            assert!(acked < BURST, "the kill came after the whole burst: it tested nothing");
        }
    }
}
