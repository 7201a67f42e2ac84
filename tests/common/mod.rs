//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// Code points of a string, with names for the invisible and combining
/// characters that matter here, so a failing assertion shows what differs.
pub fn code_points(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{093C}' => "U+093C NUKTA".to_string(),
            '\u{094D}' => "U+094D VIRAMA".to_string(),
            '\u{200C}' => "U+200C ZWNJ".to_string(),
            '\u{200D}' => "U+200D ZWJ".to_string(),
            '\u{200B}' => "U+200B ZWSP".to_string(),
            ' ' => "SPACE".to_string(),
            c if c.is_ascii_graphic() => c.to_string(),
            c => format!("U+{:04X}", c as u32),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asserts equality and prints code points on failure.
#[track_caller]
pub fn assert_text(got: &str, want: &str, input: &str) {
    assert!(
        got == want,
        "\n input: {input}\n   got: {got}\n  want: {want}\n input: {}\n   got: {}\n  want: {}",
        code_points(input),
        code_points(got),
        code_points(want)
    );
}

/// Where `../shared` is, if present (it is not, on a user's fresh clone).
pub fn shared_dir() -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

/// A fresh directory of one test in this test process, removed when the
/// test is done with it (also when it fails: the guard is dropped while
/// the panic unwinds).
pub struct TempDir(std::path::PathBuf);

impl TempDir {
    /// `prefix-PID-name` under the system's temporary directory, emptied
    /// if an earlier process of the same id left it behind.
    pub fn new(prefix: &str, name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("{prefix}-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("tmp");
        TempDir(dir)
    }
}

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
