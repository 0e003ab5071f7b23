//! Fuzzing the expansion: lawful forms, mutated — any string literal replaced by any text, an attribute or a
//! field dropped, a field renamed — so that a large share still expands, and the code generation itself is
//! exercised with hostile strings. Every expansion must parse as Rust items and hold no `compile_error!`; a
//! sample is compiled for real against the runtime.
//!
//! `cargo test -p privacy-notice-macros fuzz_expand -- --nocapture` prints how many declarations expanded.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::{Group, Ident, Literal, Span, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// Lawful forms to start from: every attribute at once, the 2004 regime, a small GDPR form.
const LAWFUL: [&str; 3] = [
    crate::robustness::RICH,
    r#"
    #[notice(law = "lil2004", lang = "fr", historical)]
    #[purpose("la gestion de vos commandes")]
    #[recipients("notre service commercial", "nos transporteurs")]
    #[rights_contact("Service clientèle, 12 rue de la Paix, 75002 Paris")]
    #[partner_optout]
    #[partner_email_optin]
    #[similar_offers_optout]
    struct OrderForm {
        email: String,
        #[consent(partner_optout)]
        no_partner_use: Checkbox,
        #[consent(partner_email_optin)]
        partner_offers: Checkbox,
        #[consent(similar_offers_optout)]
        no_similar_offers: Checkbox,
    }
    "#,
    r#"
    #[notice(policy = "/privacy", subjects = "prospect")]
    #[controller(name = "Éditions du Canal", address = "4 quai des Chartrons, Bordeaux", contact = "dpo@canal.fr", country = "FR")]
    #[purpose("l’envoi de la lettre d’information", id = "newsletter", data_use = "marketing.communications.email", basis = "consent", retention = "3 ans")]
    #[recipients("notre routeur")]
    #[rights_contact("dpo@canal.fr")]
    #[withdrawal("le lien de désinscription de chaque lettre")]
    struct OrderForm {
        #[personal_data(category = "user.contact.email", label = "adresse e-mail", purpose = "newsletter")]
        email: String,
        #[consent(newsletter)]
        newsletter: Checkbox,
        notice_version: NoticeVersion,
    }
    "#,
];

/// One mutation of a lawful form.
#[derive(Clone, Debug)]
enum Mutation {
    /// The `n`-th distinct string (modulo their number) becomes `text`, wherever it is written (a text and its
    /// translation's key stay paired).
    Text(usize, String),
    /// The `n`-th attribute of the struct (modulo their number) is dropped.
    DropAttribute(usize),
    /// The `n`-th field (modulo their number) is dropped.
    DropField(usize),
    /// The `n`-th field is renamed.
    RenameField(usize, String),
}

/// Text of any kind, and text rich in what Rust, HTML and Markdown treat specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Zéèàç0-9 ,.'’«»\"\\\\{}#<>&*_\\[\\]()!|`~:/@\\-]{1,60}",
        1 => any::<String>(),
        1 => Just("\"#; compile_error!(\"injected\"); r#\"".to_string()),
        1 => Just("}} {{0}} {:?} \\u{0} \\n".to_string()),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        6 => (any::<usize>(), text()).prop_map(|(n, t)| Mutation::Text(n, t)),
        1 => any::<usize>().prop_map(Mutation::DropAttribute),
        1 => any::<usize>().prop_map(Mutation::DropField),
        1 => (any::<usize>(), "[a-z_][a-z0-9_]{0,12}").prop_map(|(n, name)| Mutation::RenameField(n, name)),
    ]
}

/// A lawful form and one or two mutations of it.
fn mutated_form() -> impl Strategy<Value = (usize, Vec<Mutation>)> {
    (0..LAWFUL.len(), prop::collection::vec(mutation(), 1..=2))
}

/// The stream with every string literal passed through `edit`, depth first, counting from `counter`.
fn edit_strings(stream: TokenStream, counter: &mut usize, edit: &dyn Fn(usize, &Literal) -> Literal) -> TokenStream {
    stream
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => {
                let mut rebuilt = Group::new(group.delimiter(), edit_strings(group.stream(), counter, edit));
                rebuilt.set_span(group.span());
                TokenTree::Group(rebuilt)
            }
            TokenTree::Literal(literal) if literal.to_string().starts_with('"') => {
                *counter += 1;
                TokenTree::Literal(edit(*counter - 1, &literal))
            }
            other => other,
        })
        .collect()
}

/// The struct's outer attributes (`#` then `[..]`) and its body's fields, split on top-level commas.
fn apply(source: &str, mutation: &Mutation) -> TokenStream {
    let tokens: Vec<TokenTree> = TokenStream::from_str(source).expect("a lawful form lexes").into_iter().collect();
    match mutation {
        Mutation::Text(n, text) => {
            let distinct = std::cell::RefCell::new(Vec::<String>::new());
            edit_strings(tokens.iter().cloned().collect(), &mut 0, &|_, literal| {
                let written = literal.to_string();
                if !distinct.borrow().contains(&written) {
                    distinct.borrow_mut().push(written);
                }
                literal.clone()
            });
            let distinct = distinct.into_inner();
            let target = distinct[n % distinct.len()].clone();
            let edit = |_: usize, literal: &Literal| {
                if literal.to_string() == target { Literal::string(text) } else { literal.clone() }
            };
            edit_strings(tokens.into_iter().collect(), &mut 0, &edit)
        }
        Mutation::DropAttribute(n) => {
            let attributes: Vec<usize> = (0..tokens.len())
                .filter(|&i| matches!(&tokens[i], TokenTree::Punct(p) if p.as_char() == '#'))
                .collect();
            let at = attributes[n % attributes.len()];
            tokens.into_iter().enumerate().filter(|(i, _)| *i != at && *i != at + 1).map(|(_, t)| t).collect()
        }
        Mutation::DropField(n) | Mutation::RenameField(n, _) => {
            let mut tokens = tokens;
            let Some(TokenTree::Group(body)) = tokens.pop() else { return tokens.into_iter().collect() };
            let inner: Vec<TokenTree> = body.stream().into_iter().collect();
            let mut fields: Vec<Vec<TokenTree>> = vec![Vec::new()];
            for tree in inner {
                if matches!(&tree, TokenTree::Punct(p) if p.as_char() == ',') {
                    fields.push(Vec::new());
                } else if let Some(last) = fields.last_mut() {
                    last.push(tree);
                }
            }
            fields.retain(|f| !f.is_empty());
            let at = n % fields.len().max(1);
            if let Mutation::RenameField(_, name) = mutation {
                // The field's name is the identifier just before its `:`.
                let field = &mut fields[at];
                if let Some(colon) = field.iter().position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ':')) {
                    if colon > 0 && syn::parse_str::<syn::Ident>(name).is_ok() {
                        field[colon - 1] = TokenTree::Ident(Ident::new(name, Span::call_site()));
                    }
                }
            } else if !fields.is_empty() {
                // A field that alone uses a generic parameter stays: without it the struct would not compile,
                // whatever the derive does.
                let written: TokenStream = fields[at].iter().cloned().collect();
                let written = written.to_string();
                if !written.contains("'a") && !written.ends_with(": T") {
                    fields.remove(at);
                }
            }
            let mut body_tokens = Vec::new();
            for field in fields {
                body_tokens.extend(field);
                body_tokens.push(TokenTree::Punct(proc_macro2::Punct::new(',', proc_macro2::Spacing::Alone)));
            }
            tokens.push(TokenTree::Group(Group::new(body.delimiter(), body_tokens.into_iter().collect())));
            tokens.into_iter().collect()
        }
    }
}

/// What the derive made of one mutated form.
enum Outcome {
    /// Code, which parses as items and holds no `compile_error!`.
    Expanded,
    /// Errors (the mutation broke a rule), which the other fuzz test checks.
    Refused,
}

fn run(input: TokenStream) -> Result<Outcome, TestCaseError> {
    let shown = input.to_string();
    // The walk over the input's tokens reads what syn's full parse reads: the derive says the same either way.
    if let (Some(walked), Ok(parsed)) = (crate::input::walked(&input), syn::parse2::<syn::DeriveInput>(input.clone())) {
        let (by_walk, by_syn) = (crate::derive_from(&walked).to_string(), crate::derive_from(&parsed).to_string());
        prop_assert_eq!(by_walk, by_syn, "the walk and syn read differently: {}", shown);
    }
    let output = catch_unwind(AssertUnwindSafe(|| crate::derive(input)))
        .map_err(|_| TestCaseError::fail(format!("the derive panicked on: {shown}")))?;
    if output.to_string().contains("compile_error") {
        return Ok(Outcome::Refused);
    }
    let file = syn::parse2::<syn::File>(output.clone());
    prop_assert!(file.is_ok(), "the expansion does not parse as items: {:?}\nof: {shown}", file.err());
    prop_assert!(!file.as_ref().map(|f| f.items.is_empty()).unwrap_or(true), "an empty expansion of: {shown}");
    Ok(Outcome::Expanded)
}

/// Mutated lawful forms: how many expand, and the first `keep` of those, as source.
fn fuzz(cases: u32, keep: usize) -> (u32, u32, Vec<String>) {
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = if std::env::var_os("FUZZ_RANDOM").is_some() {
        TestRunner::new(config)
    } else {
        TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
    };
    let expanded = std::cell::Cell::new(0u32);
    let total = std::cell::Cell::new(0u32);
    let kept = std::cell::RefCell::new(Vec::new());
    let result = runner.run(&mutated_form(), |(base, mutations)| {
        let mut source = LAWFUL[base].to_string();
        for mutation in &mutations {
            source = apply(&source, mutation).to_string();
        }
        total.set(total.get() + 1);
        let input = TokenStream::from_str(&source).expect("a mutated form lexes");
        if let Outcome::Expanded = run(input)? {
            expanded.set(expanded.get() + 1);
            if kept.borrow().len() < keep {
                kept.borrow_mut().push(source);
            }
        }
        Ok(())
    });
    if let Err(failure) = result {
        panic!("{failure}");
    }
    (expanded.get(), total.get(), kept.into_inner())
}

#[test]
fn fuzz_expand_mutated_lawful_forms() {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(3_000);
    let (expanded, total, _) = fuzz(cases, 0);
    println!("fuzz_expand: {expanded} of {total} mutated lawful forms expanded");
    assert!(expanded * 3 >= total, "only {expanded} of {total} expanded: the expansion is barely fuzzed");
    assert!(expanded < total, "every mutation expanded: the mutations test nothing");
}

/// A sample of the expansions, compiled for real in a crate of their own against the runtime.
#[test]
fn fuzz_expand_sample_compiles() {
    let (_, _, sample) = fuzz(400, 24);
    assert!(sample.len() >= 12, "only {} expanded", sample.len());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join("target").join("fuzz-sample");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"fuzz-sample\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nprivacy-notice = {{ path = {:?} }}\nserde = {{ version = \"1\", features = [\"derive\"] }}\n\n\
         [workspace]\n",
        root.join("runtime").display().to_string(),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let mut lib = String::from(
        "#![allow(dead_code, unused_imports, non_snake_case)]\nuse privacy_notice::{Checkbox, NoticeVersion, PrivacyNotice};\nuse serde::Deserialize;\n",
    );
    // serde itself refuses an unknown `rename_all` rule, which a text mutation may make: such forms are left out
    // of the sample, as they would not compile whatever this derive wrote.
    let sample: Vec<&String> =
        sample.iter().filter(|source| !source.contains("rename_all") || source.contains("\"camelCase\"")).collect();
    println!("fuzz_expand: compiling {} expanded forms", sample.len());
    for (i, source) in sample.iter().enumerate() {
        let source = source.replacen("struct OrderForm", &format!("struct Form{i}"), 1);
        lib.push_str(&format!("\n#[derive(PrivacyNotice)]\n{source}\n"));
    }
    std::fs::write(dir.join("src").join("lib.rs"), &lib).unwrap();
    let status = std::process::Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--offline"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the sample in {} does not compile", dir.display());
}

#[test]
fn fuzz_expand_starts_from_lawful_forms() {
    for base in LAWFUL {
        assert!(matches!(run(TokenStream::from_str(base).unwrap()), Ok(Outcome::Expanded)), "{base}");
    }
}
