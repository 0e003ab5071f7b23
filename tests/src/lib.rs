//! Integration and compile-fail tests of privacy-notice; see `tests/`.
