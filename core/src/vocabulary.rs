//! The facts the law turns on, as a form declares them (design §7): who fills the form in, the channel of a
//! marketing purpose, what kind of data a field holds, its Art. 9 category and the Art. 9(2) condition that
//! allows it, and where a recipient is.

use serde::Serialize;

use crate::Lang;
use crate::model::Text;

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
    /// « de santé » / "health": how « des données … » names it.
    pub fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SpecialCategory::Health, Lang::Fr) => "de santé",
            (SpecialCategory::Genetic, Lang::Fr) => "génétiques",
            (SpecialCategory::Biometric, Lang::Fr) => "biométriques",
            (SpecialCategory::RacialOrEthnicOrigin, Lang::Fr) => "qui révèlent votre origine raciale ou ethnique",
            (SpecialCategory::PoliticalOpinions, Lang::Fr) => "qui révèlent vos opinions politiques",
            (SpecialCategory::ReligiousBeliefs, Lang::Fr) => {
                "qui révèlent vos convictions religieuses ou philosophiques"
            }
            (SpecialCategory::TradeUnion, Lang::Fr) => "qui révèlent votre appartenance syndicale",
            (SpecialCategory::SexLife, Lang::Fr) => "concernant votre vie sexuelle",
            (SpecialCategory::SexualOrientation, Lang::Fr) => "concernant votre orientation sexuelle",
            (SpecialCategory::Health, Lang::En) => "health data",
            (SpecialCategory::Genetic, Lang::En) => "genetic data",
            (SpecialCategory::Biometric, Lang::En) => "biometric data",
            (SpecialCategory::RacialOrEthnicOrigin, Lang::En) => "data revealing your racial or ethnic origin",
            (SpecialCategory::PoliticalOpinions, Lang::En) => "data revealing your political opinions",
            (SpecialCategory::ReligiousBeliefs, Lang::En) => "data revealing your religious or philosophical beliefs",
            (SpecialCategory::TradeUnion, Lang::En) => "data revealing your trade union membership",
            (SpecialCategory::SexLife, Lang::En) => "data concerning your sex life",
            (SpecialCategory::SexualOrientation, Lang::En) => "data concerning your sexual orientation",
        }
    }
}

impl Art9Condition {
    /// What allows the processing, as the notice says it after « nous ne les traitons que » / "we process it
    /// only".
    pub fn words(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Art9Condition::ExplicitConsent, Lang::Fr) => {
                "avec votre consentement explicite, que vous pouvez retirer à tout moment (art. 9(2)(a))"
            }
            (Art9Condition::Employment, Lang::Fr) => {
                "pour nos obligations en droit du travail et de la protection sociale (art. 9(2)(b))"
            }
            (Art9Condition::VitalInterests, Lang::Fr) => {
                "pour protéger vos intérêts vitaux ou ceux d’une autre personne (art. 9(2)(c))"
            }
            (Art9Condition::NotForProfit, Lang::Fr) => {
                "dans le cadre des activités légitimes de notre organisme à but non lucratif, pour ses membres \
                 (art. 9(2)(d))"
            }
            (Art9Condition::MadePublic, Lang::Fr) => "parce que vous les avez rendues publiques (art. 9(2)(e))",
            (Art9Condition::LegalClaims, Lang::Fr) => {
                "pour la constatation, l’exercice ou la défense de droits en justice (art. 9(2)(f))"
            }
            (Art9Condition::SubstantialPublicInterest, Lang::Fr) => {
                "pour un motif d’intérêt public important prévu par la loi (art. 9(2)(g))"
            }
            (Art9Condition::HealthCare, Lang::Fr) => {
                "pour des diagnostics, des soins ou la médecine préventive ou du travail, sous la responsabilité \
                 d’un professionnel tenu au secret (art. 9(2)(h))"
            }
            (Art9Condition::PublicHealth, Lang::Fr) => {
                "pour des motifs d’intérêt public en santé publique (art. 9(2)(i))"
            }
            (Art9Condition::Archiving, Lang::Fr) => {
                "à des fins d’archives, de recherche scientifique ou historique ou de statistiques (art. 9(2)(j))"
            }
            (Art9Condition::ExplicitConsent, Lang::En) => {
                "with your explicit consent, which you can withdraw at any time (Art. 9(2)(a))"
            }
            (Art9Condition::Employment, Lang::En) => {
                "for our obligations in employment and social security law (Art. 9(2)(b))"
            }
            (Art9Condition::VitalInterests, Lang::En) => {
                "to protect your vital interests or those of another person (Art. 9(2)(c))"
            }
            (Art9Condition::NotForProfit, Lang::En) => {
                "in the legitimate activities of our not-for-profit body, for its members (Art. 9(2)(d))"
            }
            (Art9Condition::MadePublic, Lang::En) => "because you have made it public (Art. 9(2)(e))",
            (Art9Condition::LegalClaims, Lang::En) => "to establish, exercise or defend legal claims (Art. 9(2)(f))",
            (Art9Condition::SubstantialPublicInterest, Lang::En) => {
                "for reasons of substantial public interest set by law (Art. 9(2)(g))"
            }
            (Art9Condition::HealthCare, Lang::En) => {
                "for diagnosis, care or preventive or occupational medicine, under the responsibility of a \
                 professional bound by secrecy (Art. 9(2)(h))"
            }
            (Art9Condition::PublicHealth, Lang::En) => "for reasons of public interest in public health (Art. 9(2)(i))",
            (Art9Condition::Archiving, Lang::En) => {
                "for archiving, scientific or historical research or statistics (Art. 9(2)(j))"
            }
        }
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
        crate::countries::country(self.country).map_or(self.country, |(fr, en)| match lang {
            Lang::Fr => fr,
            Lang::En => en,
        })
    }
}
