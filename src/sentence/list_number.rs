//! List numbers: the number before a FULL STOP that numbers a list item
//! (`1.`, `१२.`, `चरण 3.`) and starts no sentence of its own.

use super::chars::*;
use super::options::{NewlinePolicy, Splitter};
use super::words::*;
use crate::script::*;

/// Whether the number before the FULL STOP at `dot` numbers a list item
/// (`1.`, `१२.`, `चरण 3.`, and in brackets `(1).`, `2.)`, see
/// [`ListMarker`]): it stands at the start of a line, or of a
/// sentence (after a terminator, perhaps with a closing quote or bracket)
/// or after a colon (`लाभ: 1. …`), with at most three digits, and its
/// item follows on the line (after a space, or glued: `९.पोथी`). A number
/// at a line start is one whatever its length (`2024. …` in a list of
/// years). `n` is the character after the stop; `stop_ends_sentence` is
/// the splitter's decision at another FULL STOP (given its byte), asked of
/// a stop before the number.
pub(super) fn is_list_number(
    text: &str,
    dot: usize,
    n: char,
    stop_ends_sentence: impl Fn(usize) -> bool,
) -> bool {
    // A bracket right after the stop closes the marker (`4.)`): the item
    // follows the bracket.
    let (end, n) = match n {
        ')' => match char_at(text, dot + 2) {
            Some(after) => (dot + 2, after),
            None => return false,
        },
        _ => (dot + 1, n),
    };
    let Some(marker) = ListMarker::ending_at(text.get(..end).unwrap_or("")) else {
        return false;
    };
    let before = text
        .get(..marker.start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    if opens_line(before) {
        return true;
    }
    if !is_short_number_before_item(text, end, n, marker.digits) {
        return false;
    }
    // The next number of a list whose items have no stop of their own
    // (`सूची: 1. गोदान 2. गबन 3. निर्मला`), or the first of one written
    // after a word (`नाम इस प्रकार है 1. अमेठी 2. गौरीगंज`).
    if follows_previous_item(text, marker.start, marker.digits)
        || precedes_next_item(text, end, marker.digits)
    {
        return true;
    }
    starts_sentence_after(
        without_bullet_and_marker(before, marker.start),
        stop_ends_sentence,
    )
}

/// A list marker read back from where it ends: a number with its `.` or
/// `)` or both, perhaps opened by a bracket (`1.`, `3)`, `4.)`, `(2).`,
/// `(२.`). Numbers of both scripts, of any length: the callers bound it.
struct ListMarker<'t> {
    /// The byte where the marker starts: its bracket or its first digit.
    start: usize,
    /// The number.
    digits: &'t str,
}

impl<'t> ListMarker<'t> {
    /// The marker that ends where `head` ends, if one does. (Tokenized
    /// text sets its FULL STOP apart: `1 .`.)
    fn ending_at(head: &'t str) -> Option<Self> {
        let closed = [".)", ").", ".", ")"]
            .into_iter()
            .find_map(|closer| head.strip_suffix(closer))?;
        let closed = closed.trim_end_matches([' ', '\t']);
        let before_number = closed.trim_end_matches(is_text_digit);
        let digits = closed.get(before_number.len()..).unwrap_or("");
        if digits.is_empty() {
            return None;
        }
        let start = before_number
            .strip_suffix('(')
            .unwrap_or(before_number)
            .len();
        Some(ListMarker { start, digits })
    }
}

/// Whether the word before the FULL STOP at `dot` (starting at
/// `word_start`) is a letter that marks a list item, as Hindi and Nepali
/// letter their lists with consonants (`क.`, `ख.`), Marathi with vowels
/// (`अ.`, `आ.`), and any of them with Latin letters or Roman numerals
/// (`a.`, `ii.`): one consonant or independent vowel with no sign, one
/// Latin letter or a Roman numeral up to twelve; at the start of a line or
/// of a sentence (after a terminator, a colon or a pipe, perhaps with a
/// bullet or a closing quote or bracket between); and its item, a word or
/// a number, follows on the line after a space. `n` is the character after
/// the stop. (After another FULL STOP the letter starts an item or
/// continues initials, `डॉ. क. जोशी`: its stop ends no sentence either
/// way, so the decision at that stop is not asked.)
pub(super) fn is_list_letter(
    text: &str,
    word_start: usize,
    word: &str,
    dot: usize,
    n: char,
) -> bool {
    let mut letters = word.chars();
    let one_letter = match (letters.next(), letters.next()) {
        (Some(c), None) => is_consonant(c) || is_independent_vowel(c) || c.is_ascii_alphabetic(),
        _ => is_roman_numeral(word),
    };
    if !one_letter || !matches!(n, ' ' | '\t') {
        return false;
    }
    let item_follows = token_after(text, dot + 1)
        .chars()
        .next()
        .is_some_and(|c| is_devanagari_letter(c) || is_text_digit(c) || c.is_alphanumeric());
    if !item_follows {
        return false;
    }
    // The letters of a list whose items have no stop of their own (`क.
    // पहला ख. दूसरा ग. तीसरा`): the letter before or after it in its
    // alphabet stands as an item letter on the line.
    if next_to_item_letter(text, word_start, dot, word) {
        return true;
    }
    let before = text
        .get(..word_start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    // (Any FULL STOP before counts as a sentence's end: see above.)
    starts_sentence_after(without_bullet_and_marker(before, word_start), |_| true)
}

/// Whether the line break `newline` joins a list marker alone on its line
/// to its item on the next, where line breaks end sentences
/// ([`NewlinePolicy::Boundary`]): the marker is no sentence (SPEC section
/// 3), so neither its stop nor the line break after it ends one. The one
/// home of this rule for both candidates, the stop and the line break.
pub(super) fn marker_line_joins_next(splitter: &Splitter, text: &str, newline: usize) -> bool {
    splitter.options().newline == NewlinePolicy::Boundary
        && lone_marker_line_before_item(text, newline)
}

/// Whether a list marker stands alone on the line that ends at the line
/// break `newline` (spaces, tabs and a CR before it), and its item starts
/// the next line: a number of one to three digits with its `.` or `)`,
/// perhaps in brackets (`1.`, `(२.`, `3)`, `4.)`). Scraped lists often set
/// the number and its item on lines of their own. Reads a few bytes back
/// and the start of the next line.
fn lone_marker_line_before_item(text: &str, newline: usize) -> bool {
    let head = text
        .get(..newline)
        .unwrap_or("")
        .trim_end_matches([' ', '\t', '\r']);
    let Some(marker) = ListMarker::ending_at(head) else {
        return false;
    };
    let line_start = head
        .get(..marker.start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    if !(1..=3).contains(&marker.digits.chars().count())
        || !(line_start.is_empty() || line_start.ends_with('\n'))
    {
        return false;
    }
    let next_line = text
        .get(newline + 1..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t', '\r']);
    next_line
        .chars()
        .next()
        .is_some_and(|c| is_devanagari_letter(c) || c.is_alphabetic())
}

/// The alphabets lists are lettered with, in order: the Devanagari
/// consonants (`क. ख. ग.`; a list may skip `ङ`, `ञ`, `ण`), the independent
/// vowels (Marathi `अ. आ. इ.`), the Latin letters and the Roman numerals
/// in either case.
const LIST_ALPHABETS: [&[&str]; 7] = [
    &[
        "क", "ख", "ग", "घ", "ङ", "च", "छ", "ज", "झ", "ञ", "ट", "ठ", "ड", "ढ", "ण", "त", "थ", "द",
        "ध", "न", "प", "फ", "ब", "भ", "म", "य", "र", "ल", "व", "श", "ष", "स", "ह",
    ],
    &["अ", "आ", "इ", "ई", "उ", "ऊ", "ऋ", "ए", "ऐ", "ओ", "औ"],
    &[
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z",
    ],
    &[
        "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
        "S", "T", "U", "V", "W", "X", "Y", "Z",
    ],
    &[
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ],
    &[
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ],
    // (Devanagari consonants with the skippable ones left out, so that
    // `घ.` and `च.` are neighbours.)
    &[
        "क", "ख", "ग", "घ", "च", "छ", "ज", "झ", "ट", "ठ", "ड", "ढ", "त", "थ", "द", "ध", "न", "प",
        "फ", "ब", "भ", "म", "य", "र", "ल", "व", "श", "ष", "स", "ह",
    ],
];

/// Whether the item letter `word` (its FULL STOP at `dot`, the word at
/// `word_start`) has a neighbour in one of [`LIST_ALPHABETS`] standing as
/// an item letter on its line, within [`LIST_ITEM_WINDOW`] bytes before
/// the word or after the stop: a letter of its own (after a space or at
/// the window's edge), a FULL STOP, then its item.
fn next_to_item_letter(text: &str, word_start: usize, dot: usize, word: &str) -> bool {
    // Letters that are also words ending sentences (`न` "not"; Bhojpuri
    // `स`, `ह`, `त`; `व` "and") are list letters only at a sentence's start.
    if matches!(word, "न" | "स" | "ह" | "त" | "व") {
        return false;
    }
    let from =
        crate::rewrite::floor_char_boundary(text, word_start.saturating_sub(LIST_ITEM_WINDOW));
    let before = text.get(from..word_start).unwrap_or("");
    let before = before.rsplit('\n').next().unwrap_or("");
    let to = crate::rewrite::floor_char_boundary(text, dot + 1 + LIST_ITEM_WINDOW);
    let after = text.get(dot + 1..to).unwrap_or("");
    let after = after.split('\n').next().unwrap_or("");
    LIST_ALPHABETS.iter().any(|alphabet| {
        let Some(k) = alphabet.iter().position(|l| *l == word) else {
            return false;
        };
        let previous = k.checked_sub(1).and_then(|p| alphabet.get(p));
        let next = alphabet.get(k + 1);
        previous.is_some_and(|l| has_item_letter(before, l))
            || next.is_some_and(|l| has_item_letter(after, l))
    })
}

/// Whether `window` holds `letter` as an item letter: after a space or at
/// the window's start, followed by a FULL STOP and then a space and a
/// word or number.
fn has_item_letter(window: &str, letter: &str) -> bool {
    window.match_indices(letter).any(|(at, _)| {
        let before = window.get(..at).and_then(|h| h.chars().next_back());
        let tail = window.get(at + letter.len()..).unwrap_or("");
        before.is_none_or(char::is_whitespace)
            && tail
                .strip_prefix(". ")
                .and_then(|t| t.chars().next())
                .is_some_and(|c| is_devanagari_letter(c) || is_text_digit(c) || c.is_alphanumeric())
    })
}

/// Whether `word` is a Roman numeral from 2 to 12 that lists items, all in
/// lowercase or all in uppercase (`ii`, `IV`); one letter alone (`i`, `v`,
/// `x`) is a Latin letter.
fn is_roman_numeral(word: &str) -> bool {
    const NUMERALS: [&str; 9] = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"];
    let one_case = word.bytes().all(|b| b.is_ascii_lowercase())
        || word.bytes().all(|b| b.is_ascii_uppercase());
    one_case && NUMERALS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// Whether the number `digits` of a marker that ends at `end` has at most
/// three digits and its item follows on the line, after a space or glued
/// to the marker (`९.पोथी`). `n` is the character at `end`.
fn is_short_number_before_item(text: &str, end: usize, n: char, digits: &str) -> bool {
    let short = digits.chars().count() <= 3;
    let item_follows = matches!(n, ' ' | '\t') || is_devanagari_letter(n) || n.is_alphabetic();
    short && item_follows && !token_after(text, end).is_empty()
}

/// The bullets that may stand before a list number (`। - ५. नागपञ्चमी`):
/// HYPHEN-MINUS, EN DASH, EM DASH, BULLET, and Markdown's ASTERISK and
/// PLUS SIGN.
const BULLETS: [char; 6] = ['-', '\u{2013}', '\u{2014}', '\u{2022}', '*', '+'];

/// Whether `before`, the text before a list number, is empty or a line
/// break, perhaps with openers of a Markdown line and spaces after it: the
/// [`BULLETS`], a heading's `#`, a quotation's `>`, and the `**` or `__` of
/// a bold number (`* 1.`, `## 2.`, `**3.**`).
fn opens_line(before: &str) -> bool {
    let opener = |c: char| BULLETS.contains(&c) || matches!(c, '#' | '>' | '_' | ' ' | '\t');
    let before = before.trim_end_matches(opener);
    before.is_empty() || before.ends_with(['\n', '\r'])
}

/// `before`, the text before a list number starting at `number_start`,
/// without a bullet (`। - ५.`), a marker word written apart from the number
/// (`चरण 3.`, itself at a sentence start) and closing punctuation.
fn without_bullet_and_marker(before: &str, number_start: usize) -> &str {
    let before = before
        .strip_suffix(BULLETS)
        .map_or(before, |b| b.trim_end_matches([' ', '\t']));
    let (marker, _) = word_before(before, before.len());
    let before = match before.strip_suffix(marker) {
        Some(head)
            if !marker.is_empty() && is_list_marker_word(marker) && number_start > before.len() =>
        {
            head.trim_end_matches([' ', '\t'])
        }
        _ => before,
    };
    before.trim_end_matches(is_closing_punctuation)
}

/// Whether a sentence starts after `before` (a prefix of the text): at the
/// text's or a line's start, after a colon, a pipe or a terminator. A FULL
/// STOP starts a sentence only if it ends one: not after an abbreviation
/// (`डॉ. 3.`). (Its own decision never asks this again: a number stands
/// before it, or a word.)
fn starts_sentence_after(before: &str, stop_ends_sentence: impl Fn(usize) -> bool) -> bool {
    if let Some(head) = before.strip_suffix('.') {
        let prev_dot = head.len();
        let word_end = head.trim_end_matches([' ', '\t']).len();
        let (word, _) = word_before(before, word_end);
        return word.is_empty() || stop_ends_sentence(prev_dot);
    }
    before.is_empty() || before.ends_with(['\n', '\r', ':', '|']) || before.ends_with(is_terminator)
}

/// How far back, in bytes, the number of the item before is looked for.
const LIST_ITEM_WINDOW: usize = 240;

/// Whether the item number `digits` (starting at `start`) follows the
/// number before it in the same list: `N-1.` stands earlier on its line,
/// within [`LIST_ITEM_WINDOW`] bytes, as a number of its own followed by
/// its item. Numbers of both scripts.
fn follows_previous_item(text: &str, start: usize, digits: &str) -> bool {
    let Some(previous) = number_value(digits)
        .and_then(|v| v.checked_sub(1))
        .filter(|p| *p >= 1)
    else {
        return false;
    };
    let from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(LIST_ITEM_WINDOW));
    let window = text.get(from..start).unwrap_or("");
    let window = window.rsplit('\n').next().unwrap_or("");
    has_item_number(window, previous, digits.starts_with(is_devanagari_digit))
}

/// Whether the item number `digits` (its marker ending at `end`) comes
/// before the number after it in the same list: `N+1.` stands later on its line,
/// within [`LIST_ITEM_WINDOW`] bytes, as a number of its own followed by
/// its item (`है 1. अमेठी 2. गौरीगंज`). A sentence that ends in a number
/// is rare in these languages (none of the 11,000 sentences of the UD
/// gold files does); one followed by the next number within a line rarer.
fn precedes_next_item(text: &str, end: usize, digits: &str) -> bool {
    let Some(next) = number_value(digits)
        .filter(|v| *v >= 1)
        .and_then(|v| v.checked_add(1))
    else {
        return false;
    };
    let to = crate::rewrite::floor_char_boundary(text, end + LIST_ITEM_WINDOW);
    let window = text.get(end..to).unwrap_or("");
    let window = window.split('\n').next().unwrap_or("");
    has_item_number(window, next, digits.starts_with(is_devanagari_digit))
}

/// Whether `window` holds the item number `value` in the script given
/// (`devanagari` or ASCII digits): a [`ListMarker`] with a FULL STOP
/// (`N.`, `(N).`, `N.)`) standing apart (after a space or at the window's
/// start: not glued to a word, a stop, a colon as in a verse reference
/// `३३:२४.`, a hyphen, or more digits), written without leading zeros, and
/// followed by its item.
fn has_item_number(window: &str, value: u32, devanagari: bool) -> bool {
    window.match_indices('.').any(|(at, _)| {
        let end = at + 1 + usize::from(window.get(at + 1..).is_some_and(|t| t.starts_with(')')));
        let (Some(head), Some(tail)) = (window.get(..end), window.get(end..)) else {
            return false;
        };
        let Some(marker) = ListMarker::ending_at(head) else {
            return false;
        };
        let number = marker.digits;
        let before = head.get(..marker.start).and_then(|h| h.chars().next_back());
        let after = tail.chars().next();
        !number.starts_with(['0', '\u{0966}'])
            && number.chars().all(|c| is_devanagari_digit(c) == devanagari)
            && number_value(number) == Some(value)
            && before.is_none_or(char::is_whitespace)
            && after.is_some_and(|c| c == ' ' || is_devanagari_letter(c) || c.is_alphabetic())
    })
}

/// Words that may stand before the number of a list item: `चरण 3.`
/// (step), `भाग 2.` (part), `अध्याय 4.` (chapter), and the headings of
/// rules, sections, articles, examples and exercises (`नियम 12.`, `धारा
/// 3.`, `अनुच्छेद 21.`, `उदाहरण 2.`, `अभ्यास 4.`), `Step 1.`.
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
            | "नियम"
            | "धारा"
            | "अनुच्छेद"
            | "उदाहरण"
            | "अभ्यास"
            | "Step"
            | "Part"
            | "Chapter"
            | "Rule"
            | "Section"
            | "Question"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_of_one_case() {
        for w in ["ii", "IV", "xii", "VIII"] {
            assert!(is_roman_numeral(w), "{w}");
        }
        for w in ["Ii", "i", "v", "xiii", "iiv", "mix", "in"] {
            assert!(!is_roman_numeral(w), "{w}");
        }
    }

    /// Whether the number at the end of `text` (before its FULL STOP)
    /// follows the item before it.
    fn follows(text: &str) -> bool {
        let head = text.strip_suffix('.').unwrap_or(text);
        let start = head.trim_end_matches(is_text_digit).len();
        follows_previous_item(text, start, &head[start..])
    }

    #[test]
    fn the_item_before_is_the_number_before() {
        assert!(follows("लाभ: 1. नींद सुधरती है। 2."));
        assert!(follows("लाभ: १. नींद सुधरती है। २."));
        assert!(follows("9. पहला 10."));
        assert!(follows("(क) 1.Step 2."));
        // Another script, a leading zero, another number, glued to a word
        // or a stop, a decimal, or on the line before: no.
        assert!(!follows("लाभ: 1. नींद सुधरती है। २."));
        assert!(!follows("लाभ: 01. नींद 2."));
        assert!(!follows("लाभ: 11. नींद 2."));
        assert!(!follows("लाभ: क1. नींद 2."));
        assert!(!follows("लाभ: .1. नींद 2."));
        assert!(!follows("दर 1.5 है 2."));
        assert!(!follows("1. नींद\nसुधरती 2."));
        assert!(!follows("लाभ 1."));
    }

    /// Whether the number before the first FULL STOP of `text` comes
    /// before the next item.
    fn precedes(text: &str) -> bool {
        let dot = text.find('.').unwrap_or(0);
        let head = &text[..dot];
        let start = head.trim_end_matches(is_text_digit).len();
        precedes_next_item(text, dot + 1, &head[start..])
    }

    #[test]
    fn the_item_after_is_the_number_after() {
        assert!(precedes("नाम इस प्रकार है 1. अमेठी 2. गौरीगंज"));
        assert!(precedes("कथाएँ १. बौआ २. माँ"));
        assert!(precedes("से जीता 2. भारत का दौरा (कप्तान) - से जीता 3. भारत"));
        // Another script, the same or another number, a decimal, a number
        // glued to a word, on the next line, or none: no.
        assert!(!precedes("है 1. अमेठी २. गौरीगंज"));
        assert!(!precedes("है 1. अमेठी 1. गौरीगंज"));
        assert!(!precedes("४ गुणले ४ = १६. ४ गुणले १६ = ६४."));
        assert!(!precedes("दर 1. बढ़ी 2.5 प्रतिशत"));
        assert!(!precedes("है 1. अमेठी क2. गौरीगंज"));
        assert!(!precedes("है 1. अमेठी\n2. गौरीगंज"));
        assert!(!precedes("—यशायाह ६५:२१-२३. रोग मिटत।—यशायाह ३३:२४. अप्पन"));
        // Markers in brackets count as their neighbours.
        assert!(precedes("कारण हैं 1. पानी (2). बिजली"));
        assert!(precedes("कारण हैं 1. पानी 2.) बिजली"));
        assert!(!precedes("कारण हैं 1. पानी क(2). बिजली"));
        assert!(!precedes("है 0. अमेठी 1. गौरीगंज"));
        assert!(!precedes("है 1."));
    }
}
