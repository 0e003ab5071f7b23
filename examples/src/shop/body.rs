//! Reading form bodies: size, encoding, and the fields besides the form's own.

use super::Reply;
use crate::forms::ShopOrder;

/// The largest form body accepted; a larger one gets `413`.
pub const MAX_BODY: usize = 64 * 1024;

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

/// `422` for an order form that does not read: the message says which field and why, in the server's words
/// only (see `safe_reason`).
pub fn invalid_order(reason: &str) -> Reply {
    Reply::error(422, format!("the order form is invalid: {}", safe_reason(reason)))
}

/// What a form decoder's error says, without what the client sent: the decoders quote the value they refused
/// (`invalid value: string "<script>", expected ..`), so only the field's name (when it is a plain name) and the
/// decoder's own `expected ..` or `missing field ..` are kept.
pub fn safe_reason(reason: &str) -> String {
    let is_name = |name: &str| {
        !name.is_empty() && name.len() <= 64 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    // "missing field `email`" and "duplicate field `email`" name one of the form's own fields.
    for kind in ["missing field", "duplicate field"] {
        if let Some(rest) = reason.find(&format!("{kind} `")).map(|at| &reason[at + kind.len() + 2..])
            && let Some(name) = rest.split('`').next().filter(|name| is_name(name))
        {
            return format!("{kind} `{name}`");
        }
    }
    let field = reason
        .trim_start_matches("Failed to deserialize form body: ")
        .split_once(": ")
        .map(|(field, _)| field)
        .filter(|field| is_name(field));
    // The value comes before the decoder's `expected ..`, which comes last: the last one is the decoder's.
    let expected = reason
        .rfind(", expected ")
        .map(|at| &reason[at + 2..])
        .filter(|expected| expected.len() <= 200 && !expected.contains(['"', '\'', '<', '>', '&', '\n']));
    match (field, expected) {
        (Some(field), Some(expected)) => format!("{field}: invalid value, {expected}"),
        (Some(field), None) => format!("{field}: invalid value"),
        (None, Some(expected)) => format!("invalid value, {expected}"),
        (None, None) => "a field has an invalid value".to_string(),
    }
}

/// The CSRF token a form body carries beside the form's own fields.
pub fn csrf_field(body: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Token {
        csrf_token: Option<String>,
    }
    serde_urlencoded::from_bytes::<Token>(body).ok().and_then(|token| token.csrf_token)
}

/// The body of a withdrawal: the signed link's parameters and the purpose (its CSRF token is read by
/// [`csrf_field`]).
#[derive(serde::Deserialize)]
pub struct WithdrawalForm {
    /// The person.
    pub subject: Option<String>,
    /// The link's expiry.
    pub expires: Option<String>,
    /// The link's signature.
    pub sig: Option<String>,
    /// The box withdrawn from.
    pub purpose: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_must_decode_to_utf8() {
        assert!(check_body(b"email=a%40b.fr&address=x").is_ok());
        assert!(check_body("email=caf%C3%A9".as_bytes()).is_ok());
        assert_eq!(check_body(b"email=%FF%FE").unwrap_err().status, 400);
        assert_eq!(check_body(b"email=\xff").unwrap_err().status, 400);
        assert_eq!(check_body(&vec![b'a'; MAX_BODY + 1]).unwrap_err().status, 413);
    }

    #[test]
    fn errors_never_repeat_the_body() {
        // Audit N12: the 422 carried serde's text, the refused value quoted in it.
        let version = crate::shop::version_param();
        for (body, kept) in [
            (
                format!("email=a&address=x&partner_offers=%3Cscript%3E&{version}"),
                "invalid value, expected a checkbox value",
            ),
            (format!("email=a&address=x&notice_version={}", "9".repeat(60_000)), "invalid value"),
            ("address=x".to_string(), "missing field `email`"),
            (format!("email=a&address=x&partner_offers=on&partner_offers=on&{version}"), "partner_offers"),
        ] {
            let reply = parse_order(body.as_bytes()).err().expect("refused");
            assert_eq!(reply.status, 422);
            assert!(reply.body.contains(kept), "{kept:?} not in {:?}", reply.body);
            assert!(
                !reply.body.contains("script") && !reply.body.contains("9999") && reply.body.len() < 300,
                "{}",
                reply.body
            );
        }
        assert_eq!(safe_reason("x: invalid value: string \", expected <b>\""), "x: invalid value");
        assert_eq!(safe_reason("missing field `<b>`"), "a field has an invalid value");
    }
}
