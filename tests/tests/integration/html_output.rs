//! `Notice::html` is valid HTML5 (checked by html5ever, a spec-compliant parser) and accessible: a `lang`,
//! headings, lists, each choice in a `<fieldset>` with a `<legend>`, each box an unticked checkbox with an
//! `id` and a `<label for>`. Whatever strings a form declares, no markup gets through.

use std::collections::BTreeSet;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use privacy_notice::{Checkbox, Lang, Law, PrivacyNotice};
use privacy_notice_tests::{hostile, notice_with};
use proptest::prelude::*;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract")]
#[purpose(
    "l’envoi de la lettre d’information",
    data_use = "marketing.communications.email",
    id = "newsletter",
    basis = "consent"
)]
#[retention("3 ans")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mon-compte")]
#[partner_optout(partners = "des éditeurs de presse")]
#[partner_email_optin(partners = "https://boutique.fr/partenaires")]
#[allow(dead_code)]
struct SignupForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    notice_version: privacy_notice::NoticeVersion,
}

/// A whole page around the fragment, as a browser would get it.
fn parse_page(fragment: &str) -> RcDom {
    let page = format!(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Commande</title></head>\
         <body><form method=\"post\">{fragment}<button>Envoyer</button></form></body></html>"
    );
    html5ever::parse_document(RcDom::default(), Default::default()).one(page)
}

struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<String>,
}

fn elements(node: &Handle, out: &mut Vec<Element>) {
    if let NodeData::Element { name, attrs, .. } = &node.data {
        let children = node
            .children
            .borrow()
            .iter()
            .filter_map(|child| match &child.data {
                NodeData::Element { name, .. } => Some(name.local.to_string()),
                _ => None,
            })
            .collect();
        out.push(Element {
            name: name.local.to_string(),
            attrs: attrs.borrow().iter().map(|a| (a.name.local.to_string(), a.value.to_string())).collect(),
            children,
        });
    }
    for child in node.children.borrow().iter() {
        elements(child, out);
    }
}

fn all_elements(dom: &RcDom) -> Vec<Element> {
    let mut out = Vec::new();
    elements(&dom.document, &mut out);
    out
}

fn attr<'a>(element: &'a Element, name: &str) -> Option<&'a str> {
    element.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

/// Checks validity and accessibility; returns the page's elements.
fn check_fragment(fragment: &str, boxes: usize) -> Vec<Element> {
    let dom = parse_page(fragment);
    let errors = dom.errors.borrow();
    assert!(errors.is_empty(), "HTML parse errors {errors:?} in:\n{fragment}");
    let elements = all_elements(&dom);
    let inputs: Vec<&Element> =
        elements.iter().filter(|e| e.name == "input" && attr(e, "type") != Some("hidden")).collect();
    assert_eq!(inputs.len(), boxes);
    // The only other input is the hidden one that sends the notice's version back.
    for hidden in elements.iter().filter(|e| e.name == "input" && attr(e, "type") == Some("hidden")) {
        assert_eq!(attr(hidden, "name"), Some("notice_version"));
        assert_eq!(attr(hidden, "value").map(str::len), Some(64));
    }
    for input in &inputs {
        assert_eq!(attr(input, "type"), Some("checkbox"));
        assert!(attr(input, "checked").is_none() && attr(input, "required").is_none(), "never pre-ticked or required");
        let id = attr(input, "id").expect("every box has an id");
        let labels = elements.iter().filter(|e| e.name == "label" && attr(e, "for") == Some(id)).count();
        assert_eq!(labels, 1, "one <label for={id}>");
    }
    for fieldset in elements.iter().filter(|e| e.name == "fieldset") {
        assert_eq!(fieldset.children.first().map(String::as_str), Some("legend"), "a fieldset opens with its legend");
    }
    elements
}

#[test]
fn the_notice_is_valid_accessible_html5() {
    for lang in Lang::ALL {
        let html = SignupForm::notice().html(lang);
        let elements = check_fragment(&html, 3);
        let section = elements.iter().find(|e| e.name == "section").unwrap();
        // The form's texts are French only: the notice is French in both, and says so.
        assert_eq!(attr(section, "lang"), Some("fr"));
        for expected in ["h2", "h3", "ul", "li", "fieldset", "legend"] {
            assert!(elements.iter().any(|e| e.name == expected), "no <{expected}>");
        }
    }
}

#[test]
fn boxes_html_renders_every_box_in_form_order() {
    let html = SignupForm::notice().boxes_html(Lang::Fr);
    let elements = check_fragment(&html, 3);
    let names: Vec<&str> = elements.iter().filter(|e| e.name == "input").filter_map(|e| attr(e, "name")).collect();
    assert_eq!(names, ["newsletter", "no_partner_use", "partner_offers", "notice_version"]);
    assert!(html.contains("<legend>Vos choix</legend>"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn no_declared_string_breaks_the_html(s in hostile()) {
        for law in [Law::Gdpr, Law::Lil2004] {
            let notice = notice_with(&s, law);
            for lang in Lang::ALL {
                let elements = check_fragment(&notice.html(lang), 3);
                let allowed: BTreeSet<&str> = ["html", "head", "meta", "title", "body", "form", "button", "section",
                    "h2", "h3", "p", "ul", "li", "fieldset", "legend", "div", "input", "label"].into();
                for element in &elements {
                    prop_assert!(allowed.contains(element.name.as_str()), "unexpected <{}>", element.name);
                    for (name, _) in &element.attrs {
                        prop_assert!(["lang", "charset", "method", "class", "type", "id", "name", "value", "for"]
                            .contains(&name.as_str()), "unexpected attribute {name}");
                    }
                }
                check_fragment(&notice.boxes_html(lang), 3);
                // The first level holds the same boxes; its one link is made only of a linkable address.
                for element in check_fragment(&notice.summary_html(lang), 3) {
                    for (name, value) in &element.attrs {
                        if name == "href" {
                            prop_assert!(value.starts_with('/') && !value.starts_with("//")
                                || value.starts_with("https://") || value.starts_with("http://") || value.starts_with('#')
                                || value.starts_with("mailto:"),
                                "link to {value}");
                        }
                    }
                }
            }
        }
    }
}

/// A page of its own design places the boxes itself: the notice without them (no input, no duplicate id), each
/// box looked up by purpose in the same wrapper and classes, the version input on its own, another heading level.
#[test]
fn a_page_places_the_boxes_itself() {
    use privacy_notice::HtmlOptions;
    let notice = SignupForm::notice();
    let text_only = notice.html_with(Lang::Fr, HtmlOptions::new().heading_level(3).without_boxes());
    assert!(!text_only.contains("<input"), "{text_only}");
    assert!(text_only.contains("<h3>Protection de vos données personnelles</h3>") && text_only.contains("<h4>"));
    // A choice that says nothing but its box is left out; a prospecting mention stays.
    assert!(!text_only.contains("<legend>Votre accord</legend>"));
    assert!(text_only.contains("Vous pouvez vous y opposer ci-dessous"));
    let boxed = notice.field(SignupForm::NEWSLETTER).unwrap().html(Lang::Fr);
    let in_notice = notice.html(Lang::Fr);
    assert!(in_notice.contains(&boxed), "the same wrapper and classes alone and inside the notice:\n{boxed}");
    assert!(
        boxed.starts_with("<div class=\"privacy-notice-box\"><input type=\"checkbox\" class=\"privacy-notice-input\"")
    );
    assert!(boxed.contains("<label class=\"privacy-notice-label\""));
    assert!(notice.field("partner_optin").is_none());
    let page = format!("{text_only}{boxed}{}", notice.version_html());
    check_fragment(&page, 1);
    assert_eq!(page.matches("name=\"notice_version\"").count(), 1);
    // With the boxes, `html_with` is `html` at another level.
    let level_four = notice.html_with(Lang::Fr, HtmlOptions::new().heading_level(4));
    assert_eq!(level_four.replace("h4>", "h2>").replace("h5>", "h3>"), notice.html(Lang::Fr));
}

/// Each box's purpose id is a constant of the form: a typo there is a compile error, not a `None` at run time.
#[test]
fn purpose_ids_are_constants_of_the_form() {
    assert_eq!(SignupForm::NEWSLETTER, "newsletter");
    assert_eq!(SignupForm::PARTNER_OPTOUT, "partner_optout");
    assert_eq!(SignupForm::PARTNER_EMAIL_OPTIN, "partner_email_optin");
    let ids: Vec<&str> = SignupForm::notice().consent_fields().iter().map(|f| f.purpose()).collect();
    assert_eq!(ids, [SignupForm::NEWSLETTER, SignupForm::PARTNER_OPTOUT, SignupForm::PARTNER_EMAIL_OPTIN]);
}
