// What the third newcomers' trial ran into: a `Checkbox` without `#[consent]` compiled silently; the help for a
// missing box said "add a field" when the field was there; the help for a missing purpose lacked `basis`;
// `lang = "de"` was answered "did you mean `fr`?"; Rocket's `#[field(default = ..)]` pre-ticked a box; the
// English fallback sent a German shop's customers to the CNIL.
use privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer", lang = "de", id = "bestellung formular")]
#[controller(name = "Laden GmbH", address = "Hauptstraße 1, 10115 Berlin", contact = "datenschutz@laden.de", country = "DE")]
#[recipients("unser Vertrieb")]
#[rights_contact("datenschutz@laden.de")]
struct Bestellung {
    #[personal_data(none)]
    ticket: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/preferences")]
#[partner_email_optin(partners = "https://boutique.fr/partenaires", retention = "3 ans après votre dernière commande")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    partner_offers: Checkbox,
    notice_version: NoticeVersion,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer", id = "shop.stray-box")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
struct StrayBox {
    #[personal_data(category = "user.contact.email")]
    email: String,
    newsletter: Checkbox,
}

#[derive(rocket::FromForm, PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/preferences")]
#[partner_email_optin(partners = "https://boutique.fr/partenaires", retention = "3 ans après votre dernière commande")]
struct RocketOrder {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[field(default = Checkbox::from(true))]
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    notice_version: NoticeVersion,
}

// A German controller answers to its Land's authority, which the notice names (R45).
#[derive(PrivacyNotice)]
#[notice(subjects = "customer", lang = "en")]
#[controller(name = "Laden GmbH", address = "Hauptstraße 1, 10115 Berlin", contact = "datenschutz@laden.de", country = "DE")]
#[purpose("handling your orders", data_use = "essential.service", basis = "contract", retention = "3 years")]
#[recipients("our carriers")]
#[rights_contact("datenschutz@laden.de")]
struct GermanOrder {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
