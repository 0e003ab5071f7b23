//! Runnable examples of privacy-notice: `cargo run --example NAME`.
