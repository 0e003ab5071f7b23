//! The lawful twins of the unlawful forms in `ui/`: forms that are unusual but lawful must compile, and their
//! notice must say what the law asks of them. Legal review 3 §4 found three of five such forms refused (a charity's
//! appeals, a DPF transfer written `"USA"`, a « forfait illimité »); each is here, with the unlawful form it is
//! the twin of named in its comment.

use privacy_notice::{Checkbox, Lang, PrivacyNotice, register};

/// Twin of `ui/phone_and_appeals.rs`'s `DonationAppeal`: a charity's appeals for donations by e-mail rest on
/// legitimate interests. L34-5 CPCE governs commercial prospecting only (R38), and Art. 21(2)–(4) GDPR still gives
/// the unconditional right to object to it.
#[derive(PrivacyNotice)]
#[notice(subjects = "donor")]
#[controller(
    name = "Les Amis du Port",
    address = "2 quai Neuf, 56100 Lorient",
    contact = "dons@amis-du-port.fr",
    country = "FR"
)]
#[purpose(
    "l’envoi de nos appels aux dons par e-mail",
    data_use = "marketing.communications.appeals",
    basis = "legitimate_interests",
    interest = "faire appel à la générosité de nos donateurs",
    retention = "3 ans après votre dernier don"
)]
#[recipients("notre service des dons")]
#[rights_contact("dons@amis-du-port.fr")]
#[allow(dead_code)]
struct DonorAppeals {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[test]
fn r38_a_charitys_email_appeals_on_legitimate_interests_compile_with_the_right_to_object() {
    let text = DonorAppeals::notice().text(Lang::Fr);
    assert!(text.contains("L’envoi de nos appels aux dons par e-mail"), "{text}");
    assert!(text.contains("faire appel à la générosité de nos donateurs"), "{text}");
    assert!(
        text.contains(
            "sans avoir à vous justifier, vous opposer à l’utilisation de vos données à des fins de prospection"
        ),
        "Art. 21(2): an appeal is direct marketing, objected to without reason\n{text}"
    );
    assert!(!text.contains("pour un motif tenant à votre situation particulière"), "{text}");
}

/// Twin of `ui/transfers_closed_lists.rs`: the US is adequate for a recipient certified under the EU-US Data
/// Privacy Framework (Commission Implementing Decision (EU) 2023/1795; GDPR Art. 45; R30), and `"USA"` is read as
/// `US`.
// clippy's `duplicated_attributes` reads two `#[transfer(.., adequacy)]` as one attribute written twice.
#[allow(clippy::duplicated_attributes)]
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose(
    "la gestion de vos commandes",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernière commande"
)]
#[recipients("notre service commercial")]
#[recipient("notre hébergeur certifié Data Privacy Framework", country = "USA")]
#[transfer(country = "USA", adequacy, dpf)]
#[transfer(country = "Brésil", adequacy)]
#[recipient("notre service client à São Paulo", country = "BR")]
#[rights_contact("dpo@boutique.fr")]
#[allow(dead_code)]
struct DpfOrder {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

#[test]
fn r30_a_dpf_transfer_written_usa_and_brazils_2026_decision_compile_and_are_cited() {
    let notice = DpfOrder::notice();
    let spec = notice.spec();
    let countries: Vec<&str> = spec.transfers.iter().map(|transfer| transfer.country.get(Lang::En)).collect();
    assert_eq!(countries, ["United States", "Brazil"], "country names are read as ISO codes, then named");
    let text = notice.text(Lang::Fr);
    assert!(
        text.contains(
            "la décision d’exécution (UE) 2023/1795 de la Commission (cadre de protection des données UE-États-Unis)"
        ),
        "the US decision is cited, in French\n{text}"
    );
    assert!(text.contains("(pays de destination : Brésil) ; ce transfert repose sur une décision d’adéquation de la Commission européenne, la décision d’exécution (UE) 2026/179"), "{text}");
    let english = spec.transfers[0].adequacy.map(|decision| decision.get(Lang::En));
    assert_eq!(english, Some("Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)"));
}

/// Twin of `ui/retention_limits.rs`: « illimité » in a plan's name is not an unlimited retention (R41), once the
/// author says so; the register keeps the reason.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Télécom Ouest",
    address = "5 rue du Port, 44000 Nantes",
    contact = "dpo@telecom-ouest.fr",
    country = "FR"
)]
#[purpose(
    "la gestion de votre abonnement au forfait illimité",
    id = "subscription",
    data_use = "essential.service",
    basis = "contract",
    retention = "la durée de l’abonnement, puis 5 ans"
)]
#[wording(allow = "illimité", reason = "« forfait illimité » is the name of our plan, not a retention")]
#[recipients("notre service client")]
#[rights_contact("dpo@telecom-ouest.fr")]
#[allow(dead_code)]
struct UnlimitedPlan {
    #[personal_data(category = "user.contact.phone_number", purpose = "subscription")]
    phone: String,
}

#[test]
fn r41_a_forfait_illimite_compiles_once_declared_and_the_register_keeps_the_reason() {
    let notice = UnlimitedPlan::notice();
    assert_eq!(notice.spec().wording, [("illimité", "« forfait illimité » is the name of our plan, not a retention")]);
    let register = register![UnlimitedPlan].markdown(Lang::En);
    assert!(register.contains("« forfait illimité » is the name of our plan"), "{register}");
}

/// Twin of `ui/sale_of_data.rs`'s vague partners: partners named by their trade names, in lower case, are named
/// (R16; CNIL, « La prospection commerciale par courrier électronique »).
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose(
    "la gestion de votre compte",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernière connexion"
)]
#[recipients("notre service client")]
#[rights_contact("dpo@boutique.fr")]
#[withdrawal("https://boutique.fr/mes-choix")]
#[partner_email_optin(partners = "leboncoin, ebay", retention = "3 ans après votre dernier achat")]
#[allow(dead_code)]
struct TradeNamePartners {
    #[personal_data(category = "user.contact.email")]
    email: String,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
}

#[test]
fn r16_partners_named_by_lower_case_trade_names_compile_and_are_listed() {
    let text = TradeNamePartners::notice().text(Lang::Fr);
    assert!(text.contains("leboncoin, ebay"), "{text}");
}

/// A GP practice: health data on patients under Art. 9(2)(h), resting on the professional secrecy of the
/// physicians (Art. 9(3); CSP L1110-4; R27). Twin of `ui/special_category_conditions.rs`'s commercial app.
#[derive(PrivacyNotice)]
#[notice(subjects = "patient")]
#[controller(
    name = "Cabinet médical des Tilleuls",
    address = "4 place des Tilleuls, 35000 Rennes",
    contact = "secretariat@cabinet-tilleuls.fr",
    country = "FR"
)]
#[purpose(
    "la prise de vos rendez-vous et le suivi de vos soins",
    data_use = "essential.service",
    basis = "legal_obligation",
    law = "Code de la santé publique, art. R1112-7",
    retention = "20 ans après votre dernière consultation"
)]
#[recipients("les médecins du cabinet", "notre secrétariat")]
#[rights_contact("secretariat@cabinet-tilleuls.fr")]
#[allow(dead_code)]
struct GpAppointment {
    #[personal_data(category = "user.name")]
    name: String,
    #[personal_data(
        category = "user.health_and_medical",
        art9 = "health_care",
        secrecy = "le secret médical (Code de la santé publique, art. L1110-4)"
    )]
    reason_for_visit: String,
}

#[test]
fn r27_a_gp_practice_states_health_data_under_art_9_2_h_with_its_secrecy() {
    let text = GpAppointment::notice().text(Lang::Fr);
    assert!(text.contains("9(2)(h)"), "{text}");
    assert!(
        text.contains("tenues au secret professionnel : le secret médical (Code de la santé publique, art. L1110-4)"),
        "Art. 9(3): the secrecy is named\n{text}"
    );
    assert!(text.contains("R1112-7"), "the legal obligation names its law (Art. 6(3))\n{text}");
}

/// An employer's geolocation of service vehicles on legitimate interests, not consent (EDPB Guidelines 05/2020
/// §21; R25), kept two months (CNIL, délibération 2015-165).
#[derive(PrivacyNotice)]
#[notice(subjects = "employee")]
#[controller(
    name = "Transports Garnier",
    address = "18 route de Lyon, 38000 Grenoble",
    contact = "rh@transports-garnier.fr",
    country = "FR"
)]
#[purpose(
    "la géolocalisation des véhicules de service pendant les tournées",
    data_use = "employment.monitoring.geolocation",
    basis = "legitimate_interests",
    interest = "l’organisation des tournées et la sécurité des conducteurs",
    retention = "2 mois"
)]
#[recipients("le service d’exploitation")]
#[rights_contact("rh@transports-garnier.fr")]
#[allow(dead_code)]
struct VehicleGeolocation {
    #[personal_data(category = "user.name")]
    driver: String,
}

#[test]
fn r25_an_employers_geolocation_rests_on_legitimate_interests_and_compiles() {
    let text = VehicleGeolocation::notice().text(Lang::Fr);
    assert!(text.contains("l’organisation des tournées et la sécurité des conducteurs"), "{text}");
    assert!(text.contains("2 mois"), "{text}");
}

/// CCTV kept thirty days, within the month CNIL allows (R32). Twin of `ui/cctv_and_automated_decision.rs`.
#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(
    name = "Boutique SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "dpo@boutique.fr",
    country = "FR"
)]
#[purpose(
    "la vidéoprotection de l’accueil",
    data_use = "essential.service.security.cctv",
    basis = "legitimate_interests",
    interest = "la sécurité des biens et des personnes",
    retention = "30 jours"
)]
#[recipients("le responsable de la sécurité")]
#[rights_contact("dpo@boutique.fr")]
#[allow(dead_code)]
struct Cctv {
    #[personal_data(category = "user.content.cctv_image")]
    image: String,
}

#[test]
fn r32_cctv_kept_thirty_days_compiles() {
    let text = Cctv::notice().text(Lang::Fr);
    assert!(text.contains("30 jours"), "{text}");
}

/// An automated decision on the performance of a contract, one of Art. 22(2)'s three bases (R29), with the
/// safeguards of Art. 22(3) told.
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
    decision = "votre demande de crédit",
    logic = "vos revenus et charges déclarés",
    consequences = "un refus du crédit",
    basis = "contract"
)]
#[recipients("notre service des crédits")]
#[rights_contact("dpo@credit-ouest.fr")]
#[allow(dead_code)]
struct CreditRequest {
    #[personal_data(category = "user.financial")]
    income: String,
}

#[test]
fn r29_an_automated_decision_on_a_contract_compiles_with_its_safeguards() {
    let text = CreditRequest::notice().text(Lang::Fr);
    assert!(text.contains("vos revenus et charges déclarés"), "{text}");
    assert!(text.contains("un refus du crédit"), "{text}");
    assert!(text.contains("Vous pouvez demander qu’une personne la réexamine"), "Art. 22(3)'s safeguards\n{text}");
}

/// Two joint controllers (Art. 26): the notice names the other, with the essence of the arrangement
/// (Art. 26(2); R34).
#[derive(PrivacyNotice)]
#[notice(subjects = "customer", policy = "/confidentialite")]
#[controller(
    name = "École de voile de Quiberon",
    address = "1 quai de Houat, 56170 Quiberon",
    contact = "contact@voile-quiberon.fr",
    country = "FR"
)]
#[joint_controller(
    name = "Office de tourisme de Quiberon",
    contact = "dpo@quiberon-tourisme.fr",
    arrangement = "l’office reçoit les inscriptions, l’école organise les stages"
)]
#[purpose(
    "votre inscription aux stages de voile",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernier stage"
)]
#[recipients("les moniteurs de l’école")]
#[rights_contact("contact@voile-quiberon.fr")]
#[allow(dead_code)]
struct JointSailingCourse {
    #[personal_data(category = "user.name")]
    name: String,
}

#[test]
fn r34_joint_controllers_are_both_named_with_their_arrangement() {
    let notice = JointSailingCourse::notice();
    let text = notice.text(Lang::Fr);
    assert!(text.contains("Office de tourisme de Quiberon"), "{text}");
    assert!(text.contains("l’office reçoit les inscriptions, l’école organise les stages"), "{text}");
    assert!(text.contains("Vous pouvez exercer vos droits auprès de chacun de nous"), "Art. 26(3)\n{text}");
    let first_level = notice.summary(Lang::Fr);
    assert!(
        first_level.contains("Responsable conjoint du traitement : Office de tourisme de Quiberon."),
        "{first_level}"
    );
}

/// Contextual advertising to children is not profiling (Art. 28(2) DSA forbids only profiled advertising to
/// minors; R28).
#[derive(PrivacyNotice)]
#[notice(subjects = "child")]
#[controller(
    name = "Jeux Malins",
    address = "9 rue des Écoles, 75005 Paris",
    contact = "dpo@jeux-malins.fr",
    country = "FR"
)]
#[purpose(
    "la gestion de votre compte de joueur",
    data_use = "essential.service",
    basis = "contract",
    retention = "la durée du compte"
)]
#[purpose(
    "l’affichage de publicités liées au jeu en cours, sans profil",
    data_use = "marketing.advertising.first_party.contextual",
    basis = "legitimate_interests",
    interest = "financer le jeu gratuit",
    retention = "la durée de la partie"
)]
#[recipients("notre régie publicitaire")]
#[rights_contact("dpo@jeux-malins.fr")]
#[parental_consent("un e-mail envoyé à votre parent, qui confirme par un lien")]
#[allow(dead_code)]
struct ChildGame {
    #[personal_data(category = "user.name")]
    pseudonym: String,
}

#[test]
fn r28_contextual_advertising_to_children_compiles() {
    let text = ChildGame::notice().text(Lang::Fr);
    assert!(text.contains("sans profil"), "{text}");
    assert!(text.contains("un e-mail envoyé à votre parent"), "{text}");
}
