//! The shop on actix-web: routes only; everything else is in [`crate::shop`].

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use privacy_notice::Lang;
use serde::Deserialize;

use crate::shop::{self, Reply, Store};

/// `?lang=..` and, on the withdrawal page, `?subject=..`.
#[derive(Deserialize)]
struct Params {
    lang: Option<String>,
    subject: Option<String>,
}

fn lang(params: &Params, request: &HttpRequest) -> Lang {
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok());
    shop::choose_lang(params.lang.as_deref(), accept)
}

fn respond(reply: Reply) -> HttpResponse {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    HttpResponse::build(status).insert_header((header::CONTENT_TYPE, reply.content_type)).body(reply.body)
}

/// Runs store work off the async threads.
async fn blocking(work: impl FnOnce() -> Reply + Send + 'static) -> HttpResponse {
    respond(web::block(work).await.unwrap_or_else(|e| Reply {
        status: 500,
        content_type: "text/plain; charset=utf-8",
        body: format!("internal error: {e}"),
    }))
}

async fn order_page(params: web::Query<Params>, request: HttpRequest) -> HttpResponse {
    respond(shop::order_page(lang(&params, &request)))
}

async fn privacy_page(params: web::Query<Params>, request: HttpRequest) -> HttpResponse {
    respond(shop::privacy_page(lang(&params, &request)))
}

async fn submit_order(
    store: web::Data<Store>,
    params: web::Query<Params>,
    request: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let lang = lang(&params, &request);
    // What `web::Form` does (serde_urlencoded), after the UTF-8 check it does not make.
    match shop::parse_order(&body) {
        Ok(order) => blocking(move || shop::submit_order(&store, &order, lang)).await,
        Err(reply) => respond(reply),
    }
}

async fn consents(store: web::Data<Store>) -> HttpResponse {
    blocking(move || shop::consents_json(&store)).await
}

async fn withdrawal_page(store: web::Data<Store>, params: web::Query<Params>, request: HttpRequest) -> HttpResponse {
    let lang = lang(&params, &request);
    let subject = params.into_inner().subject.unwrap_or_default();
    blocking(move || shop::withdrawal_page(&store, &subject, lang)).await
}

async fn submit_withdrawal(
    store: web::Data<Store>,
    params: web::Query<Params>,
    request: HttpRequest,
    body: web::Bytes,
) -> HttpResponse {
    let lang = lang(&params, &request);
    blocking(move || shop::submit_withdrawal(&store, &body, lang)).await
}

/// The shop's routes; the app provides `web::Data<Store>`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .app_data(web::PayloadConfig::new(shop::MAX_BODY))
        .route(
            "/",
            web::get().to(|| async { HttpResponse::Found().insert_header((header::LOCATION, "/order")).finish() }),
        )
        .route("/order", web::get().to(order_page))
        .route("/order", web::post().to(submit_order))
        .route("/privacy", web::get().to(privacy_page))
        .route("/consents.json", web::get().to(consents))
        .route("/withdraw", web::get().to(withdrawal_page))
        .route("/withdraw", web::post().to(submit_withdrawal));
}

/// The shop's server bound to `address` (port 0 picks a free one), with a backlog of 4,096 pending connections,
/// and the addresses it listens on. Run it with `.await`, inside an actix system.
pub fn server(
    address: &str,
    store: web::Data<Store>,
) -> std::io::Result<(actix_web::dev::Server, Vec<std::net::SocketAddr>)> {
    let server = actix_web::HttpServer::new(move || actix_web::App::new().app_data(store.clone()).configure(routes))
        .backlog(4096)
        .bind(address)?;
    let addresses = server.addrs();
    Ok((server.run(), addresses))
}
