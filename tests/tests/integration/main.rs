//! The library's integration tests, in one binary (each binary links the web frameworks the examples use):
//! outputs, texts, golden files, records, forms in each framework, and the compile-fail cases. Run one part with
//! `cargo test -p privacy-notice-tests --test integration golden`.

mod checkbox_matrix;
mod consents;
mod eight_languages;
mod escaping;
mod fides;
mod golden;
mod html_output;
mod hygiene;
mod injection;
mod jurisdiction;
mod languages;
mod legal_depth;
mod legal_review_3;
mod legal_twins;
mod leptos;
mod markdown_output;
mod page_check;
mod records;
mod reexport;
mod register;
mod rename;
mod rocket;
mod seed_wording;
mod texts;
mod two_levels;
mod ui;
