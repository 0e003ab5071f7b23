//! The `gdpr` regime (the default): GDPR Art. 13 information and today's French prospecting rules
//! (legal-requirements.md §1b, §2, §5). Rights are printed according to each purpose's legal basis (R23).

use super::lil2004::our_partners;
use super::words::{join, join_str};
use crate::model::{LegalBasis, NoticeSpec, ProspectingKind, Purpose};
use crate::render::Document;
use crate::{ConsentKind, Lang};

/// The legal basis as a noun phrase.
fn basis_words(basis: LegalBasis, lang: Lang) -> &'static str {
    match (basis, lang) {
        (LegalBasis::Consent, Lang::Fr) => "votre consentement",
        (LegalBasis::Contract, Lang::Fr) => "l’exécution de votre contrat ou de votre demande",
        (LegalBasis::LegalObligation, Lang::Fr) => "une obligation légale",
        (LegalBasis::VitalInterests, Lang::Fr) => "la sauvegarde d’intérêts vitaux",
        (LegalBasis::PublicTask, Lang::Fr) => "une mission d’intérêt public",
        (LegalBasis::LegitimateInterests, Lang::Fr) => "notre intérêt légitime",
        (LegalBasis::Consent, Lang::En) => "your consent",
        (LegalBasis::Contract, Lang::En) => "performing your contract or request",
        (LegalBasis::LegalObligation, Lang::En) => "a legal obligation",
        (LegalBasis::VitalInterests, Lang::En) => "protecting vital interests",
        (LegalBasis::PublicTask, Lang::En) => "a task in the public interest",
        (LegalBasis::LegitimateInterests, Lang::En) => "our legitimate interest",
    }
}

/// The text with its first letter in upper case, to open a list item.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Controller identity and contact (Art. 13(1)(a)).
fn controller_sentence(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let c = spec.controller?;
    Some(match lang {
        Lang::Fr => {
            format!("Les données saisies ici sont traitées par {} ({}) ; contact : {}.", c.name, c.address, c.contact)
        }
        Lang::En => {
            format!("The data you enter here is processed by {} ({}); contact: {}.", c.name, c.address, c.contact)
        }
    })
}

/// One purpose: its basis, the legitimate interest where that is the basis, its retention (Art. 13(1)(c),
/// (d), 13(2)(a); R02, R03).
fn purpose_item(spec: &NoticeSpec, purpose: &Purpose, lang: Lang) -> String {
    let mut item = capitalized(purpose.text);
    if let Some(basis) = purpose.basis {
        item.push_str(&match lang {
            Lang::Fr => format!(" — fondement : {}.", basis_words(basis, lang)),
            Lang::En => format!(" — legal basis: {}.", basis_words(basis, lang)),
        });
    } else {
        item.push('.');
    }
    if let Some(interest) = purpose.interest {
        item.push_str(&match lang {
            Lang::Fr => format!(" Notre intérêt légitime : {interest}."),
            Lang::En => format!(" Our legitimate interest: {interest}."),
        });
    }
    if let Some(retention) = purpose.retention.or(spec.retention) {
        item.push_str(&match lang {
            Lang::Fr => format!(" Durée de conservation : {retention} ; ensuite, suppression ou anonymisation."),
            Lang::En => format!(" Retention: {retention}; then the data is deleted or anonymised."),
        });
    }
    item
}

/// The texts of the purposes whose basis satisfies `applies`, and whether that is every purpose.
fn purposes_where(spec: &NoticeSpec, applies: impl Fn(LegalBasis) -> bool) -> (Vec<&'static str>, bool) {
    let matching: Vec<&'static str> =
        spec.purposes.iter().filter(|p| p.basis.is_some_and(&applies)).map(|p| p.text).collect();
    let all = matching.len() == spec.purposes.len();
    (matching, all)
}

/// The rights that apply, according to each purpose's legal basis (CNIL dev guide sheet 15; R23): access,
/// rectification and restriction always; erasure except for legal obligation and public task; portability for
/// consent and contract; objection for legitimate interests and public task; withdrawal for consent.
pub(crate) fn rights(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let contact = spec.rights_contact;
    let mut sentences = Vec::new();
    let (erasable, all_erasable) =
        purposes_where(spec, |b| !matches!(b, LegalBasis::LegalObligation | LegalBasis::PublicTask));
    sentences.push(match (lang, all_erasable) {
        (Lang::Fr, true) => format!(
            "Vous pouvez consulter, corriger ou faire effacer vos données, ou en limiter l’usage, en écrivant à \
             {contact}."
        ),
        (Lang::Fr, false) => {
            format!("Vous pouvez consulter et corriger vos données, ou en limiter l’usage, en écrivant à {contact}.")
        }
        (Lang::En, true) => {
            format!("You can see, correct or delete your data, or limit its use, by writing to {contact}.")
        }
        (Lang::En, false) => format!("You can see and correct your data, or limit its use, by writing to {contact}."),
    });
    if !all_erasable && !erasable.is_empty() {
        let list = join_str(&erasable, lang);
        sentences.push(match lang {
            Lang::Fr => format!("Vous pouvez aussi faire effacer les données utilisées pour : {list}."),
            Lang::En => format!("You can also have the data used for the following deleted: {list}."),
        });
    }
    let (portable, all_portable) = purposes_where(spec, |b| matches!(b, LegalBasis::Consent | LegalBasis::Contract));
    if !portable.is_empty() {
        sentences.push(match (lang, all_portable) {
            (Lang::Fr, true) => {
                "Vous pouvez récupérer, dans un format réutilisable, les données que vous nous avez fournies."
                    .to_string()
            }
            (Lang::Fr, false) => format!(
                "Vous pouvez récupérer, dans un format réutilisable, les données que vous nous avez fournies pour : \
                 {}.",
                join_str(&portable, lang)
            ),
            (Lang::En, true) => "You can get the data you gave us back in a reusable format.".to_string(),
            (Lang::En, false) => format!(
                "You can get the data you gave us for the following back in a reusable format: {}.",
                join_str(&portable, lang)
            ),
        });
    }
    let (objectable, _) =
        purposes_where(spec, |b| matches!(b, LegalBasis::LegitimateInterests | LegalBasis::PublicTask));
    if !objectable.is_empty() {
        let list = join_str(&objectable, lang);
        sentences.push(match lang {
            Lang::Fr => format!(
                "Vous pouvez vous opposer, pour un motif tenant à votre situation particulière, à l’usage de vos \
                 données pour : {list}."
            ),
            Lang::En => format!(
                "You may object, on grounds relating to your particular situation, to the use of your data for: \
                 {list}."
            ),
        });
    }
    let asks_consent = spec.consent_fields.iter().any(|f| f.kind() == ConsentKind::OptIn)
        || spec.purposes.iter().any(|p| p.basis == Some(LegalBasis::Consent));
    if asks_consent {
        sentences.push(match lang {
            Lang::Fr => format!(
                "Vous pouvez retirer votre accord à tout moment, aussi facilement que vous l’avez donné (en \
                 décochant la case correspondante ou en écrivant à {contact}) ; ce retrait ne remet pas en cause \
                 l’usage fait auparavant."
            ),
            Lang::En => format!(
                "You can withdraw your agreement at any time, as easily as you gave it (by unticking the box or by \
                 writing to {contact}); earlier use remains lawful."
            ),
        });
    }
    sentences.push(complaint(lang).to_string());
    sentences
}

/// The right to complain to the supervisory authority (Art. 13(2)(d)).
fn complaint(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "En cas de désaccord, vous pouvez saisir la CNIL (cnil.fr) ou l’autorité de protection des données de \
             votre pays."
        }
        Lang::En => {
            "If you disagree with how we handle your data, you can complain to the CNIL (cnil.fr) or your national \
             data protection authority."
        }
    }
}

/// Which fields are mandatory, and what happens without them (Art. 13(2)(e); R10).
fn data_requirement(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let required: Vec<&str> = spec.fields.iter().filter(|f| f.required).map(|f| f.display_name()).collect();
    if required.is_empty() {
        return None;
    }
    let list = join_str(&required, lang);
    Some(match lang {
        Lang::Fr => format!(
            "Les champs suivants sont indispensables pour traiter votre demande : {list} ; sans eux, nous ne \
             pouvons pas y donner suite. Les autres champs sont facultatifs."
        ),
        Lang::En => format!(
            "The following fields are needed to process your request: {list}; without them, we cannot act on it. \
             All other fields are optional."
        ),
    })
}

/// The mention that goes with a prospecting box (R14, R16, R17).
fn prospecting_mention(spec: &NoticeSpec, kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    let controller = spec.controller.map(|c| c.name);
    match (kind, lang) {
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "Avec votre accord, nous transmettons votre adresse e-mail aux partenaires listés ici ({}) pour qu’ils \
             vous envoient leurs offres par e-mail. Votre accord ne vaut que pour ces partenaires ; nous vous \
             informerons de tout ajout à cette liste.",
            partners.unwrap_or("nos partenaires")
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "With your agreement, we pass your e-mail address to the partners listed here ({}) so that they can \
             send you their offers by e-mail. Your agreement covers only these partners; we will tell you of any \
             addition to this list.",
            partners.unwrap_or("our partners")
        ),
        (ProspectingKind::PartnerOptout, Lang::Fr) => format!(
            "Vos coordonnées postales peuvent être confiées à {} pour leurs offres par courrier. Vous pouvez vous \
             y opposer ci-dessous, avant toute transmission.",
            our_partners(partners, lang)
        ),
        (ProspectingKind::PartnerOptout, Lang::En) => format!(
            "Your postal details may be passed to {} for their offers by post. You can object below, before any \
             transfer.",
            our_partners(partners, lang)
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => format!(
            "Vous pourrez recevoir par e-mail des offres de {} pour des produits proches de ceux que vous avez \
             commandés ; chaque message contiendra un lien pour ne plus en recevoir.",
            controller.unwrap_or("notre société")
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => format!(
            "You may receive e-mail offers from {} for products similar to those you ordered; each message will \
             contain a link to stop receiving them.",
            controller.unwrap_or("our company")
        ),
    }
}

/// The direct-marketing objection, as a block of its own (Art. 21(2)-(4); R12).
fn marketing_objection(spec: &NoticeSpec, lang: Lang) -> String {
    let contact = spec.rights_contact;
    match lang {
        Lang::Fr => format!(
            "Prospection : vous pouvez à tout moment, gratuitement et sans vous justifier, refuser de recevoir nos \
             offres, en écrivant à {contact}."
        ),
        Lang::En => format!(
            "Marketing: you can refuse our offers at any time, free of charge and without giving a reason, by \
             writing to {contact}."
        ),
    }
}

/// The notice, in sections: who, why, to whom, which fields, rights, marketing, choices.
pub(crate) fn notice(spec: &NoticeSpec, lang: Lang) -> Document {
    let mut doc = Document::new(super::title(lang));
    if let Some(controller) = controller_sentence(spec, lang) {
        doc.paragraph(controller);
    }
    doc.heading(match lang {
        Lang::Fr => "Pourquoi nous utilisons vos données",
        Lang::En => "Why we use your data",
    });
    doc.list(spec.purposes.iter().map(|p| purpose_item(spec, p, lang)).collect());
    doc.paragraph(match lang {
        Lang::Fr => format!("Destinataires : {}.", join_str(spec.recipients, lang)),
        Lang::En => format!("Recipients: {}.", join_str(spec.recipients, lang)),
    });
    if let Some(requirement) = data_requirement(spec, lang) {
        doc.paragraph(requirement);
    }
    doc.heading(match lang {
        Lang::Fr => "Vos droits",
        Lang::En => "Your rights",
    });
    for sentence in rights(spec, lang) {
        doc.paragraph(sentence);
    }
    if !spec.prospecting.is_empty() {
        doc.heading(match lang {
            Lang::Fr => "Prospection",
            Lang::En => "Marketing",
        });
        for prospecting in spec.prospecting {
            doc.paragraph(prospecting_mention(spec, prospecting.kind, prospecting.partners, lang));
            if let Some((index, _)) = spec.consent_field(prospecting.kind.id()) {
                doc.checkbox(index);
            }
        }
        doc.paragraph(marketing_objection(spec, lang));
    }
    let consent_boxes: Vec<usize> = spec
        .consent_fields
        .iter()
        .enumerate()
        .filter(|(_, f)| matches!(f.topic(), crate::field::Topic::Purpose { .. }))
        .map(|(index, _)| index)
        .collect();
    if !consent_boxes.is_empty() {
        doc.heading(match lang {
            Lang::Fr => "Votre accord",
            Lang::En => "Your agreement",
        });
        for index in consent_boxes {
            doc.checkbox(index);
        }
    }
    doc
}

/// The call-centre script (legal-requirements §3): who calls for whom, purposes and bases, recipients,
/// rights and where to exercise them, the CNIL, the objection offered before the call ends, then the boxes.
pub(crate) fn call_script(spec: &NoticeSpec, lang: Lang) -> String {
    let controller = spec.controller.map(|c| c.name);
    let purposes: Vec<String> = spec
        .purposes
        .iter()
        .map(|p| match (p.basis, lang) {
            (Some(basis), Lang::Fr) => format!("{} (fondement : {})", p.text, basis_words(basis, lang)),
            (Some(basis), Lang::En) => format!("{} (legal basis: {})", p.text, basis_words(basis, lang)),
            (None, _) => p.text.to_string(),
        })
        .collect();
    let purposes = join(&purposes, lang);
    let recipients = join_str(spec.recipients, lang);
    let rights = rights(spec, lang).join(" ");
    let mut script = match lang {
        Lang::Fr => format!(
            "Script d’appel — à lire au client\n\n\
             « Bonjour, [votre prénom] de [votre société], pour le compte de {}. »\n\
             « Les informations que vous nous communiquez au cours de cet appel servent à : {purposes}. \
             Elles sont destinées à : {recipients}. »\n\
             « {rights} »\n\
             « Vous pouvez à tout moment nous dire de ne plus vous appeler. »\n",
            controller.unwrap_or("[société cliente]")
        ),
        Lang::En => format!(
            "Call script — to be read to the customer\n\n\
             “Hello, [your first name] from [your company], calling for {}.”\n\
             “The information you give us during this call is used for: {purposes}. It is shared with: \
             {recipients}.”\n\
             “{rights}”\n\
             “You can tell us at any time to stop calling you.”\n",
            controller.unwrap_or("[client company]")
        ),
    };
    script.push_str(&super::questions(spec, lang));
    script.push_str(match lang {
        Lang::Fr => {
            "\nAvant la fin de l’appel : « Souhaitez-vous que nous ne vous appelions plus ? » — si oui, \
             enregistrer l’opposition.\n"
        }
        Lang::En => {
            "\nBefore the call ends: “Would you like us to stop calling you?” — if yes, record the objection.\n"
        }
    });
    script
}

/// The label of a prospecting box under `gdpr`.
pub(crate) fn prospecting_label(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    match (kind, lang) {
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "J’accepte que mon adresse e-mail soit transmise aux partenaires listés ici ({}) pour recevoir leurs \
             offres par e-mail.",
            partners.unwrap_or("nos partenaires")
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "I agree that my e-mail address may be passed to the partners listed here ({}) so they can send me \
             offers by e-mail.",
            partners.unwrap_or("our partners")
        ),
        (ProspectingKind::PartnerOptout, Lang::Fr) => format!(
            "Je refuse que mes coordonnées postales soient confiées à {} pour leurs offres par courrier.",
            our_partners(partners, lang)
        ),
        (ProspectingKind::PartnerOptout, Lang::En) => format!(
            "I refuse to have my postal details passed to {} for their offers by post.",
            our_partners(partners, lang)
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => {
            "Je ne veux pas recevoir par e-mail vos offres pour des produits proches de ceux que j’ai commandés."
                .to_string()
        }
        (ProspectingKind::SimilarOffersOptout, Lang::En) => {
            "I do not want to receive your e-mail offers for products similar to those I ordered.".to_string()
        }
    }
}

/// The question an operator asks for a prospecting box under `gdpr`; yes ticks the box.
pub(crate) fn prospecting_question(kind: ProspectingKind, partners: Option<&str>, lang: Lang) -> String {
    match (kind, lang) {
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "Acceptez-vous que votre adresse e-mail soit transmise aux partenaires listés ({}) pour recevoir leurs \
             offres par e-mail ?",
            partners.unwrap_or("nos partenaires")
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "Do you agree that your e-mail address may be passed to the partners listed ({}) so they can send you \
             offers by e-mail?",
            partners.unwrap_or("our partners")
        ),
        (ProspectingKind::PartnerOptout, Lang::Fr) => format!(
            "Vous opposez-vous à ce que vos coordonnées postales soient confiées à {} pour leurs offres par \
             courrier ?",
            our_partners(partners, lang)
        ),
        (ProspectingKind::PartnerOptout, Lang::En) => format!(
            "Do you object to your postal details being passed to {} for their offers by post?",
            our_partners(partners, lang)
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => "Nous pourrons vous envoyer par e-mail des offres \
            pour des produits proches de ceux que vous avez commandés : vous y opposez-vous ?"
            .to_string(),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => "We may send you e-mail offers for products similar \
            to those you ordered: do you object?"
            .to_string(),
    }
}
