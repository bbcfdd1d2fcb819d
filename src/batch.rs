//! JSON Lines batches, for `newslens batch` (src/cli/batch.rs) and the Python package's
//! `batch` and `analyze_many` (python/src/): one line `{"id", "text", "dct"?}` in, one line
//! out, the analysis with its id first or `{"id", "line", "error"}` in its place; and
//! [`parallel_map`], which spreads the lines over the cores and keeps their order.
//!
//! Both callers print exactly these records, so that the Spark example's output (through
//! Python) equals the CLI's line for line.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use serde::Serialize;

use crate::{parse_date, Analysis, Offsets, Options};

/// One line of batch input.
#[derive(serde::Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

/// One line of batch output: the id, then the analysis.
#[derive(Serialize)]
struct Analysed<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// A batch line that could not be analysed.
#[derive(Serialize)]
struct Failed<'a> {
    id: Option<&'a serde_json::Value>,
    line: usize,
    error: &'a str,
}

/// What one input line became: its output line, and the message for standard error if it
/// failed (`line 3 (id "a"): ...`).
pub struct Outcome {
    pub json: String,
    pub error: Option<String>,
}

/// Analyses input line `line_no` (its text, without the newline) with `analyse` (the core's
/// [`crate::analyze`], its errors as messages; the Python package also catches panics there).
pub fn line(
    line_no: usize,
    raw: &str,
    offsets: Offsets,
    pretty: bool,
    analyse: impl FnOnce(&str, &Options) -> Result<Analysis, String>,
) -> Outcome {
    let line = match serde_json::from_str::<Line>(raw) {
        Ok(line) => line,
        Err(e) => {
            let error = format!("not a JSON object with \"id\" and \"text\": {e}");
            return failed(line_no, None, &error, pretty);
        }
    };
    let analysed = line
        .dct
        .as_deref()
        .map(parse_date)
        .transpose()
        .map_err(|e| e.to_string())
        .and_then(|reference_date| analyse(&line.text, &Options { reference_date, offsets }));
    match analysed {
        Ok(analysis) => Outcome {
            json: to_json(&Analysed { id: &line.id, analysis: &analysis }, pretty),
            error: None,
        },
        Err(error) => failed(line_no, Some(&line.id), &error, pretty),
    }
}

/// The record of line `line_no`, which could not be analysed, and its message.
pub fn failed(
    line_no: usize,
    id: Option<&serde_json::Value>,
    error: &str,
    pretty: bool,
) -> Outcome {
    let shown = id.map(|i| format!(" (id {i})")).unwrap_or_default();
    Outcome {
        json: to_json(&Failed { id, line: line_no, error }, pretty),
        error: Some(format!("line {line_no}{shown}: {error}")),
    }
}

/// JSON text of a value that always serialises: its keys are strings and it holds no floats
/// that JSON cannot write. Should it ever fail, the item still gets a record.
pub fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let written =
        if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) };
    written.unwrap_or_else(|e| {
        format!("{{\"error\":\"cannot write the analysis: {}\"}}", e.to_string().replace('"', "'"))
    })
}

/// `f` over `items` on up to `jobs` threads, results in the order of `items`. Threads take
/// the next item from a shared counter, so long and short texts balance themselves.
pub fn parallel_map<T: Sync, R: Send + Sync>(
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_line_is_its_analysis_or_its_error_with_id_and_number() {
        let analyse = |t: &str, o: &Options| crate::analyze(t, o).map_err(|e| e.to_string());
        let ok =
            line(3, r#"{"id":"a","text":"Anna Weber spoke."}"#, Offsets::Chars, false, analyse);
        assert!(
            ok.error.is_none() && ok.json.starts_with(r#"{"id":"a","schema":1"#),
            "{}",
            ok.json
        );
        let bad = line(4, r#"{"id":7,"text":""}"#, Offsets::Chars, false, analyse);
        assert!(bad.json.starts_with(r#"{"id":7,"line":4,"error":"#), "{}", bad.json);
        assert!(bad.error.is_some_and(|e| e.starts_with("line 4 (id 7): ")));
        let junk = line(5, "not json", Offsets::Chars, false, analyse);
        assert!(junk.json.starts_with(r#"{"id":null,"line":5,"error":"not a JSON object"#));
    }
}
