//! Verses: the two halves of a couplet (`… । … ॥`) are one sentence, and
//! the verse number between double dandas (`॥ १ ॥`) stays with its verse.

use super::chars::*;
use super::scan::ScanState;
use crate::endings::is_sanskrit_finite_verb;
use crate::script::*;

/// Whether the single DANDA `text[start..end]` ends the sentence: not
/// between digits, where it is part of a reference (`२।१।४`, a rule of
/// Panini's grammar), nor inside a reference in brackets (`(फि।सू।4।80)`),
/// nor where it closes the first half of a couplet (`… । … ॥`) that is no
/// clause of its own, nor after a title typed with a DANDA for its point
/// ([`title_with_danda`]).
#[inline]
pub(super) fn single_danda_ends_sentence(
    text: &str,
    start: usize,
    end: usize,
    scan: &mut ScanState,
) -> bool {
    let in_reference = (char_before(text, start).is_some_and(is_text_digit)
        && char_at(text, end).is_some_and(is_text_digit))
        || in_bracketed_reference(text, start, end)
        || in_spaced_chapter_verse(text, start, end);
    // (The second half read once, where a DOUBLE DANDA lies ahead.)
    let inside_verse = scan.double_danda_ahead(text, end)
        && danda_in_couplet(text, end).is_some_and(|second| {
            !opens_with_verse_number(second)
                && halves_match(text, start, second)
                && !half_is_a_clause(text, start)
                // (A second "half" of nothing but a verse number, `… हैं।
                // ।।1.7।।`, closes this sentence's verse: not asked.)
                && (second.trim().is_empty() || !half_is_prose(text, start))
        });
    !(in_reference || inside_verse || title_with_danda(text, start, end))
}

/// Where the DOUBLE DANDA stands that closes the stanza whose first line
/// the single DANDA `text[start..end]` ends ([`danda_in_stanza`]): the
/// splitter goes on to it, reading the stanza's other DANDAs as a couplet's
/// first half is read.
pub(super) fn stanza_close(
    text: &str,
    start: usize,
    end: usize,
    scan: &mut ScanState,
) -> Option<usize> {
    if !scan.double_danda_ahead(text, end) {
        return None;
    }
    danda_in_stanza(text, start, end)
}

/// The lines of a stanza closed by one numbered DOUBLE DANDA
/// ([`danda_in_stanza`]): an ovi has three and a half, a chhand and the
/// long metres of Sanskrit four. (Three lines are most often a label or a
/// verse's stray half before a couplet.)
const STANZA_LINES: usize = 4;

/// The most words of a line of such a stanza.
const STANZA_LINE_WORDS: usize = 7;

/// Where the closing DOUBLE DANDA stands, when the DANDA at `danda`
/// (ending at `rest_start`) ends the first line of a stanza of
/// [`STANZA_LINES`] short lines, each closed by a DANDA and the last by a
/// DOUBLE DANDA and the stanza's number (`आत्मरूप गणेशु केलिया स्मरण । सकळ
/// विद्यांचें अधिकरण । तेचि वंदूं श्रीचरण । श्रीगुरूंचे ॥ १ ॥`, Marathi
/// ovis, Hindi chhands): one verse, as a couplet is.
///
/// - Every line has at most [`STANZA_LINE_WORDS`] words, two at least but
///   the last, no comma or bracket, and ends with no auxiliary of prose
///   ([`PROSE_AUXILIARIES`]) or speaker's `उवाच`.
/// - The lines but the last are of one metre: the shortest at least half
///   as long as the longest (a label or a sentence of prose is not).
/// - The stanza is a whole unit: it starts the text or a line, or follows
///   a verse's DOUBLE DANDA or its own number.
/// - No line break, FULL STOP, QUESTION or EXCLAMATION MARK stands inside,
///   no pipe closes a line, and no quote or bracket closes after one.
///
/// Short prose sentences that a paragraph closes with a DOUBLE DANDA (`वह
/// आया। वह गया। सब रोए॥`) are no stanza.
fn danda_in_stanza(text: &str, danda: usize, rest_start: usize) -> Option<usize> {
    let from = crate::rewrite::floor_char_boundary(text, danda.saturating_sub(FIRST_HALF_LOOK));
    let before = text.get(from..danda).unwrap_or("");
    let first = before.rsplit(ends_first_half).next().unwrap_or(before);
    if !is_stanza_line(first) || first.split_whitespace().nth(1).is_none() {
        return None;
    }
    // The stanza is a whole unit: it starts the text or a line, or follows
    // a verse's DOUBLE DANDA and number or its own number (`६. …`, on a
    // line of its own), never the tail of a longer run of lines (`… । … ।
    // … । … । … ॥ १० ॥`).
    let head = before
        .get(..before.len() - first.len())
        .unwrap_or("")
        .trim_end_matches([' ', '\t']);
    let starts_unit = (head.is_empty() && from == 0)
        || head.ends_with(['\n', '\r', DEVANAGARI_DOUBLE_DANDA])
        || head.ends_with("।।")
        || head.ends_with("||")
        || head.strip_suffix('.').is_some_and(|h| {
            h.ends_with(is_text_digit)
                && h.trim_end_matches(is_text_digit)
                    .ends_with(char::is_whitespace)
        });
    if !starts_unit {
        return None;
    }
    let rest = text.get(rest_start..).unwrap_or("");
    let mut line_start = 0;
    let mut lines = 1;
    // The longest and the shortest line but the last (which may be a half
    // line, as an ovi's fourth is), in characters.
    let first_len = first.trim().chars().count();
    let (mut longest, mut shortest, mut last_len) = (first_len, first_len, first_len);
    let doubled = |c: char, next: Option<char>| {
        c == DEVANAGARI_DOUBLE_DANDA
            || (matches!(c, DEVANAGARI_DANDA | VERTICAL_LINE) && next == Some(c))
    };
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA | VERTICAL_LINE => {
                let line = rest.get(line_start..i).unwrap_or("");
                lines += 1;
                if lines > STANZA_LINES || !is_stanza_line(line) {
                    return None;
                }
                let double = doubled(c, chars.peek().map(|x| x.1));
                // (Every line but the last, a half line in an ovi, has two
                // words at least: one word is a heading or a label.)
                if !double && line.split_whitespace().nth(1).is_none() {
                    return None;
                }
                longest = longest.max(last_len);
                shortest = shortest.min(last_len);
                last_len = line.trim().chars().count();
                // (Every line closed by a DANDA as the first is: a pipe
                // among them is another text's mark.)
                if !double && c != DEVANAGARI_DANDA {
                    return None;
                }
                if double {
                    let close_end = if c == DEVANAGARI_DOUBLE_DANDA {
                        i + c.len_utf8()
                    } else {
                        i + 2 * c.len_utf8()
                    };
                    // (A line much shorter or longer than the others is a
                    // label or a sentence of prose before a couplet:
                    // `गार्ग्य उवाच । … । … ॥ २ ॥`.)
                    let metre = 2 * shortest >= longest;
                    let numbered = verse_number_end(text, rest_start + close_end).is_some();
                    return (lines == STANZA_LINES && metre && numbered).then_some(rest_start + i);
                }
                line_start = i + c.len_utf8();
                // (A quote or bracket closed after the line: the lines are
                // no one verse, `"… । … ।" … । … ॥`.)
                if rest
                    .get(line_start..)
                    .is_some_and(|r| r.starts_with(is_closing_punctuation))
                {
                    return None;
                }
            }
            '?' | '!' | '\n' | '\r' | '.' => return None,
            // (A line longer than any of seven words: read no further.)
            _ if i - line_start > STANZA_LINE_BYTES => return None,
            _ => {}
        }
    }
    None
}

/// The most bytes of a line of a stanza: seven long words.
const STANZA_LINE_BYTES: usize = 7 * 40;

/// Whether `line` may be a line of a stanza: at least one and at most
/// [`STANZA_LINE_WORDS`] words, no comma or bracket (prose's), the last no
/// auxiliary of prose and no
/// speaker's `उवाच` ("said": `बृहदश्व उवाच ।` labels the verse after it).
fn is_stanza_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=STANZA_LINE_WORDS).contains(&words)
        && !line.contains([',', '(', '['])
        && line
            .split_whitespace()
            .next_back()
            .is_some_and(|w| !PROSE_AUXILIARIES.contains(&w) && w != "उवाच")
}

/// Titles that text typed in old fonts, or by translators who wrote `।`
/// for every FULL STOP, close with a DANDA before the name (`डॉ। शर्मा`,
/// Nepali `डा। यादव`, `प्रो। वर्मा`): no sentence ends with one of them.
const TITLES_BEFORE_A_NAME: [&str; 3] = ["डा", "डॉ", "प्रो"];

/// Whether the DANDA `text[start..end]` closes one of the
/// [`TITLES_BEFORE_A_NAME`] (a word of its own) and a name follows it, a
/// Devanagari letter after a space or none (`डा।श्रीदेव`).
fn title_with_danda(text: &str, start: usize, end: usize) -> bool {
    // (The title first, from the bytes before the DANDA: this is asked at
    // most dandas, and almost none close a title.)
    let head = text.get(..start).unwrap_or("");
    let Some(title) = TITLES_BEFORE_A_NAME.iter().find(|t| head.ends_with(**t)) else {
        return false;
    };
    let before_title = head.get(..head.len() - title.len()).unwrap_or("");
    let rest = text.get(end..).unwrap_or("");
    let name = rest.strip_prefix(' ').unwrap_or(rest);
    !before_title.chars().next_back().is_some_and(is_word_char)
        && char_at(name, 0).is_some_and(is_devanagari_letter)
}

/// How far, in bytes, a bracket around a reference is looked for.
const REFERENCE_LOOK: usize = 40;

/// Whether the DANDA `text[start..end]` stands inside a reference written
/// in brackets without spaces, its parts abbreviations and numbers split by
/// dandas (`(द।उ।8।31)`, `(फि।सू।4।80)`, `(व्या।प।65)`: the source and the
/// rule a grammar cites): the bracket opens and closes within
/// [`REFERENCE_LOOK`] bytes, with nothing but Devanagari letters and signs,
/// dandas and digits between, and a digit among them.
fn in_bracketed_reference(text: &str, start: usize, end: usize) -> bool {
    // (A danda in prose has a space after it: no bracket is looked for.)
    let part = |c: char| is_devanagari_letter_or_mark(c) || is_danda(c) || is_text_digit(c);
    if !char_at(text, end).is_some_and(part) || !char_before(text, start).is_some_and(part) {
        return false;
    }
    let from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(REFERENCE_LOOK));
    let to = crate::rewrite::floor_char_boundary(text, end + REFERENCE_LOOK);
    let (Some(before), Some(after)) = (text.get(from..start), text.get(end..to)) else {
        return false;
    };
    // (Text that lost its spaces puts dandas against letters everywhere,
    // `है।फिर`: the brackets are searched as bytes, which no character of
    // another script contains. Read as characters, the window cost 8 % of
    // cleaning and splitting damaged news.)
    let Some(open) = memchr::memrchr2(b'(', b'[', before.as_bytes()) else {
        return false;
    };
    let Some(close) = memchr::memchr2(b')', b']', after.as_bytes()) else {
        return false;
    };
    let (Some(inner_before), Some(inner_after)) = (before.get(open + 1..), after.get(..close))
    else {
        return false;
    };
    !inner_before.is_empty()
        && inner_before.chars().all(part)
        && inner_after.chars().all(part)
        && inner_after.contains(is_text_digit)
}

/// Whether the DANDA `text[start..end]` splits a chapter from its verse in
/// a reference in brackets, written with a space (`(2। 7)`, `(गीता 18।
/// 66)`, `(3। 10-12)`: commentaries cite so): a digit before it, one space
/// and the verse number after it, and the bracket that opened within
/// [`REFERENCE_LOOK`] bytes before closes right after the number. (Without
/// the opening bracket, `… 18। 2) …` is a sentence ending in a number and
/// a list item.)
fn in_spaced_chapter_verse(text: &str, start: usize, end: usize) -> bool {
    if !char_before(text, start).is_some_and(is_text_digit) {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let verse = rest.strip_prefix(' ').unwrap_or(rest);
    let number = verse.trim_start_matches(|c: char| is_text_digit(c) || matches!(c, '-' | ','));
    if number.len() == verse.len() || !number.starts_with([')', ']']) {
        return false;
    }
    let from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(REFERENCE_LOOK));
    let before = text.get(from..start).unwrap_or("");
    before
        .rfind([
            '(',
            '[',
            ')',
            ']',
            DEVANAGARI_DANDA,
            DEVANAGARI_DOUBLE_DANDA,
            '\n',
        ])
        .is_some_and(|at| before.get(at..).is_some_and(|b| b.starts_with(['(', '['])))
}

/// The bytes before a DANDA read for the words of [`half_is_a_clause`]:
/// two words and the spaces around them, so a danda is looked back from
/// for a bounded length (a line of dandas without spaces stays linear).
const HALF_END_LOOK: usize = 120;

/// Particles that may follow the verb at the end of a clause (`शृणोति च`).
const CLAUSE_FINAL_PARTICLES: &[&str] = &["च", "हि", "वा"];

/// Whether the first half of a couplet, ending at the DANDA at `danda`, is
/// a clause of its own: it ends with a finite verb
/// ([`is_sanskrit_finite_verb`]: `रामः वनं गच्छति। … ॥`), perhaps followed
/// by a particle (`बालकः पुस्तकं पठति च। … ॥`). The Sanskrit treebank makes
/// such a half a sentence, and the two halves one sentence where the first
/// runs on into the second (`गुरोः वचनं श्रुत्वा। शिष्यः ग्रामं गच्छति ॥`).
fn half_is_a_clause(text: &str, danda: usize) -> bool {
    let mut from = danda.saturating_sub(HALF_END_LOOK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..danda).unwrap_or("");
    let mut words = before
        .split(|c: char| c.is_whitespace() || is_danda(c))
        .rev()
        .filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("");
    let verb = if CLAUSE_FINAL_PARTICLES.contains(&last) {
        words.next().unwrap_or("")
    } else {
        last
    };
    is_sanskrit_finite_verb(verb)
}

/// The auxiliaries that end sentences of modern Hindi, Marathi and Nepali
/// prose, and seldom a line of verse (read from the HPLT sample: a song's
/// `हो`, Maithili's `अछि` end the first halves of couplets).
const PROSE_AUXILIARIES: &[&str] = &[
    "है",
    "हैं",
    "था",
    "थी",
    "थे",
    "चाहिए",
    "चाहिये", // Hindi
    "आहे",
    "आहेत", // Marathi
    "छ",
    "छन्",
    "थियो",
    "थिए", // Nepali
];

/// Whether the "first half" ending at the DANDA at `danda` is a sentence
/// of prose in a paragraph that only closes with a verse's DOUBLE DANDA (a
/// translation of the verse, `… नहीं करना चाहिए। सिंह, वृश्चिक … को … ॥ ९
/// ॥`): it ends with an auxiliary of modern prose ([`PROSE_AUXILIARIES`]),
/// and the sentence before it ended with a single DANDA too. A couplet's
/// first half ends in the verse's own words (`… कोय।`, a song's refrain
/// `हो`, Maithili's `अछि`), and follows a verse's end or stands first; a
/// verse that does end with such a word (`… सत्य है। …॥`) after another
/// verse's DOUBLE DANDA stays one.
fn half_is_prose(text: &str, danda: usize) -> bool {
    let from = crate::rewrite::floor_char_boundary(text, danda.saturating_sub(FIRST_HALF_LOOK));
    let before = text.get(from..danda).unwrap_or("");
    let Some(last) = before
        .split(|c: char| c.is_whitespace() || is_danda(c))
        .rev()
        .find(|w| !w.is_empty())
    else {
        return false;
    };
    if !PROSE_AUXILIARIES.contains(&last) {
        return false;
    }
    // The terminator before the half: a single DANDA, not one of a pair.
    let Some((at, c)) = before
        .char_indices()
        .rev()
        .find(|&(_, c)| ends_first_half(c))
    else {
        return false;
    };
    let head = before.get(..at).unwrap_or("");
    c == DEVANAGARI_DANDA && !head.ends_with(DEVANAGARI_DANDA)
}

/// Whether `c`, read back from a DANDA, is where the first half of a
/// couplet starts after: a terminator, an ABBREVIATION SIGN (which must
/// read as a FULL STOP does: `प्र.` and `प्र॰` alike; found by the property
/// tests), a pipe or a line break. The one reading of it for
/// [`halves_match`] and [`half_is_prose`].
fn ends_first_half(c: char) -> bool {
    is_terminator(c) || matches!(c, DEVANAGARI_ABBREVIATION_SIGN | '|' | '\n')
}

/// Whether the DANDA ending at `rest_start` closes the first half of a
/// couplet: the next segment closes with DOUBLE DANDA before any other
/// terminator or line break. That segment, the second half, if so.
fn danda_in_couplet(text: &str, rest_start: usize) -> Option<&str> {
    let rest = text.get(rest_start..).unwrap_or("");
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            DEVANAGARI_DOUBLE_DANDA => return rest.get(..i),
            // A double danda typed as two (`।।`, `||`) closes a verse too.
            DEVANAGARI_DANDA | VERTICAL_LINE => {
                let doubled = chars.peek().map(|x| x.1) == Some(c);
                return if doubled { rest.get(..i) } else { None };
            }
            '?' | '!' | '\n' => return None,
            _ => {}
        }
    }
    None
}

/// Whether what follows a DANDA opens with a number and a word after it
/// (`… हुईं। 5 और आदम …`, not a reference's `२ । ८ । २४ ॥`): prose
/// whose verses are numbered inline, the Bible's, where a paragraph ends
/// with a DOUBLE DANDA (`… मर गया॥`). The second half of a couplet opens
/// with a word; its number follows it.
fn opens_with_verse_number(second: &str) -> bool {
    let rest = second.trim_start();
    let after = rest.trim_start_matches(is_text_digit);
    after.len() < rest.len()
        && after.starts_with(char::is_whitespace)
        && after.trim_start().starts_with(char::is_alphabetic)
}

/// The bytes before a DANDA looked back over for the first half of a
/// couplet ([`halves_match`]).
const FIRST_HALF_LOOK: usize = 600;

/// Whether the second half of a couplet is no more than twice as long as
/// the first (in characters, with a little slack for short halves): the
/// halves of a verse are of one metre, while prose that only ends with a
/// DOUBLE DANDA runs on past its first DANDA at any length (`… देंगी । कविवर
/// … की उम्मीद है।।`, a commentary's `… समाप्तं। (…) ॐ …॥`; found reading
/// the HPLT sample). The first half runs back to the terminator (or
/// ABBREVIATION SIGN), pipe or line break before it (or
/// [`FIRST_HALF_LOOK`] bytes); a verse set after
/// words with no terminator of their own (`पठ्यते - त्वामामनन्ति … । … ॥`)
/// only makes it longer.
fn halves_match(text: &str, danda: usize, second: &str) -> bool {
    let from = crate::rewrite::floor_char_boundary(text, danda.saturating_sub(FIRST_HALF_LOOK));
    let before = text.get(from..danda).unwrap_or("");
    let first = before.rsplit(ends_first_half).next().unwrap_or(before);
    let (first, second) = (first.trim().chars().count(), second.trim().chars().count());
    second <= 2 * first + 10
}

/// After a DOUBLE DANDA: a verse number, refrain or reference and its
/// closing DOUBLE DANDA (`॥ १ ॥`, `॥१॥`, `।। ४७ ।।`, `॥१-२॥`, `॥ १.२ ॥`,
/// `||३||`, `॥धृ॥`). Returns the end of the closing dandas.
pub(super) fn verse_number_end(text: &str, pos: usize) -> Option<usize> {
    crate::danda::verse_label_end(text.get(pos..)?).map(|len| pos + len)
}
