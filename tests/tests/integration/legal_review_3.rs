//! The defects of legal review 3 §1 in the words a person reads, one test each, named after the defect
//! (H = high, M = medium, L = low). Defects of the facts (refused forms) are in `ui/` and `legal_twins`.

use privacy_notice::{Checkbox, Lang, NoticeVersion, PrivacyNotice, register};
use privacy_notice_examples::forms::{JobApplication, ShopOrder, ShopOrder2004};

/// A business-to-business form that collects a phone number, with phone prospecting on legitimate interests
/// (lawful for professionals: C. consom. L223-1 protects consumers).
#[derive(PrivacyNotice)]
#[notice(subjects = "professional")]
#[controller(
    name = "Logiciels Pro SAS",
    address = "8 rue de l’Industrie, 69007 Lyon",
    contact = "dpo@logiciels-pro.fr",
    country = "FR"
)]
#[purpose(
    "vous appeler pour vous présenter nos logiciels de gestion",
    id = "calls",
    data_use = "marketing.communications.phone",
    basis = "legitimate_interests",
    interest = "faire connaître nos logiciels aux entreprises",
    retention = "3 ans après notre dernier contact",
    label = "Je ne souhaite pas être appelé pour la présentation de logiciels de gestion."
)]
#[recipients("notre service commercial")]
#[rights_contact("dpo@logiciels-pro.fr")]
#[allow(dead_code)]
struct B2bCallback {
    #[personal_data(category = "user.contact.phone_number", purpose = "calls")]
    phone: String,
    #[consent(calls)]
    no_calls: Checkbox,
    notice_version: NoticeVersion,
}

/// A consumer form that collects a phone number, with a first level.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer", policy = "/confidentialite")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose(
    "la livraison de vos commandes",
    id = "delivery",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernière commande"
)]
#[purpose(
    "l’affichage de publicités adaptées à vos achats",
    data_use = "marketing.advertising.profiling",
    basis = "legitimate_interests",
    interest = "vous montrer des produits qui vous intéressent",
    retention = "13 mois"
)]
#[recipients("nos transporteurs")]
#[rights_contact("dpo@boutique.fr")]
#[allow(dead_code)]
struct ConsumerDelivery {
    #[personal_data(category = "user.contact.phone_number", purpose = "delivery", label = "téléphone du livreur")]
    phone: String,
}

const L223_2: &str = "Nous ne vous appellerons à des fins commerciales qu’avec votre accord préalable";

#[test]
fn h2_the_consumer_phone_promise_is_never_made_to_professionals() {
    let notice = B2bCallback::notice();
    for text in [notice.text(Lang::Fr), notice.summary(Lang::Fr), notice.call_script(Lang::Fr)] {
        assert!(!text.contains(L223_2) && !text.contains("Pas d’appel commercial"), "L223-2: consumers only\n{text}");
    }
    // The Consumer Code's calling rules are not given as the operator's; the objection stays (Art. 21(2)).
    let script = notice.call_script(Lang::Fr);
    assert!(!script.contains("D223-9") && script.contains("Toute opposition à la prospection est enregistrée"));
    assert!(notice.text(Lang::Fr).contains("vous opposer à l’utilisation de vos données à des fins de prospection"));
}

#[test]
fn m1_the_consumer_phone_promise_is_on_the_first_level_too() {
    let notice = ConsumerDelivery::notice();
    let first_level = notice.summary(Lang::Fr);
    assert!(
        first_level
            .contains("Pas d’appel commercial sans votre accord préalable, sauf au sujet d’un contrat en cours."),
        "{first_level}"
    );
    assert!(notice.text(Lang::Fr).contains(L223_2));
}

#[test]
fn h3_objection_to_profiled_advertising_is_unconditional() {
    let text = ConsumerDelivery::notice().text(Lang::Fr);
    assert!(!text.contains("pour un motif tenant à votre situation particulière"), "Art. 21(2)\n{text}");
    assert!(
        text.contains(
            "Prospection : vous pouvez à tout moment, gratuitement et sans avoir à vous justifier, vous opposer à \
             l’utilisation de vos données à des fins de prospection, y compris au profilage qui y est lié"
        ),
        "{text}"
    );
    let first_level = ConsumerDelivery::notice().summary(Lang::Fr);
    assert!(
        first_level.contains("Vous pouvez vous opposer à la prospection à tout moment, sans frais ni justification.")
    );
}

#[test]
fn h4_the_contract_exception_covers_calls_about_the_contracts_subject_matter_only() {
    let script = ShopOrder::notice().call_script(Lang::Fr);
    assert!(
        script.contains(
            "ou qu’un contrat est en cours avec elle et que l’appel porte sur son objet (produits ou services \
             afférents ou complémentaires) (C. consom. L223-1)"
        ),
        "{script}"
    );
    assert!(script.contains(
        "sauf, pendant un contrat en cours, pour vous proposer des produits ou services en rapport avec son objet"
    ));
    let english = ShopOrder::notice().call_script(Lang::En);
    assert!(english.contains("a contract with them is running and the call concerns its subject matter"));
}

#[test]
fn h5_the_operator_is_told_that_energy_renovation_is_never_canvassed_by_phone() {
    let script = ShopOrder::notice().call_script(Lang::Fr);
    assert!(
        script.contains(
            "Ne jamais proposer par téléphone des travaux de rénovation énergétique ou d’adaptation du logement, \
             même avec l’accord de la personne (C. consom. L223-1)."
        ),
        "{script}"
    );
}

#[test]
fn m4_the_marketing_objection_stops_the_disclosure_to_partners_too() {
    let text = ShopOrder::notice().text(Lang::Fr);
    assert!(text.contains("ainsi qu’à la transmission de vos coordonnées à nos partenaires"), "{text}");
    let english = ShopOrder::notice().text(Lang::En);
    assert!(english.contains("and to your details being passed to our partners"), "{english}");
    // A form that shares nothing does not speak of partners.
    assert!(!ConsumerDelivery::notice().text(Lang::Fr).contains("transmission de vos coordonnées à nos partenaires"));
}

#[test]
fn m12_a_withdrawal_is_never_called_back_and_a_refused_offer_waits_60_days() {
    let script = ShopOrder::notice().call_script(Lang::Fr);
    assert!(script.contains("après le refus d’une offre, aucun nouvel appel avant 60 jours (D223-9)"), "{script}");
    assert!(
        script.contains(
            "Si la personne demande à ne plus être appelée, son accord est retiré : ne plus jamais l’appeler à des \
             fins commerciales"
        ),
        "{script}"
    );
    // L6: attempts count, in the person's time zone.
    assert!(script.contains("4 appels ou tentatives d’appel") && script.contains("fuseau horaire de la personne"));
}

/// An automated decision whose logic and decision begin with an article.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Crédit Ouest",
    address = "1 rue de la Banque, 44000 Nantes",
    contact = "dpo@credit-ouest.fr",
    country = "FR"
)]
#[purpose(
    "l’étude de votre demande de crédit",
    data_use = "essential.service",
    basis = "contract",
    retention = "la durée du crédit, puis 5 ans"
)]
#[automated_decision(
    decision = "le montant du crédit",
    logic = "un score calculé sur vos revenus",
    consequences = "un montant réduit",
    basis = "contract"
)]
#[recipients("notre service des crédits")]
#[rights_contact("dpo@credit-ouest.fr")]
#[allow(dead_code)]
struct Scoring {
    #[personal_data(category = "user.financial")]
    income: String,
}

#[test]
fn l1_the_automated_decision_sentence_elides_and_contracts() {
    let text = Scoring::notice().text(Lang::Fr);
    assert!(
        text.contains(
            "La décision relative au montant du crédit est prise automatiquement à partir d’un score calculé"
        ),
        "{text}"
    );
}

#[test]
fn l12_the_recipients_are_a_closed_list() {
    let text = ShopOrder::notice().text(Lang::Fr);
    assert!(text.contains("Vos données sont communiquées aux seuls destinataires suivants : "), "{text}");
    assert!(!text.contains("Destinataires : "), "{text}");
}

#[test]
fn h6_a_historical_form_says_so_in_every_output_a_person_can_see() {
    let notice = ShopOrder2004::notice();
    for lang in Lang::ALL {
        // A language the form is not in shows the form's own (French), never a mix.
        let banner = match notice.spec().shown_lang(lang) {
            Lang::En => "The 2004 text, reproduced as a historical record: it no longer meets the GDPR",
            _ => "Texte de 2004, reproduit à titre historique : il ne satisfait plus au RGPD",
        };
        for (output, shown) in [
            ("text", notice.text(lang)),
            ("html", notice.html(lang)),
            ("markdown", notice.markdown(lang)),
            ("summary", notice.summary(lang)),
            ("summary_html", notice.summary_html(lang)),
            ("call_script", notice.call_script(lang)),
        ] {
            assert!(shown.contains(banner), "{output} ({lang}) does not say it is historical:\n{shown}");
        }
    }
}

#[test]
fn m8_the_register_names_the_data_subjects_in_the_pages_language() {
    let register = register![JobApplication];
    let fr = register.markdown(Lang::Fr);
    assert!(fr.contains("- Personnes concernées : candidats à un emploi"), "{fr}");
    let en = register.markdown(Lang::En);
    assert!(en.contains("job applicants") && !en.contains("job\\_applicant\n"), "{en}");
}

#[test]
fn m13_the_script_gives_the_mandatory_answers_and_where_the_full_notice_is() {
    let script = ShopOrder::notice().call_script(Lang::Fr);
    assert!(
        script.contains("Les champs suivants sont indispensables pour traiter et livrer votre commande"),
        "Art. 13(2)(e)\n{script}"
    );
    assert!(
        script.contains("Le détail de ces informations figure dans notre politique de confidentialité, sur notre site"),
        "{script}"
    );
}

/// A French-only form on the English policy page: its section is French throughout, marked `lang="fr"`, with no
/// English library sentence around the form's French texts (Art. 12(1)).
#[test]
fn h1_the_policy_renders_each_form_in_its_own_shown_language() {
    let register = register![ConsumerDelivery, ShopOrder];
    let page = register.policy_html(Lang::En);
    let french = page.split("<article").nth(1).expect("the French-only form's section");
    assert!(french.contains("<section class=\"privacy-notice\" lang=\"fr\">"), "{french}");
    assert!(french.contains("Vos données sont communiquées aux seuls destinataires suivants"), "{french}");
    for english in ["Your personal data", "recipients", "legal basis", "You may"] {
        assert!(!french.contains(english), "English {english:?} in a French section:\n{french}");
    }
    let english = page.split("<article").nth(2).expect("the translated form's section");
    assert!(english.contains("lang=\"en\"") && english.contains("handling your orders"), "{english}");
    let markdown = register.policy_markdown(Lang::En);
    assert!(markdown.contains("aux seuls destinataires suivants : nos transporteurs"), "{markdown}");
    assert!(!markdown.contains("recipients: nos transporteurs"), "{markdown}");
}

/// The live policy describes today's processing: a historical `lil2004` form stays in the register, not in the
/// policy (Art. 12(1)).
#[test]
fn l9_the_live_policy_leaves_out_historical_forms() {
    let register = register![ShopOrder, ShopOrder2004];
    for lang in Lang::ALL {
        let policy = register.policy_markdown(lang);
        assert!(!policy.contains("2004"), "{lang}: {policy}");
        assert_eq!(policy.matches("<a id=").count(), 1, "{lang}: one section, the shop's");
        assert!(register.markdown(lang).contains("2004"), "{lang}: the register keeps the historical form");
    }
    assert_eq!(register.policy_version(), register![ShopOrder].policy_version());
}

/// The phone field names its purpose (R42, refused without it: `ui/fields_purposes_retention_and_voice.rs`), and
/// the notice says what the number is for (Art. 5(1)(b), 13(1)(c)).
#[test]
fn m2_a_phone_field_says_what_it_is_for() {
    let fr = ShopOrder::notice().text(Lang::Fr);
    assert!(
        fr.contains("Le champ « téléphone » ne sert qu’à : la gestion de vos commandes et de leur livraison."),
        "{fr}"
    );
    let en = ShopOrder::notice().text(Lang::En);
    assert!(en.contains("The field “phone number” is used only for: handling your orders and their delivery."), "{en}");
}

/// No default label mixes the person's voice with the company's: a purpose written « nos conseils » needs its own
/// `label` (R44, `ui/fields_purposes_retention_and_voice.rs`); the examples' labels are each in one voice.
#[test]
fn m3_every_box_label_speaks_in_one_voice() {
    let forms = privacy_notice_examples::register();
    for notice in forms.notices() {
        for field in notice.consent_fields() {
            for lang in Lang::ALL {
                let label = field.label(lang);
                let company = [" nos ", " notre ", " nous ", " our ", " we ", " us "];
                let person = ["J’accepte", "Je ", "I ", "je ", "mes ", "ma ", "my "];
                let mixed = person.iter().any(|p| label.contains(p)) && company.iter().any(|c| label.contains(c));
                assert!(!mixed, "{} ({lang}): {label}", notice.form());
            }
        }
    }
}

/// The newsletter's consent ends with its withdrawal or, at the latest, three years after the last contact (R43,
/// refused without the cap: `ui/fields_purposes_retention_and_voice.rs`; CNIL, référentiel prospection).
#[test]
fn m5_consent_to_marketing_is_capped_after_a_time_without_contact() {
    let fr = privacy_notice_examples::forms::NewsletterSignup::notice().text(Lang::Fr);
    assert!(
        fr.contains("jusqu’au retrait de votre accord, et au plus tard 3 ans après votre dernier contact avec nous"),
        "{fr}"
    );
}

/// The newsletter's address serves only the newsletter, whose box may stay unticked: it is not mandatory (R07, R42
/// refuse a mandatory field of a consent form that does not say which purposes need it; Art. 7(4)).
#[test]
fn m6_a_field_only_consent_needs_is_not_mandatory() {
    let notice = privacy_notice_examples::forms::NewsletterSignup::notice();
    let email = notice.spec().fields.iter().find(|f| f.name == "email").unwrap();
    assert_eq!((email.required, email.purposes), (false, &["newsletter"][..]));
    assert!(!notice.text(Lang::Fr).contains("indispensable"), "{}", notice.text(Lang::Fr));
}

/// A form for children opens with what matters to the child in plain words, before the full notice its parents
/// read (loi Informatique et Libertés, art. 45 al. 2), on the first level too.
#[test]
fn m7_a_childrens_form_opens_with_plain_words() {
    let notice = crate::legal_depth::ClubMembership::notice();
    for (lang, opening) in [
        (Lang::Fr, "En quelques mots : Club nautique de Lorient se sert de ces informations seulement pour : "),
        (Lang::En, "In a few words: Club nautique de Lorient uses this information only for: "),
    ] {
        for shown in [notice.text(lang), notice.summary(lang)] {
            let first = shown.lines().find(|l| !l.is_empty() && !l.starts_with("Protection") && !l.starts_with("Your"));
            assert!(first.is_some_and(|l| l.starts_with(opening)), "{lang}: {shown}");
        }
    }
    assert!(notice.text(Lang::Fr).contains("si vous avez moins de 15 ans, l’un de vos parents doit être d’accord"));
    assert!(!ShopOrder::notice().text(Lang::Fr).contains("En quelques mots"), "adults' forms do not");
}

/// A French controller's notice tells of the directives on one's data after death (loi Informatique et Libertés,
/// art. 85, which online services inform of).
#[test]
fn m11_a_french_controller_tells_of_directives_after_death() {
    let fr = ShopOrder::notice().text(Lang::Fr);
    assert!(fr.contains("Vous pouvez définir des directives relatives à la conservation, à l’effacement et à la communication de vos données après votre décès"), "{fr}");
    let en = ShopOrder::notice().text(Lang::En);
    assert!(en.contains("after your death") && en.contains("French Data Protection Act, art. 85"), "{en}");
}

/// The operator asks about the purpose, in the operator's voice, even for a box with its own label: no label quoted
/// inside a question (« Êtes-vous d’accord avec ceci : “Je ne souhaite pas…” ? »).
#[test]
fn l8_the_script_asks_from_the_purpose_not_the_label() {
    let script = JobApplication::notice().call_script(Lang::Fr);
    assert!(
        script.contains(
            "« Acceptez-vous que vos données soient utilisées pour : l’inscription dans notre vivier de candidats pour \
             d’autres postes ? » (oui / non)"
        ),
        "{script}"
    );
    assert!(!script.contains("Êtes-vous d’accord avec ceci"), "{script}");
    let script = B2bCallback::notice().call_script(Lang::Fr);
    assert!(script.contains("« Vous opposez-vous à l’utilisation de vos coordonnées pour : vous appeler"), "{script}");
}

/// Who the partners are stands next to them, and the list is separated by semicolons once an item has its own
/// comma, so that no parenthesis reads as belonging to the next item.
#[test]
fn l4_each_partner_list_stands_next_to_its_partners() {
    let fr = ShopOrder::notice().text(Lang::Fr);
    assert!(
        fr.contains(
            "notre prestataire de paiement ; nos partenaires (des éditeurs de presse et des associations caritatives), \
             pour leurs offres par courrier ; les partenaires listés ici (https://boutique-lumiere.fr/partenaires), \
             pour leurs offres par e-mail."
        ),
        "{fr}"
    );
    let en = ShopOrder::notice().text(Lang::En);
    assert!(
        en.contains("our partners (press publishers and charities), for their offers by post; the partners"),
        "{en}"
    );
}

/// A recipient in a country an adequacy decision covers, with no `#[transfer]`: the notice tells of the transfer
/// and names the decision (Art. 13(1)(f), 45(1)), Brazil's of January 2026 included.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose("la gestion de vos commandes", data_use = "essential.service", basis = "contract", retention = "3 ans")]
#[recipient("notre centre d’appels", country = "BR")]
#[recipient("notre hébergeur", country = "CH")]
#[rights_contact("dpo@boutique.fr")]
#[allow(dead_code)]
struct BrazilianCallCentre {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[test]
fn m9_a_recipient_in_an_adequate_country_names_its_decision() {
    let fr = BrazilianCallCentre::notice().text(Lang::Fr);
    assert!(
        fr.contains(
            "(pays de destination : Brésil) ; ce transfert repose sur une décision d’adéquation de la Commission \
             européenne, la décision d’exécution (UE) 2026/179 de la Commission."
        ),
        "{fr}"
    );
    assert!(fr.contains("(pays de destination : Suisse) ; ce transfert repose sur une décision d’adéquation"), "{fr}");
}
