//! Every problem of a form, reported together in one compile (serde's accumulator, `syn::Error::combine`).

use proc_macro2::Span;
use quote::ToTokens;
use std::fmt::Display;

/// The errors found so far.
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<syn::Error>,
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

    /// How many errors so far: a phase compares counts to know whether reading an attribute failed.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// All errors as one, or `Ok` if there were none.
    pub fn finish(self) -> Result<(), syn::Error> {
        let mut list = self.list.into_iter();
        match list.next() {
            None => Ok(()),
            Some(mut first) => {
                first.extend(list);
                Err(first)
            }
        }
    }
}
