//! One shop in its own process, for the crash test: `shop_server axum|actix DATABASE_URL` prints
//! `listening ADDRESS`, then serves until killed.

use std::io::Write;
use std::sync::Arc;

use privacy_notice_examples::shop::{Config, Shop};
use privacy_notice_examples::{web_actix, web_axum};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(framework), Some(url)) = (args.next(), args.next()) else {
        eprintln!("usage: shop_server axum|actix DATABASE_URL");
        std::process::exit(2);
    };
    let announce = |address: std::net::SocketAddr| {
        println!("listening {address}");
        std::io::stdout().flush().expect("stdout");
    };
    match framework.as_str() {
        "axum" => tokio::runtime::Runtime::new().expect("a runtime").block_on(async {
            let shop = Arc::new(Shop::open(&url, Config::for_tests()).await.expect("the store opens"));
            let listener = web_axum::listener("127.0.0.1:0".parse().expect("an address")).expect("a port");
            announce(listener.local_addr().expect("an address"));
            web_axum::serve(listener, shop).await.expect("serving");
        }),
        _ => actix_web::rt::System::new().block_on(async {
            let shop = actix_web::web::Data::new(Shop::open(&url, Config::for_tests()).await.expect("the store opens"));
            let (server, addresses) = web_actix::server("127.0.0.1:0", shop).expect("a port");
            announce(addresses[0]);
            server.await.expect("serving");
        }),
    }
}
