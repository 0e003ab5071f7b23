//! The order form in a Leptos application (`cargo run -p privacy-notice-examples --example leptos_shop --features leptos`, then open
//! http://127.0.0.1:3000/order): an `ActionForm` on a server function, the notice inside it.

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::var("BIND").unwrap_or_else(|_| "127.0.0.1:3000".to_string());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!("http://{address}/order");
    axum::serve(listener, privacy_notice_examples::web_leptos::app()).await
}
