//! Runnable examples of privacy-notice (`cargo run -p privacy-notice-examples --example NAME`) and the forms they share.
#![forbid(unsafe_code)]

pub mod forms;
pub mod shop;
pub mod web_actix;
pub mod web_axum;
#[cfg(feature = "leptos")]
pub mod web_leptos;
#[cfg(feature = "rocket")]
pub mod web_rocket;

use privacy_notice::{Lang, Register, register};

/// What a submission decided, one `purpose=granted|refused` line per box: what the Rocket and Leptos examples
/// answer.
pub fn decision_lines(consents: &privacy_notice::Consents) -> String {
    consents
        .iter()
        .map(|(purpose, decision)| {
            let decided = match decision {
                privacy_notice::Decision::Granted => "granted",
                privacy_notice::Decision::Refused => "refused",
            };
            format!("{purpose}={decided}\n")
        })
        .collect()
}

/// The register of every form of the examples.
pub fn register() -> Register {
    use forms::*;
    register![ShopOrder, ShopOrder2004, NewsletterSignup, NewsletterSignup2004, JobApplication, JobApplication2004]
}

/// An output format of the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CommonMark.
    Markdown,
    /// One HTML page.
    Html,
    /// JSON, in the shape of `schemas/register.schema.json`.
    Json,
}

impl Format {
    /// `markdown`, `html` or `json`.
    pub fn parse(name: &str) -> Result<Format, String> {
        match name {
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format `{other}`: use markdown, html or json")),
        }
    }
}

/// The examples' register in `format`, with headings in `lang`.
pub fn render_register(format: Format, lang: Lang) -> String {
    let register = register();
    match format {
        Format::Markdown => register.markdown(lang),
        Format::Html => register.html(lang),
        Format::Json => serde_json::to_string_pretty(&register).expect("a register serializes") + "\n",
    }
}
