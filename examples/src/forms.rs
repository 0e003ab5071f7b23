//! The forms the examples and the tests share: three realistic forms, each in the `gdpr` regime and in the
//! `lil2004` wording.

use privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};
use serde::Deserialize;

// --- A shop order with the three boxes of the original guidance -----------------------------------------

#[derive(Deserialize, PrivacyNotice)]
// The first level links to the site's privacy policy, which the shop serves at `/privacy`, in French unless
// `?lang=en` (see the translation).
#[notice(policy = "/privacy?lang=fr", subjects = "customer")]
#[controller(
    name = "Boutique Lumière SAS",
    address = "12 rue de la Paix, 75002 Paris",
    contact = "contact@boutique-lumiere.fr",
    country = "FR"
)]
#[purpose(
    "la gestion de vos commandes et de leur livraison",
    id = "orders",
    data_use = "essential.service",
    basis = "contract",
    retention = "3 ans après votre dernière commande",
    sale
)]
#[purpose(
    "la tenue de notre comptabilité (factures et pièces comptables)",
    id = "accounting",
    data_use = "essential.legal_obligation",
    basis = "legal_obligation",
    law = "l’article L123-22 du Code de commerce",
    retention = "10 ans pour les pièces comptables (Code de commerce, art. L123-22)"
)]
#[purpose(
    "la prévention de la fraude au paiement",
    id = "fraud_prevention",
    data_use = "essential.fraud_detection",
    basis = "legitimate_interests",
    interest = "protéger nos clients et notre société contre l’usage frauduleux de cartes bancaires",
    retention = "13 mois après la transaction"
)]
#[recipients("notre service commercial", "nos transporteurs", "notre prestataire de paiement")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris, ou donnees@boutique-lumiere.fr")]
#[withdrawal("https://boutique-lumiere.fr/mon-compte/preferences")]
#[data_requirement(reason = "traiter et livrer votre commande", consequence = "nous ne pourrons pas l’expédier")]
#[partner_optout(
    partners = "des éditeurs de presse et des associations caritatives",
    retention = "3 ans après votre dernière commande"
)]
#[partner_email_optin(
    partners = "https://boutique-lumiere.fr/partenaires",
    retention = "3 ans après votre dernière commande"
)]
#[similar_offers_optout(retention = "3 ans après votre dernière commande")]
#[call(recorded = "la formation de nos conseillers")]
#[translation(lang = "en",
    "/privacy?lang=fr" = "/privacy?lang=en",
    "la formation de nos conseillers" = "training our advisers",
    "la gestion de vos commandes et de leur livraison" = "handling your orders and their delivery",
    "3 ans après votre dernière commande" = "3 years after your last order",
    "la tenue de notre comptabilité (factures et pièces comptables)" = "keeping our accounts (invoices and accounting records)",
    "l’article L123-22 du Code de commerce" = "article L123-22 of the French Commercial Code",
    "10 ans pour les pièces comptables (Code de commerce, art. L123-22)"
        = "10 years for accounting records (French Commercial Code, art. L123-22)",
    "la prévention de la fraude au paiement" = "preventing payment fraud",
    "protéger nos clients et notre société contre l’usage frauduleux de cartes bancaires"
        = "protecting our customers and our company against fraudulent use of payment cards",
    "13 mois après la transaction" = "13 months after the transaction",
    "notre service commercial" = "our sales department",
    "nos transporteurs" = "our carriers",
    "notre prestataire de paiement" = "our payment provider",
    "Service clientèle, 12 rue de la Paix, 75002 Paris, ou donnees@boutique-lumiere.fr"
        = "Customer service, 12 rue de la Paix, 75002 Paris, France, or donnees@boutique-lumiere.fr",
    "traiter et livrer votre commande" = "process and deliver your order",
    "nous ne pourrons pas l’expédier" = "we cannot ship it",
    "des éditeurs de presse et des associations caritatives" = "press publishers and charities",
    "adresse e-mail" = "e-mail address",
    "adresse de livraison" = "delivery address",
    "téléphone" = "phone number",
)]
pub struct ShopOrder {
    #[personal_data(
        category = "user.contact.email",
        required,
        label = "adresse e-mail",
        purpose = "orders, accounting, fraud_prevention"
    )]
    pub email: String,
    #[personal_data(
        category = "user.contact.address",
        required,
        label = "adresse de livraison",
        purpose = "orders, accounting, fraud_prevention"
    )]
    pub address: String,
    /// The carrier calls this number to arrange the delivery.
    #[personal_data(category = "user.contact.phone_number", label = "téléphone", purpose = "orders")]
    pub phone: Option<String>,
    #[consent(partner_optout)]
    pub no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    pub partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    pub no_similar_offers: Checkbox,
    /// The version of the notice the page showed, sent back in a hidden input.
    pub notice_version: NoticeVersion,
}

/// The same order form in the 2004 wording (design.md §2).
#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", lang = "fr", historical)]
#[purpose("la gestion de vos commandes")]
#[recipients("notre service commercial", "nos transporteurs")]
#[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
#[partner_optout]
#[partner_email_optin]
#[similar_offers_optout]
#[translation(lang = "en",
    "la gestion de vos commandes" = "handling your orders",
    "notre service commercial" = "our sales department",
    "nos transporteurs" = "our carriers",
    "Service clientèle, 12 rue de la Paix, 75002 Paris" = "Customer service, 12 rue de la Paix, 75002 Paris, France",
)]
pub struct ShopOrder2004 {
    pub email: String,
    pub name: String,
    #[consent(partner_optout)]
    pub no_partner_use: Checkbox,
    #[consent(partner_email_optin)]
    pub partner_offers: Checkbox,
    #[consent(similar_offers_optout)]
    pub no_similar_offers: Checkbox,
}

// --- A newsletter sign-up ----------------------------------------------------------------------------------

#[derive(Deserialize, PrivacyNotice)]
// The first level links to the site's privacy policy, which the shop serves at `/privacy`, in French unless
// `?lang=en` (see the translation).
#[notice(policy = "/privacy?lang=fr", subjects = "prospect, customer")]
#[controller(
    name = "Éditions du Canal",
    address = "4 quai des Chartrons, 33000 Bordeaux",
    contact = "lecteurs@editions-canal.fr",
    country = "FR"
)]
#[purpose(
    "l’envoi de notre lettre d’information hebdomadaire",
    id = "newsletter",
    data_use = "marketing.communications.email",
    basis = "consent",
    retention = "jusqu’au retrait de votre accord, et au plus tard 3 ans après votre dernier contact avec nous ; \
                 puis 3 ans pour la preuve de votre accord",
    label = "Je souhaite recevoir par e-mail la lettre d’information hebdomadaire d’Éditions du Canal."
)]
// Measuring opens per reader would need each reader's consent (LIL art. 82): only the overall rate is measured.
#[purpose(
    "la mesure globale du taux d’ouverture de nos lettres, sans suivi individuel des lecteurs",
    data_use = "analytics.reporting.campaign_insights",
    basis = "legitimate_interests",
    interest = "améliorer nos contenus",
    retention = "13 mois"
)]
#[recipients("notre rédaction", "notre prestataire d’envoi d’e-mails")]
#[rights_contact("lecteurs@editions-canal.fr")]
#[withdrawal("le lien de désinscription présent dans chaque lettre")]
#[translation(lang = "en",
    "/privacy?lang=fr" = "/privacy?lang=en",
    "l’envoi de notre lettre d’information hebdomadaire" = "sending our weekly newsletter",
    "jusqu’au retrait de votre accord, et au plus tard 3 ans après votre dernier contact avec nous ; \
     puis 3 ans pour la preuve de votre accord"
        = "until you withdraw your agreement, and at the latest 3 years after your last contact with us; then 3 \
           years as proof of your agreement",
    "Je souhaite recevoir par e-mail la lettre d’information hebdomadaire d’Éditions du Canal."
        = "I want to receive Éditions du Canal’s weekly newsletter by e-mail.",
    "la mesure globale du taux d’ouverture de nos lettres, sans suivi individuel des lecteurs"
        = "measuring the overall open rate of our newsletters, without tracking individual readers",
    "améliorer nos contenus" = "improving our content",
    "13 mois" = "13 months",
    "notre rédaction" = "our editorial team",
    "notre prestataire d’envoi d’e-mails" = "our e-mail delivery provider",
    "le lien de désinscription présent dans chaque lettre" = "the unsubscribe link in every newsletter",
    "adresse e-mail" = "e-mail address",
)]
pub struct NewsletterSignup {
    // Only the newsletter, whose box may stay unticked, needs the address: it cannot be mandatory (GDPR Art. 7(4)).
    #[personal_data(category = "user.contact.email", label = "adresse e-mail", purpose = "newsletter")]
    pub email: String,
    #[personal_data(category = "user.name.first")]
    pub first_name: String,
    #[consent(newsletter)]
    pub newsletter: Checkbox,
}

#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose(
    "l’envoi de notre lettre d’information hebdomadaire",
    id = "newsletter",
    basis = "consent",
    label = "Je souhaite recevoir la lettre d’information hebdomadaire d’Éditions du Canal."
)]
#[recipients("notre rédaction", "notre prestataire d’envoi d’e-mails")]
#[rights_contact("Éditions du Canal, service lecteurs, 4 quai des Chartrons, 33000 Bordeaux")]
#[translation(lang = "en",
    "l’envoi de notre lettre d’information hebdomadaire" = "sending our weekly newsletter",
    "Je souhaite recevoir la lettre d’information hebdomadaire d’Éditions du Canal."
        = "I want to receive Éditions du Canal’s weekly newsletter.",
    "notre rédaction" = "our editorial team",
    "notre prestataire d’envoi d’e-mails" = "our e-mail delivery provider",
    "Éditions du Canal, service lecteurs, 4 quai des Chartrons, 33000 Bordeaux"
        = "Éditions du Canal, readers’ service, 4 quai des Chartrons, 33000 Bordeaux, France",
)]
pub struct NewsletterSignup2004 {
    pub email: String,
    #[consent(newsletter)]
    pub newsletter: Checkbox,
}

// --- A job application with a DPO and a transfer outside the EU -------------------------------------------

#[derive(Deserialize, PrivacyNotice)]
// The first level links to the site's privacy policy, which the shop serves at `/privacy`, in French unless
// `?lang=en` (see the translation).
#[notice(policy = "/privacy?lang=fr", subjects = "job_applicant")]
#[controller(
    name = "Atelier Numérique SAS",
    address = "8 rue Garibaldi, 69006 Lyon",
    contact = "recrutement@atelier-numerique.fr",
    country = "FR"
)]
#[dpo("dpo@atelier-numerique.fr")]
#[purpose(
    "l’étude de votre candidature",
    id = "application",
    data_use = "employment.recruitment",
    basis = "contract",
    retention = "la durée du recrutement, puis 3 mois si votre candidature n’est pas retenue"
)]
#[purpose(
    "l’inscription dans notre vivier de candidats pour d’autres postes",
    id = "talent_pool",
    data_use = "employment.recruitment.talent_pool",
    basis = "consent",
    retention = "2 ans après votre dernier contact avec nous",
    label = "J’accepte qu’Atelier Numérique SAS garde ma candidature dans son vivier pour d’autres postes."
)]
#[recipients(
    "le service des ressources humaines",
    "les responsables du poste à pourvoir",
    "notre éditeur de logiciel de recrutement"
)]
#[transfer(country = "US", safeguard = "standard_contractual_clauses", copy = "dpo@atelier-numerique.fr")]
#[rights_contact("dpo@atelier-numerique.fr")]
#[withdrawal("https://atelier-numerique.fr/candidats/mes-choix")]
#[data_requirement(reason = "étudier votre candidature", consequence = "nous ne pourrons pas l’examiner")]
#[translation(lang = "en",
    "/privacy?lang=fr" = "/privacy?lang=en",
    "l’étude de votre candidature" = "assessing your application",
    "la durée du recrutement, puis 3 mois si votre candidature n’est pas retenue"
        = "the length of the recruitment, then 3 months if your application is not successful",
    "J’accepte qu’Atelier Numérique SAS garde ma candidature dans son vivier pour d’autres postes."
        = "I agree that Atelier Numérique SAS keeps my application in its talent pool for other positions.",
    "l’inscription dans notre vivier de candidats pour d’autres postes" = "keeping you in our talent pool for other positions",
    "2 ans après votre dernier contact avec nous" = "2 years after your last contact with us",
    "le service des ressources humaines" = "the human resources department",
    "les responsables du poste à pourvoir" = "the managers of the position",
    "notre éditeur de logiciel de recrutement" = "our recruitment software provider",
    "étudier votre candidature" = "assess your application",
    "nous ne pourrons pas l’examiner" = "we cannot consider it",
    "nom" = "name",
    "CV" = "CV",
)]
pub struct JobApplication {
    #[personal_data(category = "user.name", required, label = "nom", purpose = "application")]
    pub name: String,
    #[personal_data(category = "user.contact.email")]
    pub email: String,
    #[personal_data(category = "user.content.private", required, label = "CV", purpose = "application")]
    pub resume: String,
    #[personal_data(category = "user.content.private")]
    pub cover_letter: String,
    #[consent(talent_pool)]
    pub talent_pool: Checkbox,
}

#[derive(Deserialize, PrivacyNotice)]
#[notice(law = "lil2004", historical)]
#[purpose("l’étude de votre candidature")]
#[purpose(
    "l’inscription dans notre vivier de candidats",
    id = "talent_pool",
    basis = "consent",
    label = "J’accepte qu’Atelier Numérique SAS garde ma candidature dans son vivier."
)]
#[recipients("le service des ressources humaines", "les responsables du poste à pourvoir")]
#[transfer(country = "US", safeguard = "standard_contractual_clauses", copy = "rh@atelier-numerique.fr")]
#[rights_contact("Service des ressources humaines, 8 rue Garibaldi, 69006 Lyon")]
#[translation(lang = "en",
    "l’étude de votre candidature" = "assessing your application",
    "l’inscription dans notre vivier de candidats" = "keeping you in our talent pool",
    "J’accepte qu’Atelier Numérique SAS garde ma candidature dans son vivier."
        = "I agree that Atelier Numérique SAS keeps my application in its talent pool.",
    "le service des ressources humaines" = "the human resources department",
    "les responsables du poste à pourvoir" = "the managers of the position",
    "Service des ressources humaines, 8 rue Garibaldi, 69006 Lyon"
        = "Human resources department, 8 rue Garibaldi, 69006 Lyon, France",
    "nom" = "name",
)]
pub struct JobApplication2004 {
    #[personal_data(required, label = "nom")]
    pub name: String,
    pub email: String,
    #[consent(talent_pool)]
    pub talent_pool: Checkbox,
}
