//! The supervisory authority a notice names: the CNIL for a French controller, the one the form declares
//! (`authority = ".."`), or its country's one (GDPR Art. 13(2)(d), 77; design §9).

use crate::Lang;
use crate::authorities;
use crate::model::NoticeSpec;

/// The controller's authority as a sentence names it: « la CNIL (cnil.fr) », « Datatilsynet (datatilsynet.dk) »,
/// or the declared one; `None` for a controller outside the EEA (the person's own authority is then named).
pub fn named(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    if let Some(declared) = spec.controller.and_then(|c| c.authority) {
        return Some(declared.to_string());
    }
    let country = country(spec);
    let authority = authorities::of(country)?;
    Some(match country {
        "FR" => lang.catalog().rights.cnil.to_string(),
        _ => format!("{} ({})", authority.name, authority.site),
    })
}

/// The website of the controller's authority, when the library knows it (a declared authority is the form's
/// words, with no separate address).
pub fn site(spec: &NoticeSpec) -> Option<&'static str> {
    if spec.controller.is_some_and(|c| c.authority.is_some()) {
        return None;
    }
    authorities::of(country(spec)).map(|authority| authority.site)
}

/// Where the controller is established: France for a form that says nothing (a `lil2004` one).
fn country<'a>(spec: &NoticeSpec<'a>) -> &'a str {
    spec.controller.and_then(|c| c.country).unwrap_or("FR")
}
