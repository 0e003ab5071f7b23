use privacy_notice::PrivacyNotice;

/// Not `privacy_notice::Checkbox`, though it has the same name.
struct Checkbox;

#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
struct OrderForm {
    email: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
}

fn main() {}
