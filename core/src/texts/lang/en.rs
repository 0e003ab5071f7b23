//! English.

use super::*;

/// Every word the library writes in English.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "English",
    grammar: Grammar {
        and: " and ",
        colon: ": ",
        semicolon: "; ",
        open_quote: "“",
        close_quote: "”",
        contract: no_contraction,
    },
    notice: NoticeWords {
        title: "Your personal data",
        why: "Why we use your data",
        your_rights: "Your rights",
        marketing: "Marketing",
        agreement_legend: "Your agreement",
        choices_legend: "Your choices",
        objection_legend: "Objecting to our offers",
        controller: "The data you enter here is processed by {name} ({address}); contact: {contact}.",
        joint_controller: "These uses are decided jointly with {name} (contact: {contact}), a joint controller (GDPR \
                           Art. 26). The essence of our arrangement: {arrangement}. You can exercise your rights \
                           against each of us.",
        representative: "Our representative in the European Union is {name}, reachable at {contact}.",
        dpo: "For any question about your data, write to our data protection officer: {dpo}.",
        data_source: "We obtained the following data from {source}: {categories}.",
        data_source_public: "We obtained the following data from {source}, a publicly accessible source: \
                             {categories}.",
        purpose_basis: " — legal basis: {basis}{law}.",
        purpose_interest: " Our legitimate interest: {interest}.",
        purpose_retention: " Retention: {retention}; then the data is deleted or anonymised.",
        recipients: "Your data is disclosed only to the following recipients: {recipients}.",
        transfer: "Some data is transferred outside the European Economic Area (destination: {country}); this relies \
                   on {ground}.",
        ground_safeguard: "{safeguard}, a copy of which you can get from {copy}",
        ground_adequacy: "an adequacy decision of the European Commission, {decision}",
        ground_adequacy_uncited: "an adequacy decision of the European Commission",
        all_optional: "All fields are optional.",
        one_required: "The following field is needed to {reason}: {list}; without it, {consequence}. All other fields \
                       are optional.",
        many_required: "The following fields are needed to {reason}: {list}; without them, {consequence}. All other \
                        fields are optional.",
        default_reason: "process your request",
        default_consequence: "we cannot act on it",
        automated_decision: "The decision on {decision} is made automatically from {logic}; possible effect: \
                             {consequences}. You can ask for a person to review it, give your point of view and \
                             contest it.",
        our_partners: "our partners",
        partners_named: "{partners} ({names})",
        use_partner_optout: "passing your postal details to {partners} for their offers by post",
        interest_partner_optout: "letting our customers know of our partners’ offers by post",
        use_partner_email_optin: "passing your e-mail address to the partners listed{listed} for their offers by \
                                  e-mail",
        use_similar_offers: "sending you by e-mail our offers for products similar to those you ordered",
        interest_similar_offers: "offering our customers similar products ({law})",
        similar_offers_law_fr: "French Electronic Communications Code, art. L34-5",
        similar_offers_law_eu: "Directive 2002/58/EC, Art. 13(2)",
        use_phone_optin: "commercial calls from {caller}",
        recipient_partner_optout: "our partners{partners}, for their offers by post",
        recipient_partner_email_optin: "the partners listed here{partners}, for their offers by e-mail",
        located_recipient: "{name} ({country})",
        box_agree: "I agree to my data being used for: {purpose}.",
        box_object: "I object to my details being used for: {purpose}.",
        question_agree: "Do you agree to your data being used for: {purpose}?",
        question_object: "Do you object to your details being used for: {purpose}?",
        child_intro_named: "In a few words: {name} uses this information only for: {purposes}.",
        child_intro: "In a few words: we use this information only for: {purposes}.",
        child_rights: " You can ask to see it, correct it or delete it, by writing to: {contact}.",
        child_boxes_fr: " Only tick a box if you agree; if you are under 15, one of your parents must agree too. You \
                         can change your mind whenever you like.",
        child_boxes_eu: " Only tick a box if you agree; if you are younger than the age your country sets (16 at \
                         most), one of your parents must agree too. You can change your mind whenever you like.",
        child_complaint: " If something is wrong, talk to your parents: together, you can write to {authority}. What \
                          follows explains all this in detail, for you and for your parents.",
        child_own_authority: "your country’s data protection authority",
    },
    rights: RightsWords {
        access_erase: "You can see, correct or delete your data, or limit its use, by writing to {contact}.",
        access: "You can see and correct your data, or limit its use, by writing to {contact}.",
        erase_some: "You can also ask us to delete the data used for: {list}.",
        portability_all: "You can get back, in a reusable format, the data you gave us, or ask us to send it directly \
                          to another organisation.",
        portability_some: "You can get back, in a reusable format, the data you gave us for: {list}; you can also ask \
                           us to send it directly to another organisation.",
        objection: "You may object, on grounds relating to your particular situation, to the use of your data for: \
                    {list}.",
        withdrawal: "You can withdraw your agreement at any time, as easily as you gave it, {route}; earlier use \
                     remains lawful.",
        withdraw_by_contact: "by writing to {contact}",
        route_page: "on the page {route}",
        route_mail: "by writing to {route}",
        route_other: "through {route}",
        post_mortem: "You may set instructions on how your data is kept, erased and disclosed after your death, and \
                      name the person who is to carry them out (French Data Protection Act, art. 85).",
        more: "See {site} for more information on your rights.",
        complaint: "If you disagree with how we handle your data, you can complain to {authority} or your national \
                    data protection authority.",
        complaint_own: "If you disagree with how we handle your data, you can complain to your national data \
                        protection authority (GDPR Art. 77).",
        cnil: "the CNIL (cnil.fr)",
        names: ["access", "rectification", "erasure", "restriction", "portability", "objection"],
        summary: "Your rights: {rights}; to exercise them: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Passing your details to our partners",
        legend_partner_email_optin: "Our partners’ offers by electronic means",
        legend_similar_offers: "Offers for similar products",
        legend_phone_optin: "Commercial calls",
        mention_partner_email_optin: "With your agreement, we pass your e-mail address to the partners listed here \
                                      ({partners}) so that they can send you their offers by e-mail. Your agreement \
                                      covers only these partners: a new partner will get your address only with your \
                                      new agreement.",
        mention_partner_optout: "Your postal details may be passed to {partners} for their offers by post. You can \
                                 object below, before any transfer.",
        mention_similar_offers: "You may receive e-mail offers from {controller} for products similar to those you \
                                 ordered; each message will contain a link to stop receiving them.",
        our_company: "our company",
        label_partner_email_optin: "I agree that my e-mail address may be passed to the partners listed here \
                                    ({partners}) so they can send me offers by e-mail.",
        label_partner_optout: "I refuse to have my postal details passed to {partners} for their offers by post.",
        some_partners: "partners",
        label_similar_offers: "I do not want to receive your e-mail offers for products similar to those I ordered.",
        label_phone_optin: "I agree to be called by {caller} with commercial offers.",
        question_partner_email_optin: "Do you agree that your e-mail address may be passed to the partners listed \
                                       ({partners}) so they can send you offers by e-mail?",
        question_partner_optout: "Do you object to your postal details being passed to {partners} for their offers \
                                  by post?",
        question_similar_offers: "We may send you e-mail offers for products similar to those you ordered: do you \
                                  object?",
        question_phone_optin: "Do you agree to be called by {caller} with commercial offers?",
        phone_notice: "We will only call you with commercial offers if you agree beforehand, except, during a current \
                       contract, to offer you products or services related to its subject matter (French Consumer \
                       Code, art. L223-1).",
        phone_notice_short: "No commercial call without your prior agreement, except about a current contract.",
        objection: "Marketing: you can object at any time, free of charge and without giving a reason, to the use of \
                    your data for direct marketing{profiling}{partners}, by writing to {contact}.",
        objection_profiling: ", including the profiling related to it",
        objection_partners: ", and to your details being passed to our partners",
        objection_short: "You can object to direct marketing at any time, free of charge and without giving a reason.",
    },
    facts: FactsWords {
        special_field: "The field {field} holds {category}, a special category of data (GDPR Art. 9): we process it \
                        only {condition}.",
        special_law: " This processing is provided for by: {law}.",
        special_secrecy: " Those who process it are bound by professional secrecy: {secrecy}.",
        phone_purposes: "The field {field} is used only for: {purposes}.",
        parental_consent_fr: "If you are under 15, your agreement is not enough: a holder of parental authority must \
                              agree too (French Data Protection Act, art. 45), which we ask for through: {how}.",
        parental_consent_eu: "If you are under the age your country’s law sets for consenting alone (16 at most), \
                              your agreement is not enough: a holder of parental responsibility must agree too (GDPR \
                              Art. 8), which we ask for through: {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} uses your data for: {purposes}.",
        purposes: "We use your data for: {purposes}.",
        joint_controller: "Joint controller: {names}.",
        joint_controllers: "Joint controllers: {names}.",
        data_source: "Some data comes from: {source}.",
        transfers: "Some data is transferred outside the European Economic Area: {countries}.",
        automated_decision: "The decision on {decision} is made automatically; you can ask for a person to review it.",
        withdrawal: "You can withdraw your agreement at any time, {route}.",
        learn_more: "Learn more in our privacy policy",
    },
    script: ScriptWords {
        title: "Call script — to be read to the person called",
        checklist: [
            "Operator instructions (not to be read):",
            "- Before calling: check that the person agreed beforehand to be called for commercial purposes, or that \
             a contract with them is running and the call concerns its subject matter (related or complementary \
             products or services) (French Consumer Code L223-1). Without either, do not call. If the person is the \
             one calling, this check does not apply.",
            "- Never offer energy-renovation or home-adaptation works by phone, even with the person’s agreement \
             (Consumer Code L223-1).",
            "- Call only, in the person’s time zone, Monday to Friday, 10:00–13:00 and 14:00–20:00; never on \
             Saturdays, Sundays or public holidays (Consumer Code D223-9).",
            "- No more than 4 calls or attempted calls in 30 days to the same person; after an offer is refused, no \
             new call for 60 days (D223-9).",
            "- If the person asks not to be called again, their agreement is withdrawn: never call them for \
             commercial purposes again (Consumer Code L223-1).",
            "- Any objection to marketing is recorded before the call ends (GDPR Art. 21).",
        ],
        hello_commercial: "Hello, this is [your first name] from [your company], calling for {controller} about an \
                           offer.",
        hello: "Hello, this is [your first name] from [your company], calling for {controller}.",
        client_company: "[client company]",
        recorded: "This call is recorded for {reason}. If you do not want it to be, tell me and the recording will \
                   stop.",
        purposes: "The information you give us during this call is used for: {purposes}.",
        basis: " (legal basis: {basis})",
        basis_interest: " (legal basis: {basis}, namely {interest})",
        retention_item: "for {purpose}, {retention}",
        retention: "We keep it: {list}.",
        recipients: "It is shared only with the following recipients: {recipients}.",
        policy_url: "The details are at {url}; I can send you this link by text message or e-mail.",
        policy_site: "The details are in our privacy policy, on our website; I can send it to you by e-mail or by \
                      post.",
        policy_sent: "I can send you the details of this information by e-mail or by post.",
        questions: "Questions to ask — record “yes” only if the person clearly says so:",
        question: "{number}. “{question}” (yes / no)",
        last_commercial: "Before the call ends: “Do you object to any marketing from us, by phone, e-mail or post?” — \
                          if yes, record the objection before hanging up.",
        last: "Before the call ends: “Would you like us to stop calling you?” — if yes, record the objection.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "your consent",
            "performing your contract or request",
            "a legal obligation",
            "protecting vital interests",
            "a task in the public interest",
            "our legitimate interest",
        ],
        basis_names: [
            "consent",
            "contract",
            "legal obligation",
            "vital interests",
            "public task",
            "legitimate interests",
        ],
        special_categories: [
            "health data",
            "genetic data",
            "biometric data",
            "data revealing your racial or ethnic origin",
            "data revealing your political opinions",
            "data revealing your religious or philosophical beliefs",
            "data revealing your trade union membership",
            "data concerning your sex life",
            "data concerning your sexual orientation",
        ],
        art9_conditions: [
            "with your explicit consent, which you can withdraw at any time (Art. 9(2)(a))",
            "for our obligations in employment and social security law (Art. 9(2)(b))",
            "to protect your vital interests or those of another person (Art. 9(2)(c))",
            "in the legitimate activities of our not-for-profit body, for its members (Art. 9(2)(d))",
            "because you have made it public (Art. 9(2)(e))",
            "to establish, exercise or defend legal claims (Art. 9(2)(f))",
            "for reasons of substantial public interest set by law (Art. 9(2)(g))",
            "for diagnosis, care or preventive or occupational medicine, under the responsibility of a professional \
             bound by secrecy (Art. 9(2)(h))",
            "for reasons of public interest in public health (Art. 9(2)(i))",
            "for archiving, scientific or historical research or statistics (Art. 9(2)(j))",
        ],
        safeguards: [
            "a legally binding instrument between public authorities (GDPR Art. 46(2)(a))",
            "binding corporate rules (GDPR Art. 46(2)(b) and 47)",
            "the European Commission’s standard contractual clauses (GDPR Art. 46(2)(c))",
            "standard data protection clauses adopted by a supervisory authority (GDPR Art. 46(2)(d))",
            "an approved code of conduct with the recipient’s binding commitment (GDPR Art. 46(2)(e))",
            "an approved certification mechanism with the recipient’s binding commitment (GDPR Art. 46(2)(f))",
        ],
        subjects: [
            ("anonymous_user", "anonymous users"),
            ("child", "children (under 15)"),
            ("citizen_voter", "voters"),
            ("commuter", "commuters"),
            ("consultant", "consultants"),
            ("customer", "customers"),
            ("donor", "donors"),
            ("employee", "employees"),
            ("job_applicant", "job applicants"),
            ("member", "members"),
            ("next_of_kin", "next of kin"),
            ("passenger", "passengers"),
            ("patient", "patients"),
            ("professional", "professionals (business contacts)"),
            ("prospect", "prospects"),
            ("shareholder", "shareholders"),
            ("supplier_vendor", "suppliers"),
            ("trainee", "trainees"),
            ("visitor", "visitors"),
        ],
        audiences: ["consumers", "professionals", "minors"],
    },
    register: RegisterWords {
        title: "Record of processing activities",
        intro: "Built from the forms' declarations (GDPR Art. 30). Each notice is reproduced as people see it.",
        contents: "Contents",
        id: "Id",
        law: "Regime",
        version: "Notice version",
        controller: "Controller",
        none: "not declared",
        purposes: "Purposes",
        basis: "legal basis",
        retention: "retention",
        data: "Personal data collected",
        required: "required",
        optional: "optional",
        recipients: "Recipients",
        transfers: "Transfers outside the EEA",
        adequacy: "adequacy decision",
        boxes: "Consent boxes",
        opt_in: "agreement (opt-in)",
        opt_out: "objection (opt-out)",
        notice: "Notice in English",
        historical: "the 2004 text, kept as a historical record: it no longer meets the GDPR",
        marketing: "marketing",
        special: "special category",
        audience: "Data subjects",
        wording: "Words the controller declared harmless (text checks)",
        data_use: "data use",
        category: "category",
        rules: "National rules applied",
        french_rules: "French law (CNIL; Consumer Code, Electronic Communications Code, Data Protection Act)",
        eu_rules: "the GDPR and Directive 2002/58/EC (ePrivacy); otherwise the strictest reading the library knows \
                   (phone marketing on consent); the controller's national law is not checked",
    },
    policy: PolicyWords {
        title: "Privacy policy",
        intro: "This page describes, for each of our forms, who processes your data, why and on what legal basis, \
                who receives it, how long it is kept, and how to exercise your rights.",
        version: "Version",
        updated: "updated on",
        controllers: "Controllers",
        dpo: "data protection officer",
        representative: "representative in the European Union",
        contents: "Contents",
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        date: "{day} {month} {year}",
    },
    lil2004: Some(&LIL2004),
};

/// The English version of the 2004 French text.
const LIL2004: Lil2004Words = Lil2004Words {
    historical: "The 2004 text, reproduced as a historical record: it no longer meets the GDPR and does not stand \
                 for the information owed today.",
    purpose_item: "{purpose}",
    purposes_one: "for the following purpose: {purposes}",
    purposes_many: "for the following purposes: {purposes}",
    general: "The information collected is processed electronically {purposes}. The recipients of the data are: \
              {recipients}. In accordance with the French Data Protection Act (loi “informatique et libertés”) of \
              6 January 1978 as amended in 2004, you have a right of access to and rectification of the information \
              concerning you, which you may exercise by contacting {contact}. You may also, for legitimate reasons, \
              object to the processing of data concerning you.",
    controller: "The controller is {name} ({address}).",
    transfers: "Transfers of data to states outside the European Community are planned (destination: {countries}).",
    one_required: "The field {list} is mandatory; the other fields are optional.",
    many_required: "The fields {list} are mandatory; the other fields are optional.",
    partner_preamble: "This information is needed by our company to process your request. It is recorded in our \
                       customer file, and you may exercise your right of access and rectification with our customer \
                       service ({contact}).",
    invite_partner_optout: "If you do not want your data to be used by {partners} for marketing purposes, please tick \
                            the box below.",
    invite_partner_email_optin: "If you would like to receive commercial offers from {partners} by electronic means, \
                                 please tick the box below.",
    invite_similar_offers: "You may receive commercial offers from our company for products and services similar to \
                            those you have ordered. If you do not wish to, tick the box below.",
    your_partners: "your partners",
    your_partners_named: "your partners ({names})",
    label_partner_optout: "I do not want my data to be used by {partners} for marketing purposes.",
    label_partner_email_optin: "I would like to receive commercial offers from {partners} by electronic means.",
    label_similar_offers: "I do not wish to receive commercial offers for products and services similar to those I \
                           have ordered.",
    question_partner_optout: "Do you object to your data being used by {partners} for marketing purposes?",
    question_partner_email_optin: "Would you like to receive commercial offers from {partners} by electronic means?",
    question_similar_offers: "You may receive commercial offers from our company for products and services similar \
                              to those you have ordered: do you object?",
    script_not_for_calls: "{historical} Do not use it for a call.",
    script_information: "“The information you give us during this call is processed electronically {purposes}. The \
                         recipients of the data are: {recipients}.”",
    script_no_contact: "“You may ask us at any time not to contact you again.”",
    script_access: "“You can access your personal data and have it corrected by contacting {contact}.”",
};
