//! The syntax shared by every attribute: `#[name]`, or `#[name(arg, arg, ..)]` where an argument is a literal
//! (`"text"`), a flag (`required`), a key and value (`id = "x"`), or a nested list (`key(..)`).
//! What the arguments mean is decided in `parse.rs`.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, Lit, Meta, Token};

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

fn parse_value(input: ParseStream) -> syn::Result<Value> {
    if input.peek(Lit) {
        input.parse().map(Value::Lit)
    } else if input.peek(Ident::peek_any) {
        Ident::parse_any(input).map(Value::Ident)
    } else {
        Err(input.error("expected a value: a string literal such as `\"...\"`"))
    }
}

fn parse_arg(input: ParseStream) -> syn::Result<Arg> {
    if input.peek(Lit) {
        let lit: Lit = input.parse()?;
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            return Ok(Arg::Pair(lit, parse_value(input)?));
        }
        return Ok(Arg::Lit(lit));
    }
    if !input.peek(Ident::peek_any) {
        return Err(input.error("expected a string literal such as `\"...\"`, or a key such as `id = \"...\"`"));
    }
    let key = Ident::parse_any(input)?;
    if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        Ok(Arg::KeyValue(key, parse_value(input)?))
    } else if input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        content.parse::<TokenStream>()?;
        Ok(Arg::List(key))
    } else {
        Ok(Arg::Flag(key))
    }
}

fn parse_args(input: ParseStream) -> syn::Result<Vec<Arg>> {
    let mut args = Vec::new();
    while !input.is_empty() {
        args.push(parse_arg(input)?);
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(args)
}

/// The arguments of `attr`, or a syntax error that says how the attribute is written.
pub(crate) fn of(attr: &Attribute, name: &str) -> syn::Result<Vec<Arg>> {
    match &attr.meta {
        Meta::Path(_) => Ok(Vec::new()),
        Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_)) => {
            parse_args.parse2(list.tokens.clone())
        }
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
