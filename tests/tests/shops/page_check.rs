//! The shops' own order pages pass `Notice::check_page`, in both languages and both frameworks: the check a user
//! runs in a test of their app (README, "No box silently lost").

use privacy_notice::PrivacyNotice;
use privacy_notice_examples::forms::ShopOrder;
use privacy_notice_tests::http;
use privacy_notice_tests::servers::{start_actix, start_axum};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shops_order_pages_hold_every_box_under_its_name() {
    let axum = start_axum("axum-page-check").await.address;
    let actix = start_actix("actix-page-check").await.address;
    for address in [axum, actix] {
        for path in ["/order", "/order?lang=en"] {
            let page = http::get(address, path, &[]).await.unwrap();
            assert_eq!(page.status, 200);
            if let Err(problems) = ShopOrder::notice().check_page(&page.body) {
                panic!("{path}: {problems}");
            }
        }
    }
}
