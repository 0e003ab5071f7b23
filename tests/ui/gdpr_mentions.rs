use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Shop Inc", address = "1 Main St, Boston, USA", contact = "privacy@shop.com", country = "US")]
#[purpose("l’envoi de la lettre d’information", data_use = "marketing.communications.email", id = "newsletter", basis = "consent")]
#[retention("jusqu’au retrait de votre accord")]
#[recipients("notre service marketing")]
#[rights_contact("privacy@shop.com")]
#[partner_optout]
#[similar_offers_optout]
#[phone_optin]
struct NewsletterForm {
    #[personal_data(category = "user.contact.email", required, label = "adresse e-mail")]
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
    notice_version: privacy_notice::NoticeVersion,
}

fn main() {}
