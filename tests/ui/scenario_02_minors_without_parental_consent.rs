// Legal review §3, scenario 2: a children's game on consent. Under 15 in France, the child and a holder of
// parental authority consent (LIL art. 45; GDPR Art. 8; R22).
use privacy_notice::{Checkbox, PrivacyNotice};

#[derive(PrivacyNotice)]
#[notice(audience = "minors")]
#[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr")]
#[recipients("notre service commercial")]
#[rights_contact("dpo@boutique.fr")]
#[purpose("ta participation au jeu", id = "game", basis = "consent", retention = "la durée du jeu")]
#[withdrawal("https://jeu.fr/mes-choix")]
struct GameForm {
    pseudo: String,
    #[consent(game)]
    game: Checkbox,
}

fn main() {}
