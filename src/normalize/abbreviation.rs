//! Opt-in: FULL STOP → ABBREVIATION SIGN (U+0970) where the FULL STOP
//! closes a Devanagari abbreviation or initial inside a sentence
//! ([`super::AbbreviationSignPolicy::FromFullStop`]).
//!
//! The decision is the sentence splitter's: the word before the stop is a
//! letter name, an abbreviation or a piece of a chain (`बी.जे.पी.`), and the
//! stop does not end the sentence. It reads the words around the stop, so it
//! runs over whole lines, after the other rules. It only turns stops that
//! end no sentence into signs, and the splitter's "not an end" decisions
//! all rest on a FULL STOP or a word being there: on its own output it
//! finds nothing more to change.

use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::sentence::Splitter;

/// The FULL STOPs of `text` that close an abbreviation inside a sentence,
/// replaced by ABBREVIATION SIGN.
pub(crate) fn full_stops_to_signs(text: &str, splitter: &Splitter) -> Option<Changed> {
    let mut rw = Rewriter::new(text);
    for dot in memchr::memchr_iter(b'.', text.as_bytes()) {
        if crate::sentence::is_abbreviation_full_stop(splitter, text, dot) {
            rw.replace(dot..dot + 1, "\u{0970}", EditKind::AbbreviationSign);
        }
    }
    rw.finish()
}
