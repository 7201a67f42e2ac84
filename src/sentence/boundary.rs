//! Where sentences end: terminator runs, and the decision at each FULL STOP.

use super::abbrev::*;
use super::{NewlinePolicy, Splitter};
use crate::danda::{LineCursor, Run};
use crate::script::*;

/// DANDA, DOUBLE DANDA, FULL STOP, QUESTION MARK, EXCLAMATION MARK, HORIZONTAL
/// ELLIPSIS.
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA | '.' | '?' | '!' | '\u{2026}'
    )
}

/// A letter or mark of a word: Devanagari letters and signs, or any
/// alphabetic character (Latin and others).
///
/// (`word_start` has a byte-level copy of this for Devanagari and ASCII; the
/// test `word_start_agrees_with_is_word_char` compares them.)
#[inline]
fn is_word_char(c: char) -> bool {
    is_devanagari_letter_or_mark(c) || (c.is_alphabetic() && !is_devanagari(c)) || is_joiner(c)
}

#[inline]
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || is_devanagari_digit(c)
}

/// The character that starts at `i` (`None` at the end, or inside a
/// character). ASCII and the three-byte characters of U+0800..U+0FFF
/// (Devanagari among them) are read from their bytes.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    match bytes.get(i..) {
        Some([b, ..]) if b.is_ascii() => Some(char::from(*b)),
        Some([0xE0, b1, b2, ..]) => char::from_u32(three_byte_scalar(*b1, *b2)),
        _ => text.get(i..).and_then(|r| r.chars().next()),
    }
}

/// The character that ends at `i` (`None` at the start, or inside a
/// character); read from its bytes like [`char_at`].
#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    let bytes = text.as_bytes();
    // `i` must be a character boundary for the bytes before it to end one.
    if !text.is_char_boundary(i) {
        return None;
    }
    match bytes.get(..i) {
        Some([.., b]) if b.is_ascii() => Some(char::from(*b)),
        // (`E0` is always the lead of three bytes.)
        Some([.., 0xE0, b1, b2]) => char::from_u32(three_byte_scalar(*b1, *b2)),
        _ => text.get(..i).and_then(|r| r.chars().next_back()),
    }
}

/// The scalar value of the UTF-8 sequence `E0 b1 b2` (U+0800..U+0FFF).
#[inline]
fn three_byte_scalar(b1: u8, b2: u8) -> u32 {
    (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
}

/// The word that ends at `end`, and the character before it.
fn word_before(text: &str, end: usize) -> (&str, Option<char>) {
    let head = text.get(..end).unwrap_or("");
    let start = word_start(head);
    (head.get(start..).unwrap_or(""), char_before(text, start))
}

/// Whether the character of U+0900..U+097F encoded `E0 b1 b2` is a letter
/// or mark of a word: all are but a danda, a digit, ABBREVIATION SIGN or
/// HIGH SPACING DOT (U+0964..U+0971), as `is_devanagari_letter_or_mark`
/// says. Shared by the byte walks of [`word_start`] and [`leading_word`].
#[inline]
fn is_devanagari_word_bytes(b1: u8, b2: u8) -> bool {
    let k = (u32::from(b1 & 1) << 6) | u32::from(b2 & 0x3F);
    !(0x64..=0x71).contains(&k)
}

/// Where the word that ends `head` starts ([`is_word_char`] going back).
///
/// Steps over Devanagari (`E0 A4 xx`, `E0 A5 xx`) and ASCII by their bytes
/// and decodes only other characters: this runs at every FULL STOP, and the
/// decoding iterator was a fifth of the time on period-ended text
/// (`benches/sentences.rs`).
fn word_start(head: &str) -> usize {
    let bytes = head.as_bytes();
    let mut j = bytes.len();
    loop {
        match bytes.get(..j) {
            Some([.., 0xE0, b1 @ (0xA4 | 0xA5), b2]) => {
                if !is_devanagari_word_bytes(*b1, *b2) {
                    break;
                }
                j -= 3;
            }
            Some([.., b]) if b.is_ascii() => {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                j -= 1;
            }
            Some([_, ..]) => match head.get(..j).and_then(|h| h.chars().next_back()) {
                Some(c) if is_word_char(c) => j -= c.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    j
}

/// The next token after `pos` (skipping spaces and tabs) when it is one
/// word of [`is_word_char`]s, perhaps with punctuation after it: the word;
/// otherwise empty. The same as trimming the non-word characters off the
/// end of [`token_after`], without decoding: steps over Devanagari and
/// ASCII by their bytes, like [`word_start`], within the token's first 64
/// bytes (no listed word is longer). (The splitter asks
/// [`sentence_starter_follows`]; the tests compare this with `token_after`.)
#[cfg(test)]
fn word_after(text: &str, pos: usize) -> &str {
    let (rest, j) = leading_word(text, pos);
    if tail_has_word(rest, j) {
        return "";
    }
    rest.get(..j).unwrap_or("")
}

/// Whether the word after `pos` (`word_after`: the leading word of the
/// next token, when the rest of the token holds no word character) begins
/// sentences. Keeps that leading word and its class in `ahead`: asked
/// after every letter name, and in a chain of initials the word is the
/// next letter name.
fn sentence_starter_follows(text: &str, pos: usize, ahead: &mut WordAhead) -> bool {
    let (rest, j) = leading_word(text, pos);
    if j == 0 {
        return false;
    }
    let start = text.len() - rest.len();
    let class = WordClass::of(rest.get(..j).unwrap_or(""));
    *ahead = WordAhead {
        start,
        end: start + j,
        class,
    };
    class.is_sentence_starter() && !tail_has_word(rest, j)
}

/// The text after `pos` with the spaces and tabs before it skipped, and
/// the length of the run of word characters it starts with (at most 64
/// bytes).
fn leading_word(text: &str, pos: usize) -> (&str, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let skip = rest
        .bytes()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let rest = rest.get(skip..).unwrap_or("");
    let bytes = rest.as_bytes();
    let mut j = 0;
    loop {
        let step = match bytes.get(j..) {
            Some([0xE0, b1 @ (0xA4 | 0xA5), b2, ..]) => {
                if !is_devanagari_word_bytes(*b1, *b2) {
                    break;
                }
                3
            }
            Some([b, ..]) if b.is_ascii() => {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                1
            }
            Some([_, ..]) => match rest.get(j..).and_then(|r| r.chars().next()) {
                Some(c) if is_word_char(c) => c.len_utf8(),
                _ => break,
            },
            _ => break,
        };
        if j + step > 64 {
            break;
        }
        j += step;
    }
    (rest, j)
}

/// Whether the rest of the token after its leading word `rest[..j]`
/// (within the token's first 64 bytes) holds a word character:
/// `लेकिन,` has none, `उसके-बाद` has. ASCII and Devanagari are read by
/// their bytes.
fn tail_has_word(rest: &str, j: usize) -> bool {
    let bytes = rest.as_bytes();
    let mut i = j;
    while i < bytes.len() {
        let (word, len) = match bytes.get(i..) {
            Some([b, ..]) if b.is_ascii() => {
                if b.is_ascii_whitespace() || *b == 0x0B {
                    return false;
                }
                (b.is_ascii_alphabetic(), 1)
            }
            Some([0xE0, b1 @ (0xA4 | 0xA5), b2, ..]) => (is_devanagari_word_bytes(*b1, *b2), 3),
            _ => match rest.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if c.is_whitespace() => return false,
                Some(c) => (is_word_char(c), c.len_utf8()),
                None => return false,
            },
        };
        if i + len > 64 {
            return false;
        }
        if word {
            return true;
        }
        i += len;
    }
    false
}

/// The next token after `pos`, skipping spaces and tabs (not newlines), cut
/// at 64 bytes: decisions look only at its first word, and the cut keeps the
/// scan linear on a text of dots without spaces (`ए.ए.ए.…`).
fn token_after(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    let rest = rest.trim_start_matches([' ', '\t']);
    let end = rest
        .char_indices()
        .take_while(|(i, _)| *i < 64)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(|| crate::rewrite::floor_char_boundary(rest, 64), |(i, _)| i);
    rest.get(..end).unwrap_or("")
}

/// What closes an abbreviation: FULL STOP, or DEVANAGARI ABBREVIATION SIGN
/// (which the splitter reads as a FULL STOP that never ends a sentence).
const ABBREVIATION_DOTS: [char; 2] = ['.', DEVANAGARI_ABBREVIATION_SIGN];

/// Whether `word` followed by a FULL STOP can be one piece of an
/// abbreviation chain (`बी.जे.पी.`, `ई.पू.`, `U.S.`).
fn is_chain_piece(word: &str, splitter: &Splitter) -> bool {
    is_chain_piece_of(word, WordClass::of(word), splitter)
}

/// [`is_chain_piece`] of a word whose class is known.
#[inline]
fn is_chain_piece_of(word: &str, class: WordClass, splitter: &Splitter) -> bool {
    class.is_devanagari_chain_piece()
        || splitter.is_abbreviation(word, class)
        || is_single_latin_letter(word)
}

fn is_single_latin_letter(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_ascii_alphabetic())
}

/// Whether `word` is one Devanagari syllable (akshara): consonants joined
/// by VIRAMA, or an independent vowel, then at most a vowel sign and a
/// nasal sign or VISARGA (`भा`, `ज`, `दं`, `स्व`, `प्र`, `उ`). Initialisms
/// are chains of such syllables (`भा.ज.प.`, `छ.ग.`, `रा.स्व.सं.`).
fn is_one_syllable(word: &str) -> bool {
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

/// One-syllable words that end Hindi sentences and begin no initialism:
/// the forms of the copula (`है`, `था`, `हो`...) and the commonest verbs
/// at the end of a sentence (`की`, `दी`, `ली`: `उन्होंने बात की.`).
fn ends_sentences(word: &str) -> bool {
    matches!(
        word,
        "है" | "हैं"
            | "था"
            | "थी"
            | "थे"
            | "हो"
            | "हूँ"
            | "हूं"
            | "की"
            | "दी"
            | "ली"
    )
}

/// Whether a FULL STOP (or ABBREVIATION SIGN) at `dot` joins two syllables
/// of an initialism: the word before it is one syllable, and one syllable
/// and a stop follow it with no space (`भा.ज.`), or one syllable and a stop
/// stand before the word (`.ज.प.` seen at the stop after `प`).
fn in_syllable_chain(text: &str, word: &str, word_start: usize, dot: usize) -> bool {
    if !is_one_syllable(word) {
        return false;
    }
    // A piece after the stop: at most a conjunct of four with its signs.
    let rest = text.get(dot + 1..).unwrap_or("");
    let piece_end = rest
        .char_indices()
        .take(12)
        .find(|(_, c)| !is_devanagari_letter_or_mark(*c))
        .map(|(i, _)| i);
    // (Not after a word that ends sentences: `है.` ends one, also when the
    // next, written without a space, opens with an initialism:
    // `है.भा.ज.प. ने`.)
    let follows = !ends_sentences(word)
        && piece_end.is_some_and(|end| {
            end > 0 && rest[end..].starts_with(ABBREVIATION_DOTS) && is_one_syllable(&rest[..end])
        });
    if follows {
        return true;
    }
    let head = text.get(..word_start).unwrap_or("");
    stop_before(head).is_some_and(|h| is_one_syllable(word_before(h, h.len()).0))
}

/// Whether the text from `pos` starts with a chain piece and a FULL STOP
/// (`.जे.पी.` seen from after the first stop).
fn chain_continues(text: &str, pos: usize, splitter: &Splitter) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let end = rest
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map_or(rest.len(), |(i, _)| i);
    end > 0 && rest[end..].starts_with(ABBREVIATION_DOTS) && is_chain_piece(&rest[..end], splitter)
}

/// Whether the FULL STOP at `dot` closes a Devanagari abbreviation or
/// initial (a chain piece: letter name, abbreviation, piece of `बी.जे.पी.`)
/// and does not end the sentence.
pub(crate) fn is_abbreviation_full_stop(text: &str, dot: usize, splitter: &Splitter) -> bool {
    // A single FULL STOP, not one of a run of terminators (`...`, `.?`,
    // `.…`): a run is decided as a whole.
    if text.as_bytes().get(dot) != Some(&b'.')
        || char_at(text, dot + 1).is_some_and(is_terminator)
        || char_before(text, dot).is_some_and(is_terminator)
    {
        return false;
    }
    // Nor one before what a normalization rule reads differently after a
    // Devanagari character: a pipe or danda (the danda rule, across
    // spaces), a joiner (the joiner rule), a combining mark (the mark
    // rules).
    let after = text.get(dot + 1..).unwrap_or("");
    let next = after.chars().next();
    if after.trim_start_matches([' ', '\t']).starts_with([
        '|',
        DEVANAGARI_DANDA,
        DEVANAGARI_DOUBLE_DANDA,
    ]) || next.is_some_and(|c| is_joiner(c) || unicode_normalization::char::is_combining_mark(c))
    {
        return false;
    }
    let (word, _) = word_before(text, dot);
    word.starts_with(is_devanagari_letter)
        && is_chain_piece(word, splitter)
        && !full_stop_ends_sentence(text, dot, splitter, &mut WordAhead::default())
}

/// Whether the single FULL STOP at `dot` (one of no run) ends a sentence,
/// as the scan decides it there: the decision at the stop, and no
/// quotation tag after it that carries the sentence on.
pub(crate) fn lone_full_stop_ends_sentence(text: &str, dot: usize, splitter: &Splitter) -> bool {
    full_stop_ends_sentence(text, dot, splitter, &mut WordAhead::default())
        && !quotation_tag_follows(text, dot + 1)
}

/// A word read after one FULL STOP, kept for the decision at the next: in a
/// chain of initials (`ए. पी. जे. …`) the word after one stop is the word
/// before the next. Reading it once instead of twice (forward, then back
/// from the next stop) made a chain 13% faster (`tests/hostile.rs`
/// timing); the test `word_kept_ahead_gives_the_same_decisions` checks
/// that the decisions do not change.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordAhead {
    /// The word is `text[start..end]` (none when `end` is 0).
    start: usize,
    end: usize,
    class: WordClass,
}

impl WordAhead {
    /// The word that ends at `end`, and its class, if this is it.
    #[inline]
    fn ending_at<'t>(&self, text: &'t str, end: usize) -> Option<(&'t str, WordClass)> {
        if self.end != end || end == 0 {
            return None;
        }
        Some((text.get(self.start..end)?, self.class))
    }
}

/// Whether spaces or tabs, then one syllable (not one that
/// [`ends_sentences`]) and a stop follow `pos` (` वा.` after `म.`).
fn syllable_piece_follows(text: &str, pos: usize) -> bool {
    let (rest, j) = leading_word(text, pos);
    let skipped = text.len() - pos - rest.len();
    skipped > 0
        && j > 0
        && rest[j..]
            .trim_start_matches([' ', '\t'])
            .starts_with(ABBREVIATION_DOTS)
        && is_one_syllable(&rest[..j])
        && !ends_sentences(&rest[..j])
}

/// The word before the stop that stands, with spaces or tabs, before the
/// word starting at `word_start` (`डी` for `फिल` in `डी. फिल`), if there is
/// such a stop.
fn piece_before_spaces(text: &str, word_start: usize) -> Option<&str> {
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
/// one syllable (not one that [`ends_sentences`]) or a chain piece, and its
/// stop (`म. ` before `वा.`).
fn syllable_piece_before(text: &str, word_start: usize) -> bool {
    piece_before_spaces(text, word_start).is_some_and(|before| {
        (is_one_syllable(before) && !ends_sentences(before))
            || WordClass::of(before).is_devanagari_chain_piece()
    })
}

/// Decides whether the FULL STOP at `dot` (a single `.`) ends a sentence.
/// `ahead` may hold the word before `dot`, read at an earlier stop; it is
/// left holding the word after `dot` when the decision read it.
fn full_stop_ends_sentence(
    text: &str,
    dot: usize,
    splitter: &Splitter,
    ahead: &mut WordAhead,
) -> bool {
    // In tokenized text a space stands before the stop (`प्रो . अनिल`): the
    // word before it is read as if the stop followed it.
    let word_end = text
        .get(..dot)
        .map_or(dot, |h| h.trim_end_matches([' ', '\t']).len());
    let known = ahead.ending_at(text, word_end);
    *ahead = WordAhead::default();
    let after = dot + 1;
    // (The character before the stop is read only where it counts: after
    // most stops comes a space.)
    let prev = || char_before(text, dot);
    let Some(n) = char_at(text, after) else {
        return true;
    };
    if n == '\n' {
        return true;
    }
    // Inside a number: 3.5, 10.11.2025, १०.३०
    if is_digit(n) && prev().is_some_and(is_digit) {
        return false;
    }
    // Inside a Latin token: URLs, e-mail, file names, versions, e.g.
    if n.is_ascii_alphanumeric() && prev().is_some_and(|p| p.is_ascii_alphanumeric() || p == '.') {
        return false;
    }
    if matches!(n, ',' | ';' | ':') {
        return false;
    }
    let (word, before_word, class) = match known {
        Some((word, class)) => (word, char_before(text, word_end - word.len()), class),
        None => {
            let (word, before_word) = word_before(text, word_end);
            (word, before_word, WordClass::of(word))
        }
    };
    if word.is_empty() {
        // A number ending a sentence ends it; a list number before its
        // item does not.
        return !(prev().is_some_and(is_digit) && is_list_number(text, dot, n, splitter));
    }
    let in_chain = before_word.is_some_and(|c| ABBREVIATION_DOTS.contains(&c))
        && is_chain_piece(
            word_before(
                text,
                word_end - word.len() - before_word.map_or(1, char::len_utf8),
            )
            .0,
            splitter,
        );
    let next_token = || token_after(text, after);
    let next_is_devanagari_letter = !n.is_ascii() && is_devanagari_letter(n);
    let first_latin = word.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    if first_latin {
        if is_single_latin_letter(word) && word.chars().all(|c| c.is_ascii_uppercase()) {
            return false; // initial: A. R. Rahman
        }
        if in_chain && is_single_latin_letter(word) {
            return false; // U.S., e.g.
        }
        // The same written with spaces (`m. e.`, `i. e.`).
        if is_single_latin_letter(word)
            && piece_before_spaces(text, word_end - word.len()).is_some_and(is_single_latin_letter)
        {
            return false;
        }
        // Number and page: `No. 5`, `p. 433`.
        if class.is_before_number() {
            return !next_token().chars().next().is_some_and(is_digit);
        }
        if class.is_latin_abbreviation() || splitter.is_extra_abbreviation(word) {
            return false;
        }
        // A lowercase word after the stop continues the sentence.
        if next_token()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
        {
            return false;
        }
        return true;
    }
    // Devanagari (or another script's) word.
    if next_is_devanagari_letter {
        // No space after the stop: a chain (बी.जे.पी.) or an abbreviation
        // glued to a name (डॉ.शर्मा); otherwise two sentences without a space.
        return !(is_chain_piece_of(word, class, splitter)
            || chain_continues(text, after, splitter)
            || in_syllable_chain(text, word, word_end - word.len(), dot));
    }
    if in_chain
        || (before_word.is_some_and(|c| ABBREVIATION_DOTS.contains(&c))
            && in_syllable_chain(text, word, word_end - word.len(), dot))
    {
        return false;
    }
    if splitter.is_abbreviation(word, class) {
        return false;
    }
    // A unit after a number (`१०० ग्रॅ.`, `२० हे .`); a word that takes a
    // number (`वडा न. ५`).
    if class.is_unit() && number_before(text, word_end - word.len()) {
        return false;
    }
    if class.is_before_number() && next_token().chars().next().is_some_and(is_digit) {
        return false;
    }
    // A syllable that is no word alone, after a chain piece and its stop and
    // a space: a chain written with spaces (`डी. फिल.`, `बी. टेक.`). Like an
    // initial, it ends the sentence only before a sentence starter.
    if class.is_chain_syllable()
        && !class.is_letter_name()
        && piece_before_spaces(text, word_end - word.len())
            .is_some_and(|w| is_chain_piece(w, splitter))
    {
        return sentence_starter_follows(text, after, ahead);
    }
    // Initials of one syllable written with spaces (`म. वा. धोंड`,
    // `प. पू. श्री`): a piece before another piece does not end the
    // sentence; the last piece ends it only before a sentence starter.
    if !class.is_letter_name() && is_one_syllable(word) && !ends_sentences(word) {
        if syllable_piece_follows(text, after) {
            return false;
        }
        if syllable_piece_before(text, word_end - word.len()) {
            return sentence_starter_follows(text, after, ahead);
        }
    }
    if class.is_letter_name() {
        // A word that begins sentences and is never a name follows: the
        // letter name was a word (`करने के. लेकिन`).
        if sentence_starter_follows(text, after, ahead) {
            return true;
        }
        if !class.is_ambiguous_letter_name() {
            return false;
        }
        let next_token = next_token();
        // आई. is also "came", जी. the honorific: an initial only where
        // another initial stands before or after it (के. जी. बालकृष्ण).
        let next_dot = next_token.find(ABBREVIATION_DOTS);
        let (next_word, _) = word_before(next_token, next_dot.unwrap_or(0));
        let next_is_initial = next_dot.is_some() && is_chain_piece(next_word, splitter);
        let word_start = word_end - word.len();
        let head = text
            .get(..word_start)
            .unwrap_or("")
            .trim_end_matches([' ', '\t']);
        let prev_is_initial = head
            .strip_suffix(ABBREVIATION_DOTS)
            .is_some_and(|h| is_chain_piece(word_before(h, h.len()).0, splitter));
        let after_title = is_title(word_before(head, head.len()).0);
        return !(next_is_initial || prev_is_initial || after_title);
    }
    true
}

/// Whether a number stands before the word starting at `word_start`,
/// with spaces or tabs between (`१०० ग्रॅ`).
fn number_before(text: &str, word_start: usize) -> bool {
    let head = text.get(..word_start).unwrap_or("");
    let trimmed = head.trim_end_matches([' ', '\t']);
    trimmed.len() < head.len() && trimmed.ends_with(is_digit)
}

/// Whether the number before the FULL STOP at `dot` numbers a list item
/// (`1.`, `१२.`, `चरण 3.`): it stands at the start of a line, or of a
/// sentence (after a terminator, perhaps with a closing quote or bracket)
/// or after a colon (`लाभ: 1. …`), with at most three digits, and its
/// item follows on the line (after a space, or glued: `९.पोथी`). A number
/// at a line start is one whatever its length (`2024. …` in a list of
/// years). `n` is the character after the stop.
fn is_list_number(text: &str, dot: usize, n: char, splitter: &Splitter) -> bool {
    let head = text.get(..dot).unwrap_or("");
    let before_digits = head.trim_end_matches(is_digit);
    let digits = head.len() - before_digits.len();
    if digits == 0 {
        return false;
    }
    let before = before_digits.trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with(['\n', '\r']) {
        return true;
    }
    let short = head[before_digits.len()..].chars().count() <= 3;
    // The item follows, after a space or glued to the stop (`९.पोथी`).
    let item_follows = matches!(n, ' ' | '\t') || is_devanagari_letter(n) || n.is_alphabetic();
    if !short || !item_follows || token_after(text, dot + 1).is_empty() {
        return false;
    }
    // The next number of a list whose items have no stop of their own
    // (`सूची: 1. गोदान 2. गबन 3. निर्मला`).
    if follows_previous_item(text, before_digits.len(), &head[before_digits.len()..]) {
        return true;
    }
    // A bullet before the number (`। - ५. नागपञ्चमी`).
    let before = before
        .strip_suffix(['-', '\u{2013}', '\u{2014}', '\u{2022}'])
        .map_or(before, |b| b.trim_end_matches([' ', '\t']));
    // A marker word before the number (`चरण 3.`), itself at a sentence
    // start.
    let (marker, _) = word_before(before, before.len());
    let before = if !marker.is_empty()
        && is_list_marker_word(marker)
        && before_digits.len() > before.len()
    {
        before[..before.len() - marker.len()].trim_end_matches([' ', '\t'])
    } else {
        before
    };
    let before = before.trim_end_matches(is_closing_punctuation);
    if before.ends_with('.') {
        // A FULL STOP before the number starts a sentence only if it ends
        // one: not after an abbreviation (`डॉ. 3.`). (Its own decision
        // never asks this again: a number stands before it, or a word.)
        let prev_dot = before.len() - 1;
        let word_end = before[..prev_dot].trim_end_matches([' ', '\t']).len();
        let (word, _) = word_before(before, word_end);
        return word.is_empty()
            || full_stop_ends_sentence(text, prev_dot, splitter, &mut WordAhead::default());
    }
    before.is_empty() || before.ends_with(['\n', '\r', ':', '|']) || before.ends_with(is_terminator)
}

/// Whether the item number `digits` (starting at `start`) follows the
/// number before it in the same list: `N-1.` stands earlier on its line,
/// within 240 bytes, as a number of its own followed by its item. Numbers
/// of both scripts.
fn follows_previous_item(text: &str, start: usize, digits: &str) -> bool {
    let value = digits.chars().try_fold(0u32, |v, c| {
        let d = c
            .to_digit(10)
            .or_else(|| is_devanagari_digit(c).then(|| c as u32 - 0x0966))?;
        v.checked_mul(10)?.checked_add(d)
    });
    let Some(previous) = value.and_then(|v| v.checked_sub(1)).filter(|p| *p >= 1) else {
        return false;
    };
    let devanagari = digits.starts_with(is_devanagari_digit);
    let written: String = previous
        .to_string()
        .chars()
        .map(|c| match (devanagari, c.to_digit(10)) {
            (true, Some(d)) => char::from_u32(0x0966 + d).unwrap_or(c),
            _ => c,
        })
        .collect();
    let from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(240));
    let window = text.get(from..start).unwrap_or("");
    let window = window.rsplit('\n').next().unwrap_or("");
    let marker = format!("{written}.");
    window.match_indices(&marker).any(|(at, _)| {
        let before = window[..at].chars().next_back();
        let after = window[at + marker.len()..].chars().next();
        !before.is_some_and(|c| is_digit(c) || is_word_char(c) || c == '.')
            && after.is_some_and(|c| c == ' ' || is_devanagari_letter(c) || c.is_alphabetic())
    })
}

/// Words that may stand before the number of a list item: `चरण 3.`
/// (step), `भाग 2.` (part), `अध्याय 4.` (chapter), `Step 1.`.
fn is_list_marker_word(word: &str) -> bool {
    matches!(
        word,
        "चरण"
            | "भाग"
            | "अध्याय"
            | "खंड"
            | "खण्ड"
            | "पाठ"
            | "प्रश्न"
            | "स्टेप"
            | "Step"
            | "Part"
            | "Chapter"
    )
}

/// Whether a closing quote follows the terminator run ending at `pos`, and
/// then a short clause (at most three words up to the next terminator) with a
/// verb of saying: `"... आहे." ती म्हणाली.` is one sentence.
fn quotation_tag_follows(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let quoted = rest
        .chars()
        .next()
        .is_some_and(|c| is_closing_punctuation(c) && c != ')' && c != ']' && c != '}');
    if !quoted {
        return false;
    }
    let rest = rest.split('\n').next().unwrap_or("");
    let clause = rest.trim_start_matches(is_closing_punctuation).trim_start();
    // A new quotation, not a tag.
    if clause.starts_with(['"', '\'', '\u{201C}', '\u{2018}']) {
        return false;
    }
    for (k, word) in clause.split_whitespace().enumerate() {
        if k >= 3 {
            return false;
        }
        let bare = word
            .trim_end_matches(|c: char| is_terminator(c) || is_closing_punctuation(c) || c == ',');
        if is_speech_verb(bare) {
            return true;
        }
        // (An abbreviation's FULL STOP ends the clause too, written
        // either way.)
        if word.contains(is_terminator)
            || word.contains(DEVANAGARI_ABBREVIATION_SIGN)
            || word.contains('\n')
        {
            return false;
        }
    }
    false
}

/// Whether the DANDA at `pos` (followed by `rest_start`) closes the first half
/// of a couplet: the next segment closes with DOUBLE DANDA before any other
/// terminator or line break.
fn danda_in_couplet(text: &str, rest_start: usize) -> bool {
    let rest = text.get(rest_start..).unwrap_or("");
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            DEVANAGARI_DOUBLE_DANDA => return true,
            // A double danda typed as two (`।।`, `||`) closes a verse too.
            DEVANAGARI_DANDA | VERTICAL_LINE => return chars.peek() == Some(&c),
            '?' | '!' | '\n' => return false,
            _ => {}
        }
    }
    false
}

/// After a DOUBLE DANDA: a verse number, refrain or reference and its
/// closing DOUBLE DANDA (`॥ १ ॥`, `॥१॥`, `।। ४७ ।।`, `॥१-२॥`, `॥ १.२ ॥`,
/// `||३||`, `॥धृ॥`). Returns the end of the closing dandas.
fn verse_number_end(text: &str, pos: usize) -> Option<usize> {
    crate::danda::verse_label_end(text.get(pos..)?).map(|len| pos + len)
}

/// What the scan remembers between sentences: the next position of each
/// kind of terminator candidate, found by SIMD searches (`memchr`), so the
/// text between candidates is never looked at byte by byte.
///
/// The streams: the byte pairs `A5 A4` and `A5 A5` (the last two bytes of
/// DANDA `E0 A5 A4` and DOUBLE DANDA `E0 A5 A5`; in UTF-8 a lead byte can
/// never be `A4` or `A5`, so the pairs occur nowhere else but inside
/// four-byte characters, which the check of the lead byte rules out), the
/// bytes `.` `?` `!`, `\n` and HORIZONTAL ELLIPSIS, and `|`. Each stream is
/// searched forward only, so the whole scan stays linear. Measured in
/// `benches/sentences.rs`: this replaced a byte-by-byte loop about 2x
/// slower on Hindi.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ScanState {
    /// The position of the next DOUBLE DANDA at or after the last asked
    /// position, or the text length if none: prose without DOUBLE DANDA never
    /// pays for the couplet look-ahead.
    next_double_danda: Option<usize>,
    /// Next candidate of each stream (start of the character), if searched.
    next: [Option<usize>; 5],
    /// The first of the candidates of streams 0, 1, 3 and 4 (dandas, line
    /// breaks, ellipses and pipes), if searched: those come far apart, and
    /// `.` `?` `!` come every few bytes in a chain of initials.
    next_rare: Option<usize>,
    /// The word read after the last FULL STOP decided.
    ahead: WordAhead,
    /// The line read up to the last pipe, to decide pipes as the
    /// normalizer's danda rule does.
    pipes: LineCursor,
}

/// The prebuilt searchers: DANDA's and DOUBLE DANDA's last two bytes,
/// HORIZONTAL ELLIPSIS, DOUBLE DANDA.
struct Finders {
    danda_pair: memchr::memmem::Finder<'static>,
    double_danda_pair: memchr::memmem::Finder<'static>,
    ellipsis: memchr::memmem::Finder<'static>,
    double_danda: memchr::memmem::Finder<'static>,
    danda_danda: memchr::memmem::Finder<'static>,
    pipe_pipe: memchr::memmem::Finder<'static>,
}

fn finders() -> &'static Finders {
    static F: once_cell::sync::Lazy<Finders> = once_cell::sync::Lazy::new(|| Finders {
        danda_pair: memchr::memmem::Finder::new(&[0xA5u8, 0xA4][..]),
        double_danda_pair: memchr::memmem::Finder::new(&[0xA5u8, 0xA5][..]),
        ellipsis: memchr::memmem::Finder::new("\u{2026}".as_bytes()),
        double_danda: memchr::memmem::Finder::new("\u{0965}".as_bytes()),
        danda_danda: memchr::memmem::Finder::new("\u{0964}\u{0964}".as_bytes()),
        pipe_pipe: memchr::memmem::Finder::new(b"||"),
    });
    &F
}

/// Finds the next candidate of stream `k` at or after `from`.
fn search(bytes: &[u8], from: usize, k: usize) -> usize {
    let hay = bytes.get(from..).unwrap_or(&[]);
    let found = match k {
        // DANDA and DOUBLE DANDA: the pair is bytes 1..3 of the character.
        0 | 1 => {
            let f = if k == 0 {
                &finders().danda_pair
            } else {
                &finders().double_danda_pair
            };
            let mut at = 0;
            loop {
                match f.find(hay.get(at..).unwrap_or(&[])) {
                    None => break None,
                    Some(p) => {
                        let pos = from + at + p;
                        if pos > from && bytes.get(pos - 1) == Some(&0xE0) {
                            break Some(at + p - 1);
                        }
                        at += p + 1;
                    }
                }
            }
        }
        2 => memchr::memchr3(b'.', b'?', b'!', hay),
        4 => memchr::memchr(b'|', hay),
        _ => {
            let nl = memchr::memchr(b'\n', hay);
            let limit = nl.unwrap_or(hay.len());
            let ellipsis = finders().ellipsis.find(hay.get(..limit).unwrap_or(&[]));
            ellipsis.or(nl)
        }
    };
    found.map_or(bytes.len(), |p| from + p)
}

impl ScanState {
    fn double_danda_ahead(&mut self, text: &str, pos: usize) -> bool {
        match self.next_double_danda {
            Some(p) if p >= pos => p < text.len(),
            _ => {
                // DOUBLE DANDA, or one typed as two dandas or two pipes.
                let f = finders();
                let p = text.get(pos..).map_or(text.len(), |r| {
                    [&f.double_danda, &f.danda_danda, &f.pipe_pipe]
                        .into_iter()
                        .filter_map(|finder| finder.find(r.as_bytes()))
                        .min()
                        .map_or(text.len(), |k| pos + k)
                });
                self.next_double_danda = Some(p);
                p < text.len()
            }
        }
    }

    /// The next terminator candidate at or after `from` (or the text length).
    fn next_candidate(&mut self, bytes: &[u8], from: usize) -> usize {
        let stop = self.next_of_stream(bytes, from, 2);
        let rare = match self.next_rare {
            Some(p) if p >= from => p,
            _ => {
                let p = [0, 1, 3, 4]
                    .into_iter()
                    .map(|k| self.next_of_stream(bytes, from, k))
                    .fold(bytes.len(), usize::min);
                self.next_rare = Some(p);
                p
            }
        };
        stop.min(rare)
    }

    /// The next candidate of stream `k` at or after `from`.
    #[inline]
    fn next_of_stream(&mut self, bytes: &[u8], from: usize, k: usize) -> usize {
        match self.next[k] {
            Some(p) if p >= from => p,
            _ => {
                let p = search(bytes, from, k);
                self.next[k] = Some(p);
                p
            }
        }
    }
}

/// Finds the end of the sentence that starts at or after `from`: returns
/// `(end, next)`: the sentence is `text[from..end]` (untrimmed) and the next
/// one starts at `next`. Returns `None` when the rest has no boundary (the
/// rest is the last sentence).
pub(crate) fn next_boundary(
    splitter: &Splitter,
    text: &str,
    from: usize,
    scan: &mut ScanState,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        i = scan.next_candidate(bytes, i);
        if i >= bytes.len() {
            break;
        }
        // A lone FULL STOP (the common candidate: the next byte starts no
        // terminator, and a terminator before it was part of an earlier
        // run) needs no run: decide it at once.
        if bytes[i] == b'.' && !matches!(bytes.get(i + 1), Some(b'.' | b'?' | b'!' | 0xE0 | 0xE2)) {
            if full_stop_ends_sentence(text, i, splitter, &mut scan.ahead) {
                if let Some(end) = sentence_end(text, from, i, i + 1) {
                    return Some((end, end));
                }
            }
            // The word read after the stop ends at the next `.` `?` `!`:
            // it is the next candidate of their stream, with nothing to
            // search (the word and the spaces before it hold none).
            let e = scan.ahead.end;
            if e > i && matches!(bytes.get(e), Some(b'.' | b'?' | b'!')) {
                scan.next[2] = Some(e);
            }
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        if c == '\n' {
            match splitter.options.newline {
                NewlinePolicy::Boundary => return Some((i, i + 1)),
                NewlinePolicy::Space => {
                    // Only a blank line ends a sentence.
                    let rest = &text[i + 1..];
                    let ws = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
                    if rest[ws..].starts_with('\n') {
                        return Some((i, i + 1));
                    }
                    i += 1;
                    continue;
                }
            }
        }
        if c == VERTICAL_LINE {
            // A pipe ends a sentence where the normalizer reads it as a
            // danda (`crate::danda`).
            let (run, run_end) = scan.pipes.run_at(text, i);
            if run != Run::Keep {
                if let Some(end) = sentence_end(text, from, i, run_end) {
                    return Some((end, end));
                }
            }
            i = run_end.max(i + 1);
            continue;
        }
        if !is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        // The run of terminators.
        let run_start = i;
        let mut run_end = i;
        let mut kinds = (0usize, 0usize, 0usize); // (dots, dandas, others)
        for d in text[i..].chars() {
            if !is_terminator(d) {
                break;
            }
            match d {
                '.' => kinds.0 += 1,
                DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA => kinds.1 += 1,
                _ => kinds.2 += 1,
            }
            run_end += d.len_utf8();
        }
        let ends = if kinds.1 == 0 && kinds.2 == 0 {
            if kinds.0 == 1 {
                full_stop_ends_sentence(text, run_start, splitter, &mut scan.ahead)
            } else {
                // An ellipsis ends a sentence only before a line break or the end.
                let rest = text[run_end..].trim_start_matches([' ', '\t', '\r']);
                rest.is_empty() || rest.starts_with('\n')
            }
        } else if kinds.2 == 0
            && kinds.0 == 0
            && run_end - run_start == 3
            && bytes[run_start + 2] == 0xA4
        {
            // A danda between digits is part of a reference (`२।१।४`, a
            // rule of Panini's grammar), not the end of a sentence.
            let in_reference = char_before(text, run_start).is_some_and(is_digit)
                && char_at(text, run_end).is_some_and(is_digit);
            !(in_reference
                || (scan.double_danda_ahead(text, run_end) && danda_in_couplet(text, run_end)))
        } else if kinds.1 == 0
            && kinds.0 == 0
            && text[run_start..run_end].chars().all(|d| d == '\u{2026}')
        {
            let rest = text[run_end..].trim_start_matches([' ', '\t', '\r']);
            rest.is_empty() || rest.starts_with('\n')
        } else if kinds.1 == 0 {
            // ? and ! (with dots): inside a Latin token (a URL query) they do
            // not end; nor before "or" continuing an alternative question.
            let prev = char_before(text, run_start);
            let next = char_at(text, run_end);
            let in_token = prev.is_some_and(|p| p.is_ascii_alphanumeric())
                && next.is_some_and(|n| n.is_ascii_alphanumeric());
            let or_follows = matches!(token_after(text, run_end), "या" | "अथवा" | "or");
            // `?>` closes a PHP tag left in scraped text.
            let markup = text.get(run_end..).is_some_and(|r| r.starts_with('>'));
            !(in_token || or_follows || markup)
        } else {
            true
        };
        if ends {
            if let Some(end) = sentence_end(text, from, run_start, run_end) {
                return Some((end, end));
            }
        }
        i = run_end;
    }
    None
}

/// Where the sentence ends whose terminator run `text[run_start..run_end]`
/// ends it, with the verse number and closing punctuation after the run;
/// `None` when a quotation tag follows (the sentence goes on).
fn sentence_end(text: &str, from: usize, run_start: usize, run_end: usize) -> Option<usize> {
    if quotation_tag_follows(text, run_end) {
        return None;
    }
    let mut end = run_end;
    let run = text.get(run_start..run_end).unwrap_or("");
    if run.ends_with('\u{0965}') || run.ends_with("\u{0964}\u{0964}") || run.ends_with("||") {
        if let Some(e) = verse_number_end(text, end) {
            end = e;
        }
    }
    for d in text.get(end..).unwrap_or("").chars() {
        if !is_closing_punctuation(d) {
            break;
        }
        end += d.len_utf8();
    }
    if end == run_end {
        end += spaced_closing_quote_len(text, from, run_start, end);
    }
    end += stray_terminators_len(text, end);
    Some(end + dangling_number_len(text, end))
}

/// The length of the terminators standing alone after a sentence's end,
/// with the spaces before them (`गया। । फिर`, `खत्म . . . अब`): a second
/// danda or a run of spaced dots, never a sentence of its own. A DOUBLE
/// DANDA followed by text on its line opens a framed title or verse
/// (`॥ श्री गणेशाय नमः ॥`) and is left to what follows.
fn stray_terminators_len(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let mut taken = 0;
    loop {
        let tail = rest.get(taken..).unwrap_or("");
        let t = tail.trim_start_matches([' ', '\t']);
        let run: usize = t
            .chars()
            .take_while(|&c| is_terminator(c))
            .map(char::len_utf8)
            .sum();
        if run == 0 {
            return taken;
        }
        let closing: usize = t[run..]
            .chars()
            .take_while(|&c| is_closing_punctuation(c))
            .map(char::len_utf8)
            .sum();
        let after = &t[run + closing..];
        let line_end = after.trim_start_matches([' ', '\t', '\r']);
        let at_line_end = line_end.is_empty() || line_end.starts_with('\n');
        let alone = after.is_empty() || after.starts_with(char::is_whitespace);
        let opens_frame = t[..run].contains(DEVANAGARI_DOUBLE_DANDA) && !at_line_end;
        if !alone || opens_frame {
            return taken;
        }
        taken += (tail.len() - t.len()) + run + closing;
    }
}

/// The length of a closing quote written apart from the terminator before
/// it (tokenized text: `आहे . "`, `आहे . ``,  आहे . ' '`), with the spaces
/// before it, when the sentence `text[from..run_start]` left a quote
/// open: it closes that one. 0 otherwise. (Counted in the sentence, not the
/// line: a quote left open or closed with another mark earlier on the line
/// would make every later count wrong.)
fn spaced_closing_quote_len(text: &str, from: usize, run_start: usize, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let quote = rest.trim_start_matches([' ', '\t']);
    let spaces = rest.len() - quote.len();
    if spaces == 0 {
        return 0;
    }
    let Some(len) = quote_token_len(quote) else {
        return 0;
    };
    // (Only a quote followed by a space or the line end closes.)
    let after = quote.get(len..).unwrap_or("");
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return 0;
    }
    let sentence = text.get(from..run_start).unwrap_or("");
    if quote_marks(sentence) % 2 == 0 {
        return 0;
    }
    spaces + len
}

/// The double quotes of `text` (see [`quote_token_len`]).
fn quote_marks(text: &str) -> usize {
    let mut n = 0;
    let mut i = 0;
    while let Some(k) = text
        .get(i..)
        .and_then(|r| r.find(['"', '`', '\'', '\u{201C}', '\u{201D}']))
    {
        let at = i + k;
        match text.get(at..).and_then(quote_token_len) {
            Some(len) => {
                n += 1;
                i = at + len;
            }
            None => i = at + 1,
        }
    }
    n
}

/// The length of the double quote `text` starts with, written as `"`,
/// `“`, `”`, two grave accents or two apostrophes (perhaps with a space
/// between, as a tokenizer writes them: `' '`).
fn quote_token_len(text: &str) -> Option<usize> {
    if text.starts_with("``") || text.starts_with("''") {
        Some(2)
    } else if text.starts_with("' '") {
        Some(3)
    } else if text.starts_with(['"', '\u{201C}', '\u{201D}']) {
        text.chars().next().map(char::len_utf8)
    } else {
        None
    }
}

/// The length of a number and its stop that end the line after `pos`
/// (` २८६.`, ` (११.`): the number of the verse or item just ended, or the
/// marker of an item the text cuts off, never a sentence of its own.
fn dangling_number_len(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let t = rest.trim_start_matches([' ', '\t']);
    let u = t.strip_prefix('(').unwrap_or(t);
    let digits: usize = u
        .chars()
        .take_while(|c| is_digit(*c))
        .take(4)
        .map(char::len_utf8)
        .sum();
    let Some(v) = u.get(digits..).and_then(|v| v.strip_prefix('.')) else {
        return 0;
    };
    let v = v.strip_prefix(')').unwrap_or(v);
    let at_line_end = v.trim_start_matches([' ', '\t', '\r']).is_empty()
        || v.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
    if digits == 0 || !at_line_end {
        return 0;
    }
    rest.len() - v.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-level walk of `word_start` gives what walking back with
    /// `is_word_char` gives, for every code point before a letter.
    /// `word_after` is `token_after` with the non-word characters trimmed
    /// off its end, whenever the result is a plain word (the only case the
    /// word lists can match).
    #[test]
    fn word_after_agrees_with_token_after() {
        let reference = |t: &str, pos: usize| -> String {
            let tok = token_after(t, pos);
            let w = tok.trim_end_matches(|c: char| !is_word_char(c));
            if w.chars().all(is_word_char) {
                w.to_string()
            } else {
                String::new()
            }
        };
        let mut texts = vec![
            "ए. लेकिन वह".to_string(),
            "ए.\tAnd so".to_string(),
            "ए. १० बजे".to_string(),
            "ए. \"लेकिन".to_string(),
            "ए. लेकिन, वह".to_string(),
            "ए. उसके-बाद".to_string(),
            "ए.".to_string(),
            format!("ए. {}", "क".repeat(40)),
        ];
        for cp in (0u32..0x3000).chain([0x1F600, 0xA8E0, 0x11B00]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            texts.push(format!("ए. क{c}ख"));
            texts.push(format!("ए. कख{c} ग"));
        }
        for w in SENTENCE_STARTERS {
            texts.push(format!("ए. {w}"));
            texts.push(format!("ए.\t{w}, क"));
            texts.push(format!("ए. {w}क"));
            texts.push(format!("ए. {w}-क"));
        }
        for t in &texts {
            let want = reference(t, 4);
            assert_eq!(word_after(t, 4), want, "{t:?}");
            assert_eq!(
                sentence_starter_follows(t, 4, &mut WordAhead::default()),
                is_sentence_starter(&want),
                "{t:?}"
            );
        }
    }

    /// A decision given the word kept from the stop before (as the scan
    /// gives it) is the decision made from the text alone, at every FULL
    /// STOP of chains of initials, abbreviations, names and punctuation.
    #[test]
    fn word_kept_ahead_gives_the_same_decisions() {
        let pieces = [
            "ए",
            "एस",
            "के",
            "जी",
            "आई",
            "बी",
            "पी",
            "डॉ",
            "प्रो",
            "ई",
            "पू",
            "फिल",
            "स",
            "ली",
            "लेकिन",
            "वह",
            "राम",
            "A",
            "U",
            "No",
            "Mr",
            "www",
            "The",
            "12",
            "३",
            ".",
            ". ",
            ".  ",
            ".\t",
            " ",
            "\n",
            "?",
            "।",
            ",",
            "\"",
            "”",
            "(",
            "-",
            "\u{093C}",
            "\u{200D}",
            "é",
            "😀",
            "या",
        ];
        let splitter = Splitter::default();
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut checked = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..next() % 24 {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
            }
            let mut ahead = WordAhead::default();
            for (dot, _) in text.match_indices('.') {
                let carried = full_stop_ends_sentence(&text, dot, &splitter, &mut ahead);
                let fresh =
                    full_stop_ends_sentence(&text, dot, &splitter, &mut WordAhead::default());
                assert_eq!(carried, fresh, "at {dot} of {text:?}");
                checked += 1;
            }
        }
        assert!(checked > 10_000, "{checked}");
    }

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

    #[test]
    fn word_start_agrees_with_is_word_char() {
        let reference = |head: &str| {
            head.char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(head.len(), |(i, _)| i)
        };
        for cp in (0u32..0x3000).chain([0x1F600, 0x10000, 0xA8E0, 0x11B00]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for head in [format!("{c}क"), format!("क{c}"), format!("a{c}b{c}")] {
                assert_eq!(word_start(&head), reference(&head), "{cp:04X} in {head:?}");
            }
        }
    }
}
