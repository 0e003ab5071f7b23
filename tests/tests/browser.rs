//! End to end in a real browser: headless Chromium (Debian's `chromium` and `chromium-driver`) opens the
//! axum shop's order page, sees the notice's first level and the unticked boxes, ticks and unticks, submits, then
//! withdraws; the stored records must say what was chosen, opt-out inversion included; then it follows the first
//! level's link to the privacy policy and finds the order form's section.
//!
//! `bash .ci/run` installs the browser and runs this test; by hand: `cargo test --test browser -- --ignored`.

use privacy_notice::{ConsentEvent, Decision, PrivacyNotice};
use privacy_notice_examples::forms::ShopOrder;
use privacy_notice_tests::servers::start_axum;
use privacy_notice_tests::webdriver::Driver;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromium-driver: run by .ci/run, or with --ignored"]
async fn order_in_a_real_browser() -> Result<(), String> {
    let running = start_axum("browser").await;
    let (address, store) = (running.address, running.store);
    let driver = Driver::start().await?;
    let profile = std::env::temp_dir().join(format!("privacy-notice-chromium-{}", std::process::id()));
    let browser = driver.session(&profile).await?;
    // Chromium asks for English (`Accept-Language: en-US`), and gets it.
    browser.open(&format!("http://{address}/order")).await?;
    let english = browser.text(&browser.find("section.privacy-notice").await?).await?;
    assert!(english.starts_with("Your personal data"), "{english}");
    browser.open(&format!("http://{address}/order?lang=fr")).await?;

    // The notice is shown, in French, with three unticked boxes.
    let notice = browser.find("section.privacy-notice").await?;
    assert!(browser.is_displayed(&notice).await?);
    let shown = browser.text(&notice).await?;
    assert!(shown.contains("Protection de vos données personnelles"), "{shown}");
    let no_partner_use = browser.find("input[name=no_partner_use]").await?;
    let partner_offers = browser.find("input[name=partner_offers]").await?;
    let no_similar_offers = browser.find("input[name=no_similar_offers]").await?;
    // The page sends back the version of the notice it shows, in a hidden input.
    let version = browser.find("section.privacy-notice input[type=hidden][name=notice_version]").await?;
    assert_eq!(browser.attribute(&version, "value").await?.as_deref(), Some(ShopOrder::notice().version()));
    for checkbox in [&no_partner_use, &partner_offers, &no_similar_offers] {
        assert!(browser.is_displayed(checkbox).await?, "a box is visible");
        assert!(!browser.is_selected(checkbox).await?, "a box is never pre-ticked");
    }

    // Fill in the order; tick "I agree" to partners' e-mails; tick then untick "I refuse the postal
    // transfer"; tick "I don't want similar offers".
    browser.type_text(&browser.find("input[name=email]").await?, "claire@example.fr").await?;
    browser.type_text(&browser.find("input[name=address]").await?, "12 rue de la Paix, Paris").await?;
    browser.click(&partner_offers).await?;
    browser.click(&no_partner_use).await?;
    assert!(browser.is_selected(&no_partner_use).await?);
    browser.click(&no_partner_use).await?;
    assert!(!browser.is_selected(&no_partner_use).await?);
    browser.click(&no_similar_offers).await?;
    if let Some(path) = std::env::var_os("PRIVACY_NOTICE_SCREENSHOT") {
        std::fs::write(path, browser.screenshot().await?).map_err(|e| e.to_string())?;
    }
    browser.click(&browser.find("button[type=submit]").await?).await?;

    // The confirmation lists the choices; the store holds one record per box, as the boxes meant.
    let choices = browser.find("#choices").await?;
    assert!(browser.text(&choices).await?.contains("accordé"));
    let records = store.page(None, 100).await.map_err(|e| e.to_string())?.records;
    let decisions: Vec<(&str, Decision)> = records.iter().map(|r| (r.purpose.as_str(), r.decision)).collect();
    assert!(records.iter().all(|r| r.notice_version == ShopOrder::notice().version()));
    assert_eq!(
        decisions,
        [
            ("partner_optout", Decision::Granted),
            ("partner_email_optin", Decision::Granted),
            ("similar_offers_optout", Decision::Refused),
        ]
    );

    // Changing one's mind is as easy: one click on the withdrawal page, a new record.
    browser.click(&browser.find("#withdraw").await?).await?;
    browser.click(&browser.find("button[value=partner_email_optin]").await?).await?;
    browser.find("#withdrawn").await?;
    let records = store.page(None, 100).await.map_err(|e| e.to_string())?.records;
    assert_eq!(records.len(), 4);
    let last = records.last().ok_or("no record")?;
    assert_eq!(
        (last.purpose.as_str(), last.event, last.decision),
        ("partner_email_optin", ConsentEvent::Withdrawal, Decision::Refused)
    );

    // The first level's link leads to the full policy, at the order form's own section.
    browser.open(&format!("http://{address}/order?lang=fr")).await?;
    browser.click(&browser.find("section.privacy-notice a[href^='/privacy']").await?).await?;
    let anchor = ShopOrder::notice().anchor();
    let section = browser.find(&format!("article#{anchor}")).await?;
    let policy = browser.text(&section).await?;
    assert!(policy.contains("La gestion de vos commandes et de leur livraison"), "{policy}");
    assert!(policy.contains("Durée de conservation : 13 mois après la transaction"), "{policy}");
    assert!(browser.url().await?.ends_with(&format!("/privacy?lang=fr#{anchor}")));

    browser.close().await?;
    let _ = std::fs::remove_dir_all(profile);
    Ok(())
}
