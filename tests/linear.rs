//! Analysis time grows linearly with the text: for adversarial shapes, ten times the text
//! may take at most about ten times as long. The bound (25×) leaves room for noise while a
//! quadratic loop (100×) cannot pass. Each size is timed twice and the faster run counts.

use std::time::{Duration, Instant};

use newslens::{analyze, Options};

fn time(text: &str) -> Duration {
    (0..2)
        .map(|_| {
            let start = Instant::now();
            let _ = std::hint::black_box(analyze(text, &Options::default()));
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn shapes(units: usize) -> Vec<(&'static str, String)> {
    let seed = include_str!("fixtures/seed_article.txt");
    vec![
        ("articles", seed.repeat(units / 3)),
        ("quotation marks", "\"a \" ".repeat(units * 200)),
        ("capitalised words", (0..units * 150).map(|i| format!("Name{} ", (b'A' + (i % 26) as u8) as char)).collect()),
        ("one long line", "word Word said, ".repeat(units * 60)),
        ("repeated dates", "On Monday, April 30, 2013, he said \"yes.\" ".repeat(units * 25)),
    ]
}

#[test]
fn ten_times_the_text_takes_about_ten_times_as_long() {
    for ((name, small), (_, large)) in shapes(30).into_iter().zip(shapes(300)) {
        let (a, b) = (time(&small), time(&large));
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        eprintln!("{name}: {} KB {a:?}, {} KB {b:?}: {ratio:.1}x", small.len() / 1000, large.len() / 1000);
        assert!(ratio < 25.0, "{name}: {} KB took {a:?}, {} KB took {b:?} ({ratio:.1}×)", small.len() / 1000, large.len() / 1000);
    }
}
