//! Where a sentence ends once its terminators are found: the closing
//! quotes and brackets, verse numbers, stray terminators and dangling
//! numbers after them that belong to it, and the quotation tag that
//! carries it on.

use super::abbrev::*;
use super::chars::*;
use super::quotes::{quote_token_len, QuoteCount};
use super::verse::*;
use crate::script::*;

/// Where the sentence ends whose terminator run `text[run_start..run_end]`
/// ends it, with the verse number and closing punctuation after the run;
/// `None` when a quotation tag follows (the sentence goes on).
pub(super) fn sentence_end(
    text: &str,
    from: usize,
    run_start: usize,
    run_end: usize,
    quotes: &mut QuoteCount,
) -> Option<usize> {
    if tag_carries_on(text, from, run_start, run_end) {
        return None;
    }
    let mut end = run_end;
    let run = text.get(run_start..run_end).unwrap_or("");
    if crate::danda::ends_with_double_danda(run) {
        if let Some(e) = verse_number_end(text, end) {
            end = e;
            // A number may follow the label: `॥इति॥४८॥`, the end of a
            // chapter and its number. (Not a word: `॥१॥ फिर॥२॥` is a
            // verse of one word after a verse.)
            if let Some(e) = verse_number_end(text, end)
                .filter(|&e| text.get(end..e).is_some_and(is_number_label))
            {
                end = e;
            }
        }
    } else if let Some(e) = single_mark_verse_number_end(text, run, end) {
        end = e;
    }
    let mut closed_quote = false;
    for d in text.get(end..).unwrap_or("").chars() {
        if !is_closing_punctuation(d)
            || (closed_quote && opens_next_sentence(text, end, d))
            || (d == '\'' && apostrophe_opens_next(text, end))
        {
            break;
        }
        closed_quote |= d == '"';
        end += d.len_utf8();
    }
    end += misplaced_closers_len(text, end);
    // The common case: a space and a Devanagari letter follow, where
    // nothing below can take anything (a quote or bracket written apart, a
    // stray terminator, a note, a dangling number or dash). (Asked at every
    // sentence end; the reads below cost the scan of news a sixth.)
    if starts_with_space_and_letter(text.get(end..).unwrap_or("")) {
        return Some(end);
    }
    if end == run_end {
        if let Some((spaces, len)) = spaced_closing_quote(text, from, run_start, end, quotes) {
            // (A quotative after it carries the quotation on: `आहे . " असे`.)
            if tag_carries_on(text, from, run_start, end + spaces) {
                return None;
            }
            end += spaces + len;
        } else {
            end += spaced_closing_bracket_len(text, from, run_start, end);
        }
    }
    if !run.contains([DEVANAGARI_DANDA, DEVANAGARI_DOUBLE_DANDA]) {
        end += verse_number_after_stop_len(text, from, end);
    }
    // Stray terminators, and notes, and stray terminators after the notes
    // (`अछि।)[२]। रौतहट`). (One call of each: the loop ends at the first
    // round that finds no note.)
    loop {
        end += stray_terminators_len(text, end);
        let notes = notes_len(text, end);
        if notes == 0 {
            break;
        }
        end += notes;
    }
    Some(end + dangling_tail_len(text, end))
}

/// After a sentence that a FULL STOP, QUESTION MARK or EXCLAMATION MARK
/// ended (with its closing quotes and brackets, ending at `pos`): the
/// length of a verse number in DOUBLE DANDAs written apart after it, with
/// the spaces before (`करू. ॥१॥`, `गये!' ॥ ७॥`), which closes the verse
/// the sentence is, as it does after a DANDA (`आया। ॥१॥`). Not where the
/// sentence (from `from`) or the text opened with a verse number of its
/// own: that text numbers its verses before them (`।।2.47।। … करो.
/// ।।2.48।। योग …`), and the number is the next verse's.
fn verse_number_after_stop_len(text: &str, from: usize, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let opening = rest.trim_start_matches([' ', '\t']);
    let run_len = opening.len() - opening.trim_start_matches(is_verse_danda_char).len();
    let run_end = pos + (rest.len() - opening.len()) + run_len;
    // (At most two DOUBLE DANDAs or four DANDAs or pipes: 6 bytes.)
    let opens_number = |run: &str| crate::danda::ends_with_double_danda(run) && run.len() <= 6;
    if run_len == 0 || !opens_number(opening.get(..run_len).unwrap_or("")) {
        return 0;
    }
    let Some(end) = verse_number_end(text, run_end) else {
        return 0;
    };
    let opens_with_number = |s: &str| {
        let s = s.trim_start();
        let lead = s.len() - s.trim_start_matches(is_verse_danda_char).len();
        opens_number(s.get(..lead).unwrap_or("")) && verse_number_end(s, lead).is_some()
    };
    // (The text's own start tells too: a verse may hold several sentences,
    // `।।1.1।। … बोले - हे संजय! … क्या किया? ।।1.2।। संजय बोले …`.)
    // (Read within the text's first bytes only: this is asked at each such
    // sentence end, and spaces at the start must not be read again each
    // time.)
    let text_start = text
        .get(..crate::rewrite::floor_char_boundary(text, TEXT_START_LOOK))
        .unwrap_or("");
    let numbered_before =
        opens_with_number(text.get(from..pos).unwrap_or("")) || opens_with_number(text_start);
    if numbered_before {
        0
    } else {
        end - pos
    }
}

/// How many bytes at a text's start are read for the verse number it opens
/// with ([`verse_number_after_stop_len`]).
const TEXT_START_LOOK: usize = 256;

/// A DANDA, DOUBLE DANDA or VERTICAL LINE: what verse numbers are written
/// between.
fn is_verse_danda_char(c: char) -> bool {
    matches!(c, DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA | '|')
}

/// The most emphasis marks of one kind that close an emphasis (`***`:
/// bold italic); a longer run is a rule or a banner (`********`).
const EMPHASIS_MARKS: usize = 3;

/// How far back on its line, in bytes, the emphasis a closer closes is
/// looked for (an emphasis may hold several sentences: `*एक। दो!*`).
const EMPHASIS_LOOK: usize = 512;

/// The length of the marks glued to a sentence's end at `pos` that close
/// it though they are no closing punctuation, when a space, a line break
/// or the end follows them: Markdown's emphasis closers (`जी।*`,
/// `तन्त्रम्।**`, `_`) where an emphasis is open on the line ([`emphasis_open`]),
/// and an opening quotation mark typed where the closing one belongs (`न
/// बताऊँगी।‘`, `है।“`; one that opens the next sentence stands against its
/// first word). 0 when none: alone, they would be a sentence of no word.
fn misplaced_closers_len(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let closes = |after: &str| after.is_empty() || after.starts_with(char::is_whitespace);
    for mark in [b'*', b'_'] {
        let after = rest.trim_start_matches(char::from(mark));
        let run = rest.len() - after.len();
        if run > 0 {
            let closer = run <= EMPHASIS_MARKS && closes(after) && emphasis_open(text, pos, mark);
            return if closer { run } else { 0 };
        }
    }
    let after = rest.trim_start_matches(['\u{2018}', '\u{201C}']);
    if after.len() < rest.len() && closes(after) {
        rest.len() - after.len()
    } else {
        0
    }
}

/// Whether an emphasis of `mark` is open at `pos`: on its line (within
/// [`EMPHASIS_LOOK`] bytes), the runs of the mark before it are odd in
/// number, and the last of them is glued to the word after it (`*एक। दो!`),
/// not a bullet before a space (`बात।* अगली बात।`, the next item's).
///
/// The marks are ASCII, so the window is searched for their byte
/// (`memchr`), not read a character at a time: on text dense with closers
/// this is asked at most sentence ends.
fn emphasis_open(text: &str, pos: usize, mark: u8) -> bool {
    let from = crate::rewrite::floor_char_boundary(text, pos.saturating_sub(EMPHASIS_LOOK));
    let window = text.get(from..pos).unwrap_or("");
    let line = memchr::memrchr(b'\n', window.as_bytes())
        .and_then(|k| window.get(k + 1..))
        .unwrap_or(window);
    let (mut runs, mut last_glued) = (0usize, false);
    for i in memchr::memchr_iter(mark, line.as_bytes()) {
        // (The mark is ASCII: each byte found starts a character.)
        if i > 0 && line.as_bytes().get(i - 1) == Some(&mark) {
            continue;
        }
        runs += 1;
        let after = line
            .get(i..)
            .unwrap_or("")
            .trim_start_matches(char::from(mark));
        last_glued = after.starts_with(|n: char| !n.is_whitespace());
    }
    runs % 2 == 1 && last_glued
}

/// The most digits of a verse number closed by a single mark.
const SINGLE_MARK_NUMBER_DIGITS: usize = 3;

/// After a single DANDA or pipe that closes a verse (`run`, ending at
/// `end`): the verse's number closed by the same mark glued to it (`म।१।`,
/// `लेखेर |२|`, a ghazal's couplets), or by a DOUBLE DANDA (`मार्गे | ३०॥`),
/// then a space, a line break or the end: the end of its closing mark. (A
/// number written apart before a single mark, `आया। 1। पहला`, may be a
/// list's marker in text that writes a DANDA for every stop: not taken.)
fn single_mark_verse_number_end(text: &str, run: &str, end: usize) -> Option<usize> {
    let mark = match run {
        "\u{0964}" => DEVANAGARI_DANDA,
        "|" => '|',
        _ => return None,
    };
    let rest = text.get(end..)?;
    let spaced_before = rest.starts_with(' ');
    let number = rest.trim_start_matches(' ');
    let digits = number.len() - number.trim_start_matches(is_text_digit).len();
    let count = number.get(..digits)?.chars().count();
    if count == 0 || count > SINGLE_MARK_NUMBER_DIGITS {
        return None;
    }
    let after_number = number.get(digits..)?;
    let close = after_number.trim_start_matches(' ');
    let spaced_after = close.len() < after_number.len();
    let doubled = |c: char| {
        close.starts_with(c) && close.get(c.len_utf8()..).is_some_and(|r| r.starts_with(c))
    };
    let close_len = if close.starts_with(DEVANAGARI_DOUBLE_DANDA) {
        DEVANAGARI_DOUBLE_DANDA.len_utf8()
    } else if doubled(DEVANAGARI_DANDA) || doubled('|') {
        2 * close.chars().next()?.len_utf8()
    } else if close.starts_with(mark) && !spaced_before && !spaced_after {
        mark.len_utf8()
    } else {
        return None;
    };
    let tail = close.get(close_len..)?;
    (tail.is_empty() || tail.starts_with(char::is_whitespace)).then(|| text.len() - tail.len())
}

/// The most words of a note in square brackets after a sentence.
const NOTE_WORDS: usize = 3;

/// How far, in bytes, the closing bracket of a note is looked for.
const NOTE_LOOK: usize = 64;

/// The length of the notes in square brackets that follow a sentence's end
/// at `pos`, with the spaces before each: the references and the
/// maintenance tags of wiki text (`है।[1]`, `आहे. [संदर्भ हवा]`, `है।
/// [उद्धरण आवश्यक]`), which belong to the sentence they follow. A note
/// holds a number or at most [`NOTE_WORDS`] words, no terminator and no
/// line break, and is followed by a space, another note or the line's end
/// (a number, by anything). 0 when none follows. (So a list numbered in
/// square brackets after a sentence, `बातें। [1] पहली बात`, gives its
/// first marker to the sentence before: in the HPLT sample, each of 15
/// numbers and letters in brackets written apart before text is a
/// reference or a footnote, none a list's marker.)
fn notes_len(text: &str, pos: usize) -> usize {
    let mut at = pos;
    loop {
        let t = text.get(at..).unwrap_or("").trim_start_matches([' ', '\t']);
        let Some(inside) = t.strip_prefix('[') else {
            return at - pos;
        };
        let window = inside
            .get(..crate::rewrite::floor_char_boundary(inside, NOTE_LOOK))
            .unwrap_or("");
        let Some(close) = window.find(']') else {
            return at - pos;
        };
        let note = inside.get(..close).unwrap_or("");
        let after = inside.get(close + 1..).unwrap_or("");
        let words = note.split_whitespace().count();
        // (Not an edit link, `[संपादित करें]`, `[सम्पादयतु]`: it goes with the
        // heading after it.)
        let edit_link = note.starts_with("संपाद")
            || note.starts_with("सम्पाद")
            || note.eq_ignore_ascii_case("edit");
        // (A reference number may be glued to the next sentence too,
        // `।[३]अब`, or to a stray terminator, `।)[२]।`; a word in brackets
        // then opens the next sentence.)
        let number = note.trim().chars().all(is_text_digit);
        let next = after.chars().next();
        let apart = next.is_none_or(|c| c.is_whitespace() || c == '[');
        let glued =
            next.is_some_and(|c| is_devanagari_letter(c) || c.is_alphabetic() || is_terminator(c));
        let is_note = (1..=NOTE_WORDS).contains(&words)
            && !edit_link
            && !leads_into_next(note)
            && !note.contains(['[', '\n', '\r'])
            && !note.contains(is_terminator)
            && (apart || (number && glued));
        if !is_note {
            return at - pos;
        }
        // (`after` is a suffix of `text`: where it starts.)
        at = text.len() - after.len();
    }
}

/// Words that end a phrase leading into what follows it: conjunctions and
/// postpositions (`[तथा]`, `[सोचा कि]`, `[रावण की]`, `[किन्तु]`).
const LEADING_WORDS: [&str; 21] = [
    "और",
    "तथा",
    "एवं",
    "कि",
    "या",
    "का",
    "की",
    "के",
    "को",
    "ने",
    "से",
    "में",
    "पर",
    "किन्तु",
    "किंतु",
    "परन्तु",
    "परंतु",
    "लेकिन",
    "अतः",
    "इसलिए",
    "इसलिये",
];

/// The postpositions a translator's insertion glues to its last word, in
/// the old spelling of Gita Press and others (`[रावणकी]`, `[आनेपर]`). Not
/// `का` and `ने`, which end many nouns (`भूमिका`, `पत्रिका`, `सपने`).
const GLUED_POSTPOSITIONS: [&str; 6] = ["की", "के", "को", "से", "में", "पर"];

/// Whether the words in square brackets after a sentence's end are a
/// translator's insertion that leads into the next sentence, not a note on
/// the one before (`। [शिवजी कहते हैं--] हे पार्वती!`, `। [यह सुनकर] वह …`):
/// they end with a dash or colon that introduces what follows, a
/// conjunction or postposition ([`LEADING_WORDS`], or glued to a word of
/// two letters or more: [`GLUED_POSTPOSITIONS`]), or an absolutive in
/// `-कर` (`सुनकर`, `विचारकर`; not `-ाकर`). A wiki's maintenance tag (`[उद्धरण
/// आवश्यक]`, `[संदर्भ हवा]`) or a reference (`[३]`) ends with none of them,
/// and an editor's note with a label, number or abbreviation in it
/// (`[पाठान्तर: तथा]`) is a note whatever it ends with.
fn leads_into_next(note: &str) -> bool {
    let note = note.trim();
    if note.ends_with(['-', '\u{2013}', '\u{2014}', ':']) {
        return true;
    }
    // (A note with a label, a number or an abbreviation in it, `[पाठान्तर:
    // तथा]`, `[टि॰ 4 देखकर]`, is an editor's note, whatever it ends with.)
    if note.contains([':', '=', DEVANAGARI_ABBREVIATION_SIGN]) || note.contains(is_text_digit) {
        return false;
    }
    let Some(last) = note.split_whitespace().next_back() else {
        return false;
    };
    let glued = |suffix: &str| {
        last.strip_suffix(suffix)
            .is_some_and(|stem| stem.chars().filter(|&c| is_devanagari_letter(c)).count() >= 2)
    };
    // (An absolutive's stem is a verb's; `-ाकर` ends nouns and names:
    // `प्रभाकर`, `दिवाकर`.)
    let absolutive = glued("कर") && !last.ends_with("ाकर");
    LEADING_WORDS.contains(&last) || GLUED_POSTPOSITIONS.into_iter().any(glued) || absolutive
}

/// Whether `rest` starts with one SPACE and a Devanagari letter (read by
/// `char_at` from its bytes).
#[inline]
fn starts_with_space_and_letter(rest: &str) -> bool {
    rest.starts_with(' ') && char_at(rest, 1).is_some_and(is_devanagari_letter)
}

/// Whether `label` (a verse label with its closing dandas) is a number:
/// digits, perhaps in parts (`४.७`, `३-४`), spaces and the dandas.
fn is_number_label(label: &str) -> bool {
    label.chars().all(|c| {
        is_text_digit(c)
            || c.is_whitespace()
            || matches!(
                c,
                '.' | '-' | '|' | DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA
            )
    })
}

/// Whether the quotation that the terminator run `text[run_start..pos]`
/// ends goes on into a tag after it ([`quotation_tag_follows`]), so that
/// the sentence goes on: not when the quotation has its tag before it
/// ([`tagged_before`]), unless "and" or a quotative carries the sentence on
/// (`…!' आणि मला म्हणाला, '…'`).
fn tag_carries_on(text: &str, from: usize, run_start: usize, pos: usize) -> bool {
    // (Asked at every sentence end: the clause is read only where a tag
    // follows, which reads no more than a closing quote's absence first.)
    quotation_tag_follows(text, pos)
        && (!tagged_before(text, from, run_start) || {
            let clause = clause_after_quote(text, pos);
            starts_with_and(clause) || starts_with_quotative(clause)
        })
}

/// Whether `clause` starts with a quotative (`असे`, `कहकर`: see
/// [`QUOTATIVES`]), which carries a quotation on even where it has its
/// tag before it (`ने कहा, '… हैं।' कहकर हाथ जोड़ दिए`).
fn starts_with_quotative(clause: &str) -> bool {
    clause.split_whitespace().next().is_some_and(|w| {
        QUOTATIVES.contains(&w.trim_end_matches(|c: char| is_terminator(c) || c == ','))
    })
}

/// The clause after the closing quotes at `pos`, on its line, within a
/// window of the line.
fn clause_after_quote(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    let window = rest
        .get(..crate::rewrite::floor_char_boundary(rest, 256))
        .unwrap_or("");
    let line = window.split('\n').next().unwrap_or("");
    // (A dash may lead the tag: `…।’ - मास्टर साहब बोले।`.)
    line.trim_start_matches(is_closing_punctuation)
        .trim_start()
        .trim_start_matches(['-', '\u{2013}', '\u{2014}'])
        .trim_start()
}

/// Whether `clause` starts with "and" (Hindi, Marathi, Nepali, Awadhi):
/// the sentence goes on past the quotation before it.
fn starts_with_and(clause: &str) -> bool {
    clause
        .split_whitespace()
        .next()
        .is_some_and(|w| AND.contains(&w))
}

/// Whether `word` is "that" after a verb of saying, which reports a clause
/// (`कहा कि`), not a quotation: Hindi `कि` (and `की`, its common
/// misspelling), Maithili and Bhojpuri `जे`.
fn is_that(word: &str) -> bool {
    matches!(word.trim_end_matches(','), "कि" | "की" | "जे")
}

/// The quotes a quotation opens with: QUOTATION MARK, APOSTROPHE, LEFT
/// DOUBLE and LEFT SINGLE QUOTATION MARK.
const OPENING_QUOTES: [char; 4] = ['"', '\'', '\u{201C}', '\u{2018}'];

/// "And" in Hindi, Marathi, Nepali and Awadhi: a clause that starts with it
/// carries the sentence on past a quotation ([`starts_with_and`]).
const AND: [&str; 7] = ["और", "आणि", "व", "तथा", "एवं", "र", "अउर"];

/// The most words of a quotation's tag up to and with its verb of saying
/// (one more where the verb ends the tag: `मेरी पत्नी ने पूछा।`).
const TAG_WORDS: usize = 3;

/// Whether a closing quote follows the terminator run ending at `pos`, and
/// then a short clause (at most [`TAG_WORDS`] words up to the next
/// terminator) with a verb of saying, or a quotative first: `"... आहे."
/// ती म्हणाली.` and `" … " असे त्यांनी सांगितले .` are one sentence. Not a
/// verb of saying followed by `कि`/`की` (that): `"… है।" उन्होंने बताया कि …`
/// reports a new clause, a sentence of its own; nor one followed by a new
/// quotation, which it introduces (`…।’ उनले भने, ‘…’`). A noun of
/// answering before `दिया` is a verb of saying (`भोले ने जवाब दिया`).
pub(super) fn quotation_tag_follows(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    let quoted = rest
        .chars()
        .next()
        .is_some_and(|c| is_closing_punctuation(c) && c != ')' && c != ']' && c != '}');
    if !quoted {
        return false;
    }
    // (Three words at most: a window of the line, so that a long line
    // with many quotes costs no search to its end at each.)
    let clause = clause_after_quote(text, pos);
    // A new quotation, not a tag.
    if clause.starts_with(OPENING_QUOTES) {
        return false;
    }
    let mut words = clause.split_whitespace().enumerate().peekable();
    while let Some((k, word)) = words.next() {
        // (One word more where the verb ends the tag, `मेरी पत्नी ने
        // पूछा।`: then the clause is the tag and no more.)
        let last_verb_ends_tag = k == TAG_WORDS
            && (word
                .trim_end_matches(is_closing_punctuation)
                .ends_with(is_terminator)
                || words
                    .peek()
                    .is_some_and(|(_, w)| w.chars().all(is_terminator)));
        if k > TAG_WORDS || (k == TAG_WORDS && !last_verb_ends_tag) {
            return false;
        }
        let bare = word
            .trim_end_matches(|c: char| is_terminator(c) || is_closing_punctuation(c) || c == ',');
        // (`जवाब दिया`, `उत्तर दिया`: a noun of answering before `दिया`.)
        let answers = ANSWER_NOUNS.contains(&bare)
            && words.peek().is_some_and(|(_, w)| {
                w.starts_with("दिय") || w.starts_with("दिए") || w.starts_with("दी")
            });
        let quotative = k == 0 && QUOTATIVES.contains(&bare);
        if is_speech_verb(bare) || answers || quotative {
            // (After `जवाब दिया`, the verb is दिया, and the next word the one
            // after it.)
            let mut ahead = words.clone();
            let verb = if answers {
                ahead.next().map_or(word, |(_, w)| w)
            } else {
                word
            };
            let next = ahead.next().map(|(_, w)| w);
            let that = next.is_some_and(is_that);
            // (A new quotation right after the verb: the clause introduces
            // it, `…।’ उनले भने, ‘यदि …’`, and tags none before it.)
            // Not when the clause goes on with "and" (`…!' आणि मला
            // म्हणाला, '…'`): one sentence with two quotations.
            // (A RIGHT DOUBLE QUOTATION MARK against the word after the
            // verb opens one too: web text types it for both, `बोला,
            // ”केवल…`.)
            let introduces = !quotative
                && !verb.contains(is_terminator)
                && !starts_with_and(clause)
                && next.is_some_and(|w| w.starts_with(OPENING_QUOTES) || w.starts_with('\u{201D}'));
            return !that && !introduces;
        }
        // (An abbreviation's FULL STOP ends the clause too, written
        // either way.)
        if word.contains(is_terminator) || word.contains(DEVANAGARI_ABBREVIATION_SIGN) {
            return false;
        }
    }
    false
}

/// Whether the quotation that the terminator at `run_start` ends was
/// opened right after a verb of saying (`उसने पूछा "तुम कहाँ हो?"`, `कहा:
/// "…`, `कहा कि "…`): it has its tag already, so a clause with a verb of
/// saying after it tags nothing but opens the next sentence (`… हो?" मैंने
/// कहा "बाज़ार।"`). The opening quote is the last quote of the sentence
/// `text[from..run_start]`, double or single (`पूछा,' … भाई?' हिरामन ने
/// जवाब दिया`).
fn tagged_before(text: &str, from: usize, run_start: usize) -> bool {
    // (The sentence's last few hundred bytes: a sentence carried on by
    // quotation tags is asked at each of its terminators, and one with no
    // quote of these kinds would be read back to its start each time.)
    let from = from.max(crate::rewrite::floor_char_boundary(
        text,
        run_start.saturating_sub(QUOTE_LOOK),
    ));
    let sentence = text.get(from..run_start).unwrap_or("");
    let Some(open) = sentence.rfind(OPENING_QUOTES) else {
        return false;
    };
    let before = sentence
        .get(..open)
        .unwrap_or("")
        .trim_end_matches([' ', '\t', ':', ',', '-', '\u{2013}', '\u{2014}']);
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let verb = if is_that(last) {
        words.next().unwrap_or("")
    } else {
        last
    };
    is_speech_verb(verb)
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
        let Some((run, after_run)) = t
            .split_at_checked(t.len() - t.trim_start_matches(is_terminator).len())
            .filter(|(run, _)| !run.is_empty())
        else {
            return taken;
        };
        let after = after_run.trim_start_matches(is_closing_punctuation);
        let at_line_end = is_blank_to_line_end(after);
        let alone = after.is_empty() || after.starts_with(char::is_whitespace);
        let opens_frame = run.contains(DEVANAGARI_DOUBLE_DANDA) && !at_line_end;
        if !alone || opens_frame {
            return taken;
        }
        taken += tail.len() - after.len();
    }
}

/// Whether the QUOTATION MARK `d` at `at`, after another that closed the
/// sentence, opens the next: it is written against the word after it
/// (`।""अइसे काहे`, the two quotes of a dialogue typed together). (Not in a
/// closing form of two, which is no quote against a word: `''`.)
fn opens_next_sentence(text: &str, at: usize, d: char) -> bool {
    d == '"' && char_at(text, at + 1).is_some_and(|n| is_devanagari_letter(n) || n.is_alphabetic())
}

/// Whether the APOSTROPHE at `at`, after a sentence's end and against the
/// word after it, opens a quotation of the next sentence (`इनकार कर दिया
/// है.'वेलकम बैक', साल 2007`, as news type a title or a quote in single
/// quotes): the line before leaves no single quote open (within its last
/// [`QUOTE_LOOK`] bytes; an apostrophe between two letters is none), and
/// another closes it before the next terminator on its line.
fn apostrophe_opens_next(text: &str, at: usize) -> bool {
    let letter = |c: char| is_devanagari_letter(c) || c.is_alphabetic();
    if !char_at(text, at + 1).is_some_and(letter) {
        return false;
    }
    // (The line, not the sentence: a quotation may run over several,
    // `'हम लड़ेंगे। हम जीतेंगे।'उनके`; found in review.)
    let mut quotes = 0;
    let mut prev = None;
    let mut chars = line_before(text, at).chars().peekable();
    while let Some(c) = chars.next() {
        let inside_word = prev.is_some_and(letter) && chars.peek().is_some_and(|&n| letter(n));
        quotes += usize::from(c == '\'' && !inside_word);
        prev = Some(c);
    }
    if quotes % 2 == 1 {
        return false;
    }
    line_ahead(text.get(at + 1..).unwrap_or(""))
        .split(is_terminator)
        .next()
        .is_some_and(|clause| clause.contains('\''))
}

/// A closing quote written apart from the terminator before it (tokenized
/// text: `आहे . "`, `आहे . ``,  आहे . ' '`): the length of the spaces
/// before it and its own, when the sentence `text[from..run_start]` left a quote
/// open: it closes that one; or when the sentence holds no quote and the
/// line before it left one open (a quotation of several sentences); or
/// when nothing but the line end follows it; or when it is written in a
/// closing form ([`is_closing_quote_form`]). `None` otherwise. (Counted in the
/// sentence first: a quote left open or closed with another mark earlier
/// on the line would make every later count of the line wrong.)
fn spaced_closing_quote(
    text: &str,
    from: usize,
    run_start: usize,
    pos: usize,
    quotes: &mut QuoteCount,
) -> Option<(usize, usize)> {
    let rest = text.get(pos..).unwrap_or("");
    let quote = rest.trim_start_matches([' ', '\t']);
    let spaces = rest.len() - quote.len();
    if spaces == 0 {
        return None;
    }
    // A RIGHT SINGLE QUOTATION MARK standing alone closes a single quote
    // (`‘… । … । ’ चतुरी`): between spaces it is no apostrophe. (Before
    // another quote, as some text types it to open the next sentence, `लागि।
    // ’ 'अब`, only where a `‘` is open on its line.)
    let token = quote_token_len(quote);
    let lone_single = token.is_none() && quote.starts_with(RIGHT_SINGLE_QUOTATION_MARK);
    let len = token.or_else(|| lone_single.then_some(RIGHT_SINGLE_QUOTATION_MARK.len_utf8()))?;
    let (mark, after) = quote.split_at_checked(len)?;
    // (Only a quote followed by a space or the line end closes.)
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    let quote_follows = after
        .trim_start_matches([' ', '\t'])
        .starts_with(['\'', '"', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}']);
    if lone_single && quote_follows && !single_quote_open(text, run_start) {
        return None;
    }
    let in_sentence = quotes.in_sentence(text, from, run_start);
    let closes = in_sentence % 2 == 1
        // A quote alone at the line end is no sentence of its own.
        || is_blank_to_line_end(after)
        // A quote written in a closing form: whatever the count, it closes
        // (a quotation opened in an earlier paragraph).
        || is_closing_quote_form(mark)
        // A RIGHT DOUBLE QUOTATION MARK that closes by its direction (a
        // count is thrown off by a paragraph that starts inside a
        // quotation, `…थी। ” वह मुस्कराया।`).
        || (mark == "\u{201D}" && right_quote_closes(text, pos + spaces, after))
        // A quotation of several sentences (`" … . … ? "`): the sentence
        // holds no quote, the line before it left one open. (Not a LEFT
        // DOUBLE QUOTATION MARK, which opens the next sentence's.)
        || (in_sentence == 0
            && !quote.starts_with('\u{201C}')
            && quotes.in_line_before(text, from) % 2 == 1);
    closes.then_some((spaces, len))
}

/// Whether a RIGHT DOUBLE QUOTATION MARK at `at`, written apart after a
/// terminator, closes a quotation by the direction of the curly quotes
/// around it: the last one before it on its line (within [`QUOTE_LOOK`]
/// bytes) is a LEFT DOUBLE QUOTATION MARK, which it closes; or there is
/// none (the quotation opened in an earlier paragraph), no LEFT one
/// follows on its line before the next terminator with words between (web
/// text that types the two reversed opens with it and closes with a LEFT
/// one: `होइस। ” … शिविर “`), and the next curly quote on its line is no
/// RIGHT one (text that types RIGHT for both). `after` is the text after
/// the mark.
fn right_quote_closes(text: &str, at: usize, after: &str) -> bool {
    let line = line_before(text, at);
    match line.rfind(['\u{201C}', '\u{201D}']) {
        Some(i) => line.get(i..).is_some_and(|q| q.starts_with('\u{201C}')),
        None => {
            let next = after.trim_start_matches([' ', '\t']);
            if next.starts_with('\u{201C}') {
                // (`। ” “…`: one quotation closes, the next opens.)
                return true;
            }
            let line = line_ahead(next);
            let clause = line.split(is_terminator).next().unwrap_or("");
            // (Text that types RIGHT for both marks closes with the next
            // one on the line: `बोला। ” मैं कल जाऊँगा। ” फिर`; found in
            // review.)
            !clause.contains('\u{201C}')
                && !line
                    .find(['\u{201C}', '\u{201D}'])
                    .is_some_and(|i| line.get(i..).is_some_and(|q| q.starts_with('\u{201D}')))
        }
    }
}

/// How far back, in bytes, a sentence is read for the bracket that a
/// closing bracket written apart closes.
const BRACKET_LOOK: usize = 400;

/// How far back, in bytes, a sentence is read for the opening quote of the
/// quotation a terminator ends ([`tagged_before`], [`single_quote_open`]).
const QUOTE_LOOK: usize = 400;

/// The line before `pos`, within [`QUOTE_LOOK`] bytes: where the quote
/// readers look back for a quotation still open.
fn line_before(text: &str, pos: usize) -> &str {
    let from = crate::rewrite::floor_char_boundary(text, pos.saturating_sub(QUOTE_LOOK));
    let window = text.get(from..pos).unwrap_or("");
    window.rsplit('\n').next().unwrap_or("")
}

/// The line that `rest` starts, within [`QUOTE_LOOK`] bytes: where the
/// quote readers look ahead for the quote that closes one.
fn line_ahead(rest: &str) -> &str {
    let window = rest
        .get(..crate::rewrite::floor_char_boundary(rest, QUOTE_LOOK))
        .unwrap_or(rest);
    window.split('\n').next().unwrap_or("")
}

/// Whether a LEFT SINGLE QUOTATION MARK stands open before `pos` on its
/// line (within [`QUOTE_LOOK`] bytes): after the last RIGHT SINGLE
/// QUOTATION MARK that stands alone, after a space.
fn single_quote_open(text: &str, pos: usize) -> bool {
    let line = line_before(text, pos);
    let opened = line.rfind('\u{2018}');
    let closed = line.rfind(" \u{2019}");
    opened.is_some_and(|o| closed.is_none_or(|c| o > c))
}

/// A closing bracket written apart from the terminator before it (`डरपोक
/// हूं! )।`): the length of the spaces before it and its own, when the
/// sentence `text[from..run_start]` left a bracket of its kind open. 0
/// otherwise.
fn spaced_closing_bracket_len(text: &str, from: usize, run_start: usize, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let bracket = rest.trim_start_matches([' ', '\t']);
    let spaces = rest.len() - bracket.len();
    let open = match bracket.chars().next() {
        Some(')') => '(',
        Some(']') => '[',
        _ => return 0,
    };
    // (The sentence's last few hundred bytes: a sentence carried on by
    // quotation tags is asked at each of its terminators.)
    let from = from.max(crate::rewrite::floor_char_boundary(
        text,
        run_start.saturating_sub(BRACKET_LOOK),
    ));
    let sentence = text.get(from..run_start).unwrap_or("");
    let count = |c: char| sentence.matches(c).count();
    let close = if open == '(' { ')' } else { ']' };
    if spaces > 0 && count(open) > count(close) {
        spaces + 1
    } else {
        0
    }
}

/// Whether a quote is written in a form that only closes: two
/// apostrophes, as the Penn Treebank convention closes a quotation opened
/// with two grave accents and as tokenized Marathi news write it (`' '`,
/// `''`: of the 10 in the UD Marathi CMUPAN dev gold, 8 end a sentence and
/// none starts one), or one or two RIGHT SINGLE QUOTATION MARKs (single
/// quotes are not counted: `’` is also an apostrophe; standing alone after
/// a terminator it closes a quotation of several sentences, `‘… । … । ’`).
/// (Not `"`, which opens as often; nor RIGHT DOUBLE QUOTATION MARK, which
/// some web text types for both, even reversed: `। ” … शिविर “`.)
fn is_closing_quote_form(quote: &str) -> bool {
    matches!(quote, "''" | "' '" | "\u{2019}\u{2019}" | "\u{2019}")
}

/// The most digits of a dangling number.
const DANGLING_NUMBER_DIGITS: usize = 4;

/// The length of what ends the line after a sentence's end at `pos`, with
/// the spaces before it, when it is no sentence of its own: a number,
/// perhaps with its stop (` २८६.`, ` (११.`, `॥४`: the number of the verse
/// or item just ended, or the marker of an item the text cuts off), a
/// short note with a number in brackets (`(12 अंक)`, the marks of a
/// question), or a dash
/// (a dateline's `मालवण . -`, a trailing dash: nothing follows on its line
/// for it to start), or emoji (`है! 😂😂`, [`emoji_tail`]). 0 otherwise. (One read of the text after every
/// sentence end.)
fn dangling_tail_len(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let t = rest.trim_start_matches([' ', '\t']);
    let after = dangling_number(t)
        .or_else(|| bare_number(t))
        .or_else(|| bracketed_note(t))
        .or_else(|| t.strip_prefix(['-', '\u{2013}', '\u{2014}']))
        .or_else(|| emoji_tail(t));
    match after {
        Some(after) if is_blank_to_line_end(after) => rest.len() - after.len(),
        _ => 0,
    }
}

/// What follows the emoji that `t` starts with (spaces between them
/// allowed: `है! 😂😂 👍`), when there is one: a post's reaction to the
/// sentence it ends, no sentence of its own.
fn emoji_tail(t: &str) -> Option<&str> {
    let rest = t.trim_start_matches(|c: char| is_emoji_part(c) || c == ' ' || c == '\t');
    (rest.len() < t.len() && t.starts_with(is_emoji_part)).then_some(rest)
}

/// What follows a number of at most [`DANGLING_NUMBER_DIGITS`] digits
/// with no stop that `t` starts with (`४` of `केसा ॥४`).
fn bare_number(t: &str) -> Option<&str> {
    let digits = dangling_digits_len(t);
    (digits > 0).then(|| t.get(digits..)).flatten()
}

/// The length in bytes of the number of at most [`DANGLING_NUMBER_DIGITS`]
/// digits that `t` starts with (0 if none).
fn dangling_digits_len(t: &str) -> usize {
    t.chars()
        .take_while(|c| is_text_digit(*c))
        .take(DANGLING_NUMBER_DIGITS)
        .map(char::len_utf8)
        .sum()
}

/// What follows a note in round brackets with a number, of at most
/// [`NOTE_WORDS`] words and no terminator, that `t` starts with (`(12
/// अंक)`, `(2 गुण)`, the marks of a question). (An ABBREVIATION SIGN
/// counts as the FULL STOP it may stand for: `(क.3)` and `(क॰3)` read
/// alike; found by the property tests.) (Not a byline after a
/// headline, `… ! ( सुधीर जोशी )`: Marathi news make it a sentence.)
fn bracketed_note(t: &str) -> Option<&str> {
    let inside = t.strip_prefix('(')?;
    let window = inside.get(..crate::rewrite::floor_char_boundary(inside, NOTE_LOOK))?;
    let close = window.find(')')?;
    let note = window.get(..close)?;
    let words = note.split_whitespace().count();
    let is_note = (1..=NOTE_WORDS).contains(&words)
        && note.contains(is_text_digit)
        && !note.contains(|c| is_terminator(c) || c == DEVANAGARI_ABBREVIATION_SIGN)
        && !note.contains('(');
    is_note.then(|| inside.get(close + 1..)).flatten()
}

/// What follows a number of at most [`DANGLING_NUMBER_DIGITS`] digits and
/// its stop (perhaps in brackets, `(११.`, `११.)`) that `t` starts with.
fn dangling_number(t: &str) -> Option<&str> {
    let u = t.strip_prefix('(').unwrap_or(t);
    let digits = dangling_digits_len(u);
    if digits == 0 {
        return None;
    }
    let v = u.get(digits..)?.strip_prefix('.')?;
    Some(v.strip_prefix(')').unwrap_or(v))
}
