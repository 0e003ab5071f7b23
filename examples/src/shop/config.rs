//! The shop's settings, from the environment or set by a test.
//!
//! | variable | meaning | default |
//! |---|---|---|
//! | `MAX_CONNECTIONS_PER_IP` | connections one client address may hold at once; the next get `503` and are closed | 32 |
//! | `WRITE_TIMEOUT_SECS` | an answer the client does not read for this long closes the connection | 10 |
//! | `ORDERS_PER_MINUTE_PER_IP` | orders one client address may place per minute (`0`: no limit) | 30 |
//! | `ORDERS_BURST_PER_IP` | how many of those may come at once | 10 |
//! | `ORDERS_PER_MINUTE_PER_TOKEN` | orders one CSRF cookie may place per minute (`0`: no limit) | 10 |
//! | `ORDERS_BURST_PER_TOKEN` | how many of those may come at once | 5 |
//! | `ALLOWED_HOSTS` | the `Host` values (`name` or `name:port`, comma-separated) a POST may name | any |
//!
//! Beyond a rate, `POST /order` gets `429` with `Retry-After`. Behind a reverse proxy every client has the
//! proxy's address: set the per-address limits at the proxy instead (and its send timeout), or raise these.

use std::time::Duration;

use super::security::SecretKey;

/// A rate: `burst` at once, then `per_minute` spread over each minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// How many at once, from a client that waited.
    pub burst: u32,
    /// How many per minute, on average, once the burst is spent.
    pub per_minute: u32,
}

/// Bounds on what one client may hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// A request's headers must arrive within this time, or the connection is closed (slowloris).
    pub header_timeout: Duration,
    /// A request's body must arrive within this time, or the answer is `408`.
    pub body_timeout: Duration,
    /// An idle keep-alive connection is closed after this time.
    pub keep_alive: Duration,
    /// An answer that makes no progress towards the client for this long (the client does not read it)
    /// closes the connection.
    pub write_timeout: Duration,
    /// The axum shop closes a connection this long after it opened, once its current request is answered, so
    /// that a client reading just fast enough to escape `write_timeout` still lets go.
    pub connection_lifetime: Duration,
    /// At most this many connections are served at once; the next ones wait in the listen backlog.
    pub max_connections: usize,
    /// At most this many connections from one client address at once; the next are answered `503` and closed.
    pub max_connections_per_client: usize,
    /// Orders per client address, counted once their CSRF token is checked (`None`: no limit).
    pub orders_per_client: Option<Rate>,
    /// Orders per CSRF cookie, once its token is checked (`None`: no limit).
    pub orders_per_token: Option<Rate>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            keep_alive: Duration::from_secs(15),
            write_timeout: Duration::from_secs(10),
            connection_lifetime: Duration::from_secs(120),
            max_connections: 1024,
            max_connections_per_client: 32,
            orders_per_client: Some(Rate { burst: 10, per_minute: 30 }),
            orders_per_token: Some(Rate { burst: 5, per_minute: 10 }),
        }
    }
}

/// The number in the environment variable `name`, or `default` when it is not set.
fn number(name: &str, default: u64) -> Result<u64, String> {
    match std::env::var(name) {
        Ok(text) => text.trim().parse().map_err(|_| format!("{name} must be a whole number, not `{text}`")),
        Err(_) => Ok(default),
    }
}

fn rate(per_minute: &str, burst: &str, default: Option<Rate>) -> Result<Option<Rate>, String> {
    let default = default.unwrap_or(Rate { burst: 0, per_minute: 0 });
    let per_minute = u32::try_from(number(per_minute, default.per_minute.into())?).map_err(|e| e.to_string())?;
    let burst = u32::try_from(number(burst, default.burst.into())?).map_err(|e| e.to_string())?;
    Ok((per_minute > 0).then_some(Rate { burst: burst.max(1), per_minute }))
}

impl Limits {
    /// The default limits, each replaced by its environment variable when set (see the table above).
    pub fn from_env() -> Result<Limits, String> {
        let default = Limits::default();
        let per_client = number("MAX_CONNECTIONS_PER_IP", default.max_connections_per_client as u64)?;
        Ok(Limits {
            write_timeout: Duration::from_secs(number("WRITE_TIMEOUT_SECS", default.write_timeout.as_secs())?.max(1)),
            max_connections_per_client: usize::try_from(per_client).map_err(|e| e.to_string())?.max(1),
            orders_per_client: rate("ORDERS_PER_MINUTE_PER_IP", "ORDERS_BURST_PER_IP", default.orders_per_client)?,
            orders_per_token: rate("ORDERS_PER_MINUTE_PER_TOKEN", "ORDERS_BURST_PER_TOKEN", default.orders_per_token)?,
            ..default
        })
    }

    /// The default timeouts, without the per-client limits: for tests that load the shop from one address.
    pub fn without_client_limits() -> Limits {
        let default = Limits::default();
        Limits {
            max_connections_per_client: default.max_connections,
            orders_per_client: None,
            orders_per_token: None,
            ..default
        }
    }
}

/// Everything the shop needs besides its store.
#[derive(Clone, Debug)]
pub struct Config {
    /// Signs links and CSRF tokens.
    pub secret: SecretKey,
    /// The administrator's token for `GET /consents.json`; without one, that route does not exist.
    pub admin_token: Option<String>,
    /// Timeouts, connection limits and order rates.
    pub limits: Limits,
    /// The `Host` values a POST may name (lower case, `name` or `name:port`); empty: any, the `Origin` must then
    /// only match the `Host` the request names.
    pub allowed_hosts: Vec<String>,
}

/// `ALLOWED_HOSTS`, comma-separated, in lower case.
fn allowed_hosts(text: &str) -> Vec<String> {
    text.split(',').map(|host| host.trim().to_ascii_lowercase()).filter(|host| !host.is_empty()).collect()
}

impl Config {
    /// `SECRET_KEY` (or the key kept in `SECRET_KEY_FILE`, default `privacy-notice-shop.key`, generated there
    /// once), `ADMIN_TOKEN`, `ALLOWED_HOSTS` and the limits (see the table above) from the environment.
    pub fn from_env() -> Result<Config, String> {
        let key_file = std::env::var("SECRET_KEY_FILE").unwrap_or_else(|_| "privacy-notice-shop.key".into());
        let secret = SecretKey::from_env_or_file(std::path::Path::new(&key_file))?;
        let admin_token = std::env::var("ADMIN_TOKEN").ok().filter(|token| !token.trim().is_empty());
        if admin_token.as_ref().is_some_and(|token| token.len() < 16) {
            return Err("ADMIN_TOKEN must be at least 16 characters".into());
        }
        let allowed_hosts = allowed_hosts(&std::env::var("ALLOWED_HOSTS").unwrap_or_default());
        Ok(Config { secret, admin_token, limits: Limits::from_env()?, allowed_hosts })
    }

    /// A fresh random key, no admin token, any host, the default timeouts without the per-client limits (the
    /// tests load the shop from one address): for tests.
    pub fn for_tests() -> Config {
        Config {
            secret: SecretKey::generate(),
            admin_token: None,
            limits: Limits::without_client_limits(),
            allowed_hosts: Vec::new(),
        }
    }
}

/// Where the shop keeps its records: `DATABASE_URL` (`sqlite://..` or `postgres://..`), else the SQLite file
/// `DATABASE_PATH`, else `consents.db`.
pub fn database_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| {
        let path = std::env::var("DATABASE_PATH").unwrap_or_else(|_| "consents.db".into());
        format!("sqlite://{path}")
    })
}

/// `url` without its password, for a log line: the user information (`user:pass@`) becomes `…@`, and the
/// value of every query parameter whose name holds `pass` (sqlx reads `?password=`) becomes `…`.
pub fn shown_url(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let base = match (base.find("://"), base.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}://…{}", &base[..scheme], &base[at..]),
        _ => base.to_string(),
    };
    let Some(query) = query else { return base };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, _)) if name.to_ascii_lowercase().contains("pass") => format!("{name}=…"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{base}?{}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_password_is_shown() {
        // Audit N13: the password as a query parameter, which sqlx accepts, was printed whole.
        let url = "postgres://127.0.0.1:5432/shopdb?user=shopapp&password=s3cret-db-password&sslmode=disable";
        assert_eq!(shown_url(url), "postgres://127.0.0.1:5432/shopdb?user=shopapp&password=…&sslmode=disable");
        assert_eq!(shown_url("postgres://shop:s3cret@db/shop"), "postgres://…@db/shop");
        assert_eq!(shown_url("postgres://shop:p@ss@db/shop?PassWord=x"), "postgres://…@db/shop?PassWord=…");
        assert_eq!(shown_url("sqlite://consents.db"), "sqlite://consents.db");
        for url in [url, "postgres://u:s3cret-db-password@h/d", "postgres://h/d?sslpassword=s3cret-db-password"] {
            assert!(!shown_url(url).contains("s3cret"), "{url}");
        }
    }

    #[test]
    fn hosts_are_read_in_lower_case() {
        assert_eq!(allowed_hosts(" Shop.Example , shop.example:8443,,"), ["shop.example", "shop.example:8443"]);
        assert!(allowed_hosts("").is_empty());
    }
}
