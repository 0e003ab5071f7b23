//! Transfers outside the EEA (GDPR Chapter V): a recipient outside the EEA needs its transfer (R09); an adequacy
//! claimed must be on the dated list, the US only for recipients certified under the Data Privacy Framework, and
//! a safeguard is one of Art. 46(2) (R30).

use crate::Lang;
use crate::adequacy;
use crate::countries;
use crate::decl::Form;
use crate::errors::Errors;

/// R09 and R30.
pub(super) fn check(form: &Form, errors: &mut Errors) {
    recipients(form, errors);
    for transfer in &form.transfers {
        let Some(code) = transfer.code else { continue };
        let name = countries::country_name(code, Lang::En);
        if countries::in_eea(code) {
            errors.add(
                transfer.attr,
                format!(
                    "`#[transfer(country = \"{}\")]`: {name} is in the EEA, so this is no transfer",
                    transfer.country.value
                ),
                "remove this `#[transfer]` (GDPR Art. 44 applies to countries outside the EEA; R30)",
            );
            continue;
        }
        if transfer.dpf && code != "US" {
            errors.add(
                transfer.attr,
                format!(
                    "`dpf` in `#[transfer(..)]`: the EU-US Data Privacy Framework covers the United States, not {name}"
                ),
                "remove `dpf` (R30)",
            );
        }
        if !transfer.adequacy {
            continue;
        }
        match adequacy::adequacy(code) {
            None => errors.add(
                transfer.attr,
                format!(
                    "`adequacy` in `#[transfer(country = \"{}\")]`: the European Commission has adopted no adequacy \
                     decision for {name} (list as of {}; GDPR Art. 45; R30)",
                    transfer.country.value,
                    adequacy::ADEQUACY_AS_OF
                ),
                format!(
                    "write `safeguard = \"standard_contractual_clauses\", copy = \"..\"` (or another Art. 46(2) \
                     safeguard: {})",
                    crate::suggest::list(<crate::decl::Safeguard as crate::decl::Named>::names().iter().copied())
                ),
            ),
            Some(decision) if !(adequacy::adequate(code) || code == "US" && transfer.dpf) => errors.add(
                transfer.attr,
                format!(
                    "`adequacy` in `#[transfer(country = \"{}\")]`: {} covers {} only (GDPR Art. 45; R30)",
                    transfer.country.value,
                    decision.cited(Lang::En),
                    match decision.scope {
                        adequacy::Scope::Partial(whom) => whom,
                        adequacy::Scope::Whole => name,
                    }
                ),
                if code == "US" {
                    "add `dpf` if the recipient is certified under the EU-US Data Privacy Framework (check the \
                     Department of Commerce's list), or write `safeguard = \"standard_contractual_clauses\", copy = \
                     \"..\"`"
                } else {
                    "write `safeguard = \"standard_contractual_clauses\", copy = \"..\"` unless the recipient is one \
                     the decision covers"
                },
            ),
            Some(_) => {}
        }
    }
}

/// R09: a recipient outside the EEA, in a country no adequacy decision covers as a whole, needs its `#[transfer]`.
fn recipients(form: &Form, errors: &mut Errors) {
    for recipient in &form.located_recipients {
        let code = recipient.country.value.as_str();
        if countries::in_eea(code) || adequacy::adequate(code) {
            continue;
        }
        if form.transfers.iter().any(|t| t.code == Some(code)) {
            continue;
        }
        let name = countries::country_name(code, Lang::En);
        errors.add(
            recipient.attr,
            format!(
                "`#[recipient(\"{}\", country = \"{code}\")]` sends data to a country outside the EEA ({name}) that no \
                 adequacy decision covers as a whole, and the form has no `#[transfer]` for it (GDPR Art. 13(1)(f), \
                 44–49; R09)",
                recipient.name.value
            ),
            format!(
                "add `#[transfer(country = \"{code}\", safeguard = \"standard_contractual_clauses\", copy = \
                 \"dpo@..\")]`{}",
                if code == "US" {
                    ", or `#[transfer(country = \"US\", adequacy, dpf)]` if the recipient is certified under the EU-US \
                     Data Privacy Framework"
                } else {
                    ""
                }
            ),
        );
    }
}
