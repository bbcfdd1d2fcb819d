//! Criterion benchmarks of the whole analysis and of each stage, on the example article.
//! `cargo bench --bench stages`; throughput is reported in bytes per second.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newslens::text::Document;
use newslens::{analyze, timeline, Options};

const SEED: &str = include_str!("../tests/fixtures/seed_article.txt");

fn stages(c: &mut Criterion) {
    let mut g = c.benchmark_group("example article");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("analyze", |b| b.iter(|| analyze(std::hint::black_box(SEED), &Options::default()).unwrap()));
    g.bench_function("text::Document", |b| b.iter(|| Document::new(std::hint::black_box(SEED))));
    let doc = Document::new(SEED);
    let line = timeline::find_reference_date(&doc);
    let reference = line.map(|d| d.date);
    g.bench_function("timeline::timexes", |b| b.iter(|| timeline::timexes(std::hint::black_box(&doc), reference, line.as_ref())));
    g.bench_function("entities", |b| b.iter(|| newslens::entities::entities(std::hint::black_box(&doc))));
    let entities = newslens::entities::entities(&doc);
    g.bench_function("quotes", |b| b.iter(|| newslens::quotes::quotes(std::hint::black_box(&doc), &entities)));
    let found = timeline::timexes(&doc, reference, line.as_ref());
    g.bench_function("timeline::events", |b| b.iter(|| timeline::events::timeline(std::hint::black_box(&doc), &found, &entities)));
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
