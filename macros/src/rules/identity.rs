//! Who is responsible: the controller's country (design §9; R08: a controller outside the EEA names its EU
//! representative, in `check.rs`), and joint controllers declared as such (R34).

use crate::decl::Form;
use crate::errors::Errors;

/// Words that say the form has joint controllers (lower case).
const JOINT_WORDS: &[&str] = &[
    "responsables conjoints",
    "responsable conjoint",
    "coresponsable",
    "co-responsable",
    "joint controller",
    "jointly responsible",
    // German, Spanish, Italian, Dutch, Polish, Portuguese.
    "gemeinsam verantwortlich",
    "gemeinsame verantwortliche",
    "corresponsable",
    "contitolar",
    "gezamenlijke verwerkingsverantwoordelijke",
    "gezamenlijk verantwoordelijk",
    "współadministrator",
    "responsáveis conjuntos",
    "responsável conjunto",
];

/// R08 (the controller's country), R34 and R45.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    // R45 (GDPR Art. 13(2)(d), 51(1), 55): the notice names the authority the controller answers to; in a country
    // with several for private bodies (Germany: one per Land), the form says which.
    let several = |c: &crate::decl::Controller| {
        c.country.as_ref().is_some_and(|country| crate::authorities::SEVERAL.contains(&country.value.as_str()))
    };
    if let Some(controller) = form.controller.as_ref().filter(|c| c.authority.is_none() && several(c)) {
        errors.add(
            controller.attr,
            "`#[controller(..)]` is established in Germany, where a company answers to the data protection \
             authority of its Land: the notice names it in the complaint sentence (GDPR Art. 13(2)(d), 55; R45)",
            "add `authority = \"..\"` to `#[controller(..)]`, its name and website: `authority = \"die Berliner \
             Beauftragte für Datenschutz und Informationsfreiheit (datenschutz-berlin.de)\"`",
        );
    }
    if let Some(controller) = form.controller.as_ref().filter(|c| c.country.is_none()) {
        errors.add(
            controller.attr,
            "`#[controller(..)]` does not say where the controller is established: the country decides the \
             supervisory authority, the national rules, and whether an EU representative is needed (GDPR Art. 27, \
             55; R08)",
            "add `country = \"FR\"` (the ISO code of the country of establishment)",
        );
    }
    if !form.joint_controllers.is_empty() {
        return;
    }
    let texts = form.purposes.iter().map(|p| &p.text).chain(&form.recipients);
    for text in texts {
        if let Some(word) = super::wording::found(&text.value, JOINT_WORDS).filter(|w| !form.allows_word(w)) {
            errors.add_at(
                text.span,
                format!(
                    "\"{}\" speaks of « {word} », and the form declares no `#[joint_controller(..)]`: the person is told who \
                     they are and the essence of their arrangement (GDPR Art. 26; R34)",
                    text.value
                ),
                "add `#[joint_controller(name = \"..\", contact = \"..\", arrangement = \"..\")]` for each",
            );
        }
    }
}
