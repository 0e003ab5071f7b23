//! The order form on Rocket: the form derives Rocket's `FromForm` and `PrivacyNotice` side by side; with the
//! `rocket` feature, `Checkbox` and `NoticeVersion` are Rocket form fields. A box renamed for Rocket
//! (`#[field(name = "..")]`) is rendered under that name.

use privacy_notice::{Checkbox, Lang, NoticeVersion, PrivacyNotice};
use rocket::form::{Form, FromForm};
use rocket::response::content::RawHtml;
use rocket::{Build, Rocket, get, post, routes};

/// A short order form, as a Rocket application declares it.
#[derive(FromForm, PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique Lumière SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "contact@boutique-lumiere.fr",
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
#[rights_contact("donnees@boutique-lumiere.fr")]
#[withdrawal("https://boutique-lumiere.fr/mon-compte/preferences")]
#[data_requirement(reason = "traiter votre commande", consequence = "nous ne pourrons pas l’expédier")]
#[partner_optout(partners = "des éditeurs de presse", retention = "3 ans après votre dernière commande")]
#[partner_email_optin(
    partners = "https://boutique-lumiere.fr/partenaires",
    retention = "3 ans après votre dernière commande"
)]
pub struct RocketOrder {
    #[personal_data(category = "user.contact.email", required, label = "adresse e-mail", purpose = "orders")]
    pub email: String,
    #[field(name = "refus-partenaires")]
    #[consent(partner_optout)]
    pub no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    pub partner_offers: Checkbox,
    pub notice_version: NoticeVersion,
}

#[get("/order")]
fn order_page() -> RawHtml<String> {
    RawHtml(format!(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Commande</title></head><body>\
         <form method=\"post\" action=\"/order\"><input type=\"email\" name=\"email\" required>{}\
         <button>Commander</button></form></body></html>",
        RocketOrder::notice().html(Lang::Fr)
    ))
}

#[post("/order", data = "<order>")]
fn submit_order(order: Form<RocketOrder>) -> String {
    let consents = order.consents();
    if !consents.is_current() {
        return "the privacy notice changed since this page was shown: reload it".to_string();
    }
    crate::decision_lines(&consents)
}

/// The application: `GET /order` shows the form and its notice, `POST /order` answers one line per box.
pub fn rocket() -> Rocket<Build> {
    rocket::build().mount("/", routes![order_page, submit_order])
}
