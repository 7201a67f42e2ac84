//! A run of a tool over its inputs: every output checked against every
//! input before anything is created, each input streamed in turn through
//! [`run_batched`] (so memory stays flat however many shards), its records
//! written to standard output, to `--output`, or to its own file under
//! `--output-dir`; one `--report` and one `--skip-bad` file for the whole
//! run, each line naming its input file; the totals summed over the inputs.

use super::stream::Sink;
use super::{exit, files, run_batched, Failure, Input, Progress, Tool, Totals};
use std::path::Path;

/// Where the records a tool writes go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Records {
    /// Standard output (also where `audit` prints its report).
    Stdout,
    /// One file for all inputs, in order (`--output`).
    File(String),
    /// One file per input, under the input's name (`--output-dir`).
    Dir(String),
}

/// What a run reads and writes.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The inputs in order; `None` is standard input.
    pub inputs: Vec<Option<String>>,
    pub records: Records,
    pub report: Option<String>,
    pub skip_bad: Option<String>,
    pub jobs: usize,
    pub lossy: bool,
    pub quiet: bool,
    /// Records are paragraphs ([`Input::paragraphs`]).
    pub paragraphs: bool,
}

/// The outputs a chunk's accumulator is written to.
pub struct Sinks<'a> {
    /// Where the records go.
    pub records: &'a mut Sink,
    pub report: Option<&'a mut Sink>,
}

impl Plan {
    /// The output file of input `file` under `--output-dir DIR`.
    pub fn shard_output(dir: &str, file: &str) -> String {
        let name = Path::new(file).file_name().unwrap_or_default();
        Path::new(dir).join(name).to_string_lossy().into_owned()
    }

    /// Every output file named on the command line or made from it, with
    /// the option that names it.
    fn outputs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        match &self.records {
            Records::Stdout => {}
            Records::File(p) => out.push(("--output".to_string(), p.clone())),
            Records::Dir(d) => {
                for f in self.inputs.iter().flatten() {
                    out.push((
                        format!("--output-dir {d} (for {f})"),
                        Plan::shard_output(d, f),
                    ));
                }
            }
        }
        if let Some(p) = &self.report {
            out.push(("--report".to_string(), p.clone()));
        }
        if let Some(p) = &self.skip_bad {
            out.push(("--skip-bad".to_string(), p.clone()));
        }
        out
    }
}

/// What writes a chunk's accumulator, with the chunk it was made from, to
/// the sinks.
pub type EmitTo<'a, A> = dyn FnMut(A, &[u8], &mut Sinks<'_>) -> Result<(), Failure> + 'a;

/// Runs `tool` over every input of `plan`; `emit` writes a chunk's
/// accumulator (with the chunk it was made from) to the sinks. Outputs are
/// finished (compressed streams ended) even when a bad record stops the
/// run, so that everything before it is complete.
pub fn run_files<T: Tool>(
    plan: &Plan,
    tool: &T,
    emit: &mut EmitTo<'_, T::Acc>,
) -> Result<Totals, Failure> {
    let outputs = plan.outputs();
    let named: Vec<(&str, &str)> = outputs
        .iter()
        .map(|(o, p)| (o.as_str(), p.as_str()))
        .collect();
    let inputs: Vec<Option<&str>> = plan.inputs.iter().map(|f| f.as_deref()).collect();
    // Before anything is opened for writing.
    files::check_outputs(&inputs, &named, plan.records == Records::Stdout)?;
    if let Records::Dir(d) = &plan.records {
        std::fs::create_dir_all(d)
            .map_err(|e| Failure::new(exit::OUTPUT, format!("cannot create {d}: {e}")))?;
    }
    let mut report = plan.report.as_deref().map(Sink::create).transpose()?;
    let mut skip = plan.skip_bad.as_deref().map(Sink::create).transpose()?;
    let mut shared = match &plan.records {
        Records::Stdout => Some(Sink::stdout()),
        Records::File(p) => Some(Sink::create(p)?),
        Records::Dir(_) => None,
    };
    let mut totals = Totals::default();
    let mut result = Ok(());
    for file in &plan.inputs {
        let one = run_one(
            plan,
            file.as_deref(),
            tool,
            &mut shared,
            &mut report,
            &mut skip,
            emit,
        );
        match one {
            Ok(t) => {
                totals.read += t.read;
                totals.set_aside += t.set_aside;
            }
            Err(f) => {
                result = Err(f);
                break;
            }
        }
    }
    for sink in [shared, report, skip].into_iter().flatten() {
        let done = sink.finish();
        if result.is_ok() {
            result = done;
        }
    }
    result.map(|()| totals)
}

/// One input through the tool.
fn run_one<T: Tool>(
    plan: &Plan,
    file: Option<&str>,
    tool: &T,
    shared: &mut Option<Sink>,
    report: &mut Option<Sink>,
    skip: &mut Option<Sink>,
    emit: &mut EmitTo<'_, T::Acc>,
) -> Result<Totals, Failure> {
    let mut input = Input::open(file, plan.lossy)?;
    input.paragraphs = plan.paragraphs;
    let mut own = match (&plan.records, file) {
        (Records::Dir(d), Some(f)) => Some(Sink::create(&Plan::shard_output(d, f))?),
        _ => None,
    };
    let Some(records) = own.as_mut().or(shared.as_mut()) else {
        return Err(Failure::new(exit::INTERNAL, "no output for the records"));
    };
    let mut progress = Progress::new(plan.quiet, input.size);
    let result = run_batched(
        &mut input,
        tool,
        plan.jobs,
        skip.as_mut().map(|w| w as &mut dyn std::io::Write),
        &mut |acc, chunk| {
            emit(
                acc,
                chunk,
                &mut Sinks {
                    records: &mut *records,
                    report: report.as_mut(),
                },
            )
        },
        &mut progress,
    );
    let finished = own.map_or(Ok(()), Sink::finish);
    let totals = result?;
    finished.map(|()| totals)
}
