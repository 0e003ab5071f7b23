//! The HTML the shop writes itself around the notice: the page frame, its words, escaping.

use privacy_notice::Lang;

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// A whole page around `body`.
pub fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
         <style>body{{font-family:sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}\
         label.field{{display:block;margin-top:.6rem}}input[type=text],input[type=email]{{width:100%;padding:.3rem}}\
         fieldset{{margin:1rem 0}}button{{margin-top:1rem;padding:.5rem 1.2rem}}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        code = lang.code(),
        title = escape(title),
    )
}

/// The words of the pages the shop writes itself (the notice writes its own).
pub struct Words {
    pub order: &'static str,
    pub email: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub submit: &'static str,
    pub thanks: &'static str,
    pub recorded: &'static str,
    pub change: &'static str,
    pub withdrawn: &'static str,
    pub keep_link: &'static str,
    pub export: &'static str,
    pub granted: &'static str,
    pub refused: &'static str,
}

/// The shop's words in `lang`: the shop speaks French and English (its forms' languages), English otherwise.
pub fn words(lang: Lang) -> Words {
    match lang {
        Lang::Fr => Words {
            order: "Votre commande",
            email: "Adresse e-mail (obligatoire)",
            address: "Adresse de livraison (obligatoire)",
            phone: "Téléphone",
            submit: "Commander",
            thanks: "Merci, votre commande est enregistrée.",
            recorded: "Vos choix ont été enregistrés :",
            change: "Changer d’avis : retirer un accord ou vous opposer",
            withdrawn: "accord retiré ou opposition enregistrée",
            keep_link: "Ce lien est personnel : ne le partagez pas. Il reste valable 30 jours.",
            export: "Télécharger l’historique de mes choix (JSON)",
            granted: "accordé",
            refused: "refusé",
        },
        _ => Words {
            order: "Your order",
            email: "E-mail address (required)",
            address: "Delivery address (required)",
            phone: "Phone",
            submit: "Order",
            thanks: "Thank you, your order is recorded.",
            recorded: "Your choices were recorded:",
            change: "Change your mind: withdraw an agreement or object",
            withdrawn: "agreement withdrawn or objection recorded",
            keep_link: "This link is personal: do not share it. It stays valid for 30 days.",
            export: "Download the history of my choices (JSON)",
            granted: "granted",
            refused: "refused",
        },
    }
}
