use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[controller(name = "Crédit SA", address = "5 rue du Port, 13002 Marseille", contact = "dpo@credit.fr")]
#[purpose("l’étude de votre demande de crédit", basis = "contract")]
#[retention("5 ans")]
#[recipients("notre service crédit")]
#[rights_contact("dpo@credit.fr")]
#[representative(name = "Crédit EU")]
#[automated_decision(decision = "votre demande de crédit", logic = "vos revenus")]
#[data_source("Fichier Partenaires")]
#[data_requirement(reason = "étudier votre demande")]
#[transfer(country = "États-Unis")]
#[transfer(country = "Royaume-Uni", adequacy, safeguard = "les clauses types", copy = "dpo@credit.fr")]
#[transfer(safeguard = "les clauses types", copy = "dpo@credit.fr")]
#[transfer(country = "Inde", safeguard = "les clauses types")]
struct CreditForm {
    email: String,
}

fn main() {}
