//! The order page of a shop, shared by the `axum_shop` and `actix_shop` examples: the pages, the reading of a
//! submission, and an append-only SQLite store of consent records. The web frameworks only route requests here.

use std::path::Path;
use std::sync::Mutex;
use std::time::SystemTime;

use privacy_notice::{CollectionMethod, ConsentRecord, Decision, Lang, PrivacyNotice};
use rusqlite::{Connection, params};

use crate::forms::ShopOrder;

/// The largest form body accepted; a larger one gets `413`.
pub const MAX_BODY: usize = 64 * 1024;

/// An HTTP answer, for the framework to send as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// The body.
    pub body: String,
}

impl Reply {
    fn html(status: u16, body: String) -> Reply {
        Reply { status, content_type: "text/html; charset=utf-8", body }
    }

    fn error(status: u16, message: impl Into<String>) -> Reply {
        Reply { status, content_type: "text/plain; charset=utf-8", body: message.into() }
    }
}

/// The store could not be opened or written.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        StoreError(error.to_string())
    }
}

/// Consent records in SQLite, append-only: triggers refuse every `UPDATE` and `DELETE`.
pub struct Store {
    connection: Mutex<Connection>,
}

const SCHEMA: &str = "
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = NORMAL;
    CREATE TABLE IF NOT EXISTS consent_records (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id TEXT NOT NULL UNIQUE,
        subject_id TEXT NOT NULL,
        purpose TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS consent_records_subject ON consent_records (subject_id);
    CREATE TRIGGER IF NOT EXISTS consent_records_no_update BEFORE UPDATE ON consent_records
        BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
    CREATE TRIGGER IF NOT EXISTS consent_records_no_delete BEFORE DELETE ON consent_records
        BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
    CREATE TABLE IF NOT EXISTS notices (version TEXT PRIMARY KEY, notice TEXT NOT NULL);
";

impl Store {
    /// Opens (or creates) the database at `path`, and archives the order form's notice under its version so
    /// that every record's `notice_version` leads to the texts that were shown.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let connection = Connection::open(path)?;
        connection.busy_timeout(std::time::Duration::from_secs(10))?;
        connection.execute_batch(SCHEMA)?;
        let notice = ShopOrder::notice();
        let json = serde_json::to_string(notice).map_err(|e| StoreError(e.to_string()))?;
        connection.execute(
            "INSERT OR IGNORE INTO notices (version, notice) VALUES (?1, ?2)",
            params![notice.version(), json],
        )?;
        Ok(Store { connection: Mutex::new(connection) })
    }

    /// Appends `records` in one transaction: all of them or none.
    pub fn append(&self, records: &[ConsentRecord]) -> Result<(), StoreError> {
        let mut connection = self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let transaction = connection.transaction()?;
        for record in records {
            let json = serde_json::to_string(record).map_err(|e| StoreError(e.to_string()))?;
            transaction.execute(
                "INSERT INTO consent_records (record_id, subject_id, purpose, record) VALUES (?1, ?2, ?3, ?4)",
                params![record.record_id, record.subject_id, record.purpose, json],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// Every record, in the order they were stored. A record that does not read back is an error.
    pub fn records(&self) -> Result<Vec<ConsentRecord>, StoreError> {
        self.query("SELECT record FROM consent_records ORDER BY seq", &[])
    }

    /// The records of one person, in the order they were stored.
    pub fn records_of(&self, subject_id: &str) -> Result<Vec<ConsentRecord>, StoreError> {
        self.query("SELECT record FROM consent_records WHERE subject_id = ?1 ORDER BY seq", &[&subject_id])
    }

    fn query(&self, sql: &str, parameters: &[&dyn rusqlite::ToSql]) -> Result<Vec<ConsentRecord>, StoreError> {
        let connection = self.connection.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut statement = connection.prepare(sql)?;
        let rows = statement.query_map(parameters, |row| row.get::<_, String>(0))?;
        rows.map(|row| {
            let json = row?;
            serde_json::from_str(&json).map_err(|e| StoreError(format!("a stored record does not read back: {e}")))
        })
        .collect()
    }
}

/// The language of a page: `?lang=fr|en` first, then the `Accept-Language` header's preference between French
/// and English, then French.
pub fn choose_lang(query_lang: Option<&str>, accept_language: Option<&str>) -> Lang {
    if let Some(lang) = query_lang.and_then(Lang::from_code) {
        return lang;
    }
    let mut best: Option<(f32, Lang)> = None;
    for entry in accept_language.unwrap_or_default().split(',') {
        let mut parts = entry.trim().split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let primary = tag.split('-').next().unwrap_or_default();
        let weight = parts.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
        if let Some(lang) = Lang::from_code(primary).filter(|_| best.is_none_or(|(w, _)| weight > w)) {
            best = Some((weight, lang));
        }
    }
    best.map_or(Lang::Fr, |(_, lang)| lang)
}

/// A pseudonymous id for a person who has no account: random, never derived from what they typed.
pub fn new_subject_id() -> String {
    format!("subject-{}", privacy_notice::random_id())
}

/// Escapes text for HTML (the pages below write a few values of their own).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn page(lang: Lang, title: &str, body: &str) -> String {
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
fn words(lang: Lang) -> [&'static str; 9] {
    match lang {
        Lang::Fr => [
            "Votre commande",
            "Adresse e-mail (obligatoire)",
            "Adresse de livraison (obligatoire)",
            "Téléphone",
            "Commander",
            "Merci, votre commande est enregistrée.",
            "Vos choix ont été enregistrés :",
            "Changer d’avis : retirer un accord ou vous opposer",
            "accord retiré ou opposition enregistrée",
        ],
        Lang::En => [
            "Your order",
            "E-mail address (required)",
            "Delivery address (required)",
            "Phone",
            "Order",
            "Thank you, your order is recorded.",
            "Your choices were recorded:",
            "Change your mind: withdraw an agreement or object",
            "agreement withdrawn or objection recorded",
        ],
    }
}

/// `notice_version=…`: what the order page's hidden input sends, for clients that build bodies themselves.
pub fn version_param() -> String {
    format!("notice_version={}", ShopOrder::notice().version())
}

/// The day the examples' privacy policy last changed, as its page states.
pub const POLICY_UPDATED: &str = "2026-11-30T00:00:00Z";

/// `GET /privacy`: the site's privacy policy (the second level of every form's notice), rendered once per
/// language.
pub fn privacy_page(lang: Lang) -> Reply {
    static PAGES: [std::sync::OnceLock<String>; 2] = [const { std::sync::OnceLock::new() }; 2];
    let page = PAGES[usize::from(lang == Lang::En)].get_or_init(|| {
        let updated = privacy_notice::Timestamp::parse(POLICY_UPDATED).ok();
        let register = crate::register();
        let register = match updated {
            Some(updated) => register.updated_on(updated),
            None => register,
        };
        register.policy_html(lang)
    });
    Reply::html(200, page.clone())
}

/// `GET /order`: the form, with the first level of the notice (its link leads to `/privacy`) and its unticked
/// boxes.
pub fn order_page(lang: Lang) -> Reply {
    let w = words(lang);
    let body = format!(
        "<h1>{title}</h1>\n<form method=\"post\" action=\"/order?lang={code}\">\n\
         <label class=\"field\">{email}<input type=\"email\" name=\"email\" required></label>\n\
         <label class=\"field\">{address}<input type=\"text\" name=\"address\" required></label>\n\
         <label class=\"field\">{phone}<input type=\"text\" name=\"phone\"></label>\n\
         {notice}<button type=\"submit\">{submit}</button>\n</form>\n",
        title = w[0],
        code = lang.code(),
        email = w[1],
        address = w[2],
        phone = w[3],
        notice = ShopOrder::notice().summary_html(lang),
        submit = w[4],
    );
    Reply::html(200, page(lang, w[0], &body))
}

/// Checks that a form body is UTF-8 once percent-decoded: form decoders replace invalid bytes silently, and a
/// submission must not be stored with its text altered.
pub fn check_body(body: &[u8]) -> Result<(), Reply> {
    if body.len() > MAX_BODY {
        return Err(Reply::error(413, format!("the form body is larger than {MAX_BODY} bytes")));
    }
    let mut decoded = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let byte = match body[i] {
            b'%' => {
                let hex = body.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                let value = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                i += if value.is_some() { 2 } else { 0 };
                value.unwrap_or(b'%')
            }
            b'+' => b' ',
            other => other,
        };
        decoded.push(byte);
        i += 1;
    }
    match std::str::from_utf8(&decoded) {
        Ok(_) => Ok(()),
        Err(_) => Err(Reply::error(400, "the form body is not valid UTF-8 once decoded")),
    }
}

/// Reads an order body the way `axum::Form` and `actix_web::web::Form` do (serde_urlencoded), after
/// [`check_body`].
pub fn parse_order(body: &[u8]) -> Result<ShopOrder, Reply> {
    check_body(body)?;
    serde_urlencoded::from_bytes(body).map_err(|error| invalid_order(&error.to_string()))
}

/// `422` for an order form that does not read: the message says which field and why.
pub fn invalid_order(reason: &str) -> Reply {
    Reply::error(422, format!("the order form is invalid: {reason}"))
}

/// `POST /order`: one record per box, appended to the store, then a confirmation with the person's choices and
/// the way to change their mind.
pub fn submit_order(store: &Store, order: &ShopOrder, lang: Lang) -> Reply {
    let consents = order.consents();
    // The page was rendered before the notice changed (a redeploy): its boxes' labels are no longer today's.
    if !consents.is_current() {
        return Reply::error(
            409,
            "the privacy notice changed since this page was shown: reload the page, read it again and resubmit",
        );
    }
    let subject = new_subject_id();
    let records = consents.shown_in(lang).records(&subject, SystemTime::now());
    if let Err(error) = store.append(&records) {
        return Reply::error(500, format!("the choices could not be stored: {error}"));
    }
    let w = words(lang);
    let decided = |decision: Decision| match (decision, lang) {
        (Decision::Granted, Lang::Fr) => "accordé",
        (Decision::Refused, Lang::Fr) => "refusé",
        (Decision::Granted, Lang::En) => "granted",
        (Decision::Refused, Lang::En) => "refused",
    };
    let choices: String = records
        .iter()
        .map(|r| {
            format!("<li data-purpose=\"{}\">{} — {}</li>\n", escape(&r.purpose), escape(&r.label), decided(r.decision))
        })
        .collect();
    let body = format!(
        "<h1>{thanks}</h1>\n<p>{recorded}</p>\n<ul id=\"choices\">\n{choices}</ul>\n\
         <p><a id=\"withdraw\" href=\"/withdraw?subject={subject}&amp;lang={code}\">{change}</a></p>\n",
        thanks = w[5],
        recorded = w[6],
        subject = escape(&subject),
        code = lang.code(),
        change = w[7],
    );
    Reply::html(200, page(lang, w[5], &body))
}

/// `GET /consents.json`: every stored record.
pub fn consents_json(store: &Store) -> Reply {
    match store.records().and_then(|records| serde_json::to_string(&records).map_err(|e| StoreError(e.to_string()))) {
        Ok(json) => Reply { status: 200, content_type: "application/json", body: json },
        Err(error) => Reply::error(500, error.to_string()),
    }
}

/// The purposes a person can still withdraw from or object to: those whose latest decision is `granted`.
fn withdrawable(store: &Store, subject: &str) -> Result<Vec<ConsentRecord>, StoreError> {
    let mut latest: Vec<ConsentRecord> = Vec::new();
    for record in store.records_of(subject)? {
        latest.retain(|r| r.purpose != record.purpose);
        latest.push(record);
    }
    latest.retain(|r| r.decision == Decision::Granted);
    Ok(latest)
}

/// `GET /withdraw?subject=..`: one button per purpose still granted — as easy as ticking the box was.
pub fn withdrawal_page(store: &Store, subject: &str, lang: Lang) -> Reply {
    let granted = match withdrawable(store, subject) {
        Ok(granted) => granted,
        Err(error) => return Reply::error(500, error.to_string()),
    };
    let w = words(lang);
    let buttons: String = granted
        .iter()
        .map(|r| {
            format!(
                "<form method=\"post\" action=\"/withdraw?lang={code}\">\
                 <input type=\"hidden\" name=\"subject\" value=\"{subject}\">\
                 <input type=\"hidden\" name=\"purpose\" value=\"{purpose}\">\
                 <button type=\"submit\" name=\"withdraw\" value=\"{purpose}\">{label}</button></form>\n",
                code = lang.code(),
                subject = escape(subject),
                purpose = escape(&r.purpose),
                label = escape(&r.label),
            )
        })
        .collect();
    Reply::html(200, page(lang, w[7], &format!("<h1>{}</h1>\n{buttons}", w[7])))
}

/// The body of a withdrawal: who, and which purpose.
#[derive(serde::Deserialize)]
struct WithdrawalForm {
    subject: String,
    purpose: String,
}

/// `POST /withdraw`: a new record (`event = withdrawal`, `decision = refused`), never an update.
pub fn submit_withdrawal(store: &Store, body: &[u8], lang: Lang) -> Reply {
    if let Err(reply) = check_body(body) {
        return reply;
    }
    let form: WithdrawalForm = match serde_urlencoded::from_bytes(body) {
        Ok(form) => form,
        Err(error) => return Reply::error(422, format!("the withdrawal form is invalid: {error}")),
    };
    match store.records_of(&form.subject) {
        Ok(records) if records.is_empty() => return Reply::error(404, "no choices are recorded for this person"),
        Err(error) => return Reply::error(500, error.to_string()),
        Ok(_) => {}
    }
    let notice = ShopOrder::notice();
    let Some(record) = ConsentRecord::withdrawal(
        notice,
        &form.purpose,
        &form.subject,
        lang,
        CollectionMethod::WebForm,
        SystemTime::now(),
    ) else {
        return Reply::error(422, format!("the form has no box `{}`", form.purpose));
    };
    if let Err(error) = store.append(std::slice::from_ref(&record)) {
        return Reply::error(500, format!("the withdrawal could not be stored: {error}"));
    }
    let w = words(lang);
    let body = format!("<h1>{}</h1>\n<p id=\"withdrawn\">{} — {}</p>\n", w[7], escape(&record.label), w[8]);
    Reply::html(200, page(lang, w[7], &body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_query_then_accept_language() {
        assert_eq!(choose_lang(Some("en"), Some("fr")), Lang::En);
        assert_eq!(choose_lang(None, Some("en-GB,en;q=0.9,fr;q=0.8")), Lang::En);
        assert_eq!(choose_lang(None, Some("de-DE,fr;q=0.5,en;q=0.4")), Lang::Fr);
        assert_eq!(choose_lang(None, Some("fr;q=0.3, en;q=0.7")), Lang::En);
        assert_eq!(choose_lang(Some("de"), None), Lang::Fr);
        assert_eq!(choose_lang(None, None), Lang::Fr);
    }

    #[test]
    fn bodies_must_decode_to_utf8() {
        assert!(check_body(b"email=a%40b.fr&address=x").is_ok());
        assert!(check_body("email=caf%C3%A9".as_bytes()).is_ok());
        assert_eq!(check_body(b"email=%FF%FE").unwrap_err().status, 400);
        assert_eq!(check_body(b"email=\xff").unwrap_err().status, 400);
        assert_eq!(check_body(&vec![b'a'; MAX_BODY + 1]).unwrap_err().status, 413);
    }
}
