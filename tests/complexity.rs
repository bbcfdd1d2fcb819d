//! A time-complexity fuzzer: it looks for text shapes on which analysis is slower than linear.
//!
//! # What it checks
//!
//! It generates a *unit*, a short random sequence of news-like tokens (capitalised words, codes
//! such as `AK`, initials such as `X.`, honorifics, quotation marks, numbers, dates,
//! punctuation, line breaks, lowercase words, speech verbs), repeats it to a size `n` and to
//! `8n`, and times `newslens::analyze` on both. `n` starts at 4 KB and is doubled (up to
//! 64 KB) while one analysis takes under 10 ms, too little to judge (most shapes take about
//! 1 ms for 32 KB), so that `8n` stays quick on a slow shape and measurable on a fast one.
//! Larger texts overflow the processor's caches, which adds a cost per byte of its own.
//! Linear work takes 8 times as long on 8 times the text; quadratic work takes 64 times as
//! long. The test fails when `8n` takes more than **12 times** as long as `n`: that leaves 50%
//! above 8× for noise, for `n log n` work (a sort: about 9.6× from 32 to 256 KB) and for
//! caches that the larger text overflows, while a quadratic loop that is even a tenth of the
//! work at `n` goes over it (0.9 × 8 + 0.1 × 64 = 13.6). A larger size that takes under 50 ms
//! is too quick to judge and passes.
//!
//! The generator leans towards the shapes that have been slow before: long runs without a
//! sentence break, of capitalised words, codes, initials, honorifics and quotation marks; a
//! third of the units mix every kind of token.
//!
//! Timing is robust to a busy machine: on Linux it is the thread's CPU time (time spent
//! waiting for a core does not count), n is the fastest of 3 runs, a larger size over the
//! limit is timed twice more, each time in a pair right after n (the pair with the lowest
//! ratio counts, so a busy spell that slows one run does not make a finding), a failure is
//! measured again before it counts, and each step of the shrinking must fail twice. Each
//! analysis stays short: `8n` is not timed when `2n` or `4n` is already over 12 times `n`
//! (the report times it once, for its figures, when a quadratic estimate is under 6 s).
//!
//! A failing unit is *shrunk*: its tokens are removed one at a time while it still fails, so
//! the report shows the smallest unit, as a Rust string literal, with its times. All the
//! failures found in the time budget are reported at the end, once per shape of shrunk unit
//! (capitals as `X`, other letters as `x`, digits as `0`: `"A. "` and `"Z. "` are one);
//! later units that contain the shape of one already found are skipped, so the time goes to
//! new shapes.
//!
//! # Running it
//!
//! Optimised code only (debug timings mean nothing), so the test is `#[ignore]`d:
//!
//! ```sh
//! cargo test --release --test complexity -- --ignored --nocapture            # 60 s
//! NEWSLENS_COMPLEXITY_SECONDS=600 cargo test --release --test complexity -- --ignored --nocapture
//! ```
//!
//! - `NEWSLENS_COMPLEXITY_SECONDS`: the time spent generating shapes (default 60). Shrinking a
//!   failure found near the end may take up to half as long again.
//! - `NEWSLENS_COMPLEXITY_SEED`: the seed (default: from the clock). It is always printed;
//!   the shapes are numbered and shape `#k` of a seed is the same on every run, so
//!   `NEWSLENS_COMPLEXITY_SEED=<seed>` replays a run (how far it gets depends on the time).
//! - `NEWSLENS_COMPLEXITY_UNIT`: time and shrink this one unit instead of generating any,
//!   e.g. `NEWSLENS_COMPLEXITY_UNIT='AK AL AZ '` to check a fix.
//! - `NEWSLENS_COMPLEXITY_VERBOSE=1`: print every shape tried, with its times.
//!
//! # What to do with a finding
//!
//! Find the loop (`perf record -g target/release/newslens analyze FILE`, with FILE the unit
//! repeated to a few hundred KB, then `perf report --no-children`), fix it, and add the shrunk
//! unit to the shapes of `tests/linear.rs`, so `make test` keeps it linear from then on.

use std::fmt;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use newslens::{analyze, Options};

/// The most that 8 times the text may take, as a multiple of the time of the text.
const RATIO_LIMIT: f64 = 12.0;
/// The larger size, as a multiple of the smaller one.
const SCALE: usize = 8;
/// The smaller size n to begin with, and the smallest.
const MIN_BYTES: usize = 4 * 1024;
/// While one analysis of n takes under this, n is doubled, up to `MAX_BYTES`: most shapes
/// take about 1 ms for 32 KB, too little for a slow part to show at 8n.
const GROW_BELOW: Duration = Duration::from_millis(10);
/// The largest n (8n is then 512 KB). Not more: from about 1 MB on, the text and its tokens
/// overflow the processor's caches and linear shapes measured 9 to 15× from 512 KB to 4 MB.
const MAX_BYTES: usize = 64 * 1024;
/// The time n should take at most (halved back when a doubling overshoots).
const TARGET: Duration = Duration::from_millis(50);
/// Below this at `8n`, a ratio is noise.
const MEASURABLE: Duration = Duration::from_millis(50);
/// `MIN_BYTES` taking longer than this is a finding by itself (prose takes about 1 ms).
const TOO_SLOW: Duration = Duration::from_millis(250);
/// When the report's `8n` time would be over this (by a quadratic estimate), it is estimated.
const REPORT_LIMIT: Duration = Duration::from_secs(6);

// ---------------------------------------------------------------------------------------------
// The generator

/// SplitMix64: small, fast and good enough to pick tokens.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn upper(&mut self) -> char {
        (b'A' + self.below(26) as u8) as char
    }

    fn lower(&mut self) -> char {
        (b'a' + self.below(26) as u8) as char
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Capitalised,
    Code,
    Initial,
    Honorific,
    Quote,
    Digits,
    Date,
    Punctuation,
    LineBreak,
    Lowercase,
    SpeechVerb,
}

const KINDS: [Kind; 11] = [
    Kind::Capitalised,
    Kind::Code,
    Kind::Initial,
    Kind::Honorific,
    Kind::Quote,
    Kind::Digits,
    Kind::Date,
    Kind::Punctuation,
    Kind::LineBreak,
    Kind::Lowercase,
    Kind::SpeechVerb,
];

/// The kinds behind the slow shapes found so far: name-like tokens and quotation marks.
const RISKY: [Kind; 5] =
    [Kind::Capitalised, Kind::Code, Kind::Initial, Kind::Honorific, Kind::Quote];

const HONORIFICS: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Sen.", "Gov.", "Gen.", "Rev.",
    "Sir", "Lady",
];
const QUOTES: &[&str] = &["\"", "\u{201c}", "\u{201d}", "'", "\u{2018}", "\u{2019}", "``", "''"];
const PUNCTUATION: &[&str] = &[",", ".", ";", ":", "!", "?", "-", "\u{2014}", "(", ")", "...", "&"];
const LOWERCASE: &[&str] = &["the", "of", "and", "a", "in", "on", "to", "with", "by", "at"];
const SPEECH_VERBS: &[&str] = &["said", "says", "told", "added", "asked", "according to"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Sept.",
];
const WEEKDAYS: &[&str] =
    &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The first field of each entry of some of newslens's word lists: real names and places.
fn names() -> Vec<&'static str> {
    [
        include_str!("../data/first_names.txt"),
        include_str!("../data/surnames.txt"),
        include_str!("../data/places.txt"),
        include_str!("../data/titles.txt"),
        include_str!("../data/organizations.txt"),
    ]
    .iter()
    .flat_map(|list| list.lines())
    .filter(|line| !line.is_empty() && !line.starts_with('#'))
    .filter_map(|line| line.split('\t').next())
    .collect()
}

/// One token of a kind.
fn token(rng: &mut Rng, kind: Kind, names: &[&str]) -> String {
    match kind {
        Kind::Capitalised => {
            if rng.chance(30) {
                return rng.pick(names).to_string();
            }
            let mut word = rng.upper().to_string();
            for _ in 0..rng.below(7) {
                word.push(rng.lower());
            }
            word
        }
        Kind::Code => (0..2 + rng.below(2)).map(|_| rng.upper()).collect(),
        Kind::Initial => format!("{}.", rng.upper()),
        Kind::Honorific => rng.pick(HONORIFICS).to_string(),
        Kind::Quote => rng.pick(QUOTES).to_string(),
        Kind::Digits => match rng.below(4) {
            0 => rng.below(10).to_string(),
            1 => rng.below(100).to_string(),
            2 => (1900 + rng.below(130)).to_string(),
            _ => format!("{},{:03}", 1 + rng.below(999), rng.below(1000)),
        },
        Kind::Date => {
            let (year, day) = (1990 + rng.below(40), 1 + rng.below(28));
            match rng.below(6) {
                0 => format!("{} {day}, {year}", rng.pick(MONTHS)),
                1 => format!("{year}-{:02}-{day:02}", 1 + rng.below(12)),
                2 => format!("{day} {} {year}", rng.pick(MONTHS)),
                3 => format!("{} {day}", rng.pick(MONTHS)),
                4 => rng.pick(WEEKDAYS).to_string(),
                _ => format!("{}/{day}/{year}", 1 + rng.below(12)),
            }
        }
        Kind::Punctuation => rng.pick(PUNCTUATION).to_string(),
        Kind::LineBreak => if rng.chance(50) { "\n" } else { "\n\n" }.to_string(),
        Kind::Lowercase => {
            if rng.chance(50) {
                return rng.pick(LOWERCASE).to_string();
            }
            (0..1 + rng.below(8)).map(|_| rng.lower()).collect()
        }
        Kind::SpeechVerb => rng.pick(SPEECH_VERBS).to_string(),
    }
}

/// A unit: 1 to 8 tokens, each with what follows it (mostly a space, sometimes nothing, so
/// quotation marks and punctuation also touch their words). Two thirds of the units draw
/// from one to three kinds, mostly the risky ones; the others from every kind, with random
/// weights.
fn unit(rng: &mut Rng, names: &[&str]) -> Vec<String> {
    let kinds: Vec<Kind> = if rng.chance(67) {
        (0..1 + rng.below(3))
            .map(|_| if rng.chance(75) { *rng.pick(&RISKY) } else { *rng.pick(&KINDS) })
            .collect()
    } else {
        KINDS.iter().flat_map(|&kind| std::iter::repeat_n(kind, rng.below(4))).collect()
    };
    let kinds = if kinds.is_empty() { vec![Kind::Capitalised] } else { kinds };
    // A quarter of the units repeat one token: long runs of the same word are a shape of their own.
    let same = rng.chance(25);
    let first_kind = *rng.pick(&kinds);
    let first = token(rng, first_kind, names);
    (0..1 + rng.below(8))
        .map(|_| {
            let kind = *rng.pick(&kinds);
            let mut piece = if same { first.clone() } else { token(rng, kind, names) };
            if kind != Kind::LineBreak && !piece.ends_with('\n') && rng.chance(80) {
                piece.push(' ');
            }
            piece
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Timing

/// The time this thread has run: on Linux its CPU time, so that time spent waiting for a
/// core (the machine is shared) does not count; elsewhere the wall clock.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn now() -> Duration {
    #[repr(C)]
    struct Timespec {
        seconds: i64,
        nanoseconds: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut time = Timespec { seconds: 0, nanoseconds: 0 };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) through
    // a pointer to a live one, and reads nothing else.
    let status = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut time) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(time.seconds as u64, time.nanoseconds as u32)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn now() -> Duration {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn time_once(text: &str) -> Duration {
    let start = now();
    let analysis = std::hint::black_box(analyze(text, &Options::default()));
    let took = now() - start;
    drop(analysis);
    took
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Verdict {
    /// 8n took at most 12 times n (or too little to judge).
    Linear,
    /// 2n, 4n or 8n took more than 12 times n.
    Superlinear,
    /// Even `MIN_BYTES` took over `TOO_SLOW`: slow already, 8n not timed.
    TooSlow,
}

/// The times of one unit at the sizes tried.
#[derive(Clone, Debug)]
struct Measure {
    unit_bytes: usize,
    /// Repetitions of the unit at n.
    count: usize,
    /// The time at n.
    small: Duration,
    /// (multiple of n, time, ratio to n) for each larger size timed.
    larger: Vec<(usize, Duration, f64)>,
    verdict: Verdict,
}

impl Measure {
    fn fails(&self) -> bool {
        self.verdict != Verdict::Linear
    }

    fn bytes(&self, multiple: usize) -> usize {
        self.unit_bytes * self.count * multiple
    }
}

/// Times a unit at n (the fastest of 3 runs), then at 2n, 4n and 8n, stopping as soon as one
/// takes over 12 times n. A size over the limit is timed again twice, each time right after
/// n, so that both runs of a pair see the same machine (a busy spell slows every run in it,
/// even in CPU time when the other core is a hyperthread of this one); the pair with the
/// lowest ratio counts.
fn measure(unit: &str) -> Measure {
    let unit_bytes = unit.len().max(1);
    let mut count = (MIN_BYTES / unit_bytes).max(1);
    let mut first = time_once(&unit.repeat(count));
    while first < GROW_BELOW && unit_bytes * count * 2 <= MAX_BYTES {
        count *= 2;
        first = time_once(&unit.repeat(count));
    }
    while first > TARGET && count > 1 && unit_bytes * count > MIN_BYTES {
        count /= 2;
        first = time_once(&unit.repeat(count));
    }
    let mut measure =
        Measure { unit_bytes, count, small: first, larger: Vec::new(), verdict: Verdict::Linear };
    if first > TOO_SLOW {
        measure.verdict = Verdict::TooSlow;
        return measure;
    }
    let small_text = unit.repeat(count);
    measure.small = (0..2).map(|_| time_once(&small_text)).fold(first, Duration::min);
    let ratio =
        |large: Duration, small: Duration| large.as_secs_f64() / small.as_secs_f64().max(1e-9);
    for multiple in [2, 4, SCALE] {
        let large_text = unit.repeat(count * multiple);
        let mut took = time_once(&large_text);
        let mut lowest = ratio(took, measure.small);
        for _ in 0..2 {
            if lowest <= RATIO_LIMIT || took <= MEASURABLE {
                break;
            }
            let small = time_once(&small_text);
            let large = time_once(&large_text);
            if ratio(large, small) < lowest {
                (took, lowest) = (large, ratio(large, small));
            }
        }
        measure.larger.push((multiple, took, lowest));
        if lowest > RATIO_LIMIT && took > MEASURABLE {
            measure.verdict = Verdict::Superlinear;
            break;
        }
    }
    measure
}

/// For the report: when the measure stopped before 8n, times 8n once if a quadratic estimate
/// says it is quick enough (otherwise the report shows the estimate).
fn complete(unit: &str, measure: &mut Measure) {
    let Some(&(multiple, took, _)) = measure.larger.last() else {
        return;
    };
    if multiple == SCALE {
        return;
    }
    let factor = (SCALE / multiple) as f64;
    if took.mul_f64(factor * factor) <= REPORT_LIMIT {
        let took = time_once(&unit.repeat(measure.count * SCALE));
        let ratio = took.as_secs_f64() / measure.small.as_secs_f64().max(1e-9);
        measure.larger.push((SCALE, took, ratio));
    }
}

fn show(time: Duration) -> String {
    if time >= Duration::from_secs(1) {
        format!("{:.2} s", time.as_secs_f64())
    } else {
        format!("{:.1} ms", time.as_secs_f64() * 1000.0)
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kb = |bytes: usize| format!("{:.0} KB", bytes as f64 / 1024.0);
        write!(f, "n = {}: {}", kb(self.bytes(1)), show(self.small))?;
        if self.verdict == Verdict::TooSlow {
            return write!(f, " (over {} already: larger sizes not timed)", show(TOO_SLOW));
        }
        for &(multiple, took, ratio) in &self.larger {
            write!(
                f,
                ", {multiple}n = {}: {} ({ratio:.1}x)",
                kb(self.bytes(multiple)),
                show(took)
            )?;
        }
        if let Some(&(multiple, took, _)) = self.larger.last() {
            if multiple != SCALE {
                let factor = (SCALE / multiple) as f64;
                write!(
                    f,
                    ", {SCALE}n not timed (quadratic estimate {})",
                    show(took.mul_f64(factor * factor))
                )?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Shrinking

/// True when the unit fails twice in a row (once may be noise).
fn fails_twice(unit: &str) -> bool {
    measure(unit).fails() && measure(unit).fails()
}

/// Removes tokens one at a time while the unit still fails, until no single token can go or
/// the deadline passes. Returns the unit and whether it is as small as removal makes it.
fn shrink(mut pieces: Vec<String>, deadline: Instant) -> (Vec<String>, bool) {
    loop {
        let mut removed = false;
        let mut i = 0;
        while i < pieces.len() && pieces.len() > 1 {
            if Instant::now() > deadline {
                return (pieces, false);
            }
            let mut candidate = pieces.clone();
            candidate.remove(i);
            let text = candidate.concat();
            if !text.trim().is_empty() && fails_twice(&text) {
                eprintln!("  shrunk to {text:?}");
                pieces = candidate;
                removed = true;
            } else {
                i += 1;
            }
        }
        if !removed {
            return (pieces, true);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The test

struct Finding {
    unit: String,
    original: String,
    shape: String,
    measure: Measure,
    minimal: bool,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "unit {:?} ({}, {})", self.unit, self.shape, self.measure)?;
        if !self.minimal {
            writeln!(f, "  (not fully shrunk: the time ran out)")?;
        }
        if self.original != self.unit {
            writeln!(f, "  shrunk from {:?}", self.original)?;
        }
        Ok(())
    }
}

/// The shape of a text: its capitals as `X`, other letters as `x`, digits as `0`. Units of
/// one shape (`"A. "` and `"Z. "`) are one finding.
fn class(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => 'X',
            c if c.is_alphabetic() => 'x',
            '0'..='9' => '0',
            c => c,
        })
        .collect()
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(value.trim().parse().unwrap_or_else(|_| panic!("{name}={value:?} is not a number")))
}

/// Confirms, shrinks and records one failing unit; returns whether it was new.
fn investigate(
    pieces: Vec<String>,
    shape: String,
    deadline: Instant,
    findings: &mut Vec<Finding>,
) -> bool {
    let original = pieces.concat();
    let (pieces, minimal) = shrink(pieces, deadline);
    let unit = pieces.concat();
    if let Some(known) = findings.iter().find(|finding| class(&finding.unit) == class(&unit)) {
        eprintln!("  {unit:?}: the same shape as {:?}, already found", known.unit);
        return false;
    }
    let mut measure = measure(&unit);
    complete(&unit, &mut measure);
    let finding = Finding { unit, original, shape, measure, minimal };
    eprint!("FOUND {finding}");
    findings.push(finding);
    true
}

#[test]
#[ignore = "timings: run in release (cargo test --release --test complexity -- --ignored)"]
fn generated_shapes_take_linear_time() {
    let seconds = env_number("NEWSLENS_COMPLEXITY_SECONDS").unwrap_or(60);
    let seed = env_number("NEWSLENS_COMPLEXITY_SEED").unwrap_or_else(|| {
        let clock = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        clock.as_nanos() as u64 % 1_000_000_000_000
    });
    let verbose = std::env::var_os("NEWSLENS_COMPLEXITY_VERBOSE").is_some();
    let budget = Duration::from_secs(seconds);
    let start = Instant::now();
    let deadline = start + budget + budget / 2;
    let mut findings = Vec::new();

    if let Ok(unit) = std::env::var("NEWSLENS_COMPLEXITY_UNIT") {
        let first = measure(&unit);
        eprintln!("unit {unit:?}: {first}");
        if first.fails() {
            let pieces = unit.split_inclusive([' ', '\n']).map(str::to_string).collect();
            investigate(pieces, "given".to_string(), deadline, &mut findings);
        }
    } else {
        eprintln!(
            "complexity fuzzer: seed {seed} (replay with NEWSLENS_COMPLEXITY_SEED={seed}), \
             {seconds} s; fails when 8n takes over {RATIO_LIMIT}x n"
        );
        let names = names();
        let (mut tried, mut skipped) = (0u64, 0u64);
        while start.elapsed() < budget {
            tried += 1;
            let mut rng = Rng(seed.wrapping_add(tried.wrapping_mul(0x2545_F491_4F6C_DD1D)));
            let pieces = unit(&mut rng, &names);
            let text = pieces.concat();
            let shape = class(&text);
            if let Some(known) =
                findings.iter().find(|finding| shape.contains(&class(&finding.unit)))
            {
                if verbose {
                    eprintln!(
                        "#{tried} {text:?}: skipped, holds the shape of {:?} (found)",
                        known.unit
                    );
                }
                skipped += 1;
                continue;
            }
            let first = measure(&text);
            if verbose {
                eprintln!("#{tried} {text:?}: {first}");
            }
            if !first.fails() {
                continue;
            }
            let again = measure(&text);
            if !again.fails() {
                eprintln!("#{tried} {text:?}: {first}; timed again: {again}: noise, passes");
                continue;
            }
            eprintln!("#{tried} {text:?}: {first}; timed again: {again}; shrinking");
            investigate(pieces, format!("shape #{tried}"), deadline, &mut findings);
        }
        eprintln!(
            "{tried} shapes in {:.0} s (seed {seed}), {skipped} skipped as holding the shape \
             of a unit found, {} slow",
            start.elapsed().as_secs_f64(),
            findings.len()
        );
    }

    let report: String = findings.iter().map(ToString::to_string).collect();
    assert!(
        findings.is_empty(),
        "analysis time grows faster than linearly on {} shape(s) (8n over {RATIO_LIMIT}x n):\n{report}",
        findings.len()
    );
}
