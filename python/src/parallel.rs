//! Work on every core, in input order, with nothing lost: `newslens batch`'s scheme
//! ([`newslens::batch::parallel_map`]): threads take the next item from a shared counter, so
//! long and short texts balance themselves; each result goes to its item's slot. A panic in
//! the core is caught per item ([`guarded`]) and becomes that item's error, so one text can
//! never take the others (or the Python process) down with it.

use std::num::NonZeroUsize;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The number of threads: `jobs` if given (at least 1), else one per core.
pub fn jobs(jobs: Option<usize>) -> Result<usize, String> {
    match jobs {
        Some(0) => Err("jobs must be at least 1 (or None for one per core)".to_string()),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, NonZeroUsize::get)),
    }
}

/// Runs `f`, turning a panic into an error message.
pub fn guarded<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("internal error in newslens (please report it with the text): {what}")
    })
}

/// `f` over `items` on up to `jobs` threads, results in the order of `items` (`f` catches
/// the core's panics, so no thread stops early).
pub use newslens::batch::parallel_map as map;
