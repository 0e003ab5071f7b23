//! The order page of a shop on actix-web, its consent records stored in SQLite (the same store as axum_shop).
//!
//! `cargo run --example actix_shop`, then open <http://127.0.0.1:3000/order> (`?lang=en` for English).
//! Environment: `BIND` (default `127.0.0.1:3000`), `DATABASE_PATH` (default `consents.db`).

use actix_web::web;
use privacy_notice_examples::shop::Store;
use privacy_notice_examples::web_actix;

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:3000".to_string());
    let database = std::env::var("DATABASE_PATH").unwrap_or_else(|_| "consents.db".to_string());
    let store = web::Data::new(Store::open(&database)?);
    let (server, addresses) = web_actix::server(&bind, store)?;
    for address in addresses {
        println!("actix_shop: http://{address}/order (records in {database})");
    }
    server.await?;
    Ok(())
}
