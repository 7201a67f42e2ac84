//! The decision at a single FULL STOP: does it end the sentence, or close
//! an initial, an abbreviation, a number, a list number or a Latin token?

use super::abbrev::*;
use super::chars::*;
use super::initials::*;
use super::list_number::*;
use super::sentence_end::*;
use super::words::*;
use super::Splitter;
use crate::script::*;

/// Decides whether the FULL STOP at `dot` (a single `.`) ends a sentence.
/// `ahead` may hold the word before `dot`, read at an earlier stop; it is
/// left holding the word after `dot` when the decision read it.
pub(super) fn full_stop_ends_sentence(
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

/// Whether a number stands before the word starting at `word_start`,
/// with spaces or tabs between (`१०० ग्रॅ`).
fn number_before(text: &str, word_start: usize) -> bool {
    let head = text.get(..word_start).unwrap_or("");
    let trimmed = head.trim_end_matches([' ', '\t']);
    trimmed.len() < head.len() && trimmed.ends_with(is_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
