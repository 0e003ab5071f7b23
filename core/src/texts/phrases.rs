//! Wording both regimes share: the partners, and the phone opt-in's sentences.

use crate::Lang;

/// « nos partenaires » / "our partners", followed by who they are when the form says it.
pub fn our_partners(partners: Option<&str>, lang: Lang) -> String {
    let ours = match lang {
        Lang::Fr => "nos partenaires",
        Lang::En => "our partners",
    };
    match partners {
        Some(partners) => format!("{ours} ({partners})"),
        None => ours.to_string(),
    }
}

/// What the law says of commercial calls to consumers since 11 August 2026 (C. consom. L223-2; R18).
pub fn phone_notice(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "Nous ne vous appellerons à des fins commerciales qu’avec votre accord préalable, sauf, pendant un \
             contrat en cours, pour vous proposer des produits ou services en rapport avec son objet (Code de la \
             consommation, art. L223-1)."
        }
        Lang::En => {
            "We will only call you with commercial offers if you agree beforehand, except, during a current \
             contract, to offer you products or services related to its subject matter (French Consumer Code, \
             art. L223-1)."
        }
    }
}

/// The L223-2 information in short, for the first level (the second gives the contract exception in full).
pub fn phone_notice_short(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Pas d’appel commercial sans votre accord préalable, sauf au sujet d’un contrat en cours.",
        Lang::En => "No commercial call without your prior agreement, except about a current contract.",
    }
}

/// The label of the phone opt-in box.
pub fn phone_label(caller: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("J’accepte d’être appelé(e) par {caller} pour des offres commerciales."),
        Lang::En => format!("I agree to be called by {caller} with commercial offers."),
    }
}

/// The question for the phone opt-in box.
pub fn phone_question(caller: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Acceptez-vous d’être appelé(e) par {caller} pour des offres commerciales ?"),
        Lang::En => format!("Do you agree to be called by {caller} with commercial offers?"),
    }
}
