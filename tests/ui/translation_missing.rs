use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("https://boutique.fr/droits")]
#[translation(lang = "en", "la gestion de vos commandes" = "handling your orders")]
struct OrderForm {
    email: String,
}

fn main() {}
