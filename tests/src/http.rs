//! A minimal HTTP/1.1 client over loopback, for the web tests: no TLS, one request per connection. It works on
//! bytes, never slicing text, so a body of any content reads back without a panic.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A response: status code, headers and body.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The headers, names in lower case, in order.
    pub headers: Vec<(String, String)>,
    /// The body, as text (lossy).
    pub body: String,
}

impl Response {
    /// The first value of the header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, value)| value.as_str())
    }
}

/// Sends one request and reads the whole response (the server closes the connection).
pub async fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(address).await?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    // A server may answer (413) before reading a large body; a failed write is then not the test's concern.
    let _ = stream.write_all(body).await;
    let raw = tokio::time::timeout(Duration::from_secs(60), read_to_end(&mut stream))
        .await
        .map_err(|_| std::io::Error::other("no answer within 60 s"))??;
    parse(&raw).ok_or_else(|| std::io::Error::other("not an HTTP response"))
}

/// Reads one response: to `Content-Length`, to the last chunk, or to the end of the stream (a server may keep
/// the connection open after answering).
async fn read_to_end(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        let read = match stream.read(&mut buffer).await {
            Ok(read) => read,
            // A reset after the answer (the server closed without reading all we sent) still leaves the answer.
            Err(_) if !raw.is_empty() => 0,
            Err(error) => return Err(error),
        };
        raw.extend_from_slice(&buffer[..read]);
        if read == 0 || is_complete(&raw) {
            return Ok(raw);
        }
    }
}

/// Whether `raw` holds a whole response, judged from its head alone.
fn is_complete(raw: &[u8]) -> bool {
    let Some(end_of_head) = find(raw, b"\r\n\r\n") else { return false };
    let head = String::from_utf8_lossy(&raw[..end_of_head]).to_ascii_lowercase();
    let header = |name: &str| head.lines().find_map(|line| line.strip_prefix(name)).map(str::trim);
    match header("content-length:").map(str::parse::<usize>) {
        Some(Ok(length)) => raw.len() - end_of_head - 4 >= length,
        _ if header("transfer-encoding:") == Some("chunked") => raw.ends_with(b"0\r\n\r\n"),
        _ => false,
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// Reads a whole response: status line, headers, and a body delimited by `Content-Length`, chunked, or by the
/// end of the stream.
pub fn parse(raw: &[u8]) -> Option<Response> {
    let end_of_head = find(raw, b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&raw[..end_of_head]);
    let mut lines = head.split("\r\n");
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let rest = &raw[end_of_head + 4..];
    let chunked = headers.iter().any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let body = if chunked { dechunk(rest) } else { rest.to_vec() };
    Some(Response { status, headers, body: String::from_utf8_lossy(&body).into_owned() })
}

/// Decodes a `Transfer-Encoding: chunked` body, stopping at the last chunk or at anything malformed.
fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = find(rest, b"\r\n") {
        let size = std::str::from_utf8(&rest[..line_end]).ok().and_then(|s| usize::from_str_radix(s.trim(), 16).ok());
        let Some(size) = size.filter(|&size| size > 0) else { break };
        let data = &rest[line_end + 2..];
        if data.len() < size {
            break;
        }
        out.extend_from_slice(&data[..size]);
        rest = data[size..].strip_prefix(b"\r\n").unwrap_or(&data[size..]);
    }
    out
}

/// `POST` of a form body, without the origin and CSRF token a browser sends: what an attacker's script sends.
pub async fn post_form(address: SocketAddr, path: &str, body: &[u8]) -> std::io::Result<Response> {
    request(address, "POST", path, &[("Content-Type", "application/x-www-form-urlencoded")], body).await
}

/// `GET`.
pub async fn get(address: SocketAddr, path: &str, headers: &[(&str, &str)]) -> std::io::Result<Response> {
    request(address, "GET", path, headers, b"").await
}

/// A browser on the shop: the `csrf` cookie and token its order page gave, sent back with every POST, with the
/// shop's own `Origin`.
#[derive(Clone, Debug)]
pub struct Visitor {
    address: SocketAddr,
    /// The `csrf` cookie.
    pub cookie: String,
    /// The token of the page's hidden `csrf_token` input.
    pub token: String,
}

/// The value of the hidden input `name` in `page`.
pub fn hidden_input(page: &str, name: &str) -> Option<String> {
    let start = page.find(&format!("name=\"{name}\" value=\""))? + name.len() + 15;
    Some(page[start..].split('"').next()?.to_string())
}

/// The link the confirmation page gives (`/me?subject=..&expires=..&sig=..&lang=..`), unescaped.
pub fn personal_link(confirmation: &str) -> String {
    let start = confirmation.find("href=\"/me?").expect("a personal link") + 6;
    confirmation[start..].split('"').next().unwrap_or_default().replace("&amp;", "&")
}

/// The subject id a personal link opens.
pub fn subject_of(link: &str) -> String {
    link.split(['?', '&']).find_map(|part| part.strip_prefix("subject=")).unwrap_or_default().to_string()
}

impl Visitor {
    /// Opens the order page and keeps its cookie and token.
    pub async fn arrive(address: SocketAddr) -> Visitor {
        let page = get(address, "/order", &[]).await.expect("the order page answers");
        let cookie = page.header("set-cookie").and_then(|c| c.split(';').next()).expect("a csrf cookie").to_string();
        let token = hidden_input(&page.body, "csrf_token").expect("a csrf_token input");
        Visitor { address, cookie, token }
    }

    /// `GET` with the visitor's cookie.
    pub async fn get(&self, path: &str) -> std::io::Result<Response> {
        get(self.address, path, &[("Cookie", &self.cookie)]).await
    }

    /// `POST` of `body` plus the CSRF token, from the shop's own origin, with the cookie.
    pub async fn post(&self, path: &str, body: impl AsRef<[u8]>) -> std::io::Result<Response> {
        let origin = format!("http://{}", self.address);
        let mut body = body.as_ref().to_vec();
        body.extend_from_slice(format!("&csrf_token={}", self.token).as_bytes());
        let headers = [
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Origin", origin.as_str()),
            ("Cookie", self.cookie.as_str()),
        ];
        request(self.address, "POST", path, &headers, &body).await
    }
}
