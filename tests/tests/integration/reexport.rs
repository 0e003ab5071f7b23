//! A crate that re-exports privacy-notice under another path derives through it with
//! `#[notice(crate = "..")]`, as with serde's `#[serde(crate = "..")]`.

mod app {
    pub mod pn {
        pub use privacy_notice::*;
    }
}

use privacy_notice::{Checkbox, Decision, PrivacyNotice};

#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical, crate = "crate::reexport::app::pn")]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
struct OrderForm {
    email: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
}

#[test]
fn a_form_derives_through_a_reexported_path() {
    let form: OrderForm = serde_json::from_str(r#"{"email": "a@b.fr", "no_partner_use": "on"}"#).unwrap();
    assert_eq!(form.consents().get(OrderForm::PARTNER_OPTOUT), Some(Decision::Refused));
    assert!(OrderForm::notice().text(privacy_notice::Lang::Fr).contains("la gestion de vos commandes"));
    let _ = &form.email;
}
