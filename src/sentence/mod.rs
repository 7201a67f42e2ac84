//! Sentence splitting on danda and on Latin periods.
//!
//! Terminators are DANDA `।`, DOUBLE DANDA `॥`, `.`, `?`, `!`, `…` and runs of
//! them. A FULL STOP does not end a sentence after an initial (`एस.`, `के.`,
//! `A.`), a chain of initials (`बी.जे.पी.`, `U.S.`, `डी. फिल.`), an
//! initialism of single syllables (`भा.ज.प.`, `छ.ग.`), a known abbreviation
//! (`डॉ.`, `प्रो.`, `ई.पू.`, `Mr.`), inside a number (`3.5`, `१०.३०`) or a
//! date written with spaces (`०७. ०३. १८४९`), after a list number before
//! its item (`लाभ: 1. नींद`, `नाम हैं 1. अमेठी 2. गौरीगंज`), or inside a URL,
//! e-mail address or file name. Closing quotes and brackets after a
//! terminator belong to the sentence it ends; a verse number between double
//! dandas (`॥ १ ॥`) stays with its verse, and the two halves of a couplet
//! (`… । … ॥`) are one sentence, unless the first ends with a finite verb
//! (`… गच्छति। … ॥`): then it is a clause, and a sentence, of its own.
//!
//! Sentences are slices of the input, trimmed of surrounding whitespace, in
//! order, never empty; together they cover every non-whitespace character of
//! the input exactly once.

mod abbrev;
mod boundary;
pub(crate) mod chars;
mod full_stop;
mod initials;
mod list_number;
mod options;
mod quotes;
mod scan;
mod sentence_end;
mod verse;
mod words;

use std::borrow::Cow;
use std::iter::FusedIterator;

pub(crate) use chars::{char_at, char_before};
pub use options::{NewlinePolicy, SplitOptions, Splitter};

impl Splitter {
    /// The sentences of `text`, as slices of it.
    ///
    /// # Complexity
    /// Linear in the length of `text`.
    pub fn sentences<'a>(&'a self, text: &'a str) -> Sentences<'a> {
        Sentences {
            inner: self.sentence_indices(text),
        }
    }

    /// The sentences of `text` with their byte offsets: `(start, sentence)`,
    /// where `text[start..start + sentence.len()] == sentence`.
    pub fn sentence_indices<'a>(&'a self, text: &'a str) -> SentenceIndices<'a> {
        let view = match self.options().newline {
            NewlinePolicy::Boundary => Cow::Borrowed(text),
            NewlinePolicy::Space => line_breaks_as_spaces(text),
        };
        SentenceIndices {
            splitter: self,
            text,
            view,
            pos: 0,
            scan: scan::ScanState::default(),
        }
    }
}

/// Iterator over sentence slices; see [`Splitter::sentences`] and [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    inner: SentenceIndices<'a>,
}

impl<'a> Sentences<'a> {
    /// The part of the text not yet split.
    pub fn as_str(&self) -> &'a str {
        self.inner.as_str()
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        self.inner.next().map(|(_, s)| s)
    }
}

impl FusedIterator for Sentences<'_> {}

/// Iterator over `(byte offset, sentence)`; see [`Splitter::sentence_indices`]
/// and [`sentence_indices`].
#[derive(Clone, Debug)]
pub struct SentenceIndices<'a> {
    splitter: &'a Splitter,
    text: &'a str,
    /// The text the rules read: `text` itself, or with
    /// [`NewlinePolicy::Space`] a copy whose single line breaks are spaces
    /// ([`line_breaks_as_spaces`]), of the same length, so that its
    /// offsets are the text's.
    view: Cow<'a, str>,
    pos: usize,
    scan: scan::ScanState,
}

impl<'a> SentenceIndices<'a> {
    /// The part of the text not yet split.
    pub fn as_str(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }
}

impl<'a> Iterator for SentenceIndices<'a> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        while self.pos < self.text.len() {
            let start = self.pos;
            let (end, next) =
                boundary::next_boundary(self.splitter, &self.view, start, &mut self.scan)
                    .unwrap_or((self.text.len(), self.text.len()));
            // Always advance, even on a bug, so the iterator ends.
            self.pos = next.max(start + 1).min(self.text.len());
            if next <= start {
                self.pos = self.text.len();
            }
            let piece = self.text.get(start..end).unwrap_or("");
            let trimmed_start = piece.trim_start();
            let offset = start + (piece.len() - trimmed_start.len());
            let s = trimmed_start.trim_end();
            if !s.is_empty() {
                return Some((offset, s));
            }
        }
        None
    }
}

impl FusedIterator for SentenceIndices<'_> {}

/// `text` as the rules read it when a single newline is a space
/// ([`NewlinePolicy::Space`]): each line break between two lines that hold
/// something but whitespace (and a CR before it) becomes a SPACE, one byte
/// for one, so every rule (abbreviations, initials, quotes and their tags,
/// the halves of a couplet) decides across a wrapped line as on one line
/// (`टी.⏎एल्. वास्वानी` as `टी. एल्. वास्वानी`). A line break next to a
/// blank line stays: the blank line ends the sentence. Borrowed when no
/// line break changes; else one copy, linear.
fn line_breaks_as_spaces(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // (Blank as the line-break decision reads it: spaces, tabs, CR.)
    let is_blank = |line: &[u8]| line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r'));
    let mut out: Option<Vec<u8>> = None;
    let mut line_start = 0;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        let line = bytes.get(line_start..nl).unwrap_or(&[]);
        let next_end = memchr::memchr(b'\n', bytes.get(nl + 1..).unwrap_or(&[]))
            .map_or(bytes.len(), |k| nl + 1 + k);
        let next = bytes.get(nl + 1..next_end).unwrap_or(&[]);
        if !is_blank(line) && !is_blank(next) {
            let o = out.get_or_insert_with(|| bytes.to_vec());
            let cr = line.last() == Some(&b'\r');
            for b in o.get_mut(nl - usize::from(cr)..=nl).into_iter().flatten() {
                *b = b' ';
            }
        }
        line_start = nl + 1;
    }
    // (ASCII bytes replaced by ASCII bytes: still UTF-8.)
    match out.map(String::from_utf8) {
        Some(Ok(s)) => Cow::Owned(s),
        _ => Cow::Borrowed(text),
    }
}

/// Whether the FULL STOP at byte `dot` of `text` closes a Devanagari
/// abbreviation or initial inside a sentence (for the normalizer's
/// FULL STOP → ABBREVIATION SIGN rule), as `splitter` decides.
pub(crate) fn is_abbreviation_full_stop(splitter: &Splitter, text: &str, dot: usize) -> bool {
    full_stop::is_abbreviation_full_stop(text, dot, splitter)
}

/// Whether the piece after the stop (FULL STOP or ABBREVIATION SIGN) at
/// `dot`, up to `piece_end`, glued to it with no stop of its own, is the last
/// initial of a chain written
/// without its final stop (`डी.एन.ए`, `बी.ए`): it and the word before the
/// stop are letter names. For the word tokenizer, which keeps such a chain
/// one token.
pub(crate) fn ends_chain_of_initials(text: &str, dot: usize, piece_end: usize) -> bool {
    let stop_len = char_at(text, dot).map_or(1, char::len_utf8);
    let piece = text.get(dot + stop_len..piece_end).unwrap_or("");
    let (before, _) = words::word_before(text, dot);
    let class = abbrev::WordClass::of(piece);
    // (Not a letter name that is also a word glued after the chain: the
    // postposition in `एफ.एम.के वेभ`, the honorific.)
    let word_too = class.is_ambiguous_letter_name() || class.is_bihari_ambiguous_letter_name();
    class.is_letter_name() && !word_too && abbrev::WordClass::of(before).is_letter_name()
}

/// Whether `piece`, glued after a stop with a stop of its own, can go on a
/// chain (`पू` in `ई.पू.`, `जे` in `बी.जे.पी.`): a Devanagari piece if it
/// is an abbreviation, a letter name or a syllable of an initialism, not a
/// word (`ता.भोकरदन.`, an address); any other piece, Latin or a number
/// (`U.S.`, `Ph.D.`, `ता.५.११.२०२०`).
pub(crate) fn goes_on_chain(splitter: &Splitter, piece: &str) -> bool {
    !piece.starts_with(crate::script::is_devanagari_letter)
        || initials::is_chain_piece(piece, splitter)
        || initials::is_one_syllable(piece)
}

/// Whether the single FULL STOP at byte `dot` of `text` closes an
/// abbreviation or initial, as `splitter` decides: the stop ends no sentence
/// (`डॉ.`, `एस.`, `ई.पू.`, `U.S.`, `Mr.`). For the word tokenizer, which
/// keeps such a stop in the token. The splitter's own decision at the stop
/// (bounded: it reads the words around the stop), not a scan.
///
/// The splitter also reads no end where a Latin sentence goes on (before a
/// lowercase word, `,` `;` or `:`): after a Latin word of no abbreviation
/// list that stop closes no abbreviation (`in excel. insert`). Only the
/// word decides: a stop before a comma, a dash, an aside's bracket or a
/// postposition ends no sentence, but stays no word's (`शुभेच्छा.,`).
pub(crate) fn full_stop_closes_abbreviation(splitter: &Splitter, text: &str, dot: usize) -> bool {
    if !full_stop::word_keeps_full_stop(text, dot, splitter) {
        return false;
    }
    let head = text.get(..dot).unwrap_or("");
    let stem =
        head.trim_end_matches(|c: char| !crate::script::is_devanagari(c) && c.is_alphabetic());
    let word = head.get(stem.len()..).unwrap_or("");
    if !word.starts_with(|c: char| c.is_ascii_alphabetic())
        || word.chars().nth(1).is_none()
        || stem.ends_with('.')
    {
        return true;
    }
    abbrev::WordClass::of(word).is_latin_abbreviation()
        || splitter.is_extra_abbreviation(word)
        || matches!(word, "No" | "no" | "Nos" | "p")
}

fn default_splitter() -> &'static Splitter {
    static S: std::sync::LazyLock<Splitter> = std::sync::LazyLock::new(Splitter::default);
    &S
}

/// The sentences of `text`, as slices of it, with the default options.
///
/// ```
/// use devanagari::sentences;
/// let v: Vec<&str> = sentences("विदेश मंत्री एस. जयशंकर ने कहा. वे कल लौटेंगे।").collect();
/// assert_eq!(v, ["विदेश मंत्री एस. जयशंकर ने कहा.", "वे कल लौटेंगे।"]);
/// let v: Vec<&str> = sentences("राम आया और श्याम भी. फिर सब चले गए.").collect();
/// assert_eq!(v.len(), 2);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    default_splitter().sentences(text)
}

/// The sentences of `text` with their byte offsets, with the default options.
///
/// ```
/// use devanagari::sentence_indices;
/// let text = "पहला वाक्य। दूसरा वाक्य?";
/// let v: Vec<(usize, &str)> = sentence_indices(text).collect();
/// assert_eq!(v, [(0, "पहला वाक्य।"), (32, "दूसरा वाक्य?")]);
/// assert_eq!(&text[32..32 + v[1].1.len()], v[1].1);
/// ```
pub fn sentence_indices(text: &str) -> SentenceIndices<'_> {
    default_splitter().sentence_indices(text)
}
