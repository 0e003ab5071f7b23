//! The derive never panics: whatever declaration it is given, it answers with code or with errors.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::{Group, Ident, Literal, Span, TokenStream, TokenTree};

/// A declaration that uses every attribute.
pub(crate) const RICH: &str = r#"
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    #[notice(law = "gdpr", lang = "fr", subjects = "customer, prospect")]
    #[controller(name = "Boutique Inc", address = "1 Main St, Boston", contact = "privacy@boutique.com", country = "US")]
    #[representative(name = "Boutique EU SARL", contact = "eu@boutique.com")]
    #[dpo("dpo@boutique.com")]
    #[purpose("la gestion de vos commandes", id = "orders", data_use = "essential.service", basis = "contract", retention = "3 ans", sale)]
    #[purpose("le catalogue", id = "catalogue", basis = "legitimate_interests", interest = "vendre", data_use = "marketing.communications.post")]
    #[purpose("la lettre", id = "newsletter", data_use = "marketing.communications.email", basis = "consent")]
    #[purpose("la fraude", data_use = "essential.fraud_detection", basis = "legitimate_interests", interest = "prévenir la fraude")]
    #[retention("3 ans après notre dernier contact")]
    #[recipients("notre service commercial", "nos transporteurs")]
    #[recipient("notre hébergeur", country = "DE")]
    #[recipient("notre CRM", country = "US")]
    #[call(recorded = "la formation")]
    #[rights_contact("privacy@boutique.com")]
    #[transfer(country = "États-Unis", safeguard = "standard_contractual_clauses", copy = "privacy@boutique.com")]
    #[transfer(country = "Royaume-Uni", adequacy)]
    #[automated_decision(decision = "le paiement", logic = "le montant", consequences = "un refus", basis = "contract")]
    #[data_source("Annuaire Pro", categories = "votre téléphone", public)]
    #[data_requirement(reason = "livrer", consequence = "pas de livraison")]
    #[withdrawal("https://boutique.com/consent")]
    #[partner_optout(partners = "des éditeurs")]
    #[partner_email_optin(partners = "https://example.fr/partenaires")]
    #[similar_offers_optout]
    #[phone_optin(caller = "Boutique")]
    #[translation(lang = "en",
        "la gestion de vos commandes" = "managing your orders", "3 ans" = "3 years", "la lettre" = "the letter",
        "la fraude" = "fraud", "prévenir la fraude" = "preventing fraud",
        "3 ans après notre dernier contact" = "3 years after our last contact",
        "notre service commercial" = "our sales team", "nos transporteurs" = "our carriers",
        "le paiement" = "the payment",
        "le montant" = "the amount", "un refus" = "a refusal",
        "votre téléphone" = "your phone", "livrer" = "deliver", "pas de livraison" = "no delivery",
        "des éditeurs" = "publishers", "adresse e-mail" = "e-mail address", "le catalogue" = "the catalogue",
        "vendre" = "selling", "notre hébergeur" = "our host", "notre CRM" = "our CRM", "la formation" = "training",
        "santé" = "health", "téléphone" = "phone")]
    struct OrderForm<'a, T: Clone> where T: Default {
        #[personal_data(category = "user.contact.email", required, label = "adresse e-mail", purpose = "orders")]
        email: &'a str,
        #[personal_data(none)]
        other: T,
        #[personal_data(category = "user.health_and_medical", art9 = "explicit_consent", purpose = "newsletter", label = "santé")]
        health: String,
        #[personal_data(category = "user.contact.phone_number", label = "téléphone", purpose = "catalogue, newsletter")]
        phone: String,
        #[consent(catalogue)]
        no_catalogue: Checkbox,
        #[serde(rename(deserialize = "np"))]
        #[consent(partner_optout)]
        no_partner_use: privacy_notice::Checkbox,
        #[consent("partner_email_optin")]
        partner_offers: Checkbox,
        #[consent(similar_offers_optout)]
        no_similar_offers: Checkbox,
        #[consent(newsletter)]
        newsletter: Checkbox,
        #[consent(phone_optin)]
        phone_calls: Checkbox,
        notice_version: privacy_notice::NoticeVersion,
    }
"#;

/// Runs the derive and reports a panic as an error.
fn derive_without_panic(input: TokenStream) -> Result<TokenStream, String> {
    let shown = input.to_string();
    catch_unwind(AssertUnwindSafe(|| crate::derive(input))).map_err(|_| format!("the derive panicked on: {shown}"))
}

fn count_leaves(stream: &TokenStream) -> usize {
    stream
        .clone()
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 1 + count_leaves(&group.stream()),
            _ => 1,
        })
        .sum()
}

/// The stream with the token at `target` (depth-first) replaced by `with` (which may be empty or several).
fn replace_at(
    stream: &TokenStream,
    target: usize,
    counter: &mut usize,
    with: &dyn Fn(&TokenTree) -> Vec<TokenTree>,
) -> TokenStream {
    let mut out = Vec::new();
    for tree in stream.clone() {
        let index = *counter;
        *counter += 1;
        if index == target {
            out.extend(with(&tree));
        } else if let TokenTree::Group(group) = &tree {
            let inner = replace_at(&group.stream(), target, counter, with);
            let mut rebuilt = Group::new(group.delimiter(), inner);
            rebuilt.set_span(group.span());
            out.push(TokenTree::Group(rebuilt));
        } else {
            out.push(tree);
        }
    }
    out.into_iter().collect()
}

/// Turns one token into none, one or several.
type Mutation = Box<dyn Fn(&TokenTree) -> Vec<TokenTree>>;

/// What a token may be turned into.
fn mutations() -> Vec<Mutation> {
    vec![
        Box::new(|_| Vec::new()),
        Box::new(|tree| vec![tree.clone(), tree.clone()]),
        Box::new(|_| vec![TokenTree::Literal(Literal::u32_unsuffixed(42))]),
        Box::new(|_| vec![TokenTree::Literal(Literal::string(""))]),
        Box::new(|_| vec![TokenTree::Literal(Literal::byte_string(b"\xff"))]),
        Box::new(|_| vec![TokenTree::Literal(Literal::character('\u{0}'))]),
        Box::new(|_| vec![TokenTree::Ident(Ident::new("checked", Span::call_site()))]),
        Box::new(|_| vec![TokenTree::Ident(Ident::new_raw("type", Span::call_site()))]),
        Box::new(|_| vec![TokenTree::Literal(Literal::string(&"x".repeat(10_000)))]),
        Box::new(|_| vec![TokenTree::Group(Group::new(proc_macro2::Delimiter::Parenthesis, TokenStream::new()))]),
    ]
}

#[test]
fn the_rich_declaration_expands_without_errors() {
    let output = derive_without_panic(TokenStream::from_str(RICH).unwrap()).unwrap().to_string();
    assert!(!output.contains("compile_error"), "{output}");
    assert!(output.contains("LazyNotice :: new (\""), "the notice's literal: {output}");
}

#[test]
fn every_single_token_mutation_gives_code_or_errors() {
    let rich = TokenStream::from_str(RICH).unwrap();
    let leaves = count_leaves(&rich);
    let mut cases = 0;
    for target in 0..leaves {
        for mutate in mutations() {
            let mutated = replace_at(&rich, target, &mut 0, &*mutate);
            let output = derive_without_panic(mutated).unwrap();
            assert!(!output.is_empty(), "empty output for mutation at token {target}");
            cases += 1;
        }
    }
    assert!(cases > 3_500, "only {cases} cases");
}

#[test]
fn odd_shapes_give_errors() {
    let shapes = [
        "",
        "struct",
        "enum E { A }",
        "union U { a: u8 }",
        "struct T(u8);",
        "struct U;",
        "struct S {}",
        "#[purpose] struct S { a: u8 }",
        "#[purpose()] struct S { a: u8 }",
        "#[purpose(,)] struct S { a: u8 }",
        "#[purpose(a = )] struct S { a: u8 }",
        "#[purpose(\"x\" \"y\")] struct S { a: u8 }",
        "#[purpose(a::b = \"x\")] struct S { a: u8 }",
        "#[purpose(- 1)] struct S { a: u8 }",
        "#[purpose[\"x\"]] struct S { a: u8 }",
        "#[purpose{\"x\"}] struct S { a: u8 }",
        "#[consent] struct S { #[consent] a: u8, #[consent()] b: bool, #[consent(\"\")] c: bool }",
        "#[notice(law = \"lil2004\", law = \"gdpr\")] struct S { #[consent(x(y))] a: bool }",
        "#[personal_data(required = \"yes\", label)] struct S { #[personal_data(label(x))] a: u8 }",
        "#[serde(rename_all = 5)] struct S { #[serde(rename(deserialize = 5))] #[consent(a)] a: bool }",
        "#[serde] #[serde = 1] struct S { #[serde(default = 1 + 2, rename)] a: bool }",
        "struct S { #[consent(a)] a: [bool; 2], #[consent(b)] b: fn() -> bool, #[consent(c)] c: impl Sized }",
        "struct S<const N: usize> { #[consent(é)] a: Checkbox }",
    ];
    for shape in shapes {
        let input = TokenStream::from_str(shape).unwrap();
        let output = derive_without_panic(input).unwrap().to_string();
        assert!(output.contains("compile_error"), "no error for `{shape}`: {output}");
    }
}

/// Rocket's `#[field(name = "..")]` renames a field as `#[serde(rename = "..")]` does: the box is rendered under
/// the name Rocket reads.
#[test]
fn rocket_field_names_are_honoured() {
    let input = r#"
        #[notice(law = "lil2004", historical)]
        #[purpose("la gestion de vos commandes")]
        #[recipients("notre service commercial")]
        #[rights_contact("Service clientèle")]
        #[partner_optout]
        struct Order {
            #[field(name = "refus")]
            #[consent(partner_optout)]
            no_partner_use: Checkbox,
        }
    "#;
    let output = derive_without_panic(TokenStream::from_str(input).unwrap()).unwrap().to_string();
    assert!(!output.contains("compile_error"), "{output}");
    // In the notice's literal (`codec`): the box's submitted name, then the purpose it decides.
    assert!(output.contains(r#"5\"refus14\"partner_optout"#), "{output}");
}

/// `#[notice(crate = "..")]` (as serde's `crate = ".."`): the expansion, and the stub written on error, reach
/// the runtime by that path only.
#[test]
fn the_runtime_path_can_be_renamed() {
    let form = |extra: &str| {
        format!(
            r#"
            #[notice(law = "lil2004", historical, crate = "my_app::pn")]
            #[purpose("la gestion de vos commandes")]
            #[recipients("notre service commercial")]
            #[rights_contact("Service clientèle")]
            {extra}
            struct Order {{ email: String }}
        "#
        )
    };
    for (extra, errors) in [("", false), ("#[dpo(\"x\")]", true)] {
        let output = derive_without_panic(TokenStream::from_str(&form(extra)).unwrap()).unwrap().to_string();
        assert_eq!(output.contains("compile_error"), errors, "{output}");
        assert!(output.contains("my_app :: pn :: PrivacyNotice"), "{output}");
        assert!(!output.contains("privacy_notice"), "{output}");
    }
}
