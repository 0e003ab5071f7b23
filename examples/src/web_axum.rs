//! The shop on axum: routes only; everything else is in [`crate::shop`].

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, FromRequest, Query, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use privacy_notice::Lang;
use serde::Deserialize;

use crate::forms::ShopOrder;
use crate::shop::{self, Reply, Store};

/// `?lang=..` and, on the withdrawal page, `?subject=..`.
#[derive(Deserialize)]
struct Params {
    lang: Option<String>,
    subject: Option<String>,
}

fn lang(params: &Params, headers: &HeaderMap) -> Lang {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok());
    shop::choose_lang(params.lang.as_deref(), accept)
}

fn respond(reply: Reply) -> Response {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, reply.content_type)], reply.body).into_response()
}

/// Runs store work off the async threads.
async fn blocking(work: impl FnOnce() -> Reply + Send + 'static) -> Response {
    respond(tokio::task::spawn_blocking(work).await.unwrap_or_else(|e| Reply {
        status: 500,
        content_type: "text/plain; charset=utf-8",
        body: format!("internal error: {e}"),
    }))
}

async fn order_page(Query(params): Query<Params>, headers: HeaderMap) -> Response {
    respond(shop::order_page(lang(&params, &headers)))
}

async fn privacy_page(Query(params): Query<Params>, headers: HeaderMap) -> Response {
    respond(shop::privacy_page(lang(&params, &headers)))
}

async fn submit_order(
    State(store): State<Arc<Store>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = lang(&params, &headers);
    if let Err(reply) = shop::check_body(&body) {
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
    blocking(move || shop::submit_order(&store, &order, lang)).await
}

async fn consents(State(store): State<Arc<Store>>) -> Response {
    blocking(move || shop::consents_json(&store)).await
}

async fn withdrawal_page(
    State(store): State<Arc<Store>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Response {
    let lang = lang(&params, &headers);
    let subject = params.subject.unwrap_or_default();
    blocking(move || shop::withdrawal_page(&store, &subject, lang)).await
}

async fn submit_withdrawal(
    State(store): State<Arc<Store>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = lang(&params, &headers);
    blocking(move || shop::submit_withdrawal(&store, &body, lang)).await
}

/// The shop's routes over `store`: `GET`/`POST /order`, `GET /privacy`, `GET /consents.json`, `GET`/`POST /withdraw`.
pub fn app(store: Arc<Store>) -> axum::Router {
    Router::new()
        .route("/", get(|| async { Redirect::to("/order") }))
        .route("/order", get(order_page).post(submit_order))
        .route("/privacy", get(privacy_page))
        .route("/consents.json", get(consents))
        .route("/withdraw", get(withdrawal_page).post(submit_withdrawal))
        .layer(DefaultBodyLimit::max(shop::MAX_BODY))
        .with_state(store)
}

/// A listener on `address` with a backlog of 4,096 pending connections (tokio's `bind` keeps 1,024), so a burst
/// of submissions waits instead of being reset. Call it inside a tokio runtime.
pub fn listener(address: std::net::SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if address.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(4096)
}

/// Serves the shop on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, store: Arc<Store>) -> std::io::Result<()> {
    axum::serve(listener, app(store)).await
}
