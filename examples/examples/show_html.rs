//! Prints the quick-start order form's notice as HTML and Markdown (French), and its boxes for a `<form>`.
//!
//! Run with `cargo run --example show_html`.

use privacy_notice::{Checkbox, Lang, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", lang = "fr")]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial", "nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
#[allow(dead_code)]
struct OrderForm {
    email: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

fn main() {
    let notice = OrderForm::notice();
    println!("{}", notice.html(Lang::Fr));
    println!("{}", notice.boxes_html(Lang::En));
    println!("{}", notice.markdown(Lang::Fr));
}
