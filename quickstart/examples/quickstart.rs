//! The order form of a French shop under today's law (the default `gdpr` regime): prints its notice in French and
//! in English, its boxes, the call-centre script, and what one submission decided.
//!
//! Run with `cargo run --example quickstart`.

use privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};
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
    id = "orders",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernière commande",
    sale
)]
#[recipients("notre service commercial", "nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris, ou dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mon-compte/preferences")]
#[data_requirement(reason = "traiter votre commande", consequence = "nous ne pourrons pas la livrer")]
#[partner_optout(partners = "des éditeurs de presse", retention = "3 ans après votre dernière commande")]
#[partner_email_optin(partners = "https://boutique.fr/partenaires", retention = "3 ans après votre dernière commande")]
#[similar_offers_optout(retention = "3 ans après votre dernière commande")]
#[translation(lang = "en",
    "la gestion de vos commandes" = "handling your orders",
    "3 ans après votre dernière commande" = "3 years after your last order",
    "notre service commercial" = "our sales department",
    "nos transporteurs" = "our carriers",
    "Service clientèle, 12 rue de la Paix, 75002 Paris, ou dpo@boutique.fr"
        = "Customer service, 12 rue de la Paix, 75002 Paris, France, or dpo@boutique.fr",
    "traiter votre commande" = "process your order",
    "nous ne pourrons pas la livrer" = "we cannot deliver it",
    "des éditeurs de presse" = "press publishers",
    "adresse e-mail" = "e-mail address",
    "nom" = "name",
    "adresse de livraison" = "delivery address",
)]
#[allow(dead_code)]
struct OrderForm {
    #[personal_data(category = "user.contact.email", required, label = "adresse e-mail", purpose = "orders")]
    email: String,
    #[personal_data(category = "user.name", required, label = "nom", purpose = "orders")]
    name: String,
    #[personal_data(category = "user.contact.address", required, label = "adresse de livraison", purpose = "orders")]
    address: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    /// The version of the notice the page showed, sent back in a hidden input.
    notice_version: NoticeVersion,
}

fn main() {
    let notice = OrderForm::notice();
    // The form's own languages: French, and the English of its translation (any other is shown in French).
    for &lang in notice.languages() {
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
    let body = format!(
        "email=claire%40example.fr&name=Claire+Martin&address=1+rue+Neuve&no_partner_use=on&notice_version={}",
        notice.version()
    );
    println!("===== submission: {body} =====\n");
    let form: OrderForm = serde_urlencoded::from_str(&body).expect("a valid order form");
    for (purpose, decision) in form.consents().iter() {
        println!("{purpose:<24} {decision:?}");
    }
    println!("\nnotice version: {}", notice.version());
}
