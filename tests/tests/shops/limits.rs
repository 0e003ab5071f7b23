//! What one client may take from a shop (security audit 3, N1 and N5), on both shops over loopback, each
//! attacker on a loopback address of its own (127.0.0.2, …), the normal visitor on 127.0.0.1: connections that
//! never read their answers, a slowloris that reopens whatever the server closes, and a flood of orders.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use privacy_notice_examples::shop::{self, Config, Limits, Rate};
use privacy_notice_tests::databases::Database;
use privacy_notice_tests::http::{self, Visitor};
use privacy_notice_tests::servers::{Running, actix_with, axum_with};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// A client other than the normal visitor, on its own loopback address.
fn attacker(n: u8) -> IpAddr {
    IpAddr::V4(Ipv4Addr::new(127, 0, 0, n))
}

/// Both shops on SQLite, each with `config`.
async fn both_shops(name: &str, config: Config) -> [Running; 2] {
    [
        axum_with(Database::Sqlite, &format!("axum-{name}"), config.clone()).await,
        actix_with(Database::Sqlite, &format!("actix-{name}"), config).await,
    ]
}

/// What the audit's `slowread.py` does with each connection: a receive buffer of 2 KiB, `GET /privacy`
/// pipelined until the socket takes no more (at most 20), and its answers never read.
async fn slow_reader(source: IpAddr, address: SocketAddr) -> Option<TcpStream> {
    let socket = TcpSocket::new_v4().ok()?;
    socket.set_recv_buffer_size(2048).ok()?;
    socket.bind(SocketAddr::new(source, 0)).ok()?;
    let stream = tokio::time::timeout(Duration::from_secs(3), socket.connect(address)).await.ok()?.ok()?;
    let request = format!("GET /privacy HTTP/1.1\r\nHost: {address}\r\n\r\n");
    for _ in 0..20 {
        if stream.try_write(request.as_bytes()).is_err() {
            break;
        }
    }
    Some(stream)
}

/// Whether the server let go of a slow reader: reading what it holds ends in an end of stream or a reset
/// within `wait`, rather than stalling with the connection open.
async fn let_go(stream: &mut TcpStream, wait: Duration) -> bool {
    let mut buffer = vec![0u8; 64 * 1024];
    let deadline = Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline.into(), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
            Err(_) => return false,
        }
    }
}

/// What the audit's `churn.py` does with each connection until `until`: a request head trickled a line a second,
/// and a new connection whenever the server closes (or answers) this one. How many times it reopened.
async fn churn(source: IpAddr, address: SocketAddr, until: Instant) -> usize {
    let mut reopened = 0;
    let mut buffer = [0u8; 4096];
    while Instant::now() < until {
        let Ok(mut stream) = http::connect_from(Some(source), address).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        if stream.write_all(b"GET /order HTTP/1.1\r\nHost: x\r\n").await.is_ok() {
            while Instant::now() < until {
                match tokio::time::timeout(Duration::from_secs(1), stream.read(&mut buffer)).await {
                    Ok(_) => break,
                    Err(_) if stream.write_all(b"X: y\r\n").await.is_err() => break,
                    Err(_) => {}
                }
            }
        }
        reopened += 1;
    }
    reopened
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn slow_readers_and_a_churning_slowloris_leave_others_served() {
    // As many slow readers as the audit's slowread.py opened, more than the shop serves at once (500 here, per
    // actix-web worker), and a churning slowloris beside them.
    const SLOW_READERS: usize = 1100;
    const CHURNERS: usize = 550;
    let limits = Limits {
        header_timeout: Duration::from_secs(3),
        body_timeout: Duration::from_secs(3),
        write_timeout: Duration::from_secs(3),
        keep_alive: Duration::from_secs(30),
        max_connections: 500,
        ..Limits::default()
    };
    let config = Config { limits, ..Config::for_tests() };
    for running in both_shops("many-sockets", config).await {
        let address = running.address;
        let started = Instant::now();
        let mut readers = Vec::new();
        for _ in 0..SLOW_READERS {
            readers.extend(slow_reader(attacker(2), address).await);
        }
        let until = Instant::now() + Duration::from_secs(12);
        let churners: Vec<_> = (0..CHURNERS).map(|_| tokio::spawn(churn(attacker(3), address, until))).collect();
        println!(
            "{address}: {} slow readers and {CHURNERS} churners open after {:?}",
            readers.len(),
            started.elapsed()
        );
        // The slow readers' own address, over its limit, is told so at once.
        let mut over = http::connect_from(Some(attacker(2)), address).await.unwrap();
        let mut answer = vec![0u8; 256];
        let read = tokio::time::timeout(Duration::from_secs(2), over.read(&mut answer)).await.unwrap().unwrap();
        let answer = String::from_utf8_lossy(&answer[..read]);
        assert!(answer.starts_with("HTTP/1.1 503") && answer.contains("retry-after: 10"), "{address}: {answer:?}");
        tokio::time::sleep(Duration::from_millis(500)).await;
        // While they hold on, a normal visitor is answered within a few seconds, every time.
        let mut latencies = Vec::new();
        while Instant::now() + Duration::from_secs(1) < until {
            let asked = Instant::now();
            let page = tokio::time::timeout(Duration::from_secs(3), http::get(address, "/order", &[])).await;
            let status = page.map(|page| page.map(|page| page.status).unwrap_or_default()).ok();
            latencies.push((status, asked.elapsed()));
            tokio::time::sleep(Duration::from_millis(700)).await;
        }
        println!("{address}: visitor's pages beside the attack: {latencies:?}");
        assert!(latencies.len() >= 8, "{latencies:?}");
        assert!(latencies.iter().all(|(status, _)| *status == Some(200)), "{address}: {latencies:?}");
        let mut reopened = 0;
        for churner in churners {
            reopened += churner.await.unwrap();
        }
        println!("{address}: the churners reopened {reopened} connections");
        // And no slow reader is held for ever: the ones let in are closed once their answer waited 3 s.
        let mut held = 0;
        for reader in &mut readers {
            held += usize::from(!let_go(reader, Duration::from_secs(2)).await);
        }
        assert_eq!(held, 0, "{address}: {held} slow readers still connected after {:?}", started.elapsed());
    }
}

/// A `POST /order` from `visitor` with a valid body; its status and `Retry-After`.
async fn order(visitor: &Visitor) -> (u16, Option<String>) {
    let body = format!("email=v%40example.fr&address=x&partner_offers=on&{}", shop::version_param());
    let response = visitor.post("/order?lang=en", body).await.unwrap();
    (response.status, response.header("retry-after").map(str::to_string))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_order_flood_is_refused_beyond_its_rate_and_stores_no_more() {
    // Bursts of 3 per page and 6 per address, then one a minute: nothing is given back during the test.
    let limits = Limits {
        orders_per_client: Some(Rate { burst: 6, per_minute: 1 }),
        orders_per_token: Some(Rate { burst: 3, per_minute: 1 }),
        // The 40 orders come at once, each on its own connection.
        max_connections_per_client: 64,
        ..Limits::default()
    };
    let config = Config { limits, ..Config::for_tests() };
    for running in both_shops("flood", config).await {
        let address = running.address;
        // One page's token, reused 40 times at once (the audit's flood.py).
        let flooder = Visitor::arrive_from(Some(attacker(2)), address).await;
        let flood: Vec<_> = (0..40)
            .map(|_| {
                let flooder = flooder.clone();
                tokio::spawn(async move { order(&flooder).await })
            })
            .collect();
        let mut answers = Vec::new();
        for task in flood {
            answers.push(task.await.unwrap());
        }
        let accepted = answers.iter().filter(|(status, _)| *status == 200).count();
        let refused: Vec<_> = answers.iter().filter(|(status, _)| *status == 429).collect();
        assert_eq!((accepted, refused.len()), (3, 37), "{address}: {answers:?}");
        for (_, retry_after) in refused {
            let seconds: u64 = retry_after.as_deref().expect("Retry-After").parse().unwrap();
            assert!((1..=60).contains(&seconds), "{seconds}");
        }
        // A fresh page for every order, from one address: that address's rate holds (3 of its 6 are spent).
        let mut from_one_address = Vec::new();
        for _ in 0..6 {
            let visitor = Visitor::arrive_from(Some(attacker(2)), address).await;
            from_one_address.push(order(&visitor).await.0);
        }
        assert_eq!(from_one_address, [200, 200, 200, 429, 429, 429], "{address}");
        // The database holds what the limits allow: 6 orders of 3 records.
        assert_eq!(running.store.page(None, 1000).await.unwrap().records.len(), 6 * 3, "{address}");
        // A normal visitor, on another address, is not affected.
        let visitor = Visitor::arrive(address).await;
        for _ in 0..3 {
            assert_eq!(order(&visitor).await, (200, None), "{address}");
        }
    }
}
