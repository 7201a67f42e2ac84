//! The bench corpora, built from the files in `benches/data/` (composed for
//! this crate) and the code-mixed test corpus. Shared by the benches.
#![allow(dead_code)]

pub const NEWS: &str = include_str!("data/hindi_news.txt");
pub const NEWS_PERIOD: &str = include_str!("data/hindi_news_period.txt");
pub const CODE_MIXED: &str = include_str!("../tests/data/code_mixed_legit.txt");
/// Text the quick check's plain runs seldom apply to (composed for this
/// crate): Hindi words each in curly quotes, beside Tamil, Bengali, Thai
/// and emoji. Needs no change; what it measures is the scan's back-off.
pub const SELDOM_PLAIN: &str = "“नई” ‘दिल्ली’ में இது ஒரு சோதனை 😀 “कहा” ‘गया’ और তথ্য ข่าว।\n";

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

/// Real Hindi news, when `../shared` is beside the checkout (skipped
/// otherwise): the seed article and the Hindi PUD paragraphs (the `text`
/// of each record), put in this crate's normal form, as
/// `../shared/perf/realtext` reads them. News as it is: Latin words, digits,
/// quotes, URLs and a substituted word among the Hindi.
pub fn real_news() -> Option<String> {
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    let mut text = std::fs::read_to_string(shared.join("seed/000_f25d3fce2b970aa4.txt")).ok()?;
    let pud = std::fs::read_to_string(shared.join("eval/hi_pud_danda.jsonl")).ok()?;
    for line in pud.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        text.push_str(v["text"].as_str()?);
        text.push('\n');
    }
    Some(devanagari::normalize(&text).into_owned())
}

/// Real news (see [`real_news`]) with one fault about every 200 bytes, as
/// `../shared/perf/realtext` makes them: a space becomes a space and a ZERO
/// WIDTH SPACE, a space and a precomposed nukta letter, or a space and a
/// danda, in turn.
pub fn real_news_damaged(clean: &str) -> String {
    let faults = [" \u{200B}", " \u{095B}", " \u{0964}"];
    let mut out = String::with_capacity(clean.len() + clean.len() / 50);
    let (mut since, mut k) = (0usize, 0usize);
    for c in clean.chars() {
        since += c.len_utf8();
        if since >= 200 && c == ' ' {
            since = 0;
            k += 1;
            out.push_str(faults[k % faults.len()]);
        } else {
            out.push(c);
        }
    }
    out
}
