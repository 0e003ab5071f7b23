//! The loopback HTTP client of the web tests: hyper's HTTP/1.1 client connection, no TLS, one request per
//! connection, the response's head and body as the tests read them.

use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpSocket, TcpStream};

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

/// The connection as hyper sees it, except that a failed write counts as done: a server may answer (413) and
/// close before it has read a large body, and its answer, already on the way, is what the test reads.
struct Lenient(TokioIo<TcpStream>);

impl hyper::rt::Read for Lenient {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for Lenient {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        match Pin::new(&mut self.0).poll_write(cx, buf) {
            Poll::Ready(Err(_)) => Poll::Ready(Ok(buf.len())),
            other => other,
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx).map(|_| Ok(()))
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx).map(|_| Ok(()))
    }
}

/// Sends one request on a new connection and reads the whole response (within 60 s).
pub async fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    request_from(None, address, method, path, headers, body).await
}

/// A connection to `address` from the local address `source` (a loopback address other than 127.0.0.1 is another
/// client to the server), or from any address.
pub async fn connect_from(source: Option<IpAddr>, address: SocketAddr) -> std::io::Result<TcpStream> {
    let Some(source) = source else { return TcpStream::connect(address).await };
    let socket = if source.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    socket.bind(SocketAddr::new(source, 0))?;
    socket.connect(address).await
}

/// [`request`], from the local address `source`.
pub async fn request_from(
    source: Option<IpAddr>,
    address: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Response> {
    let exchange = async {
        let stream = connect_from(source, address).await?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(Lenient(TokioIo::new(stream)))
            .await
            .map_err(std::io::Error::other)?;
        // The connection is driven beside the request; it ends when the response has been read.
        let driver = tokio::spawn(connection);
        let mut request = hyper::Request::builder().method(method).uri(path).header("host", address.to_string());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(Full::new(Bytes::copy_from_slice(body))).map_err(std::io::Error::other)?;
        let response = sender.send_request(request).await.map_err(std::io::Error::other)?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str().to_string(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
            .collect();
        let body = response.into_body().collect().await.map_err(std::io::Error::other)?.to_bytes();
        driver.abort();
        Ok(Response { status, headers, body: String::from_utf8_lossy(&body).into_owned() })
    };
    tokio::time::timeout(Duration::from_secs(60), exchange)
        .await
        .map_err(|_| std::io::Error::other("no answer within 60 s"))?
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
    source: Option<IpAddr>,
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
        Visitor::arrive_from(None, address).await
    }

    /// [`arrive`](Visitor::arrive), and every later request, from the local address `source`.
    pub async fn arrive_from(source: Option<IpAddr>, address: SocketAddr) -> Visitor {
        let page = request_from(source, address, "GET", "/order", &[], b"").await.expect("the order page answers");
        let cookie = page.header("set-cookie").and_then(|c| c.split(';').next()).expect("a csrf cookie").to_string();
        let token = hidden_input(&page.body, "csrf_token").expect("a csrf_token input");
        Visitor { address, source, cookie, token }
    }

    /// `GET` with the visitor's cookie.
    pub async fn get(&self, path: &str) -> std::io::Result<Response> {
        request_from(self.source, self.address, "GET", path, &[("Cookie", &self.cookie)], b"").await
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
        request_from(self.source, self.address, "POST", path, &headers, &body).await
    }
}
