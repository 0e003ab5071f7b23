use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", lang = "fr", historical)]
#[purpose("la gestion de vos commandes")]
#[purpose("le suivi de vos livraisons")]
#[recipients("notre service commercial", "https://boutique.fr/destinataires")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[translation(lang = "en",
    "la gestion de vos commandes" = "managing your orders",
    "notre service comercial" = "our sales team",
)]
#[translation(lang = "fr", "la gestion de vos commandes" = "la gestion de vos commandes")]
#[translation(lang = "en", "le suivi de vos livraisons" = "tracking your deliveries")]
#[translation("le suivi de vos livraisons" = tracking)]
struct OrderForm {
    email: String,
}

fn main() {}
