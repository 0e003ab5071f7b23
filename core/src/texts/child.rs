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
    let purposes: Vec<&str> = spec.purposes.iter().map(|p| p.text.get(lang)).collect();
    let purposes = enumerate(&purposes, lang);
    let contact = spec.rights_contact.get(lang);
    let who = spec.controller.map(|c| c.name);
    let mut words = match (lang, who) {
        (Lang::Fr, Some(name)) => {
            format!("En quelques mots : {name} se sert de ces informations seulement pour : {purposes}.")
        }
        (Lang::Fr, None) => {
            format!("En quelques mots : nous nous servons de ces informations seulement pour : {purposes}.")
        }
        (Lang::En, Some(name)) => format!("In a few words: {name} uses this information only for: {purposes}."),
        (Lang::En, None) => format!("In a few words: we use this information only for: {purposes}."),
    };
    words.push_str(&match lang {
        Lang::Fr => {
            format!(" Vous pouvez demander à les voir, à les corriger ou à les effacer, en écrivant à : {contact}.")
        }
        Lang::En => format!(" You can ask to see it, correct it or delete it, by writing to: {contact}."),
    });
    if asks_consent {
        words.push_str(match lang {
            Lang::Fr => {
                " Une case à cocher ne se coche que si vous êtes d’accord ; si vous avez moins de 15 ans, l’un de vos \
                 parents doit être d’accord lui aussi. Vous pouvez changer d’avis quand vous voulez."
            }
            Lang::En => {
                " Only tick a box if you agree; if you are under 15, one of your parents must agree too. You can \
                 change your mind whenever you like."
            }
        });
    }
    let authority = super::authority::named(spec, lang).unwrap_or_else(|| match lang {
        Lang::Fr => "l’autorité de protection des données de votre pays".to_string(),
        Lang::En => "your country’s data protection authority".to_string(),
    });
    words.push_str(&match lang {
        Lang::Fr => format!(
            " Si quelque chose ne va pas, parlez-en à vos parents : ensemble, vous pouvez écrire à {authority}. La \
             suite explique tout cela en détail, pour vous et pour vos parents."
        ),
        Lang::En => format!(
            " If something is wrong, talk to your parents: together, you can write to {authority}. What follows \
             explains all this in detail, for you and for your parents."
        ),
    });
    Some(words)
}
