//! The consent store and the shop examples, in one binary: the store on SQLite and PostgreSQL, the shops under
//! load, under attack and under `kill -9`. Run one part with `cargo test -p privacy-notice-tests --test shops
//! attacks`.

mod attacks;
mod crash;
mod failover;
mod limits;
mod page_check;
mod store;
mod store_migrations;
mod store_order;
mod store_roles;
mod web;
