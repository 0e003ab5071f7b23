//! The order form on Rocket (`cargo run -p privacy-notice-examples --example rocket_shop --features rocket`, then open http://127.0.0.1:8000/order).

#[rocket::main]
async fn main() -> Result<(), Box<rocket::Error>> {
    privacy_notice_examples::web_rocket::rocket().launch().await.map_err(Box::new)?;
    Ok(())
}
