//! The facts the law turns on, as a form declares them (design §7): who fills the form in, the channel of a
//! marketing purpose, what kind of data a field holds, its Art. 9 category and the Art. 9(2) condition that
//! allows it, and where a recipient is.

use serde::Serialize;

use crate::Lang;
use crate::text::Text;

/// Declares a closed list of names as written in an attribute, with `ALL`, `code()` and `from_code()`.
macro_rules! named {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every value, in the order messages list them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The name written in the attribute.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            /// The value's place in `ALL`: its entry in the catalogs' lists.
            pub const fn index(self) -> usize {
                self as usize
            }

            /// The value written `code`, exactly.
            pub fn from_code(code: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|value| value.code() == code)
            }
        }
    };
}

named! {
    /// Who fills in the form, from `#[notice(audience = "..")]`; by default consumers.
    Audience {
        /// Natural persons acting as consumers: the default.
        Consumers = "consumers",
        /// Professionals at their professional address (B2B, CNIL: e-mail prospecting on legitimate interest
        /// with an objection box, about their profession; R15).
        Professionals = "professionals",
        /// Children: in France, under 15 the child **and** a holder of parental authority consent (LIL art. 45;
        /// GDPR Art. 8; R22).
        Minors = "minors",
    }
}

named! {
    /// The channel of a direct-marketing purpose, from `#[purpose(.., marketing = "..")]` (R12).
    MarketingChannel {
        /// E-mail: consent for consumers (CPCE L34-5; R13).
        Email = "email",
        /// SMS and MMS: consent for consumers (CPCE L34-5; R13).
        Sms = "sms",
        /// Telephone calls by a person: consent for consumers since 11 August 2026 (C. consom. L223-1).
        Phone = "phone",
        /// Post: legitimate interest, with the right to object at any time (Recital 47; Art. 21(2)).
        Post = "post",
    }
}

named! {
    /// What a field holds, from `#[personal_data(kind = "..")]`.
    DataKind {
        /// A phone number: the notice carries the C. consom. L223-2 information.
        Phone = "phone",
        /// An e-mail address.
        Email = "email",
        /// A postal address.
        PostalAddress = "postal_address",
    }
}

named! {
    /// A special category of personal data (GDPR Art. 9(1)), from `#[personal_data(special = "..")]`.
    SpecialCategory {
        /// Data concerning health.
        Health = "health",
        /// Genetic data.
        Genetic = "genetic",
        /// Biometric data used to identify a person.
        Biometric = "biometric",
        /// Data revealing racial or ethnic origin.
        RacialOrEthnicOrigin = "racial_or_ethnic_origin",
        /// Data revealing political opinions.
        PoliticalOpinions = "political_opinions",
        /// Data revealing religious or philosophical beliefs.
        ReligiousBeliefs = "religious_beliefs",
        /// Data revealing trade union membership.
        TradeUnion = "trade_union",
        /// Data concerning a person's sex life.
        SexLife = "sex_life",
        /// Data concerning a person's sexual orientation.
        SexualOrientation = "sexual_orientation",
    }
}

named! {
    /// The Art. 9(2) condition that allows processing a special category, from `#[personal_data(art9 = "..")]`.
    Art9Condition {
        /// (a) explicit consent: the field serves a consent purpose, with its box.
        ExplicitConsent = "explicit_consent",
        /// (b) obligations in employment and social security law.
        Employment = "employment",
        /// (c) vital interests, when the person cannot consent.
        VitalInterests = "vital_interests",
        /// (d) the legitimate activities of a not-for-profit body, for its members.
        NotForProfit = "not_for_profit",
        /// (e) data the person has manifestly made public.
        MadePublic = "made_public",
        /// (f) legal claims.
        LegalClaims = "legal_claims",
        /// (g) substantial public interest, on the basis of law.
        SubstantialPublicInterest = "substantial_public_interest",
        /// (h) preventive or occupational medicine, diagnosis, care, under professional secrecy.
        HealthCare = "health_care",
        /// (i) public health.
        PublicHealth = "public_health",
        /// (j) archiving, scientific or historical research, statistics.
        Archiving = "archiving",
    }
}

impl SpecialCategory {
    /// « de santé » / "health data": how the notice names it (after « des données » in French).
    pub fn words(self, lang: Lang) -> &'static str {
        lang.catalog().vocabulary.special_categories[self.index()]
    }
}

impl Art9Condition {
    /// The condition as « nous ne les traitons que … » / "we process it only …" says it, with its letter.
    pub fn words(self, lang: Lang) -> &'static str {
        lang.catalog().vocabulary.art9_conditions[self.index()]
    }
}

/// A field's special category and the condition that allows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpecialData {
    /// The Art. 9(1) category.
    pub category: SpecialCategory,
    /// The Art. 9(2) condition.
    pub condition: Art9Condition,
}

impl SpecialData {
    /// Data of `category`, processed under `condition`.
    pub const fn new(category: SpecialCategory, condition: Art9Condition) -> SpecialData {
        SpecialData { category, condition }
    }
}

/// A recipient with its country, from `#[recipient("..", country = "..")]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Recipient<'a> {
    /// Who receives the data.
    pub name: Text<'a>,
    /// Where: an ISO 3166-1 alpha-2 code.
    pub country: &'a str,
}

impl<'a> Recipient<'a> {
    /// `name`, in the country whose ISO 3166-1 alpha-2 code is `country`.
    pub const fn new(name: Text<'a>, country: &'a str) -> Recipient<'a> {
        Recipient { name, country }
    }

    /// The country's name in `lang`, or its code if the table does not know it.
    pub fn country_name(&self, lang: Lang) -> &'a str {
        crate::countries::country(self.country).map_or(self.country, |names| names[lang.index()])
    }
}
