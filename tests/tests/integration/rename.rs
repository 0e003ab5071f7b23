//! `ConsentField::name()` is the name the browser submits: it honours `#[serde(rename ..)]` and `rename_all`.

use privacy_notice::{Checkbox, Decision, Lang, PrivacyNotice};
use serde::Deserialize;

#[derive(Deserialize, PrivacyNotice)]
#[serde(rename_all = "camelCase")]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
#[similar_offers_optout]
#[allow(dead_code)]
struct OrderForm {
    email_address: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[serde(rename = "partner-offers")]
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[serde(rename(deserialize = "similar", serialize = "ignored"))]
    #[consent(similar_offers_optout)]
    r#no_similar_offers: Checkbox,
}

#[test]
fn names_follow_serde() {
    let notice = OrderForm::notice();
    let names: Vec<&str> = notice.consent_fields().iter().map(|field| field.name()).collect();
    assert_eq!(names, ["noPartnerUse", "partner-offers", "similar"]);
    let data: Vec<&str> = notice.spec().fields.iter().map(|field| field.name).collect();
    assert_eq!(data, ["emailAddress"]);
}

#[test]
fn the_rendered_boxes_submit_under_those_names() {
    let html = OrderForm::notice().html(Lang::Fr);
    assert!(html.contains("name=\"noPartnerUse\""));
    assert!(html.contains("name=\"partner-offers\""));
    // What a browser sends for that page when the first two boxes are ticked.
    let form: OrderForm =
        serde_urlencoded::from_str("emailAddress=a%40b.fr&noPartnerUse=on&partner-offers=on").unwrap();
    let consents = form.consents();
    assert_eq!(consents.get("partner_optout"), Some(Decision::Refused));
    assert_eq!(consents.get("partner_email_optin"), Some(Decision::Granted));
    assert_eq!(consents.get("similar_offers_optout"), Some(Decision::Granted));
}

/// serde upper-cases ASCII letters only: under `PascalCase`, `é_refus` is submitted as `éRefus`, and the box is
/// rendered under that name (an `ÉRefus` box would never reach the struct).
#[test]
fn non_ascii_names_follow_serde_exactly() {
    #[derive(Deserialize, PrivacyNotice)]
    #[serde(rename_all = "PascalCase")]
    #[notice(law = "lil2004", historical)]
    #[purpose("la gestion de vos commandes")]
    #[recipients("notre service commercial")]
    #[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
    #[partner_optout]
    #[allow(dead_code)]
    struct Accented {
        #[consent(partner_optout)]
        é_refus: Checkbox,
    }
    assert_eq!(Accented::notice().consent_fields()[0].name(), "éRefus");
    let ticked: Accented = serde_urlencoded::from_str("%C3%A9Refus=on").unwrap();
    assert_eq!(ticked.consents().get("partner_optout"), Some(Decision::Refused));
}

/// `#[notice(prefix = "form")]`: the inputs are rendered as `form[name]`, as a Leptos server function whose
/// argument is `form` posts them, and a nested decoder fills the struct from them.
#[test]
fn a_prefix_nests_every_rendered_name() {
    #[derive(Deserialize, PrivacyNotice)]
    #[notice(prefix = "form", subjects = "customer")]
    #[controller(
        name = "Boutique SAS",
        address = "12 rue de la Paix, 75002 Paris",
        contact = "dpo@boutique.fr",
        country = "FR"
    )]
    #[purpose(
        "la gestion de vos commandes",
        data_use = "essential.service",
        basis = "contract",
        retention = "3 ans",
        sale
    )]
    #[recipients("notre service commercial")]
    #[rights_contact("dpo@boutique.fr")]
    #[partner_optout(partners = "des éditeurs de presse", retention = "3 ans")]
    #[allow(dead_code)]
    struct Order {
        #[personal_data(category = "user.contact.email")]
        email: String,
        #[consent(partner_optout)]
        no_partner_use: Checkbox,
        notice_version: privacy_notice::NoticeVersion,
    }
    #[derive(Deserialize)]
    struct Args {
        form: Order,
    }
    let notice = Order::notice();
    let html = notice.html(Lang::Fr);
    assert!(html.contains("name=\"form[no_partner_use]\""), "{html}");
    assert!(html.contains("name=\"form[notice_version]\""), "{html}");
    assert_eq!(notice.spec().fields[0].name, "form[email]");
    let body = format!("form[email]=a%40b.fr&form[no_partner_use]=on&form[notice_version]={}", notice.version());
    let args: Args = serde_qs::from_str(&body).unwrap();
    assert_eq!(args.form.consents().get("partner_optout"), Some(Decision::Refused));
}
