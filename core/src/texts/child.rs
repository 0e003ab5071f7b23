//! The plain words a child reads first: a form for children states, before the full notice its parents read, what
//! matters to the child in clear and simple terms (loi Informatique et Libertés, art. 45 al. 2; GDPR Art. 12(1),
//! Recital 58; legal review 3 M7).

use super::words::enumerate;
use crate::Lang;
use crate::model::NoticeSpec;
use crate::vocabulary::Audience;

/// « En quelques mots : … », for a form whose data subjects are children; `None` for any other form.
pub fn in_a_few_words(spec: &NoticeSpec, lang: Lang, asks_consent: bool) -> Option<String> {
    if spec.audience != Audience::Minors {
        return None;
    }
    let catalog = lang.catalog();
    let words = &catalog.notice;
    let purposes: Vec<&str> = spec.purposes.iter().map(|p| p.text.get(lang)).collect();
    let purposes = enumerate(&purposes, lang);
    let contact = spec.rights_contact.get(lang);
    let mut said = match spec.controller.map(|c| c.name) {
        Some(name) => catalog.fill(words.child_intro_named, &[("name", name), ("purposes", &purposes)]),
        None => catalog.fill(words.child_intro, &[("purposes", &purposes)]),
    };
    said.push_str(&catalog.fill(words.child_rights, &[("contact", contact)]));
    if asks_consent {
        // The age of digital consent: 15 in France (LIL art. 45), set by each country elsewhere, 16 at most
        // (GDPR Art. 8(1)).
        said.push_str(if spec.under_french_law() { words.child_boxes_fr } else { words.child_boxes_eu });
    }
    let authority = super::authority::named(spec, lang).unwrap_or_else(|| words.child_own_authority.to_string());
    said.push_str(&catalog.fill(words.child_complaint, &[("authority", &authority)]));
    Some(said)
}
