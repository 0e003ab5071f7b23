//! How a person exercises their rights and withdraws consent: by a route as easy as the one that collected the
//! data, never a letter, an ID copy or a stamp demanded (GDPR Art. 7(3), 12(2), 12(5); R04, R36).

use crate::decl::Form;
use crate::errors::Errors;

/// Words that demand a paper route or a proof the law does not ask for by default (lower case).
const BURDENS: &[&str] = &[
    "lettre recommandée",
    "lettre recommandee",
    "recommandé avec",
    "par courrier uniquement",
    "uniquement par courrier",
    "par lettre",
    "pièce d’identité",
    "pièce d'identité",
    "piece d'identite",
    "justificatif d’identité",
    "justificatif d'identité",
    "copie de votre",
    "timbre",
    "enveloppe",
    "registered letter",
    "recorded delivery",
    "by letter",
    "by post only",
    "in writing only",
    "copy of your id",
    "copy of your passport",
    "proof of identity",
    "identity document",
    "stamp",
    "envelope",
];

/// R36 on the rights contact and the withdrawal route; R04: the withdrawal route is a link, an address or the
/// unsubscribe link of each message.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    for (text, what) in form
        .rights_contact
        .iter()
        .map(|t| (t, "rights_contact"))
        .chain(form.withdrawal.iter().map(|t| (t, "withdrawal")))
    {
        if let Some(word) = super::wording::found(&text.value, BURDENS).filter(|w| !form.allows_word(w)) {
            errors.add_at(
                text.span,
                format!(
                    "`#[{what}(\"{}\")]` demands « {word} »: rights are exercised and consent withdrawn without a \
                     letter, an ID copy or a stamp being required (GDPR Art. 7(3), 12(2), 12(5); R36)",
                    text.value
                ),
                "give an e-mail address or a page: `\"dpo@boutique.fr\"`; ask for proof of identity only when a \
                 request leaves a reasonable doubt (Art. 12(6))",
            );
        }
    }
    let Some(withdrawal) = &form.withdrawal else { return };
    let route = withdrawal.value.trim();
    let one_word = !route.contains(char::is_whitespace);
    let is_link =
        one_word && (route.starts_with("https://") || route.starts_with("http://") || route.starts_with("www."));
    let is_mail = one_word && route.contains('@');
    let is_unsubscribe = super::wording::found(
        route,
        &["lien de désinscription", "lien de desinscription", "désabonnement", "unsubscribe"],
    )
    .is_some();
    if !(is_link || is_mail || is_unsubscribe) {
        errors.add_at(
            withdrawal.span,
            format!(
                "`#[withdrawal(\"{route}\")]` is neither a link, an e-mail address nor the unsubscribe link of each \
                 message: withdrawing must be as easy as consenting (GDPR Art. 7(3); R04)"
            ),
            "write `#[withdrawal(\"https://boutique.fr/mon-compte/consentements\")]`, `#[withdrawal(\"dpo@boutique.fr\")]` \
             or `#[withdrawal(\"le lien de désinscription présent dans chaque e-mail\")]`",
        );
    }
}
