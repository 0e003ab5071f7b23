//! Forms in any of the library's eight languages (design §9): a German shop, a Spanish and an Italian form
//! written in their own language render entirely in it, not one French or English word of the library's among
//! them; one shop form translated into all eight has a golden notice per language.

use std::collections::BTreeSet;

use privacy_notice::{Checkbox, Lang, Notice, NoticeVersion, PrivacyNotice};
use privacy_notice_tests::golden;
use serde_json::Value;

/// A German shop, written in German, with its Land's authority.
#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(lang = "de", subjects = "customer", policy = "https://laden.de/datenschutz")]
#[controller(
    name = "Laden GmbH",
    address = "Hauptstraße 1, 10115 Berlin",
    contact = "datenschutz@laden.de",
    country = "DE",
    authority = "Berliner Beauftragte für Datenschutz und Informationsfreiheit (datenschutz-berlin.de)"
)]
#[purpose(
    "die Abwicklung Ihrer Bestellungen und deren Lieferung",
    id = "orders",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 Jahre nach Ihrer letzten Bestellung",
    sale
)]
#[purpose(
    "der Versand des Newsletters der Laden GmbH",
    id = "newsletter",
    data_use = "marketing.communications.email",
    basis = "consent",
    retention = "bis zum Widerruf Ihrer Einwilligung, höchstens 3 Jahre nach Ihrem letzten Kontakt"
)]
#[recipients("unsere Versanddienstleister", "unser Zahlungsdienstleister")]
#[recipient("unser Hosting-Anbieter", country = "US")]
#[transfer(country = "US", safeguard = "standard_contractual_clauses", copy = "datenschutz@laden.de")]
#[rights_contact("datenschutz@laden.de")]
#[withdrawal("https://laden.de/einstellungen")]
#[data_requirement(
    reason = "die Bearbeitung und Lieferung Ihrer Bestellung",
    consequence = "wir können Ihre Bestellung nicht ausführen"
)]
#[similar_offers_optout(retention = "3 Jahre nach Ihrer letzten Bestellung")]
#[allow(dead_code)]
pub(crate) struct GermanShop {
    #[personal_data(category = "user.contact.email", required, label = "E-Mail-Adresse", purpose = "orders")]
    email: String,
    #[personal_data(category = "user.contact.address", required, label = "Lieferadresse", purpose = "orders")]
    address: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: NoticeVersion,
}

/// A Spanish form: a clinic's appointment requests, with the AEPD the library knows for Spain.
#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(lang = "es", subjects = "patient")]
#[controller(
    name = "Clínica Sol S.L.",
    address = "Calle Mayor 1, 28013 Madrid",
    contact = "privacidad@clinicasol.es",
    country = "ES"
)]
#[dpo("dpd@clinicasol.es")]
#[purpose(
    "la gestión de sus citas",
    id = "appointments",
    data_use = "essential.service",
    basis = "contract",
    retention = "1 año después de su última cita"
)]
#[purpose(
    "el envío de recordatorios de sus citas por SMS",
    id = "reminders",
    data_use = "essential.service.notifications",
    basis = "consent",
    retention = "hasta que retire su consentimiento"
)]
#[recipients("nuestro personal de recepción")]
#[rights_contact("privacidad@clinicasol.es")]
#[withdrawal("privacidad@clinicasol.es")]
#[data_requirement(reason = "darle una cita", consequence = "no podremos darle una cita")]
#[allow(dead_code)]
struct SpanishAppointment {
    #[personal_data(category = "user.name", required, label = "nombre", purpose = "appointments")]
    name: String,
    #[personal_data(
        category = "user.contact.phone_number",
        required,
        label = "teléfono",
        purpose = "appointments, reminders"
    )]
    phone: String,
    #[consent(reminders)]
    reminders: Checkbox,
}

/// An Italian form: an association's membership, with the Garante the library knows for Italy.
#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(lang = "it", subjects = "member")]
#[controller(
    name = "Associazione Amici del Libro",
    address = "Via Roma 1, 20121 Milano",
    contact = "privacy@amicidellibro.it",
    country = "IT"
)]
#[purpose(
    "la gestione della Sua iscrizione",
    id = "membership",
    data_use = "essential.service",
    basis = "contract",
    retention = "5 anni dopo la fine della Sua iscrizione"
)]
#[purpose(
    "l’invio del bollettino mensile dell’associazione",
    id = "bulletin",
    data_use = "marketing.communications.email",
    basis = "consent",
    retention = "fino alla revoca del consenso, al massimo 3 anni dopo il Suo ultimo contatto"
)]
#[recipients("il nostro tesoriere")]
#[rights_contact("privacy@amicidellibro.it")]
#[withdrawal("privacy@amicidellibro.it")]
#[data_requirement(reason = "la Sua iscrizione", consequence = "non potremo registrarLa")]
#[allow(dead_code)]
struct ItalianMembership {
    #[personal_data(category = "user.contact.email", required, label = "indirizzo e-mail", purpose = "membership")]
    email: String,
    #[consent(bulletin)]
    bulletin: Checkbox,
}

/// A Polish shop: e-mail offers on consent, as Polish law requires of every sender (R46's lawful twin).
#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(lang = "pl", subjects = "customer")]
#[controller(
    name = "Sklep sp. z o.o.",
    address = "ul. Marszałkowska 1, 00-001 Warszawa",
    contact = "rodo@sklep.pl",
    country = "PL"
)]
#[purpose(
    "realizacja zamówień",
    id = "orders",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 lata od ostatniego zamówienia",
    sale
)]
#[purpose(
    "wysyłka ofert sklepu pocztą elektroniczną",
    id = "offers",
    data_use = "marketing.communications.email",
    basis = "consent",
    retention = "do wycofania zgody, nie dłużej niż 3 lata od ostatniego kontaktu"
)]
#[recipients("firmy kurierskie")]
#[rights_contact("rodo@sklep.pl")]
#[withdrawal("https://sklep.pl/zgody")]
#[data_requirement(reason = "realizacja zamówienia", consequence = "nie będziemy mogli zrealizować zamówienia")]
#[allow(dead_code)]
struct PolishShop {
    #[personal_data(category = "user.contact.email", required, label = "adres e-mail", purpose = "orders")]
    email: String,
    #[consent(offers)]
    offers: Checkbox,
}

/// A Dutch shop's order form, in English with the seven other languages: one golden notice per language.
#[derive(serde::Deserialize, PrivacyNotice)]
#[notice(lang = "en", subjects = "customer")]
#[controller(
    name = "Winkel B.V.",
    address = "Damrak 1, 1012 LG Amsterdam",
    contact = "privacy@winkel.nl",
    country = "NL"
)]
#[purpose(
    "handling your orders and their delivery",
    id = "orders",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 years after your last order",
    sale
)]
#[purpose(
    "sending the Winkel newsletter",
    id = "newsletter",
    data_use = "marketing.communications.email",
    basis = "consent",
    retention = "until you withdraw your consent, at most 3 years after your last contact"
)]
#[recipients("our carriers")]
#[rights_contact("privacy@winkel.nl")]
#[withdrawal("https://winkel.nl/preferences")]
#[data_requirement(reason = "process and deliver your order", consequence = "we cannot ship it")]
#[translation(lang = "fr",
    "handling your orders and their delivery" = "la gestion de vos commandes et de leur livraison",
    "3 years after your last order" = "3 ans après votre dernière commande",
    "sending the Winkel newsletter" = "l’envoi de la lettre d’information de Winkel",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "jusqu’au retrait de votre consentement, au plus tard 3 ans après votre dernier contact",
    "our carriers" = "nos transporteurs",
    "process and deliver your order" = "traiter et livrer votre commande",
    "we cannot ship it" = "nous ne pourrons pas l’expédier",
    "e-mail address" = "adresse e-mail",
)]
#[translation(lang = "de",
    "handling your orders and their delivery" = "die Abwicklung Ihrer Bestellungen und deren Lieferung",
    "3 years after your last order" = "3 Jahre nach Ihrer letzten Bestellung",
    "sending the Winkel newsletter" = "der Versand des Winkel-Newsletters",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "bis zum Widerruf Ihrer Einwilligung, höchstens 3 Jahre nach Ihrem letzten Kontakt",
    "our carriers" = "unsere Versanddienstleister",
    "process and deliver your order" = "die Bearbeitung und Lieferung Ihrer Bestellung",
    "we cannot ship it" = "wir können Ihre Bestellung nicht versenden",
    "e-mail address" = "E-Mail-Adresse",
)]
#[translation(lang = "es",
    "handling your orders and their delivery" = "la gestión de sus pedidos y de su entrega",
    "3 years after your last order" = "3 años después de su último pedido",
    "sending the Winkel newsletter" = "el envío del boletín de Winkel",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "hasta que retire su consentimiento, como máximo 3 años después de su último contacto",
    "our carriers" = "nuestras empresas de transporte",
    "process and deliver your order" = "tramitar y entregar su pedido",
    "we cannot ship it" = "no podremos enviarlo",
    "e-mail address" = "dirección de correo electrónico",
)]
#[translation(lang = "it",
    "handling your orders and their delivery" = "la gestione dei Suoi ordini e della loro consegna",
    "3 years after your last order" = "3 anni dopo il Suo ultimo ordine",
    "sending the Winkel newsletter" = "l’invio della newsletter di Winkel",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "fino alla revoca del consenso, al massimo 3 anni dopo il Suo ultimo contatto",
    "our carriers" = "i nostri corrieri",
    "process and deliver your order" = "l’elaborazione e la consegna del Suo ordine",
    "we cannot ship it" = "non potremo spedirlo",
    "e-mail address" = "indirizzo e-mail",
)]
#[translation(lang = "nl",
    "handling your orders and their delivery" = "de afhandeling van uw bestellingen en de levering ervan",
    "3 years after your last order" = "3 jaar na uw laatste bestelling",
    "sending the Winkel newsletter" = "het versturen van de nieuwsbrief van Winkel",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "tot u uw toestemming intrekt, uiterlijk 3 jaar na uw laatste contact",
    "our carriers" = "onze vervoerders",
    "process and deliver your order" = "het verwerken en leveren van uw bestelling",
    "we cannot ship it" = "wij kunnen uw bestelling niet verzenden",
    "e-mail address" = "e-mailadres",
)]
#[translation(lang = "pl",
    "handling your orders and their delivery" = "realizacja zamówień i ich dostawa",
    "3 years after your last order" = "3 lata od ostatniego zamówienia",
    "sending the Winkel newsletter" = "wysyłka newslettera Winkel",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "do wycofania zgody, nie dłużej niż 3 lata od ostatniego kontaktu",
    "our carriers" = "nasze firmy kurierskie",
    "process and deliver your order" = "realizacja i dostawa zamówienia",
    "we cannot ship it" = "nie będziemy mogli wysłać zamówienia",
    "e-mail address" = "adres e-mail",
)]
#[translation(lang = "pt",
    "handling your orders and their delivery" = "a gestão das suas encomendas e da respetiva entrega",
    "3 years after your last order" = "3 anos após a sua última encomenda",
    "sending the Winkel newsletter" = "o envio da newsletter da Winkel",
    "until you withdraw your consent, at most 3 years after your last contact"
        = "até à retirada do seu consentimento, no máximo 3 anos após o seu último contacto",
    "our carriers" = "as nossas transportadoras",
    "process and deliver your order" = "processar e entregar a sua encomenda",
    "we cannot ship it" = "não poderemos enviá-la",
    "e-mail address" = "endereço de correio eletrónico",
)]
#[allow(dead_code)]
struct EuropeanShop {
    #[personal_data(category = "user.contact.email", required, label = "e-mail address", purpose = "orders")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

/// Every word of four letters or more a catalog writes, in lower case (its slots' names left out).
fn library_words(lang: Lang) -> BTreeSet<String> {
    let mut texts = Vec::new();
    strings(&serde_json::to_value(lang.catalog()).unwrap(), &mut texts);
    texts.iter().flat_map(|text| words(&without_slots(text))).collect()
}

fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(text) => out.push(text.clone()),
        Value::Array(items) => items.iter().for_each(|item| strings(item, out)),
        Value::Object(fields) => fields.values().for_each(|item| strings(item, out)),
        _ => {}
    }
}

fn without_slots(text: &str) -> String {
    let mut out = String::new();
    let mut in_slot = false;
    for c in text.chars() {
        match c {
            '{' => in_slot = true,
            '}' => in_slot = false,
            _ if !in_slot => out.push(c),
            _ => {}
        }
    }
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect()
}

/// The words of the form itself (its names, addresses, texts), which its outputs may hold in any language.
fn form_words(notice: &Notice) -> BTreeSet<String> {
    let mut json = serde_json::to_value(notice).unwrap();
    for rendered in ["texts", "summaries", "call_scripts"] {
        json.as_object_mut().unwrap().remove(rendered);
    }
    let mut texts = Vec::new();
    strings(&json, &mut texts);
    texts.iter().flat_map(|text| words(text)).collect()
}

/// Every output a person reads, markup left out.
fn outputs(notice: &Notice, lang: Lang) -> Vec<(&'static str, String)> {
    let without_tags = |html: String| {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        text
    };
    vec![
        ("text", notice.text(lang)),
        ("markdown", notice.markdown(lang)),
        ("html", without_tags(notice.html(lang))),
        ("summary", notice.summary(lang)),
        ("call_script", notice.call_script(lang)),
        ("boxes", without_tags(notice.boxes_html(lang))),
    ]
}

/// The French and English words of the library that `lang`'s catalog does not also use.
fn foreign_words(lang: Lang) -> BTreeSet<String> {
    let own = library_words(lang);
    let mut foreign: BTreeSet<String> = library_words(Lang::Fr);
    foreign.extend(library_words(Lang::En));
    foreign.retain(|word| !own.contains(word));
    foreign
}

/// `shown`, one output of `notice` in `lang`, holds no French or English word of the library that `lang`'s own
/// catalog lacks (the form's own words aside).
fn assert_in_its_language(notice: &Notice, lang: Lang, output: &str, shown: &str) {
    let (foreign, own_words) = (foreign_words(lang), form_words(notice));
    let mixed: BTreeSet<String> =
        words(shown).into_iter().filter(|w| foreign.contains(w) && !own_words.contains(w)).collect();
    assert!(mixed.is_empty(), "{} ({lang}) {output} holds French or English words {mixed:?}:\n{shown}", notice.form());
}

fn assert_entirely_in(notice: &Notice, lang: Lang) {
    assert_eq!(notice.languages()[0], lang);
    for (output, shown) in outputs(notice, lang) {
        assert_in_its_language(notice, lang, output, &shown);
    }
}

#[test]
fn a_german_shop_renders_entirely_in_german() {
    let notice = GermanShop::notice();
    assert_entirely_in(notice, Lang::De);
    let text = notice.text(Lang::De);
    for expected in [
        "Ihre Rechte",
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        "Vereinigte Staaten",
        "Richtlinie 2002/58/EG",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    // The policy page a German reader opens, and the register of processing activities in German, speak German.
    let register = privacy_notice::register![GermanShop];
    for (output, page) in [("policy", register.policy_markdown(Lang::De)), ("register", register.markdown(Lang::De))] {
        assert_in_its_language(notice, Lang::De, output, &page);
    }
    // A German controller: no French law, no CNIL.
    for french in ["CNIL", "L34-5", "L223-1", "Informatique"] {
        assert!(!text.contains(french), "{french} in a German controller's notice:\n{text}");
    }
}

#[test]
fn a_spanish_form_renders_entirely_in_spanish() {
    let notice = SpanishAppointment::notice();
    assert_entirely_in(notice, Lang::Es);
    let text = notice.text(Lang::Es);
    assert!(text.contains("Agencia Española de Protección de Datos"), "{text}");
    assert!(text.contains("responsable del tratamiento") && text.contains("Sus derechos"), "{text}");
}

#[test]
fn an_italian_form_renders_entirely_in_italian() {
    let notice = ItalianMembership::notice();
    assert_entirely_in(notice, Lang::It);
    let text = notice.text(Lang::It);
    assert!(text.contains("Garante per la protezione dei dati personali"), "{text}");
}

#[test]
fn r46_a_polish_shop_asks_consent_for_its_e_mail_offers_and_speaks_polish() {
    let notice = PolishShop::notice();
    assert_entirely_in(notice, Lang::Pl);
    let text = notice.text(Lang::Pl);
    assert!(text.contains("Urząd Ochrony Danych Osobowych"), "the Polish authority\n{text}");
    assert!(notice.consent_fields()[0].label(Lang::Pl).starts_with("Wyrażam zgodę"), "{text}");
}

#[test]
fn one_shop_form_in_eight_languages_each_entirely_in_its_own() {
    let notice = EuropeanShop::notice();
    assert_eq!(notice.languages().len(), 8);
    for &lang in notice.languages() {
        let text = notice.text(lang);
        // French and English are themselves library languages: their own words are not foreign to them.
        assert_in_its_language(notice, lang, "text", &text);
        assert!(text.contains("Autoriteit Persoonsgegevens"), "{lang}: the Dutch controller's authority\n{text}");
        golden::check(
            &format!("european_shop.{lang}.txt"),
            &format!("{text}\n----- call script -----\n\n{}", notice.call_script(lang)),
        );
    }
}
