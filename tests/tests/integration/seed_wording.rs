//! The `lil2004` regime reproduces the original guidance (shared seed) word for word, filled with the
//! declared values. The expected sentences below are copied from the seed text, with its placeholders
//! replaced by the form's declarations; they are not copied from the library's output.

use privacy_notice::{Checkbox, ConsentKind, Lang, Law, PrivacyNotice};
use serde::Deserialize;

/// The order form of design.md §2.
#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", lang = "fr", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial", "nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
#[similar_offers_optout]
#[allow(dead_code)]
struct OrderForm {
    email: String,
    name: String,
    #[consent(partner_optout)]
    no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    no_similar_offers: Checkbox,
}

/// Seed, « Les mentions des formulaires »: « Les informations recueillies font l’objet d’un traitement
/// informatique destiné à …(finalité). Les destinataires des données sont :……. Conformément à la loi
/// “informatique et libertés” du 6 janvier 1978 modifiée en 2004, vous bénéficiez d’un droit d’accès et de
/// rectification aux informations qui vous concernent, que vous pouvez exercer en vous adressant à ……
/// (Service et l’adresse). Vous pouvez également, pour des motifs légitimes, vous opposer au traitement des
/// données vous concernant ».
#[test]
fn general_form_mention_is_the_seed_filled_in() {
    let text = OrderForm::notice().text(Lang::Fr);
    let expected = "Les informations recueillies font l’objet d’un traitement informatique destiné à la gestion de \
                    vos commandes. Les destinataires des données sont : notre service commercial et nos \
                    transporteurs. Conformément à la loi “informatique et libertés” du 6 janvier 1978 modifiée en \
                    2004, vous bénéficiez d’un droit d’accès et de rectification aux informations qui vous \
                    concernent, que vous pouvez exercer en vous adressant à Service clientèle, 12 rue de la Paix, \
                    75002 Paris. Vous pouvez également, pour des motifs légitimes, vous opposer au traitement des \
                    données vous concernant.";
    assert!(text.contains(expected), "general mention missing from:\n{text}");
}

/// Seed, « La cession de données ou d’emails à des partenaires »: the partner opt-out mention, whose
/// « (précisez ici les coordonnées de ce service) » is filled with `rights_contact`.
#[test]
fn partner_transfer_mention_is_the_seed_filled_in() {
    let text = OrderForm::notice().text(Lang::Fr);
    let expected = "Ces informations sont nécessaires à notre société pour traiter votre demande. Elles sont \
                    enregistrées dans notre fichier de clients et peuvent donner lieu à l’exercice du droit \
                    d’accès et de rectification auprès de notre service clientèle (Service clientèle, 12 rue de la \
                    Paix, 75002 Paris). Si vous ne souhaitez pas que vos données soient utilisées par nos \
                    partenaires à des fins de prospection, veuillez cocher la case ci-contre.";
    assert!(text.contains(expected), "partner opt-out mention missing from:\n{text}");
    assert!(!text.contains("précisez"), "the seed's placeholder must be filled in");
}

/// Seed: « Si vous souhaitez recevoir des propositions commerciales de nos partenaires par voie
/// électronique, merci de cocher la case ci-contre ». Its preamble is the partner-transfer one, said once.
#[test]
fn partner_email_mention_follows_the_shared_preamble() {
    let text = OrderForm::notice().text(Lang::Fr);
    assert!(text.contains(
        "Si vous souhaitez recevoir des propositions commerciales de nos partenaires par voie électronique, merci \
         de cocher la case ci-contre."
    ));
    assert_eq!(text.matches("Ces informations sont nécessaires à notre société").count(), 1);
}

/// Seed, « La réutilisation des adresses électroniques ».
#[test]
fn similar_offers_mention_is_the_seed() {
    let text = OrderForm::notice().text(Lang::Fr);
    assert!(text.contains(
        "Vous êtes susceptibles de recevoir des offres commerciales de notre société pour des produits et services \
         analogues à ceux que vous avez commandés. Si vous ne le souhaitez pas, cochez la case ci-contre."
    ));
}

/// Each mention is followed by its box (« la case ci-contre »), and every box is unticked.
#[test]
fn each_mention_is_followed_by_its_box() {
    let text = OrderForm::notice().text(Lang::Fr);
    let order = [
        "veuillez cocher la case ci-contre.",
        "☐ Je ne souhaite pas que mes données soient utilisées par vos partenaires à des fins de prospection.",
        "merci de cocher la case ci-contre.",
        "☐ Je souhaite recevoir des propositions commerciales de vos partenaires par voie électronique.",
        "cochez la case ci-contre.",
        "☐ Je ne souhaite pas recevoir d’offres commerciales pour des produits et services analogues",
    ];
    let mut from = 0;
    for part in order {
        let at = text[from..].find(part).unwrap_or_else(|| panic!("`{part}` not found in order in:\n{text}"));
        from += at + part.len();
    }
    let html = OrderForm::notice().html(Lang::Fr);
    assert_eq!(html.matches("type=\"checkbox\"").count(), 3);
    assert!(!html.contains("checked"), "a box is never pre-ticked");
    assert!(!html.contains("required"), "a box is never required");
}

/// Seed, « L’information des centres d’appel »: the script tells how the data will be used, that the person
/// may ask not to be contacted again, and how to access and rectify it with the name of the service.
#[test]
fn call_script_covers_the_three_points_of_the_seed() {
    let script = OrderForm::notice().call_script(Lang::Fr);
    assert!(script.contains("traitement informatique destiné à la gestion de vos commandes"));
    assert!(script.contains("Vous pouvez à tout moment nous demander de ne plus être contacté(e)."));
    assert!(script.contains(
        "Vous pouvez accéder à vos données personnelles et les faire rectifier en vous adressant à Service \
         clientèle, 12 rue de la Paix, 75002 Paris."
    ));
    // One question per box, in the order of the form.
    assert!(script.contains("1. « Vous opposez-vous à ce que vos données soient utilisées par nos partenaires"));
    assert!(script.contains("2. « Souhaitez-vous recevoir des propositions commerciales de nos partenaires"));
    assert!(script.contains("3. « Vous êtes susceptible de recevoir des offres commerciales"));
}

#[test]
fn english_texts_carry_the_same_content() {
    // The same order form with its texts translated (a form without them is shown in French: `languages.rs`).
    let notice = privacy_notice_examples::forms::ShopOrder2004::notice();
    let text = notice.text(Lang::En);
    for part in [
        "The information collected is processed electronically for the following purpose: handling your orders.",
        "The recipients of the data are: our sales department and our carriers.",
        "you have a right of access to and rectification of the information concerning you, which you may \
         exercise by contacting Customer service, 12 rue de la Paix, 75002 Paris, France.",
        "You may also, for legitimate reasons, object to the processing of data concerning you.",
        "with our customer service (Customer service, 12 rue de la Paix, 75002 Paris, France). If you do not want \
         your data to be used by our partners for marketing purposes, please tick the box below.",
        "If you would like to receive commercial offers from our partners by electronic means, please tick the box \
         below.",
        "You may receive commercial offers from our company for products and services similar to those you have \
         ordered. If you do not wish to, tick the box below.",
    ] {
        assert!(text.contains(part), "`{part}` missing from:\n{text}");
    }
    let script = notice.call_script(Lang::En);
    assert!(script.contains("You may ask us at any time not to contact you again."));
    assert!(script.contains("have it corrected by contacting Customer service"));
    assert!(!text.contains("Les informations recueillies"), "no French library text in the English notice");
    assert_eq!(
        notice.consent_fields()[1].label(Lang::En),
        "I would like to receive commercial offers from your partners by electronic means."
    );
}

#[test]
fn boxes_have_their_kind_name_and_purpose() {
    let notice = OrderForm::notice();
    assert_eq!(notice.law(), Law::Lil2004);
    let boxes: Vec<_> =
        notice.consent_fields().iter().map(|field| (field.name(), field.purpose(), field.kind())).collect();
    assert_eq!(
        boxes,
        [
            ("no_partner_use", "partner_optout", ConsentKind::OptOut),
            ("partner_offers", "partner_email_optin", ConsentKind::OptIn),
            ("no_similar_offers", "similar_offers_optout", ConsentKind::OptOut),
        ]
    );
    let partner = &notice.consent_fields()[1];
    assert_eq!(
        partner.label(Lang::Fr),
        "Je souhaite recevoir des propositions commerciales de vos partenaires par voie électronique."
    );
}

/// Several purposes: « destiné à A et à B », with French article contraction (« à le » is « au »).
#[test]
fn several_purposes_are_joined_in_french_grammar() {
    #[derive(Deserialize, PrivacyNotice)]
    #[notice(law = "lil2004", historical)]
    #[purpose("la gestion de vos commandes")]
    #[purpose("le suivi de la relation client")]
    #[recipients("notre service commercial")]
    #[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
    #[allow(dead_code)]
    struct Form {
        email: String,
    }
    let text = Form::notice().text(Lang::Fr);
    assert!(text.contains("destiné à la gestion de vos commandes et au suivi de la relation client."), "{text}");
}

#[test]
fn version_is_a_sha256_that_follows_the_words() {
    #[derive(Deserialize, PrivacyNotice)]
    #[notice(law = "lil2004", historical)]
    #[purpose("la gestion de vos commandes")]
    #[recipients("notre service commercial")]
    #[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
    #[allow(dead_code)]
    struct A {
        email: String,
    }
    #[derive(Deserialize, PrivacyNotice)]
    #[notice(law = "lil2004", historical)]
    #[purpose("la gestion de vos commandes")]
    #[recipients("notre service commercial")]
    #[rights_contact("Service clientèle, 14 rue de la Paix, 75002 Paris")]
    #[allow(dead_code)]
    struct B {
        email: String,
    }
    let (a, b) = (A::notice().version(), B::notice().version());
    assert_eq!(a.len(), 64);
    assert!(a.bytes().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    assert_ne!(a, b, "one changed digit in the address changes the version");
    assert_eq!(a, A::notice().version(), "stable across calls");
}
