//! Where sentences end: the scan from candidate to candidate, and the
//! decision at each: a lone FULL STOP, a line break, a pipe, a run of
//! terminators.

use super::abbrev::{MARATHI_QUESTION_REFERRERS, QUESTION_NOUNS, QUESTION_REPORTERS, SAID_THAT};
use super::chars::*;
use super::full_stop::*;
use super::list_number::marker_line_joins_next;
use super::options::{NewlinePolicy, Splitter};
use super::scan::ScanState;
use super::sentence_end::*;
use super::verse::*;
use super::words::*;
use crate::danda::Run;
use crate::language::Language;
use crate::script::*;

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
        match step_at(splitter, text, from, i, scan) {
            Step::Boundary { end, .. }
                if extends_cluster_at(text, end) || separator_follows(text, end) =>
            {
                i = end
            }
            Step::Boundary { end, next } => return Some((end, next)),
            Step::GoOn(next) => i = next,
        }
    }
    None
}

/// Whether a comma, semicolon or colon follows `end` on its line (after
/// spaces): the text goes on (`क्या?, रागिनी`, `आहे ?, असे विचारले`,
/// `(What is GST?): GST का`), and no sentence starts with one. Not an
/// emoticon (`:D`, `:)`, `;-)`, `: (`): the sentence still ends before it.
fn separator_follows(text: &str, end: usize) -> bool {
    let rest = text
        .get(end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    let mut chars = rest.chars();
    match chars.next() {
        Some(',' | '\u{060C}') => true,
        Some(':' | ';') => {
            let after = chars.as_str();
            let next = after.trim_start_matches([' ', '\t']).chars().next();
            let glued = after.chars().next().is_some_and(|c| !c.is_whitespace());
            let emoticon = next.is_some_and(|c| matches!(c, '(' | ')' | '-' | '\'' | '*'))
                || (glued && next.is_some_and(|c| c.is_ascii_alphabetic()));
            !emoticon
        }
        _ => false,
    }
}

/// Whether the character at `end` extends the extended grapheme cluster
/// before it (a vowel sign, a nasal sign, NUKTA, VIRAMA, any other mark, a
/// joiner, an emoji modifier). A terminator written against one
/// (`दुरुपय।ोग`, a danda typed for a letter; `है।ं`) stands inside a
/// cluster, where no sentence ends: the next would start with the mark.
/// (Never an ASCII character: CR and LF are one cluster, but a line ends
/// a sentence between them.)
fn extends_cluster_at(text: &str, end: usize) -> bool {
    // Nearly every sentence ends before a space, a line break or the end:
    // no ASCII character extends a cluster (5 % of the splitter's time on
    // HPLT Hindi without this test first).
    if text.as_bytes().get(end).is_none_or(u8::is_ascii) {
        return false;
    }
    // (Nor a Devanagari letter or digit, which a terminator stands against
    // where the text lost its spaces: `है।फिर`.)
    if char_at(text, end).is_some_and(|c| is_devanagari_letter(c) || is_devanagari_digit(c)) {
        return false;
    }
    // (The character before `end` ends a sentence, so it is neither a
    // regional indicator nor a joiner: the cursor looks back no further.)
    let mut cursor = unicode_segmentation::GraphemeCursor::new(end, text.len(), true);
    matches!(cursor.is_boundary(text, 0), Ok(false))
}

/// What the scan does at a candidate.
enum Step {
    /// The sentence ends at `end`; the next starts at `next`.
    Boundary { end: usize, next: usize },
    /// No boundary here: the scan goes on from this byte.
    GoOn(usize),
}

impl Step {
    /// The sentence ends at `end` (see [`sentence_end`]), if that says
    /// where; else the scan goes on from `go_on`.
    fn ends_at(end: Option<usize>, go_on: usize) -> Step {
        match end {
            Some(end) => Step::Boundary { end, next: end },
            None => Step::GoOn(go_on),
        }
    }
}

/// The decision at the candidate at byte `i` of the sentence that starts
/// at `from`.
fn step_at(splitter: &Splitter, text: &str, from: usize, i: usize, scan: &mut ScanState) -> Step {
    if is_lone_full_stop_candidate(text.as_bytes(), i) {
        return at_lone_full_stop(splitter, text, from, i, scan);
    }
    match char_at(text, i) {
        None => Step::GoOn(i + 1),
        Some('\n') => at_line_break(splitter, text, i),
        Some(VERTICAL_LINE) => at_pipe(text, from, i, scan),
        Some(c) if is_terminator(c) => at_terminator_run(splitter, text, from, i, scan),
        Some(c) => Step::GoOn(i + c.len_utf8()),
    }
}

/// Whether the candidate at `i` is a lone FULL STOP (the common candidate:
/// the next byte starts no terminator, and a terminator before it was part
/// of an earlier run), which needs no run: it is decided at once.
#[inline]
fn is_lone_full_stop_candidate(bytes: &[u8], i: usize) -> bool {
    bytes.get(i) == Some(&b'.')
        && !matches!(bytes.get(i + 1), Some(b'.' | b'?' | b'!' | 0xE0 | 0xE2))
}

fn at_lone_full_stop(
    splitter: &Splitter,
    text: &str,
    from: usize,
    dot: usize,
    scan: &mut ScanState,
) -> Step {
    if full_stop_ends_sentence(text, dot, splitter, &mut scan.ahead) {
        if let Some(end) = sentence_end(text, from, dot, dot + 1, &mut scan.quotes) {
            return Step::Boundary { end, next: end };
        }
    }
    scan.note_stop_after_word_ahead(text.as_bytes(), dot);
    Step::GoOn(dot + 1)
}

/// A line break ends a sentence, or, when a single newline is a space
/// ([`NewlinePolicy::Space`]), only a blank line does.
fn at_line_break(splitter: &Splitter, text: &str, i: usize) -> Step {
    let ends = match splitter.options().newline {
        // (A list marker alone on its line goes with its item on the next.)
        NewlinePolicy::Boundary => !marker_line_joins_next(splitter, text, i),
        NewlinePolicy::Space => {
            let rest = text.get(i + 1..).unwrap_or("");
            rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n')
        }
    };
    if ends {
        Step::Boundary {
            end: i,
            next: i + 1,
        }
    } else {
        Step::GoOn(i + 1)
    }
}

/// A pipe ends a sentence where the normalizer reads it as a danda
/// (`crate::danda`).
fn at_pipe(text: &str, from: usize, i: usize, scan: &mut ScanState) -> Step {
    let (run, run_end) = scan.pipes.run_at(text, i);
    let go_on = run_end.max(i + 1);
    if run == Run::Keep {
        return Step::GoOn(go_on);
    }
    // A pipe typed for a couplet's first DANDA (`… कोटी | दुख … ॥ ३ ॥`) is
    // read as that DANDA is.
    if run == Run::Danda && !single_danda_ends_sentence(text, i, run_end, scan) {
        return Step::GoOn(go_on);
    }
    Step::ends_at(
        sentence_end(text, from, i, run_end, &mut scan.quotes),
        go_on,
    )
}

fn at_terminator_run(
    splitter: &Splitter,
    text: &str,
    from: usize,
    i: usize,
    scan: &mut ScanState,
) -> Step {
    let run = TerminatorRun::at(text, i);
    if let Some(label_end) = run.opens_verse_label(text, from) {
        return Step::GoOn(label_end);
    }
    if run.opens_frame(text, from) || !run.ends_sentence(splitter, text, scan) {
        return Step::GoOn(run.end);
    }
    if run.is_single_danda(text) {
        if let Some(close) = stanza_close(text, run.start, run.end, scan) {
            return Step::GoOn(close);
        }
    }
    Step::ends_at(
        sentence_end(text, from, run.start, run.end, &mut scan.quotes),
        run.end,
    )
}

/// A run of terminators (`text[start..end]`) and what it holds.
struct TerminatorRun {
    start: usize,
    end: usize,
    /// FULL STOPs.
    dots: usize,
    /// DANDAs and DOUBLE DANDAs.
    dandas: usize,
    /// HORIZONTAL ELLIPSISes.
    ellipses: usize,
    /// QUESTION MARKs and EXCLAMATION MARKs.
    questions: usize,
}

impl TerminatorRun {
    /// The run of terminators that starts at `start`.
    fn at(text: &str, start: usize) -> Self {
        let mut run = TerminatorRun {
            start,
            end: start,
            dots: 0,
            dandas: 0,
            ellipses: 0,
            questions: 0,
        };
        for d in text.get(start..).unwrap_or("").chars() {
            match d {
                '.' => run.dots += 1,
                DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA => run.dandas += 1,
                '\u{2026}' => run.ellipses += 1,
                '?' | '!' => run.questions += 1,
                _ => break,
            }
            run.end += d.len_utf8();
        }
        run
    }

    /// Whether the run is one DANDA (not a DOUBLE DANDA).
    #[inline]
    fn is_single_danda(&self, text: &str) -> bool {
        // (DANDA is `E0 A5 A4`, DOUBLE DANDA `E0 A5 A5`.)
        self.dandas == 1
            && self.dots + self.ellipses + self.questions == 0
            && text.as_bytes().get(self.start + 2) == Some(&0xA4)
    }

    /// Whether the run is DOUBLE DANDAs standing first in their sentence
    /// with a word after them on the line: they open a framed title or
    /// colophon (`॥ इति शुभम् ॥`, `॥ अथ माहेश्वरकवचम् ॥`) and end no
    /// sentence, as the end of the sentence before left them to this one
    /// (see `stray_terminators_len`). Before a number they close the
    /// number of a verse (`॥ १ ॥`), and are read as such.
    fn opens_frame(&self, text: &str, from: usize) -> bool {
        let run = text.get(self.start..self.end).unwrap_or("");
        if !run.chars().all(|c| c == DEVANAGARI_DOUBLE_DANDA) {
            return false;
        }
        self.stands_first(text, from) && word_follows_on_line(text, self.end)
    }

    /// Whether the run stands first in the sentence that starts at `from`.
    fn stands_first(&self, text: &str, from: usize) -> bool {
        // (`trim` stops at the first character that is not a space, from
        // either end: this reads no more than the spaces around.)
        text.get(from..self.start)
            .is_some_and(|before| before.trim().is_empty())
    }

    /// The end of a verse number whose DOUBLE DANDA (or two DANDAs) the run
    /// is, when it stands first in its sentence with a word after it on
    /// the line (`।।2.47।। कर्मण्येवाधिकारस्ते …`, a verse numbered before
    /// its text): the number goes with that text, as a frame's title does,
    /// not out as a sentence of its own. (After a verse, `… सञ्जय ॥ १ ॥`,
    /// the number ends the verse: see `sentence_end`.)
    fn opens_verse_label(&self, text: &str, from: usize) -> Option<usize> {
        if !self.stands_first(text, from)
            || !crate::danda::ends_with_double_danda(text.get(self.start..self.end)?)
        {
            return None;
        }
        let end = verse_number_end(text, self.end)?;
        (word_follows_on_line(text, end) && !numbered_verse_ahead(text, end)).then_some(end)
    }

    /// Whether the run ends the sentence.
    fn ends_sentence(&self, splitter: &Splitter, text: &str, scan: &mut ScanState) -> bool {
        let only_dots = self.dandas == 0 && self.ellipses == 0 && self.questions == 0;
        if only_dots && self.dots == 1 {
            return full_stop_ends_sentence(text, self.start, splitter, &mut scan.ahead);
        }
        // An ellipsis (`...`, `…`) ends a sentence only before a line break
        // or the end.
        let only_ellipses = self.dots == 0 && self.dandas == 0 && self.questions == 0;
        if only_dots || only_ellipses {
            return is_blank_to_line_end(text.get(self.end..).unwrap_or(""));
        }
        if self.is_single_danda(text) {
            return single_danda_ends_sentence(text, self.start, self.end, scan);
        }
        if self.dandas == 0 {
            return questions_end_sentence(splitter, text, self.start, self.end);
        }
        true
    }
}

/// Whether a word (a letter of any script) follows `pos` on its line,
/// after spaces or tabs.
fn word_follows_on_line(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t'])
        .starts_with(|c: char| is_devanagari_letter(c) || c.is_alphabetic())
}

/// How far, in bytes, [`numbered_verse_ahead`] reads on its line.
const VERSE_AHEAD_LOOK: usize = 600;

/// Whether a verse number closes a verse on the line after `pos`, within
/// [`VERSE_AHEAD_LOOK`] bytes: DOUBLE DANDAs after a word, then a number
/// (`॥ ५॥ यावया … भव॥ ६॥`): the text numbers its verses after them, and a
/// number standing first on a line is the last verse's, not the next
/// one's. (A number after a sentence's end opens the next verse as this
/// one does: `… किया? ।।1.2।। संजय …`.)
fn numbered_verse_ahead(text: &str, pos: usize) -> bool {
    let to = crate::rewrite::floor_char_boundary(text, pos + VERSE_AHEAD_LOOK);
    let ahead = text.get(pos..to).unwrap_or("");
    let line = ahead.split('\n').next().unwrap_or("");
    let mut after_word = false;
    let mut in_run = false;
    for (at, c) in line.char_indices() {
        let danda = is_danda(c) || c == '|';
        if danda {
            let end = pos + at + c.len_utf8();
            if after_word
                && crate::danda::ends_with_double_danda(text.get(pos..end).unwrap_or(""))
                && verse_number_end(text, end).is_some()
            {
                return true;
            }
            in_run = true;
        } else if !c.is_whitespace() {
            // (A word before the run closes a verse; a terminator, or the
            // run before, does not.)
            after_word = !is_terminator(c);
            in_run = false;
        } else if in_run {
            after_word = false;
        }
    }
    false
}

/// Whether a run of QUESTION MARKs or EXCLAMATION MARKs (perhaps with dots
/// or ellipses), `text[start..end]`, ends the sentence: not inside a Latin
/// token (a URL query), nor before "or" continuing an alternative question
/// ([`alternative_follows`]), nor in `?>`, closing a PHP tag left in
/// scraped text.
fn questions_end_sentence(splitter: &Splitter, text: &str, start: usize, end: usize) -> bool {
    let in_token = (char_before(text, start).is_some_and(|p| p.is_ascii_alphanumeric())
        && char_at(text, end).is_some_and(|n| n.is_ascii_alphanumeric()))
        || inside_url(text, start, end);
    let markup = text.get(end..).is_some_and(|r| r.starts_with('>'));
    !(in_token
        || alternative_follows(splitter, text, end)
        || reported_question_follows(text, end)
        || markup
        || closes_short_aside(splitter, text, start, end))
}

/// The most words of an aside in brackets whose QUESTION or EXCLAMATION
/// MARK ends no sentence.
const ASIDE_WORDS: usize = 3;

/// How far back, in bytes, the opening bracket of an aside is looked for.
const ASIDE_LOOK: usize = 96;

/// Whether the run `text[start..end]` closes a short aside in brackets
/// inside a sentence (`नदी (रेन?) पार न करने की`, `उसने कहा (सच में!) और`):
/// a closing bracket follows at once or after spaces (`( शो बन्द! ) के`),
/// its opening bracket stands at most
/// [`ASIDE_WORDS`] words back on the line, after a word of the sentence
/// (not first on the line, nor after a terminator: `। (क्या यह सच है?)` is
/// a sentence in brackets; a FULL STOP that closes an abbreviation is no
/// terminator there, as its ABBREVIATION SIGN spelling is none: `के.(?)`
/// reads as `के॰(?)`, found by the property tests).
fn closes_short_aside(splitter: &Splitter, text: &str, start: usize, end: usize) -> bool {
    // (Tokenized text writes the bracket apart: `( शो बन्द! ) के`.)
    let after = text.get(end..).unwrap_or("");
    if !after.trim_start_matches([' ', '\t']).starts_with(')') {
        return false;
    }
    let head_from = crate::rewrite::floor_char_boundary(text, start.saturating_sub(ASIDE_LOOK));
    let head = text.get(head_from..start).unwrap_or("");
    let Some(open) = head.rfind('(') else {
        return false;
    };
    let (before, aside) = head.split_at(open);
    let words = aside.split_whitespace().count();
    // (A FULL STOP inside may close an abbreviation, `(प्र.राम?)`, which
    // its ABBREVIATION SIGN spelling must read alike.)
    let closed_inside =
        aside.contains([')', '\n']) || aside.contains(|c| is_terminator(c) && c != '.');
    let before = before.trim_end_matches([' ', '\t']);
    let abbreviation_stop = |at: usize| {
        char_at(text, at) == Some('.')
            && !full_stop_ends_sentence(text, at, splitter, &mut Default::default())
    };
    let mid_sentence = before.chars().next_back().is_some_and(|c| {
        let stop_at = head_from + before.len() - c.len_utf8();
        !((is_terminator(c) && !abbreviation_stop(stop_at))
            || is_closing_punctuation(c)
            || matches!(c, '\n' | '|' | '"' | '\'' | '\u{201C}' | '\u{2018}'))
    });
    words <= ASIDE_WORDS && !closed_inside && mid_sentence
}

/// Whether "or" follows at `end`, continuing an alternative question
/// (`चाय लेंगे? या कॉफ़ी?`): `अथवा`, `or`, or `या`, which is "or" in Hindi
/// and the languages near it but "this" in Marathi, where it starts the
/// next sentence before a noun in a case form (`… लागेल? या परीक्षेचा
/// निकाल …`, `या शहरातील …`), and always with the Marathi hint (Marathi
/// writes "or" `किंवा`, `वा`).
fn alternative_follows(splitter: &Splitter, text: &str, end: usize) -> bool {
    let rest = text
        .get(end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    match token_after(rest, 0) {
        "अथवा" | "or" => true,
        "या" => {
            splitter.options().language != Some(Language::Marathi)
                && !is_marathi_case_form(token_after(rest.get("या".len()..).unwrap_or(""), 0))
        }
        _ => false,
    }
}

/// Whether a Nepali word of saying follows at `end`, reporting the
/// question just asked (`किन पर्छन्? भन्ने प्रश्न`, `कुन हो? भनेर सोध्यो`):
/// see [`QUESTION_REPORTERS`]; or a Marathi word that refers back to it
/// before a noun of asking (`कसे करावे? असा प्रश्न आला`: see
/// [`MARATHI_QUESTION_REFERRERS`]).
fn reported_question_follows(text: &str, end: usize) -> bool {
    let rest = text
        .get(end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    let word = token_after(rest, 0).trim_end_matches(|c: char| !is_devanagari_letter_or_mark(c));
    QUESTION_REPORTERS.contains(&word)
        || word.starts_with(SAID_THAT)
        || (MARATHI_QUESTION_REFERRERS.contains(&word)
            && rest
                .split_whitespace()
                .skip(1)
                .take(2)
                .any(|w| QUESTION_NOUNS.iter().any(|n| w.starts_with(n))))
}

/// Whether `word` (perhaps with punctuation after it) is a Marathi noun or
/// pronoun in the genitive (`-चा`, `-ची`, `-चे`, `-च्या` after a vowel sign
/// or ANUSVARA: `परीक्षेचा`, `गावाची`, `लोकांच्या`) or with `-तील`,
/// `-मधील`, `-वरील` (`शहरातील`, `घरामधील`).
fn is_marathi_case_form(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| !is_devanagari_letter_or_mark(c));
    if ["तील", "मधील", "वरील"]
        .iter()
        .any(|e| word.len() > e.len() && word.ends_with(e))
    {
        return true;
    }
    ["चा", "ची", "चे", "च्या"].iter().any(|e| {
        word.strip_suffix(e)
            .and_then(|stem| stem.chars().next_back())
            .is_some_and(|c| is_dependent_vowel_sign(c) || c == DEVANAGARI_SIGN_ANUSVARA)
    })
}
