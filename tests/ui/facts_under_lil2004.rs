// The 2004 text has no place for the GDPR's mentions (a sale, a located recipient, parental consent): they would
// silently vanish. The facts (`subjects`, `data_use`, `category`) are accepted: they print nothing in the 2004
// text, and the register records them.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical, subjects = "child")]
#[purpose("la gestion de vos commandes", data_use = "marketing.communications.post", sale)]
#[recipients("notre service commercial")]
#[recipient("notre hébergeur", country = "DE")]
#[parental_consent("un e-mail à vos parents")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct OrderForm {
    #[personal_data(category = "user.contact.phone_number")]
    phone: String,
}

fn main() {}
