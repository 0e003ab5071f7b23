//! Compile-fail tests: each rule of design.md §3 has a case in `ui/`, with the message it must give.
//! The `.stderr` files were read and judged by hand; regenerate with `TRYBUILD=overwrite` only to review.

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}

/// Every message of the derive follows one format: what is wrong, naming the attribute in backticks, then a
/// `= help:` line with the fix. (rustc's own `error[E..]` messages, from type checks, are left out, and so is
/// the `lil2004` warning, which rustc writes as a deprecation: its fix is in its note.)
#[test]
fn every_message_follows_one_format() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/ui");
    let mut cases = 0;
    let mut messages = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "stderr") {
            cases += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            let ours = |line: &&str| line.starts_with("error: ") && !line.starts_with("error: use of deprecated");
            for (i, line) in lines.iter().enumerate().filter(|(_, l)| ours(l)) {
                messages += 1;
                assert!(line.contains('`'), "{}: no attribute in backticks: {line}", path.display());
                let help = lines.get(i + 1).map(|l| l.trim_start()).unwrap_or_default();
                assert!(help.starts_with("= help: "), "{}: no help after: {line}", path.display());
            }
        }
    }
    assert!(cases >= 40, "only {cases} ui cases");
    assert!(messages >= 80, "only {messages} messages");
}
