use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la création de votre compte", data_use = "essential.service", basis = "legitimate_interests", interest = "tenir votre compte", retention = "3 ans")]
#[similar_offers_optout(retention = "3 ans après votre dernier achat")]
struct AccountForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: privacy_notice::NoticeVersion,
}

fn main() {}
