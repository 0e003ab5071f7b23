//! The shop on axum: routes, and an accept loop with a connection limit and timeouts; everything else is in
//! [`crate::shop`].

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, FromRequest, Query, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

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
async fn read_body(shop: &Shop, body: Body) -> Result<Bytes, Reply> {
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
    headers: HeaderMap,
    body: Body,
) -> Response {
    let incoming = incoming(&headers);
    let lang = incoming.lang(params.lang.as_deref());
    let body = match read_body(&shop, body).await {
        Ok(body) => body,
        Err(reply) => return respond(reply),
    };
    if let Err(reply) = shop.check_post(&incoming, &body) {
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
    match read_body(&shop, body).await {
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

/// Serves the shop on `listener` until the process ends: at most `max_connections` connections at once (the
/// next wait in the backlog), each closed when its headers do not arrive within `header_timeout` or it stays
/// idle longer than `keep_alive`.
pub async fn serve(listener: tokio::net::TcpListener, shop: Arc<Shop>) -> std::io::Result<()> {
    let limits = shop.config.limits;
    let app = app(shop);
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    loop {
        let Ok(slot) = slots.clone().acquire_owned().await else { return Ok(()) };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was accepted: wait a little, go on.
            Err(_) => {
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            }
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(hyper_util::rt::TokioTimer::new()).header_read_timeout(limits.header_timeout);
            let connection = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            let _ = connection.await;
            drop(slot);
        });
    }
}
