//! `newslens.batch`: one JSON Lines line in, the line `newslens batch` prints for it out (the
//! analysis with its `id` first, or `{"id", "line", "error"}`), with the CLI's messages: both
//! are [`newslens::batch`], so the Spark example's output equals the CLI's (its test,
//! examples/spark/test_spark.py, compares them line by line). Only here a panic in the core
//! is caught, and becomes that line's error.

use newslens::{analyze, Offsets};

/// The output line for input line `line_no`.
pub fn line(line_no: usize, raw: &str, offsets: Offsets) -> String {
    newslens::batch::line(line_no, raw, offsets, false, |text, options| {
        crate::parallel::guarded(|| analyze(text, options))?.map_err(|e| e.to_string())
    })
    .json
}

/// `{"id", "line", "error"}` for a line that could not be analysed.
pub fn error_record(line_no: usize, id: Option<&serde_json::Value>, error: &str) -> String {
    newslens::batch::failed(line_no, id, error, false).json
}

/// JSON text of a value that always serialises (see [`newslens::batch::to_json`]).
pub fn to_json<T: serde::Serialize>(value: &T) -> String {
    newslens::batch::to_json(value, false)
}
