// Legal review §3, scenario 9: a required field that serves only a consent purpose (Art. 7(4)), and withdrawal by
// registered letter (Art. 7(3)).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", id = "orders", basis = "contract", retention = "3 ans")]
#[purpose("nos offres par e-mail", id = "offers", basis = "consent", retention = "3 ans", marketing = "email")]
#[withdrawal("par lettre recommandée avec accusé de réception")]
#[data_requirement(reason = "vous envoyer nos offres", consequence = "nous ne pourrons pas")]
struct OrderForm {
    #[personal_data(required, purpose = "offers", label = "adresse e-mail")]
    email: String,
    #[personal_data(required, label = "téléphone")]
    phone: Option<String>,
    #[personal_data(purpose = "order", label = "adresse")]
    address: String,
    #[consent(offers)]
    offers: Checkbox,
}

fn main() {}
