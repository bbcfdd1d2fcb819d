//! `newslens.batch`: one JSON Lines line in, the line `newslens batch` prints for it out (the
//! analysis with its `id` first, or `{"id", "line", "error"}`), with the CLI's messages, so
//! that the Spark example's output equals the CLI's. Kept in step with src/cli/batch.rs; the
//! Spark test (examples/spark/test_spark.py) compares the two line by line.

use newslens::{analyze, parse_date, Analysis, Offsets, Options};
use serde::Serialize;

#[derive(serde::Deserialize)]
struct BatchLine {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    dct: Option<String>,
}

#[derive(Serialize)]
struct BatchAnalysis<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

#[derive(Serialize)]
struct BatchError<'a> {
    id: Option<&'a serde_json::Value>,
    line: usize,
    error: &'a str,
}

/// The output line for input line `line_no`.
pub fn line(line_no: usize, raw: &str, offsets: Offsets) -> String {
    let parsed = serde_json::from_str::<BatchLine>(raw)
        .map_err(|e| format!("not a JSON object with \"id\" and \"text\": {e}"));
    let line = match parsed {
        Ok(line) => line,
        Err(error) => return error_record(line_no, None, &error),
    };
    let analysed = crate::parallel::guarded(|| {
        line.dct
            .as_deref()
            .map(parse_date)
            .transpose()
            .and_then(|reference_date| analyze(&line.text, &Options { reference_date, offsets }))
            .map_err(|e| e.to_string())
    });
    match analysed.and_then(|r| r) {
        Ok(analysis) => to_json(&BatchAnalysis { id: &line.id, analysis: &analysis }),
        Err(error) => error_record(line_no, Some(&line.id), &error),
    }
}

/// `{"id", "line", "error"}` for a line that could not be analysed.
pub fn error_record(line_no: usize, id: Option<&serde_json::Value>, error: &str) -> String {
    to_json(&BatchError { id, line: line_no, error })
}

/// JSON text of a value that always serialises (string keys, no non-finite floats); should it
/// ever fail, the item still gets a record.
pub fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| {
        format!("{{\"error\":\"cannot write the analysis: {}\"}}", e.to_string().replace('"', "'"))
    })
}
