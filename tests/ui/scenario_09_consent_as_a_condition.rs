// Legal review §3, scenario 9: a required field that serves only a consent purpose (Art. 7(4)), and withdrawal by
// registered letter (Art. 7(3)).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", id = "orders", basis = "contract", retention = "3 ans")]
#[purpose("l’envoi d’offres par e-mail", data_use = "marketing.communications.email", id = "offers", basis = "consent", retention = "3 ans")]
#[withdrawal("par lettre recommandée avec accusé de réception")]
#[data_requirement(reason = "vous envoyer nos offres", consequence = "nous ne pourrons pas")]
struct OrderForm {
    #[personal_data(category = "user.contact.email", required, purpose = "offers", label = "adresse e-mail")]
    email: String,
    #[personal_data(category = "user.contact.phone_number", required, purpose = "orders", label = "téléphone")]
    phone: Option<String>,
    #[personal_data(category = "user.contact.address", purpose = "order", label = "adresse")]
    address: String,
    #[consent(offers)]
    offers: Checkbox,
}

fn main() {}
