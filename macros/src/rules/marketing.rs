//! Direct marketing, by channel and by audience (R12–R17; CPCE L34-5, GDPR Art. 21), charities' appeals (R38),
//! e-mail tracking (R39) and the sale of data (R40). Every marketing purpose can be objected to without reason
//! (Art. 21(2)-(3), R12): the texts print that block for each.

use crate::decl::{Audience, Basis, Form, MarketingChannel, ProspectingKind, Purpose};
use crate::errors::Errors;
use crate::taxonomy::is_under;

/// Every marketing rule.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    channels(form, errors);
    polish_consent(form, errors);
    named_partners(form, errors);
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        let Some(data_use) = &purpose.data_use else { continue };
        let use_ = data_use.value.as_str();
        let consented = purpose.basis == Some(Basis::Consent);
        if is_under(use_, "marketing.communications.appeals")
            && !matches!(purpose.basis, Some(Basis::Consent | Basis::LegitimateInterests))
        {
            errors.add_at(
                data_use.span,
                "`data_use = \"marketing.communications.appeals\"`: an appeal for donations or support rests on the person's consent, or on the body's legitimate \
                 interests with the right to object (GDPR Art. 6(1)(a), (f), 21(2); R38)",
                "write `basis = \"legitimate_interests\", interest = \"..\"` or `basis = \"consent\"`",
            );
        }
        if is_under(use_, "marketing.communications.email.tracking") && !consented {
            errors.add_at(
                data_use.span,
                "`data_use = \"marketing.communications.email.tracking\"`: measuring, recipient by recipient, whether marketing e-mails are opened reads the person's device, \
                 which needs their consent (ePrivacy Directive Art. 5(3); loi Informatique et Libertés art. 82; \
                 CNIL, e-mail pixels; R39)",
                "write `basis = \"consent\", id = \"open_tracking\"` with its `#[consent(open_tracking)]` box, or \
                 measure only the overall open rate (`data_use = \"analytics.reporting.campaign_insights\"`)",
            );
        }
        if is_under(use_, "third_party_sharing.sale") && !consented {
            errors.add_at(
                data_use.span,
                "`data_use = \"third_party_sharing.sale\"`: selling or renting personal data to third parties is a new purpose the person must agree to, with a \
                 box of its own (GDPR Art. 6(1)(a), 7(2); CPCE L34-5; R40)",
                "write `basis = \"consent\", id = \"data_sale\"` with its `#[consent(data_sale)]` box, and name the \
                 buyers in `#[recipients(..)]`",
            );
        }
        if is_under(use_, "third_party_sharing.marketing.email") && !consented {
            errors.add_at(
                data_use.span,
                "`data_use = \"third_party_sharing.marketing.email\"`: e-mail addresses passed to partners for their offers need the person's consent (CPCE L34-5; CNIL \
                 2018; R16)",
                "use `#[partner_email_optin(partners = \"https://..\")]` with its box, or `basis = \"consent\"`",
            );
        }
    }
}

/// R46: Polish law requires prior consent to any marketing sent by e-mail, SMS or another terminal device
/// (Prawo komunikacji elektronicznej of 12 July 2024, art. 398, in force since 10 November 2024, which replaced
/// art. 10 of the act on electronic services): it transposes no similar-offers exception (ePrivacy Directive
/// Art. 13(2) lets a Member State keep it; Poland did not), and does not tell consumers from professionals.
fn polish_consent(form: &Form, errors: &mut Errors) {
    let polish = form.controller.as_ref().and_then(|c| c.country.as_ref()).is_some_and(|c| c.value == "PL");
    if !polish {
        return;
    }
    for prospecting in form.prospecting.iter().filter(|p| p.kind == ProspectingKind::SimilarOffersOptout) {
        errors.add(
            prospecting.attr,
            "`#[similar_offers_optout]` for a Polish controller: Polish law has no similar-offers exception, and \
             e-mail offers need the customer's prior consent, whatever they bought (Prawo komunikacji elektronicznej \
             art. 398; R46)",
            "replace it with a purpose on consent and its unticked box: `#[purpose(\"..\", id = \"offers\", data_use = \
             \"marketing.communications.email\", basis = \"consent\", retention = \"..\")]` and `#[consent(offers)]`",
        );
    }
    for purpose in form.purposes.iter().filter(|p| p.complete && p.basis != Some(Basis::Consent)) {
        let by_channel = matches!(purpose.marketing, Some((MarketingChannel::Email | MarketingChannel::Sms, _)));
        let use_ = purpose.data_use.as_ref().map_or("", |u| u.value.as_str());
        let by_use =
            ["marketing.communications.email", "marketing.communications.sms"].iter().any(|u| is_under(use_, u))
                && !is_under(use_, "marketing.communications.email.tracking");
        if by_channel || by_use {
            errors.add(
                purpose.attr,
                format!(
                    "`#[purpose(\"{}\", ..)]` sends marketing by e-mail or SMS for a Polish controller without consent: \
                     Polish law requires the recipient's prior consent, consumer or professional (Prawo komunikacji \
                     elektronicznej art. 398; R46)",
                    purpose.text.value
                ),
                "write `basis = \"consent\"` with the purpose's `id` and its unticked `#[consent(..)]` box",
            );
        }
    }
}

/// The form addresses consumers (not only professionals).
pub(super) fn to_consumers(form: &Form) -> bool {
    form.audience != Audience::Professionals
}

/// Whether the purpose has its own box.
fn boxed(form: &Form, purpose: &Purpose) -> bool {
    purpose.id.as_ref().is_some_and(|id| form.consent_fields().any(|(_, c)| c.id.value == id.value))
}

/// R13: e-mail and SMS marketing to consumers needs consent; R15: to professionals, e-mail on legitimate
/// interests needs an objection box at collection. Phone calls are `phone`'s (R18).
fn channels(form: &Form, errors: &mut Errors) {
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        let Some((channel, span)) = purpose.marketing else { continue };
        let basis = purpose.basis;
        let use_ = purpose.data_use.as_ref().map_or("", |u| u.value.as_str());
        if !matches!(channel, MarketingChannel::Email | MarketingChannel::Sms)
            || is_under(use_, "marketing.communications.email.tracking")
        {
            continue;
        }
        if to_consumers(form) {
            if basis != Some(Basis::Consent) {
                errors.add_at(
                    span,
                    format!(
                        "`data_use = \"{use_}\"` to consumers needs their consent, and this purpose's basis is {} \
                         (CPCE L34-5; R13)",
                        basis.map_or("missing".to_string(), |b| format!("`{}`", b.code()))
                    ),
                    "write `basis = \"consent\", id = \"offers\"` with a field `#[consent(offers)] offers: Checkbox`; \
                     for a customer's offers on products like the ones they ordered, use `#[similar_offers_optout]` \
                     (soft opt-in, R14)",
                );
            }
            continue;
        }
        match basis {
            Some(Basis::LegitimateInterests) if !boxed(form, purpose) => errors.add_at(
                span,
                format!(
                    "`data_use = \"{use_}\"` to professionals on `legitimate_interests` needs an objection box at \
                     collection (CNIL, B2B prospecting; R15)"
                ),
                "give the purpose an `id = \"offers\"` and add a field `#[consent(offers)] no_offers: Checkbox` (an \
                 \"I object\" box); the offers must concern the person's profession",
            ),
            Some(Basis::LegitimateInterests | Basis::Consent) => {}
            _ => errors.add_at(
                span,
                format!(
                    "`data_use = \"{use_}\"` to professionals is based on `consent` or on `legitimate_interests` with \
                     an objection box (R15)"
                ),
                "write `basis = \"legitimate_interests\", interest = \"..\", id = \"offers\"` with a \
                 `#[consent(offers)]` objection box, or `basis = \"consent\"`",
            ),
        }
    }
    // The similar-offers exception covers the seller's own products; partners' offers are never sent under it.
    if form.prospecting(ProspectingKind::SimilarOffersOptout).is_some() {
        for purpose in form.purposes.iter().filter(|p| p.basis != Some(Basis::Consent)) {
            if let Some(data_use) = purpose.data_use.as_ref().filter(|u| is_under(&u.value, "third_party_sharing")) {
                errors.add_at(
                    data_use.span,
                    "`#[similar_offers_optout]`: the similar-offers exception covers the seller's own similar products only: partners' offers \
                     need the person's consent (CPCE L34-5 al. 4; R14)",
                    "use `#[partner_email_optin(..)]` (an \"I agree\" box) for partners' e-mail offers",
                );
            }
        }
    }
}

/// Words that describe partners without naming them, in French then English.
const VAGUE_PARTNERS: &[&str] = &[
    "partenaire",
    "sélectionn",
    "selectionn",
    "soigneusement",
    "de confiance",
    "tiers",
    "divers",
    "partner",
    "selected",
    "carefully",
    "trusted",
    "third part",
    "annonceur",
    "advertiser",
    "marques du groupe",
    "sociétés du groupe",
    "group companies",
    "brands",
    "filiales",
    "affiliates",
];

/// R16: partners who receive e-mail addresses are identifiable: a link to their list, or their names. A text
/// that describes them by their kind (« des partenaires soigneusement sélectionnés », « les marques du Groupe et
/// leurs Annonceurs », capitals or not) is refused; names, even written in lower case as trade names often are
/// (« leboncoin, ebay »), are not.
fn named_partners(form: &Form, errors: &mut Errors) {
    let Some(optin) = form.prospecting(ProspectingKind::PartnerEmailOptin) else { return };
    let Some(partners) = &optin.partners else { return };
    let value = partners.value.trim();
    let is_link = value.contains("https://") || value.contains("http://");
    if !is_link && super::wording::found(value, VAGUE_PARTNERS).is_some() {
        errors.add_at(
            partners.span,
            format!(
                "`partners = \"{value}\"` in `#[partner_email_optin(..)]` does not identify the partners: a person \
                 consents to partners they can name (CNIL 2018; R16)"
            ),
            "name them, `partners = \"Éditions Soleil, Voyages Azur\"`, or link to their list, `partners = \
             \"https://boutique.fr/partenaires\"`",
        );
    }
}
