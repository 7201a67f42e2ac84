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
use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
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

/// Items in a chunk of [`pipeline`]: enough bytes that handing a chunk
/// to a worker costs little beside its work, few enough that the workers
/// start soon after the call does.
const PIPELINE_CHUNK_BYTES: usize = 16 * 1024;

/// `work` over `n` items on `threads` threads in all (the calling thread
/// and at least one worker), while the calling thread, holding the GIL,
/// makes the items (`prepare`, in order: each with its weight in bytes)
/// and turns the results into Python objects (`finish`, in order) as they
/// come back; once every item is made, it works unclaimed chunks too.
///
/// [`map`] makes every item first, then works, then finishes: on two
/// threads the GIL-held parts (a `str`'s UTF-8, new `str` objects) then
/// run alone, before and after the parallel part. Here they overlap it.
/// The calling thread releases the GIL while it waits for results.
///
/// A panic in `work` stops the work and is returned with its item's index;
/// an error of `prepare` or `finish` is returned as it is, after the
/// workers have stopped.
pub fn pipeline<T: Send, R: Send>(
    py: Python<'_>,
    what: &str,
    n: usize,
    threads: usize,
    mut prepare: impl FnMut(usize) -> PyResult<(T, usize)>,
    work: impl Fn(&T) -> R + Sync,
    mut finish: impl FnMut(R) -> PyResult<()>,
) -> PyResult<()> {
    // The calling thread is busy too (it makes the items and the objects),
    // so `threads` threads in all; a worker starts with a chunk to work,
    // so a short batch starts no more than it has chunks.
    let workers = threads.clamp(1, MAX_THREADS).saturating_sub(1).max(1);
    let (jobs, job_queue) = channel::<Job<T>>();
    let job_queue = Mutex::new(job_queue);
    let (done_tx, done_rx) = channel::<Done<R>>();
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // Whatever way the calling thread leaves (an error, a panic), the
        // workers stop at their next chunk; the scope waits for them.
        let _stop = StopOnDrop(&stop);
        let mut inbox = Inbox {
            rx: Some(done_rx),
            waiting: BTreeMap::new(),
            next: 0,
        };
        // Owned here, so that the queue closes on every way out.
        let (jobs, done_tx) = (jobs, Some(done_tx));
        let (mut chunk, mut first, mut bytes, mut started) = (0, 0, 0, 0);
        let mut items = Vec::new();
        for i in 0..n {
            let (item, weight) = prepare(i)?;
            bytes += weight.max(1);
            items.push(item);
            if bytes >= PIPELINE_CHUNK_BYTES || i + 1 == n {
                if started < workers {
                    if let Some(tx) = &done_tx {
                        let (tx, job_queue, work, stop) = (tx.clone(), &job_queue, &work, &stop);
                        scope.spawn(move || worker(job_queue, &tx, stop, work));
                        started += 1;
                    }
                }
                // A send fails only when every worker has ended, which
                // `receive` reports.
                let _ = jobs.send((chunk, first, std::mem::take(&mut items)));
                (chunk, first, bytes) = (chunk + 1, i + 1, 0);
                inbox.receive(py, what, false, &mut finish)?;
            }
        }
        // All is sent: a worker that finds the queue empty now ends, and
        // only the workers hold the results' sender.
        drop(jobs);
        drop(done_tx);
        while inbox.next < chunk {
            // Rather than wait, take a chunk no worker has taken yet, if
            // there is one. (A worker holds the queue only to take a
            // chunk, or to find it closed and empty: briefly.)
            let job = job_queue.lock().ok().and_then(|q| q.try_recv().ok());
            match job {
                Some(job) => {
                    let done = py.detach(|| run_job(job, &work, &stop));
                    inbox.accept(done, what, &mut finish)?;
                }
                None => inbox.receive(py, what, true, &mut finish)?,
            }
        }
        Ok(())
    })
}

/// Sets the flag it holds when dropped.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// A chunk of [`pipeline`]'s items: its number, the index of its first
/// item, the items.
type Job<T> = (usize, usize, Vec<T>);

/// A chunk's results, or the panic that stopped it.
type Done<R> = (usize, Result<Vec<R>, Panicked>);

/// A worker of [`pipeline`]: takes chunks from the queue until it closes.
fn worker<T, R>(
    job_queue: &Mutex<Receiver<Job<T>>>,
    done: &Sender<Done<R>>,
    stop: &AtomicBool,
    work: &(impl Fn(&T) -> R + Sync),
) {
    loop {
        let job = match job_queue.lock() {
            Ok(q) => q.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else {
            return;
        };
        if stop.load(Ordering::Relaxed) || done.send(run_job(job, work, stop)).is_err() {
            return;
        }
    }
}

/// `work` over the items of one chunk; a panic stops it (and sets `stop`).
fn run_job<T, R>(
    (chunk, first, items): Job<T>,
    work: &(impl Fn(&T) -> R + Sync),
    stop: &AtomicBool,
) -> Done<R> {
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match catch_unwind(AssertUnwindSafe(|| work(item))) {
            Ok(r) => out.push(r),
            Err(p) => {
                stop.store(true, Ordering::Relaxed);
                let p = Panicked {
                    index: Some(first + i),
                    message: panic_message(p.as_ref()),
                };
                return (chunk, Err(p));
            }
        }
    }
    (chunk, Ok(out))
}

/// The calling thread's side of [`pipeline`]: results come back in any
/// order and are finished in order.
struct Inbox<R> {
    /// `None` only while a wait without the GIL holds it.
    rx: Option<Receiver<Done<R>>>,
    waiting: BTreeMap<usize, Vec<R>>,
    /// The next chunk to finish.
    next: usize,
}

impl<R: Send> Inbox<R> {
    /// Finishes what has come back: waits (without the GIL) for one chunk
    /// first when `wait`.
    fn receive(
        &mut self,
        py: Python<'_>,
        what: &str,
        wait: bool,
        finish: &mut impl FnMut(R) -> PyResult<()>,
    ) -> PyResult<()> {
        let Some(rx) = self.rx.take() else {
            return Ok(());
        };
        let (first, rx) = if wait {
            // The receiver moves in and back out: it may not be shared.
            let (d, rx) = py.detach(move || (rx.recv(), rx));
            match d {
                Ok(d) => (Some(d), rx),
                Err(_) => {
                    return Err(Panicked {
                        index: None,
                        message: "a worker thread ended early".into(),
                    }
                    .into_py_err(what))
                }
            }
        } else {
            (None, rx)
        };
        let mut arrived: Vec<Done<R>> = first.into_iter().collect();
        arrived.extend(rx.try_iter());
        self.rx = Some(rx);
        for done in arrived {
            self.accept(done, what, finish)?;
        }
        Ok(())
    }

    /// Takes one chunk's results and finishes all that can be, in order.
    fn accept(
        &mut self,
        (chunk, result): Done<R>,
        what: &str,
        finish: &mut impl FnMut(R) -> PyResult<()>,
    ) -> PyResult<()> {
        self.waiting
            .insert(chunk, result.map_err(|p| p.into_py_err(what))?);
        while let Some(out) = self.waiting.remove(&self.next) {
            for r in out {
                finish(r)?;
            }
            self.next += 1;
        }
        Ok(())
    }
}
