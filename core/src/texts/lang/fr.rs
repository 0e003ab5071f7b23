//! French.

use super::*;

/// « de », « à » and « que » before a phrase, as French writes them: elided before a vowel or a mute h
/// (« d’Atelier », « qu’avec »), contracted with the article (« du score », « aux envois »).
fn contract(prep: &str, phrase: &str) -> String {
    match prep {
        "de" => of(phrase),
        "à" => to(phrase),
        "que" if phrase.starts_with(['a', 'à', 'e', 'é', 'i', 'o', 'u']) => format!("qu’{phrase}"),
        _ => no_contraction(prep, phrase),
    }
}

/// « de » before a name or a noun phrase: « de Boutique », « d’Atelier », « du score », « des revenus ».
fn of(name: &str) -> String {
    let (first, rest) = name.split_at(name.find(' ').unwrap_or(0));
    match first {
        "le" => return format!("du{rest}"),
        "les" => return format!("des{rest}"),
        _ => {}
    }
    let elides = name.chars().next().is_some_and(|c| "aeiouyhàâäéèêëîïôöùûüAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜ".contains(c));
    if elides { format!("d’{name}") } else { format!("de {name}") }
}

/// « à » before a noun phrase: « à la gestion », « au suivi », « aux envois ».
fn to(phrase: &str) -> String {
    let (first, rest) = phrase.split_at(phrase.find(' ').unwrap_or(0));
    match first.to_lowercase().as_str() {
        "le" => format!("au{rest}"),
        "les" => format!("aux{rest}"),
        _ => format!("à {phrase}"),
    }
}

/// Every word the library writes in French.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "français",
    grammar: Grammar { and: " et ", colon: " : ", semicolon: " ; ", open_quote: "« ", close_quote: " »", contract },
    notice: NoticeWords {
        title: "Protection de vos données personnelles",
        why: "Pourquoi nous utilisons vos données",
        your_rights: "Vos droits",
        marketing: "Prospection",
        agreement_legend: "Votre accord",
        choices_legend: "Vos choix",
        objection_legend: "Vous opposer à nos offres",
        controller: "Les données saisies ici sont traitées par {name} ({address}) ; contact : {contact}.",
        joint_controller: "Ces traitements sont décidés conjointement avec {name} (contact : {contact}), responsable \
                           conjoint du traitement (RGPD, art. 26). L’essentiel de notre accord : {arrangement}. Vous \
                           pouvez exercer vos droits auprès de chacun de nous.",
        representative: "Notre représentant dans l’Union européenne est {name}, joignable à {contact}.",
        dpo: "Pour toute question sur vos données, écrivez à notre délégué à la protection des données : {dpo}.",
        data_source: "Nous tenons les données suivantes {de:source} : {categories}.",
        data_source_public: "Nous tenons les données suivantes {de:source}, une source accessible au public : \
                             {categories}.",
        purpose_basis: " — fondement : {basis}{law}.",
        purpose_interest: " Notre intérêt légitime : {interest}.",
        purpose_retention: " Durée de conservation : {retention} ; ensuite, suppression ou anonymisation.",
        recipients: "Vos données sont communiquées aux seuls destinataires suivants : {recipients}.",
        transfer: "Certaines données sont transférées hors de l’Espace économique européen (pays de destination : \
                   {country}) ; ce transfert repose sur {ground}.",
        ground_safeguard: "{safeguard}, dont vous pouvez obtenir copie auprès de {copy}",
        ground_adequacy: "une décision d’adéquation de la Commission européenne, la {decision}",
        ground_adequacy_uncited: "une décision d’adéquation de la Commission européenne",
        all_optional: "Tous les champs sont facultatifs.",
        one_required: "Le champ suivant est indispensable pour {reason} : {list} ; sans lui, {consequence}. Les \
                       autres champs sont facultatifs.",
        many_required: "Les champs suivants sont indispensables pour {reason} : {list} ; sans eux, {consequence}. Les \
                        autres champs sont facultatifs.",
        default_reason: "traiter votre demande",
        default_consequence: "nous ne pourrons pas y donner suite",
        automated_decision: "La décision relative {à:decision} est prise automatiquement à partir {de:logic} ; \
                             conséquence possible : {consequences}. Vous pouvez demander qu’une personne la \
                             réexamine, donner votre point de vue et la contester.",
        our_partners: "nos partenaires",
        partners_named: "{partners} ({names})",
        use_partner_optout: "la transmission de vos coordonnées postales à {partners} pour leurs offres par courrier",
        interest_partner_optout: "faire connaître à nos clients, par courrier, des offres de nos partenaires",
        use_partner_email_optin: "la transmission de votre adresse e-mail aux partenaires listés{listed} pour leurs \
                                  offres par e-mail",
        use_similar_offers: "l’envoi par e-mail de nos offres pour des produits proches de ceux que vous avez \
                             commandés",
        interest_similar_offers: "proposer à nos clients des produits analogues ({law})",
        similar_offers_law_fr: "CPCE, art. L34-5",
        similar_offers_law_eu: "directive 2002/58/CE, art. 13(2)",
        use_phone_optin: "les appels commerciaux {de:caller}",
        recipient_partner_optout: "nos partenaires{partners}, pour leurs offres par courrier",
        recipient_partner_email_optin: "les partenaires listés ici{partners}, pour leurs offres par e-mail",
        located_recipient: "{name} ({country})",
        box_agree: "J’accepte que mes données soient utilisées pour : {purpose}.",
        box_object: "Je m’oppose à l’utilisation de mes coordonnées pour : {purpose}.",
        question_agree: "Acceptez-vous que vos données soient utilisées pour : {purpose} ?",
        question_object: "Vous opposez-vous à l’utilisation de vos coordonnées pour : {purpose} ?",
        child_intro_named: "En quelques mots : {name} se sert de ces informations seulement pour : {purposes}.",
        child_intro: "En quelques mots : nous nous servons de ces informations seulement pour : {purposes}.",
        child_rights: " Vous pouvez demander à les voir, à les corriger ou à les effacer, en écrivant à : {contact}.",
        child_boxes_fr: " Une case à cocher ne se coche que si vous êtes d’accord ; si vous avez moins de 15 ans, l’un \
                         de vos parents doit être d’accord lui aussi. Vous pouvez changer d’avis quand vous voulez.",
        child_boxes_eu: " Une case à cocher ne se coche que si vous êtes d’accord ; si vous n’avez pas l’âge fixé par \
                         la loi de votre pays (16 ans au plus), l’un de vos parents doit être d’accord lui aussi. Vous \
                         pouvez changer d’avis quand vous voulez.",
        child_complaint: " Si quelque chose ne va pas, parlez-en à vos parents : ensemble, vous pouvez écrire à \
                          {authority}. La suite explique tout cela en détail, pour vous et pour vos parents.",
        child_own_authority: "l’autorité de protection des données de votre pays",
    },
    rights: RightsWords {
        access_erase: "Vous pouvez consulter, corriger ou faire effacer vos données, ou en limiter l’usage, auprès \
                       de : {contact}.",
        access: "Vous pouvez consulter et corriger vos données, ou en limiter l’usage, auprès de : {contact}.",
        erase_some: "Vous pouvez aussi faire effacer les données utilisées pour : {list}.",
        portability_all: "Vous pouvez récupérer, dans un format réutilisable, les données que vous nous avez \
                          fournies, ou demander que nous les transmettions directement à un autre organisme.",
        portability_some: "Vous pouvez récupérer, dans un format réutilisable, les données que vous nous avez \
                           fournies pour : {list} ; vous pouvez aussi demander que nous les transmettions directement \
                           à un autre organisme.",
        objection: "Vous pouvez vous opposer, pour un motif tenant à votre situation particulière, à l’usage de vos \
                    données pour : {list}.",
        withdrawal: "Vous pouvez retirer votre accord à tout moment, aussi facilement que vous l’avez donné, {route} ; \
                     ce retrait ne remet pas en cause l’usage fait auparavant.",
        withdraw_by_contact: "auprès de : {contact}",
        route_page: "sur la page {route}",
        route_mail: "en écrivant à {route}",
        route_other: "par {route}",
        post_mortem: "Vous pouvez définir des directives relatives à la conservation, à l’effacement et à la \
                      communication de vos données après votre décès, et désigner la personne chargée de les exécuter \
                      (loi Informatique et Libertés, art. 85).",
        more: "Consultez le site {site} pour plus d’informations sur vos droits.",
        complaint: "En cas de désaccord, vous pouvez saisir {authority} ou l’autorité de protection des données de \
                    votre pays.",
        complaint_own: "En cas de désaccord, vous pouvez saisir l’autorité de protection des données de votre pays \
                        (RGPD, art. 77).",
        cnil: "la CNIL (cnil.fr)",
        names: ["accès", "rectification", "effacement", "limitation", "portabilité", "opposition"],
        summary: "Vos droits : {rights} ; pour les exercer : {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Transmission à nos partenaires",
        legend_partner_email_optin: "Offres de nos partenaires par voie électronique",
        legend_similar_offers: "Offres pour des produits analogues",
        legend_phone_optin: "Appels commerciaux",
        mention_partner_email_optin: "Avec votre accord, nous transmettons votre adresse e-mail aux partenaires \
                                      listés ici ({partners}) pour qu’ils vous envoient leurs offres par e-mail. \
                                      Votre accord ne vaut que pour ces partenaires : un nouveau partenaire ne \
                                      recevra votre adresse qu’avec votre nouvel accord.",
        mention_partner_optout: "Vos coordonnées postales peuvent être confiées à {partners} pour leurs offres par \
                                 courrier. Vous pouvez vous y opposer ci-dessous, avant toute transmission.",
        mention_similar_offers: "Vous pourrez recevoir par e-mail des offres {de:controller} pour des produits proches \
                                 de ceux que vous avez commandés ; chaque message contiendra un lien pour ne plus en \
                                 recevoir.",
        our_company: "notre société",
        label_partner_email_optin: "J’accepte que mon adresse e-mail soit transmise aux partenaires listés ici \
                                    ({partners}) pour recevoir leurs offres par e-mail.",
        label_partner_optout: "Je refuse que mes coordonnées postales soient confiées à {partners} pour leurs offres \
                               par courrier.",
        some_partners: "des partenaires",
        label_similar_offers: "Je ne veux pas recevoir par e-mail vos offres pour des produits proches de ceux que \
                               j’ai commandés.",
        label_phone_optin: "J’accepte d’être appelé(e) par {caller} pour des offres commerciales.",
        question_partner_email_optin: "Acceptez-vous que votre adresse e-mail soit transmise aux partenaires listés \
                                       ({partners}) pour recevoir leurs offres par e-mail ?",
        question_partner_optout: "Vous opposez-vous à ce que vos coordonnées postales soient confiées à {partners} \
                                  pour leurs offres par courrier ?",
        question_similar_offers: "Nous pourrons vous envoyer par e-mail des offres pour des produits proches de ceux \
                                  que vous avez commandés : vous y opposez-vous ?",
        question_phone_optin: "Acceptez-vous d’être appelé(e) par {caller} pour des offres commerciales ?",
        phone_notice: "Nous ne vous appellerons à des fins commerciales qu’avec votre accord préalable, sauf, pendant \
                       un contrat en cours, pour vous proposer des produits ou services en rapport avec son objet \
                       (Code de la consommation, art. L223-1).",
        phone_notice_short: "Pas d’appel commercial sans votre accord préalable, sauf au sujet d’un contrat en cours.",
        objection: "Prospection : vous pouvez à tout moment, gratuitement et sans avoir à vous justifier, vous opposer \
                    à l’utilisation de vos données à des fins de prospection{profiling}{partners}, auprès de : \
                    {contact}.",
        objection_profiling: ", y compris au profilage qui y est lié",
        objection_partners: ", ainsi qu’à la transmission de vos coordonnées à nos partenaires",
        objection_short: "Vous pouvez vous opposer à la prospection à tout moment, sans frais ni justification.",
    },
    facts: FactsWords {
        special_field: "Le champ {field} contient des données {category}, une catégorie particulière de données \
                        (RGPD, art. 9) : nous ne les traitons {que:condition}.",
        special_law: " Ce traitement est prévu par : {law}.",
        special_secrecy: " Les personnes qui les traitent sont tenues au secret professionnel : {secrecy}.",
        phone_purposes: "Le champ {field} ne sert qu’à : {purposes}.",
        parental_consent_fr: "Si vous avez moins de 15 ans, votre accord ne suffit pas : il faut aussi celui d’un \
                              titulaire de l’autorité parentale (loi Informatique et Libertés, art. 45), que nous \
                              recueillons par : {how}.",
        parental_consent_eu: "Si vous n’avez pas l’âge fixé par la loi de votre pays pour consentir seul (16 ans au \
                              plus), votre accord ne suffit pas : il faut aussi celui d’un titulaire de la \
                              responsabilité parentale (RGPD, art. 8), que nous recueillons par : {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} utilise vos données pour : {purposes}.",
        purposes: "Nous utilisons vos données pour : {purposes}.",
        joint_controller: "Responsable conjoint du traitement : {names}.",
        joint_controllers: "Responsables conjoints du traitement : {names}.",
        data_source: "Certaines données proviennent de : {source}.",
        transfers: "Certaines données sont transférées hors de l’Espace économique européen : {countries}.",
        automated_decision: "La décision relative {à:decision} est prise automatiquement ; vous pouvez demander \
                             qu’une personne la réexamine.",
        withdrawal: "Vous pouvez retirer votre accord à tout moment, {route}.",
        learn_more: "Pour en savoir plus, consultez notre politique de confidentialité",
    },
    script: ScriptWords {
        title: "Script d’appel — à lire à la personne appelée",
        checklist: [
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
        hello_commercial: "Bonjour, [votre prénom], de [votre société]. Je vous appelle pour le compte \
                           {de:controller}, dans un but commercial.",
        hello: "Bonjour, [votre prénom], de [votre société], pour le compte {de:controller}.",
        client_company: "[société cliente]",
        recorded: "Cet appel est enregistré pour {reason}. Si vous ne le souhaitez pas, dites-le-moi : \
                   l’enregistrement sera arrêté.",
        purposes: "Les informations que vous nous donnez au cours de cet appel servent à : {purposes}.",
        basis: " (fondement : {basis})",
        basis_interest: " (fondement : {basis}, à savoir {interest})",
        retention_item: "pour {purpose}, {retention}",
        retention: "Nous les conservons : {list}.",
        recipients: "Elles ne sont communiquées qu’aux destinataires suivants : {recipients}.",
        policy_url: "Le détail de ces informations figure sur {url} ; je peux vous envoyer ce lien par SMS ou par \
                     e-mail.",
        policy_site: "Le détail de ces informations figure dans notre politique de confidentialité, sur notre site ; \
                      je peux vous l’envoyer par e-mail ou par courrier.",
        policy_sent: "Je peux vous envoyer le détail de ces informations par e-mail ou par courrier.",
        questions: "Questions à poser — noter « oui » seulement si la personne le dit clairement :",
        question: "{number}. « {question} » (oui / non)",
        last_commercial: "Avant la fin de l’appel : « Souhaitez-vous vous opposer à toute prospection de notre part, \
                          par téléphone, par e-mail ou par courrier ? » — si oui, enregistrer l’opposition avant de \
                          raccrocher.",
        last: "Avant la fin de l’appel : « Souhaitez-vous que nous ne vous appelions plus ? » — si oui, enregistrer \
               l’opposition.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "votre consentement",
            "l’exécution de votre contrat ou de votre demande",
            "une obligation légale",
            "la sauvegarde d’intérêts vitaux",
            "une mission d’intérêt public",
            "notre intérêt légitime",
        ],
        basis_names: [
            "consentement",
            "contrat",
            "obligation légale",
            "intérêts vitaux",
            "mission d’intérêt public",
            "intérêt légitime",
        ],
        special_categories: [
            "de santé",
            "génétiques",
            "biométriques",
            "qui révèlent votre origine raciale ou ethnique",
            "qui révèlent vos opinions politiques",
            "qui révèlent vos convictions religieuses ou philosophiques",
            "qui révèlent votre appartenance syndicale",
            "concernant votre vie sexuelle",
            "concernant votre orientation sexuelle",
        ],
        art9_conditions: [
            "avec votre consentement explicite, que vous pouvez retirer à tout moment (art. 9(2)(a))",
            "pour nos obligations en droit du travail et de la protection sociale (art. 9(2)(b))",
            "pour protéger vos intérêts vitaux ou ceux d’une autre personne (art. 9(2)(c))",
            "dans le cadre des activités légitimes de notre organisme à but non lucratif, pour ses membres \
             (art. 9(2)(d))",
            "parce que vous les avez rendues publiques (art. 9(2)(e))",
            "pour la constatation, l’exercice ou la défense de droits en justice (art. 9(2)(f))",
            "pour un motif d’intérêt public important prévu par la loi (art. 9(2)(g))",
            "pour des diagnostics, des soins ou la médecine préventive ou du travail, sous la responsabilité d’un \
             professionnel tenu au secret (art. 9(2)(h))",
            "pour des motifs d’intérêt public en santé publique (art. 9(2)(i))",
            "à des fins d’archives, de recherche scientifique ou historique ou de statistiques (art. 9(2)(j))",
        ],
        safeguards: [
            "un instrument juridiquement contraignant entre autorités publiques (art. 46(2)(a) du RGPD)",
            "des règles d’entreprise contraignantes (art. 46(2)(b) et 47 du RGPD)",
            "les clauses contractuelles types de la Commission européenne (art. 46(2)(c) du RGPD)",
            "des clauses types de protection des données adoptées par une autorité de contrôle (art. 46(2)(d) du \
             RGPD)",
            "un code de conduite approuvé, assorti de l’engagement contraignant du destinataire (art. 46(2)(e) du \
             RGPD)",
            "un mécanisme de certification approuvé, assorti de l’engagement contraignant du destinataire \
             (art. 46(2)(f) du RGPD)",
        ],
        subjects: [
            ("anonymous_user", "utilisateurs anonymes"),
            ("child", "enfants (moins de 15 ans)"),
            ("citizen_voter", "électeurs"),
            ("commuter", "usagers des transports"),
            ("consultant", "consultants"),
            ("customer", "clients"),
            ("donor", "donateurs"),
            ("employee", "salariés"),
            ("job_applicant", "candidats à un emploi"),
            ("member", "adhérents"),
            ("next_of_kin", "proches"),
            ("passenger", "passagers"),
            ("patient", "patients"),
            ("professional", "professionnels (contacts d’affaires)"),
            ("prospect", "prospects"),
            ("shareholder", "actionnaires"),
            ("supplier_vendor", "fournisseurs"),
            ("trainee", "stagiaires"),
            ("visitor", "visiteurs"),
        ],
        audiences: ["consommateurs", "professionnels", "mineurs"],
    },
    register: RegisterWords {
        title: "Registre des activités de traitement",
        intro: "Établi à partir des déclarations des formulaires (RGPD, art. 30). Chaque notice est reproduite telle \
                qu’elle est présentée aux personnes.",
        contents: "Sommaire",
        id: "Identifiant",
        law: "Régime",
        version: "Version de la notice",
        controller: "Responsable du traitement",
        none: "non déclaré",
        purposes: "Finalités",
        basis: "base légale",
        retention: "conservation",
        data: "Données collectées",
        required: "obligatoire",
        optional: "facultatif",
        recipients: "Destinataires",
        transfers: "Transferts hors de l’EEE",
        adequacy: "décision d’adéquation",
        boxes: "Cases à cocher",
        opt_in: "accord (opt-in)",
        opt_out: "opposition (opt-out)",
        notice: "Notice en français",
        historical: "texte de 2004, conservé à titre historique : il ne satisfait plus au RGPD",
        marketing: "prospection",
        special: "catégorie particulière",
        audience: "Personnes concernées",
        wording: "Mots admis par le responsable (contrôle des textes)",
        data_use: "usage",
        category: "catégorie",
        rules: "Règles nationales appliquées",
        french_rules: "droit français (CNIL ; Code de la consommation, CPCE, loi Informatique et Libertés)",
        eu_rules: "RGPD et directive 2002/58/CE (« vie privée et communications électroniques ») ; pour le reste, la \
                   lecture la plus stricte que connaît la bibliothèque (prospection téléphonique sur consentement) ; \
                   le droit national du responsable n’est pas vérifié",
    },
    policy: PolicyWords {
        title: "Politique de confidentialité",
        intro: "Cette page décrit, pour chacun de nos formulaires, qui traite vos données, pourquoi et sur quel \
                fondement, qui les reçoit, combien de temps elles sont conservées, et comment exercer vos droits.",
        version: "Version",
        updated: "mise à jour le",
        controllers: "Responsables du traitement",
        dpo: "délégué à la protection des données",
        representative: "représentant dans l’Union européenne",
        contents: "Sommaire",
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        date: "{day} {month} {year}",
    },
    lil2004: Some(&LIL2004),
};

/// The 2004 text of the original French guidance, as it was worded.
const LIL2004: Lil2004Words = Lil2004Words {
    historical: "Texte de 2004, reproduit à titre historique : il ne satisfait plus au RGPD et ne tient pas lieu de \
                 l’information due aujourd’hui.",
    purpose_item: "{à:purpose}",
    purposes_one: "destiné {purposes}",
    purposes_many: "destiné {purposes}",
    general: "Les informations recueillies font l’objet d’un traitement informatique {purposes}. Les destinataires \
              des données sont : {recipients}. Conformément à la loi “informatique et libertés” du 6 janvier 1978 \
              modifiée en 2004, vous bénéficiez d’un droit d’accès et de rectification aux informations qui vous \
              concernent, que vous pouvez exercer en vous adressant à {contact}. Vous pouvez également, pour des \
              motifs légitimes, vous opposer au traitement des données vous concernant.",
    controller: "Le responsable du traitement est {name} ({address}).",
    transfers: "Des transferts de données vers des États n’appartenant pas à la Communauté européenne sont envisagés \
                (pays de destination : {countries}).",
    one_required: "Le champ {list} est obligatoire ; les autres champs sont facultatifs.",
    many_required: "Les champs {list} sont obligatoires ; les autres champs sont facultatifs.",
    partner_preamble: "Ces informations sont nécessaires à notre société pour traiter votre demande. Elles sont \
                       enregistrées dans notre fichier de clients et peuvent donner lieu à l’exercice du droit \
                       d’accès et de rectification auprès de notre service clientèle ({contact}).",
    invite_partner_optout: "Si vous ne souhaitez pas que vos données soient utilisées par {partners} à des fins de \
                            prospection, veuillez cocher la case ci-contre.",
    invite_partner_email_optin: "Si vous souhaitez recevoir des propositions commerciales de {partners} par voie \
                                 électronique, merci de cocher la case ci-contre.",
    invite_similar_offers: "Vous êtes susceptibles de recevoir des offres commerciales de notre société pour des \
                            produits et services analogues à ceux que vous avez commandés. Si vous ne le souhaitez \
                            pas, cochez la case ci-contre.",
    your_partners: "vos partenaires",
    your_partners_named: "vos partenaires ({names})",
    label_partner_optout: "Je ne souhaite pas que mes données soient utilisées par {partners} à des fins de \
                           prospection.",
    label_partner_email_optin: "Je souhaite recevoir des propositions commerciales de {partners} par voie \
                                électronique.",
    label_similar_offers: "Je ne souhaite pas recevoir d’offres commerciales pour des produits et services analogues \
                           à ceux que j’ai commandés.",
    question_partner_optout: "Vous opposez-vous à ce que vos données soient utilisées par {partners} à des fins de \
                              prospection ?",
    question_partner_email_optin: "Souhaitez-vous recevoir des propositions commerciales de {partners} par voie \
                                   électronique ?",
    question_similar_offers: "Vous êtes susceptible de recevoir des offres commerciales de notre société pour des \
                              produits et services analogues à ceux que vous avez commandés : vous y opposez-vous ?",
    script_not_for_calls: "{historical} Ne pas l’utiliser pour un appel.",
    script_information: "« Les informations que vous nous communiquez au cours de cet appel font l’objet d’un \
                         traitement informatique {purposes}. Les destinataires des données sont : {recipients}. »",
    script_no_contact: "« Vous pouvez à tout moment nous demander de ne plus être contacté(e). »",
    script_access: "« Vous pouvez accéder à vos données personnelles et les faire rectifier en vous adressant à \
                    {contact}. »",
};
