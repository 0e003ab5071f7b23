//! What the rules read of a field's type.

use quote::ToTokens;
use syn::Type;

/// The written form of a type, without the spaces `quote` puts around punctuation.
pub(crate) fn type_name(ty: &Type) -> String {
    let spaced = ty.to_token_stream().to_string();
    let mut out = String::with_capacity(spaced.len());
    for part in spaced.split(' ') {
        let glue = matches!(part, "<" | ">" | "::" | "," | ")" | "(" | "&" | "[" | "]")
            || out.ends_with(['<', ':', '(', '&', '[']);
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(part);
    }
    out.replace(',', ", ")
}

/// Whether the type is written `Checkbox` (with any path before it and no generic arguments).
pub(crate) fn is_box_type(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|last| last.ident == "Checkbox" && last.arguments.is_empty())
}

/// The last segment of a type's path (`Checkbox` of `privacy_notice::Checkbox`), through groups and parentheses.
pub(crate) fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        Type::Group(group) => last_segment(&group.elem),
        Type::Paren(paren) => last_segment(&paren.elem),
        _ => None,
    }
}
