//! A minimal HTTP/1.1 client over loopback, for the web tests: no TLS, one request per connection.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A response: status code and body.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The body, as text (lossy).
    pub body: String,
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
    let raw = tokio::time::timeout(Duration::from_secs(60), read_response(&mut stream))
        .await
        .map_err(|_| std::io::Error::other("no answer within 60 s"))??;
    let text = String::from_utf8_lossy(&raw);
    let status = text.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default();
    Ok(Response { status, body: dechunk(&body, &text) })
}

/// Reads one response: up to `Content-Length` bytes of body, to the last chunk, or to the end of the stream.
async fn read_response(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        let read = stream.read(&mut buffer).await?;
        raw.extend_from_slice(&buffer[..read]);
        let text = String::from_utf8_lossy(&raw).to_ascii_lowercase();
        if let Some(end_of_head) = text.find("\r\n\r\n") {
            let body_length = raw.len() - end_of_head - 4;
            let length = text[..end_of_head]
                .lines()
                .find_map(|line| line.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0)));
            match length {
                Some(length) if body_length >= length => return Ok(raw),
                None if text[..end_of_head].contains("transfer-encoding: chunked") && text.ends_with("0\r\n\r\n") => {
                    return Ok(raw);
                }
                _ => {}
            }
        }
        if read == 0 {
            return Ok(raw);
        }
    }
}

/// Decodes a `Transfer-Encoding: chunked` body.
fn dechunk(body: &str, whole: &str) -> String {
    if !whole.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        return body.to_string();
    }
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

/// `POST` of a form body.
pub async fn post_form(address: SocketAddr, path: &str, body: &[u8]) -> std::io::Result<Response> {
    request(address, "POST", path, &[("Content-Type", "application/x-www-form-urlencoded")], body).await
}

/// `GET`.
pub async fn get(address: SocketAddr, path: &str, headers: &[(&str, &str)]) -> std::io::Result<Response> {
    request(address, "GET", path, headers, b"").await
}
