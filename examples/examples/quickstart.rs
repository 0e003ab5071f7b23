//! The order form of a French shop, as in the original CNIL-era guidance: prints its notice in French and
//! English, its boxes, the call-centre script, and what one submission decided.
//!
//! Run with `cargo run --example quickstart`.

use privacy_notice::{Checkbox, Lang, PrivacyNotice};
use serde::Deserialize;

#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", lang = "fr", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial", "nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
#[similar_offers_optout]
#[allow(dead_code)]
struct OrderForm {
    #[personal_data(required, label = "adresse e-mail")]
    email: String,
    #[personal_data(required, label = "nom")]
    name: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

fn main() {
    let notice = OrderForm::notice();
    for lang in Lang::ALL {
        println!("===== notice ({lang}) =====\n");
        println!("{}", notice.text(lang));
        println!("===== boxes ({lang}) =====\n");
        for field in notice.consent_fields() {
            println!("{}", field.html(lang));
        }
        println!("\n===== call script ({lang}) =====\n");
        println!("{}", notice.call_script(lang));
    }

    // What a browser sends when the person ticks only "I object to partners using my data".
    let body = "email=claire%40example.fr&name=Claire+Martin&no_partner_use=on";
    println!("===== submission: {body} =====\n");
    let form: OrderForm = serde_urlencoded_like(body);
    for (purpose, decision) in form.consents().iter() {
        println!("{purpose:<24} {decision:?}");
    }
    println!("\nnotice version: {}", notice.version());
}

/// Parses a form body the way web frameworks do (serde_urlencoded), without pulling a framework in.
fn serde_urlencoded_like(body: &str) -> OrderForm {
    serde_urlencoded::from_str(body).expect("a valid order form")
}
