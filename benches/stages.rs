//! Criterion benchmarks of the whole analysis and of each stage, on three kinds of input:
//!
//! - **short**: the example article (about 3 KB);
//! - **long**: a 10,000-word text assembled from the development-set articles
//!   (`tests/fixtures/eval/newsdev.jsonl`), as one article;
//! - **adversarial**: shapes that make naive code quadratic (a 200 KB line of quotation
//!   marks, 20,000 capitalised words in a row, a date repeated 10,000 times).
//!
//! `cargo bench --bench stages` (add `-- --quick` for a fast pass). Throughput is reported in
//! bytes per second, so the MB/s of each stage can be read off directly.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newslens::text::Document;
use newslens::{analyze, timeline, Options};

const SEED: &str = include_str!("../tests/fixtures/seed_article.txt");
const DEV: &str = include_str!("../tests/fixtures/eval/newsdev.jsonl");

/// The development-set articles joined into one text of `words` words (repeating them if needed).
fn long_article(words: usize) -> String {
    let texts: Vec<String> = DEV
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let mut out = String::new();
    let mut count = 0;
    for text in texts.iter().cycle() {
        if count >= words {
            break;
        }
        count += text.split_whitespace().count();
        out.push_str(text);
        out.push_str("\n\n");
    }
    out
}

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("short", SEED.to_string()),
        ("long", long_article(10_000)),
        ("quotes", "\"".repeat(200_000)),
        ("capitals", "Alpha Beta Gamma Delta ".repeat(5_000)),
        ("dates", "On April 16, 2013, and ".repeat(10_000)),
    ]
}

fn whole(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyze");
    for (name, text) in inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| analyze(std::hint::black_box(text), &Options::default()).unwrap())
        });
    }
    g.finish();
}

fn stages(c: &mut Criterion) {
    for (name, text) in inputs().into_iter().take(2) {
        let text = text.as_str();
        let mut g = c.benchmark_group(format!("stages/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("text::Document", |b| {
            b.iter(|| Document::new(std::hint::black_box(text)))
        });
        let doc = Document::new(text);
        let line = timeline::find_reference_date(&doc);
        let reference = line.map(|d| d.date);
        g.bench_function("timeline::timexes", |b| {
            b.iter(|| timeline::timexes(std::hint::black_box(&doc), reference, line.as_ref()))
        });
        g.bench_function("entities", |b| {
            b.iter(|| newslens::entities::entities(std::hint::black_box(&doc)))
        });
        let entities = newslens::entities::entities(&doc);
        g.bench_function("quotes", |b| {
            b.iter(|| newslens::quotes::quotes(std::hint::black_box(&doc), &entities))
        });
        let found = timeline::timexes(&doc, reference, line.as_ref());
        g.bench_function("timeline::events", |b| {
            b.iter(|| timeline::events::timeline(std::hint::black_box(&doc), &found, &entities))
        });
        g.finish();
    }
}

criterion_group!(benches, whole, stages);
criterion_main!(benches);
