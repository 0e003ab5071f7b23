//! Integration and compile-fail tests of privacy-notice (in `tests/` and `ui/`).
//!
//! The README is included below so that its Rust examples are compiled and run as doctests.
#![doc = include_str!("../../README.md")]
