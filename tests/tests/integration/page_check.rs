//! `Notice::check_page`: the test a user runs on their own page, which finds a box no form decoder could miss
//! (newcomers' trials 2 and 4; the audit's N14).

use privacy_notice::{Lang, PageProblem, PrivacyNotice};
use privacy_notice_examples::forms::ShopOrder;

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"fr\"><head><title>Commande</title></head><body><form method=\"post\">{body}</form></body></html>"
    )
}

#[test]
fn the_notice_s_own_html_passes() {
    let notice = ShopOrder::notice();
    for lang in Lang::ALL {
        assert_eq!(notice.check_page(&page(&notice.html(lang))), Ok(()), "{lang}");
        assert_eq!(notice.check_page(&page(&notice.summary_html(lang))), Ok(()), "{lang}");
        assert_eq!(notice.check_page(&page(&notice.boxes_html(lang))), Ok(()), "{lang}");
    }
}

#[test]
fn a_box_written_by_hand_under_another_name_is_found() {
    let notice = ShopOrder::notice();
    let html = notice.html(Lang::Fr).replace("name=\"no_partner_use\"", "name=\"no-partner-use\"");
    let problems = notice.check_page(&page(&html)).unwrap_err();
    assert_eq!(
        problems.0,
        [PageProblem::MissingBox { name: "no_partner_use".into(), unknown: vec!["no-partner-use".into()] }]
    );
    assert!(problems.to_string().contains("no checkbox named `no_partner_use`"), "{problems}");
}

#[test]
fn a_ticked_box_a_repeated_box_and_a_missing_version_are_found() {
    let notice = ShopOrder::notice();
    let html = notice
        .boxes_html(Lang::Fr)
        .replace("name=\"partner_offers\" value=\"on\"", "name=\"partner_offers\" value=\"on\" checked");
    let html = html.replace(&notice.version_html(), "");
    let extra = "<input type=\"checkbox\" name=\"no_similar_offers\">";
    let problems = notice.check_page(&page(&format!("{html}{extra}"))).unwrap_err().0;
    assert!(problems.contains(&PageProblem::Prechecked { name: "partner_offers".into() }), "{problems:?}");
    assert!(problems.contains(&PageProblem::Repeated { name: "no_similar_offers".into() }), "{problems:?}");
    assert!(problems.contains(&PageProblem::Version { name: "notice_version".into(), found: None }), "{problems:?}");
    let stale = notice.boxes_html(Lang::Fr).replace(notice.version(), &"0".repeat(64));
    let problems = notice.check_page(&page(&stale)).unwrap_err().0;
    assert_eq!(problems, [PageProblem::Version { name: "notice_version".into(), found: Some("0".repeat(64)) }]);
}
