//! Rule 2 (invisible characters) and rule 3 (ZWJ and ZWNJ).

use super::JoinerPolicy;
use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;

pub(crate) use crate::script::is_invisible;

/// A letter or mark of a script other than Latin and Devanagari, where an
/// invisible character or a joiner can carry meaning (ZERO WIDTH SPACE between
/// Thai words, ZWNJ in Persian, ZWJ in emoji sequences).
fn is_other_script(c: char) -> bool {
    !c.is_ascii()
        && !is_devanagari(c)
        && !is_latin_letter(c)
        && !c.is_whitespace()
        && !is_invisible(c)
        && !is_joiner(c)
        && (c.is_alphanumeric()
            || unicode_normalization::char::is_combining_mark(c)
            || is_symbol_like(c))
}

/// Emoji and pictographs, their modifiers and VARIATION SELECTOR-16.
fn is_symbol_like(c: char) -> bool {
    matches!(c,
        '\u{2600}'..='\u{27BF}' // Miscellaneous Symbols, Dingbats
        | '\u{FE0F}' // VARIATION SELECTOR-16
        | '\u{1F000}'..='\u{1FAFF}' // emoji blocks
        | '\u{E0020}'..='\u{E007F}' // tags
    )
}

/// Removes invisible characters unless both neighbours (looking through other
/// invisible characters) are letters of another script.
pub(crate) fn invisible(line: &str) -> Option<Changed> {
    remove_runs(
        line,
        is_invisible,
        |prev, next| !matches!((prev, next), (Some(p), Some(n)) if is_other_script(p) && is_other_script(n)),
    )
}

/// Removes ZWJ and ZWNJ that touch Devanagari (looking through other joiners),
/// except, with [`JoinerPolicy::Contextual`], one directly after VIRAMA.
pub(crate) fn joiners(line: &str, policy: JoinerPolicy) -> Option<Changed> {
    if policy == JoinerPolicy::KeepAll {
        return None;
    }
    let mut rw = Rewriter::new(line);
    for_each_run(line, is_joiner, |start, end, prev, next| {
        let touches = prev.is_some_and(is_devanagari) || next.is_some_and(is_devanagari);
        if !touches {
            return;
        }
        let mut from = start;
        if policy == JoinerPolicy::Contextual && prev == Some(DEVANAGARI_SIGN_VIRAMA) {
            // the joiner directly after VIRAMA means something
            from += crate::sentence::char_at(line, start).map_or(0, char::len_utf8);
        }
        if from < end {
            rw.replace(from..end, "", EditKind::Joiner);
        }
    });
    rw.finish()
}

/// Calls `f(start, end, prev, next)` for each maximal run of characters
/// matching `is_member`, with the characters around it. No allocation.
fn for_each_run(
    line: &str,
    is_member: fn(char) -> bool,
    mut f: impl FnMut(usize, usize, Option<char>, Option<char>),
) {
    let mut prev: Option<char> = None;
    let mut run: Option<(usize, Option<char>)> = None;
    for (i, c) in line.char_indices() {
        if is_member(c) {
            if run.is_none() {
                run = Some((i, prev));
            }
        } else if let Some((s, p)) = run.take() {
            f(s, i, p, Some(c));
        }
        prev = Some(c);
    }
    if let Some((s, p)) = run {
        f(s, line.len(), p, None);
    }
}

/// Removes each run of `is_member` characters for which `remove(prev, next)`
/// says so.
fn remove_runs(
    line: &str,
    is_member: fn(char) -> bool,
    remove: impl Fn(Option<char>, Option<char>) -> bool,
) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    for_each_run(line, is_member, |s, e, p, n| {
        if remove(p, n) {
            rw.replace(s..e, "", EditKind::Invisible);
        }
    });
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inv(s: &str) -> String {
        invisible(s)
            .map(|c| c.text)
            .unwrap_or_else(|| s.to_string())
    }
    fn join(s: &str, p: JoinerPolicy) -> String {
        joiners(s, p)
            .map(|c| c.text)
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn invisibles() {
        assert_eq!(inv("\u{FEFF}नमस्ते"), "नमस्ते");
        assert_eq!(inv("नम\u{200B}स्ते"), "नमस्ते");
        assert_eq!(inv("co\u{00AD}operate"), "cooperate");
        assert_eq!(inv("a\u{200E}\u{200F}b"), "ab");
        // ZERO WIDTH SPACE between Thai words is a word boundary: kept.
        assert_eq!(inv("\u{0E01}\u{200B}\u{0E02}"), "\u{0E01}\u{200B}\u{0E02}");
    }

    #[test]
    fn joiners_contextual() {
        let c = JoinerPolicy::Contextual;
        // kept after VIRAMA: explicit half form, eyelash RA, visible virama
        assert_eq!(join("क्\u{200D}ष", c), "क्\u{200D}ष");
        assert_eq!(join("र्\u{200D}य", c), "र्\u{200D}य");
        assert_eq!(join("क्\u{200C}ष", c), "क्\u{200C}ष");
        // removed after RA without virama, at word edges, between signs
        assert_eq!(join("र\u{200D}", c), "र");
        assert_eq!(join("\u{200C}कमल", c), "कमल");
        assert_eq!(join("का\u{200D}ि", c), "काि");
        // a second joiner after VIRAMA goes
        assert_eq!(join("क्\u{200D}\u{200C}ष", c), "क्\u{200D}ष");
        // emoji ZWJ sequence untouched
        let family = "\u{1F468}\u{200D}\u{1F469}";
        assert_eq!(join(family, c), family);
        // Persian ZWNJ untouched
        let fa = "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}";
        assert_eq!(join(fa, c), fa);
    }

    #[test]
    fn joiners_strip_all_and_keep_all() {
        assert_eq!(join("क्\u{200D}ष", JoinerPolicy::StripAll), "क्ष");
        assert_eq!(join("र\u{200D}", JoinerPolicy::KeepAll), "र\u{200D}");
    }
}
