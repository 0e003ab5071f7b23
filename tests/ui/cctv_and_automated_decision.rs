// Legal review 3 §4: video surveillance images are kept one month at most (CSI L252-5; R32); a decision based
// solely on automated processing rests on a contract, a named law or explicit consent (GDPR Art. 22(2); R29).
use privacy_notice::PrivacyNotice;

#[derive(PrivacyNotice)]
#[notice(subjects = "visitor")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("la vidéoprotection de l’accueil", data_use = "essential.service.security.cctv", basis = "legitimate_interests", interest = "la sécurité des biens et des personnes", retention = "1 an")]
struct VisitorRegister {
    #[personal_data(category = "user.content.cctv_image")]
    image: String,
}

#[derive(PrivacyNotice)]
#[notice(subjects = "customer")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("l’étude de votre demande de crédit", data_use = "essential.service", basis = "contract", retention = "5 ans")]
#[automated_decision(decision = "votre demande de crédit", logic = "vos revenus et charges déclarés", consequences = "un refus du crédit", basis = "legitimate_interests")]
struct CreditRequest {
    #[personal_data(category = "user.financial")]
    income: String,
}

fn main() {}
