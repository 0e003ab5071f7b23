//! Compile-fail tests: each rule of design.md §3 has a case in `ui/`, with the message it must give.
//! The `.stderr` files were read and judged by hand; regenerate with `TRYBUILD=overwrite` only to review.

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
