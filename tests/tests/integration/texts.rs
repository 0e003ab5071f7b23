//! The texts a CNIL audit reads: the call scripts against the consumer code's telephone rules, and the wording
//! rules of the notices, each checked on the example forms in both languages.

use privacy_notice::{Lang, Notice, PrivacyNotice};
use privacy_notice_examples::forms::{
    JobApplication, JobApplication2004, NewsletterSignup, NewsletterSignup2004, ShopOrder, ShopOrder2004,
};

fn gdpr_forms() -> [&'static Notice; 3] {
    [ShopOrder::notice(), NewsletterSignup::notice(), JobApplication::notice()]
}

fn every_form() -> [&'static Notice; 6] {
    let [a, b, c] = gdpr_forms();
    [a, b, c, ShopOrder2004::notice(), NewsletterSignup2004::notice(), JobApplication2004::notice()]
}

/// The position of `needle` in `haystack`, which must contain it.
fn at(haystack: &str, needle: &str) -> usize {
    haystack.find(needle).unwrap_or_else(|| panic!("{needle:?} missing from:\n{haystack}"))
}

/// C. consom. L223-1 (since 11 August 2026): before anything else, the operator checks the person's prior
/// consent to be called, and does not call without it.
#[test]
fn a_commercial_script_checks_prior_consent_before_anything_else() {
    let fr = ShopOrder::notice().call_script(Lang::Fr);
    let check = at(&fr, "vérifier que la personne a donné son accord préalable pour être appelée");
    assert!(check < at(&fr, "« Bonjour"));
    assert!(check < at(&fr, "1. « "));
    assert!(fr.contains("Sans l’un ni l’autre, ne pas appeler."));
    let en = ShopOrder::notice().call_script(Lang::En);
    assert!(at(&en, "check that the person agreed beforehand to be called") < at(&en, "“Hello"));
}

/// C. consom. L221-16: at the start, who calls, on whose behalf, and that the call is commercial.
#[test]
fn a_commercial_script_opens_with_who_for_whom_and_why() {
    let fr = ShopOrder::notice().call_script(Lang::Fr);
    let opening = at(
        &fr,
        "« Bonjour, [votre prénom], de [votre société]. Je vous appelle pour le compte de Boutique Lumière SAS, dans un but commercial. »",
    );
    assert!(opening < at(&fr, "Les informations que vous nous donnez"));
    let en = ShopOrder::notice().call_script(Lang::En);
    assert!(en.contains(
        "“Hello, this is [your first name] from [your company], calling for Boutique Lumière SAS about an offer.”"
    ));
}

/// C. consom. D223-9: calling hours, at most 4 calls in 30 days, 60 days after a refusal — instructions for
/// the operator, outside the quoted lines read aloud.
#[test]
fn a_commercial_script_gives_the_operator_the_calling_rules() {
    let fr = ShopOrder::notice().call_script(Lang::Fr);
    for rule in [
        "Consignes à l’opérateur (ne pas lire) :",
        "du lundi au vendredi, de 10 h à 13 h et de 14 h à 20 h",
        "Pas plus de 4 appels ou tentatives d’appel en 30 jours",
        "aucun nouvel appel avant 60 jours",
    ] {
        let line = fr.lines().find(|line| line.contains(rule)).unwrap_or_else(|| panic!("{rule:?} missing"));
        assert!(!line.starts_with('«'), "an instruction is not read aloud: {line}");
    }
    let en = ShopOrder::notice().call_script(Lang::En);
    assert!(
        en.contains("Monday to Friday, 10:00–13:00 and 14:00–20:00")
            && en.contains("No more than 4 calls or attempted calls in 30 days")
    );
}

/// C. consom. L223-2: the person is told that commercial calls need their prior consent.
#[test]
fn a_commercial_script_gives_the_l223_2_information() {
    assert!(ShopOrder::notice().call_script(Lang::Fr).contains(
        "Nous ne vous appellerons à des fins commerciales qu’avec votre accord préalable, sauf, pendant un contrat en \
         cours, pour vous proposer des produits ou services en rapport avec son objet (Code de la consommation, art. \
         L223-1)."
    ));
    assert!(
        ShopOrder::notice()
            .call_script(Lang::En)
            .contains("We will only call you with commercial offers if you agree beforehand")
    );
}

/// Art. 21(2): the objection to all direct marketing — calls, e-mail, post — asked before the call ends, after
/// the questions.
#[test]
fn a_commercial_script_ends_with_the_objection_to_all_marketing() {
    let fr = ShopOrder::notice().call_script(Lang::Fr);
    let objection = at(
        &fr,
        "« Souhaitez-vous vous opposer à toute prospection de notre part, par téléphone, par e-mail ou par courrier ? »",
    );
    assert!(objection > at(&fr, "3. « "));
    assert!(fr.contains("enregistrer l’opposition avant de raccrocher"));
    assert!(
        ShopOrder::notice()
            .call_script(Lang::En)
            .contains("“Do you object to any marketing from us, by phone, e-mail or post?”")
    );
}

/// CNIL 2022 on call recording: `#[call(recorded = "..")]` makes the script announce it, why, and that the
/// person may refuse; a form that does not declare it announces nothing.
#[test]
fn a_recorded_call_is_announced_with_its_reason() {
    let fr = ShopOrder::notice().call_script(Lang::Fr);
    let announced = at(
        &fr,
        "« Cet appel est enregistré pour la formation de nos conseillers. Si vous ne le souhaitez pas, dites-le-moi : l’enregistrement sera arrêté. »",
    );
    assert!(announced < at(&fr, "Les informations que vous nous donnez"));
    assert!(ShopOrder::notice().call_script(Lang::En).contains("This call is recorded for training our advisers."));
    assert!(!JobApplication::notice().call_script(Lang::Fr).contains("enregistré"));
}

/// Art. 13 given orally: the script says the retention, the transfers and the DPO, as the notice does; the job
/// application's script keeps its transfer and its DPO.
#[test]
fn the_script_carries_retention_transfers_and_the_dpo() {
    let fr = JobApplication::notice().call_script(Lang::Fr);
    assert!(
        fr.contains("Nous les conservons : pour l’étude de votre candidature, la durée du recrutement, puis 3 mois")
    );
    assert!(fr.contains("pays de destination : États-Unis"));
    assert!(fr.contains("délégué à la protection des données : dpo@atelier-numerique.fr"));
    let en = JobApplication::notice().call_script(Lang::En);
    assert!(
        en.contains("destination: United States") && en.contains("data protection officer: dpo@atelier-numerique.fr")
    );
    // Not a commercial call: no commercial statement, no prospecting checklist.
    assert!(!fr.contains("but commercial") && !fr.contains("Consignes à l’opérateur"));
}

/// Every script is addressed to « la personne appelée », not to « le client ».
#[test]
fn scripts_address_the_person_called() {
    for notice in every_form() {
        assert!(notice.call_script(Lang::Fr).starts_with("Script d’appel — à lire à la personne appelée\n"));
        assert!(notice.call_script(Lang::En).starts_with("Call script — to be read to the person called\n"));
    }
}

/// French grammar: a declared name or address is never glued to « à » (« en écrivant à Service clientèle »,
/// « destinées à : le service »): it follows a colon.
#[test]
fn declared_strings_follow_a_colon_not_an_article() {
    for notice in gdpr_forms() {
        let all = format!("{}{}", notice.text(Lang::Fr), notice.call_script(Lang::Fr));
        assert!(!all.contains("en écrivant à Service") && !all.contains("destinées à :"), "{}", notice.form());
    }
    assert!(
        ShopOrder::notice()
            .text(Lang::Fr)
            .contains("ou en limiter l’usage, auprès de : Service clientèle, 12 rue de la Paix")
    );
    assert!(
        JobApplication::notice()
            .call_script(Lang::Fr)
            .contains("Elles ne sont communiquées qu’aux destinataires suivants : le service des ressources humaines")
    );
}

/// CNIL's model: « Consultez le site cnil.fr pour plus d'informations sur vos droits »; Art. 20(2): portability
/// includes transmission to another controller.
#[test]
fn rights_point_to_cnil_fr_and_portability_reaches_another_controller() {
    for notice in gdpr_forms() {
        let (fr, en) = (notice.text(Lang::Fr), notice.text(Lang::En));
        assert!(fr.contains("Consultez le site cnil.fr pour plus d’informations sur vos droits."));
        assert!(en.contains("See cnil.fr for more information on your rights."));
        assert!(fr.contains("que nous les transmettions directement à un autre organisme"), "{}", notice.form());
        assert!(en.contains("send it directly to another organisation"), "{}", notice.form());
    }
}

/// CNIL 2018: consent to partners' e-mails covers the partners named; a new one needs a new agreement.
#[test]
fn a_new_partner_needs_a_new_agreement() {
    let notice = ShopOrder::notice();
    assert!(
        notice.text(Lang::Fr).contains("un nouveau partenaire ne recevra votre adresse qu’avec votre nouvel accord")
    );
    assert!(notice.text(Lang::En).contains("a new partner will get your address only with your new agreement"));
}

/// A box speaks with one voice, the person's: no « nos partenaires » inside « je … ».
#[test]
fn box_labels_speak_in_the_person_s_voice() {
    for notice in gdpr_forms() {
        for field in notice.consent_fields() {
            let fr = field.label(Lang::Fr);
            assert!(fr.starts_with("J") && !fr.contains("nos ") && !fr.contains("notre "), "{fr}");
            let en = field.label(Lang::En);
            assert!(en.starts_with('I') && !en.contains(" our ") && !en.contains(" you "), "{en}");
        }
    }
}

/// English: "the box below", never "opposite".
#[test]
fn english_says_below_not_opposite() {
    for notice in every_form() {
        assert!(!notice.text(Lang::En).contains("opposite"), "{}", notice.form());
    }
    assert!(ShopOrder2004::notice().text(Lang::En).contains("please tick the box below."));
}

/// The 2004 text is kept word for word, its own spelling included (« susceptibles », « ci-contre »).
#[test]
fn the_2004_text_keeps_its_own_wording() {
    let fr = ShopOrder2004::notice().text(Lang::Fr);
    assert!(fr.contains("Vous êtes susceptibles de recevoir des offres commerciales de notre société"));
    assert!(fr.contains("veuillez cocher la case ci-contre."));
    assert!(fr.contains("que vous pouvez exercer en vous adressant à Service clientèle"));
}

/// R23 (GDPR Art. 17(3)(b), 20(1), 21(1)): the rights printed follow each purpose's basis. The shop's accounting
/// rests on a legal obligation: no erasure for it, so erasure is offered purpose by purpose; portability only for
/// the contract and the consents; the objection on grounds of one's situation only for the legitimate interest
/// that is not marketing (marketing has its own unconditional objection, R12).
#[test]
fn r23_the_rights_follow_each_purpose_s_legal_basis() {
    let text = ShopOrder::notice().text(Lang::En);
    let line = |start: &str| text.lines().find(|line| line.starts_with(start)).unwrap_or_default().to_string();
    assert!(line("You can see and correct your data").contains("limit its use"), "{text}");
    assert!(!text.contains("You can see, correct or delete your data"), "no erasure for all: accounting\n{text}");
    let erasure = line("You can also ask us to delete the data used for:");
    assert!(erasure.contains("handling your orders") && !erasure.contains("accounts"), "{erasure}");
    let portability = line("You can get back, in a reusable format");
    assert!(portability.contains("handling your orders"), "{portability}");
    assert!(!portability.contains("preventing payment fraud") && !portability.contains("accounts"), "{portability}");
    let objection = line("You may object, on grounds relating to your particular situation");
    assert!(objection.ends_with("preventing payment fraud."), "{objection}");
    assert!(text.contains("Marketing: you can object at any time, free of charge"), "R12's own block\n{text}");
}
