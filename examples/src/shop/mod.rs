//! The order page of a shop, shared by the `axum_shop` and `actix_shop` examples: the pages, the checks every
//! request passes, and the consent store (the library's, on SQLite or PostgreSQL). The web frameworks only route
//! requests here.
//!
//! What the shop protects, and how (see also the README's security section):
//! - a person's choices open only through a signed, expiring link (HMAC-SHA-256 over the subject id and the
//!   expiry), given on the confirmation page; a bare subject id opens nothing;
//! - every POST needs a URL-encoded body, the same origin (`Origin`, else `Referer`; `Sec-Fetch-Site`), and a
//!   CSRF token tied to the browser's `csrf` cookie;
//! - the list of every record needs `Authorization: Bearer <ADMIN_TOKEN>`, and is paginated;
//! - every answer carries a CSP with `frame-ancestors 'none'`, `nosniff` and a same-origin referrer policy;
//! - one client address holds a bounded number of connections, an answer it does not read closes its
//!   connection, and `POST /order` is rate-limited per address and per CSRF cookie (`429`).

mod body;
pub mod clients;
pub mod config;
mod pages;
pub mod security;

use std::net::IpAddr;
use std::time::SystemTime;

use privacy_notice::store::{ConsentStore, StoreError};
use privacy_notice::{CollectionMethod, Decision, Lang, PrivacyNotice};

pub use body::{MAX_BODY, check_body, declared_too_large, invalid_order, parse_order};
pub use config::{Config, Limits, Rate};
use pages::{escape, page, words};
use security::{LinkParams, check_admin, check_form_content_type, check_same_origin};

use crate::forms::ShopOrder;

/// An HTTP answer, for the framework to send as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// Headers besides the content type and the [`security::SECURITY_HEADERS`].
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: String,
}

impl Reply {
    fn html(status: u16, body: String) -> Reply {
        Reply { status, content_type: "text/html; charset=utf-8", headers: Vec::new(), body }
    }

    /// A plain-text error. Its message never repeats what the client sent.
    pub fn error(status: u16, message: impl Into<String>) -> Reply {
        Reply { status, content_type: "text/plain; charset=utf-8", headers: Vec::new(), body: message.into() }
    }

    fn json(body: String) -> Reply {
        Reply { status: 200, content_type: "application/json", headers: Vec::new(), body }
    }

    /// The same answer, never kept in a cache: for pages that carry a person's link or choices.
    fn private(mut self) -> Reply {
        self.headers.push(("cache-control", "no-store".to_string()));
        self
    }
}

/// `?lang=..`, which every page takes.
#[derive(serde::Deserialize)]
pub struct LangParam {
    /// `fr` or `en`.
    pub lang: Option<String>,
}

/// `?after=..&limit=..` of the administrator's list of records.
#[derive(serde::Deserialize)]
pub struct PageParams {
    /// The cursor of the previous page.
    pub after: Option<i64>,
    /// How many records at most.
    pub limit: Option<u32>,
}

/// What the shop reads from a request's headers.
#[derive(Clone, Debug, Default)]
pub struct Incoming {
    /// `Host`.
    pub host: Option<String>,
    /// `Origin`.
    pub origin: Option<String>,
    /// `Referer`.
    pub referer: Option<String>,
    /// `Sec-Fetch-Site`.
    pub fetch_site: Option<String>,
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// `Cookie`.
    pub cookies: Option<String>,
    /// `Authorization`.
    pub authorization: Option<String>,
    /// `Accept-Language`.
    pub accept_language: Option<String>,
    /// The client's address, as the connection shows it (set by the framework, not read from a header).
    pub peer: Option<IpAddr>,
}

impl Incoming {
    /// Reads the headers through `header`, which gives a header's value by its (lower-case) name.
    pub fn from_headers<'a>(header: impl Fn(&str) -> Option<&'a str>) -> Incoming {
        let get = |name: &str| header(name).map(str::to_string);
        Incoming {
            host: get("host"),
            origin: get("origin"),
            referer: get("referer"),
            fetch_site: get("sec-fetch-site"),
            content_type: get("content-type"),
            cookies: get("cookie"),
            authorization: get("authorization"),
            accept_language: get("accept-language"),
            peer: None,
        }
    }

    /// The same, from the client at `peer`.
    pub fn from(mut self, peer: Option<IpAddr>) -> Incoming {
        self.peer = peer;
        self
    }

    /// The value of the cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.as_deref()?.split(';').find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
    }

    /// The page's language: `?lang=` first, then `Accept-Language`.
    pub fn lang(&self, query_lang: Option<&str>) -> Lang {
        choose_lang(query_lang, self.accept_language.as_deref())
    }
}

/// The language of a page: `?lang=fr|en` first, then the `Accept-Language` header's preference between French
/// and English, then French.
pub fn choose_lang(query_lang: Option<&str>, accept_language: Option<&str>) -> Lang {
    // The shop's pages and forms are in French and English: another language the library writes is not offered.
    let spoken = |code: &str| Lang::from_code(code).filter(|lang| [Lang::Fr, Lang::En].contains(lang));
    if let Some(lang) = query_lang.and_then(spoken) {
        return lang;
    }
    let mut best: Option<(f32, Lang)> = None;
    for entry in accept_language.unwrap_or_default().split(',') {
        let mut parts = entry.trim().split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let primary = tag.split('-').next().unwrap_or_default();
        // RFC 9110 §12.4.2: a weight is a number from 0 to 1; anything else (`nan`, `inf`, `2`) is ignored.
        let weight = match parts.find_map(|p| p.trim().strip_prefix("q=")) {
            Some(q) => match q.parse::<f32>() {
                Ok(weight) if (0.0..=1.0).contains(&weight) => weight,
                _ => continue,
            },
            None => 1.0,
        };
        if let Some(lang) = spoken(primary).filter(|_| best.is_none_or(|(w, _)| weight > w)) {
            best = Some((weight, lang));
        }
    }
    best.map_or(Lang::Fr, |(_, lang)| lang)
}

/// The shop: its consent store and its settings.
pub struct Shop {
    /// Where the records go.
    pub store: ConsentStore,
    /// Keys, admin token, limits.
    pub config: Config,
    /// The connections each client holds.
    pub connections: clients::ConnectionSlots,
    /// The order rates.
    orders: clients::OrderLimits,
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

fn store_failed(error: &StoreError) -> Reply {
    // The cause goes to the server's log, not to the client.
    eprintln!("consent store: {error}");
    Reply::error(500, "the choices could not be stored or read: please try again later")
}

impl Shop {
    /// Opens the store at `url` (see [`config::database_url`]).
    pub async fn open(url: &str, config: Config) -> Result<Shop, StoreError> {
        let store = ConsentStore::connect(url).await?;
        store.archive(ShopOrder::notice()).await?;
        let connections = clients::ConnectionSlots::new(config.limits.max_connections_per_client);
        let orders = clients::OrderLimits::new(&config.limits);
        Ok(Shop { store, config, connections, orders })
    }

    /// The browser's `csrf` cookie, or a new one to set, and the token the page's forms carry.
    fn csrf(&self, incoming: &Incoming, reply_headers: &mut Vec<(&'static str, String)>) -> String {
        let cookie = match incoming.cookie(security::CSRF_COOKIE) {
            Some(cookie) if cookie.len() == 32 && cookie.bytes().all(|b| b.is_ascii_hexdigit()) => cookie.to_string(),
            _ => {
                let cookie = security::new_csrf_cookie();
                reply_headers.push(("set-cookie", security::csrf_set_cookie(&cookie)));
                cookie
            }
        };
        self.config.secret.csrf_token(&cookie)
    }

    /// `GET /order`: the form, with the first level of the notice (its link leads to `/privacy`), its unticked
    /// boxes and its CSRF token.
    pub fn order_page(&self, incoming: &Incoming, lang: Lang) -> Reply {
        let mut headers = Vec::new();
        let token = self.csrf(incoming, &mut headers);
        let w = words(lang);
        let body = format!(
            "<h1>{title}</h1>\n<form method=\"post\" action=\"/order?lang={code}\">\n\
             <input type=\"hidden\" name=\"csrf_token\" value=\"{token}\">\n\
             <label class=\"field\">{email}<input type=\"email\" name=\"email\" required></label>\n\
             <label class=\"field\">{address}<input type=\"text\" name=\"address\" required></label>\n\
             <label class=\"field\">{phone}<input type=\"text\" name=\"phone\"></label>\n\
             {notice}<button type=\"submit\">{submit}</button>\n</form>\n",
            title = w.order,
            code = lang.code(),
            email = w.email,
            address = w.address,
            phone = w.phone,
            notice = ShopOrder::notice().summary_html(lang),
            submit = w.submit,
        );
        let mut reply = Reply::html(200, page(lang, w.order, &body)).private();
        reply.headers.extend(headers);
        reply
    }

    /// What every POST passes before its body is read as a form: a URL-encoded body of a bounded size that
    /// decodes to UTF-8, from the shop's own pages, with the CSRF token of the browser's cookie.
    pub fn check_post(&self, incoming: &Incoming, body: &[u8]) -> Result<(), Reply> {
        check_form_content_type(incoming)?;
        check_same_origin(incoming, &self.config.allowed_hosts)?;
        check_body(body)?;
        self.config.secret.check_csrf(incoming, body::csrf_field(body).as_deref())
    }

    /// What `POST /order` passes before its body is read as a form: [`check_post`](Shop::check_post), then no
    /// field but the order's own and `csrf_token` (`400` otherwise, audit N14), then the order rate of the page's
    /// CSRF cookie, then that of the client's address. Beyond a rate: `429` with `Retry-After`.
    pub fn check_order(&self, incoming: &Incoming, body: &[u8]) -> Result<(), Reply> {
        self.check_post(incoming, body)?;
        body::check_order_fields(body)?;
        self.orders.check_token(incoming.cookie(security::CSRF_COOKIE).unwrap_or_default())?;
        self.orders.check_client(incoming.peer)
    }

    /// `POST /order`, once [`check_order`](Shop::check_order) passed and the framework read the form: one record
    /// per box, appended to the store, then a confirmation with the person's choices and their own signed link
    /// to change their mind.
    pub async fn submit_order(&self, order: &ShopOrder, lang: Lang) -> Reply {
        let consents = order.consents();
        // The page was rendered before the notice changed (a redeploy): its boxes' labels are no longer today's.
        if !consents.is_current() {
            return Reply::error(
                409,
                "the privacy notice changed since this page was shown: reload the page, read it again and resubmit",
            );
        }
        // In a real shop, store this id with the order or the account, so that the records lead to the person.
        let subject = privacy_notice::random_id();
        let records = consents.shown_in(lang).records(&subject, SystemTime::now());
        if let Err(error) = self.store.append(ShopOrder::notice(), &records).await {
            return store_failed(&error);
        }
        let w = words(lang);
        let choices: String = records
            .iter()
            .map(|r| {
                let decided = if r.decision == Decision::Granted { w.granted } else { w.refused };
                format!("<li data-purpose=\"{}\">{} — {decided}</li>\n", escape(&r.purpose), escape(&r.label))
            })
            .collect();
        let link = self.config.secret.link_query(&subject, SystemTime::now() + security::LINK_LIFETIME);
        let body = format!(
            "<h1>{thanks}</h1>\n<p>{recorded}</p>\n<ul id=\"choices\">\n{choices}</ul>\n\
             <p><a id=\"withdraw\" href=\"/me?{link}&amp;lang={code}\">{change}</a></p>\n<p>{keep}</p>\n",
            thanks = w.thanks,
            recorded = w.recorded,
            link = escape(&link),
            code = lang.code(),
            change = w.change,
            keep = w.keep_link,
        );
        Reply::html(200, page(lang, w.thanks, &body)).private()
    }

    /// `GET /me?subject=..&expires=..&sig=..`: through the person's signed link only, one button per purpose
    /// still granted — as easy as ticking the box was — and the download of their history, through a link that
    /// expires when this one does (a link never renews itself).
    pub async fn choices_page(&self, incoming: &Incoming, link: &LinkParams, lang: Lang) -> Reply {
        let opened = match self.config.secret.open_link(link) {
            Ok(opened) => opened,
            Err(reply) => return reply,
        };
        let subject = opened.subject;
        let current = match self.store.current(&subject).await {
            Ok(current) => current,
            Err(error) => return store_failed(&error),
        };
        let mut headers = Vec::new();
        let token = self.csrf(incoming, &mut headers);
        let w = words(lang);
        let hidden =
            |name: &str, value: &str| format!("<input type=\"hidden\" name=\"{name}\" value=\"{}\">", escape(value));
        let link_inputs = [("subject", &link.subject), ("expires", &link.expires), ("sig", &link.sig)]
            .map(|(name, value)| hidden(name, value.as_deref().unwrap_or_default()))
            .concat();
        let buttons: String = current
            .records
            .iter()
            .filter(|r| r.form == ShopOrder::notice().id() && r.decision == Decision::Granted)
            .map(|r| {
                format!(
                    "<form method=\"post\" action=\"/withdraw?lang={code}\">{link_inputs}{csrf}{purpose}\
                     <button type=\"submit\" name=\"withdraw\" value=\"{value}\">{label}</button></form>\n",
                    code = lang.code(),
                    csrf = hidden("csrf_token", &token),
                    purpose = hidden("purpose", &r.purpose),
                    value = escape(&r.purpose),
                    label = escape(&r.label),
                )
            })
            .collect();
        let query = self.config.secret.link_query(&subject, opened.expires);
        let body = format!(
            "<h1>{change}</h1>\n{buttons}<p><a id=\"export\" href=\"/me/export?{query}\">{export}</a></p>\n",
            change = w.change,
            query = escape(&query),
            export = w.export,
        );
        let mut reply = Reply::html(200, page(lang, w.change, &body)).private();
        reply.headers.extend(headers);
        reply
    }

    /// `GET /me/export?subject=..&expires=..&sig=..`: the person's whole history as JSON (Art. 15 and 20).
    pub async fn export(&self, link: &LinkParams) -> Reply {
        let subject = match self.config.secret.open_link(link) {
            Ok(opened) => opened.subject,
            Err(reply) => return reply,
        };
        match self.store.export(&subject).await {
            Ok(json) => Reply::json(json).private(),
            Err(error) => store_failed(&error),
        }
    }

    /// `POST /withdraw`: through the signed link only, a new record (`event = withdrawal`,
    /// `decision = refused`), never an update; refused when nothing is still granted.
    pub async fn submit_withdrawal(&self, incoming: &Incoming, body: &[u8], lang: Lang) -> Reply {
        if let Err(reply) = self.check_post(incoming, body).and_then(|()| body::check_withdrawal_fields(body)) {
            return reply;
        }
        let form: body::WithdrawalForm = match serde_urlencoded::from_bytes(body) {
            Ok(form) => form,
            Err(error) => {
                return Reply::error(
                    422,
                    format!("the withdrawal form is invalid: {}", body::safe_reason(&error.to_string())),
                );
            }
        };
        let link = LinkParams { subject: form.subject, expires: form.expires, sig: form.sig };
        let subject = match self.config.secret.open_link(&link) {
            Ok(opened) => opened.subject,
            Err(reply) => return reply,
        };
        let notice = ShopOrder::notice();
        let record = match self.store.withdraw(notice, &subject, &form.purpose, lang, CollectionMethod::WebForm).await {
            Ok(record) => record,
            Err(StoreError::NothingToWithdraw) => {
                return Reply::error(409, "this choice is already refused: there is nothing to withdraw");
            }
            Err(StoreError::UnknownPurpose(_)) => return Reply::error(422, "the form has no such box"),
            Err(error) => return store_failed(&error),
        };
        let w = words(lang);
        let body =
            format!("<h1>{}</h1>\n<p id=\"withdrawn\">{} — {}</p>\n", w.change, escape(&record.label), w.withdrawn);
        Reply::html(200, page(lang, w.change, &body)).private()
    }

    /// `GET /consents.json?after=..&limit=..`: every record, a page at a time, for the administrator only.
    pub async fn consents_json(&self, incoming: &Incoming, after: Option<i64>, limit: Option<u32>) -> Reply {
        let Some(token) = &self.config.admin_token else {
            return Reply::error(404, "not found");
        };
        if let Err(reply) = check_admin(token, incoming) {
            return reply;
        }
        match self.store.page(after, limit.unwrap_or(100)).await {
            Ok(page) => match serde_json::to_string(&page) {
                Ok(json) => Reply::json(json).private(),
                Err(error) => Reply::error(500, error.to_string()),
            },
            Err(error) => store_failed(&error),
        }
    }
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
        // Audit L4: a weight that is not a number from 0 to 1 does not win.
        assert_eq!(choose_lang(None, Some("fr;q=nan, en;q=1")), Lang::En);
        assert_eq!(choose_lang(None, Some("en;q=0.5, fr;q=inf")), Lang::En);
        assert_eq!(choose_lang(None, Some("en;q=0, fr;q=0.1")), Lang::Fr);
        assert_eq!(choose_lang(Some("de"), None), Lang::Fr);
        assert_eq!(choose_lang(None, None), Lang::Fr);
    }
}
