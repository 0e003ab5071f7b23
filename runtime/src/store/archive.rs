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

/// One part the notice's version covers, as the digest reads it (audit N9).
#[derive(Serialize, serde::Deserialize)]
struct Covered {
    lang: String,
    part: String,
    output: String,
}

/// Every output of `notice`, by language code, and under `covered` every part its version is the digest of, in
/// the digest's order: `{"fr": {"text": .., "html": .., ..}, "en": {..}, "covered": [{"lang", "part",
/// "output"}, ..]}`.
pub(super) fn outputs_json(notice: &Notice) -> Result<String, serde_json::Error> {
    let mut by_lang: std::collections::BTreeMap<&str, serde_json::Value> = Lang::ALL
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
            Ok((lang.code(), serde_json::to_value(outputs)?))
        })
        .collect::<Result<_, serde_json::Error>>()?;
    let covered: Vec<Covered> = notice
        .__shown()
        .into_iter()
        .map(|(lang, part, output)| Covered { lang: lang.code().to_string(), part, output })
        .collect();
    by_lang.insert("covered", serde_json::to_value(covered)?);
    serde_json::to_string(&by_lang)
}

/// The version recomputed from an archive's `covered` parts: the SHA-256 of each output followed by a NUL byte,
/// as [`Notice::version`] is computed; `None` if the archive has no such list (archived by version 0.1).
pub(super) fn recomputed_version(outputs: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(outputs).ok()?;
    let covered: Vec<Covered> = serde_json::from_value(value.get("covered")?.clone()).ok()?;
    let mut bytes = Vec::new();
    for part in covered {
        bytes.extend_from_slice(part.output.as_bytes());
        bytes.push(0);
    }
    Some(crate::digest::sha256_hex(&bytes))
}
