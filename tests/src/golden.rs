//! Golden files: outputs that were read, as a French or English reader would, before being kept in `golden/`.
//! `GOLDEN=overwrite cargo test` rewrites them: read the diff before committing it.

/// Compares `actual` with `golden/{name}`; on a difference, fails with the lines that differ.
pub fn check(name: &str, actual: &str) {
    let path = format!("{}/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("GOLDEN").is_some_and(|v| v == "overwrite") {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if actual != expected {
        panic!("{path} differs (- golden, + actual):\n{}", diff(&expected, actual));
    }
}

/// The lines that differ, `-` for `expected` and `+` for `actual`, with their line numbers; lines in common
/// at the start and the end are left out.
pub fn diff(expected: &str, actual: &str) -> String {
    let (old, new): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let mut out = String::new();
    for (number, line) in old[prefix..old.len() - suffix].iter().enumerate() {
        out.push_str(&format!("{:>4} - {line}\n", prefix + number + 1));
    }
    for (number, line) in new[prefix..new.len() - suffix].iter().enumerate() {
        out.push_str(&format!("{:>4} + {line}\n", prefix + number + 1));
    }
    if out.is_empty() {
        out.push_str("(the files differ only in their final line break)\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::diff;

    #[test]
    fn a_diff_shows_only_the_lines_that_changed() {
        assert_eq!(diff("a\nb\nc\n", "a\nB\nc\n"), "   2 - b\n   2 + B\n");
        assert_eq!(diff("a\n", "a\nb\n"), "   2 + b\n");
        assert_eq!(diff("a", "a\n"), "(the files differ only in their final line break)\n");
    }
}
