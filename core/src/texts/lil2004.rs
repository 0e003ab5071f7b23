//! The `lil2004` regime: the wording of the original French guidance (loi « informatique et libertés » of
//! 6 January 1978 as amended in 2004), filled with the form's declarations, and a faithful English version.

use super::phrases::{our_partners, phone_label, phone_notice, phone_question};
use super::words::{fr_to, join, join_str};
use crate::Lang;
use crate::model::{NoticeSpec, ProspectingKind};
use crate::render::Document;

/// « destiné à la gestion de vos commandes et à … » / "for the following purpose: …".
pub fn purposes_phrase(spec: &NoticeSpec, lang: Lang) -> String {
    let texts: Vec<&str> = spec.purposes.iter().map(|p| p.text.get(lang)).collect();
    match lang {
        Lang::Fr => format!("destiné {}", join(&texts.iter().map(|t| fr_to(t)).collect::<Vec<_>>(), lang)),
        Lang::En if texts.len() == 1 => format!("for the following purpose: {}", texts[0]),
        Lang::En => format!("for the following purposes: {}", join_str(&texts, lang)),
    }
}

/// The general mention every form carries (seed: « Les mentions des formulaires »).
fn general_mention(spec: &NoticeSpec, lang: Lang) -> String {
    let purposes = purposes_phrase(spec, lang);
    let recipients = recipients(spec, lang);
    let contact = spec.rights_contact.get(lang);
    match lang {
        Lang::Fr => format!(
            "Les informations recueillies font l’objet d’un traitement informatique {purposes}. \
             Les destinataires des données sont : {recipients}. \
             Conformément à la loi “informatique et libertés” du 6 janvier 1978 modifiée en 2004, vous bénéficiez \
             d’un droit d’accès et de rectification aux informations qui vous concernent, que vous pouvez exercer \
             en vous adressant à {contact}. \
             Vous pouvez également, pour des motifs légitimes, vous opposer au traitement des données vous \
             concernant."
        ),
        Lang::En => format!(
            "The information collected is processed electronically {purposes}. \
             The recipients of the data are: {recipients}. \
             In accordance with the French Data Protection Act (loi “informatique et libertés”) of 6 January 1978 \
             as amended in 2004, you have a right of access to and rectification of the information concerning \
             you, which you may exercise by contacting {contact}. \
             You may also, for legitimate reasons, object to the processing of data concerning you."
        ),
    }
}

/// The recipients, joined.
pub fn recipients(spec: &NoticeSpec, lang: Lang) -> String {
    join_str(&spec.recipients.iter().map(|r| r.get(lang)).collect::<Vec<_>>(), lang)
}

/// The controller's identity (loi 78-17 art. 32-I-1°), when the form declares it.
fn controller(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let c = spec.controller?;
    Some(match lang {
        Lang::Fr => format!("Le responsable du traitement est {} ({}).", c.name, c.address),
        Lang::En => format!("The controller is {} ({}).", c.name, c.address),
    })
}

/// Planned transfers outside the European Community (loi 78-17 art. 32-I-7°).
fn transfers(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    if spec.transfers.is_empty() {
        return None;
    }
    let countries: Vec<&str> = spec.transfers.iter().map(|t| t.country.get(lang)).collect();
    let countries = join_str(&countries, lang);
    Some(match lang {
        Lang::Fr => format!(
            "Des transferts de données vers des États n’appartenant pas à la Communauté européenne sont envisagés \
             (pays de destination : {countries})."
        ),
        Lang::En => format!(
            "Transfers of data to states outside the European Community are planned (destination: {countries})."
        ),
    })
}

/// Which answers are mandatory (loi 78-17 art. 32-I-3°), when the form marks any.
pub fn required_fields(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let required = super::words::required_labels(spec, lang);
    if required.is_empty() {
        return None;
    }
    let list = join(&required, lang);
    Some(match (lang, required.len()) {
        (Lang::Fr, 1) => format!("Le champ {list} est obligatoire ; les autres champs sont facultatifs."),
        (Lang::Fr, _) => format!("Les champs {list} sont obligatoires ; les autres champs sont facultatifs."),
        (Lang::En, 1) => format!("The field {list} is mandatory; the other fields are optional."),
        (Lang::En, _) => format!("The fields {list} are mandatory; the other fields are optional."),
    })
}

/// The opening shared by the two partner mentions of the seed, with the customer service's details.
fn partner_preamble(spec: &NoticeSpec, lang: Lang) -> String {
    let contact = spec.rights_contact.get(lang);
    match lang {
        Lang::Fr => format!(
            "Ces informations sont nécessaires à notre société pour traiter votre demande. \
             Elles sont enregistrées dans notre fichier de clients et peuvent donner lieu à l’exercice du droit \
             d’accès et de rectification auprès de notre service clientèle ({contact})."
        ),
        Lang::En => format!(
            "This information is needed by our company to process your request. \
             It is recorded in our customer file, and you may exercise your right of access and rectification \
             with our customer service ({contact})."
        ),
    }
}

/// The sentence that invites the person to tick a prospecting box.
fn prospecting_invitation(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let ours = our_partners(partners, lang);
    match (kind, lang) {
        (ProspectingKind::PartnerOptout, Lang::Fr) => format!(
            "Si vous ne souhaitez pas que vos données soient utilisées par {ours} à des fins de prospection, \
             veuillez cocher la case ci-contre."
        ),
        (ProspectingKind::PartnerOptout, Lang::En) => format!(
            "If you do not want your data to be used by {ours} for marketing purposes, please tick the box \
             below."
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "Si vous souhaitez recevoir des propositions commerciales de {ours} par voie électronique, merci de \
             cocher la case ci-contre."
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "If you would like to receive commercial offers from {ours} by electronic means, please tick the box \
             below."
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => "Vous êtes susceptibles de recevoir des offres \
             commerciales de notre société pour des produits et services analogues à ceux que vous avez commandés. \
             Si vous ne le souhaitez pas, cochez la case ci-contre."
            .to_string(),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => "You may receive commercial offers from our company \
             for products and services similar to those you have ordered. If you do not wish to, tick the box \
             below."
            .to_string(),
        (ProspectingKind::PhoneOptin, _) => phone_notice(lang).to_string(),
    }
}

/// The notice: the general mention, the boxes of consent-based purposes, then each prospecting mention
/// followed by its box (« la case ci-contre »).
pub fn notice(spec: &NoticeSpec, lang: Lang) -> Document {
    let mut doc = Document::new(super::title(lang));
    doc.paragraph(historical(lang).to_string());
    doc.paragraph(general_mention(spec, lang));
    for sentence in [controller(spec, lang), transfers(spec, lang), required_fields(spec, lang)].into_iter().flatten() {
        doc.paragraph(sentence);
    }
    super::purpose_choice(&mut doc, spec, lang);
    let mut preamble_said = false;
    for prospecting in spec.prospecting {
        let invitation = prospecting_invitation(prospecting.kind, prospecting.partners.map(|p| p.get(lang)), lang);
        let is_partner = prospecting.kind != ProspectingKind::SimilarOffersOptout;
        let mention = if is_partner && !preamble_said {
            preamble_said = true;
            format!("{} {invitation}", partner_preamble(spec, lang))
        } else {
            invitation
        };
        super::prospecting_choice(&mut doc, spec, prospecting.kind, mention, lang);
    }
    doc
}

/// What every output of a `lil2004` form says first, wherever it is shown (legal review 3 H6): the 2004 text is
/// a historical record, not the information GDPR Art. 13 requires today.
pub fn historical(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "Texte de 2004, reproduit à titre historique : il ne satisfait plus au RGPD et ne tient pas lieu de \
             l’information due aujourd’hui."
        }
        Lang::En => {
            "The 2004 text, reproduced as a historical record: it no longer meets the GDPR and does not stand for \
             the information owed today."
        }
    }
}

/// The call-centre script (seed: « L’information des centres d’appel »), line by line: how the data will be
/// used, that the person may ask not to be contacted again, and access and rectification with the name of the
/// service.
pub fn call_script(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let purposes = purposes_phrase(spec, lang);
    let recipients = recipients(spec, lang);
    let contact = spec.rights_contact.get(lang);
    let mut lines = match lang {
        Lang::Fr => vec![
            "Script d’appel — à lire à la personne appelée".to_string(),
            format!("{} Ne pas l’utiliser pour un appel.", historical(lang)),
            String::new(),
            format!(
                "« Les informations que vous nous communiquez au cours de cet appel font l’objet d’un traitement \
                 informatique {purposes}. Les destinataires des données sont : {recipients}. »"
            ),
            "« Vous pouvez à tout moment nous demander de ne plus être contacté(e). »".to_string(),
            format!(
                "« Vous pouvez accéder à vos données personnelles et les faire rectifier en vous adressant à {contact}. »"
            ),
        ],
        Lang::En => vec![
            "Call script — to be read to the person called".to_string(),
            format!("{} Do not use it for a call.", historical(lang)),
            String::new(),
            format!(
                "“The information you give us during this call is processed electronically {purposes}. The \
                 recipients of the data are: {recipients}.”"
            ),
            "“You may ask us at any time not to contact you again.”".to_string(),
            format!("“You can access your personal data and have it corrected by contacting {contact}.”"),
        ],
    };
    lines.extend(super::questions(spec, lang));
    lines
}

/// The label of a box under `lil2004`.
pub fn prospecting_label(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let yours = match (partners, lang) {
        (Some(partners), Lang::Fr) => format!("vos partenaires ({partners})"),
        (Some(partners), Lang::En) => format!("your partners ({partners})"),
        (None, Lang::Fr) => "vos partenaires".to_string(),
        (None, Lang::En) => "your partners".to_string(),
    };
    match (kind, lang) {
        (ProspectingKind::PartnerOptout, Lang::Fr) => {
            format!("Je ne souhaite pas que mes données soient utilisées par {yours} à des fins de prospection.")
        }
        (ProspectingKind::PartnerOptout, Lang::En) => {
            format!("I do not want my data to be used by {yours} for marketing purposes.")
        }
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => {
            format!("Je souhaite recevoir des propositions commerciales de {yours} par voie électronique.")
        }
        (ProspectingKind::PartnerEmailOptin, Lang::En) => {
            format!("I would like to receive commercial offers from {yours} by electronic means.")
        }
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => "Je ne souhaite pas recevoir d’offres commerciales \
            pour des produits et services analogues à ceux que j’ai commandés."
            .to_string(),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => "I do not wish to receive commercial offers for \
            products and services similar to those I have ordered."
            .to_string(),
        (ProspectingKind::PhoneOptin, _) => phone_label(partners.unwrap_or_default(), lang),
    }
}

/// The question an operator asks for a prospecting box under `lil2004`; « oui » means the box is ticked.
pub fn prospecting_question(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let ours = our_partners(partners, lang);
    match (kind, lang) {
        (ProspectingKind::PartnerOptout, Lang::Fr) => {
            format!("Vous opposez-vous à ce que vos données soient utilisées par {ours} à des fins de prospection ?")
        }
        (ProspectingKind::PartnerOptout, Lang::En) => {
            format!("Do you object to your data being used by {ours} for marketing purposes?")
        }
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => {
            format!("Souhaitez-vous recevoir des propositions commerciales de {ours} par voie électronique ?")
        }
        (ProspectingKind::PartnerEmailOptin, Lang::En) => {
            format!("Would you like to receive commercial offers from {ours} by electronic means?")
        }
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => "Vous êtes susceptible de recevoir des offres \
            commerciales de notre société pour des produits et services analogues à ceux que vous avez commandés : \
            vous y opposez-vous ?"
            .to_string(),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => "You may receive commercial offers from our company \
            for products and services similar to those you have ordered: do you object?"
            .to_string(),
        (ProspectingKind::PhoneOptin, _) => phone_question(partners.unwrap_or_default(), lang),
    }
}
