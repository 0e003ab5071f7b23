//! The derive input, read by walking its tokens once: the attributes the derive reads (its own, `serde`,
//! Rocket's `field`), the struct's name and its fields' names and attributes. A field's type is kept as its
//! tokens (`syn::Type::Verbatim`) and parsed only where a rule looks at it (`typed`). Anything else — an enum, a
//! tuple struct, generics, a `where` clause, an attribute of another shape — is left to syn's full parser, so
//! that every error reads as before.
//!
//! serde parses the same input too, and the derive runs unoptimized inside the compiler: skipping doc comments,
//! other attributes and types saves most of what parsing the input cost.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::{
    AttrStyle, Attribute, Data, DataStruct, DeriveInput, Field, FieldModifiers, Fields, FieldsNamed, Generics,
    MacroDelimiter, Meta, MetaList, Path, Type, Visibility,
};

use crate::attr_kind::{FieldAttr, StructAttr};

/// The input as syn would read it, for what the derive looks at.
pub(crate) fn read(tokens: TokenStream) -> syn::Result<DeriveInput> {
    match walk(&tokens) {
        Some(input) => Ok(input),
        None => syn::parse2(tokens),
    }
}

/// Whether the derive reads an attribute called `name`.
fn is_read(name: &Ident) -> bool {
    let name = name.to_string();
    matches!(name.as_str(), "serde" | "field")
        || StructAttr::from_name(&name).is_some()
        || FieldAttr::from_name(&name).is_some()
}

/// The tokens of a struct with named fields, or `None` for any other shape.
fn walk(tokens: &TokenStream) -> Option<DeriveInput> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut at = 0;
    let attrs = attributes(&trees, &mut at)?;
    visibility(&trees, &mut at);
    let struct_token = match trees.get(at)? {
        TokenTree::Ident(keyword) if keyword == "struct" => syn::token::Struct(keyword.span()),
        _ => return None,
    };
    let ident = match trees.get(at + 1)? {
        TokenTree::Ident(ident) => ident.clone(),
        _ => return None,
    };
    let body = match trees.get(at + 2)? {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace && trees.len() == at + 3 => group,
        _ => return None,
    };
    let fields = FieldsNamed { brace_token: syn::token::Brace(body.delim_span()), named: fields(body)? };
    Some(DeriveInput {
        attrs,
        vis: Visibility::Inherited,
        ident,
        generics: Generics::default(),
        data: Data::Struct(DataStruct { struct_token, fields: Fields::Named(fields), semi_token: None }),
    })
}

/// `#[..]` attributes from `at`: those the derive reads, built without parsing when they are `#[name]` or
/// `#[name(..)]`, parsed by syn otherwise.
fn attributes(trees: &[TokenTree], at: &mut usize) -> Option<Vec<Attribute>> {
    let mut attrs = Vec::new();
    while let (Some(TokenTree::Punct(pound)), Some(TokenTree::Group(bracket))) = (trees.get(*at), trees.get(*at + 1)) {
        if pound.as_char() != '#' || bracket.delimiter() != Delimiter::Bracket {
            return None;
        }
        *at += 2;
        // Only the name is read of an attribute the derive skips (a doc comment, another derive's).
        let mut inner = bracket.stream().into_iter();
        let Some(TokenTree::Ident(name)) = inner.next() else { continue };
        if !is_read(&name) {
            continue;
        }
        let rest: Vec<TokenTree> = inner.collect();
        let meta = match rest.as_slice() {
            [] => Some(Meta::Path(Path::from(name.clone()))),
            [TokenTree::Group(list)] if list.delimiter() == Delimiter::Parenthesis => Some(Meta::List(MetaList {
                path: Path::from(name.clone()),
                delimiter: MacroDelimiter::Paren(syn::token::Paren(list.delim_span())),
                tokens: list.stream(),
            })),
            _ => None,
        };
        match meta {
            Some(meta) => attrs.push(Attribute {
                pound_token: syn::token::Pound(pound.span()),
                style: AttrStyle::Outer,
                bracket_token: syn::token::Bracket(bracket.delim_span()),
                meta,
            }),
            None => {
                let written: TokenStream =
                    [TokenTree::Punct(pound.clone()), TokenTree::Group(bracket.clone())].into_iter().collect();
                attrs.extend(syn::parse::Parser::parse2(Attribute::parse_outer, written).ok()?);
            }
        }
    }
    Some(attrs)
}

/// `pub`, `pub(crate)`, `pub(in path)`: skipped, the derive never repeats a visibility.
fn visibility(trees: &[TokenTree], at: &mut usize) {
    if matches!(trees.get(*at), Some(TokenTree::Ident(ident)) if ident == "pub") {
        *at += 1;
        if matches!(trees.get(*at), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis) {
            *at += 1;
        }
    }
}

/// `attrs vis name: Type, ..`, a type running to the next `,` outside angle brackets.
fn fields(body: &Group) -> Option<Punctuated<Field, syn::token::Comma>> {
    let trees: Vec<TokenTree> = body.stream().into_iter().collect();
    let mut named = Punctuated::new();
    let mut at = 0;
    while at < trees.len() {
        let attrs = attributes(&trees, &mut at)?;
        visibility(&trees, &mut at);
        let ident = match trees.get(at)? {
            TokenTree::Ident(ident) => ident.clone(),
            _ => return None,
        };
        let colon = match trees.get(at + 1)? {
            TokenTree::Punct(colon) if colon.as_char() == ':' && colon.spacing() == Spacing::Alone => colon.span(),
            _ => return None,
        };
        at += 2;
        let start = at;
        let mut depth = 0usize;
        let mut previous: Option<&Punct> = None;
        while let Some(tree) = trees.get(at) {
            if let TokenTree::Punct(punct) = tree {
                match punct.as_char() {
                    ',' if depth == 0 => break,
                    // A default value (`field: u8 = 5`) is syn's to read.
                    '=' if depth == 0 => return None,
                    '<' => depth += 1,
                    // The `>` of `->` closes nothing.
                    '>' if !previous.is_some_and(|p| p.as_char() == '-' && p.spacing() == Spacing::Joint) => {
                        depth = depth.checked_sub(1)?;
                    }
                    _ => {}
                }
                previous = Some(punct);
            } else {
                previous = None;
            }
            at += 1;
        }
        if at == start || depth != 0 {
            return None;
        }
        let ty: TokenStream = trees[start..at].iter().cloned().collect();
        named.push(Field {
            attrs,
            vis: Visibility::Inherited,
            modifiers: FieldModifiers::default(),
            ident: Some(ident),
            colon_token: Some(syn::token::Colon(colon)),
            ty: Type::Verbatim(ty),
            default: None,
        });
        // The comma, if any.
        at += 1;
    }
    Some(named)
}

/// The field's type as syn reads it, where a rule looks at it: a box's type, a required field's, one that may be
/// the form's `NoticeVersion` or a `Checkbox` without `#[consent]`. Other types stay as their tokens.
pub(crate) fn typed(field: &Field) -> Type {
    let Type::Verbatim(tokens) = &field.ty else { return field.ty.clone() };
    // `#[personal_data(required, ..)]`: the flag is a word among the attribute's arguments.
    let required = |attr: &syn::Attribute| match &attr.meta {
        syn::Meta::List(list) => {
            list.tokens.clone().into_iter().any(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "required"))
        }
        _ => false,
    };
    let looked_at = field
        .attrs
        .iter()
        .any(|attr| attr.path().is_ident("consent") || attr.path().is_ident("personal_data") && required(attr))
        || tokens
            .clone()
            .into_iter()
            .any(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "NoticeVersion" || ident == "Checkbox"));
    if looked_at { syn::parse2(tokens.clone()).unwrap_or_else(|_| field.ty.clone()) } else { field.ty.clone() }
}

/// Where the field's type is written, as syn's `Spanned` says (its first token joined to its last where the
/// compiler can join spans), read from the tokens the walk kept rather than printed from a parsed type.
pub(crate) fn type_span(ty: &Type) -> proc_macro2::Span {
    match ty {
        Type::Verbatim(tokens) => {
            let mut trees = tokens.clone().into_iter();
            let first = trees.next().map_or_else(proc_macro2::Span::call_site, |tree| tree.span());
            trees.last().and_then(|last| first.join(last.span())).unwrap_or(first)
        }
        ty => syn::spanned::Spanned::span(ty),
    }
}

/// The input as the tokens it was read from, for tests that compare both readings.
#[cfg(test)]
pub(crate) fn walked(tokens: &TokenStream) -> Option<DeriveInput> {
    walk(tokens)
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use proc_macro2::TokenStream;

    /// Every shape the walk does not read is left to syn: enums, tuple and unit structs, generics, `where`.
    #[test]
    fn other_shapes_are_left_to_syn() {
        for source in [
            "enum E { A }",
            "struct S(u8);",
            "struct S;",
            "struct S<T> { t: T }",
            "struct S where u8: Copy { a: u8 }",
            "union U { a: u8 }",
            "struct S { a }",
            "struct S { a: }",
            "struct S { a: Vec<u8 }",
        ] {
            assert!(super::walk(&TokenStream::from_str(source).unwrap()).is_none(), "{source}");
        }
    }

    /// The fields and the attributes the derive reads, with syn's types where they are looked at.
    #[test]
    fn a_form_is_read_with_its_fields_and_attributes() {
        let source = r#"
            /// A form.
            #[derive(Debug)]
            #[purpose("x")]
            #[serde(rename_all = "camelCase")]
            pub(crate) struct Form {
                /// The address.
                #[personal_data(required)]
                pub email: Option<String>,
                callback: fn(u8) -> Vec<u8>,
                #[consent(news)]
                news: privacy_notice::Checkbox,
                map: std::collections::HashMap<String, Vec<(u8, u8)>>,
            }
        "#;
        let input = super::walk(&TokenStream::from_str(source).unwrap()).expect("read");
        let names: Vec<String> = input.attrs.iter().map(|a| a.path().get_ident().unwrap().to_string()).collect();
        assert_eq!(names, ["purpose", "serde"]);
        let syn::Data::Struct(data) = &input.data else { panic!() };
        let fields: Vec<(String, String)> = data
            .fields
            .iter()
            .map(|f| {
                (f.ident.as_ref().unwrap().to_string(), quote::ToTokens::to_token_stream(&super::typed(f)).to_string())
            })
            .collect();
        assert_eq!(
            fields,
            [
                ("email".to_string(), "Option < String >".to_string()),
                ("callback".to_string(), "fn (u8) -> Vec < u8 >".to_string()),
                ("news".to_string(), "privacy_notice :: Checkbox".to_string()),
                ("map".to_string(), "std :: collections :: HashMap < String , Vec < (u8 , u8) >>".to_string()),
            ]
        );
        assert!(matches!(super::typed(&data.fields.iter().next().unwrap().clone()), syn::Type::Path(_)));
        assert!(matches!(data.fields.iter().nth(1).unwrap().ty, syn::Type::Verbatim(_)), "an unread type stays tokens");
    }
}
