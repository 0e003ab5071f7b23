//! Just enough of the W3C WebDriver protocol to drive headless Chromium through chromedriver, over loopback.

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::http;

/// The key under which WebDriver returns an element reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A chromedriver process, ended when dropped.
pub struct Driver {
    process: Child,
    address: SocketAddr,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// A browser session.
pub struct Session {
    address: SocketAddr,
    id: String,
}

/// A page element.
pub struct Element(String);

async fn call(address: SocketAddr, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let headers: &[(&str, &str)] = if body.is_empty() { &[] } else { &[("Content-Type", "application/json")] };
    let response = http::request(address, method, path, headers, body.as_bytes()).await.map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&response.body).map_err(|e| format!("{e}: {}", response.body))?;
    if response.status != 200 {
        return Err(format!("{method} {path}: {} {}", response.status, value["value"]));
    }
    Ok(value["value"].clone())
}

impl Driver {
    /// Starts `chromedriver` on a free port and waits until it is ready.
    pub async fn start() -> Result<Driver, String> {
        let port =
            std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
        let process = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                format!("chromedriver could not start ({e}): install Debian's chromium and chromium-driver")
            })?;
        let driver = Driver { process, address: SocketAddr::from(([127, 0, 0, 1], port)) };
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(20) {
            if call(driver.address, "GET", "/status", None).await.is_ok_and(|status| status["ready"] == true) {
                return Ok(driver);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err("chromedriver did not become ready within 20 s".to_string())
    }

    /// A new headless Chromium session, in a fresh profile, with no background network.
    pub async fn session(&self, profile: &std::path::Path) -> Result<Session, String> {
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1100,1900", format!("--user-data-dir={}", profile.display()),
                ]
            }
        }}});
        let value = call(self.address, "POST", "/session", Some(capabilities)).await?;
        let id = value["sessionId"].as_str().ok_or("no session id")?.to_string();
        Ok(Session { address: self.address, id })
    }
}

impl Session {
    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        call(self.address, method, &format!("/session/{}{path}", self.id), body).await
    }

    /// Opens `url`.
    pub async fn open(&self, url: &str) -> Result<(), String> {
        self.call("POST", "/url", Some(json!({ "url": url }))).await.map(drop)
    }

    /// The address of the current page.
    pub async fn url(&self) -> Result<String, String> {
        Ok(self.call("GET", "/url", None).await?.as_str().unwrap_or_default().to_string())
    }

    /// The first element matching the CSS `selector`, waiting up to 10 s for it.
    pub async fn find(&self, selector: &str) -> Result<Element, String> {
        let started = Instant::now();
        loop {
            let found = self.call("POST", "/element", Some(json!({"using": "css selector", "value": selector}))).await;
            match found {
                Ok(value) => return Ok(Element(value[ELEMENT].as_str().ok_or("no element id")?.to_string())),
                Err(error) if started.elapsed() > Duration::from_secs(10) => {
                    return Err(format!("{selector}: {error}"));
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }

    /// Clicks `element`.
    pub async fn click(&self, element: &Element) -> Result<(), String> {
        self.call("POST", &format!("/element/{}/click", element.0), Some(json!({}))).await.map(drop)
    }

    /// Types `text` into `element`.
    pub async fn type_text(&self, element: &Element, text: &str) -> Result<(), String> {
        self.call("POST", &format!("/element/{}/value", element.0), Some(json!({ "text": text }))).await.map(drop)
    }

    /// The value of `element`'s attribute `name`, if it has one.
    pub async fn attribute(&self, element: &Element, name: &str) -> Result<Option<String>, String> {
        let value = self.call("GET", &format!("/element/{}/attribute/{name}", element.0), None).await?;
        Ok(value.as_str().map(str::to_string))
    }

    /// Whether a checkbox is ticked.
    pub async fn is_selected(&self, element: &Element) -> Result<bool, String> {
        Ok(self.call("GET", &format!("/element/{}/selected", element.0), None).await? == true)
    }

    /// Whether `element` is visible.
    pub async fn is_displayed(&self, element: &Element) -> Result<bool, String> {
        Ok(self.call("GET", &format!("/element/{}/displayed", element.0), None).await? == true)
    }

    /// The visible text of `element`.
    pub async fn text(&self, element: &Element) -> Result<String, String> {
        Ok(self
            .call("GET", &format!("/element/{}/text", element.0), None)
            .await?
            .as_str()
            .unwrap_or_default()
            .to_string())
    }

    /// A PNG screenshot of the window.
    pub async fn screenshot(&self) -> Result<Vec<u8>, String> {
        let encoded = self.call("GET", "/screenshot", None).await?;
        // Standard base64, as WebDriver sends screenshots.
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().ok_or("no screenshot")?)
            .map_err(|e| format!("the screenshot is not base64: {e}"))
    }

    /// Ends the session.
    pub async fn close(self) -> Result<(), String> {
        self.call("DELETE", "", None).await.map(drop)
    }
}
