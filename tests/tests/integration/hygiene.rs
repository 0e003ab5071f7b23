//! The expansion names the runtime's items in a way the form's module cannot shadow: a module that declares
//! its own `Text`, `Purpose`, `Some`, `None`, `LANGS`... and a form called `Text` still derive the notice
//! of the declarations, not of the local items.

#![allow(dead_code, non_snake_case, non_camel_case_types, clippy::all)]

use privacy_notice::{Checkbox, Decision, Lang as NoticeLang, PrivacyNotice};

struct Purpose;
struct NoticeSpec;
struct Notice;
struct Lang;
struct Law;
struct Controller;
struct ConsentField;
struct _pn;
const LANGS: u8 = 0;
const NOTICE: u8 = 0;
fn Some() {}
struct None;
enum Option {}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "1 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[purpose(
    "l’envoi de la lettre d’information",
    data_use = "marketing.communications.email",
    id = "newsletter",
    basis = "consent",
    retention = "jusqu’au retrait, au plus tard 3 ans après votre dernier contact"
)]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 1 rue de la Paix, 75002 Paris")]
#[withdrawal("https://boutique.fr/compte")]
struct Text {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

#[test]
fn local_items_named_like_the_runtime_s_do_not_change_the_expansion() {
    let notice = <Text as PrivacyNotice>::notice();
    let text = notice.text(NoticeLang::Fr);
    assert!(text.contains("La gestion de vos commandes"), "{text}");
    assert!(text.contains("Boutique SAS"), "{text}");
    assert_eq!(notice.consent_fields().len(), 1);
    assert!(notice.id().ends_with("hygiene::Text"), "{}", notice.id());
    let form = Text { email: String::new(), newsletter: Checkbox::from(true) };
    assert_eq!(form.consents().get(Text::NEWSLETTER), ::core::option::Option::Some(Decision::Granted));
}
