//! The model, texts and renderers of [privacy-notice](https://docs.rs/privacy-notice), shared by its runtime and
//! its derive (as serde_derive shares `serde_derive_internals`). Depend on `privacy-notice`, which re-exports
//! what users need, rather than on this crate: its API follows the runtime's needs, not semver on its own, and
//! it is published in lockstep, pinned with `=`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod adequacy;
pub mod authorities;
pub mod codec;
pub mod countries;
pub mod field;
pub mod lang;
pub mod model;
pub mod render;
pub mod taxonomy;
pub mod text;
pub mod texts;
pub mod vocabulary;

pub use field::{ConsentField, ConsentKind, Decision};
pub use lang::Lang;
