//! A notice never mixes languages: asked for a language the form's own texts do not exist in, every output is
//! given in the form's own language, and says so (`lang` attributes, `Notice::languages`, records).

use std::time::SystemTime;

use privacy_notice::{Checkbox, Lang, PrivacyNotice};
use privacy_notice_examples::forms::ShopOrder;

/// A French form with no English translation.
#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose(
    "la création de votre compte",
    id = "account",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans"
)]
#[purpose(
    "l’envoi de la lettre d’information",
    data_use = "marketing.communications.email",
    id = "newsletter",
    basis = "consent",
    retention = "jusqu’au retrait, au plus tard 3 ans après votre dernier contact"
)]
#[recipients("notre service client")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/preferences")]
#[data_requirement(reason = "créer votre compte", consequence = "nous ne pourrons pas le créer")]
#[allow(dead_code)]
struct FrenchOnly {
    #[personal_data(category = "user.contact.email", required, label = "adresse e-mail", purpose = "account")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

#[test]
fn a_language_the_form_lacks_is_given_in_the_form_s_own() {
    let notice = FrenchOnly::notice();
    assert_eq!(notice.languages(), [Lang::Fr]);
    assert_eq!(notice.text(Lang::En), notice.text(Lang::Fr));
    assert_eq!(notice.html(Lang::En), notice.html(Lang::Fr));
    assert_eq!(notice.markdown(Lang::En), notice.markdown(Lang::Fr));
    assert_eq!(notice.summary(Lang::En), notice.summary(Lang::Fr));
    assert_eq!(notice.call_script(Lang::En), notice.call_script(Lang::Fr));
    assert_eq!(notice.boxes_html(Lang::En), notice.boxes_html(Lang::Fr));
    // Never the library's English around the form's French.
    let english = notice.text(Lang::En);
    assert!(!english.contains("needed to") && !english.contains("Your rights"), "{english}");
    assert!(english.contains("indispensable pour créer votre compte"), "{english}");
    assert!(notice.html(Lang::En).contains("<section class=\"privacy-notice\" lang=\"fr\">"));
    let field = &notice.consent_fields()[0];
    assert_eq!(field.label(Lang::En), field.label(Lang::Fr));
    assert!(field.html(Lang::En).contains("J’accepte"));
}

#[test]
fn records_say_which_language_the_person_read() {
    let form: FrenchOnly = serde_urlencoded::from_str("email=a%40b.fr&newsletter=on").unwrap();
    let records = form.consents().shown_in(Lang::En).records("subject-1", SystemTime::now());
    assert_eq!(records[0].language, Lang::Fr);
    assert!(records[0].label.starts_with("J’accepte"), "{}", records[0].label);
}

#[test]
fn a_translated_form_has_both_languages() {
    let notice = ShopOrder::notice();
    assert_eq!(notice.languages(), [Lang::Fr, Lang::En]);
    assert!(notice.text(Lang::En).starts_with("Your personal data"));
    assert!(notice.html(Lang::En).contains("lang=\"en\""));
    let body = format!("email=a%40b.fr&address=x&{}", privacy_notice_examples::shop::version_param());
    let form: ShopOrder = serde_urlencoded::from_str(&body).unwrap();
    let records = form.consents().shown_in(Lang::En).records("subject-1", SystemTime::now());
    assert!(records.iter().all(|r| r.language == Lang::En));
}

/// The version covers the form's own languages only (design §9): a language the library adds to `Lang::ALL`
/// leaves every existing form's version as it is. A French-only form's version is the digest of its French
/// outputs alone; a translated form's, of its French then its English ones.
#[test]
fn the_version_covers_the_forms_own_languages_only() {
    let french_only = FrenchOnly::notice();
    let shown = french_only.__shown();
    assert!(!shown.is_empty() && shown.iter().all(|(lang, _, _)| *lang == Lang::Fr), "{shown:?}");
    assert_eq!(privacy_notice::Notice::__digest(&shown), french_only.version());
    let shop = privacy_notice_examples::forms::ShopOrder::notice();
    let langs: Vec<Lang> = shop.__shown().iter().map(|(lang, _, _)| *lang).collect();
    assert_eq!(langs.first(), Some(&Lang::Fr));
    assert_eq!(langs.last(), Some(&Lang::En));
    // The version the shop's golden first level carries is the version: the golden file pins it.
    let golden = include_str!("../../golden/shop_order.summary.fr.html");
    assert!(golden.contains(&format!("name=\"notice_version\" value=\"{}\"", shop.version())));
}
