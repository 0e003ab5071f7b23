use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Crédit SA", address = "5 rue du Port, 13002 Marseille", contact = "dpo@credit.fr", country = "FR")]
#[purpose("l’étude de votre demande de crédit", data_use = "essential.service", basis = "contract")]
#[retention("5 ans")]
#[recipients("notre service crédit")]
#[rights_contact("dpo@credit.fr")]
#[representative(name = "Crédit EU")]
#[automated_decision(decision = "votre demande de crédit", logic = "vos revenus")]
#[data_source("Fichier Partenaires")]
#[data_requirement(reason = "étudier votre demande")]
#[transfer(country = "États-Unis")]
#[transfer(country = "Royaume-Uni", adequacy, safeguard = "standard_contractual_clauses", copy = "dpo@credit.fr")]
#[transfer(safeguard = "standard_contractual_clauses", copy = "dpo@credit.fr")]
#[transfer(country = "Inde", safeguard = "standard_contractual_clauses")]
struct CreditForm {
    #[personal_data(category = "user.contact.email")]
    email: String,
}

fn main() {}
