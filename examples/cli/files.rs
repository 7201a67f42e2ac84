//! No tool opens for writing a file it reads: every output file named on
//! the command line or made from it (`--output`, each file under
//! `--output-dir`, `--report`, `--skip-bad`) is compared with every input,
//! with the other output files and with standard output before anything is
//! created, by canonical path and (on Unix) by device and inode, so that a
//! hard link or a symbolic link to the input is caught too.

use super::{exit, Failure};
use std::fs;
use std::path::{Path, PathBuf};

/// What identifies a file: its canonical path and, on Unix, its device and
/// inode (when it exists).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    path: Option<PathBuf>,
    inode: Option<(u64, u64)>,
}

impl Identity {
    /// The identity of `path`, existing or not (a file not yet created is
    /// named by its canonical directory and its name).
    pub fn of_path(path: &str) -> Identity {
        let p = Path::new(path);
        let canonical = fs::canonicalize(p).ok().or_else(|| {
            let name = p.file_name()?;
            let dir = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            fs::canonicalize(dir).ok().map(|d| d.join(name))
        });
        // In a directory not yet created (`--output-dir new/`): the path
        // made absolute, without resolving links.
        let canonical = canonical.or_else(|| std::path::absolute(p).ok());
        Identity {
            path: canonical,
            inode: fs::metadata(p).ok().and_then(|m| inode(&m)),
        }
    }

    /// Whether two identities name the same file.
    pub fn same(&self, other: &Identity) -> bool {
        match (self.inode, other.inode) {
            (Some(a), Some(b)) => a == b,
            _ => self.path.is_some() && self.path == other.path,
        }
    }
}

#[cfg(unix)]
fn inode(m: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn inode(_: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// The identity of standard input or output when it is a regular file
/// (`> out.txt`, `< in.txt`); a terminal or a pipe has none.
#[cfg(unix)]
fn std_stream(fd: std::os::fd::BorrowedFd<'_>) -> Option<Identity> {
    let file = fs::File::from(fd.try_clone_to_owned().ok()?);
    let m = file.metadata().ok()?;
    if !m.is_file() {
        return None;
    }
    Some(Identity {
        path: None,
        inode: inode(&m),
    })
}

#[cfg(unix)]
fn stdout_identity() -> Option<Identity> {
    use std::os::fd::AsFd;
    std_stream(std::io::stdout().as_fd())
}

#[cfg(unix)]
fn stdin_identity() -> Option<Identity> {
    use std::os::fd::AsFd;
    std_stream(std::io::stdin().as_fd())
}

#[cfg(not(unix))]
fn stdout_identity() -> Option<Identity> {
    None
}

#[cfg(not(unix))]
fn stdin_identity() -> Option<Identity> {
    None
}

fn refuse(message: String) -> Failure {
    Failure::new(exit::USAGE, format!("{message}; nothing was written"))
}

/// Refuses (exit 2) an output file that is an input (`inputs`: `None` is
/// standard input), another output file, or standard output (when
/// `stdout` is used: `writes_stdout`); and standard output that is an
/// input. `outputs` are (option, path) pairs.
pub fn check_outputs(
    inputs: &[Option<&str>],
    outputs: &[(&str, &str)],
    writes_stdout: bool,
) -> Result<(), Failure> {
    let stdout = if writes_stdout {
        stdout_identity()
    } else {
        None
    };
    check(inputs, outputs, stdin_identity(), stdout)
}

/// [`check_outputs`] with the identities of standard input and output given
/// (`stdout`: `None` when it is not written, or not a file).
pub fn check(
    inputs: &[Option<&str>],
    outputs: &[(&str, &str)],
    stdin: Option<Identity>,
    stdout: Option<Identity>,
) -> Result<(), Failure> {
    let input_ids: Vec<(String, Option<Identity>)> = inputs
        .iter()
        .map(|i| match i {
            Some(p) => (format!("the input file {p}"), Some(Identity::of_path(p))),
            None => ("the same file as standard input".to_string(), stdin.clone()),
        })
        .collect();
    let ids: Vec<(&str, &str, Identity)> = outputs
        .iter()
        .map(|&(opt, path)| (opt, path, Identity::of_path(path)))
        .collect();
    for (i, (opt, path, id)) in ids.iter().enumerate() {
        for (what, inp) in &input_ids {
            if inp.as_ref().is_some_and(|inp| inp.same(id)) {
                return Err(refuse(format!(
                    "{opt} {path} is {what}: a tool never writes a file it reads"
                )));
            }
        }
        for (opt2, path2, id2) in &ids[..i] {
            if id.same(id2) {
                return Err(refuse(format!(
                    "{opt2} {path2} and {opt} {path} are the same file"
                )));
            }
        }
        if stdout.as_ref().is_some_and(|out| out.same(id)) {
            return Err(refuse(format!("{opt} {path} is also standard output")));
        }
    }
    if let Some(out) = &stdout {
        for (what, inp) in &input_ids {
            if inp.as_ref().is_some_and(|inp| inp.same(out)) {
                return Err(refuse(format!(
                    "standard output is {what}: a tool never writes a file it reads"
                )));
            }
        }
    }
    Ok(())
}
