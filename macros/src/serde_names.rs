//! What `#[serde(..)]` says about a field: the name it is submitted under (`rename`, `rename_all`), whether
//! it is read at all (`skip`), and whether a custom default could pre-tick a box (`default = ".."`).
//! serde reports its own attribute errors; this reader ignores what it does not understand.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Field, LitStr, Token};

/// What the `serde` attributes of a field say.
#[derive(Default)]
pub(crate) struct SerdeField {
    pub rename: Option<String>,
    pub skipped: bool,
    pub default_fn: Option<Span>,
    /// `deserialize_with = ".."` or `with = ".."`: a function, not the box, decides what is read.
    pub deserialize_with: Option<Span>,
    /// Rocket's `#[field(default = ..)]` or `default_with`: Rocket fills an absent box with it.
    pub rocket_default: Option<Span>,
}

/// Skips the value or nested list of a key this reader does not use.
fn skip(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        let value = meta.value()?;
        while !value.is_empty() && !value.peek(Token![,]) {
            value.parse::<TokenTree>()?;
        }
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        content.parse::<TokenStream>()?;
    }
    Ok(())
}

/// `key = "value"` or `key(deserialize = "value")`: the name used when deserializing.
fn deserialize_name(meta: &ParseNestedMeta) -> syn::Result<Option<String>> {
    if meta.input.peek(Token![=]) {
        return Ok(Some(meta.value()?.parse::<LitStr>()?.value()));
    }
    let mut name = None;
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident("deserialize") {
            name = Some(inner.value()?.parse::<LitStr>()?.value());
            Ok(())
        } else {
            skip(&inner)
        }
    })?;
    Ok(name)
}

fn serde_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("serde"))
}

/// The container's `rename_all` rule for deserialization, if any.
pub(crate) fn rename_all(attrs: &[Attribute]) -> Option<String> {
    let mut rule = None;
    for attr in serde_attrs(attrs) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                rule = deserialize_name(&meta)?.or(rule.take());
                Ok(())
            } else {
                skip(&meta)
            }
        });
    }
    rule
}

/// Where the container says `#[serde(default)]` (or `default = ".."`): every missing field, a box included, is
/// then filled from the struct's `Default`, which the person never sees.
pub(crate) fn container_default(attrs: &[Attribute]) -> Option<Span> {
    let mut found = None;
    for attr in serde_attrs(attrs) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                found = Some(meta.path.get_ident().map_or_else(Span::call_site, |i| i.span()));
            }
            skip(&meta)
        });
    }
    found
}

/// What the field's `serde` attributes say; Rocket's `#[field(name = "..")]` renames it the same way, for a
/// form that derives Rocket's `FromForm`.
pub(crate) fn field(field: &Field) -> SerdeField {
    let mut out = SerdeField::default();
    for attr in field.attrs.iter().filter(|attr| attr.path().is_ident("field")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("name") && meta.input.peek(Token![=]) {
                if let Ok(name) = meta.value()?.parse::<LitStr>() {
                    out.rename = Some(name.value());
                }
                return Ok(());
            }
            if meta.path.is_ident("default") || meta.path.is_ident("default_with") {
                out.rocket_default = Some(meta.path.get_ident().map_or_else(Span::call_site, |i| i.span()));
            }
            skip(&meta)
        });
    }
    for attr in serde_attrs(&field.attrs) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                out.rename = deserialize_name(&meta)?.or(out.rename.take());
                Ok(())
            } else if meta.path.is_ident("skip") || meta.path.is_ident("skip_deserializing") {
                out.skipped = true;
                Ok(())
            } else if meta.path.is_ident("deserialize_with") || meta.path.is_ident("with") {
                out.deserialize_with = Some(meta.path.get_ident().map_or_else(Span::call_site, |i| i.span()));
                skip(&meta)
            } else if meta.path.is_ident("default") && meta.input.peek(Token![=]) {
                out.default_fn = Some(meta.path.get_ident().map_or_else(Span::call_site, |i| i.span()));
                skip(&meta)
            } else {
                skip(&meta)
            }
        });
    }
    out
}

/// Splits a snake_case field name into its words.
fn words(field: &str) -> impl Iterator<Item = &str> {
    field.split('_').filter(|word| !word.is_empty())
}

/// The word with its first letter upper-cased as serde does it: ASCII only (`é_x` stays `éX` in PascalCase).
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| std::iter::once(first.to_ascii_uppercase()).chain(chars).collect()).unwrap_or_default()
}

/// Applies a serde `rename_all` rule to a field name, as serde does; an unknown rule leaves it unchanged
/// (serde reports it).
pub(crate) fn apply_rename_all(rule: &str, field: &str) -> String {
    match rule {
        "lowercase" | "snake_case" => field.to_string(),
        "UPPERCASE" | "SCREAMING_SNAKE_CASE" => field.to_ascii_uppercase(),
        "PascalCase" => words(field).map(capitalized).collect(),
        "camelCase" => {
            let pascal: String = words(field).map(capitalized).collect();
            let mut chars = pascal.chars();
            chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
        }
        "kebab-case" => field.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => field.to_ascii_uppercase().replace('_', "-"),
        _ => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::apply_rename_all;

    #[test]
    fn rename_all_rules_match_serde() {
        let field = "no_partner_use";
        assert_eq!(apply_rename_all("lowercase", field), "no_partner_use");
        assert_eq!(apply_rename_all("UPPERCASE", field), "NO_PARTNER_USE");
        assert_eq!(apply_rename_all("PascalCase", field), "NoPartnerUse");
        assert_eq!(apply_rename_all("camelCase", field), "noPartnerUse");
        assert_eq!(apply_rename_all("snake_case", field), "no_partner_use");
        assert_eq!(apply_rename_all("SCREAMING_SNAKE_CASE", field), "NO_PARTNER_USE");
        assert_eq!(apply_rename_all("kebab-case", field), "no-partner-use");
        assert_eq!(apply_rename_all("SCREAMING-KEBAB-CASE", field), "NO-PARTNER-USE");
        assert_eq!(apply_rename_all("unknown", field), "no_partner_use");
    }
}
