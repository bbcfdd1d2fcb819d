//! `newslens batch`: JSON Lines in, one analysis per line out, on every core.
//!
//! Lines are analysed in windows of a few dozen per thread. Within a window, threads take the
//! next unanalysed line from a shared counter (long and short articles balance themselves);
//! when the window is done its outputs are written in input order and the next window starts.
//! So the output order is the input order, memory stays bounded by the window, and a bad line
//! becomes an error record in its place without stopping the others.

use std::io::{self, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use newslens::{analyze, parse_date, Analysis, Offsets, Options};
use serde::Serialize;

/// Lines per thread in one window.
const LINES_PER_THREAD: usize = 32;

/// One line of batch input.
#[derive(serde::Deserialize)]
struct BatchLine {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

/// One line of batch output: the id, then the analysis.
#[derive(Serialize)]
struct BatchAnalysis<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// A batch line that could not be analysed.
#[derive(Serialize)]
struct BatchError<'a> {
    id: Option<&'a serde_json::Value>,
    line: usize,
    error: String,
}

/// What one input line became: its output line, and the message for standard error if it failed.
struct Outcome {
    json: String,
    error: Option<String>,
}

/// How many threads to use when `--jobs` is not given: one per core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, NonZeroUsize::get)
}

/// Analyses every non-blank line of `bytes` and writes the results to standard output in
/// input order. Returns how many lines failed.
pub fn run(bytes: &[u8], offsets: Offsets, pretty: bool, jobs: usize) -> io::Result<usize> {
    let lines: Vec<(usize, &[u8])> = bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(n, raw)| (n + 1, raw.strip_suffix(b"\r").unwrap_or(raw)))
        .filter(|(_, raw)| !raw.iter().all(u8::is_ascii_whitespace))
        .collect();
    let jobs = jobs.max(1);
    let mut progress = Progress::new(lines.len());
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0;
    for window in lines.chunks(jobs * LINES_PER_THREAD) {
        for outcome in parallel_map(window, jobs, |&(n, raw)| one_line(n, raw, offsets, pretty)) {
            if let Some(error) = outcome.error {
                failed += 1;
                progress.clear();
                eprintln!("newslens: {error}");
            }
            out.write_all(outcome.json.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        progress.advance(window.len());
    }
    progress.finish();
    Ok(failed)
}

/// `f` over `items` on up to `jobs` threads, results in the order of `items`.
fn parallel_map<T: Sync, R: Send + Sync>(
    items: &[T],
    jobs: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = jobs.min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let slots: Vec<OnceLock<R>> = items.iter().map(|_| OnceLock::new()).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let _ = slots[i].set(f(item));
            });
        }
    });
    // Every index below items.len() was taken by exactly one thread, which filled its slot.
    slots.into_iter().filter_map(OnceLock::into_inner).collect()
}

/// Analyses line `line_no` (its bytes, without the newline).
fn one_line(line_no: usize, raw: &[u8], offsets: Offsets, pretty: bool) -> Outcome {
    let parsed = crate::utf8(raw).and_then(|s| {
        serde_json::from_str::<BatchLine>(s)
            .map_err(|e| format!("not a JSON object with \"id\" and \"text\": {e}"))
    });
    let result = match &parsed {
        Err(msg) => Err((None, msg.clone())),
        Ok(line) => line
            .dct
            .as_deref()
            .map(parse_date)
            .transpose()
            .and_then(|reference_date| analyze(&line.text, &Options { reference_date, offsets }))
            .map(|analysis| (&line.id, analysis))
            .map_err(|e| (Some(&line.id), e.to_string())),
    };
    match result {
        Ok((id, analysis)) => Outcome {
            json: to_json(&BatchAnalysis { id, analysis: &analysis }, pretty),
            error: None,
        },
        Err((id, error)) => {
            let shown = id.map(|i| format!(" (id {i})")).unwrap_or_default();
            let message = format!("line {line_no}{shown}: {error}");
            Outcome {
                json: to_json(&BatchError { id, line: line_no, error }, pretty),
                error: Some(message),
            }
        }
    }
}

fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let written =
        if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    // Serialising these types cannot fail: their keys are strings and they hold no floats
    // that JSON cannot write. Should it ever, the line still gets a record.
    written.unwrap_or_else(|e| {
        format!("{{\"error\":\"cannot write the analysis: {}\"}}", e.to_string().replace('"', "'"))
    })
}

/// A progress line on standard error, shown only when it is a terminal.
struct Progress {
    total: usize,
    done: usize,
    started: Instant,
    last_drawn: Option<Instant>,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            done: 0,
            started: Instant::now(),
            last_drawn: None,
            shown: io::stderr().is_terminal(),
        }
    }

    fn advance(&mut self, lines: usize) {
        self.done += lines;
        if !self.shown || self.last_drawn.is_some_and(|t| t.elapsed() < Duration::from_millis(100))
        {
            return;
        }
        self.last_drawn = Some(Instant::now());
        let seconds = self.started.elapsed().as_secs_f64().max(1e-9);
        let percent = (self.done * 100).checked_div(self.total).unwrap_or(100);
        let width = 30;
        let filled = percent * width / 100;
        eprint!(
            "\r\x1b[2K[{}{}] {}/{} lines ({percent}%), {:.0} lines/s",
            "#".repeat(filled),
            " ".repeat(width - filled),
            self.done,
            self.total,
            self.done as f64 / seconds
        );
    }

    /// Erases the progress line, so a message can take its place.
    fn clear(&self) {
        if self.shown && self.last_drawn.is_some() {
            eprint!("\r\x1b[2K");
        }
    }

    fn finish(&mut self) {
        if self.shown {
            self.last_drawn = None;
            self.advance(0);
            eprintln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parallel_map;

    #[test]
    fn parallel_map_keeps_order() {
        let items: Vec<u64> = (0..1000).collect();
        for jobs in [1, 2, 3, 8] {
            let out = parallel_map(&items, jobs, |&n| {
                // Uneven work, so threads finish out of order.
                (0..(n % 7) * 1000).fold(n, |a, b| a.wrapping_add(b % 3))
                    - (0..(n % 7) * 1000).map(|b| b % 3).sum::<u64>()
            });
            assert_eq!(out, items, "jobs={jobs}");
        }
    }
}
