//! The shop on actix-web: routes and server settings; everything else is in [`crate::shop`].

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::shop::security::{LinkParams, SECURITY_HEADERS};
use crate::shop::{self, Incoming, LangParam, PageParams, Reply, Shop};

fn incoming(request: &HttpRequest) -> Incoming {
    Incoming::from_headers(|name| request.headers().get(name).and_then(|value| value.to_str().ok()))
}

fn respond(reply: Reply) -> HttpResponse {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = HttpResponse::build(status);
    response.insert_header((header::CONTENT_TYPE, reply.content_type));
    for (name, value) in reply.headers {
        response.append_header((name, value));
    }
    response.body(reply.body)
}

/// The body, within the size limit and the body timeout.
async fn read_body(shop: &Shop, request: &HttpRequest, payload: web::Payload) -> Result<web::Bytes, Reply> {
    let declared = request.headers().get(actix_web::http::header::CONTENT_LENGTH).and_then(|v| v.to_str().ok());
    if let Some(reply) = shop::declared_too_large(declared) {
        return Err(reply);
    }
    let limit = shop::MAX_BODY;
    match tokio::time::timeout(shop.config.limits.body_timeout, payload.to_bytes_limited(limit)).await {
        Err(_) => Err(Reply::error(408, "the body did not arrive in time")),
        Ok(Err(_)) => Err(Reply::error(413, format!("the form body is larger than {limit} bytes"))),
        Ok(Ok(Err(_))) => Err(Reply::error(400, "the body could not be read")),
        Ok(Ok(Ok(bytes))) => Ok(bytes),
    }
}

async fn order_page(shop: web::Data<Shop>, params: web::Query<LangParam>, request: HttpRequest) -> HttpResponse {
    let incoming = incoming(&request);
    respond(shop.order_page(&incoming, incoming.lang(params.lang.as_deref())))
}

async fn privacy_page(params: web::Query<LangParam>, request: HttpRequest) -> HttpResponse {
    respond(shop::privacy_page(incoming(&request).lang(params.lang.as_deref())))
}

async fn submit_order(
    shop: web::Data<Shop>,
    params: web::Query<LangParam>,
    request: HttpRequest,
    payload: web::Payload,
) -> HttpResponse {
    let incoming = incoming(&request).from(request.peer_addr().map(|peer| peer.ip()));
    let lang = incoming.lang(params.lang.as_deref());
    let body = match read_body(&shop, &request, payload).await {
        Ok(body) => body,
        Err(reply) => return respond(reply),
    };
    if let Err(reply) = shop.check_order(&incoming, &body) {
        return respond(reply);
    }
    // What `web::Form` does (serde_urlencoded), after the UTF-8 check it does not make.
    match shop::parse_order(&body) {
        Ok(order) => respond(shop.submit_order(&order, lang).await),
        Err(reply) => respond(reply),
    }
}

async fn choices_page(
    shop: web::Data<Shop>,
    params: web::Query<LangParam>,
    link: web::Query<LinkParams>,
    request: HttpRequest,
) -> HttpResponse {
    let incoming = incoming(&request);
    respond(shop.choices_page(&incoming, &link, incoming.lang(params.lang.as_deref())).await)
}

async fn export(shop: web::Data<Shop>, link: web::Query<LinkParams>) -> HttpResponse {
    respond(shop.export(&link).await)
}

async fn submit_withdrawal(
    shop: web::Data<Shop>,
    params: web::Query<LangParam>,
    request: HttpRequest,
    payload: web::Payload,
) -> HttpResponse {
    let incoming = incoming(&request);
    let lang = incoming.lang(params.lang.as_deref());
    match read_body(&shop, &request, payload).await {
        Ok(body) => respond(shop.submit_withdrawal(&incoming, &body, lang).await),
        Err(reply) => respond(reply),
    }
}

async fn consents(shop: web::Data<Shop>, page: web::Query<PageParams>, request: HttpRequest) -> HttpResponse {
    respond(shop.consents_json(&incoming(&request), page.after, page.limit).await)
}

/// The shop's routes; the app provides `web::Data<Shop>`. `GET /consents.json` exists only when `admin` is
/// true (the shop has an admin token).
pub fn routes(config: &mut web::ServiceConfig, admin: bool) {
    config
        .app_data(web::PayloadConfig::new(shop::MAX_BODY))
        .route(
            "/",
            web::get().to(|| async { HttpResponse::Found().insert_header((header::LOCATION, "/order")).finish() }),
        )
        .route("/order", web::get().to(order_page))
        .route("/order", web::post().to(submit_order))
        .route("/privacy", web::get().to(privacy_page))
        .route("/me", web::get().to(choices_page))
        .route("/me/export", web::get().to(export))
        .route("/withdraw", web::post().to(submit_withdrawal));
    if admin {
        config.route("/consents.json", web::get().to(consents));
    }
}

/// What a new connection passes before actix-web reads from it: a slot of its client's (else it is answered
/// `503`, what it sent is dropped and it is shut down, which actix-web sees as the client leaving), kept in the
/// connection's data until the connection ends; and, on Linux, `TCP_USER_TIMEOUT`, so that an answer the client does not read for
/// `write_timeout` aborts the connection (actix-web has no write timeout of its own).
fn on_connect(shop: &Shop, connection: &dyn std::any::Any, data: &mut actix_web::dev::Extensions) {
    let Some(stream) = connection.downcast_ref::<actix_web::rt::net::TcpStream>() else { return };
    let socket = socket2::SockRef::from(stream);
    #[cfg(target_os = "linux")]
    let _ = socket.set_tcp_user_timeout(Some(shop.config.limits.write_timeout));
    let Ok(peer) = stream.peer_addr() else { return };
    match shop.connections.take(peer.ip()) {
        Some(slot) => {
            data.insert(std::rc::Rc::new(slot));
        }
        None => {
            // Straight to the socket: tokio's `try_write` knows no readiness yet on a new connection.
            let _ = socket.send(shop::clients::TOO_MANY_CONNECTIONS);
            // What the client sent already is dropped here, or actix-web would decode every request pipelined
            // in it first; after the shutdown, reading fails or ends at once.
            let mut scratch = [0u8; 16 * 1024];
            for _ in 0..64 {
                if !matches!(std::io::Read::read(&mut &*socket, &mut scratch), Ok(1..)) {
                    break;
                }
            }
            let _ = socket.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// The shop's server bound to `address` (port 0 picks a free one), with a backlog of 4,096 pending connections,
/// the shop's timeouts and connection limits (`max_connections` per worker, `max_connections_per_client` in
/// all), and the addresses it listens on. Run it with `.await`, inside an
/// actix system.
pub fn server(
    address: &str,
    shop: web::Data<Shop>,
) -> std::io::Result<(actix_web::dev::Server, Vec<std::net::SocketAddr>)> {
    let limits = shop.config.limits;
    let admin = shop.config.admin_token.is_some();
    let connecting = shop.clone();
    let server = actix_web::HttpServer::new(move || {
        let headers = SECURITY_HEADERS
            .iter()
            .fold(actix_web::middleware::DefaultHeaders::new(), |headers, &(name, value)| headers.add((name, value)));
        actix_web::App::new().wrap(headers).app_data(shop.clone()).configure(|config| routes(config, admin))
    })
    .on_connect(move |connection, data| on_connect(&connecting, connection, data))
    .backlog(4096)
    .client_request_timeout(limits.header_timeout)
    .client_disconnect_timeout(std::time::Duration::from_secs(1))
    .keep_alive(limits.keep_alive)
    .max_connections(limits.max_connections)
    .bind(address)?;
    let addresses = server.addrs();
    Ok((server.run(), addresses))
}
