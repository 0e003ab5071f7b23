//! The facts the law turns on (design §7), declared lawfully: a sailing club's membership form for children,
//! which uses every new declaration; and the fourteen scenarios of the legal review (§3), each either refused
//! by a compile-fail case in `ui/` (named below) or rendered as the law asks.

use privacy_notice::{
    Art9Condition, Audience, Checkbox, ConsentKind, DataKind, Decision, Lang, MarketingChannel, NoticeVersion,
    PrivacyNotice, SpecialCategory,
};
use privacy_notice_tests::golden;
use serde::Deserialize;

// clippy's `duplicated_attributes` reads two `#[purpose(.., basis = "consent")]` as one attribute written twice.
#[allow(clippy::duplicated_attributes)]
#[derive(Deserialize, PrivacyNotice)]
#[notice(subjects = "child", policy = "/confidentialite")]
#[controller(
    name = "Club nautique de Lorient",
    address = "2 quai des Indes, 56100 Lorient",
    contact = "contact@cn-lorient.fr",
    country = "FR"
)]
#[purpose(
    "la gestion de votre adhésion et de vos cours de voile",
    data_use = "essential.service",
    id = "membership",
    basis = "contract",
    retention = "la durée de l’adhésion, puis 3 ans",
    sale
)]
#[purpose(
    "l’adaptation des séances à votre santé",
    data_use = "essential.service",
    id = "health",
    basis = "consent",
    retention = "la durée de l’adhésion",
    label = "J’accepte que le club utilise les informations sur ma santé pour adapter les séances."
)]
#[purpose(
    "l’envoi de la lettre du club par e-mail",
    data_use = "marketing.communications.email",
    id = "newsletter",
    basis = "consent",
    retention = "jusqu’au retrait de votre accord, au plus tard 3 ans après votre dernier contact",
    label = "Je souhaite recevoir la lettre du club par e-mail."
)]
#[purpose(
    "l’envoi du programme des stages par courrier",
    data_use = "marketing.communications.post",
    id = "catalogue",
    basis = "legitimate_interests",
    interest = "faire connaître nos stages à nos adhérents",
    retention = "3 ans après la fin de l’adhésion"
)]
#[recipients("les moniteurs du club")]
#[recipient("la Fédération française de voile", country = "FR")]
#[recipient("notre hébergeur", country = "DE")]
#[recipient("notre logiciel de réservation", country = "CH")]
#[recipient("notre outil d’envoi de lettres", country = "US")]
#[transfer(country = "US", safeguard = "standard_contractual_clauses", copy = "contact@cn-lorient.fr")]
#[rights_contact("contact@cn-lorient.fr")]
#[withdrawal("https://cn-lorient.fr/mes-choix")]
#[parental_consent("un e-mail envoyé à votre parent, qui confirme par un lien")]
#[data_requirement(reason = "vous inscrire", consequence = "nous ne pourrons pas vous inscrire")]
#[translation(lang = "en",
    "la gestion de votre adhésion et de vos cours de voile" = "managing your membership and your sailing lessons",
    "la durée de l’adhésion, puis 3 ans" = "the length of your membership, then 3 years",
    "l’adaptation des séances à votre santé" = "adapting the sessions to your health",
    "la durée de l’adhésion" = "the length of your membership",
    "J’accepte que le club utilise les informations sur ma santé pour adapter les séances."
        = "I agree that the club uses the information on my health to adapt the sessions.",
    "l’envoi de la lettre du club par e-mail" = "sending the club’s newsletter by e-mail",
    "jusqu’au retrait de votre accord, au plus tard 3 ans après votre dernier contact"
        = "until you withdraw your agreement, at the latest 3 years after your last contact",
    "Je souhaite recevoir la lettre du club par e-mail." = "I want to receive the club’s newsletter by e-mail.",
    "l’envoi du programme des stages par courrier" = "sending the programme of courses by post",
    "faire connaître nos stages à nos adhérents" = "letting our members know of our courses",
    "3 ans après la fin de l’adhésion" = "3 years after your membership ends",
    "les moniteurs du club" = "the club’s instructors",
    "la Fédération française de voile" = "the French Sailing Federation",
    "notre hébergeur" = "our hosting provider",
    "notre logiciel de réservation" = "our booking software provider",
    "notre outil d’envoi de lettres" = "our newsletter service",
    "un e-mail envoyé à votre parent, qui confirme par un lien" = "an e-mail to your parent, who confirms through a link",
    "vous inscrire" = "register you",
    "nous ne pourrons pas vous inscrire" = "we cannot register you",
    "nom" = "name",
    "téléphone d’un parent" = "a parent’s phone number",
    "informations de santé" = "health information",
)]
#[allow(dead_code)]
pub(crate) struct ClubMembership {
    #[personal_data(category = "user.name", required, label = "nom", purpose = "membership")]
    name: String,
    #[personal_data(category = "user.contact.phone_number", label = "téléphone d’un parent", purpose = "membership")]
    parent_phone: String,
    #[personal_data(
        category = "user.health_and_medical",
        art9 = "explicit_consent",
        purpose = "health",
        label = "informations de santé"
    )]
    health_notes: String,
    #[consent(health)]
    health: Checkbox,
    #[consent(newsletter)]
    newsletter: Checkbox,
    #[consent(catalogue)]
    no_catalogue: Checkbox,
    notice_version: NoticeVersion,
}

#[test]
fn golden_notice_of_a_form_using_every_new_declaration() {
    let notice = ClubMembership::notice();
    for &lang in notice.languages() {
        let rendered = format!("{}\n----- call script -----\n\n{}", notice.text(lang), notice.call_script(lang));
        golden::check(&format!("club_membership.gdpr.{lang}.txt"), &rendered);
    }
}

#[test]
fn the_declarations_reach_the_model() {
    let spec = ClubMembership::notice().spec();
    assert_eq!(spec.audience, Audience::Minors);
    assert_eq!(spec.purposes[2].marketing, Some(MarketingChannel::Email));
    assert!(spec.purposes[0].sale);
    let countries: Vec<&str> = spec.located_recipients.iter().map(|r| r.country).collect();
    assert_eq!(countries, ["FR", "DE", "CH", "US"]);
    assert_eq!(spec.fields[1].kind, Some(DataKind::Phone));
    let special = spec.fields[2].special.unwrap();
    assert_eq!((special.category, special.condition), (SpecialCategory::Health, Art9Condition::ExplicitConsent));
    assert_eq!(spec.fields[2].purposes, ["health"]);
}

/// R09: a recipient in the EEA needs no mention; one under an adequacy decision (Switzerland) is told with it,
/// without a `#[transfer]`; one elsewhere with its declared safeguard.
#[test]
fn recipients_are_listed_with_their_countries_and_transfers() {
    let fr = ClubMembership::notice().text(Lang::Fr);
    assert!(fr.contains("la Fédération française de voile (France), notre hébergeur (Allemagne)"), "{fr}");
    assert!(fr.contains("(pays de destination : Suisse) ; ce transfert repose sur une décision d’adéquation"));
    assert!(
        fr.contains("(pays de destination : États-Unis) ; ce transfert repose sur les clauses contractuelles types")
    );
    assert!(!fr.contains("pays de destination : Allemagne"));
}

/// R21: the special category is named with the condition that allows it.
#[test]
fn a_special_category_is_stated_with_its_condition() {
    let notice = ClubMembership::notice();
    assert!(notice.text(Lang::Fr).contains(
        "Le champ « informations de santé » contient des données de santé, une catégorie particulière de données \
         (RGPD, art. 9) : nous ne les traitons qu’avec votre consentement explicite"
    ));
    assert!(notice.text(Lang::En).contains("holds health data, a special category of data (GDPR Art. 9)"));
}

/// R22: the parent's consent, and how it is obtained.
#[test]
fn a_form_for_minors_says_how_a_parent_consents() {
    let fr = ClubMembership::notice().text(Lang::Fr);
    assert!(fr.contains("Si vous avez moins de 15 ans, votre accord ne suffit pas"));
    assert!(fr.contains("un e-mail envoyé à votre parent, qui confirme par un lien"));
}

/// C. consom. L223-2: a phone number is collected.
#[test]
fn a_phone_number_collected_carries_the_l223_2_information() {
    let notice = ClubMembership::notice();
    assert!(
        notice
            .text(Lang::Fr)
            .contains("Nous ne vous appellerons à des fins commerciales qu’avec votre accord préalable")
    );
    assert!(notice.text(Lang::En).contains("We will only call you with commercial offers if you agree beforehand"));
}

/// Art. 21(2)-(3): a postal marketing purpose is objected to without reason, never "on grounds relating to your
/// particular situation"; its box objects.
#[test]
fn postal_marketing_has_the_unconditional_objection_and_an_objection_box() {
    let notice = ClubMembership::notice();
    let fr = notice.text(Lang::Fr);
    assert!(fr.contains(
        "Prospection : vous pouvez à tout moment, gratuitement et sans avoir à vous justifier, vous opposer à \
         l’utilisation de vos données à des fins de prospection, auprès de : contact@cn-lorient.fr."
    ));
    assert!(
        !fr.contains(
            "motif tenant à votre situation particulière, à l’usage de vos données pour : l’envoi du programme"
        )
    );
    let catalogue = notice.consent_fields().iter().find(|f| f.purpose() == "catalogue").unwrap();
    assert_eq!(catalogue.kind(), ConsentKind::OptOut);
    let body =
        format!("name=Lou&parent_phone=0600000000&health_notes=&no_catalogue=on&notice_version={}", notice.version());
    let form: ClubMembership = serde_urlencoded::from_str(&body).unwrap();
    assert_eq!(form.consents().get("catalogue"), Some(Decision::Refused));
    assert_eq!(form.consents().get("newsletter"), Some(Decision::Refused));
}

// --- Legal review §3: the fourteen scenarios ------------------------------------------------------------
//
// Refused at compile time (each a case in `ui/`, whose `.stderr` shows the message):
//  1. health data on a contract basis             → `ui/scenario_01_special_category_without_condition.rs` (R21)
//  2. a children's game on consent                → `ui/scenario_02_minors_without_parental_consent.rs` (R22)
//  3. e-mail and SMS offers on legitimate interest → `ui/scenario_03_marketing_email_sms_without_consent.rs` (R13)
//  4. a soft opt-in on account creation           → `ui/gdpr_soft_optin_without_sale.rs` (R14)
//  7. a US host without a transfer mention        → `ui/scenario_07_recipient_outside_eea.rs` (R09)
//  8. « sans limitation de durée »                → `ui/scenario_08_retention_without_limit.rs` (Art. 5(1)(e))
//  9. consent as a condition, registered letter   → `ui/scenario_09_consent_as_a_condition.rs` (Art. 7(3), 7(4))
// 10. phone offers on legitimate interest          → `ui/scenario_03_marketing_email_sms_without_consent.rs` (L223-1)
// 12. « partenaires soigneusement sélectionnés »   → `ui/scenario_12_partners_not_identified.rs` (R16)
// 13. `lil2004` phone prospecting, no controller   → `ui/gdpr_only_under_lil2004.rs` (`#[phone_optin]` refused) and
//     `ui/lil2004_is_historical.rs` (the 2004 text warns)
//
// Rendered as the law asks (tests below): 5 (B2B e-mail prospecting), 6 (an automated decision, once declared),
// 14 (data from a bought list, once declared). Not detectable from declarations: 6 and 14 when the form does not
// declare them, and 11 (advertising cookies: trackers are not form fields; the notice of a cookie banner is out of
// this library's scope).

/// Scenario 5: B2B e-mail prospecting on legitimate interest is lawful with an objection box (R15).
#[test]
fn scenario_05_b2b_email_prospecting_renders_with_an_objection_box() {
    #[derive(Deserialize, PrivacyNotice)]
    #[notice(subjects = "professional")]
    #[controller(
        name = "Logiciels Pro SAS",
        address = "5 rue Nationale, 59000 Lille",
        contact = "dpo@logiciels.pro",
        country = "FR"
    )]
    #[purpose(
        "l’envoi d’offres de logiciels de gestion par e-mail",
        data_use = "marketing.communications.email",
        id = "offers",
        basis = "legitimate_interests",
        interest = "proposer nos logiciels aux professionnels",
        retention = "3 ans après notre dernier échange"
    )]
    #[recipients("notre service commercial")]
    #[rights_contact("dpo@logiciels.pro")]
    #[allow(dead_code)]
    struct B2bContact {
        #[personal_data(category = "user.contact.email")]
        email: String,
        #[consent(offers)]
        no_offers: Checkbox,
        notice_version: NoticeVersion,
    }
    let notice = B2bContact::notice();
    assert_eq!(notice.consent_fields()[0].kind(), ConsentKind::OptOut);
    assert_eq!(
        notice.consent_fields()[0].label(Lang::Fr),
        "Je m’oppose à l’utilisation de mes coordonnées pour : l’envoi d’offres de logiciels de gestion par e-mail."
    );
    let fr = notice.text(Lang::Fr);
    assert!(
        fr.contains(
            "sans avoir à vous justifier, vous opposer à l’utilisation de vos données à des fins de prospection"
        ),
        "{fr}"
    );
    let body = format!("email=a%40b.fr&no_offers=on&notice_version={}", notice.version());
    let objected: B2bContact = serde_urlencoded::from_str(&body).unwrap();
    assert_eq!(objected.consents().get("offers"), Some(Decision::Refused));
}

/// Scenarios 6 and 14: once declared, an automated decision and data from a bought list are told (Art. 13(2)(f),
/// Art. 14).
#[test]
fn scenarios_06_and_14_render_once_declared() {
    #[derive(PrivacyNotice)]
    #[notice(subjects = "customer")]
    #[controller(
        name = "Crédit Facile SA",
        address = "1 place Bellecour, 69002 Lyon",
        contact = "dpo@credit.fr",
        country = "FR"
    )]
    #[purpose(
        "l’étude de votre demande de crédit",
        data_use = "essential.service",
        basis = "contract",
        retention = "5 ans"
    )]
    #[recipients("notre service crédit")]
    #[rights_contact("dpo@credit.fr")]
    #[automated_decision(
        decision = "l’octroi du crédit",
        logic = "un score calculé sur vos revenus",
        consequences = "un refus",
        basis = "contract"
    )]
    #[data_source("Fichiers Pro SA", categories = "votre numéro de téléphone")]
    #[allow(dead_code)]
    struct CreditForm {
        #[personal_data(category = "user.financial")]
        income: String,
    }
    let fr = CreditForm::notice().text(Lang::Fr);
    assert!(fr.contains("La décision relative à l’octroi du crédit est prise automatiquement"));
    assert!(fr.contains("Nous tenons les données suivantes de Fichiers Pro SA : votre numéro de téléphone."));
}

/// The register records the new declarations too: marketing uses among the purposes, recipients with their
/// countries, the kind and category of each field, the audience.
#[test]
fn the_register_records_the_facts() {
    let fr = privacy_notice::register![ClubMembership].markdown(Lang::Fr);
    for expected in [
        "- Personnes concernées : enfants (moins de 15 ans)",
        "l’envoi du programme des stages par courrier — base légale : intérêt légitime — conservation : 3 ans après la \
         fin de l’adhésion — prospection : post — usage : marketing.communications.post",
        "- notre outil d’envoi de lettres (États-Unis)",
        "- informations de santé — facultatif — catégorie : user.health\\_and\\_medical — catégorie particulière : \
         health (art. 9(2) : explicit\\_consent)",
        "- téléphone d’un parent — facultatif — catégorie : user.contact.phone\\_number",
    ] {
        assert!(fr.contains(expected), "{expected:?} missing from:\n{fr}");
    }
}

/// The first level keeps what matters before ticking a box: the special category and its condition, and the
/// parent's consent for a child.
#[test]
fn the_first_level_states_special_categories_and_parental_consent() {
    let notice = ClubMembership::notice();
    let summary = notice.summary(Lang::Fr);
    assert_ne!(summary, notice.text(Lang::Fr), "a first level, not the full notice");
    assert!(summary.contains("contient des données de santé"), "{summary}");
    assert!(summary.contains("Si vous avez moins de 15 ans, votre accord ne suffit pas"), "{summary}");
}
