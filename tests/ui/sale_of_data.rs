// Legal review 3 §4: selling contact data to data brokers is a purpose of its own that needs consent and its box
// (GDPR Art. 6(1)(a); CPCE L34-5; R40); partners' e-mail offers cannot ride on the soft opt-in, which covers the
// seller's own similar products (R16); partners described by their kind (« les marques du Groupe et leurs
// Annonceurs ») are not identified, capitals or not (R16).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de votre participation", data_use = "essential.service.contest", basis = "contract", retention = "1 an")]
#[purpose("la location de vos coordonnées à des courtiers en données", data_use = "third_party_sharing.sale", basis = "legitimate_interests", interest = "financer le jeu", retention = "3 ans")]
struct SweepstakeEntry {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans après votre dernière commande", sale)]
#[purpose("les offres de nos partenaires par e-mail", data_use = "third_party_sharing.marketing.email", basis = "legitimate_interests", interest = "faire connaître leurs produits", retention = "3 ans")]
struct OrderForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans après votre dernière commande")]
#[partner_email_optin(partners = "Les marques du Groupe et leurs Annonceurs", retention = "3 ans")]
#[withdrawal("https://boutique.fr/mes-choix")]
struct GroupOffers {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

fn main() {}
