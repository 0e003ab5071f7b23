//! Phase 2, the law: every rule over a form's facts, one file per legal area, all listed in [`RULES`] (id,
//! article, one-line statement) — the table `RULES.md` is generated from, so that each id an error message
//! gives leads to a page a user can read. The structural rules (the mentions and boxes every form needs,
//! translations) are in `check.rs`; they are listed here too.
//!
//! Each area's `check` reads the raw form and reports every breach it finds; the areas run one after the other
//! and all their errors reach the same compile.

mod basis;
mod children;
mod consent;
mod employment;
mod facts;
mod identity;
mod marketing;
mod phone;
mod retention;
mod routes;
mod special;
mod transfers;
mod wording;

use crate::decl::{Form, Law};
use crate::errors::Errors;

// The table is read by the tests that generate and check `RULES.md`; the checks cite the ids in their messages.
#[cfg_attr(not(test), allow(dead_code))]
/// One rule: its id (as error messages cite it), the article it applies, and what it says.
pub(crate) struct Rule {
    pub id: &'static str,
    pub area: &'static str,
    pub article: &'static str,
    pub statement: &'static str,
}

macro_rules! rules {
    ($($id:literal, $area:literal, $article:literal, $statement:literal;)*) => {
        /// Every rule of the derive, in id order.
        #[cfg_attr(not(test), allow(dead_code))]
        pub(crate) const RULES: &[Rule] = &[$(Rule { id: $id, area: $area, article: $article, statement: $statement },)*];
    };
}

rules! {
    "R01", "mentions", "GDPR Art. 13(1)(a), (c), (e); Art. 12(2)", "A form names its controller, its purposes, its recipients and where rights are exercised.";
    "R02", "basis", "GDPR Art. 13(1)(c), 13(2)(a)", "Each purpose states one legal basis and how long its data is kept.";
    "R03", "basis", "GDPR Art. 6(1)(f), 13(1)(d), 21(1)", "A purpose on legitimate interests says which interest.";
    "R04", "consent", "GDPR Art. 4(11), 7(2)-(3)", "A purpose on consent has its own unticked box, and consent can be withdrawn by a route as easy as giving it.";
    "R05", "consent", "GDPR Recital 32; CJEU C-673/17 Planet49", "No box is ever pre-ticked, nor filled without the person.";
    "R06", "consent", "GDPR Recital 43; EDPB Guidelines 05/2020 §42", "One box decides one purpose.";
    "R07", "consent", "GDPR Art. 7(2), 7(4)", "Consent is never bundled with the terms of sale, nor made a condition of a service or a contest.";
    "R08", "identity", "GDPR Art. 27, 13(1)(a)-(b)", "A controller established outside the EEA names its representative in the EU; the controller's country is stated.";
    "R09", "transfers", "GDPR Art. 13(1)(f), 44-46", "A recipient outside the EEA and without an adequacy decision needs a declared transfer.";
    "R10", "mentions", "GDPR Art. 13(2)(e)", "Mandatory fields say why they are needed and what happens without them.";
    "R11", "mentions", "GDPR Art. 13(2)(f)", "An automated decision states its logic and consequences.";
    "R12", "marketing", "GDPR Art. 21(2)-(4)", "Direct marketing, profiling included, can be objected to without reason, in a block of its own.";
    "R13", "marketing", "CPCE L34-5; ePrivacy Directive Art. 13(1)", "E-mail and SMS marketing to consumers needs their consent.";
    "R14", "marketing", "CPCE L34-5 al. 4; ePrivacy Directive Art. 13(2)", "The similar-offers exception (soft opt-in) follows a sale, for the seller's own similar products.";
    "R15", "marketing", "CPCE L34-5; CNIL, B2B prospecting", "E-mail marketing to professionals without consent needs an objection box at collection.";
    "R16", "marketing", "CPCE L34-5; CNIL 2018", "E-mail addresses passed to partners need a separate consent, and the partners are identifiable.";
    "R17", "marketing", "GDPR Art. 21(2); CNIL", "Contact details passed to partners for postal offers come with an objection box and the partners' categories.";
    "R18", "phone", "C. consom. L223-1 (loi n° 2025-594, 11 August 2026)", "Commercial calls to consumers need their prior consent.";
    "R19", "mentions", "GDPR Art. 14(1)(d), 14(2)(f)", "Data not collected from the person names its source and categories.";
    "R20", "consent", "GDPR Art. 7(1)", "A form with an objection box sends the notice's version back, so that a lost box fails loudly.";
    "R21", "special", "GDPR Art. 9(1)-(2)", "A special category of data is processed only under a declared Art. 9(2) condition.";
    "R22", "children", "GDPR Art. 8; loi Informatique et Libertés art. 45", "A form for children that asks for consent declares how a holder of parental authority consents.";
    "R23", "basis", "GDPR Art. 15-22", "The rights printed follow each purpose's legal basis.";
    "R24", "facts", "GDPR Art. 30(1)(c)-(d), 13(1)(c)", "Every form states its data subjects, each purpose its data use, each field its data category, from closed lists.";
    "R25", "employment", "GDPR Art. 7(4), 88, Recital 43; EDPB Guidelines 05/2020 §21", "An employer does not rely on consent for its employees' or applicants' data (a talent pool excepted).";
    "R26", "employment", "C. trav. L1121-1, L1222-4; CNIL", "No keystroke or screen recording of employees, and no biometric time clock.";
    "R27", "special", "GDPR Art. 9(2)(b), (e), (g)-(i)", "Art. 9(2)(b), (g) and (i) name their law, (h) names who is bound by secrecy, and (e) is never a form's condition.";
    "R28", "children", "GDPR Recital 38, 71; DSA Art. 28(2)", "No profiling or profiled advertising of children, and the parental consent is given by the parent.";
    "R29", "mentions", "GDPR Art. 22(2)", "A decision based solely on automated processing rests on a contract, a named law or explicit consent.";
    "R30", "transfers", "GDPR Art. 45, 46(2)", "An adequacy claimed exists on the dated list (the US only for DPF-certified recipients); a safeguard is one of Art. 46(2).";
    "R31", "retention", "GDPR Art. 5(1)(e), 13(2)(a)", "A retention is a duration or the event that ends it, never 'as long as necessary' nor unlimited.";
    "R32", "retention", "CSI L252-5; CNIL, video surveillance", "Video surveillance images are kept one month at most.";
    "R33", "retention", "CNIL, référentiel prospection (2021)", "A prospect's data is kept at most three years after the last contact from them.";
    "R34", "identity", "GDPR Art. 26", "Joint controllers are declared, each with a contact and the essence of their arrangement.";
    "R35", "consent", "GDPR Art. 4(11), 7(2)", "An opt-in box's label says yes; an objection box's label says no.";
    "R36", "routes", "GDPR Art. 7(3), 12(2), 12(5)", "Rights and withdrawal are exercised without a letter, an ID copy or a stamp being demanded.";
    "R37", "phone", "C. consom. L223-1 al. 5", "Energy-renovation and home-adaptation works are never canvassed by phone.";
    "R38", "marketing", "CPCE L34-5; GDPR Art. 6(1)(f), 21(2)", "Appeals by a non-commercial body rest on consent or legitimate interests, and are not commercial prospecting.";
    "R39", "marketing", "ePrivacy Directive Art. 5(3); loi Informatique et Libertés art. 82; CNIL, e-mail pixels (2025)", "Tracking, person by person, whether marketing e-mails are opened needs consent.";
    "R40", "marketing", "GDPR Art. 6(1)(a), 21(2); CPCE L34-5", "Selling or renting personal data to third parties needs the person's consent, with its box.";
    "R41", "wording", "GDPR Art. 5(1)(a), 12(1)", "The free texts say what the facts say: words of marketing, calls, advertising, health, biometrics, terms of sale or partners need the matching declaration.";
    "R42", "facts", "GDPR Art. 5(1)(b)-(c), 7(4), 13(1)(c)", "A phone number, and every mandatory field of a form that asks for consent, names the purposes it serves.";
    "R43", "retention", "GDPR Art. 5(1)(e); CNIL, référentiel prospection (2021)", "Consent to direct marketing kept until withdrawn also ends three years at most after the last contact from the person.";
    "R44", "consent", "GDPR Art. 7(2)", "A box whose purpose is written as the company speaks (« nos », « vous ») has its own label in the person's voice.";
    "R45", "identity", "GDPR Art. 13(2)(d), 51, 55", "A controller in a country with several supervisory authorities (Germany) names the one it answers to.";
    "R46", "marketing", "Prawo komunikacji elektronicznej (Poland, 2024) art. 398; ePrivacy Directive Art. 13(1)", "A Polish controller sends marketing by e-mail or SMS only with prior consent: Polish law has no similar-offers exception and spares no professional.";
}

/// Which rules each taxonomy key sets off, beyond R24 (every key states a fact): a key under one of these
/// prefixes triggers the rules listed. Kept beside the table so the README's taxonomy lists them.
#[cfg(test)]
const TRIGGERS: &[(crate::taxonomy::List, &str, &[&str])] = {
    use crate::taxonomy::List::{Categories, DataUses, Subjects};
    &[
        (Subjects, "child", &["R22", "R28"]),
        (Subjects, "professional", &["R15"]),
        (Subjects, "employee", &["R25", "R26"]),
        (Subjects, "job_applicant", &["R25"]),
        (Subjects, "trainee", &["R25"]),
        (Subjects, "prospect", &["R33"]),
        (DataUses, "essential.legal_obligation", &["R02"]),
        (DataUses, "essential.service.security.cctv", &["R32"]),
        (DataUses, "employment", &["R25"]),
        (DataUses, "employment.monitoring.activity", &["R26"]),
        (DataUses, "employment.monitoring.time_tracking", &["R26"]),
        (DataUses, "marketing", &["R12", "R33", "R41"]),
        (DataUses, "marketing.advertising.profiling", &["R28"]),
        (DataUses, "marketing.advertising.first_party.targeted", &["R28"]),
        (DataUses, "marketing.advertising.third_party.targeted", &["R28"]),
        (DataUses, "marketing.communications.email", &["R13", "R15"]),
        (DataUses, "marketing.communications.email.tracking", &["R39"]),
        (DataUses, "marketing.communications.sms", &["R13", "R15"]),
        (DataUses, "marketing.communications.phone", &["R18", "R37"]),
        (DataUses, "marketing.communications.appeals", &["R38"]),
        (DataUses, "personalize.profiling", &["R28"]),
        (DataUses, "personalize.content.profiling", &["R28"]),
        (DataUses, "personalize.content.profiled", &["R28"]),
        (DataUses, "sales", &["R33"]),
        (DataUses, "third_party_sharing", &["R14"]),
        (DataUses, "third_party_sharing.marketing.email", &["R16"]),
        (DataUses, "third_party_sharing.sale", &["R40"]),
        (Categories, "user.authorization.biometric", &["R21", "R26", "R27"]),
        (Categories, "user.biometric", &["R21", "R26", "R27", "R41"]),
        (Categories, "user.health_and_medical", &["R21", "R27", "R41"]),
        (Categories, "user.demographic.political_opinion", &["R21", "R27"]),
        (Categories, "user.demographic.race_ethnicity", &["R21", "R27"]),
        (Categories, "user.demographic.religious_belief", &["R21", "R27"]),
        (Categories, "user.demographic.sexual_orientation", &["R21", "R27"]),
        (Categories, "user.demographic.sex_life", &["R21", "R27"]),
        (Categories, "user.demographic.trade_union", &["R21", "R27"]),
        (Categories, "user.contact.phone_number", &["R18", "R42"]),
    ]
};

/// The README's table of the taxonomy: every key, where it comes from, what it means, which rules it sets off.
#[cfg(test)]
pub(crate) fn taxonomy_table() -> String {
    use crate::taxonomy::{List, Source, is_under};
    let mut out = String::new();
    for (list, title, attribute) in [
        (List::Subjects, "Data subjects", "#[notice(subjects = \"..\")]"),
        (List::DataUses, "Data uses", "#[purpose(.., data_use = \"..\")]"),
        (List::Categories, "Data categories", "#[personal_data(category = \"..\")]"),
    ] {
        out.push_str(&format!(
            "\n**{title}** (`{attribute}`)\n\n| key | from | meaning | rules |\n|---|---|---|---|\n"
        ));
        for term in list.terms() {
            let mut rules: Vec<&str> = TRIGGERS
                .iter()
                .filter(|(l, prefix, _)| *l == list && is_under(term.key, prefix))
                .flat_map(|(_, _, ids)| ids.iter().copied())
                .collect();
            rules.push("R24");
            rules.sort_unstable();
            rules.dedup();
            let source = match term.source {
                Source::Fideslang => "fideslang",
                Source::Ours => "ours",
            };
            out.push_str(&format!(
                "| `{}` | {source} | {} | {} |\n",
                term.key,
                term.meaning.replace('|', "\\|"),
                rules.join(", ")
            ));
        }
    }
    out
}

/// The rule whose id is `id`.
#[cfg(test)]
pub(crate) fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|rule| rule.id == id)
}

/// Every area's rules, all problems reported together. The `gdpr` areas run only under `gdpr`, and only when
/// the regime could be read.
pub(crate) fn check(form: &Form, errors: &mut Errors) {
    consent::always(form, errors);
    if !form.law_known {
        return;
    }
    match form.law {
        Law::Gdpr => {
            facts::check(form, errors);
            basis::check(form, errors);
            marketing::check(form, errors);
            phone::check(form, errors);
            transfers::check(form, errors);
            special::check(form, errors);
            children::check(form, errors);
            employment::check(form, errors);
            consent::check(form, errors);
            retention::check(form, errors);
            routes::check(form, errors);
            identity::check(form, errors);
            wording::check(form, errors);
        }
        Law::Lil2004 => facts::refused_under_lil2004(form, errors),
    }
}

/// The `RULES.md` page: every rule with its article, by id.
#[cfg(test)]
pub(crate) fn rules_page() -> String {
    let mut page = String::from(
        "# The rules privacy-notice checks\n\nEvery error of the derive cites one of these ids. Each rule applies \
         the article named beside it; the README explains the attributes.\nThis page is generated from \
         `macros/src/rules/mod.rs` (`cargo test -p privacy-notice-macros rules_page` checks it).\n\n\
         | id | area | article | rule |\n|---|---|---|---|\n",
    );
    for rule in RULES {
        page.push_str(&format!("| {} | {} | {} | {} |\n", rule.id, rule.area, rule.article, rule.statement));
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `RULES.md` at the workspace root is the table above; `UPDATE_RULES=1` rewrites it.
    #[test]
    fn rules_page_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../RULES.md");
        let expected = rules_page();
        if std::env::var_os("UPDATE_RULES").is_some() {
            std::fs::write(path, &expected).expect("RULES.md written");
        }
        let shipped = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            shipped == expected,
            "RULES.md is out of date: run `UPDATE_RULES=1 cargo test -p privacy-notice-macros rules_page`"
        );
    }

    /// The README holds the taxonomy table between its markers; `UPDATE_RULES=1` rewrites it.
    #[test]
    fn readme_taxonomy_table_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");
        let readme = std::fs::read_to_string(path).expect("the README");
        let (start, end) = ("<!-- taxonomy: generated -->\n", "<!-- /taxonomy -->");
        let from = readme.find(start).expect("the taxonomy's start marker") + start.len();
        let to = readme.find(end).expect("the taxonomy's end marker");
        let expected = taxonomy_table();
        if std::env::var_os("UPDATE_RULES").is_some() {
            std::fs::write(path, format!("{}{expected}{}", &readme[..from], &readme[to..])).expect("README written");
        } else {
            assert!(
                readme[from..to] == expected,
                "the README's taxonomy table is out of date: run `UPDATE_RULES=1 cargo test -p privacy-notice-macros readme_taxonomy`"
            );
        }
        for (list, prefix, ids) in TRIGGERS {
            assert!(list.find(prefix).is_some(), "{prefix} is not a key");
            assert!(ids.iter().all(|id| rule(id).is_some()), "{prefix}");
        }
    }

    /// Every id a message of the derive cites is in the table, and every id in the table is cited somewhere.
    #[test]
    fn every_cited_id_is_listed_and_every_listed_id_cited() {
        let sources = [
            include_str!("../check.rs"),
            include_str!("basis.rs"),
            include_str!("children.rs"),
            include_str!("consent.rs"),
            include_str!("employment.rs"),
            include_str!("facts.rs"),
            include_str!("identity.rs"),
            include_str!("marketing.rs"),
            include_str!("phone.rs"),
            include_str!("retention.rs"),
            include_str!("routes.rs"),
            include_str!("special.rs"),
            include_str!("transfers.rs"),
            include_str!("wording.rs"),
            include_str!("../parse/struct_attrs.rs"),
            include_str!("../parse/field_attrs.rs"),
        ]
        .concat();
        let mut cited: Vec<&str> = sources
            .match_indices('R')
            .filter(|(at, _)| sources[..*at].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
            .filter(|(at, _)| {
                sources.get(at + 3..).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            })
            .filter_map(|(at, _)| sources.get(at..at + 3))
            .filter(|id| id[1..].chars().all(|c| c.is_ascii_digit()) && id.len() == 3)
            .collect();
        cited.sort_unstable();
        cited.dedup();
        for id in &cited {
            assert!(rule(id).is_some(), "{id} is cited but not in RULES");
        }
        for rule in RULES {
            assert!(cited.contains(&rule.id), "{} is listed but no message cites it", rule.id);
        }
        for pair in RULES.windows(2) {
            assert!(pair[0].id < pair[1].id, "ids in order");
        }
    }
}
