//! Every problem of a form, reported together in one compile (serde's accumulator, `syn::Error::combine`), through
//! one context that must be finished: dropping it with its errors unreported is a bug of the derive, which its
//! drop check turns into a failing test rather than a form that compiles with its problems silently lost (serde's
//! `internals/ctxt.rs`).

use proc_macro2::Span;
use quote::ToTokens;
use std::fmt::Display;

/// The errors found so far.
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<syn::Error>,
    /// Whether [`Errors::finish`] handed the errors over.
    finished: bool,
}

/// One message: what is wrong, then how to fix it, in rustc's `= help:` style.
fn message(what: impl Display, help: impl Display) -> String {
    format!("{what}\n= help: {help}")
}

impl Errors {
    /// An error spanning the tokens of `at` (an attribute, a type, an identifier).
    pub fn add(&mut self, at: impl ToTokens, what: impl Display, help: impl Display) {
        self.list.push(syn::Error::new_spanned(at, message(what, help)));
    }

    /// An error at one span.
    pub fn add_at(&mut self, span: Span, what: impl Display, help: impl Display) {
        self.list.push(syn::Error::new(span, message(what, help)));
    }

    /// A syntax error reported by syn.
    pub fn add_syn(&mut self, error: syn::Error) {
        self.list.push(error);
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// All errors as one, or `Ok` if there were none.
    pub fn finish(mut self) -> Result<(), syn::Error> {
        self.finished = true;
        let mut list = std::mem::take(&mut self.list).into_iter();
        match list.next() {
            None => Ok(()),
            Some(mut first) => {
                first.extend(list);
                Err(first)
            }
        }
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        if !self.finished && !std::thread::panicking() {
            panic!("the derive dropped its errors without reporting them: call `Errors::finish`");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Errors;

    #[test]
    fn finished_errors_are_all_reported_in_one() {
        let mut errors = Errors::default();
        errors.add_at(proc_macro2::Span::call_site(), "first", "fix it");
        errors.add_at(proc_macro2::Span::call_site(), "second", "fix that");
        let reported = errors.finish().expect_err("two errors");
        assert_eq!(reported.into_iter().count(), 2);
        assert!(Errors::default().finish().is_ok());
    }

    #[test]
    #[should_panic(expected = "without reporting them")]
    fn errors_dropped_unreported_are_a_bug_caught_by_the_tests() {
        let mut errors = Errors::default();
        errors.add_at(proc_macro2::Span::call_site(), "lost", "never shown");
    }
}
