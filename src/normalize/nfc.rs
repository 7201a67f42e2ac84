//! Rule 4: Unicode Normalization Form C (UAX #15), applied segment by segment.
//!
//! A segment starts at a character with canonical combining class 0 whose
//! NFC_Quick_Check is Yes: such a character never combines with what precedes
//! it, so NFC of the text is NFC of each segment, and only segments that fail
//! the quick check are rewritten.

use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Whether `c` starts a segment: combining class 0 and NFC_Quick_Check = Yes.
#[inline]
fn is_stable_starter(c: char) -> bool {
    if c.is_ascii() || crate::script::is_plain_starter(c) {
        return true;
    }
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

pub(crate) fn nfc(line: &str) -> Option<Changed> {
    if is_nfc_quick(line.chars()) == IsNormalized::Yes {
        return None;
    }
    let mut rw = Rewriter::new(line);
    let mut seg_start = 0;
    let mut clean = true; // segment so far passes the quick check
    let mut last_ccc = 0u8;
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
            continue;
        }
        let ccc = canonical_combining_class(c);
        if is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes || (ccc != 0 && ccc < last_ccc) {
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
    }
}
