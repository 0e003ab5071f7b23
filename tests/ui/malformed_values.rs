use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(law = lil2004)]
#[purpose("")]
#[purpose(42)]
#[recipients("notre service commercial", "  ")]
#[rights_contact = "Service clientèle"]
#[controller(name = "Boutique SAS")]
struct OrderForm {
    email: String,
}

fn main() {}
