//! The shop's settings, from the environment or set by a test.

use std::time::Duration;

use super::security::SecretKey;

/// Bounds on what one client may hold.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// A request's headers must arrive within this time, or the connection is closed (slowloris).
    pub header_timeout: Duration,
    /// A request's body must arrive within this time, or the answer is `408`.
    pub body_timeout: Duration,
    /// An idle keep-alive connection is closed after this time.
    pub keep_alive: Duration,
    /// At most this many connections are served at once; the next ones wait in the listen backlog.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            keep_alive: Duration::from_secs(15),
            max_connections: 1024,
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
    /// Timeouts and the connection limit.
    pub limits: Limits,
}

impl Config {
    /// `SECRET_KEY` (or the key kept in `SECRET_KEY_FILE`, default `privacy-notice-shop.key`, generated there
    /// once) and `ADMIN_TOKEN` from the environment, with the default limits.
    pub fn from_env() -> Result<Config, String> {
        let key_file = std::env::var("SECRET_KEY_FILE").unwrap_or_else(|_| "privacy-notice-shop.key".into());
        let secret = SecretKey::from_env_or_file(std::path::Path::new(&key_file))?;
        let admin_token = std::env::var("ADMIN_TOKEN").ok().filter(|token| !token.trim().is_empty());
        if admin_token.as_ref().is_some_and(|token| token.len() < 16) {
            return Err("ADMIN_TOKEN must be at least 16 characters".into());
        }
        Ok(Config { secret, admin_token, limits: Limits::default() })
    }

    /// A fresh random key, no admin token, the default limits: for tests.
    pub fn for_tests() -> Config {
        Config { secret: SecretKey::generate(), admin_token: None, limits: Limits::default() }
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

/// `url` without its password, for a log line.
pub fn shown_url(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}://…{}", &url[..scheme], &url[at..]),
        _ => url.to_string(),
    }
}
