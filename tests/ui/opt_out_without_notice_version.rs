// An "I object" box submitted under a name the struct does not read would count as "did not object": under
// `gdpr` a form with such a box sends the notice's version back (design §7), once.
use privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[similar_offers_optout(retention = "3 ans")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[similar_offers_optout(retention = "3 ans")]
struct TwoVersions {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: NoticeVersion,
    shown: NoticeVersion,
}

fn main() {}
