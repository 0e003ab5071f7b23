//! Rocket (feature `rocket`): the order form through Rocket's local client — ticked, unticked, renamed with
//! `#[field(name = "..")]`, garbage, and a body without the notice's version.

use privacy_notice::{Lang, PrivacyNotice};
use privacy_notice_examples::web_rocket::{RocketOrder, rocket};
use rocket::http::{ContentType, Status};
use rocket::local::blocking::Client;

fn post(client: &Client, body: &str) -> (Status, String) {
    let response = client.post("/order").header(ContentType::Form).body(body).dispatch();
    (response.status(), response.into_string().unwrap_or_default())
}

fn version() -> String {
    format!("notice_version={}", RocketOrder::notice().version())
}

#[test]
fn rocket_reads_the_boxes_the_notice_renders() {
    let client = Client::tracked(rocket()).unwrap();
    // The page renders the box under Rocket's name, and the hidden version.
    let page = client.get("/order").dispatch().into_string().unwrap();
    assert!(page.contains("name=\"refus-partenaires\""), "{page}");
    assert!(page.contains(&format!("name=\"notice_version\" value=\"{}\"", RocketOrder::notice().version())));
    assert!(RocketOrder::notice().html(Lang::Fr).contains("name=\"partner_offers\""));

    // Nothing ticked: no objection, no agreement.
    let (status, body) = post(&client, &format!("email=a%40b.fr&{}", version()));
    assert_eq!(status, Status::Ok);
    assert_eq!(body, "partner_optout=granted\npartner_email_optin=refused\n");
    // Both ticked, as a browser sends them.
    let (status, body) = post(&client, &format!("email=a%40b.fr&refus-partenaires=on&partner_offers=on&{}", version()));
    assert_eq!(status, Status::Ok);
    assert_eq!(body, "partner_optout=refused\npartner_email_optin=granted\n");
}

#[test]
fn rocket_refuses_garbage_and_a_missing_version() {
    let client = Client::tracked(rocket()).unwrap();
    let (status, _) = post(&client, &format!("email=a%40b.fr&partner_offers=maybe&{}", version()));
    assert_eq!(status, Status::UnprocessableEntity);
    // A body that does not come from the page (the box under its Rust name, no version): refused, never read
    // as "did not object".
    let (status, _) = post(&client, "email=a%40b.fr&no_partner_use=on");
    assert_eq!(status, Status::UnprocessableEntity);
    let (status, _) = post(&client, "email=a%40b.fr&notice_version=123");
    assert_eq!(status, Status::UnprocessableEntity);
}
