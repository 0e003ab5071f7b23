//! The order page of a shop on actix-web, its consent records in the library's consent store (as axum_shop).
//!
//! `cargo run -p privacy-notice-examples --example actix_shop`, then open <http://127.0.0.1:3000/order> (`?lang=en` for English).
//! Environment: as `axum_shop` — `BIND`, `DATABASE_URL` or `DATABASE_PATH`, `SECRET_KEY` or `SECRET_KEY_FILE`,
//! `ADMIN_TOKEN`, `ALLOWED_HOSTS` and the limits (`MAX_CONNECTIONS_PER_IP`, `WRITE_TIMEOUT_SECS`, `ORDERS_*`).

use actix_web::web;
use privacy_notice_examples::shop::{Config, Shop, config};
use privacy_notice_examples::web_actix;

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bind = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:3000".to_string());
    let database = config::database_url();
    let shop = web::Data::new(Shop::open(&database, Config::from_env()?).await?);
    let (server, addresses) = web_actix::server(&bind, shop)?;
    for address in addresses {
        println!("actix_shop: http://{address}/order (records in {})", config::shown_url(&database));
    }
    server.await?;
    Ok(())
}
