//! Running the library over many texts on a bounded number of threads.
//!
//! No thread outlives a call: each batch call runs on scoped threads
//! (`std::thread::scope`) that end before it returns. So there is no pool
//! to inherit across `os.fork()` (a child of a process with a global pool
//! inherits its locks but not its threads, and waits forever), and nothing
//! to shut down. Spawning two threads costs tens of microseconds, which a
//! batch worth splitting (see [`MIN_PARALLEL_BYTES`]) repays many times.
//!
//! The thread count: the `num_threads` argument of a call, else the
//! process setting ([`set_num_threads`]), else the environment variable
//! `DEVANAGARI_NUM_THREADS`, else the number of CPUs.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

pyo3::create_exception!(
    devanagari,
    InternalError,
    pyo3::exceptions::PyRuntimeError,
    "A bug in the devanagari core (a Rust panic), raised instead of aborting the interpreter. Please report it with the input."
);

/// The most threads a call uses, whatever it asks.
pub const MAX_THREADS: usize = 1024;

/// Below this many bytes in all, a batch runs on the calling thread.
pub const MIN_PARALLEL_BYTES: usize = 32 * 1024;

/// The process setting; 0 when unset.
static NUM_THREADS: AtomicUsize = AtomicUsize::new(0);

pub const ENV_VAR: &str = "DEVANAGARI_NUM_THREADS";

fn env_threads() -> Option<usize> {
    std::env::var(ENV_VAR)
        .ok()?
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|&n| n > 0)
        .map(|n| n.min(MAX_THREADS))
}

pub fn num_threads() -> usize {
    match NUM_THREADS.load(Ordering::Relaxed) {
        0 => env_threads().unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        }),
        n => n,
    }
}

pub fn set_num_threads(n: Option<i64>) -> PyResult<()> {
    match n {
        None => NUM_THREADS.store(0, Ordering::Relaxed),
        Some(n) if n >= 1 => NUM_THREADS.store((n as usize).min(MAX_THREADS), Ordering::Relaxed),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "num_threads must be at least 1 (or None for the default), not {n}"
            )))
        }
    }
    Ok(())
}

/// The thread count of a call.
pub fn threads_arg(n: Option<i64>) -> PyResult<usize> {
    match n {
        None => Ok(num_threads()),
        Some(n) if n >= 1 => Ok((n as usize).min(MAX_THREADS)),
        Some(n) => Err(PyValueError::new_err(format!(
            "num_threads must be at least 1 (or None for the default), not {n}"
        ))),
    }
}

/// The message of a panic payload.
fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    }
}

/// A panic of the library, caught: which item, and its message.
#[derive(Debug)]
pub struct Panicked {
    pub index: Option<usize>,
    pub message: String,
}

impl Panicked {
    pub fn into_py_err(self, what: &str) -> PyErr {
        let at = match self.index {
            Some(i) => format!(" on item {i}"),
            None => String::new(),
        };
        InternalError::new_err(format!(
            "{what}: internal error in the devanagari core{at} (a Rust panic: {}); please report it with the input",
            self.message
        ))
    }
}

/// Runs `f`, turning a panic into an [`InternalError`].
pub fn guard<R>(what: &str, f: impl FnOnce() -> R) -> PyResult<R> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
        Panicked {
            index: None,
            message: panic_message(p.as_ref()),
        }
        .into_py_err(what)
    })
}

/// `f` over every item, in order, on up to `threads` threads. Items are
/// handed out in chunks of similar byte weight, taken from a shared counter
/// by whichever thread is free. A panic in `f` stops the work and is
/// returned with the index of its item.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    weight: impl Fn(&T) -> usize,
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Result<Vec<R>, Panicked> {
    let total: usize = items.iter().map(&weight).sum();
    let threads = threads.clamp(1, MAX_THREADS).min(items.len().max(1));
    let run_one = |i: usize, item: &T| -> Result<R, Panicked> {
        catch_unwind(AssertUnwindSafe(|| f(item))).map_err(|p| Panicked {
            index: Some(i),
            message: panic_message(p.as_ref()),
        })
    };
    if threads <= 1 || total < MIN_PARALLEL_BYTES {
        return items
            .iter()
            .enumerate()
            .map(|(i, t)| run_one(i, t))
            .collect();
    }
    // Chunks: about 16 per thread, at least 8 KiB each, so that a slow
    // chunk at the end keeps one thread busy only briefly.
    let target = (total / (threads * 16)).max(8 * 1024);
    let mut bounds = vec![0usize];
    let mut acc = 0;
    for (i, t) in items.iter().enumerate() {
        acc += weight(t).max(1);
        if acc >= target {
            bounds.push(i + 1);
            acc = 0;
        }
    }
    if bounds.last() != Some(&items.len()) {
        bounds.push(items.len());
    }
    let chunks = bounds.len() - 1;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let failure: Mutex<Option<Panicked>> = Mutex::new(None);
    let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let work = || {
            let mut mine = Vec::new();
            loop {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let c = next.fetch_add(1, Ordering::Relaxed);
                if c >= chunks {
                    break;
                }
                let (a, b) = (bounds[c], bounds[c + 1]);
                let mut out = Vec::with_capacity(b - a);
                for (i, item) in items[a..b].iter().enumerate() {
                    match run_one(a + i, item) {
                        Ok(r) => out.push(r),
                        Err(p) => {
                            stop.store(true, Ordering::Relaxed);
                            if let Ok(mut f) = failure.lock() {
                                f.get_or_insert(p);
                            }
                            return mine;
                        }
                    }
                }
                mine.push((c, out));
            }
            mine
        };
        let handles: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for h in handles {
            // `work` catches the library's panics; a worker can only fail
            // by an allocation failure, which aborts anyway.
            if let Ok(v) = h.join() {
                all.extend(v);
            }
        }
        all
    });
    if let Some(p) = failure.into_inner().ok().flatten() {
        return Err(p);
    }
    done.sort_unstable_by_key(|(c, _)| *c);
    let mut out = Vec::with_capacity(items.len());
    for (_, v) in done {
        out.extend(v);
    }
    if out.len() != items.len() {
        return Err(Panicked {
            index: None,
            message: "a worker thread ended early".into(),
        });
    }
    Ok(out)
}
