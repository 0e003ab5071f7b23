//! The order page of a shop on axum, its consent records in the library's consent store.
//!
//! `cargo run -p privacy-notice-examples --example axum_shop`, then open <http://127.0.0.1:3000/order> (`?lang=en` for English).
//! Environment: `BIND` (default `127.0.0.1:3000`); `DATABASE_URL` (`postgres://..` or `sqlite://..`) or
//! `DATABASE_PATH` (an SQLite file, default `consents.db`); `SECRET_KEY` (or the key generated once in
//! `SECRET_KEY_FILE`, default `privacy-notice-shop.key`); `ADMIN_TOKEN` to serve `GET /consents.json`;
//! `ALLOWED_HOSTS`, `MAX_CONNECTIONS_PER_IP`, `WRITE_TIMEOUT_SECS`, `ORDERS_PER_MINUTE_PER_IP`, `ORDERS_BURST_PER_IP`,
//! `ORDERS_PER_MINUTE_PER_TOKEN`, `ORDERS_BURST_PER_TOKEN` (see `shop::config`).

use std::sync::Arc;

use privacy_notice_examples::shop::{Config, Shop, config};
use privacy_notice_examples::web_axum;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:3000".to_string());
    let database = config::database_url();
    let shop = Arc::new(Shop::open(&database, Config::from_env()?).await?);
    let listener = web_axum::listener(bind.parse()?)?;
    println!("axum_shop: http://{}/order (records in {})", listener.local_addr()?, config::shown_url(&database));
    web_axum::serve(listener, shop).await?;
    Ok(())
}
