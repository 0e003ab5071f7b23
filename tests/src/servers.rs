//! The shop examples started on free loopback ports, each on a fresh database, for the web tests.

use std::net::SocketAddr;
use std::sync::Arc;

use privacy_notice::store::ConsentStore;
use privacy_notice_examples::shop::{Config, Shop};
use privacy_notice_examples::{web_actix, web_axum};

use crate::databases::{self, Database};

/// A running shop: its address, its database, and a store of the test's own on that database, to check what
/// the shop wrote.
pub struct Running {
    /// Where the shop listens.
    pub address: SocketAddr,
    /// The database's address.
    pub url: String,
    /// The test's own connection to the shop's database.
    pub store: ConsentStore,
}

/// The axum shop on a free loopback port, on a fresh `database`, with `config`.
pub async fn axum_with(database: Database, name: &str, config: Config) -> Running {
    let url = databases::fresh(database, name).await;
    let shop = Arc::new(Shop::open(&url, config).await.unwrap());
    let listener = web_axum::listener("127.0.0.1:0".parse().unwrap()).unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(web_axum::serve(listener, shop));
    Running { address, store: ConsentStore::connect(&url).await.unwrap(), url }
}

/// The actix-web shop on a free loopback port, in its own actix system, on a fresh `database`, with `config`.
pub async fn actix_with(database: Database, name: &str, config: Config) -> Running {
    let url = databases::fresh(database, name).await;
    let served = url.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            // The shop's pool lives in the actix system's runtime, the test's in the test's.
            let shop = actix_web::web::Data::new(Shop::open(&served, config).await.unwrap());
            let (server, addresses) = web_actix::server("127.0.0.1:0", shop).unwrap();
            sender.send(addresses[0]).unwrap();
            server.await
        })
    });
    let address = tokio::task::spawn_blocking(move || receiver.recv().unwrap()).await.unwrap();
    Running { address, store: ConsentStore::connect(&url).await.unwrap(), url }
}

/// The axum shop on SQLite with a fresh key and no admin token.
pub async fn start_axum(name: &str) -> Running {
    axum_with(Database::Sqlite, name, Config::for_tests()).await
}

/// The actix-web shop on SQLite with a fresh key and no admin token.
pub async fn start_actix(name: &str) -> Running {
    actix_with(Database::Sqlite, name, Config::for_tests()).await
}
