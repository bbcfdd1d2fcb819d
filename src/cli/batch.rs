//! `newslens batch`: JSON Lines in, one analysis per line out, on every core.
//!
//! Lines are analysed in windows of a few dozen per thread. Within a window, threads take the
//! next unanalysed line from a shared counter (long and short articles balance themselves);
//! when the window is done its outputs are written in input order and the next window starts.
//! So the output order is the input order, memory stays bounded by the window, and a bad line
//! becomes an error record in its place without stopping the others.

use std::io::{self, IsTerminal, Write};
use std::num::NonZeroUsize;
use std::time::{Duration, Instant};

use newslens::batch::{self, parallel_map, Outcome};
use newslens::{analyze, Offsets};

/// Lines per thread in one window.
const LINES_PER_THREAD: usize = 32;

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

/// Analyses line `line_no` (its bytes, without the newline).
fn one_line(line_no: usize, raw: &[u8], offsets: Offsets, pretty: bool) -> Outcome {
    match crate::utf8(raw) {
        Ok(raw) => batch::line(line_no, raw, offsets, pretty, |text, options| {
            analyze(text, options).map_err(|e| e.to_string())
        }),
        Err(error) => batch::failed(line_no, None, &error, pretty),
    }
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
