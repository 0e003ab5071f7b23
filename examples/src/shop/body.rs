//! Reading form bodies: size, encoding, and the fields besides the form's own.

use super::Reply;
use crate::forms::ShopOrder;

/// The largest form body accepted; a larger one gets `413`.
pub const MAX_BODY: usize = 64 * 1024;

/// A body whose `Content-Length` already says it is larger than [`MAX_BODY`]: refused with `413` before any of
/// it is read, rather than after the body timeout (audit N14).
pub fn declared_too_large(content_length: Option<&str>) -> Option<Reply> {
    let declared = content_length?.trim().parse::<u64>().ok()?;
    (declared > MAX_BODY as u64).then(|| Reply::error(413, format!("the form body is larger than {MAX_BODY} bytes")))
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

/// The names of the fields serde reads into `T`, renames applied: what `T`'s `Deserialize` asks the decoder for.
///
/// A derived `Deserialize` of a struct passes its field names to `deserialize_struct`; this decoder keeps them
/// and reads nothing.
pub fn field_names<'de, T: serde::Deserialize<'de>>() -> &'static [&'static str] {
    struct Names(Option<&'static [&'static str]>);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("field names read")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<M: std::fmt::Display>(_: M) -> Stop {
            Stop
        }
    }
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Names(None);
    let _ = T::deserialize(&mut names);
    names.0.unwrap_or(&[])
}

/// Refuses, with `400`, a body carrying a field that is neither one of `fields` nor `csrf_token` (audit N14).
///
/// A form decoder ignores the names it does not know: a box sent under another name (`no_partner_%D1%83se`, a
/// Cyrillic `у`) would read as unticked, and an unticked opt-out box as a grant. The message names the field
/// only when it is a plain ASCII name, never repeating anything else the client sent (audit N12).
pub fn check_fields(body: &[u8], form: &str, fields: &[&str]) -> Result<(), Reply> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| Reply::error(400, format!("the {form} form body does not read as name=value pairs")))?;
    let Some((unknown, _)) = pairs.iter().find(|(name, _)| name != "csrf_token" && !fields.contains(&name.as_str()))
    else {
        return Ok(());
    };
    let plain =
        !unknown.is_empty() && unknown.len() <= 64 && unknown.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    let named = if plain { format!("`{unknown}`") } else { "whose name is not one of its own".to_string() };
    Err(Reply::error(
        400,
        format!(
            "the {form} form has no field {named}: a body may carry only the form's own fields ({}) and `csrf_token`",
            fields.join(", ")
        ),
    ))
}

/// [`check_fields`] for an order: the fields of [`ShopOrder`].
pub fn check_order_fields(body: &[u8]) -> Result<(), Reply> {
    check_fields(body, "order", field_names::<ShopOrder>())
}

/// [`check_fields`] for a withdrawal: the fields of [`WithdrawalForm`], and `withdraw`, the name of the `/me`
/// page's buttons (a browser sends the one pressed; its value is the purpose, which `purpose` carries too).
pub fn check_withdrawal_fields(body: &[u8]) -> Result<(), Reply> {
    let mut fields = field_names::<WithdrawalForm>().to_vec();
    fields.push("withdraw");
    check_fields(body, "withdrawal", &fields)
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

    #[test]
    fn the_field_names_are_the_forms_own() {
        assert_eq!(
            field_names::<ShopOrder>(),
            ["email", "address", "phone", "no_partner_use", "partner_offers", "no_similar_offers", "notice_version"]
        );
        assert_eq!(field_names::<WithdrawalForm>(), ["subject", "expires", "sig", "purpose"]);
    }

    #[test]
    fn a_field_the_form_does_not_have_is_refused() {
        let version = crate::shop::version_param();
        let good = format!("email=a&address=x&no_partner_use=on&{version}&csrf_token=t");
        assert!(check_order_fields(good.as_bytes()).is_ok());
        // Audit N14: the opt-out box under a look-alike name (Cyrillic у) would read as unticked, i.e. granted.
        let renamed = format!("email=a&address=x&no_partner_%D1%83se=on&{version}");
        let reply = check_order_fields(renamed.as_bytes()).unwrap_err();
        assert_eq!(reply.status, 400);
        assert!(reply.body.contains("the order form has no field whose name is not one of its own"), "{}", reply.body);
        assert!(!reply.body.contains("%D1") && !reply.body.contains('у'), "{}", reply.body);
        let reply = check_order_fields(format!("email=a&address=x&newsletter=on&{version}").as_bytes()).unwrap_err();
        assert_eq!(reply.status, 400);
        assert!(reply.body.contains("no field `newsletter`"), "{}", reply.body);
        assert!(check_withdrawal_fields(b"subject=s&expires=1&sig=x&purpose=p&withdraw=p&csrf_token=t").is_ok());
        assert_eq!(check_withdrawal_fields(b"subject=s&purpose=p&purpose2=q").unwrap_err().status, 400);
    }
}
