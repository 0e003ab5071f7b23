//! The shop on axum: routes, and an accept loop with connection limits (in all, and per client) and timeouts
//! (headers, idle, unread answers, connection lifetime); everything else is in [`crate::shop`].

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, Query, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tower::ServiceExt;

use crate::forms::ShopOrder;
use crate::shop::security::{LinkParams, SECURITY_HEADERS};
use crate::shop::{self, Incoming, LangParam, PageParams, Reply, Shop};

fn incoming(headers: &HeaderMap) -> Incoming {
    Incoming::from_headers(|name| headers.get(name).and_then(|value| value.to_str().ok()))
}

fn respond(reply: Reply) -> Response {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, [(header::CONTENT_TYPE, reply.content_type)], reply.body).into_response();
    for (name, value) in reply.headers {
        if let Ok(value) = HeaderValue::from_str(&value) {
            response.headers_mut().append(HeaderName::from_static(name), value);
        }
    }
    response
}

/// The body, within the size limit and the body timeout.
async fn read_body(shop: &Shop, headers: &HeaderMap, body: Body) -> Result<Bytes, Reply> {
    let declared = headers.get(axum::http::header::CONTENT_LENGTH).and_then(|value| value.to_str().ok());
    if let Some(reply) = shop::declared_too_large(declared) {
        return Err(reply);
    }
    match tokio::time::timeout(shop.config.limits.body_timeout, axum::body::to_bytes(body, shop::MAX_BODY)).await {
        Err(_) => Err(Reply::error(408, "the body did not arrive in time")),
        Ok(Err(_)) => Err(Reply::error(413, format!("the form body is larger than {} bytes", shop::MAX_BODY))),
        Ok(Ok(bytes)) => Ok(bytes),
    }
}

async fn order_page(State(shop): State<Arc<Shop>>, Query(params): Query<LangParam>, headers: HeaderMap) -> Response {
    let incoming = incoming(&headers);
    respond(shop.order_page(&incoming, incoming.lang(params.lang.as_deref())))
}

async fn privacy_page(Query(params): Query<LangParam>, headers: HeaderMap) -> Response {
    respond(shop::privacy_page(incoming(&headers).lang(params.lang.as_deref())))
}

async fn submit_order(
    State(shop): State<Arc<Shop>>,
    Query(params): Query<LangParam>,
    peer: Option<axum::Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let incoming = incoming(&headers).from(peer.map(|axum::Extension(ConnectInfo(peer))| peer.ip()));
    let lang = incoming.lang(params.lang.as_deref());
    let body = match read_body(&shop, &headers, body).await {
        Ok(body) => body,
        Err(reply) => return respond(reply),
    };
    if let Err(reply) = shop.check_order(&incoming, &body) {
        return respond(reply);
    }
    // `axum::Form` reads the body into the derived form, as in any axum application.
    let request = Request::builder()
        .method(Method::POST)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap_or_default();
    let order = match axum::Form::<ShopOrder>::from_request(request, &()).await {
        Ok(axum::Form(order)) => order,
        Err(rejection) => return respond(shop::invalid_order(&rejection.body_text())),
    };
    respond(shop.submit_order(&order, lang).await)
}

async fn choices_page(
    State(shop): State<Arc<Shop>>,
    Query(params): Query<LangParam>,
    Query(link): Query<LinkParams>,
    headers: HeaderMap,
) -> Response {
    let incoming = incoming(&headers);
    respond(shop.choices_page(&incoming, &link, incoming.lang(params.lang.as_deref())).await)
}

async fn export(State(shop): State<Arc<Shop>>, Query(link): Query<LinkParams>) -> Response {
    respond(shop.export(&link).await)
}

async fn submit_withdrawal(
    State(shop): State<Arc<Shop>>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let incoming = incoming(&headers);
    let lang = incoming.lang(params.lang.as_deref());
    match read_body(&shop, &headers, body).await {
        Ok(body) => respond(shop.submit_withdrawal(&incoming, &body, lang).await),
        Err(reply) => respond(reply),
    }
}

async fn consents(State(shop): State<Arc<Shop>>, Query(page): Query<PageParams>, headers: HeaderMap) -> Response {
    respond(shop.consents_json(&incoming(&headers), page.after, page.limit).await)
}

/// Adds the [`SECURITY_HEADERS`] to every answer, the framework's own `404` and `405` included.
async fn security_headers(mut response: Response) -> Response {
    for (name, value) in SECURITY_HEADERS {
        response.headers_mut().insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    response
}

/// The shop's routes: `GET`/`POST /order`, `GET /privacy`, `GET /me`, `GET /me/export`, `POST /withdraw`, and
/// `GET /consents.json` only when the shop has an admin token.
pub fn app(shop: Arc<Shop>) -> axum::Router {
    let mut router = Router::new()
        .route("/", get(|| async { Redirect::to("/order") }))
        .route("/order", get(order_page).post(submit_order))
        .route("/privacy", get(privacy_page))
        .route("/me", get(choices_page))
        .route("/me/export", get(export))
        .route("/withdraw", post(submit_withdrawal));
    if shop.config.admin_token.is_some() {
        router = router.route("/consents.json", get(consents));
    }
    router
        .layer(DefaultBodyLimit::max(shop::MAX_BODY))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(shop)
}

/// A listener on `address` with a backlog of 4,096 pending connections (tokio's `bind` keeps 1,024), so a burst
/// of submissions waits instead of being reset. Call it inside a tokio runtime.
pub fn listener(address: std::net::SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(4096)
}

/// A connection whose writes time out: a write that makes no progress for `timeout` (the client does not read
/// its answers, and the socket's buffers are full) fails, and hyper closes the connection. hyper's own timeouts
/// cover the headers and idle keep-alive only.
struct WriteTimeout {
    io: hyper_util::rt::TokioIo<tokio::net::TcpStream>,
    timeout: Duration,
    /// Set while a write waits; fires when it waited `timeout`.
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl WriteTimeout {
    /// `pending` is what the socket answered; a wait that lasted `timeout` becomes an error.
    fn check<T>(&mut self, cx: &mut Context<'_>, pending: Poll<std::io::Result<T>>) -> Poll<std::io::Result<T>> {
        if pending.is_ready() {
            self.stalled = None;
            return pending;
        }
        let timeout = self.timeout;
        let stalled = self.stalled.get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
        match stalled.as_mut().poll(cx) {
            Poll::Ready(()) => {
                // Reset rather than close: a closed socket would keep the unsent answer, and its slot in the
                // kernel, until the client read it.
                let _ = socket2::SockRef::from(self.io.inner()).set_linger(Some(Duration::ZERO));
                Poll::Ready(Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "the client did not read its answer in time",
                )))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl hyper::rt::Read for WriteTimeout {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for WriteTimeout {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        let polled = Pin::new(&mut self.io).poll_write(cx, buf);
        self.check(cx, polled)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let polled = Pin::new(&mut self.io).poll_flush(cx);
        self.check(cx, polled)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let polled = Pin::new(&mut self.io).poll_shutdown(cx);
        self.check(cx, polled)
    }
}

/// Serves the shop on `listener` until the process ends: at most `max_connections` connections at once (the
/// next wait in the backlog) and `max_connections_per_client` from one client (the next are answered `503` and
/// closed); each closed when its headers do not arrive within `header_timeout`, it stays idle longer than
/// `keep_alive`, an answer waits unread longer than `write_timeout`, or (after its current request) it has
/// lived `connection_lifetime`.
pub async fn serve(listener: tokio::net::TcpListener, shop: Arc<Shop>) -> std::io::Result<()> {
    let limits = shop.config.limits;
    let connections = shop.connections.clone();
    let app = app(shop);
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else { return Ok(()) };
        let (stream, peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            // Out of file descriptors, or a connection reset before it was accepted: wait a little, go on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let Some(client_slot) = connections.take(peer.ip()) else {
            // Over its client's limit: told so, if its socket takes it at once, and closed.
            // Straight to the socket: tokio's `try_write` knows no readiness yet on a new connection.
            let _ = socket2::SockRef::from(&stream).send(crate::shop::clients::TOO_MANY_CONNECTIONS);
            continue;
        };
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: Request<hyper::body::Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request.map(Body::new))
        });
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(hyper_util::rt::TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let io =
                WriteTimeout { io: hyper_util::rt::TokioIo::new(stream), timeout: limits.write_timeout, stalled: None };
            let connection = builder.serve_connection(io, service);
            tokio::pin!(connection);
            if tokio::time::timeout(limits.connection_lifetime, connection.as_mut()).await.is_err() {
                // Lived long enough: the current answer is finished (within the write timeout), then it closes.
                connection.as_mut().graceful_shutdown();
                let _ = tokio::time::timeout(limits.write_timeout + limits.body_timeout, connection).await;
            }
            drop((slot, client_slot));
        });
    }
}
