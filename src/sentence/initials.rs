//! Chains of initials and abbreviations: the pieces a FULL STOP (or
//! ABBREVIATION SIGN) joins without ending a sentence (`बी.जे.पी.`, `U.S.`,
//! `डी. फिल.`), and initialisms of single syllables (`भा.ज.प.`, `म. वा.`).

use super::abbrev::*;
use super::chars::*;
use super::options::Splitter;
use super::words::*;
use crate::script::*;

/// What closes an abbreviation: FULL STOP, or DEVANAGARI ABBREVIATION SIGN
/// (which the splitter reads as a FULL STOP that never ends a sentence).
pub(super) const ABBREVIATION_DOTS: [char; 2] = ['.', DEVANAGARI_ABBREVIATION_SIGN];

/// Whether `word` followed by a FULL STOP can be one piece of an
/// abbreviation chain (`बी.जे.पी.`, `ई.पू.`, `U.S.`).
pub(super) fn is_chain_piece(word: &str, splitter: &Splitter) -> bool {
    is_chain_piece_of(word, WordClass::of(word), splitter)
}

/// [`is_chain_piece`] of a word whose class is known.
#[inline]
pub(super) fn is_chain_piece_of(word: &str, class: WordClass, splitter: &Splitter) -> bool {
    class.is_devanagari_chain_piece()
        || splitter.is_abbreviation(word, class)
        || is_single_latin_letter(word)
}

pub(super) fn is_single_latin_letter(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_ascii_alphabetic())
}

/// Whether `word` is one Devanagari syllable (akshara): consonants joined
/// by VIRAMA, or an independent vowel, then at most a vowel sign and a
/// nasal sign or VISARGA (`भा`, `ज`, `दं`, `स्व`, `प्र`, `उ`). Initialisms
/// are chains of such syllables (`भा.ज.प.`, `छ.ग.`, `रा.स्व.सं.`).
pub(super) fn is_one_syllable(word: &str) -> bool {
    let mut cs = word.chars().peekable();
    // The consonants of a conjunct, or one independent vowel.
    loop {
        match cs.next() {
            Some(c) if is_consonant(c) => {
                cs.next_if_eq(&DEVANAGARI_SIGN_NUKTA);
                if cs.next_if_eq(&DEVANAGARI_SIGN_VIRAMA).is_none() {
                    break;
                }
            }
            Some(c) if is_independent_vowel(c) => break,
            _ => return false,
        }
    }
    cs.next_if(|&c| is_dependent_vowel_sign(c));
    cs.next_if(|&c| is_nasal_sign(c) || c == DEVANAGARI_SIGN_VISARGA);
    cs.next().is_none()
}

/// One-syllable words that end Hindi sentences and begin no initialism
/// (`है`, `की`...): their one home is with the other sentence-ending words.
pub(super) use crate::endings::ends_sentences_not_initial;

/// The most characters of a syllable piece after a stop: a conjunct of
/// four consonants with its signs.
const SYLLABLE_PIECE_CHARS: usize = 12;

/// Whether a FULL STOP (or ABBREVIATION SIGN) at `dot` joins two syllables
/// of an initialism: the word before it is one syllable, and one syllable
/// and a stop follow it with no space (`भा.ज.`), or one syllable and a stop
/// stand before the word (`.ज.प.` seen at the stop after `प`).
pub(super) fn in_syllable_chain(text: &str, word: &str, word_start: usize, dot: usize) -> bool {
    if !is_one_syllable(word) {
        return false;
    }
    let rest = text.get(dot + 1..).unwrap_or("");
    let piece_end = rest
        .char_indices()
        .take(SYLLABLE_PIECE_CHARS)
        .find(|(_, c)| !is_devanagari_letter_or_mark(*c))
        .map(|(i, _)| i);
    // (Not after a word that ends sentences: `है.` ends one, also when the
    // next, written without a space, opens with an initialism:
    // `है.भा.ज.प. ने`.)
    let follows = !ends_sentences_not_initial(word)
        && piece_end
            .and_then(|end| rest.split_at_checked(end))
            .is_some_and(|(piece, after)| {
                !piece.is_empty() && after.starts_with(ABBREVIATION_DOTS) && is_one_syllable(piece)
            });
    if follows {
        return true;
    }
    let head = text.get(..word_start).unwrap_or("");
    stop_before(head).is_some_and(|h| is_one_syllable(word_before(h, h.len()).0))
}

/// Whether the text from `pos` starts with a chain piece and a FULL STOP
/// (`.जे.पी.` seen from after the first stop).
pub(super) fn chain_continues(text: &str, pos: usize, splitter: &Splitter) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let end = rest
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(rest.len(), |(i, _)| i);
    let Some((piece, after)) = rest.split_at_checked(end) else {
        return false;
    };
    !piece.is_empty() && after.starts_with(ABBREVIATION_DOTS) && is_chain_piece(piece, splitter)
}

/// Whether spaces or tabs, then one syllable (not one that
/// [`ends_sentences_not_initial`]) and a stop follow `pos` (` वा.` after `म.`).
pub(super) fn syllable_piece_follows(text: &str, pos: usize) -> bool {
    let (rest, j) = leading_word(text, pos);
    let skipped = text.len() - pos - rest.len();
    let Some((word, after)) = rest.split_at_checked(j) else {
        return false;
    };
    skipped > 0
        && !word.is_empty()
        && after
            .trim_start_matches([' ', '\t'])
            .starts_with(ABBREVIATION_DOTS)
        && is_one_syllable(word)
        && !ends_sentences_not_initial(word)
}

/// The word before the stop that stands, with spaces or tabs, before the
/// word starting at `word_start` (`डी` for `फिल` in `डी. फिल`), if there is
/// such a stop.
pub(super) fn piece_before_spaces(text: &str, word_start: usize) -> Option<&str> {
    let head = text.get(..word_start)?;
    let trimmed = head.trim_end_matches([' ', '\t']);
    if trimmed.len() == head.len() {
        return None;
    }
    let h = stop_before(trimmed)?;
    Some(word_before(h, h.len()).0)
}

/// `head` without the stop it ends with (FULL STOP or ABBREVIATION SIGN),
/// and without the spaces or tabs before the stop in tokenized text
/// (`म .`): where the word before the stop ends.
fn stop_before(head: &str) -> Option<&str> {
    head.strip_suffix(ABBREVIATION_DOTS)
        .map(|h| h.trim_end_matches([' ', '\t']))
}

/// Whether the word starting at `word_start` follows spaces or tabs after
/// one syllable (not one that [`ends_sentences_not_initial`]) or a chain piece, and its
/// stop (`म. ` before `वा.`).
pub(super) fn syllable_piece_before(text: &str, word_start: usize) -> bool {
    piece_before_spaces(text, word_start).is_some_and(|before| {
        (is_one_syllable(before) && !ends_sentences_not_initial(before))
            || WordClass::of(before).is_devanagari_chain_piece()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_syllable() {
        for w in ["भा", "ज", "दं", "स्व", "प्र", "उ", "क्षे", "स्त्री", "ज़ा", "दुः"]
        {
            assert!(is_one_syllable(w), "{w}");
        }
        for w in ["", "भाज", "आया", "क्", "ि", "a", "भा.", "कं्"] {
            assert!(!is_one_syllable(w), "{w}");
        }
    }
}
