//! The shop examples started on free loopback ports, each with a fresh database, for the web tests.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use privacy_notice_examples::shop::Store;
use privacy_notice_examples::{web_actix, web_axum};

/// Where a test's database lives.
pub fn database_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("privacy-notice-{name}-{}.db", std::process::id()))
}

/// A fresh database file for one test.
pub fn database(name: &str) -> PathBuf {
    let path = database_path(name);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    path
}

/// The axum shop on a free loopback port.
pub async fn start_axum(name: &str) -> (SocketAddr, Arc<Store>) {
    let store = Arc::new(Store::open(database(name)).unwrap());
    let listener = web_axum::listener("127.0.0.1:0".parse().unwrap()).unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(web_axum::serve(listener, store.clone()));
    (address, store)
}

/// The actix-web shop on a free loopback port, in its own actix system.
pub fn start_actix(name: &str) -> (SocketAddr, actix_web::web::Data<Store>) {
    let store = actix_web::web::Data::new(Store::open(database(name)).unwrap());
    let served = store.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let (server, addresses) = web_actix::server("127.0.0.1:0", served).unwrap();
            sender.send(addresses[0]).unwrap();
            server.await
        })
    });
    (receiver.recv().unwrap(), store)
}
