//! The syntax shared by every attribute: `#[name]`, or `#[name(arg, arg, ..)]` where an argument is a literal
//! (`"text"`), a flag (`required`), a key and value (`id = "x"`), or a nested list (`key(..)`).
//! What the arguments mean is decided in `parse`.
//!
//! The arguments are read by walking their tokens once, and a string literal's value is its text between the
//! quotes unless it holds an escape: the derive runs unoptimized inside the compiler, where syn's general
//! parser and character-by-character unescaping cost more than the rest of the derive's reading.

use proc_macro2::{Delimiter, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};
use syn::{Attribute, Ident, Meta};

/// A literal as written: a string (with its value), or any other literal (`12`, `'c'`, `true`, `-1`), kept only
/// to be pointed at.
pub(crate) struct Lit {
    tokens: Vec<TokenTree>,
    string: Option<String>,
}

impl Lit {
    fn from_literal(literal: Literal) -> Lit {
        let string = string_value(&literal);
        Lit { tokens: vec![literal.into()], string }
    }

    /// The value of a string literal; `None` for any other literal.
    pub fn string(&self) -> Option<&str> {
        self.string.as_deref()
    }

    pub fn span(&self) -> Span {
        self.tokens.first().map_or_else(Span::call_site, TokenTree::span)
    }
}

/// The value of a string literal (`"…"`, `r"…"`, `r#"…"#`, with or without a suffix), or `None` for another kind.
fn string_value(literal: &Literal) -> Option<String> {
    let repr = literal.to_string();
    if let Some(inner) = repr.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')) {
        if !inner.bytes().any(|b| b == b'\\' || b == b'\r') {
            return Some(inner.to_string());
        }
    } else if let Some(raw) = repr.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let inner = raw[hashes..].strip_prefix('"').and_then(|rest| rest.strip_suffix(&raw[..hashes]));
        if let Some(inner) = inner.and_then(|rest| rest.strip_suffix('"')) {
            return Some(inner.to_string());
        }
    }
    // Escapes, suffixes, byte and C strings: syn reads them.
    match syn::Lit::new(literal.clone()) {
        syn::Lit::Str(string) => Some(string.value()),
        _ => None,
    }
}

impl ToTokens for Lit {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append_all(self.tokens.iter().cloned());
    }
}

/// A value after `=`.
pub(crate) enum Value {
    Lit(Lit),
    Ident(Ident),
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Value::Lit(lit) => lit.to_tokens(tokens),
            Value::Ident(ident) => ident.to_tokens(tokens),
        }
    }
}

/// One argument of an attribute.
pub(crate) enum Arg {
    Lit(Lit),
    /// `"text" = "translation"`, in `#[translation(..)]`.
    Pair(Lit, Value),
    Flag(Ident),
    KeyValue(Ident, Value),
    List(Ident),
}

impl Arg {
    /// The key or flag name, if the argument has one.
    pub fn key(&self) -> Option<&Ident> {
        match self {
            Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key) => Some(key),
            Arg::Lit(_) | Arg::Pair(..) => None,
        }
    }

    pub fn span(&self) -> Span {
        match self {
            Arg::Lit(lit) | Arg::Pair(lit, _) => lit.span(),
            Arg::Flag(key) | Arg::KeyValue(key, _) | Arg::List(key) => key.span(),
        }
    }
}

/// The tokens of an argument list, with the invisible groups a `macro_rules!` expansion leaves around a
/// fragment (`$value:literal`) opened, as syn does.
fn flatten(stream: TokenStream, out: &mut Vec<TokenTree>) {
    for tree in stream {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => flatten(group.stream(), out),
            tree => out.push(tree),
        }
    }
}

struct Tokens {
    trees: Vec<TokenTree>,
    /// The next token's position.
    at: usize,
}

impl Tokens {
    fn peek(&self) -> Option<&TokenTree> {
        self.trees.get(self.at)
    }

    fn next(&mut self) -> Option<TokenTree> {
        let tree = self.trees.get(self.at).cloned();
        self.at += usize::from(tree.is_some());
        tree
    }

    fn next_is_punct(&self, c: char) -> bool {
        matches!(self.peek(), Some(TokenTree::Punct(p)) if p.as_char() == c)
    }

    /// An error at the next token, or after the last one.
    fn error(&self, message: &str) -> syn::Error {
        match self.peek() {
            Some(tree) => syn::Error::new(tree.span(), message),
            None => {
                let last = self.at.checked_sub(1).and_then(|at| self.trees.get(at));
                syn::Error::new(
                    last.map_or_else(Span::call_site, TokenTree::span),
                    format!("unexpected end of input, {message}"),
                )
            }
        }
    }

    /// A literal, with a leading `-` for a negative number; `true` and `false` are literals too.
    fn literal(&mut self) -> Option<Lit> {
        match (self.peek()?, self.trees.get(self.at + 1)) {
            (TokenTree::Literal(literal), _) => {
                let lit = Lit::from_literal(literal.clone());
                self.at += 1;
                Some(lit)
            }
            (TokenTree::Ident(ident), _) if ident == "true" || ident == "false" => {
                Some(Lit { tokens: self.next().into_iter().collect(), string: None })
            }
            (TokenTree::Punct(minus), Some(TokenTree::Literal(_))) if minus.as_char() == '-' => {
                Some(Lit { tokens: [self.next(), self.next()].into_iter().flatten().collect(), string: None })
            }
            _ => None,
        }
    }

    fn ident(&mut self) -> Option<Ident> {
        match self.peek()? {
            TokenTree::Ident(ident) => {
                let ident = ident.clone();
                self.at += 1;
                Some(ident)
            }
            _ => None,
        }
    }

    fn value(&mut self) -> syn::Result<Value> {
        if let Some(lit) = self.literal() {
            Ok(Value::Lit(lit))
        } else if let Some(ident) = self.ident() {
            Ok(Value::Ident(ident))
        } else {
            Err(self.error("expected a value: a string literal such as `\"...\"`"))
        }
    }

    fn arg(&mut self) -> syn::Result<Arg> {
        if let Some(lit) = self.literal() {
            if self.next_is_punct('=') {
                self.next();
                return Ok(Arg::Pair(lit, self.value()?));
            }
            return Ok(Arg::Lit(lit));
        }
        let Some(key) = self.ident() else {
            return Err(self.error("expected a string literal such as `\"...\"`, or a key such as `id = \"...\"`"));
        };
        if self.next_is_punct('=') {
            self.next();
            Ok(Arg::KeyValue(key, self.value()?))
        } else if matches!(self.peek(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis) {
            self.next();
            Ok(Arg::List(key))
        } else {
            Ok(Arg::Flag(key))
        }
    }
}

/// `arg, arg, ..`, a trailing comma allowed.
fn parse_args(stream: TokenStream) -> syn::Result<Vec<Arg>> {
    let mut trees = Vec::new();
    flatten(stream, &mut trees);
    let mut tokens = Tokens { trees, at: 0 };
    let mut args = Vec::new();
    while tokens.peek().is_some() {
        args.push(tokens.arg()?);
        if tokens.peek().is_none() {
            break;
        }
        if !tokens.next_is_punct(',') {
            return Err(tokens.error("expected `,`"));
        }
        tokens.next();
    }
    Ok(args)
}

/// The arguments of `attr`, or a syntax error that says how the attribute is written.
pub(crate) fn of(attr: &Attribute, name: &str) -> syn::Result<Vec<Arg>> {
    match &attr.meta {
        Meta::Path(_) => Ok(Vec::new()),
        Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_)) => parse_args(list.tokens.clone()),
        Meta::List(_) => Err(syn::Error::new_spanned(
            attr,
            format!("`#[{name}]` takes its arguments in parentheses\n= help: write `#[{name}(...)]`"),
        )),
        Meta::NameValue(_) => Err(syn::Error::new_spanned(
            attr,
            format!("`#[{name} = ...]` is not how this attribute is written\n= help: write `#[{name}(\"...\")]`"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    use super::{Arg, Value, parse_args};

    fn args(source: &str) -> syn::Result<Vec<Arg>> {
        parse_args(TokenStream::from_str(source).unwrap())
    }

    fn strings(source: &str) -> Vec<Option<String>> {
        args(source)
            .unwrap()
            .iter()
            .map(|arg| match arg {
                Arg::Lit(lit) | Arg::KeyValue(_, Value::Lit(lit)) => lit.string().map(str::to_string),
                _ => None,
            })
            .collect()
    }

    /// Strings read the same as syn reads them, escaped, raw or plain; other literals are not strings.
    #[test]
    fn string_values_are_syn_s() {
        let source =
            r####""plain é", "a\"b\\c\n\u{e9}", r"raw\n", r#"raw "quoted""#, id = "x", 12, 'c', true, -1, b"bytes""####;
        assert_eq!(
            strings(source),
            [
                Some("plain é".to_string()),
                Some("a\"b\\c\n\u{e9}".to_string()),
                Some("raw\\n".to_string()),
                Some("raw \"quoted\"".to_string()),
                Some("x".to_string()),
                None,
                None,
                None,
                None,
                None,
            ]
        );
    }

    #[test]
    fn each_kind_of_argument_is_read() {
        let read = args(r#""text" = "translation", flag, key = value, list(a, b),"#).unwrap();
        assert!(matches!(&read[0], Arg::Pair(lit, Value::Lit(_)) if lit.string() == Some("text")));
        assert!(matches!(&read[1], Arg::Flag(key) if key == "flag"));
        assert!(matches!(&read[2], Arg::KeyValue(key, Value::Ident(value)) if key == "key" && value == "value"));
        assert!(matches!(&read[3], Arg::List(key) if key == "list"));
        assert_eq!(read.len(), 4);
    }

    /// The messages syn gave for the same mistakes.
    #[test]
    fn syntax_errors_say_what_was_expected() {
        let message = |source: &str| args(source).err().map(|e| e.to_string());
        assert_eq!(message(r#""a" "b""#).as_deref(), Some("expected `,`"));
        assert_eq!(message("a::b").as_deref(), Some("expected `,`"));
        assert_eq!(
            message("key =").as_deref(),
            Some("unexpected end of input, expected a value: a string literal such as `\"...\"`")
        );
        assert_eq!(
            message("+").as_deref(),
            Some("expected a string literal such as `\"...\"`, or a key such as `id = \"...\"`")
        );
    }
}
