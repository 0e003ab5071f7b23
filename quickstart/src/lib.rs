//! The quick start: `cargo run --example quickstart` (see `examples/quickstart.rs`).
