//! The common kinds of web damage, fixed in place without the pass pipeline.
//!
//! Scraped Hindi is mostly clean text with a few small faults: a CR line
//! ending, a space before a danda, a doubled or no-break space, spaces at a line end, a ZERO WIDTH
//! SPACE inside a word, LETTER A + VOWEL SIGN AA, a repeated vowel sign; and,
//! in the `nlp` profile, the folds of single characters (CANDRABINDU, NUKTA
//! on a borrowed sound, curly quotes). Sending the few words around each of
//! them through every pass costs allocations and rescans; here each is
//! recognised at the quick check's suspect and replaced directly, exactly as
//! the passes would replace it.
//!
//! A fix is only a proposal. The caller (`Normalizer::direct_fixes`) scans on
//! from it with the quick check, starting from the character the fix
//! leaves; every further suspect in the piece must be a direct fix too, or
//! the whole piece goes through the passes. The property tests compare the
//! result with the run of every pass over every line
//! (`tests/properties.rs`), and `tests/normalize.rs` has stretches with
//! several faults each.
//!
//! Performance: on text with one fault every ~200 bytes this path is about
//! three times faster than the passes (`benches/normalize.rs`, `damaged`).

use super::invisible::is_invisible;
use super::space::is_unusual_space;
use super::visarga;
use super::vowels;
use super::{
    CandrabinduPolicy, LoneCrPolicy, NasalPolicy, NormalizeOptions, NuktaPolicy, PunctuationPolicy,
};
use crate::edit::EditKind;
use crate::script::*;
use std::ops::Range;

/// A replacement the passes would make, and the character the output has
/// just before `range.end` afterwards.
#[derive(Debug)]
pub(super) struct Fix {
    pub(super) range: Range<usize>,
    pub(super) replacement: &'static str,
    pub(super) kind: EditKind,
    pub(super) prev_after: char,
}

/// What the fixes in place make of a suspect.
#[derive(Debug)]
pub(super) enum Direct {
    /// The replacement the passes would make.
    Fix(Fix),
    /// Nothing: the rule that the suspect may call for leaves it as it is
    /// (a COLON that is no visarga).
    Keep,
}

/// The fix for the damage at `p` (the quick check's first suspect in `text`),
/// if it is one of the common kinds; `None` sends it to the passes.
/// `before` is the character the output has before `p` (at the start of
/// the text, a line start); the output may differ from `text` before
/// `untouched_from` (a fix there), so no decision reads back past it.
pub(super) fn fix_at(
    text: &str,
    p: usize,
    before: char,
    untouched_from: usize,
    o: &NormalizeOptions,
) -> Option<Direct> {
    let c = text.get(p..)?.chars().next()?;
    if c == COLON {
        return colon(text, p, before, untouched_from, o);
    }
    one_fix_at(text, p, c, before, o).map(Direct::Fix)
}

/// A COLON after a Devanagari word (rule 8): a visarga where
/// [`visarga::colon_is_visarga`] says so, else kept. Judged on the word
/// before it as the input has it, which no fix may have touched, and on the
/// character after it, which no rule before rule 8 may change into another
/// class (an invisible character or a mark after it sends it to the
/// passes).
fn colon(
    text: &str,
    p: usize,
    before: char,
    untouched_from: usize,
    o: &NormalizeOptions,
) -> Option<Direct> {
    if !o.visarga {
        return None;
    }
    if !visarga::is_word_char(before) {
        return Some(Direct::Keep);
    }
    let next = text.get(p + 1..)?.chars().next();
    if next.is_some_and(|n| {
        is_invisible(n) || is_joiner(n) || unicode_normalization::char::is_combining_mark(n)
    }) {
        return None;
    }
    let head = text.get(..p)?;
    // The word and the character that ends it on the left (which a fix
    // could have removed, `अ\u{200B}त:`): both untouched.
    let (read_from, word_start) = visarga::word_before_colon(head);
    if read_from < untouched_from {
        return None;
    }
    if !visarga::colon_is_visarga(head.get(word_start..)?, next) {
        return Some(Direct::Keep);
    }
    Some(Direct::Fix(Fix {
        range: p..p + 1,
        replacement: "\u{0903}",
        kind: EditKind::Visarga,
        prev_after: DEVANAGARI_SIGN_VISARGA,
    }))
}

/// [`fix_at`] for a suspect `c` other than a COLON.
fn one_fix_at(text: &str, p: usize, c: char, before: char, o: &NormalizeOptions) -> Option<Fix> {
    if c == ' ' || is_unusual_space(c) {
        space_run(text, p, before, o)
    } else if c == '\r' {
        line_ending(text, p, before, o)
    } else if is_invisible(c) {
        invisible_in_word(text, p, c, before, o)
    } else if before == c
        && super::marks::is_collapsed_repeat(c)
        && super::marks::repeat_on_base(
            text.get(..p.saturating_sub(before.len_utf8()))
                .and_then(|t| t.chars().next_back()),
            c,
        )
    {
        repeated_mark(text, p, c, o)
    } else if is_dependent_vowel_sign(c) {
        vowel_letter_and_sign(text, p, c, before, o)
    } else if let Some(decomposed) = nukta_letter_decomposed(c) {
        precomposed_nukta_letter(text, p, c, decomposed, o)
    } else {
        fold(text, p, c, before, o)
    }
}

/// The folds of the `nlp` profile that replace one character on its own:
/// CANDRABINDU to ANUSVARA, NUKTA after a letter for a borrowed sound,
/// typographic quotes and dashes (the ellipsis is left to the passes: its
/// FULL STOPs can call for rule 9 on the space before it).
fn fold(text: &str, p: usize, c: char, before: char, o: &NormalizeOptions) -> Option<Fix> {
    let (replacement, kind) = match c {
        DEVANAGARI_SIGN_CANDRABINDU
            if o.candrabindu == CandrabinduPolicy::ToAnusvara
                && o.nasals != NasalPolicy::ToConsonant =>
        {
            ("\u{0902}", EditKind::Candrabindu)
        }
        // Before a repeat, only with rule 6 on: the repeats are then
        // removed by [`then`]. Not before a mark that NFC puts ahead of the
        // NUKTA (a Vedic tone mark, class 1): then the NUKTA no longer
        // follows its consonant, and stays (found in review).
        DEVANAGARI_SIGN_NUKTA
            if o.nukta == NuktaPolicy::StripBorrowed
                && is_borrowed_sound_consonant(before)
                && nfc_boundary_after_nuktas(text, p)
                && (o.mark_order
                    || !text
                        .get(p + c.len_utf8()..)
                        .is_some_and(|r| r.starts_with(DEVANAGARI_SIGN_NUKTA))) =>
        {
            ("", EditKind::Nukta)
        }
        '\u{2026}' => return None,
        _ if o.punctuation == PunctuationPolicy::Ascii => (
            super::nlp::ascii_punctuation(c)?,
            EditKind::AsciiPunctuation,
        ),
        _ => return None,
    };
    Some(Fix {
        range: p..p + c.len_utf8(),
        replacement,
        kind,
        prev_after: replacement.chars().next_back().unwrap_or(before),
    })
}

/// A CR (rule 1): before LF it goes, alone it becomes LF (or, with
/// [`LoneCrPolicy::ToSpace`], a SPACE between two non-spaces). Not after a
/// space, which the CR puts at a line end (the passes remove both).
fn line_ending(text: &str, p: usize, before: char, o: &NormalizeOptions) -> Option<Fix> {
    if !o.spaces || before == ' ' || is_unusual_space(before) {
        return None;
    }
    let crlf = text.as_bytes().get(p + 1) == Some(&b'\n');
    let (replacement, prev_after) = match (crlf, o.lone_cr) {
        (true, _) => ("", before),
        (false, LoneCrPolicy::ToLineFeed) => ("\n", '\n'),
        (false, LoneCrPolicy::ToSpace) => {
            // A space left between two plain characters only; a run of
            // spaces or a line end is the passes' to collapse or remove.
            let after = text.get(p + 1..)?.chars().next()?;
            if after.is_whitespace()
                || is_unusual_space(after)
                || super::quick::space_suspect_before(text.as_bytes(), p + 1)
            {
                return None;
            }
            (" ", ' ')
        }
    };
    Some(Fix {
        range: p..p + 1,
        replacement,
        kind: EditKind::LineEnding,
        prev_after,
    })
}

/// Whether the character after the run of NUKTAs at `p` (if any) has an
/// NFC boundary before it: nothing reorders with the run.
fn nfc_boundary_after_nuktas(text: &str, p: usize) -> bool {
    text.get(p..)
        .map(|r| r.trim_start_matches(DEVANAGARI_SIGN_NUKTA))
        .and_then(|r| r.chars().next())
        .is_none_or(has_nfc_boundary_before)
}

/// The fix that must follow `fix` at once, if any: a NUKTA stripped from a
/// borrowed sound before more NUKTAs leaves them to rule 6, which collapses
/// the repeats (the passes report the two edits: the repeats, then the
/// fold).
pub(super) fn then(text: &str, fix: &Fix, o: &NormalizeOptions) -> Option<Fix> {
    if fix.kind != EditKind::Nukta {
        return None;
    }
    let end = fix.range.end;
    if !text.get(end..)?.starts_with(DEVANAGARI_SIGN_NUKTA) {
        return None;
    }
    let repeats = repeated_mark(text, end, DEVANAGARI_SIGN_NUKTA, o)?;
    Some(Fix {
        prev_after: fix.prev_after,
        ..repeats
    })
}

/// A run of spaces after a word: one SPACE before sentence punctuation after a
/// Devanagari word is removed (rule 9); a longer run or an unusual space
/// between two words becomes one SPACE (rule 1).
fn space_run(text: &str, p: usize, before: char, o: &NormalizeOptions) -> Option<Fix> {
    if before.is_whitespace() || is_invisible(before) || is_joiner(before) {
        return None;
    }
    let rest = text.get(p..)?;
    let run_len = rest.len()
        - rest
            .trim_start_matches(|c| c == ' ' || is_unusual_space(c))
            .len();
    let end = p + run_len;
    let after = text.get(end..)?.chars().next();
    if after.is_none() || after == Some('\n') {
        // Spaces at a line end or the end of the text go (rule 1).
        return o.spaces.then_some(Fix {
            range: p..end,
            replacement: "",
            kind: EditKind::Space,
            prev_after: before,
        });
    }
    let after = after?;
    if run_len == 1 && rest.starts_with(' ') && is_invisible(after) {
        // The SPACE is a word's own; the invisible character after it is
        // the damage (`राम \u{200B}गया`).
        return invisible_in_word(text, end, after, ' ', o);
    }
    if run_len == 1 && rest.starts_with(' ') {
        // (A FULL STOP is left to the passes: rule 9 reads the rest of its
        // run.)
        if after == '.' || !o.punctuation_spacing {
            return None;
        }
        return match super::space::punctuation_space(text, before, end, o.lone_cr_is_space()) {
            super::space::PunctuationSpace::Go => Some(Fix {
                range: p..end,
                replacement: "",
                kind: EditKind::PunctuationSpace,
                prev_after: before,
            }),
            // A move over one mark, the common case (`है ।ये`); a run of
            // marks is left to the passes, and so is a mark before an
            // invisible character or joiner, which the passes remove before
            // they move the space (property runs: `है ।\u{200D}“राम`).
            super::space::PunctuationSpace::MovesAfter(run_end) => {
                let then_removed = text
                    .get(run_end..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| is_invisible(c) || is_joiner(c));
                if then_removed {
                    return None;
                }
                let moved = moved_after(after).filter(|_| run_end == end + after.len_utf8())?;
                Some(Fix {
                    range: p..run_end,
                    replacement: moved,
                    kind: EditKind::PunctuationSpace,
                    prev_after: ' ',
                })
            }
            super::space::PunctuationSpace::Stays => None,
        };
    }
    // The one SPACE left must not itself call for a rule.
    let plain_after = !super::quick::space_suspect_before(text.as_bytes(), end);
    (o.spaces && plain_after).then_some(Fix {
        range: p..end,
        replacement: " ",
        kind: EditKind::Space,
        prev_after: ' ',
    })
}

/// A punctuation mark with the space rule 9 moves after it
/// ([`super::space::PunctuationSpace::MovesAfter`]).
fn moved_after(mark: char) -> Option<&'static str> {
    Some(match mark {
        DEVANAGARI_DANDA => "\u{0964} ",
        DEVANAGARI_DOUBLE_DANDA => "\u{0965} ",
        ',' => ", ",
        '?' => "? ",
        '!' => "! ",
        _ => return None,
    })
}

/// An invisible character between a Devanagari letter or sign and a letter
/// is removed (rule 2 keeps it only between letters of other scripts).
fn invisible_in_word(
    text: &str,
    p: usize,
    c: char,
    before: char,
    o: &NormalizeOptions,
) -> Option<Fix> {
    let end = p + c.len_utf8();
    let after = text.get(end..)?.chars().next()?;
    let letter_after =
        is_consonant(after) || is_independent_vowel(after) || after.is_ascii_alphanumeric();
    // (Or at a word's start, after a SPACE: `राम \u{200B}गया`.)
    let word_before = is_devanagari_letter_or_mark(before) || before == ' ';
    (o.invisible && word_before && letter_after).then_some(Fix {
        range: p..end,
        replacement: "",
        kind: EditKind::Invisible,
        prev_after: before,
    })
}

/// The canonical decomposition of a precomposed letter with NUKTA
/// (U+0958..U+095F, composition exclusions that NFC never composes).
fn nukta_letter_decomposed(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{0958}' => "\u{0915}\u{093C}", // QA: KA + NUKTA
        '\u{0959}' => "\u{0916}\u{093C}", // KHHA: KHA + NUKTA
        '\u{095A}' => "\u{0917}\u{093C}", // GHHA: GA + NUKTA
        '\u{095B}' => "\u{091C}\u{093C}", // ZA: JA + NUKTA
        '\u{095C}' => "\u{0921}\u{093C}", // DDDHA: DDA + NUKTA
        '\u{095D}' => "\u{0922}\u{093C}", // RHA: DDHA + NUKTA
        '\u{095E}' => "\u{092B}\u{093C}", // FA: PHA + NUKTA
        '\u{095F}' => "\u{092F}\u{093C}", // YYA: YA + NUKTA
        _ => return None,
    })
}

/// A precomposed letter with NUKTA (`ज़` as U+095B) becomes the letter and
/// NUKTA, as NFC writes it (rule 4); only where nothing else reads the
/// NUKTA: no fold of it, and no combining mark after it that NFC would
/// order with it.
fn precomposed_nukta_letter(
    text: &str,
    p: usize,
    c: char,
    decomposed: &'static str,
    o: &NormalizeOptions,
) -> Option<Fix> {
    let end = p + c.len_utf8();
    let after = text.get(end..)?.chars().next();
    if !o.nfc
        || o.nukta != NuktaPolicy::Keep
        || after.is_some_and(unicode_normalization::char::is_combining_mark)
    {
        return None;
    }
    Some(Fix {
        range: p..end,
        replacement: decomposed,
        kind: EditKind::Nfc,
        prev_after: DEVANAGARI_SIGN_NUKTA,
    })
}

/// Repeats of the vowel sign, NUKTA or VIRAMA just before `p` collapse
/// (rule 6): `कििि` becomes `कि`.
fn repeated_mark(text: &str, p: usize, mark: char, o: &NormalizeOptions) -> Option<Fix> {
    if !o.mark_order {
        return None;
    }
    let rest = text.get(p..)?;
    let run = rest.len() - rest.trim_start_matches(mark).len();
    Some(Fix {
        range: p..p + run,
        replacement: "",
        kind: EditKind::MarkOrder,
        prev_after: mark,
    })
}

/// A vowel letter + vowel sign of the "do not emit" table (`अ` + `ा`)
/// becomes the vowel letter it imitates (rule 5).
fn vowel_letter_and_sign(
    text: &str,
    p: usize,
    sign: char,
    before: char,
    o: &NormalizeOptions,
) -> Option<Fix> {
    if !o.do_not_emit || !is_independent_vowel(before) || vowels::ends_a_sequence(before) {
        return None;
    }
    let end = p + sign.len_utf8();
    let (from, to) = vowels::longest_row_ending(text.get(..end)?, sign)?;
    let last = to.chars().next_back()?;
    // Only the two-character rows, whose result completes no other row.
    if from.chars().count() != 2 || vowels::ends_a_sequence(last) {
        return None;
    }
    Some(Fix {
        range: end - from.len()..end,
        replacement: to,
        kind: EditKind::DoNotEmit,
        prev_after: last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fix [`super::fix_at`] proposes at `p` with nothing before it
    /// touched; `None` also for a kept suspect.
    fn fix_at(text: &str, p: usize, before: char, o: &NormalizeOptions) -> Option<Fix> {
        match super::fix_at(text, p, before, 0, o)? {
            Direct::Fix(f) => Some(f),
            Direct::Keep => None,
        }
    }

    #[test]
    fn colons_kept_or_made_visarga_in_place() {
        let safe = NormalizeOptions::safe();
        let keeps = |t: &str, p: usize| {
            matches!(
                super::fix_at(t, p, before(t, p), 0, &safe),
                Some(Direct::Keep)
            )
        };
        assert!(keeps("नोट: यह", 9));
        let f = fix_at("अत: यह", 6, 'त', &safe).unwrap();
        assert_eq!((f.range, f.replacement), (6..7, "\u{0903}"));
        // The word read back was touched by a fix: the passes decide.
        assert!(super::fix_at("अत: यह", 6, 'त', 4, &safe).is_none());
    }

    fn before(text: &str, p: usize) -> char {
        text[..p].chars().next_back().unwrap_or('\n')
    }

    fn fix(text: &str, p: usize) -> Option<(Range<usize>, &'static str, EditKind)> {
        fix_at(text, p, before(text, p), &NormalizeOptions::safe())
            .map(|f| (f.range, f.replacement, f.kind))
    }

    #[test]
    fn kinds() {
        // "है ।": the space at byte 6.
        assert_eq!(fix("है ।", 6), Some((6..7, "", EditKind::PunctuationSpace)));
        assert_eq!(fix("राम  गया", 9), Some((9..11, " ", EditKind::Space)));
        assert_eq!(fix("राम\u{A0}गया", 9), Some((9..11, " ", EditKind::Space)));
        assert_eq!(
            fix("राम\u{200B}गया", 9),
            Some((9..12, "", EditKind::Invisible))
        );
        assert_eq!(
            fix("\u{0905}\u{093E}ज", 3),
            Some((0..6, "आ", EditKind::DoNotEmit))
        );
        // A space run before a line break or the end.
        assert_eq!(fix("है  \n", 6), Some((6..8, "", EditKind::Space)));
        assert_eq!(fix("है ", 6), Some((6..7, "", EditKind::Space)));
        // Repeated marks.
        assert_eq!(fix("किििक", 6), Some((6..12, "", EditKind::MarkOrder)));
        assert_eq!(
            fix("क\u{093C}\u{093C}", 6),
            Some((6..9, "", EditKind::MarkOrder))
        );
    }

    #[test]
    fn nlp_folds() {
        let nlp = NormalizeOptions::nlp();
        let fix = |t: &str, p: usize| {
            fix_at(t, p, before(t, p), &nlp).map(|f| (f.range, f.replacement, f.kind))
        };
        assert_eq!(
            fix("हँसी", 3),
            Some((3..6, "\u{0902}", EditKind::Candrabindu))
        );
        assert_eq!(fix("ज\u{093C}रूर", 3), Some((3..6, "", EditKind::Nukta)));
        // Before a repeat: the fold, then the repeats (rule 6).
        let t = "ज\u{093C}\u{093C}\u{093C}";
        let first = fix_at(t, 3, 'ज', &nlp).unwrap();
        assert_eq!((first.range.clone(), first.kind), (3..6, EditKind::Nukta));
        let second = then(t, &first, &nlp).unwrap();
        assert_eq!((second.range, second.kind), (6..12, EditKind::MarkOrder));
        assert_eq!(second.prev_after, 'ज');
        // Without rule 6 the passes have both to do.
        let mut no_order = NormalizeOptions::nlp();
        no_order.mark_order = false;
        assert!(fix_at(t, 3, 'ज', &no_order).is_none());
        assert_eq!(
            fix("क “हाँ”", 4),
            Some((4..7, "\"", EditKind::AsciiPunctuation))
        );
        // The native flap keeps its NUKTA; the ellipsis goes to the passes.
        assert_eq!(fix("ड\u{093C}", 3), None);
        assert_eq!(fix("क…", 3), None);
        // Not in the safe profile.
        assert_eq!(
            fix_at("हँसी", 3, 'ह', &NormalizeOptions::safe()).map(|f| f.kind),
            None
        );
    }

    #[test]
    fn declines_what_needs_the_passes() {
        // Space before a Latin comma: rule 9 is for Devanagari words.
        assert_eq!(fix("a ,", 1), None);
        // Two spaces before a danda: both rules, left to the passes.
        assert_eq!(fix("है  ।", 6), None);
        // ZERO WIDTH SPACE before a vowel sign would join it to a letter.
        assert_eq!(fix("क\u{200B}\u{093E}", 3), None);
        // ZERO WIDTH SPACE between two Thai letters stays.
        assert_eq!(fix("\u{0E01}\u{200B}\u{0E02}", 3), None);
        // A vowel sign after a consonant is no fault.
        assert_eq!(fix("का", 3), None);
    }
}
