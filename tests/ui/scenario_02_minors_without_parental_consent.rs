// Legal review §3, scenario 2: a children's game on consent. Under 15 in France, the child and a holder of
// parental authority consent (LIL art. 45; GDPR Art. 8; R22).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(subjects = "child")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("ta participation au jeu", data_use = "essential.service", id = "game", basis = "consent", retention = "la durée du jeu")]
#[withdrawal("https://jeu.fr/mes-choix")]
struct GameForm {
    #[personal_data(category = "user.content.private")]
    pseudo: String,
    #[consent(game)]
    game: Checkbox,
}

fn main() {}
