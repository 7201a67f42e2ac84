//! Word tokens: words, numbers, URLs and punctuation, as slices of the text.
//!
//! A token is one of:
//!
//! - a **word**: a run of letters, signs and digits of any script, with its
//!   NUKTA, vowel signs, VIRAMA, ZWJ and ZWNJ (`क़िताब`, `क्‍ष`, `India`,
//!   `45वें`, `F1`); a Latin apostrophe inside a word stays (`don't`), and
//!   so does one typed for the AVAGRAHA inside a Sanskrit word (`अतो'हं`);
//! - an **abbreviation or initial** with its FULL STOP (`डॉ.`, `एस.`,
//!   `ई.पू.`, `U.S.`, `Mr.`) exactly where the sentence [`Splitter`] says
//!   the stop ends no sentence, and with its ABBREVIATION SIGN (`डॉ॰`);
//! - a **number** with its separators between digits (`3.5`, `१०,०००`,
//!   `10.11.2025`, `10:30`, `2013-2014`), and a DOLLAR SIGN before it
//!   (`$5,000`); the dash of a range between numbers written with a
//!   decimal point, comma or colon is a token of its own (`6.30`
//!   `-` `10`);
//! - a **URL**, **e-mail address**, **hashtag** or **handle**
//!   (`https://example.com/a?b=1`, `name@example.com`, `#भारत`, `@user`);
//! - a **punctuation mark or symbol**: DANDA, DOUBLE DANDA, quotes, brackets,
//!   `,` `?` `!` `:` `;` `%` `£`, dashes, each a token of its own; a run of
//!   the same mark is one token (`--`, `।।`), and so is a run of sentence
//!   terminators (`...`, `?!`). A hyphen between two words is a token of its
//!   own by default (`आदान` `-` `प्रदान`, as Universal Dependencies writes
//!   it); [`HyphenPolicy::Keep`] keeps the compound whole.
//!
//! Whitespace separates tokens and belongs to none; so do ZERO WIDTH SPACE,
//! WORD JOINER and ZERO WIDTH NO-BREAK SPACE at either end of a word (inside
//! one they stay in its token). Token boundaries never
//! fall inside an extended grapheme cluster (an akshara) of non-whitespace
//! characters: a combining mark after a punctuation mark stays with it.

use crate::script::{
    is_closing_punctuation, is_consonant, is_dependent_sign, is_devanagari_letter, is_joiner,
    is_latin_letter, DEVANAGARI_ABBREVIATION_SIGN,
};
use crate::sentence::{
    char_at, char_before, ends_chain_of_initials, full_stop_closes_abbreviation, goes_on_chain,
    SplitOptions, Splitter,
};
use std::iter::FusedIterator;
use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

/// Whether punctuation and symbols come out as tokens.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PunctuationTokens {
    /// Every punctuation mark and symbol is a token (the default): the
    /// tokens cover every character of the text but whitespace (and the
    /// invisible spaces at the ends of words).
    #[default]
    Keep,
    /// Tokens of punctuation and symbols (`।`, `,`, `"`, `--`, `%`, `£`,
    /// emoji) are left out; words, numbers, URLs, addresses, hashtags and
    /// handles remain.
    Drop,
}

/// What a hyphen between two words does.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum HyphenPolicy {
    /// The hyphen is a token of its own between the two words (`आदान` `-`
    /// `प्रदान`), as Universal Dependencies tokenizes Hindi. The default.
    #[default]
    Split,
    /// A hyphenated compound is one token (`आदान-प्रदान`).
    Keep,
}

/// Whether an abbreviation or initial keeps its FULL STOP.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AbbreviationStops {
    /// The FULL STOP stays with the abbreviation or initial where the
    /// sentence splitter says it ends no sentence (`डॉ.`, `एस.`, `ई.पू.`),
    /// as Universal Dependencies' Hindi HDTB and Bhojpuri BHTB write it.
    /// The default.
    #[default]
    Keep,
    /// Every FULL STOP after a word is a token of its own (`डॉ` `.`, `ई`
    /// `.` `पू` `.`), as most of Universal Dependencies' Hindi PUD writes
    /// it. An ABBREVIATION SIGN (`डॉ॰`) stays with its word either way.
    Split,
}

/// Options of a [`WordTokenizer`].
///
/// ```
/// use devanagari::{HyphenPolicy, PunctuationTokens, WordOptions, WordTokenizer};
/// let mut opts = WordOptions::default();
/// opts.hyphens = HyphenPolicy::Keep;
/// opts.punctuation = PunctuationTokens::Drop;
/// let t = WordTokenizer::new(opts);
/// let v: Vec<&str> = t.words("ज्ञान का आदान-प्रदान, यानी लेन-देन।").collect();
/// assert_eq!(v, ["ज्ञान", "का", "आदान-प्रदान", "यानी", "लेन-देन"]);
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct WordOptions {
    /// Whether punctuation and symbols are tokens.
    pub punctuation: PunctuationTokens,
    /// What a hyphen between two words does.
    pub hyphens: HyphenPolicy,
    /// Whether an abbreviation or initial keeps its FULL STOP.
    pub abbreviation_stops: AbbreviationStops,
    /// The options of the sentence splitter whose FULL STOP decisions the
    /// tokenizer shares: more abbreviations here keep their stop in a token
    /// too.
    pub split: SplitOptions,
}

/// A configured word tokenizer, built once and reused.
///
/// ```
/// use devanagari::{SplitOptions, WordOptions, WordTokenizer};
/// let mut opts = WordOptions::default();
/// opts.split.abbreviations.push("मेज".to_string()); // मेजर, major
/// let t = WordTokenizer::new(opts);
/// let v: Vec<&str> = t.words("मेज. सिंह आए।").collect();
/// assert_eq!(v, ["मेज.", "सिंह", "आए", "।"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct WordTokenizer {
    punctuation: PunctuationTokens,
    hyphens: HyphenPolicy,
    abbreviation_stops: AbbreviationStops,
    splitter: Splitter,
}

impl WordTokenizer {
    /// A tokenizer with these options.
    pub fn new(options: WordOptions) -> Self {
        WordTokenizer {
            punctuation: options.punctuation,
            hyphens: options.hyphens,
            abbreviation_stops: options.abbreviation_stops,
            splitter: Splitter::new(options.split),
        }
    }

    /// The options of this tokenizer.
    pub fn options(&self) -> WordOptions {
        WordOptions {
            punctuation: self.punctuation,
            hyphens: self.hyphens,
            abbreviation_stops: self.abbreviation_stops,
            split: self.splitter.options().clone(),
        }
    }

    /// The tokens of `text`, as slices of it.
    ///
    /// # Complexity
    /// Linear in the length of `text`.
    ///
    /// ```
    /// use devanagari::WordTokenizer;
    /// let t = WordTokenizer::default();
    /// let v: Vec<&str> = t.words("डॉ. शर्मा ने ₹ नहीं, $5,000 दिए।").collect();
    /// assert_eq!(v, ["डॉ.", "शर्मा", "ने", "₹", "नहीं", ",", "$5,000", "दिए", "।"]);
    /// ```
    pub fn words<'a>(&'a self, text: &'a str) -> Words<'a> {
        Words {
            inner: self.word_indices(text),
        }
    }

    /// The tokens of `text` with their byte offsets: `(start, token)`, where
    /// `text[start..start + token.len()] == token`.
    ///
    /// ```
    /// use devanagari::WordTokenizer;
    /// let t = WordTokenizer::default();
    /// let text = "दर 3.5% रही।";
    /// let v: Vec<(usize, &str)> = t.word_indices(text).collect();
    /// assert_eq!(v, [(0, "दर"), (7, "3.5"), (10, "%"), (12, "रही"), (21, "।")]);
    /// ```
    pub fn word_indices<'a>(&'a self, text: &'a str) -> WordIndices<'a> {
        WordIndices {
            tokenizer: self,
            text,
            pos: 0,
        }
    }

    /// The token that starts at `start` (not whitespace): its end, and
    /// whether it is punctuation or a symbol.
    fn token_at(&self, text: &str, start: usize) -> (usize, bool) {
        // The common case first: a Devanagari word (U+0900..U+093F are all
        // letters and signs).
        if let Some([0xE0, 0xA4, _, ..]) = text.as_bytes().get(start..) {
            let run = run_end(text, start);
            if ends_plainly(text, run) {
                return (run, false);
            }
            if let Some(link) = link_glued_inside(text, start, run) {
                return (link, false);
            }
            return (self.glued(text, self.word_end_after(text, run)), false);
        }
        let Some(c) = char_at(text, start) else {
            return (text.len(), false);
        };
        if c.is_ascii_alphanumeric() {
            if let Some(end) = url_end(text, start).or_else(|| email_end(text, start)) {
                return (glue(text, end), false);
            }
        }
        // Underscores before a Devanagari word open Markdown's emphasis
        // (`_और_`), as those after it close it ([`ends_emphasis`]).
        if c == '_' {
            let run = run_end_while(text, start, |d| d == '_');
            if char_at(text, run).is_some_and(crate::script::is_devanagari_letter)
                || ends_emphasis(text, start)
            {
                return (glue(text, run), true);
            }
        }
        if is_word_char(c) {
            return (self.glued(text, self.word_end(text, start)), false);
        }
        let after = start + c.len_utf8();
        let next = char_at(text, after);
        let (end, punct) = match c {
            '$' if next.is_some_and(is_digit) => (number_end(text, after), false),
            // A handle in ASCII ends before a Devanagari word glued to it
            // (`@MAofIndiaने`); one that goes on in another script's
            // letters is a word as any (`@Müller`).
            '@' if next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '_')
                && char_at(text, ascii_handle_end(text, after))
                    .is_some_and(crate::script::is_devanagari) =>
            {
                // (Read again: a handle before a Devanagari word is rare.)
                (ascii_handle_end(text, after), false)
            }
            '#' | '@' if next.is_some_and(|n| is_word_char(n) && !is_mark(n)) => {
                (self.word_end(text, after), false)
            }
            // A temperature's unit, DEGREE SIGN and the scale's letter
            // (`37°C`: `37` `°C`), as `%` is the unit of its number.
            '\u{00B0}'
                if matches!(next, Some('C' | 'F' | 'K'))
                    && char_at(text, after + 1).is_none_or(|c| !c.is_alphanumeric()) =>
            {
                (after + 1, true)
            }
            '.' | '?' | '!' | '\u{2026}' => (
                run_end_while(text, after, |d| matches!(d, '.' | '?' | '!' | '\u{2026}')),
                true,
            ),
            // Brackets and quotes stand alone: `))` closes two.
            '(' | ')' | '[' | ']' | '{' | '}' | '"' | '\u{201C}' | '\u{201D}' | '\u{2018}'
            | '\u{2019}' | '\u{00AB}' | '\u{00BB}' | '<' | '>' => (after, true),
            // Other ASCII punctuation, dashes and dandas: a run of the same
            // mark is one token (`--`, `।।`, `**`).
            _ if c.is_ascii() || is_dash(c) || matches!(c, '\u{0964}' | '\u{0965}') => {
                (run_end_while(text, after, |d| d == c), true)
            }
            // Any other symbol (emoji, flags, signs): one extended grapheme
            // cluster, exactly as Unicode draws it.
            _ => {
                // (A prepended concatenation mark clusters with a space
                // after it: the token stops before the space.)
                let len = text
                    .get(start..)
                    .and_then(|r| r.graphemes(true).next())
                    .map_or(c.len_utf8(), |g| {
                        g.find(char::is_whitespace).unwrap_or(g.len())
                    });
                let end = start + len.max(c.len_utf8());
                // A prepended mark clusters with the letter after it: the
                // word goes on from that letter. (Not from a mark that
                // ends the symbol's cluster: the emoji presentation
                // selector of `➡️सार्वजनिक` ends the arrow, not a word.)
                return match char_before(text, end) {
                    Some(l) if end > after && is_word_char(l) && !is_mark(l) => (
                        self.glued(text, self.word_end(text, end - l.len_utf8())),
                        false,
                    ),
                    _ => (end, true),
                };
            }
        };
        (glue(text, end), punct)
    }

    /// The end of the word (or number, or chain of abbreviations) that
    /// starts with the word character at `start`.
    fn word_end(&self, text: &str, start: usize) -> usize {
        self.word_end_after(text, run_end(text, start))
    }

    /// [`WordTokenizer::word_end`] of a word whose first run of word
    /// characters ends at `end`.
    fn word_end_after(&self, text: &str, mut end: usize) -> usize {
        loop {
            // (Most words end before a space.)
            if matches!(text.as_bytes().get(end), None | Some(b' ' | b'\n')) {
                return end;
            }
            if let Some(n) = self.inner_join(text, end) {
                end = run_end(text, end + n);
                continue;
            }
            let Some(n) = self.kept_stop(text, end) else {
                return end;
            };
            let after = end + n;
            // A chain goes on over a piece glued to the stop with a stop of
            // its own (`ई.पू.`, `बी.जे.पी.`), which stays with the chain
            // where it ends no sentence; a name glued to an abbreviation is
            // a word of its own (`डॉ.` `शर्मा`).
            if char_at(text, after).is_some_and(is_word_char) {
                let piece_end = run_end(text, after);
                let piece = text.get(after..piece_end).unwrap_or("");
                match char_at(text, piece_end) {
                    Some('.' | DEVANAGARI_ABBREVIATION_SIGN)
                        if goes_on_chain(&self.splitter, piece) =>
                    {
                        end = piece_end;
                        continue;
                    }
                    // The last initial of a chain written without its stop
                    // (`डी.एन.ए`, `बी.ए`), where the word ends.
                    next if matches!(
                        char_at(text, end),
                        Some('.' | DEVANAGARI_ABBREVIATION_SIGN)
                    ) && next.is_none_or(|c| !is_word_char(c) && c != '-')
                        && ends_chain_of_initials(text, end, piece_end) =>
                    {
                        return piece_end;
                    }
                    _ => {}
                }
            }
            return after;
        }
    }

    /// The end of a word that ends at `end` ([`WordTokenizer::word_end`]),
    /// with what [`glue`] keeps in its last cluster; when glue took more (a
    /// sign after an emoji modifier: `क🏽ा`), a FULL STOP after it is
    /// decided as after any word ([`WordTokenizer::kept_stop`]).
    #[inline]
    fn glued(&self, text: &str, end: usize) -> usize {
        let glued = glue(text, end);
        if glued == end {
            return end;
        }
        match self.kept_stop(text, glued) {
            // (A sign after the stop is in its cluster: `॰ा`.)
            Some(n) => glue(text, glued + n),
            None => glued,
        }
    }

    /// The length of a separator at `at` that joins the word before it to
    /// the word after it: a separator between digits (`3.5`, `१०,०००`,
    /// `10:30`, `10/11`, `2013-2014`), a FULL STOP between ASCII letters or
    /// digits (`example.com`, `e.g`, `v1.2`: the splitter never ends a
    /// sentence there either) or between the labels of a domain name
    /// written in Devanagari (`नवभारतटाइम्स.कॉम`), an apostrophe between Latin letters
    /// (`don't`) or typed for the AVAGRAHA between Devanagari letters
    /// (`अतो'हं`), a hyphen between words when hyphens are kept.
    #[inline]
    fn inner_join(&self, text: &str, at: usize) -> Option<usize> {
        let d = char_at(text, at)?;
        // A superscript or subscript sign glued to its word or number is
        // part of it (`Na⁺`, `10⁻³`, `SO₄²⁻`), as the digits beside it are.
        if is_script_sign(d) {
            return char_before(text, at)
                .is_some_and(|p| p.is_alphanumeric() || is_script_sign(p))
                .then_some(d.len_utf8());
        }
        if !matches!(
            d,
            '.' | ',' | ':' | '/' | '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}'
        ) {
            return None;
        }
        let prev = char_before(text, at)?;
        let next = char_at(text, at + d.len_utf8())?;
        // An amount's "only", `/-` (`रु. 5,00,000/-`), ends its number.
        if d == '/'
            && next == '-'
            && is_digit(prev)
            && char_at(text, at + 2).is_none_or(|c| !is_word_char(c))
        {
            return Some(2);
        }
        let joins = match d {
            '.' => {
                (is_digit(prev) && is_digit(next))
                    || (prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric())
                    || crate::url::devanagari_domain_label_follows(
                        text.get(..at).unwrap_or(""),
                        text.get(at + 1..).unwrap_or(""),
                    )
            }
            ',' => is_digit(prev) && is_digit(next) && groups_digits(text, at),
            '/' => is_digit(prev) && is_digit(next),
            // (A COLON typed for a VISARGA, `अंत:करण`, `अत: वह`, as rule 8
            // reads it.)
            ':' => {
                (is_digit(prev) && is_digit(next))
                    || crate::normalize::visarga::colon_is_visarga_at(text, at)
            }
            '-' if is_digit(prev) && is_digit(next) => !is_range_dash(text, at),
            '-' | '\u{2010}' | '\u{2011}' => {
                self.hyphens == HyphenPolicy::Keep
                    && is_word_char(prev)
                    && is_word_char(next)
                    && !is_mark(next)
            }
            // An apostrophe between Latin letters (`don't`), or typed for
            // the AVAGRAHA inside a Sanskrit word (`अतो'हं`, `सो'त्र`).
            _ => {
                (is_latin_letter(prev) && is_latin_letter(next))
                    || apostrophe_for_avagraha(text, at, prev, next)
            }
        };
        joins.then_some(d.len_utf8())
    }

    /// The length of the stop at `at` when it stays with the word before
    /// it: an ABBREVIATION SIGN always; with [`AbbreviationStops::Keep`], a
    /// single FULL STOP after a letter or sign where the splitter says it
    /// closes an abbreviation or initial (ends no sentence).
    #[inline]
    fn kept_stop(&self, text: &str, at: usize) -> Option<usize> {
        match char_at(text, at)? {
            DEVANAGARI_ABBREVIATION_SIGN => Some(DEVANAGARI_ABBREVIATION_SIGN.len_utf8()),
            '.' if self.abbreviation_stops == AbbreviationStops::Keep => {
                let prev = char_before(text, at)?;
                if !is_word_char(prev) || is_digit(prev) {
                    return None;
                }
                // A single stop, not one of a run (`...`, `.?`); nor one
                // before a closing quote, which ends the quoted sentence
                // (the splitter reads a verb of saying after the quote as
                // part of it).
                if char_at(text, at + 1).is_some_and(|n| {
                    matches!(n, '.' | '?' | '!' | '\u{2026}')
                        || (is_closing_punctuation(n) && !matches!(n, ')' | ']' | '}'))
                }) {
                    return None;
                }
                (crate::danda::in_verse_label(text, at)
                    || full_stop_closes_abbreviation(&self.splitter, text, at))
                .then_some(1)
            }
            _ => None,
        }
    }
}

/// The most bytes read back for the quote that an apostrophe may close
/// ([`apostrophe_for_avagraha`]): a few words.
const QUOTED_WORD_LOOK: usize = 96;

/// Whether the apostrophe at `at`, between `prev` and `next`, stands for the
/// AVAGRAHA inside a Sanskrit word (`अतो'हं`, `सो'त्र`, `ते'पि`): the
/// AVAGRAHA elides the A after O or E, so `prev` is VOWEL SIGN O or E and
/// `next` a letter; and it closes no quotation opened before it on its
/// line, for Marathi and Nepali put case endings against a closing quote
/// (`'राजे'चा`, `‘सैराट’ने`, `‘भारत जोडो’च्या`).
fn apostrophe_for_avagraha(text: &str, at: usize, prev: char, next: char) -> bool {
    if !matches!(prev, '\u{094B}' | '\u{0947}') || !is_devanagari_letter(next) {
        // VOWEL SIGN O, VOWEL SIGN E
        return false;
    }
    let from = crate::rewrite::floor_char_boundary(text, at.saturating_sub(QUOTED_WORD_LOOK));
    let before = text.get(from..at).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    !closes_quote_opened_in(line, char_at(text, at) == Some('\''))
}

/// Whether an apostrophe after `line` closes a quotation opened in it: a
/// LEFT SINGLE QUOTATION MARK with no RIGHT one after it; for a straight
/// one (`straight`), an APOSTROPHE opening a word (after whitespace, an
/// opening bracket or the start) with no other after it.
fn closes_quote_opened_in(line: &str, straight: bool) -> bool {
    if !straight {
        return line
            .rfind(['\u{2018}', '\u{2019}'])
            .is_some_and(|at| line.get(at..).is_some_and(|q| q.starts_with('\u{2018}')));
    }
    line.rfind('\'').is_some_and(|at| {
        line.get(..at)
            .unwrap_or("")
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['))
    })
}

/// Iterator over token slices; see [`WordTokenizer::words`] and [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    inner: WordIndices<'a>,
}

impl<'a> Words<'a> {
    /// The part of the text not yet tokenized.
    ///
    /// ```
    /// let mut w = devanagari::words("एक दो तीन");
    /// w.next();
    /// assert_eq!(w.as_str(), " दो तीन");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.inner.as_str()
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.inner.next().map(|(_, w)| w)
    }
}

impl FusedIterator for Words<'_> {}

/// Iterator over `(byte offset, token)`; see [`WordTokenizer::word_indices`]
/// and [`word_indices`].
#[derive(Clone, Debug)]
pub struct WordIndices<'a> {
    tokenizer: &'a WordTokenizer,
    text: &'a str,
    pos: usize,
}

impl<'a> WordIndices<'a> {
    /// The part of the text not yet tokenized.
    pub fn as_str(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }
}

/// Whether a run of word characters that ends at `run` is a whole word
/// token: it ends the text, or a space, a line break, a DANDA or a DOUBLE
/// DANDA follows, none of which joins a word to another or clusters with
/// it (so `word_end_after` and `glue` would return `run`). Most Hindi
/// words end so: the common case of [`WordTokenizer::token_at`], said
/// without them (measured in a harness over the words bench's danda news:
/// about 730 -> 810 MB/s).
#[inline(always)]
fn ends_plainly(text: &str, run: usize) -> bool {
    matches!(
        text.as_bytes().get(run..),
        Some([] | [b' ' | b'\n', ..] | [0xE0, 0xA5, 0xA4 | 0xA5, ..])
    )
}

impl<'a> WordIndices<'a> {
    /// The common case of [`Iterator::next`], kept small: after ASCII
    /// spaces, a Devanagari word that [`ends_plainly`]. `None` sends the
    /// call to the general case.
    #[inline(always)]
    fn next_plain_word(&mut self) -> Option<(usize, &'a str)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut start = self.pos;
        while bytes.get(start) == Some(&b' ') {
            start += 1;
        }
        if !matches!(bytes.get(start..), Some([0xE0, 0xA4, _, ..])) {
            return None;
        }
        let run = run_end(text, start);
        if !ends_plainly(text, run) {
            return None;
        }
        let end = without_invisible_spaces(text, start, run);
        self.pos = end;
        Some((start, text.get(start..end).unwrap_or("")))
    }

    /// [`Iterator::next`] in every case.
    #[inline(never)]
    fn next_any(&mut self) -> Option<(usize, &'a str)> {
        let text = self.text;
        loop {
            let start = skip_whitespace(text, self.pos);
            if start >= text.len() {
                self.pos = text.len();
                return None;
            }
            let (end, punct) = self.tokenizer.token_at(text, start);
            // Always advance by whole characters, even on a bug.
            let end = if end > start && text.is_char_boundary(end) && end <= text.len() {
                end
            } else {
                debug_assert!(false, "token end {end} after {start}");
                char_at(text, start).map_or(text.len(), |c| start + c.len_utf8())
            };
            let end = without_invisible_spaces(text, start, end);
            self.pos = end;
            if punct && self.tokenizer.punctuation == PunctuationTokens::Drop {
                continue;
            }
            return Some((start, text.get(start..end).unwrap_or("")));
        }
    }
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);
    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.next_plain_word().or_else(|| self.next_any())
    }
}

impl FusedIterator for WordIndices<'_> {}

fn default_tokenizer() -> &'static WordTokenizer {
    static T: std::sync::LazyLock<WordTokenizer> = std::sync::LazyLock::new(WordTokenizer::default);
    &T
}

/// The word tokens of `text`, as slices of it, with the default options:
/// punctuation kept, hyphenated compounds split.
///
/// ```
/// use devanagari::words;
/// let v: Vec<&str> = words("“ई.पू. 326 में,” एस. राव ने कहा।").collect();
/// assert_eq!(v, ["“", "ई.पू.", "326", "में", ",", "”", "एस.", "राव", "ने", "कहा", "।"]);
/// let v: Vec<&str> = words("देखें https://example.com/a?b=1, या लिखें a.b@example.com").collect();
/// assert_eq!(v, ["देखें", "https://example.com/a?b=1", ",", "या", "लिखें", "a.b@example.com"]);
/// ```
pub fn words(text: &str) -> Words<'_> {
    default_tokenizer().words(text)
}

/// The word tokens of `text` with their byte offsets, with the default
/// options.
///
/// ```
/// use devanagari::word_indices;
/// let text = "नमस्ते, दुनिया!";
/// let v: Vec<(usize, &str)> = word_indices(text).collect();
/// assert_eq!(v, [(0, "नमस्ते"), (18, ","), (20, "दुनिया"), (38, "!")]);
/// assert_eq!(&text[20..20 + v[2].1.len()], v[2].1);
/// ```
pub fn word_indices(text: &str) -> WordIndices<'_> {
    default_tokenizer().word_indices(text)
}

/// A character of a word: a letter, digit or combining mark of any script,
/// LOW LINE, ZWJ and ZWNJ, and the invisible format characters that live
/// inside words (SOFT HYPHEN, ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH
/// NO-BREAK SPACE). Of the Devanagari block, all but DANDA, DOUBLE DANDA and
/// ABBREVIATION SIGN.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if ('\u{0900}'..='\u{097F}').contains(&c) {
        return !matches!(c, '\u{0964}' | '\u{0965}' | DEVANAGARI_ABBREVIATION_SIGN);
    }
    c.is_alphanumeric()
        || is_mark(c)
        || is_joiner(c)
        || matches!(c, '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// A combining mark (General Category M).
#[inline]
fn is_mark(c: char) -> bool {
    !c.is_ascii() && (is_dependent_sign(c) || unicode_normalization::char::is_combining_mark(c))
}

/// A digit (of any script: Devanagari, ASCII, ...).
#[inline]
fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    if ('\u{0900}'..='\u{097F}').contains(&c) {
        return ('\u{0966}'..='\u{096F}').contains(&c);
    }
    c.is_numeric()
}

/// SUPERSCRIPT PLUS and MINUS SIGN, SUBSCRIPT PLUS and MINUS SIGN: the
/// charge of an ion or the sign of an exponent.
#[inline]
fn is_script_sign(c: char) -> bool {
    matches!(c, '\u{207A}' | '\u{207B}' | '\u{208A}' | '\u{208B}')
}

/// HYPHEN-MINUS, HYPHEN, NON-BREAKING HYPHEN, FIGURE DASH, EN DASH, EM DASH,
/// HORIZONTAL BAR, MINUS SIGN.
#[inline]
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH NO-BREAK SPACE: invisible
/// characters that live inside words (web text puts them inside names,
/// `अ\u{200B}मरिंदर`, and a token keeps them there) but are no part of a
/// word at either end of it (`\u{200B}\u{200B}पढ़िए`): there they are
/// skipped as whitespace is.
#[inline]
fn is_invisible_space(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// The end of the token `text[start..end]` without the
/// [`is_invisible_space`] characters it ends with (it starts with none).
#[inline]
fn without_invisible_spaces(text: &str, start: usize, end: usize) -> usize {
    let token = text.get(start..end).unwrap_or("");
    // (Each is three bytes, starting E2 or EF: most tokens end otherwise.)
    if !matches!(token.as_bytes(), [.., 0xE2 | 0xEF, _, _]) {
        return end;
    }
    let kept = token.trim_end_matches(is_invisible_space);
    if kept.is_empty() {
        end
    } else {
        start + kept.len()
    }
}

/// The first position at or after `i` that is not whitespace (nor an
/// [`is_invisible_space`] character).
#[inline]
fn skip_whitespace(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if !b.is_ascii_whitespace() && b != 0x0B {
                return i;
            }
            i += 1;
        } else {
            match char_at(text, i) {
                Some(c) if c.is_whitespace() || is_invisible_space(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    i
}

/// The end of the run of word characters that starts at `i`. Steps over
/// ASCII and the Devanagari block by their bytes and decodes only other
/// characters: this loop is most of the tokenizer's time.
#[inline]
fn run_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut rest = bytes.get(from..).unwrap_or(&[]);
    // The slice patterns leave no bounds checks in the loop.
    loop {
        match rest {
            // U+0900..U+097F but DANDA, DOUBLE DANDA, ABBREVIATION SIGN
            // (`E0 A5 A4`, `E0 A5 A5`, `E0 A5 B0`).
            [0xE0, 0xA4, _, tail @ ..] => rest = tail,
            [0xE0, 0xA5, b2, tail @ ..] if !matches!(b2, 0xA4 | 0xA5 | 0xB0) => rest = tail,
            [b, tail @ ..] if b.is_ascii() => {
                if !(b.is_ascii_alphanumeric() || *b == b'_') {
                    break;
                }
                // Underscores after a Devanagari word with no word after
                // them close Markdown's emphasis (`_और_`): not the word's.
                // (Between words they join them: `#मेरा_भारत`, `my_var`.)
                if *b == b'_' && ends_emphasis(text, bytes.len() - rest.len()) {
                    break;
                }
                rest = tail;
            }
            [] => break,
            _ => {
                let i = bytes.len() - rest.len();
                match char_at(text, i) {
                    Some(c) if is_word_char(c) => {
                        rest = rest.get(c.len_utf8()..).unwrap_or(&[]);
                    }
                    _ => break,
                }
            }
        }
    }
    bytes.len() - rest.len()
}

/// Whether the underscores at byte `i` of `text` follow a Devanagari
/// letter or sign and no word character follows them: they close an
/// emphasis, `_और_` (before a space, a danda, a quote or the end).
fn ends_emphasis(text: &str, i: usize) -> bool {
    // (Only the first underscore of a run follows a letter: the run is
    // read once.)
    if !char_before(text, i).is_some_and(crate::script::is_devanagari_letter_or_mark) {
        return false;
    }
    let run = text.get(i..).unwrap_or("");
    !run.trim_start_matches('_').starts_with(is_word_char)
}

/// The end of the run of characters from `i` that `keep` accepts.
#[inline]
fn run_end_while(text: &str, i: usize, keep: impl Fn(char) -> bool) -> usize {
    let rest = text.get(i..).unwrap_or("");
    i + rest
        .char_indices()
        .find(|&(_, d)| !keep(d))
        .map_or(rest.len(), |(k, _)| k)
}

/// The end of the number that starts with the digit at `i`: digits and the
/// separators between them (`5,000`, `1.5`), no letters (`$221` `bn`), no
/// range dash ([`is_range_dash`]: `$1.5-2`).
fn number_end(text: &str, i: usize) -> usize {
    let mut end = run_end_while(text, i, is_digit);
    loop {
        let sep = char_at(text, end);
        if !matches!(sep, Some('.' | ',' | ':' | '/' | '-'))
            || !char_at(text, end + 1).is_some_and(is_digit)
            || (sep == Some('-') && is_range_dash(text, end))
            || (sep == Some(',') && !groups_digits(text, end))
        {
            return end;
        }
        end = run_end_while(text, end + 1, is_digit);
    }
}

/// The most groups of digits read after a comma by [`groups_digits`].
const MAX_DIGIT_GROUPS: usize = 8;

/// Whether the COMMA at `at`, between digits, separates the groups of one
/// number (`5,000`, `1,00,000`, `12,34,567`): each group after it holds
/// two or three digits, and the last three; or it is the one comma
/// between two runs of digits (a decimal comma, `72,32`). A list of three
/// or more numbers written without spaces (`(२१,२२,२३)`, `1,2,3`) is no
/// number: its commas are tokens of their own. (Reads at most
/// [`MAX_DIGIT_GROUPS`] groups forward, and one back.)
fn groups_digits(text: &str, at: usize) -> bool {
    let mut rest = text.get(at..).unwrap_or("");
    let mut valid = true;
    for groups in 1..=MAX_DIGIT_GROUPS {
        let Some(after_comma) = rest.strip_prefix(',') else {
            return false;
        };
        let group = after_comma.len() - after_comma.trim_start_matches(is_digit).len();
        let digits = after_comma.get(..group).map_or(0, |g| g.chars().count());
        rest = after_comma.get(group..).unwrap_or("");
        let more = rest.starts_with(',') && rest.get(1..).is_some_and(|r| r.starts_with(is_digit));
        if !more {
            // (One comma alone may be a decimal comma, `72,32 फीसदी`, or
            // a number mistyped, `१०,००`: it stays one token.)
            return (valid && digits == 3) || (groups == 1 && !before_comma_list(text, at));
        }
        valid &= digits == 2 || digits == 3;
    }
    false
}

/// Whether the number that ends at the COMMA at `at` is itself after a
/// comma between digits: the comma is a list's second or later
/// (`२१,२२,२३`, read from its second comma on).
fn before_comma_list(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let number = head.trim_end_matches(is_digit);
    number.len() < head.len()
        && number.ends_with(',')
        && number
            .get(..number.len() - 1)
            .is_some_and(|h| h.ends_with(is_digit))
}

/// Whether the HYPHEN-MINUS at `at`, between digits, is a dash between two
/// numbers of a range (`6.30-10`, `10:30-11:30`, `5,000-10,000`) rather
/// than a separator inside one number. A number written with hyphens and
/// slashes is a date, a phone number, a year span or a file number, one
/// token (`12-05-2020`, `011-2345678`, `2013-14`, `1320/2016-17`, a DOI's
/// `10.1215/10407391-2847964`); a hyphen after a number with a decimal
/// point, a comma or a colon between its digits since its last hyphen, and
/// no slash, belongs to none of those forms.
/// (Reads back to that hyphen or the number's start only: linear over a
/// run of hyphens.)
fn is_range_dash(text: &str, at: usize) -> bool {
    let mut before = text.get(..at).unwrap_or("").chars().rev().peekable();
    while let Some(c) = before.next() {
        if is_digit(c) {
            continue;
        }
        // (A slash makes a code of it: a file number, a DOI's
        // `10.1215/10407391-2847964`.)
        if c == '/' {
            return false;
        }
        return matches!(c, '.' | ',' | ':') && before.peek().is_some_and(|&d| is_digit(d));
    }
    false
}

/// Extends a token that ends at `end` over what Unicode keeps in the same
/// extended grapheme cluster: combining marks and joiners after it (GB9,
/// GB9a), anything after a prepended concatenation mark (GB9b), a consonant
/// after a VIRAMA that follows an emoji modifier glued to the word (GB9c),
/// so that no token boundary falls inside a cluster of non-whitespace
/// characters.
#[inline]
fn glue(text: &str, mut end: usize) -> usize {
    loop {
        if matches!(text.as_bytes().get(end), None | Some(b' ' | b'\n')) {
            return end;
        }
        let (Some(l), Some(n)) = (char_before(text, end), char_at(text, end)) else {
            return end;
        };
        if n.is_whitespace() || !glued(text, end, l, n) {
            return end;
        }
        end += n.len_utf8();
    }
}

/// Whether no grapheme cluster boundary lies at `at`, between `l` and `n`.
/// ASCII and the Devanagari block are decided from the pair; anything else
/// asks `unicode-segmentation`, which looks back as far as its rules need
/// (over the marks of the token that ends at `at`).
#[inline]
fn glued(text: &str, at: usize, l: char, n: char) -> bool {
    let simple = |c: char| c.is_ascii() || ('\u{0900}'..='\u{097F}').contains(&c);
    // (A consonant after a sign depends on what stands before, GB9c: a
    // VIRAMA, perhaps with other marks after it, joins it to a consonant
    // before. Asked below.)
    if simple(l) && simple(n) && (l.is_ascii() || !is_consonant(n)) {
        return !n.is_ascii() && is_dependent_sign(n);
    }
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    matches!(cursor.is_boundary(text, 0), Ok(false))
}

/// The end of a handle in ASCII whose name starts at `i`: letters, digits
/// and LOW LINE, and a FULL STOP between them (`@user.name`, the domain
/// of an address whose name is Devanagari, `नाम@gmail.com`).
fn ascii_handle_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let name = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    loop {
        while bytes.get(i).is_some_and(name) {
            i += 1;
        }
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(name) {
            i += 1;
        } else {
            return i;
        }
    }
}

/// Where a link starts inside the run of word characters
/// `text[start..run]` that a Devanagari word opens: at a change from a
/// Devanagari to an ASCII letter, a scheme or `www.` with a URL after it
/// (`बातhttps://t.co/…`, `देखेंwww.example.com`: a space lost before a
/// link). The word ends there; the link is the next token.
fn link_glued_inside(text: &str, start: usize, run: usize) -> Option<usize> {
    // (The run ends in the scheme or `www`: one place to look, and most
    // runs end in a Devanagari letter.)
    let bytes = text.as_bytes();
    let tail = bytes
        .get(start..run)?
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let at = run - tail;
    let after_devanagari = at > start && bytes.get(at - 1).is_some_and(|b| !b.is_ascii());
    (tail > 0
        && after_devanagari
        && crate::url::starts_with_url_prefix(bytes.get(at..)?)
        && url_end(text, at).is_some())
    .then_some(at)
}

/// The end of a URL that starts at `start` (`http://`, `https://`,
/// `ftp://`, `www.`, or a bare host before its path, `pic.twitter.com/…`:
/// see [`crate::url::url_start`]): up to whitespace, a quote, an angle
/// bracket, a danda, a dash or an ellipsis (which links write
/// percent-encoded: `pic.twitter.com/AbC— ANI` is a link, then a dash), a
/// VERTICAL LINE before a wiki template's next parameter (`…/52|title=…`)
/// or a space, a GRAVE ACCENT (a Markdown code span's end),
/// without the punctuation that ends a sentence or clause after it, nor a
/// closing bracket it does not open.
fn url_end(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let start_len = crate::url::url_start(rest.as_bytes())?;
    let body = rest
        .char_indices()
        .find(|&(k, c)| {
            (c == '|' && pipe_ends_url(rest.get(k + 1..).unwrap_or("")))
                || c.is_whitespace()
                || matches!(
                    c,
                    '"' | '\''
                        | '<'
                        | '>'
                        | '\u{201C}'
                        | '\u{201D}'
                        | '\u{2018}'
                        | '\u{2019}'
                        | '\u{00AB}'
                        | '\u{00BB}'
                        | '\u{0964}'
                        | '\u{0965}'
                        | '\u{2013}'
                        | '\u{2014}'
                        | '\u{2026}'
                        | '`'
                )
        })
        .map_or(rest.len(), |(k, _)| k);
    let mut url = rest.get(..body)?;
    // Brackets opened and closed in the URL, counted once (a closing
    // bracket it does not open is punctuation after it).
    let mut count = [0usize; 6];
    for b in url.bytes() {
        if let Some(n) = b"()[]{}"
            .iter()
            .position(|&x| x == b)
            .and_then(|k| count.get_mut(k))
        {
            *n += 1;
        }
    }
    while let Some(last) = url.chars().next_back() {
        let strip = match last {
            '.' | ',' | ';' | ':' | '!' | '?' => true,
            ')' | ']' | '}' => {
                // The counts of the opening bracket and of this one.
                let k = match last {
                    ')' => 0,
                    ']' => 2,
                    _ => 4,
                };
                match count.get_mut(k..k + 2) {
                    Some([opened, closed]) if *opened < *closed => {
                        *closed -= 1;
                        true
                    }
                    _ => false,
                }
            }
            _ => false,
        };
        if !strip {
            break;
        }
        url = url.get(..url.len() - last.len_utf8())?;
    }
    (url.len() > start_len).then(|| start + url.len())
}

/// The most bytes of a template parameter's name read after a pipe.
const PARAMETER_NAME_LOOK: usize = 24;

/// Whether a VERTICAL LINE in a URL, before `after`, ends it: a space or
/// the end follows, or a wiki template's parameter (`title=`, `access-date
/// =`), which no link's path holds (a pipe in a link's own path,
/// `fb.me/समाचार|खेल.html`, is kept).
fn pipe_ends_url(after: &str) -> bool {
    let name = after.trim_start_matches(' ');
    if name.is_empty() || after.starts_with(char::is_whitespace) {
        return true;
    }
    let look = name.get(..crate::rewrite::floor_char_boundary(name, PARAMETER_NAME_LOOK));
    let Some(eq) = look.and_then(|l| l.find('=')) else {
        return false;
    };
    let key = name.get(..eq).unwrap_or("").trim_end();
    !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b' '))
}

/// The end of an e-mail address that starts at `start`: a local part of at
/// most 64 bytes of `A-Z a-z 0-9 . _ % + -`, `@`, and a domain of labels
/// joined by dots (at most 255 bytes).
fn email_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes().get(start..)?;
    let local_ok =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    memchr::memchr(b'@', bytes.get(..65).unwrap_or(bytes))?;
    let at = bytes.iter().take(65).position(|b| !local_ok(b))?;
    if bytes.get(at) != Some(&b'@') || at == 0 {
        return None;
    }
    let domain = bytes.get(at + 1..)?;
    let mut len = domain
        .iter()
        .take(255)
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')))
        .unwrap_or(domain.len().min(255));
    while len > 0 && matches!(domain.get(len - 1), Some(b'.' | b'-')) {
        len -= 1;
    }
    let d = domain.get(..len)?;
    let dot = d.iter().rposition(|&b| b == b'.')?;
    let ok = d.first().is_some_and(u8::is_ascii_alphanumeric)
        && dot + 1 < d.len()
        && !d.windows(2).any(|w| w == b"..");
    ok.then_some(start + at + 1 + len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(text: &str) -> Vec<&str> {
        words(text).collect()
    }

    fn toks_with(opts: WordOptions, text: &str) -> Vec<String> {
        WordTokenizer::new(opts)
            .words(text)
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn devanagari_words_keep_their_signs() {
        // NUKTA, VIRAMA, ZWJ, ZWNJ, CANDRABINDU, VISARGA, AVAGRAHA.
        assert_eq!(
            toks("ज़िंदगी क्\u{200D}ष र्\u{200C}य हँसी दुःख सोऽहम्"),
            ["ज़िंदगी", "क्\u{200D}ष", "र्\u{200C}य", "हँसी", "दुःख", "सोऽहम्"]
        );
        // A conjunct and a dependent vowel are never cut.
        assert_eq!(toks("स्त्री क्षत्रिय"), ["स्त्री", "क्षत्रिय"]);
    }

    #[test]
    fn punctuation_is_a_token_of_its_own() {
        assert_eq!(
            toks("उसने कहा: “चलो!” (शायद) ‘हाँ’; बस? हाँ। अंत॥"),
            [
                "उसने",
                "कहा",
                ":",
                "“",
                "चलो",
                "!",
                "”",
                "(",
                "शायद",
                ")",
                "‘",
                "हाँ",
                "’",
                ";",
                "बस",
                "?",
                "हाँ",
                "।",
                "अंत",
                "॥"
            ]
        );
        assert_eq!(
            toks("\"सच\" - या -- नहीं — शायद..."),
            ["\"", "सच", "\"", "-", "या", "--", "नहीं", "—", "शायद", "..."]
        );
        assert_eq!(toks("क्या?! हाँ।।"), ["क्या", "?!", "हाँ", "।।"]);
    }

    #[test]
    fn abbreviations_and_initials_keep_their_stop() {
        assert_eq!(
            toks("डॉ. शर्मा और प्रो. वर्मा आए।"),
            ["डॉ.", "शर्मा", "और", "प्रो.", "वर्मा", "आए", "।"]
        );
        assert_eq!(
            toks("ए. पी. जे. अब्दुल कलाम"),
            ["ए.", "पी.", "जे.", "अब्दुल", "कलाम"]
        );
        assert_eq!(
            toks("ई.पू. 326 में बी.जे.पी. नहीं थी।"),
            ["ई.पू.", "326", "में", "बी.जे.पी.", "नहीं", "थी", "।"]
        );
        // The ABBREVIATION SIGN always stays.
        assert_eq!(toks("डॉ॰ राय"), ["डॉ॰", "राय"]);
        // A name glued to an abbreviation is a word of its own.
        assert_eq!(toks("डॉ.शर्मा आए"), ["डॉ.", "शर्मा", "आए"]);
        // Latin: the same rules.
        assert_eq!(
            toks("Mr. Rao of the U.S. said e.g. this."),
            ["Mr.", "Rao", "of", "the", "U.S.", "said", "e.g.", "this", "."]
        );
        // A chain of initials written without its last stop is one token;
        // not a postposition glued after it.
        assert_eq!(
            toks("डी.एन.ए जाँच, बी.ए पास, एफ.एम.के श्रोता"),
            [
                "डी.एन.ए",
                "जाँच",
                ",",
                "बी.ए",
                "पास",
                ",",
                "एफ.एम.",
                "के",
                "श्रोता"
            ]
        );
        // A word that is no abbreviation stops a chain (an address).
        assert_eq!(
            toks("मु.पो. ता.भोकरदन. जि. जालना"),
            ["मु.पो.", "ता.", "भोकरदन.", "जि.", "जालना"]
        );
        assert_eq!(toks("M.Sc. और एम.एससी."), ["M.Sc.", "और", "एम.एससी", "."]);
        // Written with the ABBREVIATION SIGN; a date after an abbreviation.
        assert_eq!(toks("डी॰एन॰ए जाँच"), ["डी॰एन॰ए", "जाँच"]);
        assert_eq!(toks("ता.५.११.२०२० रोजी"), ["ता.५.११.२०२०", "रोजी"]);
    }

    #[test]
    fn an_amounts_only_stays_with_its_number() {
        assert_eq!(
            toks("शुल्क रु. 5,00,000/- और ₹650/- है, 2/-3 नहीं"),
            [
                "शुल्क",
                "रु.",
                "5,00,000/-",
                "और",
                "₹",
                "650/-",
                "है",
                ",",
                "2",
                "/",
                "-",
                "3",
                "नहीं"
            ]
        );
    }

    #[test]
    fn a_colon_typed_for_a_visarga_stays_in_its_word() {
        assert_eq!(
            toks("दु:खी मन अत: चुप, नोट: कल 10:30"),
            ["दु:खी", "मन", "अत:", "चुप", ",", "नोट", ":", "कल", "10:30"]
        );
    }

    #[test]
    fn a_stop_that_ends_a_sentence_is_a_token() {
        assert_eq!(
            toks("वह घर गया. फिर सो गया."),
            ["वह", "घर", "गया", ".", "फिर", "सो", "गया", "."]
        );
        // A letter name that was a word: `के.` before a sentence starter.
        assert_eq!(
            toks("यह करने के. लेकिन वह"),
            ["यह", "करने", "के", ".", "लेकिन", "वह"]
        );
        // A chain that ends the sentence gives its last stop to it.
        assert_eq!(toks("नेता बी.जे.पी."), ["नेता", "बी.जे.पी", "."]);
        // Before a closing quote the stop ends the quoted sentence.
        assert_eq!(
            toks("\"आ गया.\" उसने कहा"),
            ["\"", "आ", "गया", ".", "\"", "उसने", "कहा"]
        );
        // A list number keeps no stop.
        assert_eq!(toks("1. पहला"), ["1", ".", "पहला"]);
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            toks("3.5 १०,००० 10.11.2025 १०:३० 10/11/2025 2013-2014 25% $5,000 £12 $221bn"),
            [
                "3.5",
                "१०,०००",
                "10.11.2025",
                "१०:३०",
                "10/11/2025",
                "2013-2014",
                "25",
                "%",
                "$5,000",
                "£",
                "12",
                "$221",
                "bn"
            ]
        );
        assert_eq!(toks("45वें F1 2C"), ["45वें", "F1", "2C"]);
        // A temperature's unit; an ion's charge, an exponent's sign.
        assert_eq!(toks("37°C 98.6°F 5°"), ["37", "°C", "98.6", "°F", "5", "°"]);
        assert_eq!(toks("Na⁺ Cl⁻ 10⁻³ SO₄²⁻"), ["Na⁺", "Cl⁻", "10⁻³", "SO₄²⁻"]);
        assert_eq!(
            toks("12-05-2020 011-2345678 1320/2016-17 ५-६ 6.30-10 10:30-11:30 $1.5-2 :4-5"),
            [
                "12-05-2020",
                "011-2345678",
                "1320/2016-17",
                "५-६",
                "6.30",
                "-",
                "10",
                "10:30",
                "-",
                "11:30",
                "$1.5",
                "-",
                "2",
                ":",
                "4-5"
            ]
        );
        assert_eq!(toks("कुल 1,200."), ["कुल", "1,200", "."]);
        // Groups of Indian and Western numbers; a list of numbers is none.
        assert_eq!(
            toks("12,34,567 100,000 (२१,२२,२३) 1,2,3 72,32 10.1215/104-28"),
            [
                "12,34,567",
                "100,000",
                "(",
                "२१",
                ",",
                "२२",
                ",",
                "२३",
                ")",
                "1",
                ",",
                "2",
                ",",
                "3",
                "72,32",
                "10.1215/104-28"
            ]
        );
    }

    #[test]
    fn urls_addresses_hashtags_and_handles_stay_whole() {
        assert_eq!(
            toks("(देखें www.example.in/path_1.) मेल: raj.k+news@mail.example.co.in."),
            [
                "(",
                "देखें",
                "www.example.in/path_1",
                ".",
                ")",
                "मेल",
                ":",
                "raj.k+news@mail.example.co.in",
                "."
            ]
        );
        assert_eq!(
            toks("https://hi.wikipedia.org/wiki/भारत_(देश), #मेरा_भारत @user_1 को"),
            [
                "https://hi.wikipedia.org/wiki/भारत_(देश)",
                ",",
                "#मेरा_भारत",
                "@user_1",
                "को"
            ]
        );
        assert_eq!(toks("a@b # @"), ["a", "@b", "#", "@"]);
        // A link ends at a wiki template's next parameter, a code span's end.
        assert_eq!(
            toks("https://example.org/52|title=मराठी `https://x.org/a`"),
            [
                "https://example.org/52",
                "|",
                "title",
                "=",
                "मराठी",
                "`",
                "https://x.org/a",
                "`"
            ]
        );
        // Markdown's emphasis around a Devanagari word; underscores inside
        // a hashtag or a name of code stay.
        assert_eq!(
            toks("_कल_ #मेरा_भारत my_var __init__ _आज_। é_"),
            [
                "_",
                "कल",
                "_",
                "#मेरा_भारत",
                "my_var",
                "__init__",
                "_",
                "आज",
                "_",
                "।",
                "é_"
            ]
        );
        // Links with no scheme: a host with a known domain, before its path.
        assert_eq!(
            toks("वीडियो pic.twitter.com/Ab12Cd— एजेंसी, देखें fb.me/xyz."),
            [
                "वीडियो",
                "pic.twitter.com/Ab12Cd",
                "—",
                "एजेंसी",
                ",",
                "देखें",
                "fb.me/xyz",
                "."
            ]
        );
        assert_eq!(
            toks("और/या file.txt/x"),
            ["और", "/", "या", "file.txt", "/", "x"]
        );
    }

    #[test]
    fn latin_words() {
        assert_eq!(
            toks("Government के don't India's report.pdf v1.2"),
            ["Government", "के", "don't", "India's", "report.pdf", "v1.2"]
        );
    }

    #[test]
    fn apostrophe_for_avagraha() {
        // Inside a Sanskrit word it stands for the AVAGRAHA; around a word
        // it is a quote.
        assert_eq!(
            toks("अतो'हं वदामि सो’त्र 'राम'"),
            ["अतो'हं", "वदामि", "सो’त्र", "'", "राम", "'"]
        );
        // A closing quote before a case ending (Marathi, Nepali).
        assert_eq!(
            toks("'राजे'चा ‘सैराट’ने"),
            ["'", "राजे", "'", "चा", "‘", "सैराट", "’", "ने"]
        );
    }

    #[test]
    fn hyphens_split_or_keep() {
        assert_eq!(
            toks("आदान-प्रदान और वाई-फाई"),
            ["आदान", "-", "प्रदान", "और", "वाई", "-", "फाई"]
        );
        let o = WordOptions {
            hyphens: HyphenPolicy::Keep,
            ..Default::default()
        };
        assert_eq!(
            toks_with(o, "आदान-प्रदान और वाई-फाई - वह 10-12"),
            ["आदान-प्रदान", "और", "वाई-फाई", "-", "वह", "10-12"]
        );
    }

    #[test]
    fn punctuation_dropped() {
        let o = WordOptions {
            punctuation: PunctuationTokens::Drop,
            ..Default::default()
        };
        assert_eq!(
            toks_with(o, "“हाँ,” उसने कहा — 50% $5 #टैग 😀 डॉ. राय।"),
            ["हाँ", "उसने", "कहा", "50", "$5", "#टैग", "डॉ.", "राय"]
        );
    }

    #[test]
    fn marks_stay_in_their_cluster() {
        // A mark after punctuation stays with it; an emoji sequence is one.
        assert_eq!(toks("क,\u{093E}ख"), ["क", ",\u{093E}", "ख"]);
        assert_eq!(
            toks("👍🏽 👨\u{200D}👩\u{200D}👧 🇮🇳🇮🇳"),
            ["👍🏽", "👨\u{200D}👩\u{200D}👧", "🇮🇳", "🇮🇳"]
        );
        // A dangling sign after a space is a token.
        assert_eq!(toks("क \u{093F}"), ["क", "\u{093F}"]);
    }

    #[test]
    fn indices_and_rest() {
        let text = "  एक, दो ";
        let v: Vec<(usize, &str)> = word_indices(text).collect();
        assert_eq!(v, [(2, "एक"), (8, ","), (10, "दो")]);
        let mut it = words(text);
        assert_eq!(it.next(), Some("एक"));
        assert_eq!(it.as_str(), ", दो ");
        assert_eq!(it.by_ref().count(), 2);
        assert_eq!(it.next(), None);
        assert_eq!(it.as_str(), "");
    }

    /// A FULL STOP after a sign that glue kept with the word (over an
    /// emoji modifier) is decided as after any word: kept where it closes
    /// an abbreviation, its own token where it ends a sentence or a clause
    /// goes on after it (as after `का`); and a sign after a kept
    /// ABBREVIATION SIGN stays in its cluster.
    #[test]
    fn stops_after_glued_signs() {
        assert_eq!(toks("क🏽ा.:क"), ["क🏽ा", ".", ":", "क"]);
        assert_eq!(toks("का.:क"), ["का", ".", ":", "क"]);
        assert_eq!(toks("क🏽ा. क"), ["क🏽ा", ".", "क"]);
        assert_eq!(toks("_🏽॰ा"), ["_🏽॰ा"]);
    }

    /// A FULL STOP inside the label of a verse number, which the splitter
    /// keeps whole with its verse, stays with its word; one before the
    /// dandas that open a label is the sentence's.
    #[test]
    fn stops_in_verse_labels() {
        assert_eq!(toks("गीत ॥क०भा.क॥"), ["गीत", "॥", "क०भा.", "क", "॥"]);
        // Dandas first on their line open a frame, not a label: the
        // splitter ends the sentence at the stop, and so does the token.
        assert_eq!(toks("॥क०भा.क॥"), ["॥", "क०भा", ".", "क", "॥"]);
        assert_eq!(toks("राम ॥ धृ. ॥ श्याम"), ["राम", "॥", "धृ.", "॥", "श्याम"]);
        assert_eq!(toks("वह गया. ॥ १ ॥"), ["वह", "गया", ".", "॥", "१", "॥"]);
        assert!(!crate::danda::in_verse_label("राम. ॥ १ ॥", "राम".len()));
        // The DOUBLE DANDA that closes a verse number opens no label (the
        // splitter keeps one with the verse): its FULL STOP is decided as
        // anywhere. In a chain (`॥१॥२॥`) the runs alternate.
        assert_eq!(
            toks("गीत ॥ १ ॥ क. ॥ आगे"),
            ["गीत", "॥", "१", "॥", "क", ".", "॥", "आगे"]
        );
        assert_eq!(
            toks("गीत ॥१॥२॥क. ॥ आगे"),
            ["गीत", "॥", "१", "॥", "२", "॥", "क.", "॥", "आगे"]
        );
    }

    /// Text where a Devanagari word meets every kind of neighbour: what
    /// ends it plainly (a space, a line break, DANDAs, the end) and what
    /// does not (a FULL STOP, a hyphen, a NUKTA or sign after a space, an
    /// ABBREVIATION SIGN, a ZWJ, Latin, digits, other spaces).
    fn word_neighbours() -> impl Strategy<Value = String> {
        let piece = proptest::sample::select(vec![
            "राम",
            "क़",
            "डॉ",
            "ई",
            "पू",
            "कि",
            "\u{93C}",
            "\u{94D}",
            "\u{970}",
            "\u{200D}",
            " ",
            "  ",
            "\n",
            "\t",
            "\u{A0}",
            "।",
            "॥",
            ".",
            "-",
            "'",
            "\"",
            "A",
            "b",
            "3",
            "٣",
            "#",
            "www.",
            ".com",
            "😀",
        ]);
        proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    proptest! {
        /// The iterator's common case (`next_plain_word`) gives what the
        /// general case alone gives, token for token, for every option.
        #[test]
        fn plain_words_as_in_the_general_case(s in word_neighbours(), hyphens: bool, drop: bool) {
            let mut options = WordOptions::default();
            if hyphens {
                options.hyphens = HyphenPolicy::Keep;
            }
            if drop {
                options.punctuation = PunctuationTokens::Drop;
            }
            let t = WordTokenizer::new(options);
            let fast: Vec<(usize, &str)> = t.word_indices(&s).collect();
            let mut general = Vec::new();
            let mut it = t.word_indices(&s);
            while let Some(token) = it.next_any() {
                general.push(token);
            }
            prop_assert_eq!(fast, general);
        }
    }
}
