//! Prints the register of processing activities of the examples' forms.
//!
//! `cargo run -p privacy-notice-examples --example register -- --format markdown|html|json [--lang fr|en]`

use privacy_notice::Lang;
use privacy_notice_examples::{Format, render_register};

fn main() {
    let mut format = Format::Markdown;
    let mut lang = Lang::Fr;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let parsed = match (arg.as_str(), value.as_deref()) {
            ("--format", Some(value)) => Format::parse(value).map(|f| format = f),
            ("--lang", Some(value)) => {
                Lang::from_code(value).map(|l| lang = l).ok_or(format!("unknown language `{value}`"))
            }
            _ => Err(format!("usage: register [--format markdown|html|json] [--lang fr|en] (got `{arg}`)")),
        };
        if let Err(message) = parsed {
            eprintln!("{message}");
            std::process::exit(2);
        }
    }
    print!("{}", render_register(format, lang));
}
