// The 2004 text no longer meets the GDPR: a form that uses it does not compile unless it says it is kept on
// purpose with `historical` (an error, not a warning `#![allow(deprecated)]` would silence; legal review 3 L11).
#![allow(deprecated)]

use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004")]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct LiveForm {
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
struct ArchivedForm {
    email: String,
}

fn main() {}
