// R46: a Polish controller needs prior consent for e-mail marketing, with no similar-offers exception and no
// exception for professionals (Prawo komunikacji elektronicznej art. 398). Its lawful twin, on consent, is
// `PolishShop` in tests/integration/eight_languages.rs.
use privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(lang = "pl", subjects = "customer")]
#[controller(name = "Sklep sp. z o.o.", address = "ul. Marszałkowska 1, 00-001 Warszawa", contact = "rodo@sklep.pl", country = "PL")]
#[purpose("realizacja zamówień", id = "orders", data_use = "essential.service", basis = "contract",
    retention = "3 lata od ostatniego zamówienia", sale)]
#[recipients("firmy kurierskie")]
#[rights_contact("rodo@sklep.pl")]
#[similar_offers_optout(retention = "3 lata od ostatniego zamówienia")]
struct PolishSoftOptIn {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: NoticeVersion,
}

#[derive(PrivacyNotice)]
#[notice(lang = "pl", subjects = "professional")]
#[controller(name = "Hurt sp. z o.o.", address = "ul. Długa 1, 80-001 Gdańsk", contact = "rodo@hurt.pl", country = "PL")]
#[purpose("wysyłka ofert handlowych pocztą elektroniczną", id = "offers", data_use = "marketing.communications.email",
    basis = "legitimate_interests", interest = "informowanie klientów o ofercie",
    retention = "3 lata od ostatniego kontaktu")]
#[recipients("dział sprzedaży")]
#[rights_contact("rodo@hurt.pl")]
struct PolishB2bEmail {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(offers)]
    no_offers: Checkbox,
    notice_version: NoticeVersion,
}

fn main() {}
