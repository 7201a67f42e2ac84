//! The error of parsing a name (a mode, a policy, an edit kind): its own
//! file, below every type that has names, so that none of them imports the
//! options module that gathers them.

use std::fmt;

/// The error of parsing a name into an option value: the name, and the
/// names there are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    name: String,
    expected: &'static [&'static str],
}

impl UnknownName {
    pub(crate) fn new(name: &str, expected: &'static [&'static str]) -> Self {
        UnknownName {
            name: name.to_string(),
            expected,
        }
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown value {:?} (one of: {})",
            self.name,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownName {}
