//! What keeps the shop's pages to their owner: signed links, CSRF tokens, the same-origin check, the admin
//! credential and the security headers every answer carries.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use super::{Incoming, Reply};

/// The headers every answer carries: no framing (clickjacking on the boxes), no content sniffing, no address
/// leaking to other sites, and only the shop's own scripts, styles and form targets.
pub const SECURITY_HEADERS: [(&str, &str); 5] = [
    (
        "content-security-policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; \
         frame-ancestors 'none'; base-uri 'none'",
    ),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("cross-origin-opener-policy", "same-origin"),
];

/// How long a link to a person's choices stays valid.
pub const LINK_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);

/// The name of the cookie the CSRF token is tied to.
pub const CSRF_COOKIE: &str = "csrf";

/// The key that signs links and CSRF tokens (HMAC-SHA-256). Whoever has it can open anyone's choices: keep it
/// out of the repository and the logs.
#[derive(Clone)]
pub struct SecretKey([u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

/// `n` bytes from the operating system's random source.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    // Digits only: `u8::from_str_radix` alone would also read `+a` as `0a`.
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

impl SecretKey {
    /// A new random key.
    pub fn generate() -> SecretKey {
        SecretKey(random_bytes())
    }

    /// The key written as 64 hexadecimal digits (`SECRET_KEY`), or derived from any other text of at least 32
    /// bytes.
    pub fn from_text(text: &str) -> Result<SecretKey, String> {
        let text = text.trim();
        if let Some(bytes) = unhex(text).filter(|b| b.len() == 32) {
            return Ok(SecretKey(bytes.try_into().unwrap_or([0; 32])));
        }
        if text.len() < 32 {
            return Err("SECRET_KEY must be 64 hexadecimal digits, or at least 32 characters".into());
        }
        Ok(SecretKey(SecretKey([0; 32]).mac(&[text.as_bytes()])))
    }

    /// `SECRET_KEY` from the environment; otherwise the key kept in `file`, generated there (readable by its
    /// owner only) the first time.
    pub fn from_env_or_file(file: &std::path::Path) -> Result<SecretKey, String> {
        if let Ok(text) = std::env::var("SECRET_KEY") {
            return SecretKey::from_text(&text);
        }
        if let Ok(text) = std::fs::read_to_string(file) {
            return SecretKey::from_text(&text);
        }
        let key = SecretKey::generate();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut out = options.open(file).map_err(|e| format!("cannot create {}: {e}", file.display()))?;
        std::io::Write::write_all(&mut out, hex(&key.0).as_bytes()).map_err(|e| e.to_string())?;
        Ok(key)
    }

    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        for part in parts {
            // Each part is length-prefixed, so that ("ab", "c") and ("a", "bc") sign differently.
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }

    /// Whether `signature` is this key's MAC of `parts`, written the one way [`hex`] writes it: 64 lower-case
    /// hexadecimal digits, so that a link has a single spelling.
    fn verify(&self, parts: &[&[u8]], signature: &str) -> bool {
        let canonical = signature.len() == 64 && signature.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        let expected = self.mac(parts);
        canonical && unhex(signature).is_some_and(|given| bool::from(given.as_slice().ct_eq(&expected)))
    }

    /// The query of the link to `subject`'s choices, valid until `expires`:
    /// `subject=..&expires=..&sig=..`.
    pub fn link_query(&self, subject: &str, expires: SystemTime) -> String {
        let expires = expires.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs().to_string();
        let sig = hex(&self.mac(&[b"choices", subject.as_bytes(), expires.as_bytes()]));
        format!("subject={subject}&expires={expires}&sig={sig}")
    }

    /// The subject a link opens and until when, if its signature is this key's and it has not expired.
    pub fn open_link(&self, link: &LinkParams) -> Result<OpenedLink, Reply> {
        let refused = || Reply::error(403, "this link is not valid: use the link you were given after ordering");
        let (Some(subject), Some(expires), Some(sig)) = (&link.subject, &link.expires, &link.sig) else {
            return Err(refused());
        };
        if !self.verify(&[b"choices", subject.as_bytes(), expires.as_bytes()], sig) {
            return Err(refused());
        }
        // Digits only, as `link_query` writes them: `+5` would parse too.
        let expires =
            Some(expires).filter(|e| e.bytes().all(|b| b.is_ascii_digit())).and_then(|e| e.parse::<u64>().ok());
        let expires = expires.ok_or_else(refused)?;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        if expires <= now {
            return Err(Reply::error(403, "this link has expired: ask the shop for a new one"));
        }
        Ok(OpenedLink { subject: subject.clone(), expires: UNIX_EPOCH + Duration::from_secs(expires) })
    }

    /// The CSRF token a page carries in a hidden input, tied to the browser's `csrf` cookie.
    pub fn csrf_token(&self, cookie: &str) -> String {
        hex(&self.mac(&[b"csrf", cookie.as_bytes()]))
    }

    /// Refuses a POST whose token does not match its `csrf` cookie.
    pub fn check_csrf(&self, incoming: &Incoming, token: Option<&str>) -> Result<(), Reply> {
        let cookie = incoming.cookie(CSRF_COOKIE);
        match (cookie, token) {
            (Some(cookie), Some(token)) if self.verify(&[b"csrf", cookie.as_bytes()], token) => Ok(()),
            _ => Err(Reply::error(403, "the form's security token is missing or wrong: reload the page and resubmit")),
        }
    }
}

/// What a valid link opens: the person, and the link's own expiry, which the links a page gives keep (a link
/// never renews itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedLink {
    /// The person.
    pub subject: String,
    /// When the link stops opening anything.
    pub expires: SystemTime,
}

/// `?subject=..&expires=..&sig=..`: a signed link's parameters, as the frameworks read them from the query
/// (or, for a withdrawal, from the body).
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct LinkParams {
    /// The person.
    pub subject: Option<String>,
    /// Until when, in seconds since 1970.
    pub expires: Option<String>,
    /// The HMAC of both.
    pub sig: Option<String>,
}

/// The `csrf` cookie a page sets when the browser has none yet: random, sent back only to this site.
pub fn new_csrf_cookie() -> String {
    hex(&random_bytes::<16>())
}

/// The `Set-Cookie` header value for `cookie`.
pub fn csrf_set_cookie(cookie: &str) -> String {
    format!("{CSRF_COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Strict")
}

/// Refuses a POST that does not come from the shop's own pages: `Sec-Fetch-Site` other than `same-origin`,
/// a `Host` not in `allowed_hosts` (when the list is not empty: a DNS-rebinding page names its own host), an
/// `Origin` (or, without one, a `Referer`) of another site, or neither header at all.
pub fn check_same_origin(incoming: &Incoming, allowed_hosts: &[String]) -> Result<(), Reply> {
    let refused = |why: &str| Err(Reply::error(403, format!("cross-site request refused: {why}")));
    if incoming.fetch_site.as_deref().is_some_and(|site| !matches!(site, "same-origin" | "none")) {
        return refused("Sec-Fetch-Site is not same-origin");
    }
    let Some(host) = incoming.host.as_deref() else { return refused("no Host header") };
    if !allowed_hosts.is_empty() && !allowed_hosts.iter().any(|allowed| allowed.eq_ignore_ascii_case(host)) {
        return refused("the Host is not one of this shop's names");
    }
    let ours = [format!("http://{host}"), format!("https://{host}")];
    match (incoming.origin.as_deref(), incoming.referer.as_deref()) {
        (Some(origin), _) if ours.iter().any(|o| o == origin) => Ok(()),
        (Some(_), _) => refused("the Origin is another site"),
        (None, Some(referer)) if ours.iter().any(|o| referer.starts_with(&format!("{o}/"))) => Ok(()),
        (None, Some(_)) => refused("the Referer is another site"),
        (None, None) => refused("a POST must carry an Origin or a Referer header"),
    }
}

/// Refuses a body that is not a URL-encoded form: a `text/plain` form can be posted from any site without a
/// preflight.
pub fn check_form_content_type(incoming: &Incoming) -> Result<(), Reply> {
    let essence = incoming.content_type.as_deref().unwrap_or_default().split(';').next().unwrap_or_default();
    if essence.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded") {
        Ok(())
    } else {
        Err(Reply::error(415, "the body must be `application/x-www-form-urlencoded`"))
    }
}

/// Refuses a request without `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
pub fn check_admin(admin_token: &str, incoming: &Incoming) -> Result<(), Reply> {
    let given = incoming.authorization.as_deref().and_then(|value| value.strip_prefix("Bearer ")).unwrap_or_default();
    if !given.is_empty() && bool::from(given.as_bytes().ct_eq(admin_token.as_bytes())) {
        return Ok(());
    }
    let mut reply = Reply::error(401, "this page needs the administrator's token: `Authorization: Bearer <token>`");
    reply.headers.push(("www-authenticate", "Bearer".to_string()));
    Err(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_open_only_with_their_own_signature_and_before_they_expire() {
        let key = SecretKey::generate();
        let later = SystemTime::now() + Duration::from_secs(60);
        let params = |query: &str| serde_urlencoded::from_str::<LinkParams>(query).unwrap();
        let query = key.link_query("alice", later);
        assert_eq!(key.open_link(&params(&query)).unwrap().subject, "alice");
        assert_eq!(key.open_link(&params(&query.replace("alice", "bob"))).unwrap_err().status, 403);
        assert_eq!(SecretKey::generate().open_link(&params(&query)).unwrap_err().status, 403);
        let expired = key.link_query("alice", SystemTime::now() - Duration::from_secs(1));
        assert!(key.open_link(&params(&expired)).unwrap_err().body.contains("expired"));
        assert_eq!(key.open_link(&params("subject=alice")).unwrap_err().status, 403);
    }

    #[test]
    fn a_link_has_one_spelling() {
        // Audit N10: `0a` also read as `+a`, and upper case was accepted.
        let key = SecretKey::generate();
        let later = SystemTime::now() + Duration::from_secs(60);
        let params = |query: &str| serde_urlencoded::from_str::<LinkParams>(query).unwrap();
        // A link whose signature starts with `0`, which `+` used to stand for.
        let query = (0..10_000)
            .map(|i| key.link_query(&format!("alice{i}"), later))
            .find(|query| query.contains("&sig=0"))
            .expect("one in sixteen signatures starts with 0");
        let sig = query.split("&sig=").nth(1).unwrap().to_string();
        assert!(key.open_link(&params(&query)).is_ok());
        let expires = query.split("&expires=").nth(1).unwrap().split('&').next().unwrap().to_string();
        let variants = [
            query.replace(&sig, &format!("%2B{}", &sig[1..])),
            query.replace(&sig, &sig.to_ascii_uppercase()),
            query.replace(&sig, &format!("{sig}00")),
            query.replace(&sig, &sig[..62]),
            query.replace(&format!("expires={expires}"), &format!("expires=%2B{expires}")),
            query.replace(&format!("expires={expires}"), &format!("expires=0{expires}")),
        ];
        for variant in variants {
            assert_eq!(key.open_link(&params(&variant)).unwrap_err().status, 403, "{variant}");
        }
        assert_eq!(unhex("+a"), None);
        assert_eq!(unhex("0A"), Some(vec![10]));
    }

    #[test]
    fn the_host_must_be_allowed_when_a_list_is_set() {
        // Audit N11: `Host: evil.example` with `Origin: http://evil.example` (a DNS-rebinding page) passed.
        let request = |host: &str| Incoming {
            host: Some(host.to_string()),
            origin: Some(format!("http://{host}")),
            ..Incoming::default()
        };
        assert!(check_same_origin(&request("evil.example"), &[]).is_ok(), "no list: any host");
        let allowed = ["shop.example".to_string(), "127.0.0.1:3000".to_string()];
        assert_eq!(check_same_origin(&request("evil.example"), &allowed).unwrap_err().status, 403);
        assert!(check_same_origin(&request("shop.example"), &allowed).is_ok());
        assert!(check_same_origin(&request("SHOP.example"), &allowed).is_ok());
        assert!(check_same_origin(&request("127.0.0.1:3000"), &allowed).is_ok());
        assert_eq!(check_same_origin(&request("127.0.0.1:3001"), &allowed).unwrap_err().status, 403);
    }

    #[test]
    fn keys_read_from_hex_or_long_text_only() {
        let hex_key = "ab".repeat(32);
        assert_eq!(SecretKey::from_text(&hex_key).unwrap().0, [0xab; 32]);
        assert!(SecretKey::from_text("short").is_err());
        let a = SecretKey::from_text("a passphrase of more than thirty-two characters").unwrap();
        let b = SecretKey::from_text("a passphrase of more than thirty-two characters").unwrap();
        assert_eq!(a.0, b.0);
    }
}
