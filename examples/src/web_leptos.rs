//! The order form in a Leptos application: a real server function, an `ActionForm`, and the notice rendered
//! inside it. The server function's argument is `form`, so Leptos posts the inputs as `form[email]`,
//! `form[no_partner_use]`…: the form declares `#[notice(prefix = "form", subjects = "customer")]`, and the notice's boxes and hidden
//! version input carry those names.
//!
//! Rendered on the server, without the WASM client, the `ActionForm` is a plain `<form>` that posts to the
//! server function's URL — what Leptos posts before hydration, decoded by the same server-function code.

use leptos::prelude::*;
use privacy_notice::{Checkbox, Lang, NoticeVersion, PrivacyNotice};
use serde::{Deserialize, Serialize};

/// The order form, as a Leptos server function receives it.
#[derive(Clone, Debug, Serialize, Deserialize, PrivacyNotice)]
#[notice(prefix = "form", subjects = "customer")]
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
pub struct LeptosOrder {
    #[personal_data(category = "user.contact.email", required, label = "adresse e-mail", purpose = "orders")]
    pub email: String,
    #[consent(partner_optout)]
    pub no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    pub partner_offers: Checkbox,
    pub notice_version: NoticeVersion,
}

/// The server function: one line per box, `purpose=decision`.
#[server]
pub async fn submit_order(form: LeptosOrder) -> Result<String, ServerFnError> {
    let consents = form.consents();
    if !consents.is_current() {
        return Err(ServerFnError::new("the privacy notice changed since this page was shown: reload it"));
    }
    Ok(crate::decision_lines(&consents))
}

/// The order page: an `ActionForm` on the server function, with the e-mail field and the notice.
#[component]
pub fn OrderPage() -> impl IntoView {
    let action = ServerAction::<SubmitOrder>::new();
    view! {
        <ActionForm action=action>
            <label>"Adresse e-mail" <input type="email" name="form[email]" required/></label>
            <div inner_html=LeptosOrder::notice().html(Lang::Fr)></div>
            <button type="submit">"Commander"</button>
        </ActionForm>
    }
}

/// The page, rendered on the server (inside a reactive owner, as Leptos renders every view).
pub fn order_page_html() -> String {
    let body = Owner::new().with(|| view! { <OrderPage/> }.to_html());
    format!(
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Commande</title></head><body>{body}</body></html>"
    )
}

/// The application: `GET /order`, and the server functions under `/api`.
pub fn app() -> axum::Router {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/order", get(|| async { axum::response::Html(order_page_html()) }))
        .route("/api/{*fn_name}", post(leptos_axum::handle_server_fns))
}
