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
