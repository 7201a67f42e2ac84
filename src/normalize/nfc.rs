//! Rule 4: Unicode Normalization Form C (UAX #15), applied segment by segment.
//!
//! A segment starts at a character with canonical combining class 0 whose
//! NFC_Quick_Check is Yes: such a character never combines with what precedes
//! it, so NFC of the text is NFC of each segment, and only segments that fail
//! the quick check are rewritten.

use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::{
    DEVANAGARI_LETTER_LLA, DEVANAGARI_LETTER_NA, DEVANAGARI_LETTER_RA, DEVANAGARI_SIGN_NUKTA,
};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Whether `c` starts a segment: combining class 0 and NFC_Quick_Check = Yes.
#[inline]
fn is_stable_starter(c: char) -> bool {
    c.is_ascii() || crate::script::has_nfc_boundary_before(c)
}

pub(crate) fn nfc(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut seg_start = 0;
    let mut clean = true; // segment so far passes the quick check
    let mut last_ccc = 0u8;
    // Whether the segment starts with NA, RA or LLA: the only letters a
    // NUKTA (NFC_Quick_Check = Maybe) composes with. After any other
    // starter a NUKTA in canonical order changes nothing, and the segment
    // needs no rebuilding (a run of vowel signs and NUKTAs is otherwise
    // rebuilt pair by pair).
    let mut nukta_composes = false;
    let flush = |rw: &mut Rewriter, s: usize, e: usize, clean: bool| {
        if clean {
            return;
        }
        if let Some(seg) = line.get(s..e) {
            let n: String = seg.nfc().collect();
            if n != seg {
                rw.replace_diff(s..e, &n, EditKind::Nfc);
            }
        }
    };
    for (i, c) in line.char_indices() {
        if is_stable_starter(c) {
            flush(&mut rw, seg_start, i, clean);
            seg_start = i;
            clean = true;
            last_ccc = 0;
            nukta_composes = matches!(
                c,
                DEVANAGARI_LETTER_NA | DEVANAGARI_LETTER_RA | DEVANAGARI_LETTER_LLA
            );
            continue;
        }
        let ccc = canonical_combining_class(c);
        let quick_yes = if c == DEVANAGARI_SIGN_NUKTA {
            !nukta_composes
        } else {
            is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
        };
        if !quick_yes || (ccc != 0 && ccc < last_ccc) {
            clean = false;
        }
        last_ccc = ccc;
    }
    flush(&mut rw, seg_start, line.len(), clean);
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        nfc(s).map(|c| c.text).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn devanagari_nfc() {
        // QA..YYA are composition exclusions: NFC decomposes them.
        assert_eq!(run("\u{0958}"), "\u{0915}\u{093C}");
        // NUKTA composes after NA, RA, LLA.
        assert_eq!(run("\u{0928}\u{093C}"), "\u{0929}");
        assert_eq!(run("\u{0930}\u{093C}"), "\u{0931}");
        assert_eq!(run("\u{0933}\u{093C}"), "\u{0934}");
        // NUKTA (ccc 7) goes before VIRAMA (ccc 9).
        assert_eq!(run("\u{0915}\u{094D}\u{093C}"), "\u{0915}\u{093C}\u{094D}");
        assert_eq!(run("e\u{0301}x"), "\u{00E9}x");
        assert!(nfc("नमस्ते ज़रूर").is_none());
        // NUKTA after a vowel sign: not composed, and not rebuilt.
        assert!(nfc("कि\u{093C}").is_none());
        // ... but after NA with a vowel sign between, canonical order
        // still decides nothing: the vowel sign (ccc 0) blocks.
        assert_eq!(run("नि\u{093C}"), "नि\u{093C}");
    }
}
