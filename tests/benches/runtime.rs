//! Run-time cost, side by side in one run (BENCHMARKS.md): rendering a notice for a request against copying a
//! string of the same length, and parsing a form with `Checkbox` fields against `#[serde(default)] bool`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use privacy_notice::{Checkbox, Lang, PrivacyNotice};
use privacy_notice_examples::forms::ShopOrder;
use serde::Deserialize;

fn notice(c: &mut Criterion) {
    let notice = ShopOrder::notice();
    let text = notice.text(Lang::Fr);
    let html = notice.html(Lang::Fr);
    let mut group = c.benchmark_group("notice");
    group.bench_function("text", |b| b.iter(|| black_box(notice).text(black_box(Lang::Fr))));
    group.bench_function("text_baseline_string_from", |b| b.iter(|| String::from(black_box(text.as_str()))));
    group.bench_function("html", |b| b.iter(|| black_box(notice).html(black_box(Lang::Fr))));
    group.bench_function("html_baseline_string_from", |b| b.iter(|| String::from(black_box(html.as_str()))));
    group.finish();
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct WithCheckboxes {
    email: String,
    name: String,
    no_partner_use: Checkbox,
    partner_offers: Checkbox,
    no_similar_offers: Checkbox,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct WithBools {
    email: String,
    name: String,
    #[serde(default)]
    no_partner_use: bool,
    #[serde(default)]
    partner_offers: bool,
    #[serde(default)]
    no_similar_offers: bool,
}

fn parse(c: &mut Criterion) {
    // What a browser sends with two of the three boxes ticked (`value="true"` for the bool form).
    let checkbox_body = "email=claire%40example.fr&name=Claire+Martin&no_partner_use=on&partner_offers=on";
    let bool_body = "email=claire%40example.fr&name=Claire+Martin&no_partner_use=true&partner_offers=true";
    let mut group = c.benchmark_group("parse");
    group.bench_function("checkbox", |b| {
        b.iter(|| serde_urlencoded::from_str::<WithCheckboxes>(black_box(checkbox_body)).unwrap())
    });
    group.bench_function("bool_baseline", |b| {
        b.iter(|| serde_urlencoded::from_str::<WithBools>(black_box(bool_body)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, notice, parse);
criterion_main!(benches);
