//! Phase 2, continued: the rules that turn on the facts a form declares (design §7) — marketing channels and
//! audience (R13–R15; C. consom. L223-1), recipients' countries (R09), special categories (R21), minors (R22),
//! consent made a condition (Art. 7(4)), retention without limit (Art. 5(1)(e)), the withdrawal route
//! (Art. 7(3)), identifiable partners (R16) — and the field types and serde settings that would make a form lie.

use crate::attr_kind::StructAttr;
use crate::check::last_segment;
use crate::countries;
use crate::decl::{Art9Condition, Audience, Basis, Field, Form, Law, MarketingChannel, Named, ProspectingExt};
use crate::errors::Errors;
use crate::suggest::{did_you_mean, list};

/// Every rule of this file, all problems reported together.
pub(crate) fn form(form: &Form, errors: &mut Errors) {
    field_declarations(form, errors);
    serde_default(form, errors);
    version_fields(form, errors);
    if !form.law_known {
        return;
    }
    match form.law {
        Law::Gdpr => {
            marketing(form, errors);
            recipients(form, errors);
            special_categories(form, errors);
            minors(form, errors);
            consent_as_condition(form, errors);
            retention_limits(form, errors);
            withdrawal_route(form, errors);
            named_partners(form, errors);
            prospecting_retention(form, errors);
            opt_out_needs_version(form, errors);
        }
        Law::Lil2004 => refused_under_lil2004(form, errors),
    }
}

/// Whether `id` names a purpose based on consent, or an "I agree" prospecting case.
fn is_consent_purpose(form: &Form, id: &str) -> bool {
    form.purpose(id).is_some_and(|p| p.basis == Some(Basis::Consent))
        || crate::decl::ProspectingKind::from_id(id)
            .is_some_and(|kind| kind.opts_in() && form.prospecting(kind).is_some())
}

/// `required` on an `Option` (it accepts nothing); `purpose = ".."` naming no purpose.
fn field_declarations(form: &Form, errors: &mut Errors) {
    let ids: Vec<&str> = form
        .purposes
        .iter()
        .filter_map(|p| p.id.as_ref().map(|id| id.value.as_str()))
        .chain(form.prospecting.iter().map(|p| p.kind.id()))
        .collect();
    for field in &form.fields {
        let Some(site) = &field.personal_data else { continue };
        if field.required && last_segment(&field.ty).is_some_and(|last| last.ident == "Option") {
            errors.add(
                site,
                format!(
                    "`required` in `#[personal_data(..)]` on `{}`, an `Option`: the form accepts it empty, so the \
                     notice would call mandatory a field that is not",
                    field.ident
                ),
                format!("make `{}` a `String`, or remove `required`", field.ident),
            );
        }
        if field.required && field.label.is_none() && field.consent.is_none() {
            errors.add(
                site,
                format!(
                    "`required` on `{}` without a `label`: the notice names the mandatory fields to the person, and \
                     `{}` is a name in code, not in the form's language",
                    field.ident, field.name
                ),
                "add `label = \"..\"`, the field's name as the form shows it: `#[personal_data(required, label = \
                 \"adresse e-mail\")]`",
            );
        }
        for id in field.purposes.iter().filter(|id| !ids.contains(&id.value.as_str())) {
            errors.add_at(
                id.span,
                format!("`purpose = \"{}\"` in `#[personal_data(..)]` names no purpose of this form", id.value),
                format!(
                    "{}write the `id` of a `#[purpose(..)]` or a prospecting attribute, several separated by commas",
                    did_you_mean(&id.value, ids.iter().copied())
                ),
            );
        }
    }
}

/// One `NoticeVersion` field at most.
fn version_fields(form: &Form, errors: &mut Errors) {
    for extra in form.version_fields().skip(1) {
        errors.add(
            &extra.ident,
            format!("a second `NoticeVersion` field, `{}`: the page sends one version back", extra.ident),
            "keep one `notice_version: privacy_notice::NoticeVersion`",
        );
    }
}

/// An "I object" box that never reaches the struct reads as "did not object": under `gdpr` a form with such a box
/// sends the notice's version back, so that a submission whose names do not match the struct fails loudly
/// (design §7).
fn opt_out_needs_version(form: &Form, errors: &mut Errors) {
    let objecting = |id: &str| {
        crate::decl::ProspectingKind::from_id(id).is_some_and(|kind| !kind.opts_in())
            || form.purpose(id).is_some_and(|p| p.marketing.is_some() && p.basis == Some(Basis::LegitimateInterests))
    };
    let Some((field, _)) = form.consent_fields().find(|(_, c)| objecting(&c.id.value)) else { return };
    if form.version_fields().next().is_none() {
        errors.add(
            &form.ident,
            format!(
                "`{}` has an \"I object\" box, `{}`, and no `NoticeVersion` field: if the box were submitted under a \
                 name the struct does not read (a framework that prefixes names, a renamed field), it would count as \
                 \"did not object\" without anyone noticing",
                form.ident, field.ident
            ),
            "add a field `notice_version: privacy_notice::NoticeVersion`: the notice's HTML sends it back in a hidden \
             input, and a submission without it fails to deserialize",
        );
    }
}

/// `#[serde(default)]` on the struct fills a missing box from the struct's `Default`, which the person never saw.
fn serde_default(form: &Form, errors: &mut Errors) {
    if let (Some(span), true) = (form.serde_default, form.consent_fields().next().is_some()) {
        errors.add_at(
            span,
            format!(
                "`#[serde(default)]` on `{}` fills every missing field from its `Default`, the boxes included: an \
                 absent box could read as ticked (GDPR Recital 32; Planet49)",
                form.ident
            ),
            "remove `#[serde(default)]` from the struct, and put `#[serde(default)]` on the fields that need it \
             (an absent `Checkbox` is already unticked)",
        );
    }
}

/// R13: e-mail and SMS marketing to consumers needs consent; L223-1 (since 11 August 2026): so do commercial
/// calls; R15: to professionals, e-mail on legitimate interest needs an objection box at collection.
fn marketing(form: &Form, errors: &mut Errors) {
    for purpose in form.purposes.iter().filter(|p| p.complete) {
        let Some((channel, span)) = purpose.marketing else { continue };
        let basis = purpose.basis;
        let consumers = form.audience != Audience::Professionals;
        let channel_name = channel.code();
        match channel {
            MarketingChannel::Email | MarketingChannel::Sms if consumers && basis != Some(Basis::Consent) => {
                errors.add_at(
                    span,
                    format!(
                        "`marketing = \"{channel_name}\"` to consumers needs their consent, and this purpose's basis \
                         is {} (CPCE L34-5; R13)",
                        basis.map_or("missing".to_string(), |b| format!("`{}`", b.code()))
                    ),
                    "write `basis = \"consent\", id = \"offers\"` with a field `#[consent(offers)] offers: Checkbox`; \
                     for a customer's offers on products like the ones they ordered, use `#[similar_offers_optout]` \
                     (soft opt-in)",
                );
            }
            MarketingChannel::Phone if consumers && basis != Some(Basis::Consent) => errors.add_at(
                span,
                "`marketing = \"phone\"` to consumers needs their prior consent since 11 August 2026 (C. consom. \
                 L223-1, loi n° 2025-594)",
                "write `basis = \"consent\", id = \"calls\"` with its `#[consent(calls)]` box, or use `#[phone_optin]`",
            ),
            MarketingChannel::Email | MarketingChannel::Sms if !consumers => match basis {
                Some(Basis::LegitimateInterests) => {
                    let boxed = purpose
                        .id
                        .as_ref()
                        .is_some_and(|id| form.consent_fields().any(|(_, c)| c.id.value == id.value));
                    if !boxed {
                        errors.add_at(
                            span,
                            format!(
                                "`marketing = \"{channel_name}\"` to professionals on `legitimate_interests` needs an \
                                 objection box at collection (CNIL, B2B prospecting; R15)"
                            ),
                            "give the purpose an `id = \"offers\"` and add a field `#[consent(offers)] no_offers: \
                             Checkbox` (an \"I object\" box); the offers must concern the person's profession",
                        );
                    }
                }
                Some(Basis::Consent) => {}
                _ => errors.add_at(
                    span,
                    format!(
                        "`marketing = \"{channel_name}\"` to professionals is based on `consent` or on \
                         `legitimate_interests` with an objection box (R15)"
                    ),
                    "write `basis = \"legitimate_interests\", interest = \"..\", id = \"offers\"` with a \
                     `#[consent(offers)]` objection box, or `basis = \"consent\"`",
                ),
            },
            _ => {}
        }
    }
}

/// Whether the `#[transfer(country = ..)]` text names the country whose code is `code`.
fn names_country(text: &str, code: &str) -> bool {
    countries::code_named(text) == Some(code)
}

/// R09: a recipient outside the EEA, in a country no adequacy decision covers, needs its `#[transfer]`.
fn recipients(form: &Form, errors: &mut Errors) {
    for recipient in &form.located_recipients {
        let code = recipient.country.value.as_str();
        if countries::in_eea(code) || countries::adequate(code) {
            continue;
        }
        if form.transfers.iter().any(|t| names_country(&t.country.value, code)) {
            continue;
        }
        let name = countries::country(code).map_or(code, |(_, en)| en);
        errors.add(
            recipient.attr,
            format!(
                "`#[recipient(\"{}\", country = \"{code}\")]` sends data to a country outside the EEA ({name}) that no \
                 adequacy decision covers as a whole, and the form has no `#[transfer]` for it (GDPR Art. 13(1)(f), \
                 44–49; R09)",
                recipient.name.value
            ),
            format!(
                "add `#[transfer(country = \"{code}\", safeguard = \"les clauses contractuelles types de la \
                 Commission européenne\", copy = \"dpo@..\")]`{}",
                if code == "US" {
                    ", or `#[transfer(country = \"US\", adequacy)]` if the recipient is certified under the EU-US \
                     Data Privacy Framework"
                } else {
                    ""
                }
            ),
        );
    }
}

/// R21: a special category needs an Art. 9(2) condition; explicit consent is given with a box.
fn special_categories(form: &Form, errors: &mut Errors) {
    for field in &form.fields {
        match (field.special, field.art9) {
            (Some((category, span)), None) => errors.add_at(
                span,
                format!(
                    "`special = \"{}\"` on `{}`: a special category (GDPR Art. 9) may be processed only under an \
                     Art. 9(2) condition, and none is declared (R21)",
                    category.code(),
                    field.ident
                ),
                format!(
                    "add `art9 = \"explicit_consent\"` with `purpose = \"<the id of its consent purpose>\"`, or the \
                     ground that applies: one of {}",
                    list(Art9Condition::names())
                ),
            ),
            (Some(_), Some((Art9Condition::ExplicitConsent, span))) => explicit_consent(form, field, span, errors),
            (None, Some((_, span))) => errors.add_at(
                span,
                format!("`art9` on `{}`, which declares no `special` category", field.ident),
                "add `special = \"health\"` (or the category concerned), or remove `art9`",
            ),
            _ => {}
        }
    }
}

/// Explicit consent (Art. 9(2)(a)) is the consent of the purposes the field serves, each with its box.
fn explicit_consent(form: &Form, field: &Field, span: proc_macro2::Span, errors: &mut Errors) {
    let consented = !field.purposes.is_empty() && field.purposes.iter().all(|id| is_consent_purpose(form, &id.value));
    if !consented {
        errors.add_at(
            span,
            format!(
                "`art9 = \"explicit_consent\"` on `{}`: explicit consent is given with a box, so the field must serve \
                 consent purposes only (GDPR Art. 9(2)(a); R21)",
                field.ident
            ),
            "add `purpose = \"<id>\"` naming a `#[purpose(.., id = \"<id>\", basis = \"consent\")]` with its \
             `#[consent(<id>)]` box",
        );
    }
}

/// R22: a form for minors that asks for consent declares how a parent's consent is obtained (LIL art. 45: under
/// 15, the child and a holder of parental authority consent together; GDPR Art. 8).
fn minors(form: &Form, errors: &mut Errors) {
    if form.audience == Audience::Minors && form.asks_consent() && form.parental_consent.is_none() {
        let message = "`audience = \"minors\"` and the form asks for consent: under 15 in France a child's consent \
                       counts only with a holder of parental authority's (loi Informatique et Libertés art. 45; GDPR \
                       Art. 8; R22), and the form declares no parental consent";
        let help = "add `#[parental_consent(\"un e-mail envoyé à votre parent, qui confirme par un lien\")]`: how the \
                    parent's consent is obtained";
        match form.audience_span {
            Some(span) => errors.add_at(span, message, help),
            None => errors.add(&form.ident, message, help),
        }
    }
}

/// Art. 7(4): a field that serves only consent purposes cannot be required, or consent becomes a condition.
fn consent_as_condition(form: &Form, errors: &mut Errors) {
    for field in form.fields.iter().filter(|f| f.required && !f.purposes.is_empty()) {
        if field.purposes.iter().all(|id| is_consent_purpose(form, &id.value)) {
            if let Some(site) = &field.personal_data {
                errors.add(
                    site,
                    format!(
                        "`required` on `{}`, which serves only consent purposes: refusing would mean not using the \
                         form, so consent would be a condition of the service (GDPR Art. 7(4))",
                        field.ident
                    ),
                    "remove `required`: the person may leave the field empty and refuse",
                );
            }
        }
    }
}

/// Words that mean "no limit" (Art. 5(1)(e)): lower case, accents as written.
const NO_LIMIT: [&str; 18] = [
    "sans limit",
    "illimit",
    "indéfiniment",
    "indefiniment",
    "à vie",
    "pour toujours",
    "perpétuité",
    "perpetuite",
    "sans durée",
    "sans fin",
    "indefinitely",
    "unlimited",
    "forever",
    "no limit",
    "without limit",
    "no time limit",
    "permanently",
    "in perpetuity",
];

/// Art. 5(1)(e): data is kept no longer than its purpose needs; a retention of "no limit" is not one.
fn retention_limits(form: &Form, errors: &mut Errors) {
    let retentions = form
        .retention
        .iter()
        .chain(form.purposes.iter().filter_map(|p| p.retention.as_ref()))
        .chain(form.prospecting.iter().filter_map(|p| p.retention.as_ref()));
    for retention in retentions {
        let lower = retention.value.to_lowercase();
        if NO_LIMIT.iter().any(|words| lower.contains(words)) {
            errors.add_at(
                retention.span,
                format!(
                    "the `retention` \"{}\" means no limit: data is kept only as long as its purpose needs (GDPR Art. \
                     5(1)(e), 13(2)(a))",
                    retention.value
                ),
                "write a duration or the event that ends it: `retention = \"3 ans après notre dernier contact\"`",
            );
        }
    }
}

/// A link, an e-mail address, or the unsubscribe link of each message: as easy as giving consent (Art. 7(3)).
fn withdrawal_route(form: &Form, errors: &mut Errors) {
    let Some(withdrawal) = &form.withdrawal else { return };
    let route = withdrawal.value.trim();
    let one_word = !route.contains(char::is_whitespace);
    let lower = route.to_lowercase();
    let is_link =
        one_word && (route.starts_with("https://") || route.starts_with("http://") || route.starts_with("www."));
    let is_mail = one_word && route.contains('@');
    let is_unsubscribe = ["lien de désinscription", "lien de desinscription", "désabonnement", "unsubscribe"]
        .iter()
        .any(|words| lower.contains(words));
    if !(is_link || is_mail || is_unsubscribe) {
        errors.add_at(
            withdrawal.span,
            format!(
                "`#[withdrawal(\"{route}\")]` is neither a link, an e-mail address nor the unsubscribe link of each \
                 message: withdrawing must be as easy as consenting (GDPR Art. 7(3); R04)"
            ),
            "write `#[withdrawal(\"https://boutique.fr/mon-compte/consentements\")]`, `#[withdrawal(\"dpo@boutique.fr\")]` \
             or `#[withdrawal(\"le lien de désinscription présent dans chaque e-mail\")]`",
        );
    }
}

/// Words that describe partners without naming them.
const VAGUE_PARTNERS: [&str; 12] = [
    "partenaire",
    "partner",
    "sélectionn",
    "selectionn",
    "selected",
    "soigneusement",
    "carefully",
    "de confiance",
    "trusted",
    "tiers",
    "third part",
    "divers",
];

/// R16: partners who receive e-mail addresses are identifiable: a link to their list, or their names.
fn named_partners(form: &Form, errors: &mut Errors) {
    let Some(optin) = form.prospecting(crate::decl::ProspectingKind::PartnerEmailOptin) else { return };
    let Some(partners) = &optin.partners else { return };
    let value = partners.value.trim();
    let is_link = value.contains("https://") || value.contains("http://");
    let lower = value.to_lowercase();
    let vague = VAGUE_PARTNERS.iter().any(|words| lower.contains(words)) || !value.chars().any(char::is_uppercase);
    if !is_link && vague {
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

/// Each marketing use has its retention: on the attribute, or the form's `#[retention]` (Art. 13(2)(a)).
fn prospecting_retention(form: &Form, errors: &mut Errors) {
    if form.has(StructAttr::Retention) {
        return;
    }
    for prospecting in form.prospecting.iter().filter(|p| p.retention.is_none()) {
        let id = prospecting.kind.id();
        errors.add(
            prospecting.attr,
            format!(
                "`#[{id}]` has no `retention`, and the form no `#[retention]`: the notice lists each marketing use \
                 with how long its data is kept (GDPR Art. 13(2)(a))"
            ),
            format!("write `#[{id}(.., retention = \"3 ans après votre dernier achat\")]`"),
        );
    }
}

/// The 2004 text has no place for these declarations: they would silently vanish from the notice.
fn refused_under_lil2004(form: &Form, errors: &mut Errors) {
    let refuse = |what: &str, errors: &mut Errors, at: &dyn Fn(&mut Errors, String, &str)| {
        at(
            errors,
            format!(
                "{what} is a GDPR declaration, and the `lil2004` regime reproduces the 2004 text, which has no place for it"
            ),
            "remove `law = \"lil2004\"` from `#[notice(..)]` (the default regime, `gdpr`, prints it), or remove it",
        )
    };
    if let Some(span) = form.audience_span {
        refuse("`audience` in `#[notice(..)]`", errors, &|e, m, h| e.add_at(span, m, h));
    }
    for purpose in &form.purposes {
        if let Some((_, span)) = purpose.marketing {
            refuse("`marketing` in `#[purpose(..)]`", errors, &|e, m, h| e.add_at(span, m, h));
        }
        if purpose.sale {
            refuse("`sale` in `#[purpose(..)]`", errors, &|e, m, h| e.add(purpose.attr, m, h));
        }
    }
    for field in &form.fields {
        let declared =
            field.special.is_some() || field.art9.is_some() || field.kind.is_some() || !field.purposes.is_empty();
        if let (true, Some(site)) = (declared, &field.personal_data) {
            refuse("`special`, `art9`, `kind` or `purpose` in `#[personal_data(..)]`", errors, &|e, m, h| {
                e.add(site, m, h)
            });
        }
    }
}
