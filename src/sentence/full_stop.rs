//! The decision at a single FULL STOP: does it end the sentence, or close
//! an initial, an abbreviation, a number, a list number or a Latin token?
//!
//! [`full_stop_ends_sentence`] reads the stop and the word before it once
//! (a [`Stop`]) and asks a list of named questions, in this order: is the
//! stop inside a token (a number, a URL) or before `,` `;` `:`; is it the
//! stop of a list number; then, after a Latin word, is the word an initial,
//! a piece of a chain or an abbreviation, or does a lowercase word follow;
//! after a Devanagari word, is it glued to the next word, a piece of a
//! chain of initials or syllables, an abbreviation, a unit after a number,
//! the last piece of a chain written with spaces, or a letter name.

use super::abbrev::*;
use super::chars::*;
use super::initials::*;
use super::list_number::*;
use super::options::Splitter;
use super::words::*;
use crate::endings::ends_sentences;
use crate::language::Language;
use crate::script::*;

/// Decides whether the FULL STOP at `dot` (a single `.`) ends a sentence.
/// `ahead` may hold the word before `dot`, read at an earlier stop; it is
/// left holding the word after `dot` when the decision read it.
///
/// Two questions: whether the word before the stop ends its sentence there
/// ([`word_decides`]), and whether what follows carries the sentence on
/// whatever the word is ([`sentence_runs_on`], [`postposition_follows`]).
pub(super) fn full_stop_ends_sentence(
    text: &str,
    dot: usize,
    splitter: &Splitter,
    ahead: &mut WordAhead,
) -> bool {
    let word_end = word_end_before_stop(text, dot);
    let known = ahead.ending_at(text, word_end);
    *ahead = WordAhead::default();
    // The end of the text, or of the line, ends the sentence.
    let Some(next) = char_at(text, dot + 1) else {
        return true;
    };
    if next == '\n' {
        return !marker_line_joins_next(splitter, text, dot + 1);
    }
    if sentence_runs_on(text, dot, next) {
        return false;
    }
    let stop = Stop::read(text, dot, next, word_end, known);
    word_decides(&stop, splitter, ahead) && !postposition_follows(text, dot, splitter)
}

/// Whether the FULL STOP at `dot` stays with the word before it, as the
/// word decides ([`word_decides`]: an abbreviation, an initial, a unit
/// after a number, a piece of a token), not as what follows carries the
/// sentence on (a comma, a dash, an aside's bracket, a postposition, a
/// quotation's tag: `था.`, `स्पष्टीकरण.—`, `शुभेच्छा.,` keep no stop). The
/// word tokenizer's question.
pub(crate) fn word_keeps_full_stop(text: &str, dot: usize, splitter: &Splitter) -> bool {
    match char_at(text, dot + 1) {
        None | Some('\n') => false,
        Some(next) => {
            let stop = Stop::read(text, dot, next, word_end_before_stop(text, dot), None);
            !word_decides(&stop, splitter, &mut WordAhead::default())
        }
    }
}

/// Whether the word before the FULL STOP `stop` ends its sentence there
/// by what it is: not inside a token (a decimal, a domain), nor after an
/// abbreviation, initial or list number.
fn word_decides(stop: &Stop, splitter: &Splitter, ahead: &mut WordAhead) -> bool {
    if is_inside_token(stop.text, stop.dot, stop.next) {
        return false;
    }
    if stop.word.is_empty() {
        // A number ending a sentence ends it; a list number before its
        // item does not, nor a day or month of a spaced date.
        !stop.closes_list_number(splitter) && !in_spaced_date(stop.text, stop.dot)
    } else if stop.word_is_latin() {
        latin_word_ends_sentence(stop, splitter)
    } else {
        devanagari_word_ends_sentence(stop, splitter, ahead)
    }
}

/// Whether what follows the FULL STOP at `dot` (`next` right after it)
/// carries the sentence on, whatever the word before it: a comma,
/// semicolon or colon, a dash glued to the stop ([`runs_on_after_dash`]),
/// the bracket that closes a short aside ([`inside_short_brackets`]).
#[inline]
fn sentence_runs_on(text: &str, dot: usize, next: char) -> bool {
    matches!(next, ',' | ';' | ':')
        || runs_on_after_dash(text, dot, next)
        || inside_short_brackets(text, dot)
}

/// Whether the character right after a FULL STOP is a dash the text runs
/// on after: a statute's heading of a section, an explanation or a proviso
/// is closed so (`स्पष्टीकरण.—इस धारा में …`, `दंड.–जो कोई …`, EM or EN
/// DASH glued to the stop), and a play's speaker so, the name opening its
/// line, with a HYPHEN-MINUS before the speech (`रामे.-तो जाओ`,
/// `विंध्ये.-‘ऐ हटो`, `रामे.- वह चुड़ैल …`). Prose ends a sentence with a
/// space after the stop, or with a hyphen after it in a line (`मत
/// बदललं.- ‘मग`, `वह घर आया.-तुम कौन हो?`).
#[inline]
fn runs_on_after_dash(text: &str, dot: usize, next: char) -> bool {
    match next {
        '\u{2014}' | '\u{2013}' => true, // EM DASH, EN DASH
        '-' => {
            let speech = char_at(text, dot + 2).is_some_and(|c| {
                c == ' '
                    || is_devanagari_letter(c)
                    || c.is_alphabetic()
                    || matches!(c, '\u{2018}' | '\u{201C}' | '"' | '\'')
            });
            speech && speaker_opens_line(text, dot)
        }
        _ => false,
    }
}

/// Whether the word before the FULL STOP at `dot` is the first of its line
/// (spaces before it): a speaker's name opening a line of a play.
fn speaker_opens_line(text: &str, dot: usize) -> bool {
    let (word, _) = word_before(text, dot);
    let head = text.get(..dot.saturating_sub(word.len())).unwrap_or("");
    // (Reads back over the spaces only.)
    let before = head.trim_end_matches([' ', '\t', '\r']);
    !word.is_empty() && (before.is_empty() || before.ends_with('\n'))
}

/// How far, in bytes, the brackets around a FULL STOP are looked for on
/// either side by [`inside_short_brackets`] (about 30 Devanagari letters).
const BRACKET_LOOK: usize = 90;

/// Whether the FULL STOP at `dot` stands inside brackets that open and
/// close on its line within [`BRACKET_LOOK`] bytes, with no sentence
/// punctuation between but FULL STOPs (a DANDA between the chapter and
/// verse of a reference is none, `(भा. 3। 5)`): an abbreviation no table
/// knows in an aside (`(ज. १९३२)`, `(मृ. १९९५)`, `(संकलक. डॉ. जोशी)`, the
/// dateline's `(वार्ता.)`) ends no sentence; the sentence around the
/// brackets goes on. Not after a word that ends sentences or before one
/// that begins them (`(वहाँ कोई नहीं था. मैं लौट आया)`), nor between the
/// brackets of emoticons (`:( … :)`). A stop right before the closing
/// bracket of an aside of words (or its closing quote) ends the sentence
/// the aside is (`(हे खोटे ठरले.) मी …`).
fn inside_short_brackets(text: &str, dot: usize) -> bool {
    let from = crate::rewrite::floor_char_boundary(text, dot.saturating_sub(BRACKET_LOOK));
    let to = crate::rewrite::floor_char_boundary(text, dot + 1 + BRACKET_LOOK);
    let (Some(before), Some(after)) = (text.get(from..dot), text.get(dot + 1..to)) else {
        return false;
    };
    // (Asked at every FULL STOP: most have no opening bracket before them,
    // found as a byte.)
    if memchr::memrchr(b'(', before.as_bytes()).is_none() {
        return false;
    }
    let Some(inside) = before
        .char_indices()
        .rev()
        .find(|&(at, c)| aside_edge(before, at, c))
        .and_then(|(at, _)| before.get(at..)?.strip_prefix('('))
    else {
        return false;
    };
    let closes = after
        .char_indices()
        .find(|&(at, c)| aside_edge(after, at, c))
        .is_some_and(|(at, _)| after.get(at..).is_some_and(|a| a.starts_with(')')));
    // (A stop that closes the aside ends the sentence in it, `(हे खोटे
    // ठरले.)`, unless the aside is one word: `(वार्ता.)` of a dateline.)
    let closes_aside = after
        .trim_start_matches(['\u{201D}', '\u{2019}', '"', '\''])
        .starts_with(')');
    closes
        && (!closes_aside || !inside.contains([' ', '\t']))
        && !ends_sentences(word_before(text, dot).0)
        && !WordClass::of(token_after(text, dot + 1)).is_sentence_starter()
}

/// Whether the character `c` at `at` in `s` bounds an aside for
/// [`inside_short_brackets`]: a bracket that is no emoticon's (`:(`,
/// `;-)`), a line break, or sentence punctuation but a DANDA between
/// digits (`3। 5`, `२।४७`).
fn aside_edge(s: &str, at: usize, c: char) -> bool {
    match c {
        '(' | ')' => {
            let head = s.get(..at).unwrap_or("");
            !head.trim_end_matches('-').ends_with([':', ';', '='])
        }
        DEVANAGARI_DANDA => {
            let digit_before = char_before(s, at).is_some_and(is_text_digit);
            let rest = s.get(at + DEVANAGARI_DANDA.len_utf8()..).unwrap_or("");
            let digit_after = rest.trim_start_matches(' ').starts_with(is_text_digit);
            !(digit_before && digit_after)
        }
        '\n' | '\r' | DEVANAGARI_DOUBLE_DANDA | '?' | '!' => true,
        _ => false,
    }
}

/// Whether the word after the stop at `dot` is a postposition that starts
/// no sentence ([`POSTPOSITIONS`], and those of the hinted language): the
/// stop closes a title, a name or an abbreviation no table knows (`इंक.
/// द्वारा`, `एट अल. ने`, Nepali `सिने. लाई`, Marathi `°से. पेक्षा`).
fn postposition_follows(text: &str, dot: usize, splitter: &Splitter) -> bool {
    let word = token_after(text, dot + 1).trim_end_matches([',', ';', ':']);
    let hinted = match splitter.options().language {
        Some(Language::Hindi) => HINDI_POSTPOSITIONS,
        Some(Language::Nepali) => NEPALI_POSTPOSITIONS,
        Some(Language::Marathi) => MARATHI_POSTPOSITIONS,
        _ => &[],
    };
    (POSTPOSITIONS.contains(&word) && !(word == "ने" && splitter.hints(Language::Marathi)))
        || hinted.contains(&word)
}

/// Where the word before the FULL STOP at `dot` ends: at the stop, or, in
/// tokenized text, before the spaces or tabs that stand before it
/// (`प्रो . अनिल`): the word is read as if the stop followed it.
#[inline]
fn word_end_before_stop(text: &str, dot: usize) -> usize {
    text.get(..dot)
        .map_or(dot, |h| h.trim_end_matches([' ', '\t']).len())
}

/// Whether the FULL STOP at `dot` starts a token, written apart from the
/// word before and against what follows: a Latin name in lowercase or
/// capitals (`विजुअल बेसिक .NET`, `लार्वेल .env फ़ाइल`, `इंडेक्स ‹.ixic>`),
/// or the decimal part of a number tokenized apart (`७५ .०७ प्रतिशत`).
/// (Not before a capitalized word, which starts a sentence, `hai
/// .ReplyDelete`; nor before a Devanagari word, where the stop is one typed
/// apart from its sentence, `की है .मानवाधिकार`; nor before a number after
/// a word, `हैं .11 दिनों`.)
#[inline]
fn starts_latin_token(text: &str, dot: usize, next: char) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let apart = before.ends_with([' ', '\t', '<', '\u{2039}', '$']);
    if !apart {
        return false;
    }
    let second = char_at(text, dot + 2);
    // (`.NET`, `.DJI`: capitals; one capital before a space is a word,
    // `.I loved it`, `.A man`.)
    let name = next.is_ascii_lowercase()
        || (next.is_ascii_uppercase()
            && second.is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
    let word_before = before.trim_end_matches([' ', '\t']).chars().next_back();
    name || (is_text_digit(next) && word_before.is_some_and(is_text_digit))
}

/// Whether a character before a FULL STOP glued to a digit makes the stop a
/// decimal point or a number's separator: a sign, colon, slash or opening
/// bracket (`-.05`, `margin:.0001pt` of a page's style sheet, `(.5)`). (Not
/// a closing bracket: `गया (2019).2020 में` ends a sentence.)
#[inline]
fn is_sign_before_decimal(c: char) -> bool {
    matches!(c, '-' | '+' | '=' | ':' | '/' | '(')
}

/// Whether the FULL STOP at `dot`, followed by `next`, stands inside a
/// token and ends nothing: inside a number (`3.5`, `10.11.2025`,
/// `१०.३०`, and after a sign, `-.05`: see [`is_sign_before_decimal`]),
/// inside a Latin token (URLs, e-mail, file names, versions,
/// `e.g`), before `,` `;` `:`, before a hyphen and a number glued to it
/// (`से.-4`, sector 4), or between the labels of a domain name written in
/// Devanagari (`नवभारतटाइम्स.कॉम`).
#[inline]
fn is_inside_token(text: &str, dot: usize, next: char) -> bool {
    // (The character before the stop is read only where it counts: after
    // most stops comes a space.)
    let prev = || char_before(text, dot);
    (is_text_digit(next) && prev().is_some_and(|p| is_text_digit(p) || is_sign_before_decimal(p)))
        || starts_latin_token(text, dot, next)
        || (next.is_ascii_alphanumeric()
            && prev().is_some_and(|p| p.is_ascii_alphanumeric() || p == '.'))
        || (next == '-' && char_at(text, dot + 2).is_some_and(is_text_digit))
        || (next.is_ascii_alphanumeric() && inside_url(text, dot, dot + 1))
        || (is_devanagari_letter(next)
            && crate::url::devanagari_domain_label_follows(
                text.get(..dot).unwrap_or(""),
                text.get(dot + 1..).unwrap_or(""),
            ))
}

/// Whether the FULL STOP at `dot` follows the day or the month of a date
/// written with stops and spaces (`०७. ०३. १८४९`, `11. 04 .1926`): two
/// numbers of one or two digits, each followed by a stop, then a year of
/// four digits, spaces or tabs around the stops; one of the two numbers at
/// most 12, both at most 31. (Written without spaces, a date is one token:
/// [`is_inside_token`].)
fn in_spaced_date(text: &str, dot: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..dot), text.get(dot + 1..)) else {
        return false;
    };
    let day_and_month =
        |a: u32, b: u32| (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12);
    // After the first number: the second, a stop and the year follow.
    let after_first = || {
        let (first, _) = date_number_back(head, 1..=2)?;
        let (second, used) = date_number_ahead(tail, 1..=2)?;
        let rest = tail
            .get(used..)?
            .trim_start_matches([' ', '\t'])
            .strip_prefix('.')?;
        date_number_ahead(rest, 4..=4)?;
        Some(day_and_month(first, second))
    };
    // After the second: the first and its stop stand before, the year after.
    let after_second = || {
        let (second, start) = date_number_back(head, 1..=2)?;
        let before = head
            .get(..start)?
            .trim_end_matches([' ', '\t'])
            .strip_suffix('.')?;
        let (first, _) = date_number_back(before, 1..=2)?;
        date_number_ahead(tail, 4..=4)?;
        Some(day_and_month(first, second))
    };
    after_first().or_else(after_second).unwrap_or(false)
}

/// The number of `digits` digits at the end of `s` (spaces or tabs after
/// it skipped), not glued to a word, a stop or more digits before it: its
/// value and where it starts.
fn date_number_back(s: &str, digits: std::ops::RangeInclusive<usize>) -> Option<(u32, usize)> {
    let s = s.trim_end_matches([' ', '\t']);
    let (before, number) = s.split_at_checked(s.trim_end_matches(is_text_digit).len())?;
    let glued = before
        .chars()
        .next_back()
        .is_some_and(|c| is_text_digit(c) || c == '.' || is_word_char(c));
    if !digits.contains(&number.chars().count()) || glued {
        return None;
    }
    Some((number_value(number)?, before.len()))
}

/// The number of `digits` digits at the start of `s` (spaces or tabs
/// before it skipped), not glued to a word or more digits after it: its
/// value and where it ends.
fn date_number_ahead(s: &str, digits: std::ops::RangeInclusive<usize>) -> Option<(u32, usize)> {
    let t = s.trim_start_matches([' ', '\t']);
    let (number, after) =
        t.split_at_checked(t.len() - t.trim_start_matches(is_text_digit).len())?;
    let glued = after
        .chars()
        .next()
        .is_some_and(|c| is_text_digit(c) || is_word_char(c));
    if !digits.contains(&number.chars().count()) || glued {
        return None;
    }
    Some((number_value(number)?, s.len() - after.len()))
}

/// A FULL STOP being decided, and what the decision reads around it.
struct Stop<'t> {
    text: &'t str,
    /// The byte of the stop.
    dot: usize,
    /// The character right after the stop.
    next: char,
    /// The word before the stop (empty when none), starting at `word_start`.
    word: &'t str,
    word_start: usize,
    /// The character before the word.
    before_word: Option<char>,
    /// The class of `word`.
    class: WordClass,
}

impl<'t> Stop<'t> {
    /// Reads the stop at `dot`, whose word ends at `word_end`; `known` is
    /// that word and its class when the scan read it at the stop before.
    fn read(
        text: &'t str,
        dot: usize,
        next: char,
        word_end: usize,
        known: Option<(&'t str, WordClass)>,
    ) -> Self {
        let (word, before_word, class) = match known {
            Some((word, class)) => (word, char_before(text, word_end - word.len()), class),
            None => {
                let (word, before_word) = word_before(text, word_end);
                (word, before_word, WordClass::of(word))
            }
        };
        Stop {
            text,
            dot,
            next,
            word,
            word_start: word_end - word.len(),
            before_word,
            class,
        }
    }

    /// Where the text after the stop starts.
    fn after(&self) -> usize {
        self.dot + 1
    }

    /// Whether the word before the stop starts with a Latin letter.
    fn word_is_latin(&self) -> bool {
        self.word
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphabetic)
    }

    /// The token after the stop (see [`token_after`]).
    fn next_token(&self) -> &'t str {
        token_after(self.text, self.after())
    }

    /// Whether the token after the stop starts with a digit (`No. 5`).
    fn number_follows(&self) -> bool {
        self.next_token().chars().next().is_some_and(is_text_digit)
    }

    /// Whether the token after the stop starts with a lowercase Latin
    /// letter: the sentence goes on.
    fn lowercase_follows(&self) -> bool {
        self.next_token()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
    }

    /// Whether a Devanagari letter follows the stop with no space
    /// (`बी.जे.`, `डॉ.शर्मा`).
    fn glued_to_devanagari_letter(&self) -> bool {
        !self.next.is_ascii() && is_devanagari_letter(self.next)
    }

    /// Whether a stop (FULL STOP or ABBREVIATION SIGN) stands right before
    /// the word (`.जे.` in `बी.जे.`).
    fn word_follows_stop(&self) -> bool {
        self.before_word
            .is_some_and(|c| ABBREVIATION_DOTS.contains(&c))
    }

    /// Whether the word continues a chain: the word before its stop is a
    /// chain piece (`जे` in `बी.जे.`, `S` in `U.S.`).
    fn in_chain(&self, splitter: &Splitter) -> bool {
        self.word_follows_stop()
            && is_chain_piece(
                word_before(
                    self.text,
                    self.word_start - self.before_word.map_or(1, char::len_utf8),
                )
                .0,
                splitter,
            )
    }

    /// Whether the stop closes a list number (no word before it: a number,
    /// perhaps in brackets).
    fn closes_list_number(&self, splitter: &Splitter) -> bool {
        // (Tokenized text sets the stop apart: `1 .`.)
        let head = self
            .text
            .get(..self.dot)
            .unwrap_or("")
            .trim_end_matches([' ', '\t']);
        head.chars()
            .next_back()
            .is_some_and(|c| is_text_digit(c) || c == ')')
            && is_list_number(self.text, self.dot, self.next, |prev_dot| {
                full_stop_ends_sentence(self.text, prev_dot, splitter, &mut WordAhead::default())
            })
    }

    /// The text before the word, without the spaces or tabs before it.
    fn head(&self) -> &'t str {
        self.text
            .get(..self.word_start)
            .unwrap_or("")
            .trim_end_matches([' ', '\t'])
    }

    /// The word before the word, across spaces or tabs (`अध्यक्ष` in
    /// `अध्यक्ष खा.`; empty when punctuation stands between).
    fn word_before_it(&self) -> &'t str {
        let head = self.head();
        word_before(head, head.len()).0
    }

    /// The word before the stop before the word, across spaces or tabs
    /// (`डी` for `फिल` in `डी. फिल`), if there is such a stop.
    fn piece_before_spaces(&self) -> Option<&'t str> {
        piece_before_spaces(self.text, self.word_start)
    }
}

/// Whether the FULL STOP after a Latin word ends the sentence: not after
/// an initial or a chain of them (`A. R. Rahman`, `U.S.`, `i. e.`), nor
/// after `No.` or `p.` before a number, an abbreviation (`Mr.`), or before
/// a lowercase word.
#[inline]
fn latin_word_ends_sentence(stop: &Stop, splitter: &Splitter) -> bool {
    if is_latin_initial(stop, splitter)
        || is_list_letter(stop.text, stop.word_start, stop.word, stop.dot, stop.next)
    {
        return false;
    }
    // Number and page: `No. 5`, `p. 433`.
    if stop.class.is_before_number() {
        return !stop.number_follows();
    }
    !(stop.class.is_latin_abbreviation()
        || splitter.is_extra_abbreviation(stop.word)
        || stop.lowercase_follows())
}

/// Whether the Latin word before the stop is an initial: one uppercase
/// letter (`A. R. Rahman`), or one letter in a chain (`U.S.`, `e.g.`) or
/// after another letter and its stop, with spaces (`m. e.`, `i. e.`).
#[inline]
fn is_latin_initial(stop: &Stop, splitter: &Splitter) -> bool {
    let word = stop.word;
    is_single_latin_letter(word)
        && (word.chars().all(|c| c.is_ascii_uppercase())
            || stop.in_chain(splitter)
            || stop
                .piece_before_spaces()
                .is_some_and(is_single_latin_letter))
}

/// Whether the FULL STOP after a Devanagari word (or one of another
/// script) ends the sentence.
#[inline]
fn devanagari_word_ends_sentence(stop: &Stop, splitter: &Splitter, ahead: &mut WordAhead) -> bool {
    if stop.glued_to_devanagari_letter() {
        // No space after the stop: a chain (बी.जे.पी.) or an abbreviation
        // glued to a name (डॉ.शर्मा, ना.दादा भुसे यांच्यासह); otherwise two
        // sentences without a space.
        return !(joins_glued_pieces(stop, splitter) || title_before_a_name(stop, splitter));
    }
    if in_chain_of_pieces(stop, splitter)
        || splitter.is_abbreviation(stop.word, stop.class)
        || takes_a_number(stop)
        || title_before_a_name(stop, splitter)
    {
        return false;
    }
    if let Some(ends) = spaced_chain_verdict(stop, splitter, ahead) {
        return ends;
    }
    if stop.class.is_letter_name() {
        return letter_name_ends_sentence(stop, splitter, ahead);
    }
    if is_marathi_lone_initial(stop, splitter, ahead) {
        return false;
    }
    // (One letter is three bytes at most: most words ask no more.)
    !(stop.word.len() <= 3
        && is_list_letter(stop.text, stop.word_start, stop.word, stop.dot, stop.next))
}

/// Whether a stop with a Devanagari letter right after it joins two
/// pieces: the word is a chain piece (`बी.जे.`, `डॉ.शर्मा`), a chain
/// piece and its stop follow (`.जे.पी.`), or it joins the syllables of an
/// initialism (`भा.ज.प.`).
#[inline]
fn joins_glued_pieces(stop: &Stop, splitter: &Splitter) -> bool {
    is_chain_piece_of(stop.word, stop.class, splitter)
        || chain_continues(stop.text, stop.after(), splitter)
        || in_syllable_chain(stop.text, stop.word, stop.word_start, stop.dot)
}

/// Whether the word (after a stop of its own) continues a chain of pieces
/// or of syllables (`बी.जे. पार्टी`, `भा.ज.प. ने`).
#[inline]
fn in_chain_of_pieces(stop: &Stop, splitter: &Splitter) -> bool {
    stop.in_chain(splitter)
        || (stop.word_follows_stop()
            && in_syllable_chain(stop.text, stop.word, stop.word_start, stop.dot))
}

/// The Marathi "to" of a range between two measures (`४०° से. ते १०° से.`),
/// which is also the pronoun "they" that begins sentences.
const RANGE_TO: &str = "ते";

/// Whether the word goes with a number: a unit after one (`१०० ग्रॅ.`,
/// `२० हे .`, `15 जन. को`: not before a word that begins sentences, `40 जन.
/// वे …`), or a word that takes one before a number (`वडा न. ५`).
#[inline]
fn takes_a_number(stop: &Stop) -> bool {
    let next = stop.next_token();
    (stop.class.is_unit()
        && number_before(stop.text, stop.word_start)
        && (next == RANGE_TO || !WordClass::of(next).is_sentence_starter()))
        || (stop.class.is_before_number() && stop.number_follows())
}

/// Whether the word is a Marathi title of office before a name (`आ.
/// राजेंद्र जैन यांनी`, `खा. संजय पाटील यांच्या`), where the Marathi tables
/// apply: a name with its postposition of respect follows, or a title or
/// a word of respect stands before it (`राष्ट्रीय अध्यक्ष खा. शरद पवार`,
/// `आदरणीय खा. …`), where the verb it also is could not stand; and, where
/// the hint says Marathi, after a SEMICOLON before a word that begins no
/// sentence (`; खा. इम्तियाज जलील`, a list of guests). (Not after a
/// comma: `तो म्हणाला, खा. मग …` quotes the verb.)
#[inline]
fn title_before_a_name(stop: &Stop, splitter: &Splitter) -> bool {
    if !(stop.class.is_marathi_title_of_office() && splitter.applies(Language::Marathi)) {
        return false;
    }
    let head = stop.head();
    let before = stop.word_before_it();
    respected_name_follows(stop.text, stop.after())
        || is_title(before)
        || MARATHI_WORDS_OF_RESPECT.contains(&before)
        || (splitter.hints(Language::Marathi)
            && head.ends_with(';')
            && stop.next == ' '
            && stop.next_token().starts_with(is_devanagari_letter)
            && !WordClass::of(stop.next_token()).is_sentence_starter())
}

/// The decision at the last piece of a chain written with spaces, when the
/// word is one: it ends the sentence only before a sentence starter; a
/// piece before another piece ends nothing. `None` when the word is no
/// such piece.
///
/// Two kinds: a syllable that is no word alone, after a chain piece and its
/// stop (`डी. फिल.`, `बी. टेक.`), and initials of one syllable
/// (`म. वा. धोंड`, `प. पू. श्री`).
#[inline]
fn spaced_chain_verdict(stop: &Stop, splitter: &Splitter, ahead: &mut WordAhead) -> Option<bool> {
    let class = stop.class;
    if class.is_letter_name() {
        return None;
    }
    if class.is_chain_syllable()
        && stop
            .piece_before_spaces()
            .is_some_and(|w| is_chain_piece(w, splitter))
    {
        return Some(sentence_starter_follows(stop.text, stop.after(), ahead));
    }
    if !is_one_syllable(stop.word) || ends_sentences_not_initial(stop.word) {
        return None;
    }
    if syllable_piece_follows(stop.text, stop.after()) {
        return Some(false);
    }
    if syllable_piece_before(stop.text, stop.word_start) {
        return Some(sentence_starter_follows(stop.text, stop.after(), ahead));
    }
    None
}

/// Whether the word is an initial standing alone in a Marathi name
/// (`दिलीप पु. चित्रे`, `छ. शिवाजी महाराज`, `म. गांधी`): where the hint says
/// Marathi, a consonant alone or with a short vowel sign (I or U), after a
/// word that ends no sentence and before one that begins none, and no
/// particle ([`MARATHI_PARTICLES`]). Without the hint it ends one: the Bhojpuri copula `ह.`,
/// `भेज द.`, the Nepali `छ.`, the Maithili `छि.`, a misspelt Hindi `हु.`.
fn is_marathi_lone_initial(stop: &Stop, splitter: &Splitter, ahead: &mut WordAhead) -> bool {
    if !splitter.hints(Language::Marathi) || stop.next != ' ' {
        return false;
    }
    let mut cs = stop.word.chars();
    let lone = cs.next().is_some_and(is_consonant) && {
        let rest = cs.as_str();
        let rest = rest.strip_prefix(DEVANAGARI_SIGN_NUKTA).unwrap_or(rest);
        matches!(rest, "" | "\u{093F}" | "\u{0941}") // VOWEL SIGN I, VOWEL SIGN U
    };
    let next = stop.next_token();
    lone && !MARATHI_PARTICLES.contains(&stop.word)
        && !ends_sentences(stop.word_before_it())
        && next.starts_with(is_devanagari_letter)
        && !MARATHI_CLAUSE_OPENERS.contains(&next)
        && !sentence_starter_follows(stop.text, stop.after(), ahead)
}

/// Marathi words of one consonant that end sentences (`ग`, `न`: the
/// particles of address and of a question tag) or join clauses (`व`,
/// "and"): no initials.
const MARATHI_PARTICLES: [&str; 3] = ["ग", "न", "व"];

/// Marathi words that open a clause after a sentence of one consonant
/// (pronouns, `आता`, `मग`, `पण`, `आणि`, `तर`): the consonant was a word
/// (`किती वाजले ग. मी जातो`).
const MARATHI_CLAUSE_OPENERS: [&str; 18] = [
    "आणि",
    "आता",
    "आपण",
    "आम्ही",
    "ती",
    "तुम्ही",
    "तू",
    "ते",
    "तो",
    "तर",
    "त्या",
    "पण",
    "मग",
    "मी",
    "म्हणून",
    "हा",
    "ही",
    "हे",
];

/// Whether the stop after a letter name (`के.`, `एस.`) ends the sentence:
/// when a word follows that begins sentences and is never a name (the
/// letter name was a word: `करने के. लेकिन`); and an ambiguous one (`आई.`
/// is also "came", `जी.` the honorific; `के.` with a Bihari language's
/// hint) when it is no initial.
#[inline]
fn letter_name_ends_sentence(stop: &Stop, splitter: &Splitter, ahead: &mut WordAhead) -> bool {
    if sentence_starter_follows(stop.text, stop.after(), ahead) {
        return true;
    }
    let ambiguous = stop.class.is_ambiguous_letter_name()
        || (stop.class.is_bihari_ambiguous_letter_name() && splitter.hints_bihari_language());
    ambiguous && !ambiguous_letter_name_is_initial(stop, splitter)
}

/// Whether an ambiguous letter name (`आई`, `जी`) is an initial: another
/// initial stands before or after it (`के. जी. बालकृष्ण`), a title before
/// it, or an opening bracket (`(जी. रायमोंडी, …)`). The initial after it is the first word of the next token,
/// not a stop further on in a token without spaces (`आई.|१के।॥।लेकिन दि.`
/// is no initial; found by the property tests).
fn ambiguous_letter_name_is_initial(stop: &Stop, splitter: &Splitter) -> bool {
    let next_token = stop.next_token();
    let next_dot = next_token.find(ABBREVIATION_DOTS);
    let (next_word, _) = word_before(next_token, next_dot.unwrap_or(0));
    let next_is_initial =
        next_dot.is_some_and(|dot| next_word.len() == dot) && is_chain_piece(next_word, splitter);
    let head = stop.head();
    let prev_is_initial = head
        .strip_suffix(ABBREVIATION_DOTS)
        .is_some_and(|h| is_chain_piece(word_before(h, h.len()).0, splitter));
    // (Right after an opening bracket no verb or honorific stands: `(जी.
    // रायमोंडी`.)
    next_is_initial || prev_is_initial || is_title(stop.word_before_it()) || head.ends_with('(')
}

/// Whether the FULL STOP at `dot` closes a Devanagari abbreviation or
/// initial (a chain piece: letter name, abbreviation, piece of `बी.जे.पी.`)
/// and the word keeps it ([`word_keeps_full_stop`]: it ends no sentence by
/// what the word is, not only as what follows carries the sentence on).
pub(crate) fn is_abbreviation_full_stop(text: &str, dot: usize, splitter: &Splitter) -> bool {
    if !is_lone_full_stop(text, dot) || rule_reads_differently_after(text, dot) {
        return false;
    }
    let (word, _) = word_before(text, dot);
    word.starts_with(is_devanagari_letter)
        && is_chain_piece(word, splitter)
        && word_keeps_full_stop(text, dot, splitter)
}

/// Whether `dot` is a single FULL STOP, not one of a run of terminators
/// (`...`, `.?`, `.…`): a run is decided as a whole.
fn is_lone_full_stop(text: &str, dot: usize) -> bool {
    text.as_bytes().get(dot) == Some(&b'.')
        && !char_at(text, dot + 1).is_some_and(is_terminator)
        && !char_before(text, dot).is_some_and(is_terminator)
}

/// Whether what follows the FULL STOP at `dot` is what a normalization
/// rule reads differently after a Devanagari character: a pipe or danda
/// (the danda rule, across spaces), a joiner (the joiner rule), a
/// combining mark (the mark rules).
fn rule_reads_differently_after(text: &str, dot: usize) -> bool {
    let after = text.get(dot + 1..).unwrap_or("");
    let next = after.chars().next();
    after.trim_start_matches([' ', '\t']).starts_with([
        '|',
        DEVANAGARI_DANDA,
        DEVANAGARI_DOUBLE_DANDA,
    ]) || next.is_some_and(|c| is_joiner(c) || unicode_normalization::char::is_combining_mark(c))
}

/// Whether a number stands before the word starting at `word_start`,
/// with spaces or tabs between (`१०० ग्रॅ`).
fn number_before(text: &str, word_start: usize) -> bool {
    let head = text.get(..word_start).unwrap_or("");
    let trimmed = head.trim_end_matches([' ', '\t']);
    // (A temperature's DEGREE SIGN between: `16° से.`.)
    let number = trimmed.strip_suffix('\u{00B0}').unwrap_or(trimmed);
    trimmed.len() < head.len() && number.ends_with(is_text_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces of text around FULL STOPs: letter names, abbreviations,
    /// words, Latin, numbers, stops with spaces, punctuation, marks.
    const PIECES: &[&str] = &[
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

    /// A decision given the word kept from the stop before (as the scan
    /// gives it) is the decision made from the text alone, at every FULL
    /// STOP of chains of initials, abbreviations, names and punctuation.
    #[test]
    fn word_kept_ahead_gives_the_same_decisions() {
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
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
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
