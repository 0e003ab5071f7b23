//! The controller's country decides the authority the notice names and the national law it cites (design §9):
//! French law (CNIL, Code de la consommation, CPCE, loi Informatique et Libertés) for French controllers only.

use privacy_notice::{Checkbox, Lang, NoticeVersion, PrivacyNotice, register};

/// A German shop, with its Land's authority.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer", lang = "en")]
#[controller(
    name = "Laden GmbH",
    address = "Hauptstraße 1, 10115 Berlin",
    contact = "datenschutz@laden.de",
    country = "DE",
    authority = "Berliner Beauftragte für Datenschutz und Informationsfreiheit (datenschutz-berlin.de)"
)]
#[purpose(
    "handling your orders",
    id = "orders",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 years after your last order",
    sale
)]
#[recipients("our carriers")]
#[rights_contact("datenschutz@laden.de")]
#[similar_offers_optout(retention = "3 years after your last order")]
#[allow(dead_code)]
struct GermanOrder {
    #[personal_data(category = "user.contact.phone_number", label = "phone number", purpose = "orders")]
    phone: String,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: NoticeVersion,
}

/// A Danish shop: its country has one authority, which the library knows.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Butik ApS",
    address = "Vesterbrogade 1, 1620 København",
    contact = "privacy@butik.dk",
    country = "DK"
)]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("nos transporteurs")]
#[rights_contact("privacy@butik.dk")]
#[allow(dead_code)]
struct DanishOrder {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

/// A shop established in the United States, with its EU representative.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Shop Inc", address = "1 Main St, Boston", contact = "privacy@shop.com", country = "US")]
#[representative(name = "Shop EU SARL", contact = "eu@shop.com")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("nos transporteurs")]
#[rights_contact("privacy@shop.com")]
#[allow(dead_code)]
struct AmericanOrder {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

const FRENCH_LAW: [&str; 8] =
    ["CNIL", "cnil.fr", "Consumer Code", "L223", "L34-5", "Data Protection Act", "art. 85", "Code de la consommation"];

#[test]
fn a_german_controller_names_its_lands_authority_and_no_french_law() {
    let text = GermanOrder::notice().text(Lang::En);
    assert!(
        text.contains(
            "you can complain to Berliner Beauftragte für Datenschutz und Informationsfreiheit (datenschutz-berlin.de) \
             or your national data protection authority."
        ),
        "{text}"
    );
    assert!(text.contains("offering our customers similar products (Directive 2002/58/EC, Art. 13(2))"), "{text}");
    for script in [text, GermanOrder::notice().call_script(Lang::En), GermanOrder::notice().summary(Lang::En)] {
        for french in FRENCH_LAW {
            assert!(!script.contains(french), "{french:?} in a German controller's texts:\n{script}");
        }
    }
}

#[test]
fn a_danish_controller_names_datatilsynet() {
    let fr = DanishOrder::notice().text(Lang::Fr);
    assert!(fr.contains("vous pouvez saisir Datatilsynet (datatilsynet.dk) ou l’autorité de protection"), "{fr}");
    assert!(fr.contains("Consultez le site datatilsynet.dk pour plus d’informations sur vos droits."), "{fr}");
    assert!(!fr.contains("CNIL") && !fr.contains("art. 85"), "{fr}");
}

#[test]
fn a_controller_outside_the_eea_sends_the_person_to_their_own_authority() {
    let fr = AmericanOrder::notice().text(Lang::Fr);
    assert!(
        fr.contains("vous pouvez saisir l’autorité de protection des données de votre pays (RGPD, art. 77)."),
        "{fr}"
    );
    assert!(!fr.contains("CNIL") && !fr.contains("Consultez le site"), "{fr}");
}

#[test]
fn a_french_controller_keeps_the_cnil_and_french_law() {
    let fr = privacy_notice_examples::forms::ShopOrder::notice().text(Lang::Fr);
    assert!(fr.contains("vous pouvez saisir la CNIL (cnil.fr)"), "{fr}");
    assert!(fr.contains("Code de la consommation, art. L223-1") && fr.contains("art. 85"), "{fr}");
}

/// The register says which rules each form's texts and checks apply.
#[test]
fn the_register_says_which_national_rules_apply() {
    let en = register![GermanOrder, DanishOrder, privacy_notice_examples::forms::ShopOrder].markdown(Lang::En);
    assert_eq!(en.matches("National rules applied: the GDPR and Directive 2002/58/EC (ePrivacy)").count(), 2, "{en}");
    assert_eq!(en.matches("National rules applied: French law (CNIL;").count(), 1, "{en}");
}
