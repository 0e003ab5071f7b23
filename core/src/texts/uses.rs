//! Every use of the data a `gdpr` notice lists: the declared purposes, then the marketing uses the prospecting
//! attributes imply. Those are purposes too (design §7; legal review defect 1): each with its legal basis, the
//! interest pursued, its retention, and its partners among the recipients.

use super::phrases::our_partners;
use crate::Lang;
use crate::model::{LegalBasis, NoticeSpec, ProspectingKind};
use crate::vocabulary::MarketingChannel;

/// One use of the data, as the notice states it.
#[non_exhaustive]
pub struct Use<'a> {
    /// What the data is used for, in the notice's language.
    pub text: String,
    /// Its legal basis.
    pub basis: Option<LegalBasis>,
    /// The legitimate interest pursued.
    pub interest: Option<String>,
    /// How long its data is kept.
    pub retention: Option<&'a str>,
    /// The marketing channel, for a marketing use.
    pub marketing: Option<MarketingChannel>,
    /// What the use does, as a data use of the taxonomy: declared, or implied by the prospecting case.
    pub data_use: Option<&'a str>,
    /// The law a legal obligation fulfils.
    pub law: Option<&'a str>,
}

/// The text behind the similar-offers exception: the French CPCE for a French controller, the ePrivacy
/// Directive it transposes elsewhere (design §9).
fn similar_offers_law(spec: &NoticeSpec, lang: Lang) -> &'static str {
    let words = &lang.catalog().notice;
    if spec.under_french_law() { words.similar_offers_law_fr } else { words.similar_offers_law_eu }
}

/// Every use a notice lists, in `lang`: the declared purposes, then one use per prospecting case, in the order the notice presents them.
pub fn uses<'a>(spec: &NoticeSpec<'a>, lang: Lang) -> Vec<Use<'a>> {
    let declared = spec.purposes.iter().map(|p| Use {
        text: p.text.get(lang).to_string(),
        basis: p.basis,
        interest: p.interest.map(|i| i.get(lang).to_string()),
        retention: p.retention.or(spec.retention).map(|r| r.get(lang)),
        marketing: p.marketing,
        data_use: p.data_use,
        law: p.law.map(|l| l.get(lang)),
    });
    let words = lang.catalog();
    let implied = spec.prospecting.iter().map(|p| {
        let partners = our_partners(p.partners.map(|t| t.get(lang)), lang);
        let listed = p.partners.map_or(String::new(), |t| format!(" ({})", t.get(lang)));
        let caller = p.caller.or(spec.controller.map(|c| c.name)).unwrap_or_default();
        let notice = &words.notice;
        let (text, basis, interest, marketing) = match p.kind {
            ProspectingKind::PartnerOptout => (
                words.fill(notice.use_partner_optout, &[("partners", &partners)]),
                LegalBasis::LegitimateInterests,
                Some(notice.interest_partner_optout.to_string()),
                MarketingChannel::Post,
            ),
            ProspectingKind::PartnerEmailOptin => (
                words.fill(notice.use_partner_email_optin, &[("listed", &listed)]),
                LegalBasis::Consent,
                None,
                MarketingChannel::Email,
            ),
            ProspectingKind::SimilarOffersOptout => (
                notice.use_similar_offers.to_string(),
                LegalBasis::LegitimateInterests,
                Some(words.fill(notice.interest_similar_offers, &[("law", similar_offers_law(spec, lang))])),
                MarketingChannel::Email,
            ),
            ProspectingKind::PhoneOptin => (
                words.fill(notice.use_phone_optin, &[("caller", caller)]),
                LegalBasis::Consent,
                None,
                MarketingChannel::Phone,
            ),
        };
        Use {
            text,
            basis: Some(basis),
            interest,
            retention: p.retention.or(spec.retention).map(|r| r.get(lang)),
            marketing: Some(marketing),
            data_use: Some(p.kind.data_use()),
            law: None,
        }
    });
    declared.chain(implied).collect()
}
