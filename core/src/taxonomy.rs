//! The closed lists a form's facts come from (design §8): data subjects, data uses and data categories. They
//! follow fideslang's default taxonomy (IABTechLab/fideslang, `default_taxonomy/`, commit 76ba0add of May 2025):
//! its keys and descriptions as published, and our own keys under its parents where the law needs a distinction
//! fideslang lacks (phone and postal marketing, e-mail tracking, charities' appeals, employee monitoring, CCTV,
//! the sale of data, …). A key's parents are the keys before each of its dots: a rule written for
//! `marketing.communications` applies to `marketing.communications.email` too.

use serde::Serialize;

/// Where a key comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// fideslang's default taxonomy.
    Fideslang,
    /// This library, under a fideslang parent.
    Ours,
}

/// One key of a list, with what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Term {
    /// The key, as written in an attribute: `marketing.communications.email`.
    pub key: &'static str,
    /// What it means.
    pub meaning: &'static str,
    /// Whether fideslang publishes it or this library adds it.
    pub source: Source,
}

impl Term {
    /// A key, its meaning and its source.
    pub const fn new(key: &'static str, meaning: &'static str, source: Source) -> Term {
        Term { key, meaning, source }
    }
}

/// The three lists, as the attributes name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// `subjects` in `#[notice(..)]`.
    Subjects,
    /// `data_use` in `#[purpose(..)]`.
    DataUses,
    /// `category` in `#[personal_data(..)]`.
    Categories,
}

impl List {
    /// Every key of the list, in alphabetical order.
    pub const fn terms(self) -> &'static [Term] {
        match self {
            List::Subjects => DATA_SUBJECTS,
            List::DataUses => DATA_USES,
            List::Categories => DATA_CATEGORIES,
        }
    }

    /// The key written `key`, exactly.
    pub fn find(self, key: &str) -> Option<&'static Term> {
        self.terms().iter().find(|term| term.key == key)
    }
}

/// Whether `key` is `parent` or one of its descendants: `is_under("user.contact.email", "user.contact")`.
pub fn is_under(key: &str, parent: &str) -> bool {
    key.strip_prefix(parent).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// Whether `key` is under any of `parents`.
pub fn is_under_any(key: &str, parents: &[&str]) -> bool {
    parents.iter().any(|parent| is_under(key, parent))
}

/// Whether a data use is direct marketing, to which a person objects without giving a reason (GDPR Art. 21(2)-(3)):
/// every `marketing` use (advertising, profiling for it, appeals, communications) and the passing of data to
/// partners for their marketing.
pub fn is_direct_marketing(data_use: &str) -> bool {
    is_under_any(data_use, &["marketing", "third_party_sharing.marketing"])
}

/// Whether a data use passes the data to third parties for their marketing, or sells it.
pub fn shares_for_marketing(data_use: &str) -> bool {
    is_under_any(data_use, &["third_party_sharing.marketing", "third_party_sharing.sale"])
}

/// The marketing channel a data use implies, for the texts and rules written per channel.
pub fn marketing_channel(data_use: &str) -> Option<crate::vocabulary::MarketingChannel> {
    use crate::vocabulary::MarketingChannel;
    [
        ("marketing.communications.email", MarketingChannel::Email),
        ("marketing.communications.sms", MarketingChannel::Sms),
        ("marketing.communications.phone", MarketingChannel::Phone),
        ("marketing.communications.post", MarketingChannel::Post),
    ]
    .into_iter()
    .find(|(parent, _)| is_under(data_use, parent))
    .map(|(_, channel)| channel)
}

/// The Art. 9(1) category a data category belongs to, if it is one.
pub fn special_category(category: &str) -> Option<crate::vocabulary::SpecialCategory> {
    use crate::vocabulary::SpecialCategory;
    [
        ("user.health_and_medical.genetic", SpecialCategory::Genetic),
        ("user.health_and_medical", SpecialCategory::Health),
        ("user.biometric.health", SpecialCategory::Health),
        ("user.biometric", SpecialCategory::Biometric),
        ("user.authorization.biometric", SpecialCategory::Biometric),
        ("user.demographic.political_opinion", SpecialCategory::PoliticalOpinions),
        ("user.demographic.race_ethnicity", SpecialCategory::RacialOrEthnicOrigin),
        ("user.demographic.religious_belief", SpecialCategory::ReligiousBeliefs),
        ("user.demographic.sexual_orientation", SpecialCategory::SexualOrientation),
        ("user.demographic.sex_life", SpecialCategory::SexLife),
        ("user.demographic.trade_union", SpecialCategory::TradeUnion),
    ]
    .into_iter()
    .find(|(parent, _)| is_under(category, parent))
    .map(|(_, special)| special)
}

/// What kind of contact detail a data category is, for the texts written per kind (the phone information).
pub fn data_kind(category: &str) -> Option<crate::vocabulary::DataKind> {
    use crate::vocabulary::DataKind;
    [
        ("user.contact.phone_number", DataKind::Phone),
        ("user.contact.email", DataKind::Email),
        ("user.contact.address", DataKind::PostalAddress),
    ]
    .into_iter()
    .find(|(parent, _)| is_under(category, parent))
    .map(|(_, kind)| kind)
}

/// Whether a data category is about criminal convictions and offences (GDPR Art. 10).
pub fn is_criminal(category: &str) -> bool {
    is_under(category, "user.criminal_history")
}

/// The category of data subjects `key` names, in `lang`, as a register states it (GDPR Art. 30(1)(c)); the key
/// itself if it has no name.
pub fn subject_name(key: &str, lang: crate::Lang) -> &str {
    let names = &lang.catalog().vocabulary.subjects;
    names.iter().find(|(k, _)| *k == key).map_or(key, |(_, name)| name)
}

/// Who a form's data is about (`#[notice(subjects = "..")]`).
pub const DATA_SUBJECTS: &[Term] = &[
    Term::new(
        "anonymous_user",
        "An individual that is unidentifiable to the systems. Note - This should only be applied to truly anonymous users where there is no risk of re-identification",
        Source::Fideslang,
    ),
    Term::new(
        "child",
        "A child under the age at which they may consent alone to online services: under 15 in France (loi Informatique et Libertés art. 45; GDPR Art. 8).",
        Source::Ours,
    ),
    Term::new("citizen_voter", "An individual registered to voter with a state or authority.", Source::Fideslang),
    Term::new(
        "commuter",
        "An individual that is traveling or transiting in the context of location tracking.",
        Source::Fideslang,
    ),
    Term::new(
        "consultant",
        "An individual employed in a consultative/temporary capacity by the organization.",
        Source::Fideslang,
    ),
    Term::new(
        "customer",
        "An individual or other organization that purchases goods or services from the organization.",
        Source::Fideslang,
    ),
    Term::new("donor", "A person who gives to, or is asked to support, a not-for-profit body.", Source::Ours),
    Term::new("employee", "An individual employed by the organization.", Source::Fideslang),
    Term::new("job_applicant", "An individual applying for employment to the organization.", Source::Fideslang),
    Term::new("member", "A member of an association, club or other not-for-profit body.", Source::Ours),
    Term::new(
        "next_of_kin",
        "A relative of any other individual subject where such a relationship is known.",
        Source::Fideslang,
    ),
    Term::new("passenger", "An individual traveling on some means of provided transport.", Source::Fideslang),
    Term::new("patient", "An individual identified for the purposes of any medical care.", Source::Fideslang),
    Term::new(
        "professional",
        "A person contacted in a professional capacity, at a work address (business-to-business).",
        Source::Ours,
    ),
    Term::new(
        "prospect",
        "An individual or organization to whom an organization is selling goods or services.",
        Source::Fideslang,
    ),
    Term::new("shareholder", "An individual or organization that holds equity in the organization.", Source::Fideslang),
    Term::new(
        "supplier_vendor",
        "An individual or organization that provides services or goods to the organization.",
        Source::Fideslang,
    ),
    Term::new("trainee", "An individual undergoing training by the organization.", Source::Fideslang),
    Term::new("visitor", "An individual visiting a location.", Source::Fideslang),
];

/// What a purpose does (`#[purpose(.., data_use = "..")]`).
pub const DATA_USES: &[Term] = &[
    Term::new(
        "analytics",
        "Provides analytics for activities such as system and advertising performance reporting, insights and fraud detection.",
        Source::Fideslang,
    ),
    Term::new(
        "analytics.reporting",
        "Provides analytics for general reporting such as system and advertising performance.",
        Source::Fideslang,
    ),
    Term::new(
        "analytics.reporting.ad_performance",
        "Provides analytics for reporting of advertising performance.",
        Source::Fideslang,
    ),
    Term::new(
        "analytics.reporting.campaign_insights",
        "Provides analytics for reporting of campaign insights related to advertising and promotion activities.",
        Source::Fideslang,
    ),
    Term::new(
        "analytics.reporting.content_performance",
        "Analytics for reporting on content performance.",
        Source::Fideslang,
    ),
    Term::new("analytics.reporting.system", "Provides analytics for reporting on system activity.", Source::Fideslang),
    Term::new(
        "analytics.reporting.system.performance",
        "Provides analytics for reporting on system performance.",
        Source::Fideslang,
    ),
    Term::new(
        "collect",
        "Collects or stores data in order to use it for another purpose which has not yet been expressly defined.",
        Source::Fideslang,
    ),
    Term::new(
        "employment",
        "Processes data for the purpose of recruitment or employment and human resources (HR) related activities.",
        Source::Fideslang,
    ),
    Term::new(
        "employment.management",
        "Administration of staff: contract, pay, leave, career, training.",
        Source::Ours,
    ),
    Term::new("employment.monitoring", "Monitoring employees' activity, communications or whereabouts.", Source::Ours),
    Term::new(
        "employment.monitoring.activity",
        "Recording employees' keystrokes, screens or screenshots.",
        Source::Ours,
    ),
    Term::new("employment.monitoring.geolocation", "Geolocation of employees' vehicles or devices.", Source::Ours),
    Term::new("employment.monitoring.time_tracking", "Recording employees' working time and attendance.", Source::Ours),
    Term::new(
        "employment.recruitment",
        "Processes data of prospective employees for the purpose of recruitment.",
        Source::Fideslang,
    ),
    Term::new(
        "employment.recruitment.talent_pool",
        "Keeping an applicant's file for later vacancies after the one applied for is filled.",
        Source::Ours,
    ),
    Term::new(
        "essential",
        "Operates the service or product, including legal obligations, support and basic system operations.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.fraud_detection",
        "Detects possible fraud or misuse of the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.legal_obligation",
        "Provides service to meet a legal or compliance obligation such as consent management.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service",
        "Provides the essential product, service, application or system, without which the product/service would not be possible.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.authentication",
        "Authenticate users to the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new("essential.service.contest", "Running a game, contest or prize draw.", Source::Ours),
    Term::new(
        "essential.service.notifications",
        "Sends notifications about the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.notifications.email",
        "Sends email notifications about the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.notifications.sms",
        "Sends SMS notifications about the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.operations",
        "Essential to ensure the operation of the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.operations.improve",
        "Essential to optimize and improve support for the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.operations.support",
        "Provides support for the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.payment_processing",
        "Essential to processes payments for the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "essential.service.security",
        "Essential to provide security for the product, service, application or system",
        Source::Fideslang,
    ),
    Term::new("essential.service.security.cctv", "Video surveillance of premises.", Source::Ours),
    Term::new("essential.service.upgrades", "Provides timely system upgrade information options.", Source::Fideslang),
    Term::new(
        "finance",
        "Enables finance and accounting activities such as audits and tax reporting.",
        Source::Fideslang,
    ),
    Term::new("functional", "Used for specific, necessary, and legitimate purposes", Source::Fideslang),
    Term::new(
        "functional.service",
        "Functions relating to provided services, products, applications or systems.",
        Source::Fideslang,
    ),
    Term::new(
        "functional.service.improve",
        "Improves the specific product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "functional.storage",
        "Stores or accesses information from the device as needed when using a product, service, application, or system",
        Source::Fideslang,
    ),
    Term::new(
        "marketing",
        "Enables marketing, promotion, advertising and sales activities for the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising",
        "Advertises or promotes the product, service, application or system and associated services.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.first_party",
        "Serves advertisements based on first party data collected or derived about the user.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.first_party.contextual",
        "Serves advertisements based on current content being viewed by the user of the system or service.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.first_party.targeted",
        "Targets advertisements based on data collected or derived about the user from use of the system.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.frequency_capping",
        "Restricts the number of times a specific advertisement is shown to an individual.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.negative_targeting",
        "Enforces rules used to ensure a certain audience or group is not targeted by advertising.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.profiling",
        "Creates audience profiles for the purpose of targeted advertising",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.serving",
        "Essential to the delivery of advertising and content.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.third_party",
        "Serves advertisements based on data within the system or joined with data provided by 3rd parties.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.advertising.third_party.targeted",
        "Targets advertisements based on data within the system or joined with data provided by 3rd parties.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.communications",
        "Uses combined channels to message and market to a customer, user or prospect.",
        Source::Fideslang,
    ),
    Term::new(
        "marketing.communications.appeals",
        "Appeals for donations, membership or support by a charity, association or other non-commercial body, by any channel; not commercial prospecting.",
        Source::Ours,
    ),
    Term::new("marketing.communications.email", "Sends email marketing communications.", Source::Fideslang),
    Term::new(
        "marketing.communications.email.tracking",
        "Measuring, recipient by recipient, whether marketing e-mails are opened or their links followed (pixels, tracked links).",
        Source::Ours,
    ),
    Term::new("marketing.communications.phone", "Commercial phone calls made by a person.", Source::Ours),
    Term::new("marketing.communications.post", "Commercial offers sent by post.", Source::Ours),
    Term::new("marketing.communications.sms", "Sends SMS marketing communications.", Source::Fideslang),
    Term::new(
        "operations",
        "Supports business processes necessary to the organization's operation.",
        Source::Fideslang,
    ),
    Term::new("personalize", "Personalizes the product, service, application or system.", Source::Fideslang),
    Term::new(
        "personalize.content",
        "Personalizes the content of the product, service, application or system.",
        Source::Fideslang,
    ),
    Term::new(
        "personalize.content.limited",
        "Uses limited data for the purpose of serving content.",
        Source::Fideslang,
    ),
    Term::new("personalize.content.profiled", "Uses profiles for the purpose of serving content.", Source::Fideslang),
    Term::new(
        "personalize.content.profiling",
        "Creates profiles for the purpose of serving content.",
        Source::Fideslang,
    ),
    Term::new("personalize.profiling", "Creates profiles for the purpose of serving content.", Source::Fideslang),
    Term::new("personalize.system", "Personalizes the system.", Source::Fideslang),
    Term::new("sales", "Supports sales activities such as communications and outreach.", Source::Fideslang),
    Term::new(
        "third_party_sharing",
        "Transfers data to third parties outside of the system or service's scope.",
        Source::Fideslang,
    ),
    Term::new(
        "third_party_sharing.legal_obligation",
        "Shares data for legal obligations, including contracts, applicable laws or regulations.",
        Source::Fideslang,
    ),
    Term::new(
        "third_party_sharing.marketing",
        "Contact details passed to partners for their own offers, by post or by a means other than e-mail, SMS or phone calls.",
        Source::Ours,
    ),
    Term::new(
        "third_party_sharing.marketing.email",
        "E-mail addresses passed to partners for their own e-mail offers.",
        Source::Ours,
    ),
    Term::new(
        "third_party_sharing.marketing.phone",
        "Phone numbers passed to partners for their own commercial calls.",
        Source::Ours,
    ),
    Term::new(
        "third_party_sharing.sale",
        "Personal data sold or rented to third parties (list rental, data brokers).",
        Source::Ours,
    ),
    Term::new("train_ai_system", "Trains an AI system or data model for machine learning.", Source::Fideslang),
];

/// What a field holds (`#[personal_data(category = "..")]`).
pub const DATA_CATEGORIES: &[Term] = &[
    Term::new("system", "Data unique to, and under control of the system.", Source::Fideslang),
    Term::new("system.authentication", "Data used to manage access to the system.", Source::Fideslang),
    Term::new("system.operations", "Data used for system operations.", Source::Fideslang),
    Term::new(
        "user",
        "Data related to the user of the system, either provided directly or derived based on their usage.",
        Source::Fideslang,
    ),
    Term::new("user.account", "Account creation or registration information.", Source::Fideslang),
    Term::new("user.account.settings", "Account preferences and settings.", Source::Fideslang),
    Term::new("user.account.username", "Username associated with account.", Source::Fideslang),
    Term::new("user.authorization", "Scope of permissions and access to a system.", Source::Fideslang),
    Term::new("user.authorization.biometric", "Credentials for system authentication.", Source::Fideslang),
    Term::new("user.authorization.credentials", "Authentication credentials to a system.", Source::Fideslang),
    Term::new("user.authorization.password", "Password for system authentication.", Source::Fideslang),
    Term::new("user.behavior", "Behavioral data about the subject.", Source::Fideslang),
    Term::new("user.behavior.browsing_history", "Content browsing history of a user.", Source::Fideslang),
    Term::new("user.behavior.media_consumption", "Content consumption history of the subject.", Source::Fideslang),
    Term::new("user.behavior.purchase_history", "Purchase history of the subject.", Source::Fideslang),
    Term::new("user.behavior.search_history", "Search history of the subject.", Source::Fideslang),
    Term::new("user.biometric", "Encoded characteristics provided by a user.", Source::Fideslang),
    Term::new("user.biometric.fingerprint", "Fingerprint encoded data about a subject.", Source::Fideslang),
    Term::new("user.biometric.health", "Encoded characteristic collected about a user.", Source::Fideslang),
    Term::new("user.biometric.retinal", "Retinal data about a subject.", Source::Fideslang),
    Term::new("user.biometric.voice", "Voice encoded data about a subject.", Source::Fideslang),
    Term::new("user.childrens", "Data relating to children.", Source::Fideslang),
    Term::new("user.contact", "Contact data collected about a user.", Source::Fideslang),
    Term::new("user.contact.address", "Contact address data collected about a user.", Source::Fideslang),
    Term::new("user.contact.address.city", "User's city level address data.", Source::Fideslang),
    Term::new("user.contact.address.country", "User's country level address data.", Source::Fideslang),
    Term::new("user.contact.address.postal_code", "User's postal code.", Source::Fideslang),
    Term::new("user.contact.address.state", "User's state level address data.", Source::Fideslang),
    Term::new("user.contact.address.street", "User's street level address data.", Source::Fideslang),
    Term::new("user.contact.email", "User's contact email address.", Source::Fideslang),
    Term::new("user.contact.fax_number", "Data Subject's fax number.", Source::Fideslang),
    Term::new("user.contact.organization", "Data Subject's Organization.", Source::Fideslang),
    Term::new("user.contact.phone_number", "User's phone number.", Source::Fideslang),
    Term::new("user.contact.url", "Subject's websites or links to social and personal profiles.", Source::Fideslang),
    Term::new("user.content", "Content related to, or created by the subject.", Source::Fideslang),
    Term::new("user.content.cctv_image", "Images of a person recorded by video surveillance.", Source::Ours),
    Term::new(
        "user.content.private",
        "Private content related to, or created by the subject, not publicly available.",
        Source::Fideslang,
    ),
    Term::new(
        "user.content.public",
        "Publicly shared Content related to, or created by the subject.",
        Source::Fideslang,
    ),
    Term::new(
        "user.content.self_image",
        "Photograph or image in which subject is whole or partially recognized.",
        Source::Fideslang,
    ),
    Term::new("user.criminal_history", "Criminal records or information about the data subject.", Source::Fideslang),
    Term::new("user.demographic", "Demographic data about a user.", Source::Fideslang),
    Term::new("user.demographic.age_range", "Non specific age or age-range of data subject.", Source::Fideslang),
    Term::new("user.demographic.date_of_birth", "Date of birth of data subject.", Source::Fideslang),
    Term::new("user.demographic.gender", "Gender of data subject.", Source::Fideslang),
    Term::new("user.demographic.language", "Spoken or written language of subject.", Source::Fideslang),
    Term::new("user.demographic.marital_status", "Marital status of data subject.", Source::Fideslang),
    Term::new("user.demographic.political_opinion", "Political opinion or belief of data subject.", Source::Fideslang),
    Term::new(
        "user.demographic.profile",
        "Profile or preference information about the data subject.",
        Source::Fideslang,
    ),
    Term::new("user.demographic.race_ethnicity", "Race or ethnicity of data subject.", Source::Fideslang),
    Term::new(
        "user.demographic.religious_belief",
        "Religion or religious beliefs of the data subject.",
        Source::Fideslang,
    ),
    Term::new("user.demographic.sex_life", "Data concerning a person's sex life.", Source::Ours),
    Term::new("user.demographic.sexual_orientation", "Sexual orientation of data subject.", Source::Fideslang),
    Term::new("user.demographic.trade_union", "Trade union membership.", Source::Ours),
    Term::new("user.device", "Data related to a user's device, configuration and setting.", Source::Fideslang),
    Term::new("user.device.cookie", "Data related to a subject, stored within a cookie.", Source::Fideslang),
    Term::new("user.device.cookie_id", "Cookie unique identification number.", Source::Fideslang),
    Term::new("user.device.device_id", "Device unique identification number.", Source::Fideslang),
    Term::new("user.device.ip_address", "Unique identifier related to device connection.", Source::Fideslang),
    Term::new("user.financial", "Payment data and financial history.", Source::Fideslang),
    Term::new("user.financial.bank_account", "Bank account information belonging to the subject.", Source::Fideslang),
    Term::new("user.financial.credit_card", "Credit card information belonging to the subject.", Source::Fideslang),
    Term::new("user.government_id", "State provided identification data.", Source::Fideslang),
    Term::new("user.government_id.birth_certificate", "State issued certificate of birth.", Source::Fideslang),
    Term::new(
        "user.government_id.drivers_license_number",
        "State issued driving identification number.",
        Source::Fideslang,
    ),
    Term::new("user.government_id.immigration", "State issued immigration or residency data.", Source::Fideslang),
    Term::new(
        "user.government_id.national_identification_number",
        "State issued personal identification number.",
        Source::Fideslang,
    ),
    Term::new("user.government_id.passport_number", "State issued passport data.", Source::Fideslang),
    Term::new(
        "user.government_id.vehicle_registration",
        "State issued license plate or vehicle registration data.",
        Source::Fideslang,
    ),
    Term::new(
        "user.health_and_medical",
        "Health records or individual's personal medical information.",
        Source::Fideslang,
    ),
    Term::new(
        "user.health_and_medical.genetic",
        "Data about the genetic makeup provided by the subject.",
        Source::Fideslang,
    ),
    Term::new(
        "user.health_and_medical.insurance_beneficiary_id",
        "Health insurance beneficiary number of the subject.",
        Source::Fideslang,
    ),
    Term::new(
        "user.health_and_medical.record_id",
        "Medical record identifiers belonging to a subject.",
        Source::Fideslang,
    ),
    Term::new("user.job_title", "Professional data.", Source::Fideslang),
    Term::new("user.location", "Records of the location of a user.", Source::Fideslang),
    Term::new(
        "user.location.imprecise",
        "Imprecise location derived from sensors (more than 500M).",
        Source::Fideslang,
    ),
    Term::new("user.location.precise", "Precise location derived from sensors (less than 500M).", Source::Fideslang),
    Term::new("user.name", "User's real name.", Source::Fideslang),
    Term::new("user.name.first", "Subject's first name.", Source::Fideslang),
    Term::new("user.name.last", "Subject's last, or family, name.", Source::Fideslang),
    Term::new("user.payment", "Payment data related to user.", Source::Fideslang),
    Term::new("user.privacy_preferences", "Privacy preferences or settings set by the subject.", Source::Fideslang),
    Term::new("user.sensor", "Measurement data from sensors and monitoring systems.", Source::Fideslang),
    Term::new("user.social", "Social activity and interaction data.", Source::Fideslang),
    Term::new(
        "user.telemetry",
        "User identifiable measurement data from system sensors and monitoring.",
        Source::Fideslang,
    ),
    Term::new("user.unique_id", "Unique identifier for a user assigned through system use.", Source::Fideslang),
    Term::new(
        "user.unique_id.pseudonymous",
        "A pseudonymous, or probabilistic identifier generated from other subject or device data belonging to the subject.",
        Source::Fideslang,
    ),
    Term::new("user.user_sensor", "Measurement data about a user's environment through system use.", Source::Fideslang),
    Term::new("user.workplace", "Organization of employment.", Source::Fideslang),
];
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_subject_has_a_name_in_each_language() {
        for term in DATA_SUBJECTS {
            for lang in crate::Lang::ALL {
                assert_ne!(subject_name(term.key, lang), term.key, "{} in {lang}", term.key);
            }
        }
    }

    #[test]
    fn every_key_is_unique_sorted_and_under_a_listed_parent() {
        for list in [List::Subjects, List::DataUses, List::Categories] {
            let terms = list.terms();
            for pair in terms.windows(2) {
                assert!(pair[0].key < pair[1].key, "{:?}: {} before {}", list, pair[0].key, pair[1].key);
            }
            for term in terms {
                if let Some((parent, _)) = term.key.rsplit_once('.') {
                    assert!(list.find(parent).is_some(), "{}: parent {parent} is not listed", term.key);
                }
                assert!(!term.meaning.is_empty(), "{} has no meaning", term.key);
            }
        }
    }

    #[test]
    fn our_keys_sit_under_fideslang_roots() {
        for list in [List::DataUses, List::Categories] {
            for term in list.terms().iter().filter(|t| t.source == Source::Ours) {
                let root = term.key.split('.').next().unwrap_or_default();
                assert_eq!(list.find(root).map(|t| t.source), Some(Source::Fideslang), "{}", term.key);
            }
        }
    }

    #[test]
    fn facts_follow_from_keys() {
        use crate::vocabulary::{DataKind, MarketingChannel, SpecialCategory};
        assert_eq!(marketing_channel("marketing.communications.email.tracking"), Some(MarketingChannel::Email));
        assert!(is_direct_marketing("marketing.advertising.profiling") && is_direct_marketing("marketing"));
        assert!(is_direct_marketing("third_party_sharing.marketing.email"));
        assert!(
            !is_direct_marketing("essential.service") && !is_direct_marketing("third_party_sharing.legal_obligation")
        );
        assert!(!is_direct_marketing("marketingx"));
        assert_eq!(marketing_channel("marketing.communications.appeals"), None);
        assert_eq!(special_category("user.health_and_medical.genetic"), Some(SpecialCategory::Genetic));
        assert_eq!(special_category("user.biometric.fingerprint"), Some(SpecialCategory::Biometric));
        assert_eq!(special_category("user.biometric.health"), Some(SpecialCategory::Health));
        assert_eq!(special_category("user.contact.email"), None);
        assert_eq!(data_kind("user.contact.address.street"), Some(DataKind::PostalAddress));
        assert!(is_criminal("user.criminal_history"));
        for key in ["marketing.communications.phone", "marketing.communications.post"] {
            assert!(List::DataUses.find(key).is_some(), "{key}");
        }
    }

    #[test]
    fn parents_are_read_at_dots() {
        assert!(is_under("marketing.communications.email", "marketing.communications"));
        assert!(is_under("marketing", "marketing"));
        assert!(!is_under("marketing.communications.email_x", "marketing.communications.email"));
        assert!(!is_under("user.contacts", "user.contact"));
    }
}
