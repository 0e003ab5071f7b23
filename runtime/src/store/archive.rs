//! What an archived notice keeps: every output a person could have been shown, in every language.

use serde::Serialize;

use crate::{Lang, Notice};

/// The outputs of a notice in one language, as the library renders them.
#[derive(Serialize)]
struct Outputs {
    text: String,
    html: String,
    markdown: String,
    summary: String,
    summary_html: String,
    summary_markdown: String,
    boxes_html: String,
    call_script: String,
}

/// Every output of `notice`, by language code, as JSON: `{"fr": {"text": .., "html": .., ..}, "en": {..}}`.
pub(super) fn outputs_json(notice: &Notice) -> Result<String, serde_json::Error> {
    let by_lang: std::collections::BTreeMap<&str, Outputs> = Lang::ALL
        .iter()
        .map(|&lang| {
            let outputs = Outputs {
                text: notice.text(lang),
                html: notice.html(lang),
                markdown: notice.markdown(lang),
                summary: notice.summary(lang),
                summary_html: notice.summary_html(lang),
                summary_markdown: notice.summary_markdown(lang),
                boxes_html: notice.boxes_html(lang),
                call_script: notice.call_script(lang),
            };
            (lang.code(), outputs)
        })
        .collect();
    serde_json::to_string(&by_lang)
}
