//! What a submission decided: the library, not the user, turns an opt-out box into a decision.

use privacy_notice::{Checkbox, Decision, PrivacyNotice};
use serde::Deserialize;

#[derive(Deserialize, PrivacyNotice)]
#[notice(subjects = "customer")]
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
    retention = "3 ans après la dernière commande",
    sale
)]
#[purpose(
    "l’envoi de la lettre d’information",
    data_use = "marketing.communications.email",
    id = "newsletter",
    basis = "consent",
    retention = "jusqu’au retrait de votre accord, au plus tard 3 ans après votre dernier contact"
)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mon-compte/consentements")]
#[partner_optout(partners = "des éditeurs de presse", retention = "3 ans après la dernière commande")]
#[similar_offers_optout(retention = "3 ans après la dernière commande")]
#[allow(dead_code)]
struct SignupForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: privacy_notice::NoticeVersion,
}

/// The form as a browser submits it: `body`, and the hidden input of the notice's HTML.
fn submitted(body: &str) -> SignupForm {
    serde_urlencoded::from_str(&format!("{body}&notice_version={}", SignupForm::notice().version())).unwrap()
}

fn decide(body: &str) -> Vec<(&'static str, Decision)> {
    let form = submitted(body);
    form.consents().iter().collect()
}

#[test]
fn nothing_ticked_grants_nothing_opt_in_and_objects_to_nothing() {
    assert_eq!(
        decide("email=a%40b.fr&no_partner_use=false"),
        [
            ("newsletter", Decision::Refused),
            ("partner_optout", Decision::Granted),
            ("similar_offers_optout", Decision::Granted),
        ]
    );
}

#[test]
fn ticking_an_opt_out_box_refuses_and_an_opt_in_box_grants() {
    assert_eq!(
        decide("email=a%40b.fr&newsletter=on&no_partner_use=true&no_similar_offers=on"),
        [
            ("newsletter", Decision::Granted),
            ("partner_optout", Decision::Refused),
            ("similar_offers_optout", Decision::Refused),
        ]
    );
}

#[test]
fn get_answers_by_purpose_id() {
    let form = submitted("email=a%40b.fr&newsletter=on&no_partner_use=false");
    let consents = form.consents();
    assert_eq!(consents.get("newsletter"), Some(Decision::Granted));
    assert_eq!(consents.get("similar_offers_optout"), Some(Decision::Granted));
    assert_eq!(consents.get("partner_email_optin"), None, "the form has no such box");
    assert_eq!(consents.notice().form(), "SignupForm");
    assert_eq!(
        serde_json::to_value(&consents).unwrap(),
        serde_json::json!({"newsletter": "granted", "partner_optout": "granted", "similar_offers_optout": "granted"})
    );
}
