//! Work on every core, in input order, with nothing lost: the same scheme as `newslens batch`
//! (src/cli/batch.rs), whose helper lives in the CLI and so cannot be shared. Threads take the
//! next item from a shared counter, so long and short texts balance themselves; each result
//! goes to its item's slot. A panic in the core is caught per item and becomes that item's
//! error, so one text can never take the others (or the Python process) down with it.

use std::num::NonZeroUsize;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

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

/// `f` over `items` on up to `jobs` threads, results in the order of `items`.
pub fn map<T: Sync, R: Send + Sync>(
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
    // Every index below items.len() was taken by exactly one thread, which filled its slot
    // (f catches the core's panics, so no thread stops early).
    slots.into_iter().filter_map(OnceLock::into_inner).collect()
}
