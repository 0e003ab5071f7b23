// The eight languages (design §9): a language the library does not write is refused with the list; the 2004
// text exists in French and English only; the free-text checks read every language's words.
use privacy_notice::{Checkbox, PrivacyNotice};

// A Swedish form: the library has no Swedish texts.
#[derive(PrivacyNotice)]
#[notice(lang = "sv", subjects = "customer")]
#[controller(name = "Butik AB", address = "Drottninggatan 1, Stockholm", contact = "dpo@butik.se", country = "SE")]
#[purpose("hantering av dina beställningar", data_use = "essential.service", basis = "contract", retention = "3 år")]
#[recipients("våra transportörer")]
#[rights_contact("dpo@butik.se")]
struct SwedishOrder {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

// A translation into a language no one writes.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "1 rue de Lyon, Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipients("nos transporteurs")]
#[rights_contact("dpo@boutique.fr")]
#[translation(lang = "xx", "la gestion de vos commandes" = "?")]
struct UnknownTranslation {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

// The 2004 French text in German, translated into Spanish.
#[derive(PrivacyNotice)]
#[notice(law = "lil2004", lang = "de", historical)]
#[purpose("die Abwicklung Ihrer Bestellungen")]
#[recipients("unsere Versanddienstleister")]
#[rights_contact("datenschutz@laden.de")]
#[translation(lang = "es",
    "die Abwicklung Ihrer Bestellungen" = "la gestión de sus pedidos",
    "unsere Versanddienstleister" = "nuestras empresas de transporte",
)]
struct GermanOrder2004 {
    email: String,
}

// German and Italian words the facts contradict: advertising declared a service, a retention left to the
// controller's judgement, marketing consent kept until a withdrawal that may never come.
#[derive(PrivacyNotice)]
#[notice(lang = "de", subjects = "customer")]
#[controller(name = "Laden GmbH", address = "Hauptstraße 1, Berlin", contact = "dpo@laden.de", country = "DE",
    authority = "Berliner Beauftragte für Datenschutz und Informationsfreiheit (datenschutz-berlin.de)")]
#[purpose("die Zusendung von Werbung per E-Mail", data_use = "essential.service", basis = "contract",
    retention = "solange erforderlich")]
#[recipients("unsere Versanddienstleister")]
#[rights_contact("dpo@laden.de")]
struct GermanWords {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(lang = "it", subjects = "member")]
#[controller(name = "Amici del Libro", address = "Via Roma 1, Milano", contact = "privacy@amici.it", country = "IT")]
#[purpose("l’invio del bollettino mensile dell’associazione", id = "bulletin",
    data_use = "marketing.communications.email", basis = "consent", retention = "fino alla revoca del consenso")]
#[recipients("il tesoriere")]
#[rights_contact("privacy@amici.it")]
#[withdrawal("privacy@amici.it")]
struct ItalianWords {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(bulletin)]
    bulletin: Checkbox,
}

fn main() {}
