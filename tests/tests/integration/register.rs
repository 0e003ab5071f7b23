//! The register of processing activities: listing forms, rendering it as Markdown, HTML and JSON.

use std::collections::BTreeSet;

use privacy_notice::{Lang, PrivacyNotice, Register, register};
use privacy_notice_examples::forms::{JobApplication, ShopOrder, ShopOrder2004};
use privacy_notice_examples::{Format, render_register};

use privacy_notice_tests::golden::check as golden;
use privacy_notice_tests::page::{ids_and_links, parse};

#[test]
fn forms_are_ordered_by_id_and_listed_once() {
    let register = register![ShopOrder, JobApplication, ShopOrder2004, ShopOrder];
    let ids: Vec<&str> = register.notices().iter().map(|n| n.id()).collect();
    assert_eq!(
        ids,
        [
            "privacy_notice_examples::forms::JobApplication",
            "privacy_notice_examples::forms::ShopOrder",
            "privacy_notice_examples::forms::ShopOrder2004",
        ]
    );
}

#[test]
fn markdown_snapshot() {
    golden("register.fr.md", &render_register(Format::Markdown, Lang::Fr));
}

#[test]
fn html_snapshot() {
    golden("register.en.html", &render_register(Format::Html, Lang::En));
}

#[test]
fn json_snapshot() {
    golden("register.json", &render_register(Format::Json, Lang::Fr));
}

#[test]
fn html_page_is_valid_with_unique_ids_and_working_contents() {
    for lang in Lang::ALL {
        let page = render_register(Format::Html, lang);
        let dom = parse(&page);
        assert!(dom.errors.borrow().is_empty(), "{:?}", dom.errors.borrow());
        let (mut ids, mut links) = (Vec::new(), Vec::new());
        ids_and_links(&dom.document, &mut ids, &mut links);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "duplicate ids in the register page");
        let internal: Vec<&String> = links.iter().filter(|link| link.starts_with('#')).collect();
        assert_eq!(internal.len(), 6);
        for link in internal {
            assert!(ids.contains(&link.trim_start_matches('#').to_string()), "{link} points nowhere");
        }
        // The others are the addresses the forms declare, made links: web pages and e-mail addresses only.
        for link in links.iter().filter(|link| !link.starts_with('#')) {
            assert!(link.starts_with("https://") || link.starts_with("mailto:"), "{link}");
        }
        // One article per form: its facts in the page's language, then its notice in both languages.
        assert_eq!(page.matches("<article id=\"form-").count(), 6);
        for shown in Lang::ALL {
            let facts = if shown == lang { 6 } else { 0 };
            // The example forms are in French and English: no section in another language.
            let notices = if [Lang::Fr, Lang::En].contains(&shown) { 6 } else { 0 };
            let sections = format!("<section class=\"privacy-notice\" lang=\"{}\">", shown.code());
            assert_eq!(page.matches(&sections).count(), notices + facts, "{sections}");
        }
    }
}

#[test]
fn markdown_register_has_the_declarations_of_each_form() {
    let markdown = render_register(Format::Markdown, Lang::En);
    for part in [
        "## 1\\. JobApplication",
        "- Id: privacy\\_notice\\_examples::forms::JobApplication",
        "assessing your application — legal basis: contract — retention: the length of the recruitment",
        "- name — required",
        "- cover\\_letter — optional",
        "United States — the European Commission’s standard contractual clauses (GDPR Art. 46(2)(c))",
        "talent\\_pool (talent\\_pool) — agreement (opt-in) — “I agree that Atelier Numérique SAS keeps my application in its talent pool for other positions.”",
        "- Regime: lil2004 — the 2004 text, kept as a historical record: it no longer meets the GDPR",
        "### Notice en français",
        "#### Protection de vos données personnelles",
    ] {
        assert!(markdown.contains(part), "`{part}` missing");
    }
}

#[test]
fn json_follows_the_register_schema() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../schemas");
    let load = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{name}")).unwrap()).unwrap()
    };
    // The register schema refers to the notice schema by `$ref`; embed it there so that no resolver is needed.
    let mut schema = load("register.schema.json");
    assert_eq!(schema["properties"]["forms"]["items"]["$ref"], "notice.schema.json");
    schema["properties"]["forms"]["items"] = load("notice.schema.json");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let json: serde_json::Value = serde_json::from_str(&render_register(Format::Json, Lang::Fr)).unwrap();
    let errors: Vec<String> = validator.iter_errors(&json).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut broken = json.clone();
    broken["forms"][0]["consent_fields"][0]["checked"] = serde_json::Value::Bool(true);
    assert!(!validator.is_valid(&broken), "the register schema checks each notice");
}

/// With the `inventory` feature, every derived form of the program is collected.
#[test]
fn inventory_collects_every_derived_form() {
    #[derive(PrivacyNotice)]
    #[notice(law = "lil2004", historical)]
    #[purpose("la gestion de vos demandes")]
    #[recipients("notre service clients")]
    #[rights_contact("Service clients, 1 rue de Lyon, 75012 Paris")]
    #[allow(dead_code)]
    struct LocalForm {
        email: String,
    }
    let collected = Register::collected();
    let ids: Vec<&str> = collected.notices().iter().map(|n| n.id()).collect();
    assert!(ids.contains(&LocalForm::notice().id()), "{ids:?}");
    assert!(ids.contains(&ShopOrder::notice().id()), "forms of a dependency are collected too: {ids:?}");
    assert!(ids.windows(2).all(|pair| pair[0] < pair[1]), "ordered by id");
}

/// The README's excerpt of the register is the register as it is.
#[test]
fn the_readme_excerpt_is_current() {
    let readme = include_str!("../../../README.md");
    let marker = "prints the register of the examples' forms; an excerpt:\n\n```text\n";
    let start = readme.find(marker).expect("the README shows an excerpt") + marker.len();
    let excerpt = &readme[start..start + readme[start..].find("```").unwrap()];
    assert!(excerpt.lines().count() > 5);
    assert!(render_register(Format::Markdown, Lang::Fr).contains(excerpt), "README excerpt is stale:\n{excerpt}");
}

/// The register's recipients are the notice's: the partners of the prospecting cases among them (Art. 30(1)(d)).
#[test]
fn the_register_lists_the_partners_among_the_recipients() {
    let fr = register![ShopOrder].markdown(Lang::Fr);
    assert!(
        fr.contains(
            "nos partenaires (des éditeurs de presse et des associations caritatives), pour leurs offres par courrier"
        ),
        "{fr}"
    );
    assert!(
        fr.contains(
            "les partenaires listés ici (<https://boutique-lumiere.fr/partenaires>), pour leurs offres par e-mail"
        ),
        "{fr}"
    );
}
