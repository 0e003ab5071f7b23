//! The attacks of the security audit, each on both shops over loopback, each expecting refusal: reading others'
//! records, withdrawing for someone else, cross-site posts, framing, slow clients.

use std::net::SocketAddr;
use std::time::{Duration, Instant, SystemTime};

use privacy_notice_examples::shop::{self, Config, Limits};
use privacy_notice_tests::databases::Database;
use privacy_notice_tests::http::{self, Visitor, personal_link, subject_of};
use privacy_notice_tests::servers::{Running, actix_with, axum_with};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Request headers, as the test client takes them.
type Headers<'a> = Vec<(&'a str, &'a str)>;

const ADMIN_TOKEN: &str = "an administrator's token of some length";

fn config() -> Config {
    Config { admin_token: Some(ADMIN_TOKEN.to_string()), ..Config::for_tests() }
}

/// Both shops on SQLite, each with `config`.
async fn both_shops(name: &str, config: Config) -> [Running; 2] {
    [
        axum_with(Database::Sqlite, &format!("axum-{name}"), config.clone()).await,
        actix_with(Database::Sqlite, &format!("actix-{name}"), config).await,
    ]
}

/// An order through a browser-like visitor; its personal link.
async fn order(address: SocketAddr, visitor: &Visitor) -> String {
    let body = format!("email=v%40example.fr&address=x&partner_offers=on&{}", shop::version_param());
    let confirmation = visitor.post("/order?lang=en", body).await.unwrap();
    assert_eq!(confirmation.status, 200, "{address}: {}", confirmation.body);
    personal_link(&confirmation.body)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_records_list_needs_the_admin_token_and_comes_in_pages() {
    for running in both_shops("admin", config()).await {
        let address = running.address;
        let visitor = Visitor::arrive(address).await;
        for _ in 0..3 {
            order(address, &visitor).await;
        }
        let anonymous = http::get(address, "/consents.json", &[]).await.unwrap();
        assert_eq!(anonymous.status, 401);
        assert_eq!(anonymous.header("www-authenticate"), Some("Bearer"));
        let wrong = http::get(address, "/consents.json", &[("Authorization", "Bearer guess")]).await.unwrap();
        assert_eq!(wrong.status, 401);
        let basic = http::get(address, "/consents.json", &[("Authorization", ADMIN_TOKEN)]).await.unwrap();
        assert_eq!(basic.status, 401, "the token alone, without `Bearer`, is not enough");
        let bearer = format!("Bearer {ADMIN_TOKEN}");
        let first = http::get(address, "/consents.json?limit=4", &[("Authorization", &bearer)]).await.unwrap();
        assert_eq!(first.status, 200, "{}", first.body);
        let first: serde_json::Value = serde_json::from_str(&first.body).unwrap();
        assert_eq!(first["records"].as_array().unwrap().len(), 4);
        let next = first["next"].as_i64().expect("a next page");
        let path = format!("/consents.json?limit=100&after={next}");
        let rest = http::get(address, &path, &[("Authorization", &bearer)]).await.unwrap();
        let rest: serde_json::Value = serde_json::from_str(&rest.body).unwrap();
        assert_eq!(rest["records"].as_array().unwrap().len(), 5);
        assert!(rest["next"].is_null());

        // A row written behind the shop's back, with a year RFC 3339 cannot hold (audit L3), for one person: the
        // list reports it and goes on, and that person's page and everyone else's still open.
        let link = order(address, &visitor).await;
        let sql = format!(
            "INSERT INTO consent_records (record_id, subject_id, form, purpose, decision, notice_version, \
             recorded_at, record) VALUES ('bad', '{}', 'ShopOrder', 'partner_optout', 'granted', 'v', 0, \
             '{{\"timestamp\": \"10000-01-01T00:00:00.000Z\"}}')",
            subject_of(&link)
        );
        let mut connection = <sqlx::SqliteConnection as sqlx::Connection>::connect(&running.url).await.unwrap();
        sqlx::query(&sql).execute(&mut connection).await.unwrap();
        let all = http::get(address, "/consents.json?limit=1000", &[("Authorization", &bearer)]).await.unwrap();
        assert_eq!(all.status, 200, "{}", all.body);
        let all: serde_json::Value = serde_json::from_str(&all.body).unwrap();
        assert_eq!((all["records"].as_array().unwrap().len(), all["unreadable"].as_array().unwrap().len()), (12, 1));
        assert_eq!(visitor.get(&link).await.unwrap().status, 200);
        assert_eq!(visitor.get(&link.replace("/me?", "/me/export?")).await.unwrap().status, 200);
    }
    // Without an admin token, the route does not exist.
    for running in both_shops("no-admin", Config::for_tests()).await {
        let response = http::get(running.address, "/consents.json", &[("Authorization", "Bearer x")]).await.unwrap();
        assert_eq!(response.status, 404);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_signed_link_opens_a_persons_choices() {
    let config = config();
    let secret = config.secret.clone();
    for running in both_shops("links", config.clone()).await {
        let address = running.address;
        let victim = Visitor::arrive(address).await;
        let victim_link = order(address, &victim).await;
        let subject = subject_of(&victim_link);
        let attacker = Visitor::arrive(address).await;
        let attacker_link = order(address, &attacker).await;
        let attacker_query = attacker_link.split_once('?').unwrap().1.split("&lang").next().unwrap();
        let expired = secret.link_query(&subject, SystemTime::now() - Duration::from_secs(1));
        let forged_sig = victim_link.split("&sig=").next().unwrap().to_string() + "&sig=" + &"0".repeat(64);
        let swapped = attacker_query.replace(&subject_of(&attacker_link), &subject);
        for query in [format!("subject={subject}"), swapped.clone(), expired.clone(), forged_sig.replace("/me?", "")] {
            for path in ["/me", "/me/export"] {
                let response = attacker.get(&format!("{path}?{query}")).await.unwrap();
                assert_eq!(response.status, 403, "{path}?{query}: {}", response.body);
                assert!(!response.body.contains("partner_email_optin"));
            }
            // Withdrawing for the victim, with the attacker's own valid CSRF token: refused.
            let body = format!("{query}&purpose=partner_email_optin");
            let response = attacker.post("/withdraw", &body).await.unwrap();
            assert_eq!(response.status, 403, "{body}: {}", response.body);
        }
        let history = running.store.history(&subject).await.unwrap().records;
        assert_eq!(history.len(), 3, "the victim's choices are untouched");
        // The victim's own link works, and no page shows one person's id to another.
        assert_eq!(victim.get(&victim_link).await.unwrap().status, 200);
        let order_page = http::get(address, "/order", &[]).await.unwrap();
        assert!(!order_page.body.contains(&subject));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_site_posts_and_other_bodies_are_refused() {
    for running in both_shops("csrf", config()).await {
        let address = running.address;
        let visitor = Visitor::arrive(address).await;
        let ours = format!("http://{address}");
        let form = format!("email=v%40example.fr&address=x&partner_offers=on&{}", shop::version_param());
        let with_token = format!("{form}&csrf_token={}", visitor.token);
        let urlencoded = ("Content-Type", "application/x-www-form-urlencoded");
        let cookie = ("Cookie", visitor.cookie.as_str());
        let other_cookie = format!("csrf={}", "ab".repeat(16));
        let cases: Vec<(Headers, &str, u16)> = vec![
            (vec![urlencoded, cookie, ("Origin", "https://evil.example")], &with_token, 403),
            (vec![urlencoded, cookie, ("Origin", "null")], &with_token, 403),
            (vec![urlencoded, cookie, ("Origin", &ours), ("Sec-Fetch-Site", "cross-site")], &with_token, 403),
            (vec![urlencoded, cookie, ("Referer", "https://evil.example/page")], &with_token, 403),
            (vec![urlencoded, cookie], &with_token, 403),
            // The right origin, but no token, or a token of another cookie.
            (vec![urlencoded, cookie, ("Origin", &ours)], &form, 403),
            (vec![urlencoded, ("Cookie", &other_cookie), ("Origin", &ours)], &with_token, 403),
            (vec![urlencoded, ("Origin", &ours)], &with_token, 403),
            // A `text/plain` form, which any site can post without a preflight.
            (vec![("Content-Type", "text/plain"), cookie, ("Origin", &ours)], &with_token, 415),
            (vec![cookie, ("Origin", &ours)], &with_token, 415),
        ];
        for (headers, body, status) in cases {
            for path in ["/order", "/withdraw"] {
                let response = http::request(address, "POST", path, &headers, body.as_bytes()).await.unwrap();
                assert_eq!(response.status, status, "{path} {headers:?}: {}", response.body);
            }
        }
        let page = running.store.page(None, 100).await.unwrap();
        assert!(page.records.is_empty(), "nothing stored");
        // The same body from the shop's own page, by `Origin` or by `Referer`, goes through.
        let referer = format!("{ours}/order");
        for headers in
            [vec![urlencoded, cookie, ("Origin", ours.as_str())], vec![urlencoded, cookie, ("Referer", &referer)]]
        {
            let response = http::request(address, "POST", "/order", &headers, with_token.as_bytes()).await.unwrap();
            assert_eq!(response.status, 200, "{headers:?}: {}", response.body);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_forbids_framing_and_sniffing() {
    for running in both_shops("headers", config()).await {
        let address = running.address;
        let responses = [
            http::get(address, "/order", &[]).await.unwrap(),
            http::get(address, "/privacy", &[]).await.unwrap(),
            http::get(address, "/no-such-page", &[]).await.unwrap(),
            http::get(address, "/me?subject=x", &[]).await.unwrap(),
            http::get(address, "/consents.json", &[]).await.unwrap(),
            http::post_form(address, "/order", b"email=x").await.unwrap(),
        ];
        for response in responses {
            let csp = response.header("content-security-policy").unwrap_or_default();
            assert!(csp.contains("frame-ancestors 'none'"), "{} {csp:?}", response.status);
            assert_eq!(response.header("x-frame-options"), Some("DENY"));
            assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
            assert_eq!(response.header("referrer-policy"), Some("same-origin"));
        }
        let order = http::get(address, "/order", &[]).await.unwrap();
        let cookie = order.header("set-cookie").unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    }
}

/// How a slow client misbehaves.
#[derive(Clone, Copy, Debug)]
enum Slow {
    /// Connects and sends nothing.
    Idle,
    /// Sends its headers one byte a second.
    Headers,
    /// Sends complete headers, then its body one byte a second.
    Body,
}

/// Holds a connection the `slow` way until the server closes it; how long that took, or `None` if it was still
/// open after `give_up`.
async fn hold(address: SocketAddr, slow: Slow, give_up: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut stream = TcpStream::connect(address).await.ok()?;
    let head = format!("GET /order HTTP/1.1\r\nHost: {address}\r\nX-Padding: {}\r\n", "p".repeat(200));
    let trickle: Vec<u8> = match slow {
        Slow::Idle => Vec::new(),
        Slow::Headers => head.into_bytes(),
        Slow::Body => {
            let head = format!(
                "POST /order HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
                 Content-Length: 1000\r\n\r\n"
            );
            stream.write_all(head.as_bytes()).await.ok()?;
            vec![b'a'; 1000]
        }
    };
    let mut next = trickle.iter();
    let mut buffer = [0u8; 1024];
    while started.elapsed() < give_up {
        if let Some(byte) = next.next()
            && stream.write_all(&[*byte]).await.is_err()
        {
            return Some(started.elapsed());
        }
        match tokio::time::timeout(Duration::from_secs(1), stream.read(&mut buffer)).await {
            // Closed, reset, or answered (`408`): the server let go of this client.
            Ok(Ok(0) | Err(_)) => return Some(started.elapsed()),
            Ok(Ok(_)) => return Some(started.elapsed()),
            Err(_) => {}
        }
    }
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_shop_keeps_serving_while_200_slow_clients_hold_connections() {
    let limits = Limits {
        header_timeout: Duration::from_secs(3),
        body_timeout: Duration::from_secs(3),
        keep_alive: Duration::from_secs(3),
        ..Limits::without_client_limits()
    };
    let config = Config { limits, ..config() };
    for running in both_shops("slow", config).await {
        let address = running.address;
        let give_up = Duration::from_secs(30);
        let slow: Vec<_> = (0..200)
            .map(|i| {
                let kind = [Slow::Idle, Slow::Headers, Slow::Body][i % 3];
                tokio::spawn(async move { (kind, hold(address, kind, give_up).await) })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(500)).await;
        // While they hold their connections, a real visitor is served at once.
        let started = Instant::now();
        let page = tokio::time::timeout(Duration::from_secs(2), http::get(address, "/order", &[])).await;
        assert_eq!(page.expect("served within 2 s").unwrap().status, 200);
        println!("{address}: a page served in {:?} beside 200 slow clients", started.elapsed());
        // And every slow client is let go once its timeout is over, never held for ever.
        let mut longest = Duration::ZERO;
        for task in slow {
            let (kind, held) = task.await.unwrap();
            let held = held.unwrap_or_else(|| panic!("{address}: a {kind:?} client was still connected after 30 s"));
            longest = longest.max(held);
        }
        println!("{address}: the longest slow client was let go after {longest:?}");
        assert!(longest < Duration::from_secs(20), "{longest:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_never_renews_itself() {
    // Audit N6: the page a link opens gave a fresh 30-day link, so a leaked link was valid for ever.
    let config = config();
    let secret = config.secret.clone();
    for running in both_shops("renew", config.clone()).await {
        let visitor = Visitor::arrive(running.address).await;
        let subject = subject_of(&order(running.address, &visitor).await);
        let expires = SystemTime::now() + Duration::from_secs(3);
        let short = secret.link_query(&subject, expires);
        let page = visitor.get(&format!("/me?{short}")).await.unwrap();
        assert_eq!(page.status, 200, "{}", page.body);
        let start = page.body.find("id=\"export\" href=\"/me/export?").expect("an export link") + 29;
        let export = page.body[start..].split('"').next().unwrap().replace("&amp;", "&");
        let seconds = expires.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        assert!(export.contains(&format!("expires={seconds}&")), "{export} keeps the link's expiry {seconds}");
        tokio::time::sleep(Duration::from_secs(4)).await;
        for path in [format!("/me?{short}"), format!("/me?{export}"), format!("/me/export?{export}")] {
            assert_eq!(visitor.get(&path).await.unwrap().status, 403, "{path}");
        }
    }
}

/// Audit N14: a `Content-Length` of a terabyte with no body is refused at once with `413`, on both shops, instead
/// of holding the connection until the body timeout answers `408`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declared_body_larger_than_the_limit_is_refused_at_once() {
    for shop in both_shops("declared-too-large", config()).await {
        let started = Instant::now();
        let mut stream = TcpStream::connect(shop.address).await.unwrap();
        let head = format!(
            "POST /order HTTP/1.1\r\nHost: {}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: 1000000000000\r\n\r\n",
            shop.address
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut answer = vec![0u8; 512];
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer)).await;
        let read = read.expect("an answer before the body timeout").unwrap();
        let status = String::from_utf8_lossy(&answer[..read]).lines().next().unwrap_or_default().to_string();
        assert!(status.contains(" 413 "), "{}: {status}", shop.address);
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    }
}
