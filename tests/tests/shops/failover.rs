//! PostgreSQL failover that loses nothing: the two halves `.ci/failover` drives (ignored by `cargo test`, which
//! has no pair of clusters to run them on).
//!
//! `.ci/failover` starts a primary and a synchronous standby, runs [`failover_write_burst`] against the primary,
//! kills the primary with `kill -9` in the middle of the burst, promotes the standby, then runs
//! [`failover_check_acknowledged`] against it. A record the store acknowledged (its `append` returned `Ok`) must
//! be on the promoted standby: with `synchronous_commit = on` and the standby in `synchronous_standby_names`, a
//! commit returns only once the standby has flushed its WAL.

use std::collections::HashSet;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use privacy_notice::PrivacyNotice;
use privacy_notice::store::ConsentStore;
use privacy_notice_examples::forms::ShopOrder;

/// The variable `.ci/failover` sets, or a panic saying so.
fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is unset: run this test through `bash .ci/failover`"))
}

/// How many tasks submit at once.
const TASKS: usize = 16;
/// The most submissions the burst makes (three records each) if the primary is never killed.
const MAX_SUBMISSIONS: usize = 100_000;
/// How long one `append` may take before the task gives up on it (then it is not acknowledged).
const APPEND_TIMEOUT: Duration = Duration::from_secs(10);

/// Submits orders through the store from [`TASKS`] tasks at once, on `PRIVACY_NOTICE_FAILOVER_URL`, and appends
/// the id of every record whose submission was acknowledged to the file `PRIVACY_NOTICE_FAILOVER_ACKED`, one a
/// line, after the acknowledgement. Each task stops at its first failure (the primary is gone).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "run by .ci/failover, against a primary it kills in the middle of the burst"]
async fn failover_write_burst() {
    let store = Arc::new(ConsentStore::connect(&var("PRIVACY_NOTICE_FAILOVER_URL")).await.unwrap());
    let acked =
        std::fs::OpenOptions::new().create(true).append(true).open(var("PRIVACY_NOTICE_FAILOVER_ACKED")).unwrap();
    let acked = Arc::new(Mutex::new(acked));
    let next = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let tasks: Vec<_> = (0..TASKS)
        .map(|task| {
            let (store, acked, next, stop) = (store.clone(), acked.clone(), next.clone(), stop.clone());
            tokio::spawn(async move {
                let (mut submissions, mut failed) = (0usize, 0usize);
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= MAX_SUBMISSIONS {
                        break;
                    }
                    let records = super::store::order(i % 2 == 0)
                        .consents()
                        .records(&format!("failover-{task}-{i}"), SystemTime::now());
                    match tokio::time::timeout(APPEND_TIMEOUT, store.append(ShopOrder::notice(), &records)).await {
                        Ok(Ok(())) => {
                            let lines: String = records.iter().map(|r| format!("{}\n", r.record_id)).collect();
                            acked.lock().unwrap().write_all(lines.as_bytes()).unwrap();
                            submissions += 1;
                        }
                        _ => {
                            failed += 1;
                            stop.store(true, Ordering::Relaxed);
                        }
                    }
                }
                (submissions, failed)
            })
        })
        .collect();
    let (mut submissions, mut failed) = (0, 0);
    for task in tasks {
        let (s, f) = task.await.unwrap();
        submissions += s;
        failed += f;
    }
    acked.lock().unwrap().sync_all().unwrap();
    println!("writer: {submissions} submissions acknowledged ({} records), {failed} failed", 3 * submissions);
}

/// Reads every record through the store on `PRIVACY_NOTICE_FAILOVER_URL` (the promoted standby), a page at a
/// time, and fails unless every record id listed in `PRIVACY_NOTICE_FAILOVER_ACKED` is there.
#[tokio::test]
#[ignore = "run by .ci/failover, against the promoted standby"]
async fn failover_check_acknowledged() {
    let store = ConsentStore::connect(&var("PRIVACY_NOTICE_FAILOVER_URL")).await.unwrap();
    let acked = std::fs::read_to_string(var("PRIVACY_NOTICE_FAILOVER_ACKED")).unwrap();
    let acked: Vec<&str> = acked.lines().collect();
    let mut present = HashSet::new();
    let mut after = None;
    loop {
        let page = store.page(after, privacy_notice::store::MAX_PAGE).await.unwrap();
        assert!(page.unreadable.is_empty(), "{:?}", page.unreadable);
        present.extend(page.records.into_iter().map(|r| r.record_id));
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    let lost: Vec<&&str> = acked.iter().filter(|id| !present.contains(**id)).collect();
    println!(
        "acknowledged={} found={} lost={} (on the standby: {} records, {} of them never acknowledged)",
        acked.len(),
        acked.len() - lost.len(),
        lost.len(),
        present.len(),
        present.len() - (acked.len() - lost.len())
    );
    assert!(!acked.is_empty(), "the writer had no record acknowledged before the primary was killed");
    assert!(
        lost.is_empty(),
        "acknowledged records missing on the promoted standby, the first: {:?}",
        &lost[..lost.len().min(10)]
    );
}
