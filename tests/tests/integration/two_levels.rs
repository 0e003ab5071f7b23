//! The two-level notice: a short first level next to the form (`Notice::summary*`), and the site's privacy
//! policy as the second level (`Register::policy_*`), each form at its own anchor.

use std::collections::BTreeSet;

use privacy_notice::{Lang, Law, Notice, PrivacyNotice, Register, Timestamp, register};
use privacy_notice_examples::forms::{
    JobApplication, JobApplication2004, NewsletterSignup, NewsletterSignup2004, ShopOrder, ShopOrder2004,
};
use privacy_notice_tests::golden;
use privacy_notice_tests::page::{ids_and_links, parse};

/// The examples' privacy policy, dated.
fn policy() -> Register {
    privacy_notice_examples::register().updated_on(Timestamp::parse("2026-11-30T00:00:00Z").unwrap())
}

fn two_level_forms() -> [&'static Notice; 3] {
    [ShopOrder::notice(), NewsletterSignup::notice(), JobApplication::notice()]
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[test]
fn golden_summaries() {
    for (name, notice) in [("shop_order", ShopOrder::notice()), ("job_application", JobApplication::notice())] {
        for &lang in notice.languages() {
            golden::check(&format!("{name}.summary.{lang}.txt"), &notice.summary(lang));
        }
    }
    golden::check("shop_order.summary.fr.html", &ShopOrder::notice().summary_html(Lang::Fr));
    golden::check("shop_order.summary.en.md", &ShopOrder::notice().summary_markdown(Lang::En));
}

#[test]
fn golden_policies() {
    // The example forms' languages.
    for lang in [Lang::Fr, Lang::En] {
        golden::check(&format!("policy.{lang}.html"), &policy().policy_html(lang));
        golden::check(&format!("policy.{lang}.md"), &policy().policy_markdown(lang));
    }
}

/// The first level is short: at most a third of the full notice, in words, for every example form.
#[test]
fn the_first_level_is_at_most_a_third_of_the_full_notice() {
    for notice in two_level_forms() {
        for lang in Lang::ALL {
            let (short, full) = (words(&notice.summary(lang)), words(&notice.text(lang)));
            println!("{} ({lang}): first level {short} words, full notice {full}", notice.form());
            assert!(3 * short <= full, "{} ({lang}): {short} words against {full}", notice.form());
        }
    }
}

/// What stays on the first level (WP260 §35–38): the controller, every purpose, every box with its full label,
/// the rights and where to exercise them, withdrawal where consent is asked, and the link to the form's section.
#[test]
fn the_first_level_keeps_what_must_be_shown_at_collection() {
    for notice in two_level_forms() {
        let spec = notice.spec();
        for requested in Lang::ALL {
            let summary = notice.summary(requested);
            // A language the form is not in shows the form's own.
            let lang = spec.shown_lang(requested);
            let name = notice.form();
            assert!(summary.contains(spec.controller.unwrap().name), "{name} ({lang}): controller");
            for purpose in spec.purposes {
                assert!(summary.contains(purpose.text.get(lang)), "{name} ({lang}): purpose {purpose:?}");
            }
            for field in notice.consent_fields() {
                assert!(summary.contains(&format!("☐ {}", field.label(lang))), "{name} ({lang}): box {}", field.name());
            }
            assert!(summary.contains(spec.rights_contact.get(lang)), "{name} ({lang}): rights contact");
            let link = format!("</privacy?lang={}#{}>", lang.code(), notice.anchor());
            assert!(summary.contains(&link), "{name} ({lang}): link");
            if let Some(withdrawal) = spec.withdrawal {
                assert!(summary.contains(withdrawal.get(lang)), "{name} ({lang}): withdrawal");
            }
            for transfer in spec.transfers {
                assert!(summary.contains(transfer.country.get(lang)), "{name} ({lang}): transfer");
            }
        }
    }
    // The rights named are those that apply: no portability or objection where no basis gives them.
    let shop = ShopOrder::notice().summary(Lang::En);
    assert!(shop.contains("Your rights: access, rectification, erasure, restriction, portability and objection"));
    let job = JobApplication::notice().summary(Lang::En);
    assert!(job.contains("Your rights: access, rectification, erasure, restriction and portability;"), "{job}");
}

/// Without `policy`, or under `lil2004`, there is no second level to point to: the first level is the notice.
#[test]
fn without_a_policy_the_summary_is_the_full_notice() {
    for notice in [ShopOrder2004::notice(), NewsletterSignup2004::notice(), JobApplication2004::notice()] {
        for lang in Lang::ALL {
            assert_eq!(notice.policy(lang), None);
            assert_eq!(notice.summary(lang), notice.text(lang));
            assert_eq!(notice.summary_html(lang), notice.html(lang));
            assert_eq!(notice.summary_markdown(lang), notice.markdown(lang));
        }
    }
    assert_eq!(ShopOrder::notice().policy(Lang::Fr), Some("/privacy?lang=fr"));
    assert_eq!(ShopOrder::notice().policy(Lang::En), Some("/privacy?lang=en"));
}

/// The summary's boxes are the form's boxes: unticked inputs under the names serde reads.
#[test]
fn the_first_level_holds_the_unticked_boxes() {
    let html = ShopOrder::notice().summary_html(Lang::Fr);
    for field in ShopOrder::notice().consent_fields() {
        let input = format!(
            "<input type=\"checkbox\" class=\"privacy-notice-input\" id=\"privacy-consent-{0}\" name=\"{0}\" value=\"on\">",
            field.name()
        );
        assert_eq!(html.matches(&input).count(), 1, "{html}");
    }
    assert!(!html.contains("checked"));
    let href = format!("<a href=\"/privacy?lang=fr#{}\">", ShopOrder::notice().anchor());
    assert!(html.contains(&href), "{html}");
}

/// The policy is valid HTML5, its ids are unique, every internal link leads to an id, and every two-level
/// form's first-level link finds its section.
#[test]
fn the_policy_is_valid_html_whose_links_all_lead_somewhere() {
    for lang in Lang::ALL {
        let page = policy().policy_html(lang);
        let dom = parse(&page);
        let errors: Vec<_> = dom.errors.borrow().iter().map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{lang}: {errors:?}");
        let (mut ids, mut links) = (Vec::new(), Vec::new());
        ids_and_links(&dom.document, &mut ids, &mut links);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{lang}: repeated ids in {ids:?}");
        assert!(!links.is_empty());
        for link in &links {
            match link.strip_prefix('#') {
                Some(target) => assert!(ids.iter().any(|id| id == target), "{lang}: #{target} leads nowhere"),
                // An address a form declares, made a link: a web page or an e-mail address, nothing else.
                None => assert!(link.starts_with("https://") || link.starts_with("mailto:"), "{lang}: {link}"),
            }
        }
        for notice in policy().notices().iter().filter(|n| n.spec().law != Law::Lil2004) {
            assert!(ids.contains(&notice.anchor()), "{lang}: no section for {}", notice.form());
            if let Some(policy) = notice.policy(lang) {
                let href = format!("{policy}#{}", notice.anchor());
                assert!(notice.summary_html(lang).contains(&format!("href=\"{href}\"")));
            }
        }
        // The policy describes the boxes; it has no inputs (nothing on it is submitted).
        assert!(!page.contains("<input"), "{lang}");
    }
}

/// The policy's content: controller, DPO, each processing with its bases, retention, recipients, transfers,
/// rights, withdrawal, the CNIL, its version and date; no historical `lil2004` form (those stay in the register).
#[test]
fn the_policy_says_what_the_second_level_must_say() {
    let fr = policy().policy_markdown(Lang::Fr);
    for expected in [
        "# Politique de confidentialité",
        "Boutique Lumière SAS, 12 rue de la Paix, 75002 Paris, contact@boutique-lumiere.fr",
        "délégué à la protection des données : dpo@atelier-numerique.fr",
        "fondement : notre intérêt légitime. Notre intérêt légitime : protéger nos clients",
        "Durée de conservation : 13 mois après la transaction",
        "Vos données sont communiquées aux seuls destinataires suivants : notre service commercial",
        "pays de destination : États-Unis",
        "Vous pouvez retirer votre accord à tout moment",
        "saisir la CNIL",
        "mise à jour le 30 novembre 2026.",
    ] {
        assert!(fr.contains(expected), "missing {expected:?} in\n{fr}");
    }
    assert!(fr.contains(&format!("Version {}", policy().policy_version())));
    assert!(!fr.contains("à titre historique"), "the live policy leaves the lil2004 forms out");
    let en = policy().policy_html(Lang::En);
    assert!(en.contains("updated on 30 November 2026."), "{en}");
    assert!(en.contains("<h1>Privacy policy</h1>"));
}

/// The policy's version follows the forms: another set of forms, another version.
#[test]
fn the_policy_version_changes_with_the_forms() {
    let all = policy().policy_version();
    assert_eq!(all.len(), 64);
    assert_eq!(all, policy().policy_version());
    assert_ne!(all, register![ShopOrder].policy_version());
    assert_ne!(register![ShopOrder].policy_version(), register![ShopOrder2004].policy_version());
}

/// The notice's JSON carries the policy link and the first level.
#[test]
fn the_json_carries_the_policy_and_the_summaries() {
    let json = serde_json::to_value(ShopOrder::notice()).unwrap();
    assert_eq!(json["policy"]["fr"], "/privacy?lang=fr");
    assert_eq!(json["policy"]["en"], "/privacy?lang=en");
    assert_eq!(json["summaries"]["en"], ShopOrder::notice().summary(Lang::En));
    assert_eq!(serde_json::to_value(ShopOrder2004::notice()).unwrap()["policy"], serde_json::Value::Null);
}
