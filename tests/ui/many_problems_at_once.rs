use privacy_notice::{Checkbox, Lang, PrivacyNotice};

// Every problem of the struct is reported in one compile, and code that uses the form gets no follow-on
// error: the derive still provides a (stub) `PrivacyNotice` impl.
#[derive(PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[partner_optout]
struct OrderForm {
    email: String,
    #[consent(newsletter)]
    newsletter: Checkbox,
}

fn main() {
    let _ = OrderForm::notice().text(Lang::Fr);
}
