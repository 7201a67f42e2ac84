//! The bench corpora, built from the files in `benches/data/` (composed for
//! this crate) and the code-mixed test corpus. Shared by the benches.
#![allow(dead_code)]

pub const NEWS: &str = include_str!("data/hindi_news.txt");
pub const NEWS_PERIOD: &str = include_str!("data/hindi_news_period.txt");
pub const CODE_MIXED: &str = include_str!("../tests/data/code_mixed_legit.txt");

/// `text` repeated to at least `target` bytes (cut at a line end for small
/// targets).
pub fn sized(text: &str, target: usize) -> String {
    if target <= text.len() {
        let mut cut = target;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let end = text[..cut].rfind('\n').map_or(cut, |i| i + 1);
        return text[..end].to_string();
    }
    let mut s = String::with_capacity(target + text.len());
    while s.len() < target {
        s.push_str(text);
    }
    s
}

/// Clean text with one fix needed about every `every` bytes: a space before
/// a danda, a ZERO WIDTH SPACE, a NO-BREAK SPACE, a double space, LETTER A +
/// VOWEL SIGN AA, in turn.
pub fn damaged(clean: &str, every: usize) -> String {
    let kinds = ["\u{200B}", "\u{00A0}", "  ", "\u{0905}\u{093E}"];
    let mut out = String::with_capacity(clean.len() * 11 / 10);
    let mut next = every;
    let mut k = 0;
    for (i, c) in clean.char_indices() {
        if i >= next && c == ' ' {
            out.push_str(kinds[k % kinds.len()]);
            k += 1;
            next = i + every;
            continue;
        }
        if i >= next && c == '\u{0964}' {
            out.push(' ');
            next = i + every;
        }
        out.push(c);
    }
    out
}

/// Mixed-script damage: some words replaced as a substituting site does.
pub fn substituted(clean: &str) -> String {
    clean
        .replace("सरकार", "Government")
        .replace("भारत", "India")
        .replace("देश", "Country")
}
