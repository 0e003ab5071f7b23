//! Fresh databases for the store and web tests: an SQLite file, and a PostgreSQL database on the server
//! `PRIVACY_NOTICE_POSTGRES` names (`.ci/run` starts one; `PRIVACY_NOTICE_REQUIRE_POSTGRES=1` makes its
//! absence a failure rather than a skip).

use sqlx::Connection;

/// A database the store runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Database {
    /// An SQLite file.
    Sqlite,
    /// A database on the PostgreSQL server of `PRIVACY_NOTICE_POSTGRES`.
    Postgres,
}

/// The PostgreSQL server's address, if the tests have one.
pub fn postgres_server() -> Option<String> {
    match std::env::var("PRIVACY_NOTICE_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var_os("PRIVACY_NOTICE_REQUIRE_POSTGRES").is_some() => {
            panic!("PRIVACY_NOTICE_REQUIRE_POSTGRES is set but PRIVACY_NOTICE_POSTGRES names no server")
        }
        _ => {
            // Once per test binary, written to the terminal itself: the test harness captures `eprintln!`, and a
            // skip that only a failing test would show is a skip nobody sees.
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "note: the PostgreSQL half of the store and shop tests is SKIPPED: set \
                     PRIVACY_NOTICE_POSTGRES=postgres://.. (`bash .ci/postgres` starts a server)"
                );
            });
            None
        }
    }
}

/// SQLite, and PostgreSQL when the tests have a server.
pub fn all() -> Vec<Database> {
    let mut databases = vec![Database::Sqlite];
    if postgres_server().is_some() {
        databases.push(Database::Postgres);
    }
    databases
}

/// The address of a new, empty database for the test `name`.
pub async fn fresh(database: Database, name: &str) -> String {
    let name: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    let name = format!("pn_{name}_{}", std::process::id());
    match database {
        Database::Sqlite => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            format!("sqlite://{}", path.display())
        }
        Database::Postgres => {
            let server = postgres_server().expect("a PostgreSQL server");
            let mut admin = sqlx::PgConnection::connect(&server).await.expect("the PostgreSQL server answers");
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await.unwrap();
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
            let base = server.rsplit_once('/').map_or(server.as_str(), |(base, _)| base);
            format!("{base}/{name}")
        }
    }
}
