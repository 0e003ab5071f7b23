// The 2004 text has no place for the facts the GDPR notice states: they would silently vanish.
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical, audience = "minors")]
#[purpose("la gestion de vos commandes", marketing = "post", sale)]
#[recipients("notre service commercial")]
#[recipient("notre hébergeur", country = "DE")]
#[parental_consent("un e-mail à vos parents")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct OrderForm {
    #[personal_data(kind = "phone")]
    phone: String,
}

fn main() {}
