//! Rule 2 (invisible characters) and rule 3 (ZWJ and ZWNJ).

use super::JoinerPolicy;
use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;

/// ZERO WIDTH NO-BREAK SPACE (BOM), ZERO WIDTH SPACE, SOFT HYPHEN, WORD
/// JOINER, LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        ZERO_WIDTH_NO_BREAK_SPACE
            | ZERO_WIDTH_SPACE
            | SOFT_HYPHEN
            | WORD_JOINER
            | LEFT_TO_RIGHT_MARK
            | RIGHT_TO_LEFT_MARK
    )
}

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
    let mut rw = Rewriter::new(line);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if !is_invisible(c) {
            k += 1;
            continue;
        }
        let mut m = k;
        while m < chars.len() && is_invisible(chars[m].1) {
            m += 1;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(m).map(|x| x.1);
        let keep =
            matches!((prev, next), (Some(p), Some(n)) if is_other_script(p) && is_other_script(n));
        if !keep {
            let end = chars.get(m).map_or(line.len(), |x| x.0);
            rw.replace(i..end, "", EditKind::Invisible);
        }
        k = m;
    }
    rw.finish()
}

/// Removes ZWJ and ZWNJ that touch Devanagari (looking through other joiners),
/// except, with [`JoinerPolicy::Contextual`], one directly after VIRAMA.
pub(crate) fn joiners(line: &str, policy: JoinerPolicy) -> Option<Changed> {
    if policy == JoinerPolicy::KeepAll {
        return None;
    }
    let mut rw = Rewriter::new(line);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        if !is_joiner(chars[k].1) {
            k += 1;
            continue;
        }
        let mut m = k;
        while m < chars.len() && is_joiner(chars[m].1) {
            m += 1;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(m).map(|x| x.1);
        let touches = prev.is_some_and(is_devanagari) || next.is_some_and(is_devanagari);
        if touches {
            let mut from = k;
            if policy == JoinerPolicy::Contextual && prev == Some(DEVANAGARI_SIGN_VIRAMA) {
                from = k + 1; // the joiner directly after VIRAMA means something
            }
            if from < m {
                let end = chars.get(m).map_or(line.len(), |x| x.0);
                rw.replace(chars[from].0..end, "", EditKind::Joiner);
            }
        }
        k = m;
    }
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
