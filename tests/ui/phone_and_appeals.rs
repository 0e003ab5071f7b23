// Legal review 3 §4, phone: energy-renovation works are never canvassed by phone, even with consent (C. consom.
// L223-1 al. 5; R37); a purpose whose words say « vous rappeler pour vous présenter nos offres » while its data use
// says a service is refused (R41). An appeal for donations rests on consent or legitimate interests (R38).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Confort Habitat", address = "3 rue Verte, 31000 Toulouse", contact = "contact@confort-habitat.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("contact@confort-habitat.fr")]
#[purpose("l’établissement de votre devis de pompe à chaleur", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[phone_optin(caller = "Confort Habitat", retention = "3 ans")]
#[withdrawal("contact@confort-habitat.fr")]
struct QuoteRequest {
    #[personal_data(category = "user.contact.phone_number", purpose = "phone_optin")]
    phone: String,
    #[consent(phone_optin)]
    phone_calls: Checkbox,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("vous rappeler pour vous présenter nos offres", id = "callback", data_use = "essential.service", basis = "legitimate_interests", interest = "vendre", retention = "3 ans")]
struct CallbackForm {
    #[personal_data(category = "user.contact.phone_number", purpose = "callback")]
    phone: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "donor")]
#[controller(name = "Les Amis du Port", address = "2 quai Neuf, 56100 Lorient", contact = "dons@amis-du-port.fr", country = "FR")]
#[recipients("notre service des dons")]
#[rights_contact("dons@amis-du-port.fr")]
#[purpose("nos appels aux dons par courrier", data_use = "marketing.communications.appeals", basis = "contract", retention = "3 ans après votre dernier don")]
struct DonationAppeal {
    #[personal_data(category = "user.contact.address")]
    address: String,
}

fn main() {}
