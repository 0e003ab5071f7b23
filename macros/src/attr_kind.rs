//! The attributes the derive reads, as types: which exist, where they go, whether they may repeat, and which
//! regimes have words for them. `#[proc_macro_derive(attributes(..))]` in `lib.rs` lists the same names; a test
//! keeps the two equal.

use crate::model::ProspectingKind;

/// An attribute written on the struct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StructAttr {
    Notice,
    Purpose,
    Recipients,
    RightsContact,
    Controller,
    Retention,
    PartnerOptout,
    PartnerEmailOptin,
    SimilarOffersOptout,
    PhoneOptin,
    PhoneOptout,
    Dpo,
    Representative,
    Transfer,
    AutomatedDecision,
    DataSource,
    DataRequirement,
    Withdrawal,
    Translation,
    Call,
    Recipient,
    ParentalConsent,
    JointController,
    Wording,
}

impl StructAttr {
    /// Every struct attribute, in the order the README lists them.
    pub(crate) const ALL: [StructAttr; 24] = [
        StructAttr::Notice,
        StructAttr::Purpose,
        StructAttr::Recipients,
        StructAttr::RightsContact,
        StructAttr::Controller,
        StructAttr::Retention,
        StructAttr::PartnerOptout,
        StructAttr::PartnerEmailOptin,
        StructAttr::SimilarOffersOptout,
        StructAttr::PhoneOptin,
        StructAttr::PhoneOptout,
        StructAttr::Dpo,
        StructAttr::Representative,
        StructAttr::Transfer,
        StructAttr::AutomatedDecision,
        StructAttr::DataSource,
        StructAttr::DataRequirement,
        StructAttr::Withdrawal,
        StructAttr::Translation,
        StructAttr::Call,
        StructAttr::Recipient,
        StructAttr::ParentalConsent,
        StructAttr::JointController,
        StructAttr::Wording,
    ];

    /// The name written after `#[`.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            StructAttr::Notice => "notice",
            StructAttr::Purpose => "purpose",
            StructAttr::Recipients => "recipients",
            StructAttr::RightsContact => "rights_contact",
            StructAttr::Controller => "controller",
            StructAttr::Retention => "retention",
            StructAttr::PartnerOptout => "partner_optout",
            StructAttr::PartnerEmailOptin => "partner_email_optin",
            StructAttr::SimilarOffersOptout => "similar_offers_optout",
            StructAttr::PhoneOptin => "phone_optin",
            StructAttr::PhoneOptout => "phone_optout",
            StructAttr::Dpo => "dpo",
            StructAttr::Representative => "representative",
            StructAttr::Transfer => "transfer",
            StructAttr::AutomatedDecision => "automated_decision",
            StructAttr::DataSource => "data_source",
            StructAttr::DataRequirement => "data_requirement",
            StructAttr::Withdrawal => "withdrawal",
            StructAttr::Translation => "translation",
            StructAttr::Call => "call",
            StructAttr::Recipient => "recipient",
            StructAttr::ParentalConsent => "parental_consent",
            StructAttr::JointController => "joint_controller",
            StructAttr::Wording => "wording",
        }
    }

    /// The attribute called `name`, if the derive has one.
    pub(crate) fn from_name(name: &str) -> Option<StructAttr> {
        StructAttr::ALL.into_iter().find(|attr| attr.name() == name)
    }

    /// Whether the attribute may be written more than once (one per purpose, transfer, language, recipient).
    pub(crate) const fn repeatable(self) -> bool {
        matches!(
            self,
            StructAttr::Purpose
                | StructAttr::Transfer
                | StructAttr::Translation
                | StructAttr::Recipient
                | StructAttr::JointController
                | StructAttr::Wording
        )
    }

    /// Whether only the `gdpr` regime has words for it (the `lil2004` text reproduces 2004's, which has none).
    pub(crate) const fn gdpr_only(self) -> bool {
        matches!(
            self,
            StructAttr::Dpo
                | StructAttr::Representative
                | StructAttr::AutomatedDecision
                | StructAttr::DataSource
                | StructAttr::DataRequirement
                | StructAttr::Withdrawal
                | StructAttr::PhoneOptin
                | StructAttr::Call
                | StructAttr::Retention
                | StructAttr::Recipient
                | StructAttr::ParentalConsent
                | StructAttr::JointController
        )
    }

    /// The prospecting case the attribute declares, for the four that declare one.
    pub(crate) const fn prospecting(self) -> Option<ProspectingKind> {
        match self {
            StructAttr::PartnerOptout => Some(ProspectingKind::PartnerOptout),
            StructAttr::PartnerEmailOptin => Some(ProspectingKind::PartnerEmailOptin),
            StructAttr::SimilarOffersOptout => Some(ProspectingKind::SimilarOffersOptout),
            StructAttr::PhoneOptin => Some(ProspectingKind::PhoneOptin),
            _ => None,
        }
    }
}

/// An attribute written on a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldAttr {
    /// `#[consent(ID)]`: the field is the box of the purpose ID.
    Consent,
    /// `#[personal_data(..)]`: what the field collects.
    PersonalData,
}

impl FieldAttr {
    /// Every field attribute.
    pub(crate) const ALL: [FieldAttr; 2] = [FieldAttr::Consent, FieldAttr::PersonalData];

    /// The name written after `#[`.
    pub(crate) const fn name(self) -> &'static str {
        match self {
            FieldAttr::Consent => "consent",
            FieldAttr::PersonalData => "personal_data",
        }
    }

    /// The attribute called `name`, if the derive has one.
    pub(crate) fn from_name(name: &str) -> Option<FieldAttr> {
        FieldAttr::ALL.into_iter().find(|attr| attr.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names `#[proc_macro_derive(PrivacyNotice, attributes(..))]` declares, read from `lib.rs`.
    fn declared() -> Vec<String> {
        let source = include_str!("lib.rs");
        let start = source.find("attributes(").expect("an attributes list") + "attributes(".len();
        let end = start + source[start..].find(')').expect("its end");
        source[start..end].split(',').map(|name| name.trim().to_string()).filter(|n| !n.is_empty()).collect()
    }

    #[test]
    fn the_kinds_are_the_attributes_the_derive_declares() {
        let mut kinds: Vec<&str> = StructAttr::ALL.iter().map(|a| a.name()).collect();
        kinds.extend(FieldAttr::ALL.iter().map(|a| a.name()));
        let mut declared = declared();
        declared.sort();
        kinds.sort_unstable();
        assert_eq!(declared, kinds);
    }

    #[test]
    fn names_read_back() {
        for attr in StructAttr::ALL {
            assert_eq!(StructAttr::from_name(attr.name()), Some(attr));
            assert_eq!(attr.prospecting().map(|kind| kind.id()), attr.prospecting().map(|_| attr.name()));
        }
        for attr in FieldAttr::ALL {
            assert_eq!(FieldAttr::from_name(attr.name()), Some(attr));
        }
        assert_eq!(StructAttr::from_name("consent"), None);
    }
}
