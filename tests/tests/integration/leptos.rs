//! Leptos: the order page rendered with a real `ActionForm` on a real server function, and what Leptos posts
//! (`form[..]` names, URL-encoded) decoded by Leptos' own server-function handler on axum. An "I object" box
//! ticked is recorded as refused; a body without the notice's version is refused.

use privacy_notice::PrivacyNotice;
use privacy_notice_examples::web_leptos::{LeptosOrder, SubmitOrder, app, order_page_html};
use privacy_notice_tests::http;
use server_fn::ServerFn;

async fn start() -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app()).await });
    address
}

#[test]
fn the_page_posts_nested_names_to_the_server_function() {
    let page = order_page_html();
    assert!(page.contains(&format!("action=\"{}\"", SubmitOrder::PATH)), "{page}");
    assert!(page.contains("name=\"form[email]\""));
    assert!(page.contains("name=\"form[no_partner_use]\""), "{page}");
    assert!(page.contains("name=\"form[partner_offers]\""));
    let version = format!("name=\"form[notice_version]\" value=\"{}\"", LeptosOrder::notice().version());
    assert!(page.contains(&version), "{page}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_object_box_ticked_in_leptos_is_recorded_as_refused() {
    let address = start().await;
    let version = LeptosOrder::notice().version();
    // What the ActionForm posts when the person ticks "I object" and nothing else.
    let body = format!("form%5Bemail%5D=a%40b.fr&form%5Bno_partner_use%5D=on&form%5Bnotice_version%5D={version}");
    let response = http::post_form(address, SubmitOrder::PATH, body.as_bytes()).await.unwrap();
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(response.body, "\"partner_optout=refused\\npartner_email_optin=refused\\n\"");
    // Nothing ticked: no objection, no agreement.
    let body = format!("form%5Bemail%5D=a%40b.fr&form%5Bnotice_version%5D={version}");
    let response = http::post_form(address, SubmitOrder::PATH, body.as_bytes()).await.unwrap();
    assert_eq!(response.body, "\"partner_optout=granted\\npartner_email_optin=refused\\n\"");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_that_do_not_match_are_refused_not_granted() {
    let address = start().await;
    // The box under its plain name, as a page without `prefix` would post it: never "did not object".
    let body = b"form%5Bemail%5D=a%40b.fr&no_partner_use=on";
    let response = http::post_form(address, SubmitOrder::PATH, body).await.unwrap();
    assert!(response.status >= 400, "{} {}", response.status, response.body);
    assert!(response.body.contains("notice_version"), "{}", response.body);
}

/// A box value that is no checkbox value is refused, with the accepted values in the answer. Leptos answers it
/// with a 500: server_fn 0.8 reports an argument it cannot decode as `ServerFnError::Args`, which
/// `handle_server_fns` serves as an internal error; the status is the framework's, the refusal is ours.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_garbage_box_value_is_refused_with_the_accepted_values() {
    let address = start().await;
    let version = LeptosOrder::notice().version();
    let body = format!("form%5Bemail%5D=a%40b.fr&form%5Bno_partner_use%5D=maybe&form%5Bnotice_version%5D={version}");
    let response = http::post_form(address, SubmitOrder::PATH, body.as_bytes()).await.unwrap();
    assert_eq!(response.status, 500, "{}", response.body);
    assert!(response.body.contains("expected a checkbox value: `on`, `true`, `1` or `yes`"), "{}", response.body);
    assert!(!response.body.contains("partner_optout=granted"), "{}", response.body);
}
