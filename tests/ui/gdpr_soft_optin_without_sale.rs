use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la création de votre compte", basis = "legitimate_interests", interest = "tenir votre compte", retention = "3 ans")]
#[similar_offers_optout(retention = "3 ans après votre dernier achat")]
struct AccountForm {
    email: String,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: privacy_notice::NoticeVersion,
}

fn main() {}
