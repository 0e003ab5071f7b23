//! Fuzzing the derive: generated declarations of every shape. Whatever it is given, the derive never panics,
//! and answers with code or with errors that point into the input and follow one format.
//!
//! `cargo test -p privacy-notice-macros fuzz` runs 10,000 cases from a fixed seed (reproducible in CI), and the
//! expansion fuzzing of `fuzz_expand`;
//! `PROPTEST_CASES=1000000` runs more, and `FUZZ_RANDOM=1` draws a new seed each run.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::TokenStream;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Attribute names: ours, and others the derive must leave alone or misspelled ones.
fn attribute_names() -> Vec<&'static str> {
    let ours = crate::attr_kind::StructAttr::ALL
        .map(|attr| attr.name())
        .into_iter()
        .chain(crate::attr_kind::FieldAttr::ALL.map(|attr| attr.name()));
    ours.chain(["serde", "doc", "purpse", "allow"]).collect()
}

/// Keys: every key any attribute takes, flags, and nonsense.
const KEYS: &[&str] = &[
    "law",
    "lang",
    "id",
    "basis",
    "interest",
    "retention",
    "name",
    "address",
    "contact",
    "outside_eu",
    "partners",
    "caller",
    "country",
    "safeguard",
    "copy",
    "adequacy",
    "decision",
    "logic",
    "consequences",
    "categories",
    "public",
    "reason",
    "consequence",
    "required",
    "label",
    "policy",
    "historical",
    "audience",
    "marketing",
    "sale",
    "special",
    "art9",
    "purpose",
    "kind",
    "subjects",
    "data_use",
    "category",
    "none",
    "secrecy",
    "dpf",
    "authority",
    "sector",
    "arrangement",
    "allow",
    "recorded",
    "rename",
    "rename_all",
    "default",
    "skip",
    "checked",
    "r#type",
    "deserialize",
    "bassis",
    "x",
];

/// Values: valid codes, ids, empty and huge strings, escapes, other literal kinds, identifiers.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => prop::sample::select(vec![
            "\"gdpr\"", "\"lil2004\"", "\"fr\"", "\"en\"", "\"consent\"", "\"contract\"", "\"legitimate_interests\"",
            "\"newsletter\"", "\"partner_optout\"", "\"camelCase\"", "\"\"", "\"  \"", "\"\\u{0}\\n\\t\\\\\"",
            "\"\\u{10FFFF}\\x7f\"", "r#\"raw \"quoted\"\"#", "b\"\\xff\\xfe\"", "'c'", "42", "-1", "1.5e10", "true",
            "gdpr", "consent", "Some(x)", "\"https://a.fr\"", "\"a@b.fr\"", "\"minors\"", "\"professionals\"",
            "\"email\"", "\"post\"", "\"health\"", "\"explicit_consent\"", "\"phone\"", "\"US\"", "\"DE\"",
            "\"XX\"", "\"sans limitation de durée\"", "\"javascript:alert(1)\"", "\"/privacy\"",
            "\"customer\"", "\"child, prospect\"", "\"employee\"", "\"essential.service\"",
            "\"marketing.communications.email\"", "\"marketing.communications.phone\"", "\"user.contact.email\"",
            "\"user.health_and_medical\"", "\"user.biometric.fingerprint\"", "\"marketing.\"", "\"user..email\"",
            "\"standard_contractual_clauses\"", "\"USA\"", "\"États-Unis\"", "\"energy_renovation\"",
            "\"de\"", "\"pl\"", "\"pt\"", "\"sv\"", "\"DE\"", "\"PL\"", "\"Vereinigte Staaten\"", "\"Werbung per E-Mail\"",
            "\"solange erforderlich\"", "\"fino alla revoca del consenso\"", "\"similar_offers_optout\"",
        ])
        .prop_map(str::to_string),
        6 => "[a-zé <>&*_\\[\\]`#-]{0,12}".prop_map(|s| format!("{s:?}")),
        1 => (1usize..4).prop_map(|n| format!("{:?}", "x".repeat(n * 20_000))),
    ]
}

/// One argument: a literal, a flag, a key and value, a text pair, or a nested list.
fn argument() -> impl Strategy<Value = String> {
    let key = prop::sample::select(KEYS);
    prop_oneof![
        value(),
        key.prop_map(str::to_string),
        (prop::sample::select(KEYS), value()).prop_map(|(k, v)| format!("{k} = {v}")),
        (value(), value()).prop_map(|(a, b)| format!("{a} = {b}")),
        (prop::sample::select(KEYS), prop::collection::vec(value(), 0..3))
            .prop_map(|(k, vs)| format!("{k}({})", vs.join(", "))),
    ]
}

/// One attribute, in any of the forms attributes are written.
fn attribute() -> impl Strategy<Value = String> {
    (prop::sample::select(attribute_names()), prop::collection::vec(argument(), 0..5), 0..6usize).prop_map(
        |(name, args, form)| match form {
            0 => format!("#[{name}]"),
            1 => format!("#[{name} = {}]", args.first().cloned().unwrap_or_else(|| "\"x\"".into())),
            2 => format!("#[{name}[{}]]", args.join(", ")),
            3 => format!("#[{name}({},)]", args.join(", ")),
            _ => format!("#[{name}({})]", args.join(", ")),
        },
    )
}

fn field() -> impl Strategy<Value = String> {
    let ty = prop::sample::select(vec![
        "Checkbox",
        "privacy_notice::Checkbox",
        "bool",
        "String",
        "Option<bool>",
        "T",
        "&'a str",
        "[bool; 2]",
        "fn() -> bool",
        "(bool)",
        "Vec<Checkbox>",
    ]);
    let name = prop::sample::select(vec!["email", "r#type", "no_partner_use", "newsletter", "é", "x"]);
    (prop::collection::vec(attribute(), 0..3), name, ty)
        .prop_map(|(attrs, name, ty)| format!("{} {name}: {ty}", attrs.join(" ")))
}

/// A whole item: attributes, then a struct (named, tuple, unit), an enum or a union, maybe generic.
fn declaration() -> impl Strategy<Value = String> {
    let generics = prop::sample::select(vec!["", "<T>", "<'a, T: Clone>", "<const N: usize>"]);
    (prop::collection::vec(attribute(), 0..10), prop::collection::vec(field(), 0..5), generics, 0..5usize).prop_map(
        |(attrs, fields, generics, shape)| {
            let attrs = attrs.join("\n");
            let fields = fields.join(",\n");
            match shape {
                0 => format!("{attrs} enum Form{generics} {{ A, B(u8) }}"),
                1 => format!("{attrs} union Form{generics} {{ a: u8 }}"),
                2 => format!("{attrs} struct Form{generics}(bool);"),
                3 => format!("{attrs} struct Form;"),
                _ => format!("{attrs} struct Form{generics} {{ {fields} }}"),
            }
        },
    )
}

/// Runs the derive on one declaration and checks what it answers.
fn check_declaration(source: &str) -> Result<(), TestCaseError> {
    // A leading line break puts every real location at byte 1 or later: only a call-site span is at 0.
    let source = format!("\n{source}");
    let Ok(tokens) = TokenStream::from_str(&source) else { return Ok(()) };
    let Ok(input) = syn::parse2::<syn::DeriveInput>(tokens.clone()) else { return Ok(()) };
    let outcome = catch_unwind(AssertUnwindSafe(|| crate::analyse(&input)));
    let outcome = outcome.map_err(|_| TestCaseError::fail(format!("the derive panicked on:\n{source}")))?;
    prop_assert!(catch_unwind(AssertUnwindSafe(|| crate::derive(tokens))).is_ok(), "panic in derive");
    if let Err(errors) = outcome {
        for error in errors {
            let span = error.span();
            let located = span.start().line >= 1 && span.byte_range().start > 0;
            prop_assert!(located, "an error without a location: {error}\nin:\n{source}");
            let message = error.to_string();
            prop_assert!(message.contains('`'), "no attribute named in backticks: {message}");
            prop_assert!(message.contains("\n= help: "), "no help: {message}");
        }
    }
    Ok(())
}

#[test]
fn fuzz_generated_declarations() {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = if std::env::var_os("FUZZ_RANDOM").is_some() {
        TestRunner::new(config)
    } else {
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
    };
    if let Err(failure) = runner.run(&declaration(), |source| check_declaration(&source)) {
        panic!("{failure}");
    }
}
