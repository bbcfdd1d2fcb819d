//! `newslens._core`: the Rust side of the Python package `newslens` (python/newslens/ is the
//! Python side, which turns the JSON text these functions return into dicts).
//!
//! Each function hands back JSON text rather than building Python objects: serialising in Rust
//! and `json.loads` in Python is as fast as walking the analysis into dicts field by field, and
//! the JSON is exactly the CLI's (schema 1), so the Python package cannot drift from it.
//!
//! `analyze_many_json` and `batch_json` let go of the GIL while they analyse, on every core
//! (`parallel.rs`); a text that cannot be analysed becomes an error in its place (never an
//! exception for the whole call, never a panic across the boundary).

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

use newslens::{parse_date, Offsets, Options};

mod batch;
mod parallel;

create_exception!(
    newslens,
    NewslensError,
    PyValueError,
    "Raised when newslens cannot analyse its input (empty or oversized text, a bad date, a bad \
     offset unit); the message is the core's, the same as the CLI's."
);

/// The options of one analysis, or the core's message for the bad one.
fn options(reference_date: Option<&str>, offsets: Offsets) -> Result<Options, String> {
    let reference_date = reference_date.map(parse_date).transpose().map_err(|e| e.to_string())?;
    Ok(Options { reference_date, offsets })
}

fn offsets(unit: &str) -> PyResult<Offsets> {
    Offsets::parse(unit).ok_or_else(|| {
        NewslensError::new_err(newslens::Error::BadOffsets(unit.to_string()).to_string())
    })
}

/// One analysis as JSON text, or its error message (a panic becomes a message too).
fn analyse_one(
    text: &str,
    reference_date: Option<&str>,
    offsets: Offsets,
) -> Result<String, String> {
    let options = options(reference_date, offsets)?;
    parallel::guarded(|| newslens::analyze(text, &options))?.map_err(|e| e.to_string()).and_then(
        |a| serde_json::to_string(&a).map_err(|e| format!("cannot write the analysis: {e}")),
    )
}

/// `newslens.analyze`: one text's analysis as JSON text; errors raise `NewslensError`.
#[pyfunction]
#[pyo3(signature = (text, reference_date=None, offsets="chars"))]
fn analyze_json(
    py: Python<'_>,
    text: PyBackedStr,
    reference_date: Option<PyBackedStr>,
    offsets: &str,
) -> PyResult<String> {
    let unit = self::offsets(offsets)?;
    let date = reference_date.as_deref();
    // Long articles take milliseconds: let other Python threads run meanwhile.
    py.detach(|| analyse_one(&text, date, unit)).map_err(NewslensError::new_err)
}

/// The texts of `analyze_many`: each a `str`, or the message saying what it is instead.
fn texts_of(items: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<Result<PyBackedStr, String>>> {
    let mut out = Vec::new();
    for (n, item) in items.try_iter()?.enumerate() {
        let item = item?;
        out.push(match item.cast::<PyString>() {
            Ok(s) => Ok(PyBackedStr::try_from(s.clone())?),
            Err(_) => Err(format!(
                "{what} {n} is not a str but {}",
                item.get_type().name().map(|s| s.to_string()).unwrap_or_default()
            )),
        });
    }
    Ok(out)
}

/// `newslens.analyze_many`: every text's analysis (or `{"error": message}`) as JSON text, in
/// input order, on `jobs` threads (default: one per core) without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, reference_dates=None, offsets="chars", jobs=None))]
fn analyze_many_json(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    reference_dates: Option<&Bound<'_, PyAny>>,
    offsets: &str,
    jobs: Option<usize>,
) -> PyResult<Vec<String>> {
    let unit = self::offsets(offsets)?;
    let jobs = parallel::jobs(jobs).map_err(PyValueError::new_err)?;
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("texts must be a sequence of str, not one str"));
    }
    let texts = texts_of(texts, "text")?;
    let dates = match reference_dates {
        None => texts.iter().map(|_| None).collect(),
        Some(dates) => {
            let mut out = Vec::new();
            for (n, item) in dates.try_iter()?.enumerate() {
                let item = item?;
                out.push(if item.is_none() {
                    None
                } else {
                    Some(match item.cast::<PyString>() {
                        Ok(s) => Ok(PyBackedStr::try_from(s.clone())?),
                        Err(_) => Err(format!("reference date {n} is not a str or None")),
                    })
                });
            }
            if out.len() != texts.len() {
                return Err(PyValueError::new_err(format!(
                    "{} texts but {} reference dates: give one (or None) per text",
                    texts.len(),
                    out.len()
                )));
            }
            out
        }
    };
    let work: Vec<_> = texts.iter().zip(&dates).collect();
    let results = py.detach(|| {
        parallel::map(&work, jobs, |(text, date)| {
            let text = text.as_ref().map_err(Clone::clone)?;
            let date = date.as_ref().map(|d| d.as_ref().map_err(Clone::clone)).transpose()?;
            analyse_one(text, date.map(|d| &**d), unit)
        })
    });
    Ok(results
        .into_iter()
        .map(|r| r.unwrap_or_else(|error| batch::to_json(&serde_json::json!({ "error": error }))))
        .collect())
}

/// `newslens.batch`: what `newslens batch` prints for these JSON Lines, one string a line.
#[pyfunction]
#[pyo3(signature = (lines, offsets="chars", jobs=None, first_line=1))]
fn batch_json(
    py: Python<'_>,
    lines: &Bound<'_, PyAny>,
    offsets: &str,
    jobs: Option<usize>,
    first_line: usize,
) -> PyResult<Vec<String>> {
    let unit = self::offsets(offsets)?;
    let jobs = parallel::jobs(jobs).map_err(PyValueError::new_err)?;
    if lines.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("lines must be a sequence of str, not one str"));
    }
    let lines = texts_of(lines, "line")?;
    let numbered: Vec<_> = lines
        .iter()
        .enumerate()
        .map(|(n, line)| (first_line + n, line))
        // Blank lines are skipped, as `newslens batch` does, but keep their numbers.
        .filter(|(_, line)| {
            !line.as_ref().is_ok_and(|l| l.bytes().all(|b| b.is_ascii_whitespace()))
        })
        .collect();
    Ok(py.detach(|| {
        parallel::map(&numbered, jobs, |&(n, line)| match line {
            Ok(line) => batch::line(n, line, unit),
            Err(error) => batch::error_record(n, None, error),
        })
    }))
}

/// The version of newslens (the crate's, which the wheel's is too).
#[pyfunction]
fn version() -> &'static str {
    newslens::VERSION
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("NewslensError", m.py().get_type::<NewslensError>())?;
    m.add("MAX_INPUT_BYTES", newslens::MAX_INPUT_BYTES)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(batch_json, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
