//! The order page of a shop on axum, its consent records stored in SQLite.
//!
//! `cargo run --example axum_shop`, then open <http://127.0.0.1:3000/order> (`?lang=en` for English).
//! Environment: `BIND` (default `127.0.0.1:3000`), `DATABASE_PATH` (default `consents.db`).

use std::sync::Arc;

use privacy_notice_examples::shop::Store;
use privacy_notice_examples::web_axum;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:3000".to_string());
    let database = std::env::var("DATABASE_PATH").unwrap_or_else(|_| "consents.db".to_string());
    let store = Arc::new(Store::open(&database)?);
    let listener = web_axum::listener(bind.parse()?)?;
    println!("axum_shop: http://{}/order (records in {database})", listener.local_addr()?);
    web_axum::serve(listener, store).await?;
    Ok(())
}
