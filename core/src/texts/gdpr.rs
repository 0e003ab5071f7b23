//! The `gdpr` regime (the default): GDPR Art. 13/14 information and today's French prospecting rules
//! (CPCE L34-5; C. consom. L223-1). Rights are printed according to each purpose's legal basis (R23).

use super::facts;
use super::phrases::{our_partners, phone_label, phone_notice, phone_question};
use super::uses::{Use, uses};
use super::words::{basis_words, capitalized, enumerate, fr_of, fr_to, join, route};
use crate::model::{LegalBasis, NoticeSpec, Prospecting, ProspectingKind};
use crate::render::Document;
use crate::{ConsentKind, Lang, taxonomy};

/// Who is responsible, their EU representative, their DPO (Art. 13(1)(a), (b)).
fn identity(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let mut sentences = Vec::new();
    if let Some(c) = spec.controller {
        sentences.push(match lang {
            Lang::Fr => format!(
                "Les données saisies ici sont traitées par {} ({}) ; contact : {}.",
                c.name, c.address, c.contact
            ),
            Lang::En => {
                format!("The data you enter here is processed by {} ({}); contact: {}.", c.name, c.address, c.contact)
            }
        });
    }
    // Art. 26(2): the essence of the arrangement is made available; Art. 26(3): the rights can be exercised
    // against each controller.
    for joint in spec.joint_controllers {
        let arrangement = joint.arrangement.get(lang);
        sentences.push(match lang {
            Lang::Fr => format!(
                "Ces traitements sont décidés conjointement avec {} (contact : {}), responsable conjoint du \
                 traitement (RGPD, art. 26). L’essentiel de notre accord : {arrangement}. Vous pouvez exercer vos \
                 droits auprès de chacun de nous.",
                joint.name, joint.contact
            ),
            Lang::En => format!(
                "These uses are decided jointly with {} (contact: {}), a joint controller (GDPR Art. 26). The \
                 essence of our arrangement: {arrangement}. You can exercise your rights against each of us.",
                joint.name, joint.contact
            ),
        });
    }
    if let Some(r) = spec.representative {
        sentences.push(match lang {
            Lang::Fr => {
                format!("Notre représentant dans l’Union européenne est {}, joignable à {}.", r.name, r.contact)
            }
            Lang::En => format!("Our representative in the European Union is {}, reachable at {}.", r.name, r.contact),
        });
    }
    if let Some(dpo) = spec.dpo {
        sentences.push(match lang {
            Lang::Fr => format!(
                "Pour toute question sur vos données, écrivez à notre délégué à la protection des données : {dpo}."
            ),
            Lang::En => format!("For any question about your data, write to our data protection officer: {dpo}."),
        });
    }
    sentences
}

/// Where data not collected from the person comes from (Art. 14(1)(d), 14(2)(f); R19).
fn data_source(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let source = spec.data_source?;
    let categories = source.categories.get(lang);
    let public = match (source.public, lang) {
        (false, _) => "",
        (true, Lang::Fr) => ", une source accessible au public",
        (true, Lang::En) => ", a publicly accessible source",
    };
    Some(match lang {
        Lang::Fr => format!("Nous tenons les données suivantes de {}{public} : {categories}.", source.source),
        Lang::En => format!("We obtained the following data from {}{public}: {categories}.", source.source),
    })
}

/// One purpose: its basis, the legitimate interest where that is the basis, its retention (Art. 13(1)(c),
/// (d), 13(2)(a); R02, R03).
fn purpose_item(purpose: &Use, lang: Lang) -> String {
    let mut item = capitalized(&purpose.text);
    let law = purpose.law.map_or(String::new(), |law| format!(" ({law})"));
    match (purpose.basis, lang) {
        (Some(basis), Lang::Fr) => item.push_str(&format!(" — fondement : {}{law}.", basis_words(basis, lang))),
        (Some(basis), Lang::En) => item.push_str(&format!(" — legal basis: {}{law}.", basis_words(basis, lang))),
        (None, _) => item.push('.'),
    }
    if let Some(interest) = &purpose.interest {
        item.push_str(&match lang {
            Lang::Fr => format!(" Notre intérêt légitime : {interest}."),
            Lang::En => format!(" Our legitimate interest: {interest}."),
        });
    }
    if let Some(retention) = purpose.retention {
        item.push_str(&match lang {
            Lang::Fr => format!(" Durée de conservation : {retention} ; ensuite, suppression ou anonymisation."),
            Lang::En => format!(" Retention: {retention}; then the data is deleted or anonymised."),
        });
    }
    item
}

/// Transfers outside the EEA, with the adequacy decision cited (Art. 45(1)) or the safeguard and where to get a
/// copy (Art. 13(1)(f); R09, R30).
fn transfers(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    spec.transfers
        .iter()
        .map(|t| {
            let country = t.country.get(lang);
            let ground = match (t.safeguard, t.adequacy, lang) {
                (Some(safeguard), _, Lang::Fr) => format!(
                    "{}, dont vous pouvez obtenir copie auprès de {}",
                    safeguard.get(lang),
                    t.copy.unwrap_or_default()
                ),
                (Some(safeguard), _, Lang::En) => {
                    format!("{}, a copy of which you can get from {}", safeguard.get(lang), t.copy.unwrap_or_default())
                }
                (None, Some(decision), Lang::Fr) => {
                    format!("une décision d’adéquation de la Commission européenne, la {}", decision.get(lang))
                }
                (None, Some(decision), Lang::En) => {
                    format!("an adequacy decision of the European Commission, {}", decision.get(lang))
                }
                (None, None, Lang::Fr) => "une décision d’adéquation de la Commission européenne".to_string(),
                (None, None, Lang::En) => "an adequacy decision of the European Commission".to_string(),
            };
            match lang {
                Lang::Fr => format!(
                    "Certaines données sont transférées hors de l’Espace économique européen (pays de destination : \
                     {country}) ; ce transfert repose sur {ground}."
                ),
                Lang::En => format!(
                    "Some data is transferred outside the European Economic Area (destination: {country}); this \
                     relies on {ground}."
                ),
            }
        })
        .collect()
}

/// Which fields are mandatory, why, and what happens without them (Art. 13(2)(e); R10).
fn data_requirement(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    if spec.fields.is_empty() {
        return None;
    }
    let required = super::words::required_labels(spec, lang);
    if required.is_empty() {
        return Some(
            match lang {
                Lang::Fr => "Tous les champs sont facultatifs.",
                Lang::En => "All fields are optional.",
            }
            .to_string(),
        );
    }
    let list = super::words::join(&required, lang);
    let (reason, consequence) = match (spec.data_requirement, lang) {
        (Some(r), _) => (r.reason.get(lang), r.consequence.get(lang)),
        (None, Lang::Fr) => ("traiter votre demande", "nous ne pourrons pas y donner suite"),
        (None, Lang::En) => ("process your request", "we cannot act on it"),
    };
    Some(match (lang, required.len()) {
        (Lang::Fr, 1) => format!(
            "Le champ suivant est indispensable pour {reason} : {list} ; sans lui, {consequence}. Les autres champs \
             sont facultatifs."
        ),
        (Lang::Fr, _) => format!(
            "Les champs suivants sont indispensables pour {reason} : {list} ; sans eux, {consequence}. Les autres \
             champs sont facultatifs."
        ),
        (Lang::En, 1) => format!(
            "The following field is needed to {reason}: {list}; without it, {consequence}. All other fields are \
             optional."
        ),
        (Lang::En, _) => format!(
            "The following fields are needed to {reason}: {list}; without them, {consequence}. All other fields \
             are optional."
        ),
    })
}

/// An automated decision, its logic and consequences, and the person's safeguards (Art. 13(2)(f), 22(3);
/// R11).
fn automated_decision(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let d = spec.automated_decision?;
    let (decision, logic, consequences) = (d.decision.get(lang), d.logic.get(lang), d.consequences.get(lang));
    Some(match lang {
        Lang::Fr => format!(
            "La décision relative {} est prise automatiquement à partir {} ; conséquence possible : \
             {consequences}. Vous pouvez demander qu’une personne la réexamine, donner votre point de vue et la \
             contester.",
            fr_to(decision),
            fr_of(logic)
        ),
        Lang::En => format!(
            "The decision on {decision} is made automatically from {logic}; possible effect: {consequences}. You \
             can ask for a person to review it, give your point of view and contest it."
        ),
    })
}

/// The texts of the purposes whose basis satisfies `applies`, and whether that is every purpose.
fn purposes_where<'u>(uses: &'u [Use<'_>], applies: impl Fn(&Use<'_>) -> bool) -> (Vec<&'u str>, bool) {
    let matching: Vec<&str> = uses.iter().filter(|u| applies(u)).map(|u| u.text.as_str()).collect();
    let all = matching.len() == uses.len();
    (matching, all)
}

/// Whether a use's basis is one of `bases`.
fn based_on(purpose: &Use, bases: &[LegalBasis]) -> bool {
    purpose.basis.is_some_and(|basis| bases.contains(&basis))
}

/// How a person withdraws consent (Art. 7(3); R04).
fn withdrawal_route(spec: &NoticeSpec, lang: Lang) -> String {
    match (spec.withdrawal, lang) {
        (Some(withdrawal), _) => route(withdrawal.get(lang), lang),
        (None, Lang::Fr) => format!("auprès de : {}", spec.rights_contact.get(lang)),
        (None, Lang::En) => format!("by writing to {}", spec.rights_contact.get(lang)),
    }
}

/// The rights that apply, according to each purpose's legal basis (CNIL dev guide sheet 15; R23): access,
/// rectification and restriction always; erasure except for legal obligation and public task; portability for
/// consent and contract; objection for legitimate interests and public task; withdrawal for consent.
pub fn rights(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let contact = spec.rights_contact.get(lang);
    let uses = uses(spec, lang);
    let mut sentences = Vec::new();
    let (erasable, all_erasable) = purposes_where(&uses, |u| {
        u.basis.is_some() && !based_on(u, &[LegalBasis::LegalObligation, LegalBasis::PublicTask])
    });
    sentences.push(match (lang, all_erasable) {
        (Lang::Fr, true) => format!(
            "Vous pouvez consulter, corriger ou faire effacer vos données, ou en limiter l’usage, auprès de : \
             {contact}."
        ),
        (Lang::Fr, false) => {
            format!("Vous pouvez consulter et corriger vos données, ou en limiter l’usage, auprès de : {contact}.")
        }
        (Lang::En, true) => {
            format!("You can see, correct or delete your data, or limit its use, by writing to {contact}.")
        }
        (Lang::En, false) => format!("You can see and correct your data, or limit its use, by writing to {contact}."),
    });
    if !all_erasable && !erasable.is_empty() {
        let list = enumerate(&erasable, lang);
        sentences.push(match lang {
            Lang::Fr => format!("Vous pouvez aussi faire effacer les données utilisées pour : {list}."),
            Lang::En => format!("You can also ask us to delete the data used for: {list}."),
        });
    }
    let (portable, all_portable) = purposes_where(&uses, |u| based_on(u, &[LegalBasis::Consent, LegalBasis::Contract]));
    if !portable.is_empty() {
        sentences.push(match (lang, all_portable) {
            (Lang::Fr, true) => "Vous pouvez récupérer, dans un format réutilisable, les données que vous nous \
                avez fournies, ou demander que nous les transmettions directement à un autre organisme."
                .to_string(),
            (Lang::Fr, false) => format!(
                "Vous pouvez récupérer, dans un format réutilisable, les données que vous nous avez fournies pour : \
                 {} ; vous pouvez aussi demander que nous les transmettions directement à un autre organisme.",
                enumerate(&portable, lang)
            ),
            (Lang::En, true) => "You can get back, in a reusable format, the data you gave us, or ask us to send \
                it directly to another organisation."
                .to_string(),
            (Lang::En, false) => format!(
                "You can get back, in a reusable format, the data you gave us for: {}; you can also ask us to send \
                 it directly to another organisation.",
                enumerate(&portable, lang)
            ),
        });
    }
    // Direct marketing, profiling for it included, is objected to without reason, in its own block
    // (Art. 21(2)-(3); legal review 3 H3): not here.
    let (objectable, _) = purposes_where(&uses, |u| {
        !is_marketing(u) && based_on(u, &[LegalBasis::LegitimateInterests, LegalBasis::PublicTask])
    });
    if !objectable.is_empty() {
        let list = enumerate(&objectable, lang);
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
    if asks_consent(spec) {
        let route = withdrawal_route(spec, lang);
        sentences.push(match lang {
            Lang::Fr => format!(
                "Vous pouvez retirer votre accord à tout moment, aussi facilement que vous l’avez donné, {route} ; ce \
                 retrait ne remet pas en cause l’usage fait auparavant."
            ),
            Lang::En => format!(
                "You can withdraw your agreement at any time, as easily as you gave it, {route}; earlier use remains \
                 lawful."
            ),
        });
    }
    if spec.controller.and_then(|c| c.country) == Some("FR") {
        sentences.push(post_mortem(lang).to_string());
    }
    sentences.push(complaint(spec, lang));
    sentences.extend(more_on_rights(spec, lang));
    sentences
}

/// The directives on one's data after death that French law lets everyone set, which an online service tells its
/// users of (loi Informatique et Libertés, art. 85; legal review 3 M11): French law, so French controllers only.
fn post_mortem(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => {
            "Vous pouvez définir des directives relatives à la conservation, à l’effacement et à la communication de \
             vos données après votre décès, et désigner la personne chargée de les exécuter (loi Informatique et \
             Libertés, art. 85)."
        }
        Lang::En => {
            "You may set instructions on how your data is kept, erased and disclosed after your death, and name the \
             person who is to carry them out (French Data Protection Act, art. 85)."
        }
    }
}

/// Where to learn more about one's rights: the site of the controller's authority, as CNIL's model notice says
/// it for the CNIL.
fn more_on_rights(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let site = super::authority::site(spec)?;
    Some(match lang {
        Lang::Fr => format!("Consultez le site {site} pour plus d’informations sur vos droits."),
        Lang::En => format!("See {site} for more information on your rights."),
    })
}

/// The right to complain to a supervisory authority (Art. 13(2)(d), 77): the one the controller answers to, or the
/// person's own.
fn complaint(spec: &NoticeSpec, lang: Lang) -> String {
    match (super::authority::named(spec, lang), lang) {
        (Some(ours), Lang::Fr) => {
            format!(
                "En cas de désaccord, vous pouvez saisir {ours} ou l’autorité de protection des données de votre pays."
            )
        }
        (Some(ours), Lang::En) => format!(
            "If you disagree with how we handle your data, you can complain to {ours} or your national data protection \
             authority."
        ),
        (None, Lang::Fr) => {
            "En cas de désaccord, vous pouvez saisir l’autorité de protection des données de votre pays (RGPD, art. \
             77)."
                .to_string()
        }
        (None, Lang::En) => "If you disagree with how we handle your data, you can complain to your national data \
                             protection authority (GDPR Art. 77)."
            .to_string(),
    }
}

/// The mention that goes with a prospecting box (R14, R16, R17, R18).
fn prospecting_mention(spec: &NoticeSpec, prospecting: &Prospecting, lang: Lang) -> String {
    let controller = spec.controller.map(|c| c.name);
    let partners = prospecting.partners.map(|p| p.get(lang));
    match (prospecting.kind, lang) {
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "Avec votre accord, nous transmettons votre adresse e-mail aux partenaires listés ici ({}) pour qu’ils \
             vous envoient leurs offres par e-mail. Votre accord ne vaut que pour ces partenaires : un nouveau \
             partenaire ne recevra votre adresse qu’avec votre nouvel accord.",
            partners.unwrap_or("nos partenaires")
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "With your agreement, we pass your e-mail address to the partners listed here ({}) so that they can \
             send you their offers by e-mail. Your agreement covers only these partners: a new partner will get \
             your address only with your new agreement.",
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
            "Vous pourrez recevoir par e-mail des offres {} pour des produits proches de ceux que vous avez \
             commandés ; chaque message contiendra un lien pour ne plus en recevoir.",
            controller.map_or_else(|| "de notre société".to_string(), fr_of)
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => format!(
            "You may receive e-mail offers from {} for products similar to those you ordered; each message will \
             contain a link to stop receiving them.",
            controller.unwrap_or("our company")
        ),
        (ProspectingKind::PhoneOptin, _) => phone_notice(lang).to_string(),
    }
}

/// The direct-marketing objection, as a block of its own (Art. 21(2)-(4); R12): it covers the profiling related
/// to it (Art. 21(2)) and, where the form passes data to partners, that disclosure too (legal review 3 M4).
fn marketing_objection(spec: &NoticeSpec, lang: Lang) -> String {
    let contact = spec.rights_contact.get(lang);
    let uses = uses(spec, lang);
    let shared = uses.iter().any(|u| u.data_use.is_some_and(taxonomy::shares_for_marketing));
    let profiled = uses.iter().any(|u| u.data_use.is_some_and(|d| taxonomy::is_under(d, "marketing.advertising")));
    let profiling = match (profiled, lang) {
        (false, _) => "",
        (true, Lang::Fr) => ", y compris au profilage qui y est lié",
        (true, Lang::En) => ", including the profiling related to it",
    };
    let partners = match (shared, lang) {
        (false, _) => "",
        (true, Lang::Fr) => ", ainsi qu’à la transmission de vos coordonnées à nos partenaires",
        (true, Lang::En) => ", and to your details being passed to our partners",
    };
    match lang {
        Lang::Fr => format!(
            "Prospection : vous pouvez à tout moment, gratuitement et sans avoir à vous justifier, vous opposer à \
             l’utilisation de vos données à des fins de prospection{profiling}{partners}, auprès de : {contact}."
        ),
        Lang::En => format!(
            "Marketing: you can object at any time, free of charge and without giving a reason, to the use of your \
             data for direct marketing{profiling}{partners}, by writing to {contact}."
        ),
    }
}

/// Whether a use is direct marketing (Art. 21(2)): a marketing channel, or a marketing data use.
fn is_marketing(u: &Use) -> bool {
    u.marketing.is_some() || u.data_use.is_some_and(taxonomy::is_direct_marketing)
}

/// The notice, in sections: who, why, to whom, which fields, rights, marketing, choices.
pub fn notice(spec: &NoticeSpec, lang: Lang) -> Document {
    let mut doc = Document::new(super::title(lang));
    if let Some(words) = super::child::in_a_few_words(spec, lang, asks_consent(spec)) {
        doc.paragraph(words);
    }
    for sentence in identity(spec, lang).into_iter().chain(data_source(spec, lang)) {
        doc.paragraph(sentence);
    }
    doc.heading(match lang {
        Lang::Fr => "Pourquoi nous utilisons vos données",
        Lang::En => "Why we use your data",
    });
    doc.list(uses(spec, lang).iter().map(|u| purpose_item(u, lang)).collect());
    doc.paragraph(match lang {
        // CNIL's model mention: the list is closed (Art. 13(1)(e)).
        Lang::Fr => {
            format!("Vos données sont communiquées aux seuls destinataires suivants : {}.", recipient_list(spec, lang))
        }
        Lang::En => format!("Your data is disclosed only to the following recipients: {}.", recipient_list(spec, lang)),
    });
    let more = transfers(spec, lang)
        .into_iter()
        .chain(facts::adequate_recipients(spec, lang))
        .chain(data_requirement(spec, lang))
        .chain(facts::special_fields(spec, lang))
        .chain(facts::phone_purposes(spec, lang))
        .chain(facts::phone_collected(spec, lang))
        .chain(facts::parental_consent(spec, lang))
        .chain(automated_decision(spec, lang));
    for sentence in more {
        doc.paragraph(sentence);
    }
    doc.heading(match lang {
        Lang::Fr => "Vos droits",
        Lang::En => "Your rights",
    });
    for sentence in rights(spec, lang) {
        doc.paragraph(sentence);
    }
    if has_marketing(spec) {
        doc.heading(match lang {
            Lang::Fr => "Prospection",
            Lang::En => "Marketing",
        });
        for prospecting in spec.prospecting {
            let mention = prospecting_mention(spec, prospecting, lang);
            super::prospecting_choice(&mut doc, spec, prospecting.kind, mention, lang);
        }
        doc.paragraph(marketing_objection(spec, lang));
        super::objection_choice(&mut doc, spec, lang);
    }
    super::purpose_choice(&mut doc, spec, lang);
    doc
}

/// The rights that apply to at least one purpose, as nouns, in the order of Art. 15–21 (R23, as [`rights`]).
fn right_names(spec: &NoticeSpec, lang: Lang) -> Vec<&'static str> {
    let uses = uses(spec, lang);
    let any = |bases: &[LegalBasis]| uses.iter().any(|u| based_on(u, bases));
    let erasure =
        uses.iter().any(|u| u.basis.is_some() && !based_on(u, &[LegalBasis::LegalObligation, LegalBasis::PublicTask]));
    let portability = any(&[LegalBasis::Consent, LegalBasis::Contract]);
    let objection = any(&[LegalBasis::LegitimateInterests, LegalBasis::PublicTask]) || has_marketing(spec);
    let rights = [
        (true, "accès", "access"),
        (true, "rectification", "rectification"),
        (erasure, "effacement", "erasure"),
        (true, "limitation", "restriction"),
        (portability, "portabilité", "portability"),
        (objection, "opposition", "objection"),
    ];
    rights
        .into_iter()
        .filter(|(applies, ..)| *applies)
        .map(|(_, fr, en)| match lang {
            Lang::Fr => fr,
            Lang::En => en,
        })
        .collect()
}

/// The first level of a two-level notice, next to the form: who, what for, what could surprise (transfers
/// outside the EEA, an automated decision, data obtained elsewhere), the boxes with their full labels,
/// withdrawal (told before consenting, Art. 7(3)), the right to refuse marketing (Art. 21(4)), the rights in one
/// sentence with where to exercise them, and the link to the full notice (WP260 §35–38; CNIL's « information
/// en deux niveaux »). Everything else is in the policy the link leads to.
pub fn summary(spec: &NoticeSpec, href: &str, lang: Lang) -> Document {
    let mut doc = Document::new(super::title(lang));
    if let Some(words) = super::child::in_a_few_words(spec, lang, asks_consent(spec)) {
        doc.paragraph(words);
    }
    // The declared purposes; the marketing uses are each stated in full by their box below.
    let purposes: Vec<&str> = spec.purposes.iter().map(|p| p.text.get(lang)).collect();
    let purposes = enumerate(&purposes, lang);
    doc.paragraph(match (spec.controller, lang) {
        (Some(c), Lang::Fr) => format!("{} utilise vos données pour : {purposes}.", c.name),
        (Some(c), Lang::En) => format!("{} uses your data for: {purposes}.", c.name),
        (None, Lang::Fr) => format!("Nous utilisons vos données pour : {purposes}."),
        (None, Lang::En) => format!("We use your data for: {purposes}."),
    });
    // The joint controllers are part of the identity the first level gives (Art. 13(1)(a), 26(2)).
    if !spec.joint_controllers.is_empty() {
        let names: Vec<&str> = spec.joint_controllers.iter().map(|joint| joint.name).collect();
        let names = super::words::join_str(&names, lang);
        let several = spec.joint_controllers.len() > 1;
        doc.paragraph(match (lang, several) {
            (Lang::Fr, false) => format!("Responsable conjoint du traitement : {names}."),
            (Lang::Fr, true) => format!("Responsables conjoints du traitement : {names}."),
            (Lang::En, false) => format!("Joint controller: {names}."),
            (Lang::En, true) => format!("Joint controllers: {names}."),
        });
    }
    if let Some(source) = spec.data_source {
        doc.paragraph(match lang {
            Lang::Fr => format!("Certaines données proviennent de : {}.", source.source),
            Lang::En => format!("Some data comes from: {}.", source.source),
        });
    }
    if !spec.transfers.is_empty() {
        let countries: Vec<&str> = spec.transfers.iter().map(|t| t.country.get(lang)).collect();
        let countries = super::words::join_str(&countries, lang);
        doc.paragraph(match lang {
            Lang::Fr => {
                format!("Certaines données sont transférées hors de l’Espace économique européen : {countries}.")
            }
            Lang::En => format!("Some data is transferred outside the European Economic Area: {countries}."),
        });
    }
    if let Some(decision) = spec.automated_decision {
        doc.paragraph(match lang {
            Lang::Fr => format!(
                "La décision relative {} est prise automatiquement ; vous pouvez demander qu’une personne la \
                 réexamine.",
                fr_to(decision.decision.get(lang))
            ),
            Lang::En => format!(
                "The decision on {} is made automatically; you can ask for a person to review it.",
                decision.decision.get(lang)
            ),
        });
    }
    // A special category, a child's parental consent and the consumer's phone promise matter before anyone ticks a
    // box (R21, R22; C. consom. L223-2: told when the number is collected, legal review 3 M1).
    let facts = facts::special_fields(spec, lang)
        .into_iter()
        .chain(facts::parental_consent(spec, lang))
        .chain(facts::phone_collected_short(spec, lang));
    for sentence in facts {
        doc.paragraph(sentence);
    }
    doc.choice(super::choices_legend(lang), Vec::new(), (0..spec.consent_fields.len()).collect());
    if asks_consent(spec) {
        let route = withdrawal_route(spec, lang);
        doc.paragraph(match lang {
            Lang::Fr => format!("Vous pouvez retirer votre accord à tout moment, {route}."),
            Lang::En => format!("You can withdraw your agreement at any time, {route}."),
        });
    }
    if has_marketing(spec) {
        doc.paragraph(match lang {
            Lang::Fr => "Vous pouvez vous opposer à la prospection à tout moment, sans frais ni justification.",
            Lang::En => "You can object to direct marketing at any time, free of charge and without giving a reason.",
        });
    }
    let rights = super::words::join_str(&right_names(spec, lang), lang);
    let contact = spec.rights_contact.get(lang);
    doc.paragraph(match lang {
        Lang::Fr => format!("Vos droits : {rights} ; pour les exercer : {contact}."),
        Lang::En => format!("Your rights: {rights}; to exercise them: {contact}."),
    });
    doc.link(
        match lang {
            Lang::Fr => "Pour en savoir plus, consultez notre politique de confidentialité",
            Lang::En => "Learn more in our privacy policy",
        },
        href,
    );
    doc
}

/// Whether the form asks for an agreement: an opt-in box, or a purpose based on consent.
fn asks_consent(spec: &NoticeSpec) -> bool {
    spec.consent_fields.iter().any(|f| f.kind() == ConsentKind::OptIn)
        || spec.purposes.iter().any(|p| p.basis == Some(LegalBasis::Consent))
}

/// Whether calls about this form are commercial: it declares a prospecting case (C. consom. L221-16, L223-1).
fn is_commercial(spec: &NoticeSpec) -> bool {
    has_marketing(spec)
}

/// Whether the form has a marketing use: a prospecting case or a `marketing` purpose (Art. 21(2)-(4)).
pub fn has_marketing(spec: &NoticeSpec) -> bool {
    !spec.prospecting.is_empty()
        || spec.purposes.iter().any(|p| p.marketing.is_some() || p.data_use.is_some_and(taxonomy::is_direct_marketing))
}

/// Everyone who receives the data: the declared recipients, each located recipient with its country, and the
/// partners of the prospecting cases that pass data to them (R16, R17).
pub fn recipient_list(spec: &NoticeSpec, lang: Lang) -> String {
    let all = recipients(spec, lang);
    // An item with its own comma would run into the next: the list is then separated by semicolons.
    if all.iter().any(|item| item.contains(',')) {
        return enumerate(&all.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    }
    join(&all, lang)
}

/// Every recipient, one item each: the declared ones, those with their country, and the partners of the
/// prospecting cases (Art. 13(1)(e), 30(1)(d)).
pub fn recipients(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let mut all: Vec<String> = spec.recipients.iter().map(|r| r.get(lang).to_string()).collect();
    all.extend(spec.located_recipients.iter().map(|r| format!("{} ({})", r.name.get(lang), r.country_name(lang))));
    for prospecting in spec.prospecting {
        // Under `gdpr` both partner cases name their partners; a hand-built spec may not.
        let partners = prospecting.partners.map_or(String::new(), |t| format!(" ({})", t.get(lang)));
        all.extend(match (prospecting.kind, lang) {
            // Who the partners are stands next to them, and what they receive it for after (legal review 3 L4).
            (ProspectingKind::PartnerOptout, Lang::Fr) => {
                Some(format!("nos partenaires{partners}, pour leurs offres par courrier"))
            }
            (ProspectingKind::PartnerOptout, Lang::En) => {
                Some(format!("our partners{partners}, for their offers by post"))
            }
            (ProspectingKind::PartnerEmailOptin, Lang::Fr) => {
                Some(format!("les partenaires listés ici{partners}, pour leurs offres par e-mail"))
            }
            (ProspectingKind::PartnerEmailOptin, Lang::En) => {
                Some(format!("the partners listed here{partners}, for their offers by e-mail"))
            }
            _ => None,
        });
    }
    all
}

/// The operator's instructions before and during a commercial call to a consumer, not read aloud: prior
/// consent (C. consom. L223-1 since 11 August 2026), calling hours and frequency (D223-9), the objection to be
/// recorded (Art. 21(2)).
fn operator_checklist(consumers: bool, lang: Lang) -> Vec<String> {
    let lines: [&str; 7] = match lang {
        Lang::Fr => [
            "Consignes à l’opérateur (ne pas lire) :",
            "- Avant d’appeler : vérifier que la personne a donné son accord préalable pour être appelée à des fins \
             commerciales, ou qu’un contrat est en cours avec elle et que l’appel porte sur son objet (produits ou \
             services afférents ou complémentaires) (C. consom. L223-1). Sans l’un ni l’autre, ne pas appeler. Si \
             c’est la personne qui appelle, ce contrôle ne s’applique pas.",
            "- Ne jamais proposer par téléphone des travaux de rénovation énergétique ou d’adaptation du logement, \
             même avec l’accord de la personne (C. consom. L223-1).",
            "- N’appeler, à l’heure du fuseau horaire de la personne, que du lundi au vendredi, de 10 h à 13 h et de \
             14 h à 20 h ; jamais le samedi, le dimanche ni un jour férié (C. consom. D223-9).",
            "- Pas plus de 4 appels ou tentatives d’appel en 30 jours à la même personne ; après le refus d’une \
             offre, aucun nouvel appel avant 60 jours (D223-9).",
            "- Si la personne demande à ne plus être appelée, son accord est retiré : ne plus jamais l’appeler à des \
             fins commerciales (C. consom. L223-1).",
            "- Toute opposition à la prospection est enregistrée avant la fin de l’appel (RGPD, art. 21).",
        ],
        Lang::En => [
            "Operator instructions (not to be read):",
            "- Before calling: check that the person agreed beforehand to be called for commercial purposes, or that \
             a contract with them is running and the call concerns its subject matter (related or complementary \
             products or services) (French Consumer Code L223-1). Without either, do not call. If the person is the \
             one calling, this check does not apply.",
            "- Never offer energy-renovation or home-adaptation works by phone, even with the person’s agreement \
             (Consumer Code L223-1).",
            "- Call only, in the person’s time zone, Monday to Friday, 10:00–13:00 and 14:00–20:00; never on \
             Saturdays, Sundays or public holidays (Consumer Code D223-9).",
            "- No more than 4 calls or attempted calls in 30 days to the same person; after an offer is refused, no \
             new call for 60 days (D223-9).",
            "- If the person asks not to be called again, their agreement is withdrawn: never call them for \
             commercial purposes again (Consumer Code L223-1).",
            "- Any objection to marketing is recorded before the call ends (GDPR Art. 21).",
        ],
    };
    // The Consumer Code's calling rules protect consumers of a French controller; anyone keeps the right to object
    // (Art. 21).
    let kept = if consumers { &lines[..] } else { &[lines[0], lines[6]][..] };
    kept.iter().map(|line| line.to_string()).collect()
}

/// The purposes as the script says them: each with its basis and, for a legitimate interest, the interest.
fn spoken_purposes(spec: &NoticeSpec, lang: Lang) -> String {
    let purposes: Vec<String> = uses(spec, lang)
        .iter()
        .map(|p| {
            let mut said = p.text.clone();
            if let Some(basis) = p.basis {
                let law = p.law.map_or(String::new(), |law| format!(" ({law})"));
                let basis = format!("{}{law}", basis_words(basis, lang));
                said.push_str(&match (&p.interest, lang) {
                    (Some(interest), Lang::Fr) => format!(" (fondement : {basis}, à savoir {interest})"),
                    (Some(interest), Lang::En) => format!(" (legal basis: {basis}, namely {interest})"),
                    (None, Lang::Fr) => format!(" (fondement : {basis})"),
                    (None, Lang::En) => format!(" (legal basis: {basis})"),
                });
            }
            said
        })
        .collect();
    enumerate(&purposes.iter().map(String::as_str).collect::<Vec<_>>(), lang)
}

/// How long the data is kept, purpose by purpose (Art. 13(2)(a)).
fn spoken_retention(spec: &NoticeSpec, lang: Lang) -> Option<String> {
    let kept: Vec<String> = uses(spec, lang)
        .iter()
        .filter_map(|p| {
            let retention = p.retention?;
            Some(match lang {
                Lang::Fr => format!("pour {}, {retention}", p.text),
                Lang::En => format!("for {}, {retention}", p.text),
            })
        })
        .collect();
    if kept.is_empty() {
        return None;
    }
    let kept = enumerate(&kept.iter().map(String::as_str).collect::<Vec<_>>(), lang);
    Some(match lang {
        Lang::Fr => format!("Nous les conservons : {kept}."),
        Lang::En => format!("We keep it: {kept}."),
    })
}

/// The call-centre script (GDPR Art. 13 read out at the start of the call; C. consom. L223-1), line by line. For a commercial call, the operator's
/// checklist first (prior consent, hours, frequency); then who calls, for whom, and that the call is commercial
/// (C. consom. L221-16); the recording, if any (CNIL 2022); purposes with their bases, retention, recipients,
/// transfers, the DPO, where the data came from; the L223-2 information; the rights that apply and the CNIL;
/// one question per box; and before the call ends, the objection to all direct marketing (Art. 21(2)).
pub fn call_script(spec: &NoticeSpec, lang: Lang) -> Vec<String> {
    let commercial = is_commercial(spec);
    let controller = spec.controller.map(|c| c.name);
    let (open, close) = match lang {
        Lang::Fr => ("« ", " »"),
        Lang::En => ("“", "”"),
    };
    let say = |sentence: String| format!("{open}{sentence}{close}");
    let mut lines = vec![
        match lang {
            Lang::Fr => "Script d’appel — à lire à la personne appelée",
            Lang::En => "Call script — to be read to the person called",
        }
        .to_string(),
        String::new(),
    ];
    if commercial {
        lines.extend(operator_checklist(spec.consumer_phone_rules(), lang));
        lines.push(String::new());
    }
    let on_behalf = match lang {
        Lang::Fr => controller.map_or_else(|| "de [société cliente]".to_string(), fr_of),
        Lang::En => controller.unwrap_or("[client company]").to_string(),
    };
    lines.push(say(match (lang, commercial) {
        (Lang::Fr, true) => format!(
            "Bonjour, [votre prénom], de [votre société]. Je vous appelle pour le compte {on_behalf}, dans un but \
             commercial."
        ),
        (Lang::Fr, false) => format!("Bonjour, [votre prénom], de [votre société], pour le compte {on_behalf}."),
        (Lang::En, true) => {
            format!("Hello, this is [your first name] from [your company], calling for {on_behalf} about an offer.")
        }
        (Lang::En, false) => format!("Hello, this is [your first name] from [your company], calling for {on_behalf}."),
    }));
    if let Some(recorded) = spec.call_recording {
        let reason = recorded.get(lang);
        lines.push(say(match lang {
            Lang::Fr => format!(
                "Cet appel est enregistré pour {reason}. Si vous ne le souhaitez pas, dites-le-moi : l’enregistrement \
                 sera arrêté."
            ),
            Lang::En => format!(
                "This call is recorded for {reason}. If you do not want it to be, tell me and the recording will stop."
            ),
        }));
    }
    lines.extend(data_source(spec, lang).map(say));
    let purposes = spoken_purposes(spec, lang);
    let recipients = recipient_list(spec, lang);
    let mut information = vec![match lang {
        Lang::Fr => format!("Les informations que vous nous donnez au cours de cet appel servent à : {purposes}."),
        Lang::En => format!("The information you give us during this call is used for: {purposes}."),
    }];
    information.extend(spoken_retention(spec, lang));
    information.push(match lang {
        Lang::Fr => format!("Elles ne sont communiquées qu’aux destinataires suivants : {recipients}."),
        Lang::En => format!("It is shared only with the following recipients: {recipients}."),
    });
    information.extend(transfers(spec, lang));
    information.extend(facts::adequate_recipients(spec, lang));
    // Which answers are mandatory, and what follows from not giving them (Art. 13(2)(e); legal review 3 M13).
    information.extend(data_requirement(spec, lang));
    information.extend(facts::special_fields(spec, lang));
    information.extend(facts::parental_consent(spec, lang));
    information.extend(identity(spec, lang).into_iter().skip(usize::from(spec.controller.is_some())));
    // L223-2 protects consumers: professionals are not promised it (legal review 3 H2).
    if commercial && spec.consumer_phone_rules() {
        information.push(phone_notice(lang).to_string());
    }
    lines.push(say(information.join(" ")));
    lines.push(say(rights(spec, lang).join(" ")));
    // Where the person finds the full notice, whatever the policy's address (legal review 3 M13).
    let policy = spec.policy.map(|p| p.get(lang));
    lines.push(say(match (policy.filter(|p| p.starts_with("https://") || p.starts_with("http://")), policy, lang) {
        (Some(url), _, Lang::Fr) => {
            format!(
                "Le détail de ces informations figure sur {url} ; je peux vous envoyer ce lien par SMS ou par e-mail."
            )
        }
        (Some(url), _, Lang::En) => {
            format!("The details are at {url}; I can send you this link by text message or e-mail.")
        }
        (None, Some(_), Lang::Fr) => "Le détail de ces informations figure dans notre politique de confidentialité, \
            sur notre site ; je peux vous l’envoyer par e-mail ou par courrier."
            .to_string(),
        (None, Some(_), Lang::En) => "The details are in our privacy policy, on our website; I can send it to you by \
            e-mail or by post."
            .to_string(),
        (None, None, Lang::Fr) => {
            "Je peux vous envoyer le détail de ces informations par e-mail ou par courrier.".to_string()
        }
        (None, None, Lang::En) => "I can send you the details of this information by e-mail or by post.".to_string(),
    }));
    lines.extend(super::questions(spec, lang));
    lines.push(String::new());
    lines.push(match (lang, commercial) {
        (Lang::Fr, true) => {
            "Avant la fin de l’appel : « Souhaitez-vous vous opposer à toute prospection de notre part, \
                             par téléphone, par e-mail ou par courrier ? » — si oui, enregistrer l’opposition avant de \
                             raccrocher."
                .to_string()
        }
        (Lang::En, true) => "Before the call ends: “Do you object to any marketing from us, by phone, e-mail or \
                             post?” — if yes, record the objection before hanging up."
            .to_string(),
        (Lang::Fr, false) => "Avant la fin de l’appel : « Souhaitez-vous que nous ne vous appelions plus ? » — si \
                              oui, enregistrer l’opposition."
            .to_string(),
        (Lang::En, false) => {
            "Before the call ends: “Would you like us to stop calling you?” — if yes, record the objection.".to_string()
        }
    });
    lines
}

/// « des partenaires (…) » / "partners (…)": a box speaks in the person's voice, so not « nos partenaires ».
fn some_partners(partners: Option<&str>, lang: Lang) -> String {
    match (partners, lang) {
        (Some(partners), Lang::Fr) => format!("des partenaires ({partners})"),
        (Some(partners), Lang::En) => format!("partners ({partners})"),
        (None, Lang::Fr) => "des partenaires".to_string(),
        (None, Lang::En) => "partners".to_string(),
    }
}

/// The label of a prospecting box under `gdpr`.
pub fn prospecting_label(kind: ProspectingKind, who: Option<&str>, lang: Lang) -> String {
    match (kind, lang) {
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "J’accepte que mon adresse e-mail soit transmise aux partenaires listés ici ({}) pour recevoir leurs \
             offres par e-mail.",
            who.unwrap_or("nos partenaires")
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "I agree that my e-mail address may be passed to the partners listed here ({}) so they can send me \
             offers by e-mail.",
            who.unwrap_or("our partners")
        ),
        (ProspectingKind::PartnerOptout, Lang::Fr) => format!(
            "Je refuse que mes coordonnées postales soient confiées à {} pour leurs offres par courrier.",
            some_partners(who, lang)
        ),
        (ProspectingKind::PartnerOptout, Lang::En) => {
            format!(
                "I refuse to have my postal details passed to {} for their offers by post.",
                some_partners(who, lang)
            )
        }
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => {
            "Je ne veux pas recevoir par e-mail vos offres pour des produits proches de ceux que j’ai commandés."
                .to_string()
        }
        (ProspectingKind::SimilarOffersOptout, Lang::En) => {
            "I do not want to receive your e-mail offers for products similar to those I ordered.".to_string()
        }
        (ProspectingKind::PhoneOptin, _) => phone_label(who.unwrap_or_default(), lang),
    }
}

/// The question an operator asks for a prospecting box under `gdpr`; yes ticks the box.
pub fn prospecting_question(kind: ProspectingKind, who: Option<&str>, lang: Lang) -> String {
    match (kind, lang) {
        (ProspectingKind::PartnerEmailOptin, Lang::Fr) => format!(
            "Acceptez-vous que votre adresse e-mail soit transmise aux partenaires listés ({}) pour recevoir leurs \
             offres par e-mail ?",
            who.unwrap_or("nos partenaires")
        ),
        (ProspectingKind::PartnerEmailOptin, Lang::En) => format!(
            "Do you agree that your e-mail address may be passed to the partners listed ({}) so they can send you \
             offers by e-mail?",
            who.unwrap_or("our partners")
        ),
        (ProspectingKind::PartnerOptout, Lang::Fr) => format!(
            "Vous opposez-vous à ce que vos coordonnées postales soient confiées à {} pour leurs offres par \
             courrier ?",
            our_partners(who, lang)
        ),
        (ProspectingKind::PartnerOptout, Lang::En) => format!(
            "Do you object to your postal details being passed to {} for their offers by post?",
            our_partners(who, lang)
        ),
        (ProspectingKind::SimilarOffersOptout, Lang::Fr) => "Nous pourrons vous envoyer par e-mail des offres \
            pour des produits proches de ceux que vous avez commandés : vous y opposez-vous ?"
            .to_string(),
        (ProspectingKind::SimilarOffersOptout, Lang::En) => "We may send you e-mail offers for products similar \
            to those you ordered: do you object?"
            .to_string(),
        (ProspectingKind::PhoneOptin, _) => phone_question(who.unwrap_or_default(), lang),
    }
}
