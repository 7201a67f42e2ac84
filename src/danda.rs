//! Which VERTICAL LINEs are dandas (SPEC section 1, rule 7): one decision,
//! read by the normalizer's danda rule and by the sentence splitter, so that
//! splitting a text and splitting its normalized form agree.
//!
//! Writers without a danda key type `|` for it (`राम घर गया| सीता आई|`), but
//! web pages use the same character to separate items: menus and link lists
//! (`आलेख | उपन्यास | कविताएँ`), datelines and bylines (`रायपुर | संवाददाता:`,
//! `संजय उपाध्याय | पटना, 18 सितंबर`), table rows, wiki links and templates
//! (`[[भारत|भारत देश]]`), URLs and code. A run of one or two pipes is read as
//! a danda (or a double danda) only when it closes a sentence:
//!
//! - it follows a Devanagari character (through spaces) and precedes
//!   Devanagari, a quote or bracket, or the line end;
//! - the line is no table row, and the pipe stands inside no `[[ ]]`,
//!   `{{ }}` and is not glued to a URL;
//! - the clause before it (since the line start, the last terminator or the
//!   last pipe) reads as a sentence: four Devanagari words or more, or a
//!   last word that ends sentences (a form of the copula or a verb: `है`,
//!   `गया`, `करेंगे`, `आहे`, `छ`; [`ends_sentences`]) in a clause that is
//!   no item of a menu (short items between pipes typed with spaces:
//!   `होम | संपर्क करें | नियम`, `शेयर करें | ट्वीट करें | ईमेल करें`),
//!   before a pipe not typed against the next word (`नहीं|नही`: variants);
//!   or the pipes open or close a verse number (`||१२||`);
//! - no dateline or byline follows (one or two words, then a colon, or a
//!   comma and a date: `| एजेंसी:`, `| पटना, 18 सितंबर`).
//!
//! The decision reads only what the other normalization rules never change:
//! where words start and end (spaces of every kind, invisible characters
//! and joiners skipped), which characters are letters, digits, dandas,
//! pipes and brackets. So the normalizer can decide a pipe inside a piece of
//! a line from the line's original text before the piece, and running it
//! twice decides the same.

use crate::endings::ends_sentences;
use crate::normalize::space::{ends_devanagari_word, ends_full_stop_run};
use crate::script::*;
use std::ops::Range;

/// What a run of pipes and dandas becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Run {
    /// Left as it is.
    Keep,
    /// DANDA.
    Danda,
    /// DOUBLE DANDA.
    DoubleDanda,
}

/// The bytes of a word kept for the [`ends_sentences`] lookup (no listed
/// word is longer).
const WORD_BYTES: usize = 32;

/// What a token (a run of non-space characters) starts with, after any
/// punctuation before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum TokenKind {
    /// Only punctuation so far.
    #[default]
    Punctuation,
    /// A Devanagari letter: the token is a word of the clause.
    Word,
    /// Another letter (`Posted on: May 3`): a word, but no sign that the
    /// clause is a Devanagari sentence.
    OtherWord,
    /// A digit: the token is a number.
    Number,
    /// A dependent sign (a word torn by a tokenizer: `क ् या`): no new word.
    Mark,
}

/// The token being read, or the last one read.
#[derive(Clone, Copy, Debug, Default)]
struct Token {
    /// Being read: no space since its last character.
    open: bool,
    kind: TokenKind,
    /// Its first bytes (invisible characters and joiners skipped).
    bytes: [u8; WORD_BYTES],
    len: u8,
    /// Longer than `bytes`.
    long: bool,
    /// The last two characters, to find `://` anywhere in it.
    last_two: [char; 2],
    /// `://` was in it.
    scheme: bool,
}

impl Token {
    fn start(&mut self) {
        *self = Token {
            open: true,
            ..Token::default()
        };
    }

    fn push(&mut self, c: char) {
        if self.kind == TokenKind::Punctuation {
            // (A sign a tokenizer may have torn from the word before makes
            // the token part of that word; other combining marks, which
            // rule 5 may turn into Latin accents, are skipped.)
            self.kind = if is_dependent_sign(c)
                && c != DEVANAGARI_SIGN_VISARGA
                && !matches!(c, '\u{0951}'..='\u{0954}')
            {
                TokenKind::Mark
            } else if unicode_normalization::char::is_combining_mark(c) {
                TokenKind::Punctuation
            } else if is_devanagari_letter(c) {
                TokenKind::Word
            } else if c.is_alphabetic() {
                TokenKind::OtherWord
            } else if is_text_digit(c) {
                TokenKind::Number
            } else {
                TokenKind::Punctuation
            };
        }
        self.scheme |= self.last_two == [':', '/'] && c == '/';
        self.last_two = [self.last_two[1], c];
        let mut buf = [0; 4];
        let b = c.encode_utf8(&mut buf).as_bytes();
        let at = usize::from(self.len);
        match self.bytes.get_mut(at..at + b.len()) {
            Some(slot) => {
                slot.copy_from_slice(b);
                self.len += b.len() as u8;
            }
            None => self.long = true,
        }
    }

    fn text(&self) -> &str {
        if self.long {
            return "";
        }
        self.bytes
            .get(..usize::from(self.len))
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }

    /// A URL: `://` in it, or it starts as one does (`www.`, in any case,
    /// or a bare host before its path: [`crate::url::url_start`]).
    fn is_url(&self) -> bool {
        self.scheme
            || self
                .bytes
                .get(..usize::from(self.len))
                .is_some_and(|b| crate::url::url_start(b).is_some())
    }
}

/// A line read up to some position, as the danda decision needs it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineState {
    /// Whether a lone CR starts a new line (as the normalizer's rule 1
    /// makes it, by default) or is a space.
    cr_breaks_line: bool,
    /// Nothing but spaces read since the line start.
    at_line_start: bool,
    /// The line starts with a pipe: a table row.
    table_row: bool,
    /// Open `[[` and `{{`.
    open_links: u8,
    open_templates: u8,
    /// Open `(` since the last DANDA, and the words since the last `(` or
    /// pipe kept inside: pipes between short items inside parentheses
    /// separate alternatives or the parts of a reference (`(फॉन्ट|संवाद)`,
    /// `(गीता २|४७)`), see [`PAREN_ITEM_WORDS`].
    open_parens: u8,
    paren_item_words: u8,
    /// The last character read (for `[[`, `]]`, `{{`, `}}`).
    prev: char,
    /// The last cluster read that is not a space, as the decision reads it:
    /// its base (the last character of canonical combining class 0) and
    /// whether a VIRAMA is among the marks after the base. The rules may
    /// reorder those marks (canonical order puts VIRAMA before the accents)
    /// or replace one (rule 5), but keep the base and the VIRAMA, so what
    /// the decision reads of a cluster is the same before and after them.
    last_base: Option<char>,
    virama_after_base: bool,
    /// Words since the last boundary (saturating).
    words: u8,
    /// A number since the last boundary.
    number: bool,
    /// The last boundary was a danda, or pipes read as one.
    after_danda: bool,
    /// The last boundary was a run of pipes kept as it is: the clause after
    /// it is an item of a menu or a list, or follows a dateline.
    after_kept_pipes: bool,
    /// A FULL STOP (or an ellipsis or ABBREVIATION SIGN) was the last
    /// character: a boundary if a space follows.
    stop: bool,
    token: Token,
}

/// A combining mark that canonical ordering may move (a nonzero canonical
/// combining class: NUKTA, VIRAMA, the Vedic accents, Latin accents).
/// Devanagari and ASCII, most of what the decision reads, are answered
/// without the table lookup.
#[inline]
fn is_reordered_mark(c: char) -> bool {
    match c {
        '\0'..='\u{02FF}' => false,
        '\u{0900}'..='\u{097F}' => matches!(
            c,
            DEVANAGARI_SIGN_NUKTA | DEVANAGARI_SIGN_VIRAMA | '\u{0951}'..='\u{0954}'
        ),
        _ => unicode_normalization::char::canonical_combining_class(c) != 0,
    }
}

/// Invisible characters and joiners: the normalizer removes most of them,
/// so the decision never sees them.
#[inline]
fn is_transparent(c: char) -> bool {
    is_invisible(c) || is_joiner(c)
}

impl LineState {
    /// The state at the start of a line. `cr_breaks_line`: whether a lone
    /// CR ends a line.
    pub(crate) fn line_start(cr_breaks_line: bool) -> Self {
        LineState {
            cr_breaks_line,
            at_line_start: true,
            table_row: false,
            open_links: 0,
            open_templates: 0,
            open_parens: 0,
            paren_item_words: 0,
            prev: '\n',
            last_base: None,
            virama_after_base: false,
            words: 0,
            number: false,
            after_danda: false,
            after_kept_pipes: false,
            stop: false,
            token: Token::default(),
        }
    }

    /// Reads `c`, which is no pipe or DANDA (those come in runs, see
    /// [`walk`]).
    fn read(&mut self, c: char) {
        if is_transparent(c) {
            return;
        }
        if c == '\n' || (c == '\r' && self.cr_breaks_line) {
            *self = LineState::line_start(self.cr_breaks_line);
            return;
        }
        let stop = std::mem::take(&mut self.stop);
        if c.is_whitespace() {
            self.token.open = false;
            if stop {
                self.boundary(false);
            }
            self.prev = ' ';
            return;
        }
        self.at_line_start = false;
        match (self.prev, c) {
            ('[', '[') => self.open_links = self.open_links.saturating_add(1),
            (']', ']') => self.open_links = self.open_links.saturating_sub(1),
            ('{', '{') => self.open_templates = self.open_templates.saturating_add(1),
            ('}', '}') => self.open_templates = self.open_templates.saturating_sub(1),
            (_, '(') => {
                self.open_parens = self.open_parens.saturating_add(1);
                self.paren_item_words = 0;
            }
            (_, ')') => self.open_parens = self.open_parens.saturating_sub(1),
            _ => {}
        }
        // (A bracket used in a pair is not the first of the next pair.)
        self.prev = if matches!(c, '[' | ']' | '{' | '}') && self.prev == c {
            ' '
        } else {
            c
        };
        // After a VIRAMA a tokenizer tore (`क ् या`), a token goes on the
        // word before: no new word.
        let after_virama = self.virama_after_base;
        if is_reordered_mark(c) {
            self.virama_after_base |= c == DEVANAGARI_SIGN_VIRAMA;
        } else {
            self.last_base = Some(c);
            self.virama_after_base = false;
        }
        if matches!(c, '?' | '!' | DEVANAGARI_DOUBLE_DANDA) {
            self.token.open = false;
            self.boundary(c == DEVANAGARI_DOUBLE_DANDA);
            return;
        }
        if !self.token.open {
            self.close_token();
            self.token.start();
            if after_virama {
                self.token.kind = TokenKind::Mark;
            }
        }
        self.token.push(c);
        self.stop = matches!(c, '.' | '\u{2026}' | DEVANAGARI_ABBREVIATION_SIGN);
    }

    /// Reads `letters`, a run of [`plain_letters_len`]'s characters, after
    /// a character that left the token open as a word, number or mark: what
    /// [`LineState::read`] does a character at a time, where none of them
    /// changes more than the last character, the last base and the token's
    /// bytes.
    fn read_plain_letters(&mut self, letters: &str) {
        let mut last_two = letters.chars().rev();
        let (Some(last), before) = (last_two.next(), last_two.next()) else {
            return;
        };
        self.stop = false;
        self.at_line_start = false;
        self.prev = last;
        self.last_base = Some(last);
        self.virama_after_base = false;
        let token = &mut self.token;
        token.last_two = [before.unwrap_or(token.last_two[1]), last];
        // (Every character is three bytes: those that fit are kept, as
        // `Token::push` keeps them one at a time.)
        let at = usize::from(token.len);
        let room = (WORD_BYTES - at.min(WORD_BYTES)) / 3 * 3;
        let kept = letters.len().min(room);
        if let (Some(slot), Some(b)) = (
            token.bytes.get_mut(at..at + kept),
            letters.as_bytes().get(..kept),
        ) {
            slot.copy_from_slice(b);
            token.len += kept as u8;
        }
        token.long |= kept < letters.len();
    }

    /// Counts the token just read (before a new one starts, or before a
    /// run).
    fn close_token(&mut self) {
        match self.token.kind {
            TokenKind::Word => {
                self.words = self.words.saturating_add(1);
                self.paren_item_words = self.paren_item_words.saturating_add(1);
            }
            TokenKind::Number => self.number = true,
            TokenKind::Punctuation | TokenKind::OtherWord | TokenKind::Mark => {}
        }
        // Counted once.
        if self.token.kind != TokenKind::Mark {
            self.token.kind = TokenKind::Punctuation;
        }
    }

    /// A terminator, pipe or danda: a new clause starts.
    fn boundary(&mut self, danda: bool) {
        // (A DANDA closes what a parenthesis left open: a stage direction
        // whose `)` was never typed keeps no pipe after it.)
        if danda {
            self.open_parens = 0;
        }
        self.words = 0;
        self.number = false;
        self.after_danda = danda;
        self.after_kept_pipes = false;
        self.token = Token::default();
    }

    /// Decides the run of `len` pipes and DANDAs (`pipes` of them pipes)
    /// that follows, with `after` the text after it, and reads it.
    fn run(&mut self, pipes: usize, len: usize, last: char, after: Ahead<'_>) -> Run {
        let glued_url = self.token.open && self.token.is_url();
        // The word before the run, if any, for `ends_sentences`.
        let last_word = (self.token.kind == TokenKind::Word).then_some(self.token);
        self.close_token();
        self.stop = false;
        if self.at_line_start {
            self.at_line_start = false;
            self.table_row = pipes > 0;
        }
        let run = if len > 2 {
            Run::Keep
        } else if pipes == 0 || self.pipes_end_sentence(glued_url, last_word, len, after) {
            if len == 2 {
                Run::DoubleDanda
            } else if pipes > 0 {
                Run::Danda
            } else {
                Run::Keep
            }
        } else {
            Run::Keep
        };
        let danda = (pipes == 0 && len <= 2) || run != Run::Keep;
        self.boundary(danda);
        self.after_kept_pipes = pipes > 0 && run == Run::Keep;
        if self.after_kept_pipes {
            self.paren_item_words = 0;
        }
        self.prev = last;
        self.last_base = Some(last);
        self.virama_after_base = false;
        run
    }

    /// Whether the pipes being read stand inside parentheses after a short
    /// item ([`PAREN_ITEM_WORDS`] words at most since the `(` or the last
    /// pipe kept there). A longer clause is a stage direction or an aside
    /// whose `)` was never typed (`(… पर्स गायब छलैन| …`), where the pipe
    /// is a danda.
    fn in_parenthesized_item(&self) -> bool {
        self.open_parens > 0 && self.paren_item_words <= PAREN_ITEM_WORDS
    }

    /// Whether a run of pipes closes a sentence (see the module doc).
    fn pipes_end_sentence(
        &self,
        glued_url: bool,
        last_word: Option<Token>,
        len: usize,
        after: Ahead<'_>,
    ) -> bool {
        if self.table_row
            || self.open_links > 0
            || self.open_templates > 0
            || self.in_parenthesized_item()
            || glued_url
        {
            return false;
        }
        // A refrain's mark between double pipes (`… चरणी || धृ ||`), read
        // as a verse number is (a double run only).
        let closes_refrain = len == 2
            && self.words == 1
            && self.after_danda
            && last_word.is_some_and(|w| is_refrain_mark(w.text()));
        if closes_refrain && may_follow_danda(after.next_visible()) {
            return true;
        }
        if !self.last_base.is_some_and(is_devanagari) || !may_follow_danda(after.next_visible()) {
            return false;
        }
        let closes_verse_number = self.words == 0 && self.number && self.after_danda;
        let opens_refrain = len == 2 && after.opens_refrain();
        if closes_verse_number || after.opens_verse_number() || opens_refrain {
            return true;
        }
        // Not before a number (`२०७५ | ५४ पटक हेरिएको`: a date, then a
        // count), after a byline (`… संवाददाता | शहर में …`), or inside a
        // wiki link whose `[[` the scrape lost (`…|ग्राम]]`).
        if after.next_visible().is_some_and(is_text_digit)
            || last_word.is_some_and(|w| is_byline_word(w.text()))
            || after.closes_link()
        {
            return false;
        }
        // A short clause ends a sentence by its last word, unless the pipe
        // is typed as menus type it, a space before and none after
        // (`संपर्क करें |नियम`), or the clause is an item of a menu, the pipe
        // typed with a space before it: after a pipe kept as a separator
        // (`होम | संपर्क करें | नियम`), or before the rest of a menu
        // (`लॉग इन करें | रजिस्टर करें | होम`, `शेयर करें | ट्वीट करें |
        // ईमेल करें`). Prose types its pipes against the word (`राम घर
        // गया| सीता आई|`, `नई दिल्ली | वह घर गया|`), or ends its line with
        // one (`वह कल आएगा | हम तैयार हैं |`).
        // Nor a pipe typed against both words (`ढोंगी|ढोङ्गी`, `नहीं|नही`:
        // variants, items of a list): prose that types a pipe for a danda
        // leaves a space after it, or a clause of four words shows it.
        let menu_item = self.prev == ' ' && (self.after_kept_pipes || after.menu_items_follow());
        let short_sentence = last_word.is_some_and(|w| ends_sentences(w.text()))
            && !after.starts_with_letter()
            && !menu_item;
        let label_tail = self.prev == ' ' && after.label_tail_follows();
        (self.words >= 4 || short_sentence) && !after.dateline_follows() && !label_tail
    }
}

/// Whether a character may follow a danda (after spaces): Devanagari,
/// quotes and brackets. `None` is the end of the line.
fn may_follow_danda(c: Option<char>) -> bool {
    match c {
        None | Some('\n' | '\r') => true,
        Some(c) => {
            is_devanagari(c)
                || matches!(
                    c,
                    '"' | '\''
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '\u{201C}'..='\u{201D}' // LEFT ..= RIGHT DOUBLE QUOTATION MARK
                        | '\u{2018}'..='\u{2019}' // LEFT ..= RIGHT SINGLE QUOTATION MARK
                )
        }
    }
}

/// The text after a run: the rest of the text read, then `tail` (what
/// follows it on the line, when the text is a piece of a line). Read a few
/// characters at most.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ahead<'a> {
    rest: &'a str,
    tail: &'a str,
}

impl<'a> Ahead<'a> {
    fn chars(self) -> impl Iterator<Item = char> + Clone + 'a {
        self.rest
            .chars()
            .chain(self.tail.chars())
            .filter(|&c| !is_transparent(c))
    }

    /// Whether `]]` follows on the line before any `[[` (within
    /// [`LINK_LOOK`] characters): the pipe stands inside a wiki link.
    fn closes_link(self) -> bool {
        if no_bracket_before_line_end(self.rest) {
            return false;
        }
        self.closes_link_read()
    }

    /// [`Ahead::closes_link`] read a character at a time.
    fn closes_link_read(self) -> bool {
        let mut prev = ' ';
        for c in self.chars().take(LINK_LOOK) {
            match (prev, c) {
                (']', ']') => return true,
                ('[', '[') => return false,
                (_, '\n' | '\r') => return false,
                _ => {}
            }
            prev = c;
        }
        false
    }

    /// Whether a letter follows at once, with no space.
    fn starts_with_letter(self) -> bool {
        self.chars()
            .next()
            .is_some_and(|c| is_devanagari_letter(c) || c.is_alphabetic())
    }

    /// The next character that is not a space or tab (a line break counts).
    fn next_visible(self) -> Option<char> {
        self.chars()
            .find(|&c| !(c.is_whitespace() && c != '\n' && c != '\r'))
    }

    /// Spaces, a number (digits, perhaps with `-` or `.` inside: `१-२`,
    /// `१.२`), spaces, then a pipe or danda: a verse number.
    fn opens_verse_number(self) -> bool {
        number_then_danda(self.chars(), Reading::Forward)
    }

    /// Spaces, a refrain's mark ([`REFRAIN_MARKS`]), spaces, then a pipe
    /// or danda.
    fn opens_refrain(self) -> bool {
        // (Read as labels are, see `label_chars`.)
        let mut cs = label_chars(self.chars()).take(LABEL_LOOK).peekable();
        while cs.next_if(|&c| is_label_space(c)).is_some() {}
        let mut word = [0u8; WORD_BYTES];
        let mut len = 0;
        while let Some(c) = cs.next_if(|&c| is_devanagari(c) && !is_verse_danda(c)) {
            let Some(slot) = word.get_mut(len..len + c.len_utf8()) else {
                return false;
            };
            len += c.encode_utf8(slot).len();
        }
        // (A mark may be abbreviated: `धृ.`.)
        while cs.next_if(|&c| c == '.').is_some() {}
        while cs.next_if(|&c| is_label_space(c)).is_some() {}
        let is_mark = word
            .get(..len)
            .and_then(|w| std::str::from_utf8(w).ok())
            .is_some_and(is_refrain_mark);
        is_mark && cs.next().is_some_and(is_verse_danda)
    }

    /// Whether the line goes on as a menu: an item of one to three words,
    /// then pipes, then more of the line (`| रजिस्टर करें | होम`, `| ट्वीट
    /// करें | ईमेल करें`), so that the pipes separate three items at least,
    /// the short ones between pipes. Pipes that end the line close a
    /// sentence (`| फिर आया |`). Reads at most 64 characters.
    fn menu_items_follow(self) -> bool {
        let mut cs = self.chars().take(LOOK_AHEAD).peekable();
        let Some((words, Some('|'))) = short_words(&mut cs, 3) else {
            return false;
        };
        while cs.next_if(|&c| c == '|' || is_label_space(c)).is_some() {}
        words > 0 && cs.peek().is_some_and(|&c| c != '\n' && c != '\r')
    }

    /// Whether a site's or a section's label ends the line after the pipe:
    /// one to three words, the last a [`LABEL_WORDS`] word, with no
    /// terminator, perhaps trailed off (`…`, `...`) before a link: `… प्रस्ताव ठुकराया |
    /// तिरुवनंतपुरम समाचार`, `… | मुख्य समाचार`, `… | भिडियो...`. A headline
    /// and its label, not two sentences.
    fn label_tail_follows(self) -> bool {
        let mut cs = self.chars().take(LOOK_AHEAD).peekable();
        let mut words = 0;
        let mut last = String::new();
        loop {
            while cs.next_if(|c| is_label_space(*c)).is_some() {}
            match cs.peek() {
                Some(&c) if is_devanagari_letter(c) => {
                    words += 1;
                    if words > 3 {
                        return false;
                    }
                    last.clear();
                    while let Some(c) = cs.next_if(|&c| is_devanagari_letter_or_mark(c)) {
                        // (The table is NFC: a letter with NUKTA written as
                        // one character, `ख़` U+0959, is read as NFC has it.)
                        unicode_normalization::char::decompose_canonical(c, |d| last.push(d));
                    }
                }
                Some('\n' | '\r') | None => break,
                Some('.' | '\u{2026}') => {
                    // Trailed off, perhaps before a link (`भिडियो...
                    // https://…`), then the line's end.
                    let rest: String = cs.take_while(|&c| c != '\n' && c != '\r').collect();
                    let rest = rest.trim_start_matches(['.', '\u{2026}']).trim();
                    if !(rest.is_empty() || rest.starts_with("http") && !rest.contains(' ')) {
                        return false;
                    }
                    break;
                }
                Some(_) => return false,
            }
        }
        words > 0 && LABEL_WORDS.contains(&last.as_str())
    }

    /// One or two words, then a colon (`| एजेंसी:`, `| संवाददाता :`), or a
    /// comma and a digit or a month: a dateline or byline (`| पटना, 18
    /// सितंबर`, `| नई दिल्ली, जुलाई 14`).
    fn dateline_follows(self) -> bool {
        let mut cs = self.chars().take(LOOK_AHEAD).peekable();
        let words = match short_words(&mut cs, 2) {
            Some((words, Some(':'))) => return words > 0,
            Some((words, Some(','))) => words,
            _ => return false,
        };
        cs.next();
        while cs.next_if(|c| is_label_space(*c)).is_some() {}
        let mut word = String::new();
        for c in cs {
            if is_text_digit(c) {
                return words > 0 && word.is_empty();
            }
            if !is_devanagari_letter_or_mark(c) {
                break;
            }
            word.push(c);
        }
        words > 0 && is_month(&word)
    }
}

/// Reads spaces and at most `max` words (Devanagari letters and signs, or
/// other letters) from `cs`: how many were read and the character that
/// ended the reading (left in `cs`), or `None` when a word more follows.
fn short_words(
    cs: &mut std::iter::Peekable<impl Iterator<Item = char>>,
    max: usize,
) -> Option<(usize, Option<char>)> {
    let mut words = 0;
    loop {
        while cs.next_if(|c| is_label_space(*c)).is_some() {}
        match cs.peek() {
            Some(&c) if is_devanagari_letter(c) || c.is_alphabetic() => {
                words += 1;
                if words > max {
                    return None;
                }
                while cs
                    .next_if(|&c| is_devanagari_letter_or_mark(c) || c.is_alphabetic())
                    .is_some()
                {}
            }
            other => return Some((words, other.copied())),
        }
    }
}

/// The length of the run of Devanagari characters at the start of `bytes`
/// that [`LineState::read`] reads as the last character and the last base
/// of a word and nothing more: every character of U+0900..U+097F but the
/// marks canonical ordering moves (NUKTA, VIRAMA, the stress signs and
/// accents U+0951..U+0954), the DANDAs, and the ABBREVIATION SIGN (a stop).
/// The bulk of a line's words, stepped over three bytes at a time.
fn plain_letters_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(&[0xE0, second @ (0xA4 | 0xA5), third]) = bytes.get(n..n + 3) {
        let cp = (u32::from(second) & 0x3F) << 6 | (u32::from(third) & 0x3F);
        let plain = !matches!(
            cp,
            0x093C | 0x094D | 0x0951..=0x0954 | 0x0964 | 0x0965 | 0x0970
        );
        if !plain {
            break;
        }
        n += 3;
    }
    n
}

/// How many characters after a pipe the wiki link's `]]` is looked for.
const LINK_LOOK: usize = 200;

/// Whether the first [`LINK_LOOK`] characters of `rest` that are not
/// [transparent](is_transparent) show that no `]]` follows on the line
/// before a `[[`: no bracket comes before the line's end, or before a
/// point that the look cannot pass. Found by a byte search: most pipes
/// stand on lines without brackets (`false` means "read them").
fn no_bracket_before_line_end(rest: &str) -> bool {
    // (A character is at most 4 bytes: the look's characters are within
    // this many bytes, when none of them is transparent.)
    const BYTES: usize = 4 * LINK_LOOK;
    let window = rest.as_bytes().get(..BYTES).unwrap_or(rest.as_bytes());
    let first = memchr::memchr3(b'[', b']', b'\n', window);
    let first_cr = memchr::memchr(b'\r', window);
    match first.into_iter().chain(first_cr).min() {
        Some(k) => matches!(window.get(k), Some(b'\n' | b'\r')),
        // No bracket and no line end: the window holds the whole look when
        // it is full and none of its characters is transparent (their
        // first bytes are E2, EF or C2; any such byte sends the look to the
        // character reading).
        None => window.len() == BYTES && memchr::memchr3(0xE2, 0xEF, 0xC2, window).is_none(),
    }
}

/// How many characters after a pipe the look-aheads for menus, datelines
/// and labels read ([`Ahead`]).
const LOOK_AHEAD: usize = 64;

/// The words a site's or a section's label ends in, after a headline and
/// a pipe (`| तिरुवनंतपुरम समाचार`, `| मुख्य समाचार`, `| भिडियो`): news,
/// video, photo, live, update, in Hindi, Marathi and Nepali spellings.
const LABEL_WORDS: [&str; 17] = [
    "अपडेट",
    "खबर",
    "खबरें",
    "ख़बर",
    "ख़बरें",
    "तस्वीरें",
    "न्यूज",
    "न्यूज़",
    "फ़ोटो",
    "फोटो",
    "बातमी",
    "बातम्या",
    "भिडियो",
    "लाइव",
    "विडियो",
    "वीडियो",
    "समाचार",
];

/// Walks `text[from..to]` from `state`, calling `on_run(range, run)` for
/// each run of pipes and DANDAs in it; `tail` is what follows `text` on its
/// line (the runs near the end read it). Runs start and end inside
/// `text[from..]`, never cut by `to`.
///
/// # Complexity
/// Linear in `to - from`.
pub(crate) fn walk(
    state: &mut LineState,
    text: &str,
    from: usize,
    to: usize,
    tail: &str,
    mut on_run: impl FnMut(Range<usize>, Run),
) {
    let mut i = from;
    while i < to {
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        if c != VERTICAL_LINE && c != DEVANAGARI_DANDA {
            state.read(c);
            i += c.len_utf8();
            // The rest of a Devanagari word, read at once.
            let letters = plain_letters_len(text.as_bytes().get(i..to).unwrap_or(&[]));
            if letters > 0 && state.token.open && state.token.kind != TokenKind::Punctuation {
                state.read_plain_letters(text.get(i..i + letters).unwrap_or(""));
                i += letters;
            }
            continue;
        }
        let (mut end, mut pipes, mut len, mut last) = (i, 0, 0, c);
        for d in text.get(i..).unwrap_or("").chars() {
            if d != VERTICAL_LINE && d != DEVANAGARI_DANDA {
                break;
            }
            pipes += usize::from(d == VERTICAL_LINE);
            len += 1;
            end += d.len_utf8();
            last = d;
        }
        let after = Ahead {
            rest: text.get(end..).unwrap_or(""),
            tail,
        };
        let run = state.run(pipes, len, last, after);
        on_run(i..end, run);
        i = end;
    }
}

/// Reads a text's lines forward to ask for the state at increasing
/// positions; each byte is read once, so asking at every pipe of a text
/// stays linear.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineCursor {
    /// Where the state was read to.
    pos: usize,
    state: LineState,
}

impl Default for LineCursor {
    fn default() -> Self {
        LineCursor::new(true)
    }
}

impl LineCursor {
    /// A cursor at the start of a text. `cr_breaks_line`: whether a lone CR
    /// ends a line.
    pub(crate) fn new(cr_breaks_line: bool) -> Self {
        LineCursor {
            pos: 0,
            state: LineState::line_start(cr_breaks_line),
        }
    }

    /// The state of the line read up to `pos` (which no run straddles).
    /// Positions asked in increasing order are read once; an earlier one
    /// is read again from its line's start.
    pub(crate) fn state_at(&mut self, text: &str, pos: usize) -> LineState {
        let cr = if self.state.cr_breaks_line {
            b'\r'
        } else {
            b'\n'
        };
        let breaks = |h: &[u8]| memchr::memrchr2(b'\n', cr, h);
        let restart_at = if pos < self.pos {
            Some(
                text.get(..pos)
                    .and_then(|h| breaks(h.as_bytes()))
                    .map_or(0, |k| k + 1),
            )
        } else {
            text.get(self.pos..pos)
                .and_then(|h| breaks(h.as_bytes()))
                .map(|k| self.pos + k + 1)
        };
        if let Some(line_start) = restart_at {
            *self = LineCursor {
                pos: line_start,
                state: LineState::line_start(self.state.cr_breaks_line),
            };
        }
        walk(&mut self.state, text, self.pos, pos, "", |_, _| {});
        self.pos = self.pos.max(pos);
        self.state
    }

    /// The decision for the run of pipes and DANDAs that starts at `pos`,
    /// and the run's end (`Keep` for a position inside a run).
    pub(crate) fn run_at(&mut self, text: &str, pos: usize) -> (Run, usize) {
        let mut state = self.state_at(text, pos);
        if self.pos > pos {
            // Inside a run read before.
            return (Run::Keep, self.pos);
        }
        let next = text.get(pos..).and_then(|r| r.chars().next());
        let mut found = (Run::Keep, pos + next.map_or(1, char::len_utf8));
        walk(&mut state, text, pos, pos + 1, "", |range, run| {
            found = (run, range.end);
        });
        self.state = state;
        self.pos = found.1;
        found
    }
}

/// Whether a character opens or closes a verse number: DANDA, DOUBLE
/// DANDA, or a pipe typed for one.
fn is_verse_danda(c: char) -> bool {
    matches!(c, '|' | DEVANAGARI_DANDA | DEVANAGARI_DOUBLE_DANDA)
}

/// Whether the run of dandas (or pipes) at `at` in `text` opens or closes
/// a verse number, refrain or reference (`॥ १ ॥`, `।। ३-४ ।।`, `॥१.२॥`,
/// `॥धृ॥`): a label and another run follow it, or precede it (spaces or
/// tabs around the label). Rule 9 keeps the space before such a run: it is
/// no sentence punctuation.
///
/// `lone_cr_is_space`: a CR is read as the SPACE rule 1 makes of a lone one
/// (see [`frame_opens_before`]; a CR before LF reads as a space before the
/// line's end, which no label crosses).
pub(crate) fn in_verse_number(text: &str, at: usize, lone_cr_is_space: bool) -> bool {
    let after = text.get(at..).unwrap_or("");
    let after = after.trim_start_matches(is_verse_danda);
    let before = text.get(..at).unwrap_or("");
    let (forward, backward) = (after.chars(), before.chars().rev());
    // (A CR is looked for within the most bytes a label read takes.)
    let reach = 4 * LABEL_REACH;
    let near = |s: &[u8]| memchr::memchr(b'\r', s).is_some();
    let cr_near = || {
        near(after.as_bytes().get(..reach).unwrap_or(after.as_bytes()))
            || near(
                before
                    .as_bytes()
                    .get(before.len().saturating_sub(reach)..)
                    .unwrap_or(&[]),
            )
    };
    if lone_cr_is_space && cr_near() {
        let cr_read = |c: char| if c == '\r' { ' ' } else { c };
        return label_then_danda(forward.map(cr_read), Label::NumberOrMark, Reading::Forward)
            || label_then_danda(
                backward.map(cr_read),
                Label::NumberOrMark,
                Reading::Backward,
            )
            || opens_number_ending_line(text, at, true);
    }
    // (Without the mapping where no CR is read: this is asked at every
    // space before a danda.)
    label_then_danda(forward, Label::NumberOrMark, Reading::Forward)
        || label_then_danda(backward, Label::NumberOrMark, Reading::Backward)
        || opens_number_ending_line(text, at, false)
}

/// The most digits of a verse number that ends its line unclosed
/// ([`opens_number_ending_line`]).
const UNCLOSED_NUMBER_DIGITS: usize = 4;

/// Whether the run of dandas at `at` is a DOUBLE DANDA (`॥`, `।।`, `||`)
/// followed by a number that ends the line, its closing dandas left out, as
/// printed books number verses (`महादेवात्मको विभुः ॥ ७०`): the run opens a
/// verse number, and the space before it stays as in `विभुः ॥ ७० ॥`.
fn opens_number_ending_line(text: &str, at: usize, lone_cr_is_space: bool) -> bool {
    let rest = text.get(at..).unwrap_or("");
    let after = rest.trim_start_matches(is_verse_danda);
    let run = rest.get(..rest.len() - after.len()).unwrap_or("");
    if !(run.contains(DEVANAGARI_DOUBLE_DANDA) || run.chars().nth(1).is_some()) {
        return false;
    }
    // (Read as the label rules read, and a lone CR as the SPACE rule 1
    // makes of it where the caller reads so: the fixes in place and the
    // passes agree.)
    let cr_read = |c: char| {
        if lone_cr_is_space && c == '\r' {
            ' '
        } else {
            c
        }
    };
    let mut cs = label_chars(after.chars().map(cr_read)).skip_while(|&c| is_label_space(c));
    let mut digits = 0;
    let end = loop {
        match cs.next() {
            Some(c) if is_text_digit(c) => {
                digits += 1;
                if digits > UNCLOSED_NUMBER_DIGITS {
                    return false;
                }
            }
            other => break other,
        }
    };
    let end = match end {
        Some(c) if is_label_space(c) => cs.find(|&c| !is_label_space(c)),
        other => other,
    };
    digits > 0 && matches!(end, None | Some('\n' | '\r'))
}

/// Whether `text[..at]` ends with a number that a DOUBLE DANDA (any
/// spelling) opens (`विभुः ॥ ७०`, spaces between, at most
/// [`UNCLOSED_NUMBER_DIGITS`] digits): a line cut into pieces there would
/// show [`opens_number_ending_line`] a line's end that is none. Reads
/// [`LABEL_REACH`] characters back at most.
pub(crate) fn ends_with_opened_number(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let mut cs = label_chars(before.chars().rev())
        .take(LABEL_REACH)
        .skip_while(|&c| is_label_space(c))
        .peekable();
    let mut digits = 0;
    while cs.next_if(|&c| is_text_digit(c)).is_some() {
        digits += 1;
    }
    if !(1..=UNCLOSED_NUMBER_DIGITS).contains(&digits) {
        return false;
    }
    let mut cs = cs.skip_while(|&c| is_label_space(c));
    match (cs.next(), cs.next()) {
        (Some(DEVANAGARI_DOUBLE_DANDA), _) => true,
        (Some(a), Some(b)) => is_verse_danda(a) && is_verse_danda(b),
        _ => false,
    }
}

/// How far back the opening dandas of a framed title are looked for
/// ([`closes_frame`]), in characters as a label weighs them
/// ([`label_weight`], a run of spaces weighing one): a measure the rules
/// before rule 9 leave as it was, so that the fixes in place, which read
/// the input, and the passes, which read it after NFC and the other rules,
/// find the same frames (a review's property run: a long framed line with
/// `ज़`, which NFC writes in two characters).
const FRAME_REACH: usize = 120;

/// The most characters a frame's look reads, whatever they weigh: the
/// look stays bounded on a run of signs that weigh nothing.
const FRAME_READ: usize = 4 * FRAME_REACH;

/// Whether the line that `at` stands on starts, within [`FRAME_REACH`]
/// characters before `at`, with a DOUBLE DANDA in any spelling (after
/// spaces and transparent characters): the quick test of [`in_frame`],
/// which the normalizer asks at every cut it finds. Finds the line's start
/// with a byte search (a line break within four bytes a character of
/// [`FRAME_READ`], or the text's start), not by reading characters.
fn line_opens_with_double_danda(text: &str, at: usize, lone_cr_is_space: bool) -> bool {
    let from = crate::rewrite::floor_char_boundary(text, at.saturating_sub(4 * FRAME_READ));
    let window = text.as_bytes().get(from..at).unwrap_or(&[]);
    let found = if lone_cr_is_space {
        // (A CR before LF is found as the LF after it.)
        memchr::memrchr(b'\n', window)
    } else {
        memchr::memrchr2(b'\n', b'\r', window)
    };
    let line_start = match found {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let line = text
        .get(line_start..at)
        .unwrap_or("")
        .trim_start_matches(|c: char| is_frame_space(c, lone_cr_is_space) || is_transparent(c));
    let mut first = label_chars(line.chars());
    double_danda_spelling(first.next(), first.next()).is_some()
}

/// Whether the run of dandas (or pipes) at `at` in `text` closes a framed
/// title or line (`॥ श्री हनुमंत स्तुति ॥`, `।। गणपतिबाप्पा मोरया ।।`): it is a
/// DOUBLE DANDA in any spelling, and before it on its line (within
/// [`FRAME_REACH`] characters) stand words with no danda, pipe or
/// terminator among them, a space, and a DOUBLE DANDA first on the line.
/// Rule 9 keeps the space before such a run, as the frame's opening keeps
/// the one after it: the frame stays even. (Read as the label rules read,
/// [`label_chars`], so that the fixes in place and the passes agree.)
pub(crate) fn closes_frame(text: &str, at: usize, lone_cr_is_space: bool) -> bool {
    let mut ahead = label_chars(text.get(at..).unwrap_or("").chars());
    double_danda_spelling(ahead.next(), ahead.next()).is_some()
        && frame_opens_before(text, at, false, lone_cr_is_space)
}

/// Whether `at` stands after the opening of a framed title on its line
/// ([`closes_frame`]): before it, within [`FRAME_REACH`] characters, words
/// with no danda, pipe or terminator among them, a space, and a DOUBLE
/// DANDA first on the line. The driver cuts no line there, so that the
/// closing dandas are decided with the opening in sight. With
/// `empty_title`, also right after the opening DOUBLE DANDA and its space:
/// the driver cuts no line there either.
///
/// `lone_cr_is_space`: a CR not before LF is read as the SPACE rule 1 makes
/// of it ([`crate::LoneCrPolicy::ToSpace`]), not as a line break, so that the
/// fixes in place, which read the input, judge a frame as the passes do
/// after rule 1 (found by the property tests: `॥ \rकहानी ॥`).
pub(crate) fn frame_opens_before(
    text: &str,
    at: usize,
    empty_title: bool,
    lone_cr_is_space: bool,
) -> bool {
    if !line_opens_with_double_danda(text, at, lone_cr_is_space) {
        return false;
    }
    let before = text.get(..at).unwrap_or("");
    let (mut weight, mut after_space) = (0, false);
    let mut back = label_chars(before.chars().rev())
        .take(FRAME_READ)
        .take_while(move |&c| {
            let space = is_frame_space(c, lone_cr_is_space);
            if !(space && after_space) {
                weight += label_weight(c);
            }
            after_space = space;
            weight <= FRAME_REACH
        })
        .peekable();
    // (Read backward: `right` is the character after `c` in the text.)
    let (mut right, mut title) = (None, empty_title);
    while let Some(c) = back.next() {
        if is_verse_danda(c) {
            let opening = double_danda_spelling(Some(c), back.peek().copied());
            if opening == Some(2) {
                back.next();
            }
            while back
                .next_if(|&c| is_frame_space(c, lone_cr_is_space))
                .is_some()
            {}
            let line_start = matches!(back.next(), None | Some('\n' | '\r'));
            return opening.is_some() && title && right.is_some_and(is_label_space) && line_start;
        }
        let space = is_frame_space(c, lone_cr_is_space);
        if (!space && matches!(c, '\n' | '\r')) || crate::sentence::chars::is_terminator(c) {
            return false;
        }
        title |= !space;
        right = Some(if space { ' ' } else { c });
    }
    false
}

/// A space inside a frame's line: a label space, or (`lone_cr_is_space`) a
/// CR, which rule 1 makes a SPACE or removes beside one (a CR before LF is
/// never read: the line ends at the LF).
fn is_frame_space(c: char, lone_cr_is_space: bool) -> bool {
    is_label_space(c) || (lone_cr_is_space && c == '\r')
}

/// Spaces, a number (digits in groups joined by `-` or `.`), spaces, then
/// a danda or pipe: read forward or backward, within [`LABEL_LOOK`].
fn number_then_danda(chars: impl Iterator<Item = char> + Clone, reading: Reading) -> bool {
    label_then_danda(chars, Label::Number, reading)
}

/// What may stand between the dandas of a verse number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    /// A number (`१२`, `३-४`, `१.२`).
    Number,
    /// A token with digits ([`NUMBER_LABEL_WEIGHT`] at most: a number, a
    /// reference `चसं-२,३.४`), or a refrain mark ([`MARK_WEIGHT`] at most:
    /// `धृ`, `ध्रु`, `ॐ`); lengths by [`label_weight`].
    NumberOrMark,
}

/// A space around the label of a verse number: SPACE, a TAB, or a space
/// the normalizer makes SPACE (rule 1).
fn is_label_space(c: char) -> bool {
    c == ' ' || c == '\t' || is_unusual_space(c)
}

/// The characters of a text around a verse number as the label rules read
/// them: without invisible characters and joiners, which the normalizer
/// removes there (rules 2 and 3) or keeps inside a conjunct, so that a
/// label reads the same before those rules and after them, and the fixes
/// in place and the cuts of a line into pieces can judge the input
/// (`॥ १ \u{200B}॥` is `॥ १ ॥`, `॥क\u{200B}ख॥` is `॥कख॥`; found by the
/// property tests). For the same reason a dash reads as the HYPHEN-MINUS
/// and HORIZONTAL ELLIPSIS as a FULL STOP, as the ASCII punctuation fold
/// writes them (`॥ —2024 ॥` is `॥ -2024 ॥`).
fn label_chars(chars: impl Iterator<Item = char>) -> impl Iterator<Item = char> {
    chars.filter(|&c| !is_transparent(c)).map(label_char)
}

/// [`label_chars`] of `text` with their offsets, forward or backward.
fn label_char_indices(text: &str) -> impl DoubleEndedIterator<Item = (usize, char)> + '_ {
    text.char_indices()
        .filter(|&(_, c)| !is_transparent(c))
        .map(|(i, c)| (i, label_char(c)))
}

/// A character as a label reads it: what the ASCII punctuation fold makes
/// of a dash or an ellipsis (see [`crate::normalize::nlp`]), else itself.
fn label_char(c: char) -> char {
    match crate::normalize::nlp::ascii_punctuation(c) {
        Some("-") => '-',
        Some("...") => '.',
        _ => c,
    }
}

/// The most words of an item between pipes inside parentheses
/// ([`LineState::in_parenthesized_item`]).
const PAREN_ITEM_WORDS: u8 = 3;

/// The most a mark label weighs ([`label_weight`]): one or two letters
/// with their signs (`धृ`, `ध्रु`, `ॐ`).
const MARK_WEIGHT: usize = 2;

/// The marks of a refrain (Marathi and Hindi devotional verse: `धृ`,
/// `ध्रु`, for *dhrupad*), which stand between dandas as a verse number does.
/// Only marks within [`MARK_WEIGHT`], which rule 9 and the splitter read as
/// labels too ([`Label::NumberOrMark`]): the frame stays even (the spelled
/// out `ध्रुपद` is no such label, and its pipes stay pipes).
const REFRAIN_MARKS: [&str; 2] = ["ध्रु", "धृ"];

/// Whether `word` is one of the [`REFRAIN_MARKS`], perhaps abbreviated
/// with a FULL STOP (`धृ.`).
fn is_refrain_mark(word: &str) -> bool {
    REFRAIN_MARKS.contains(&word.trim_end_matches('.'))
}

/// The most a label with digits weighs (`१२-१३`, `चसं-२,३.४`).
const NUMBER_LABEL_WEIGHT: usize = 16;

/// The most a label read weighs ([`label_weight`]): the spaces, the label,
/// the spaces and the danda or pipe after it.
const LABEL_LOOK: usize = 24;

/// The most characters a label read takes, whatever they weigh: the look
/// stays bounded on a run of signs that weigh nothing. (Beyond it, on
/// dozens of stacked signs, the fixes in place and the passes may read a
/// label differently; no text writes one so.)
pub(crate) const LABEL_REACH: usize = 4 * LABEL_LOOK;

/// What a character weighs toward the length of a label and the reach of
/// the look: a measure that the rules before rule 9 leave as it was, so the
/// fixes in place, which read the input, and the passes, which read what
/// the earlier rules made of it, judge a label alike (found by the property
/// tests: `॥ रोज़ ॥` is `॥ रोज ॥` after the NUKTA fold, `॥ काा ॥` is
/// `॥ का ॥` after a repeat goes, `॥ ङ्क ॥` is `॥ ंक ॥` after the nasal
/// fold). A dependent vowel sign, NUKTA and VIRAMA weigh nothing (repeats
/// collapse, split signs join, a vowel letter takes its sign, NFC composes a
/// NUKTA letter, the folds drop a NUKTA or write a VIRAMA); HORIZONTAL
/// ELLIPSIS weighs three (the ASCII fold writes `...`); anything else one.
/// A run of spaces is read as one space (rule 1 makes it one). So a mark's
/// length counts its letters, and a mark is one or two of them
/// ([`Label::NumberOrMark`]; before this measure, three characters of any
/// kind: `ध्रु` was no mark, `कमल` was one).
fn label_weight(c: char) -> usize {
    match c {
        DEVANAGARI_SIGN_NUKTA | DEVANAGARI_SIGN_VIRAMA => 0,
        '\u{2026}' => 3, // HORIZONTAL ELLIPSIS
        c if is_dependent_vowel_sign(c) => 0,
        _ => 1,
    }
}

/// The spellings of a DOUBLE DANDA that opens or closes a verse number:
/// the character, two DANDAs, two pipes. Given a character and the one
/// after it (or before it, read backward), how many of the two spell one.
fn double_danda_spelling(first: Option<char>, second: Option<char>) -> Option<usize> {
    match (first?, second) {
        (DEVANAGARI_DOUBLE_DANDA, _) => Some(1),
        (a @ (DEVANAGARI_DANDA | VERTICAL_LINE), Some(b)) if a == b => Some(2),
        _ => None,
    }
}

/// Whether `s` ends with a DOUBLE DANDA, in any of its spellings
/// (invisible characters and joiners skipped, see [`label_chars`]). Asked
/// at every sentence end: the last two characters answer, and only where
/// one of them is invisible are they read again without it.
pub(crate) fn ends_with_double_danda(s: &str) -> bool {
    let mut rev = s.chars().rev();
    let (last, before) = (rev.next(), rev.next());
    if last.is_some_and(is_transparent) || before.is_some_and(is_transparent) {
        let mut visible = label_chars(s.chars().rev());
        return double_danda_spelling(visible.next(), visible.next()).is_some();
    }
    double_danda_spelling(last, before).is_some()
}

/// A character a label may hold (read as [`label_char`] maps it):
/// Devanagari, ASCII digits, `-`, `.` and `,`.
fn is_label_char(c: char) -> bool {
    is_devanagari(c) || c.is_ascii_digit() || matches!(c, '-' | '.' | ',')
}

/// Which way a label is read: from the dandas that open it, or back from
/// the dandas that close it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    Forward,
    Backward,
}

/// Spaces, a label (see [`Label`]), spaces, then a danda or pipe: read
/// forward or backward, without invisible characters and joiners (see
/// [`label_chars`]) and with a run of spaces as one, within [`LABEL_LOOK`]
/// of weight ([`label_weight`]) and [`LABEL_REACH`] characters. Spaces that
/// rule 9 removes inside a label (before a COMMA or a sentence-final FULL
/// STOP after a Devanagari word: `१९ ,२०`) are read as gone, so the label
/// reads the same before rule 9 and after it (found by the property tests).
///
/// (One loop, not a chain of iterator adapters: this is asked at every
/// space before a danda, and the chain cost about 8 % of normalizing news
/// text with such spaces, `perf/realtext` damaged.)
fn label_then_danda(
    chars: impl Iterator<Item = char> + Clone,
    label: Label,
    reading: Reading,
) -> bool {
    /// Where the read is: in the spaces before the label, in the label,
    /// after a space in it (which may be rule 9's), or after it (spaces,
    /// then the danda or pipe).
    #[derive(PartialEq)]
    enum Part {
        Open,
        Label,
        Spaced,
        Close,
    }
    let mut part = Part::Open;
    let (mut len, mut digits, mut number) = (0, 0, true);
    // The FULL STOPs at the label's end in the text, which a mark may take
    // (`॥ध्रु.॥`, an abbreviation): read forward, those since the last
    // other character; read backward, those before the first.
    let (mut stops_since_other, mut stops_before_other, mut other_read) = (0, 0, false);
    let (mut prev, mut weighed, mut after_space) = (' ', 0, false);
    // Read backward: what follows the run of FULL STOPs being read, in the
    // text (`None`: the dandas the read starts from).
    let (mut last, mut after_stops) = (None, None);
    let mut cs = chars.filter(|&c| !is_transparent(c)).take(LABEL_REACH);
    while let Some(c) = cs.next() {
        // The common character first: a Devanagari letter or sign inside
        // the label (or starting it), which no mapping or space rule
        // touches and which makes the label no number. (About 2 % of
        // normalizing damaged news text, `perf/realtext`.)
        if matches!(c, '\u{0900}'..='\u{0963}') && matches!(part, Part::Open | Part::Label) {
            let weight = label_weight(c);
            weighed += weight;
            if weighed > LABEL_LOOK {
                return false;
            }
            after_space = false;
            last = Some(c);
            prev = c;
            number = false;
            len += weight;
            (stops_since_other, other_read) = (0, true);
            part = Part::Label;
            continue;
        }
        let space = is_label_space(c);
        if space && after_space {
            continue;
        }
        after_space = space;
        let weight = label_weight(c);
        let c = label_char(c);
        if c == '.' && last != Some('.') {
            after_stops = last;
        }
        last = Some(c);
        if space {
            match part {
                // Weighed once it is known not to be rule 9's.
                Part::Label => part = Part::Spaced,
                _ => weighed += weight,
            }
            continue;
        }
        if part == Part::Spaced {
            let removed_by_rule_9 = match reading {
                Reading::Forward => {
                    ends_devanagari_word(prev)
                        && (c == ',' || (c == '.' && stops_end_sentence(cs.clone())))
                }
                Reading::Backward => {
                    ends_devanagari_word(c)
                        && (prev == ','
                            || (prev == '.'
                                && after_stops.is_some()
                                && ends_full_stop_run(after_stops)))
                }
            };
            if removed_by_rule_9 {
                part = Part::Label;
            } else {
                weighed += 1;
                part = Part::Close;
            }
        }
        weighed += weight;
        if weighed > LABEL_LOOK {
            return false;
        }
        if part != Part::Close && !(c.is_whitespace() || is_verse_danda(c)) {
            // (No two `-` side by side: a label never takes two characters
            // that the normalizer may cut a line between, `-` being the one
            // such of its characters.)
            if !is_label_char(c) || (c == '-' && prev == '-') {
                return false;
            }
            prev = c;
            let digit = is_text_digit(c);
            digits += usize::from(digit);
            number &= digit || (digits > 0 && matches!(c, '-' | '.'));
            len += weight;
            if c == '.' {
                stops_since_other += 1;
                stops_before_other += usize::from(!other_read);
            } else {
                (stops_since_other, other_read) = (0, true);
            }
            part = Part::Label;
            continue;
        }
        let fits = match label {
            Label::Number => digits > 0 && number,
            Label::NumberOrMark => {
                let end_stops = match reading {
                    Reading::Forward => stops_since_other,
                    Reading::Backward => stops_before_other,
                };
                let mark = len.saturating_sub(end_stops);
                (digits > 0 && len <= NUMBER_LABEL_WEIGHT) || (1..=MARK_WEIGHT).contains(&mark)
            }
        };
        return is_verse_danda(c) && fits;
    }
    false
}

/// Whether what follows a FULL STOP (read forward, the stop itself read)
/// makes its run sentence-final as rule 9 reads it ([`ends_full_stop_run`]
/// after more stops).
fn stops_end_sentence(mut rest: impl Iterator<Item = char>) -> bool {
    ends_full_stop_run(rest.find(|&c| label_char(c) != '.'))
}

/// After the dandas that open a verse number, refrain or reference
/// (`॥ १२ ॥`, `॥धृ॥`, `।। चसं-२,३.४ ।।`): the length up to the end of the
/// closing DOUBLE DANDA (or `।।`, `||`), if `after` starts so.
pub(crate) fn verse_label_end(after: &str) -> Option<usize> {
    if !label_then_danda(after.chars(), Label::NumberOrMark, Reading::Forward) {
        return None;
    }
    // Where the closing dandas stand, read as `label_then_danda` read them
    // (within its bounded look).
    let mut cs = label_char_indices(after).peekable();
    while cs.next_if(|&(_, c)| is_label_space(c)).is_some() {}
    while cs
        .next_if(|&(_, c)| !(c.is_whitespace() || is_label_space(c) || is_verse_danda(c)))
        .is_some()
    {}
    while cs.next_if(|&(_, c)| is_label_space(c)).is_some() {}
    let first = cs.next();
    let second = cs.next();
    let (i, c) = match double_danda_spelling(first.map(|x| x.1), second.map(|x| x.1))? {
        1 => first?,
        _ => second?,
    };
    Some(i + c.len_utf8())
}

/// Whether the FULL STOP (or any character) at `at` stands inside the
/// label of a verse number (`॥क.ख॥`, `।। ४.७ ।।`), which the splitter keeps
/// whole with its verse ([`verse_label_end`] after the dandas that open
/// it): no sentence ends there. Looks back over at most the label's reach
/// for those dandas. Not where those dandas stand first on their line or
/// after another terminator: there they end no sentence (a frame that
/// opens, `॥क०क.क॥` at a line's start), so the splitter keeps no label
/// with them (found by the property tests).
pub(crate) fn in_verse_label(text: &str, at: usize) -> bool {
    let Some(open_end) = verse_danda_end_before(text, at) else {
        return false;
    };
    label_after(text, open_end).is_some_and(|end| end > at)
        && ends_words(text, open_end)
        && opens_label(text, open_end)
}

/// Whether the run of dandas and pipes ending at `end` follows words on
/// its line: something other than a terminator stands before it, past
/// spaces and invisible characters.
fn ends_words(text: &str, end: usize) -> bool {
    let head = text.get(..end).unwrap_or("");
    let before = head
        .trim_end_matches(is_verse_danda)
        .trim_end_matches(|c: char| is_label_space(c) || is_transparent(c));
    before
        .chars()
        .next_back()
        .is_some_and(|c| c != '\n' && c != '\r' && !crate::sentence::chars::is_terminator(c))
}

/// The end of the danda or pipe before `pos` where a label that `pos`
/// stands in (or closes) would open, within [`LABEL_REACH`] characters.
///
/// Read back as [`label_then_danda`] reads a label forward: only label
/// characters, and a run of spaces inside the label only before a COMMA or
/// FULL STOP (rule 9's); past any other run the opening dandas must come
/// at once. So at the FULL STOPs of prose, where this is asked at every
/// one, the read stops within the word before the stop. (Reading the whole
/// reach there cost a third of splitting period-ended Hindi.)
fn verse_danda_end_before(text: &str, pos: usize) -> Option<usize> {
    // (A run of spaces read before any label character is the label's
    // closing spaces, or rule 9's before the stop at `pos`.)
    let (mut read_label, mut in_spaces, mut after_spaces) = (false, false, None);
    for (k, c) in text.get(..pos)?.char_indices().rev().take(LABEL_REACH) {
        if is_transparent(c) {
            continue;
        }
        if is_verse_danda(c) {
            return Some(k + c.len_utf8());
        }
        if is_label_space(c) {
            in_spaces = true;
            continue;
        }
        let c = label_char(c);
        let in_label = is_label_char(c);
        let past_opening_spaces =
            in_spaces && read_label && !matches!(after_spaces, Some(',' | '.'));
        if !in_label || past_opening_spaces {
            return None;
        }
        in_spaces = false;
        read_label = true;
        after_spaces = Some(c);
    }
    None
}

/// When the dandas ending at `open_end` end with a DOUBLE DANDA and a
/// label follows them ([`verse_label_end`]): the end of its closing DOUBLE
/// DANDA.
fn label_after(text: &str, open_end: usize) -> Option<usize> {
    if !ends_with_double_danda(text.get(..open_end)?) {
        return None;
    }
    let len = verse_label_end(text.get(open_end..)?)?;
    Some(open_end + len)
}

/// The most links [`opens_label`] follows back through a chain of labels.
const LABEL_CHAIN: usize = 16;

/// Whether the DOUBLE DANDA that ends at `end` opens the label after it as
/// the splitter reads it: the splitter keeps one label with the DOUBLE
/// DANDA that ends a sentence, so a DOUBLE DANDA that closes a label opens
/// none (`॥०॥क. ॥`: `क.` is a sentence). In a chain of labels, each closed
/// by the next DOUBLE DANDA (`॥१॥२॥`), the runs alternate, opening and
/// closing, from the first: read back that far, [`LABEL_CHAIN`] links at
/// most (found by the property tests).
fn opens_label(text: &str, end: usize) -> bool {
    let mut closings = 0;
    let mut at = end;
    for _ in 0..LABEL_CHAIN {
        match label_closed_at(text, at) {
            Some(before) => {
                closings += 1;
                at = before;
            }
            None => break,
        }
    }
    closings % 2 == 0
}

/// When the DOUBLE DANDA that ends at `end` closes a label opened by a
/// DOUBLE DANDA before it ([`verse_label_end`] of that one ends here): where
/// that one ends.
fn label_closed_at(text: &str, end: usize) -> Option<usize> {
    let head = text.get(..end)?;
    // The first character of the closing DOUBLE DANDA, in any spelling.
    let mut last = label_char_indices(head).rev();
    let (i, c) = last.next()?;
    let closing_start = match c {
        DEVANAGARI_DOUBLE_DANDA => i,
        DEVANAGARI_DANDA | VERTICAL_LINE => last.next().filter(|&(_, d)| d == c)?.0,
        _ => return None,
    };
    let open_end = verse_danda_end_before(text, closing_start)?;
    (label_after(text, open_end) == Some(end)).then_some(open_end)
}

/// Words that end a byline or a credit before a pipe: correspondent,
/// agency, bureau, desk (Hindi, Marathi, Nepali spellings).
fn is_byline_word(word: &str) -> bool {
    matches!(
        word,
        "संवाददाता"
            | "प्रतिनिधि"
            | "प्रतिनिधी"
            | "एजेंसी"
            | "एजेन्सी"
            | "ब्यूरो"
            | "ब्युरो"
            | "डेस्क"
            | "रिपोर्टर"
    )
}

/// Month names (Hindi, Marathi, Nepali), for datelines.
fn is_month(word: &str) -> bool {
    matches!(
        word,
        "जनवरी"
            | "फरवरी"
            | "फ़रवरी"
            | "मार्च"
            | "अप्रैल"
            | "अप्रेल"
            | "मई"
            | "जून"
            | "जुलाई"
            | "अगस्त"
            | "सितंबर"
            | "सितम्बर"
            | "अक्टूबर"
            | "अक्तूबर"
            | "नवंबर"
            | "नवम्बर"
            | "दिसंबर"
            | "दिसम्बर"
            | "जानेवारी"
            | "फेब्रुवारी"
            | "एप्रिल"
            | "जुलै"
            | "ऑगस्ट"
            | "सप्टेंबर"
            | "ऑक्टोबर"
            | "नोव्हेंबर"
            | "डिसेंबर"
            | "बैशाख"
            | "वैशाख"
            | "जेठ"
            | "असार"
            | "साउन"
            | "भदौ"
            | "असोज"
            | "कात्तिक"
            | "मंसिर"
            | "पुस"
            | "माघ"
            | "फागुन"
            | "चैत"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A generator of numbers below its argument (xorshift from `seed`):
    /// the same lines on every run, so a failure reproduces.
    fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        }
    }

    /// The byte search for a wiki link's `]]` answers as the character
    /// reading does, on lines of brackets, line ends, transparent
    /// characters and letters at every length around its window.
    #[test]
    fn closing_link_found_by_bytes_as_by_characters() {
        let alphabet = [
            "[",
            "]",
            "\n",
            "\r",
            "\u{200D}",
            "\u{00AD}",
            "\u{FEFF}",
            "क",
            "a",
            " ",
            "|",
            "\u{1F600}",
            "“",
        ];
        let mut next = xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..4000 {
            let len = next(700);
            // Mostly letters, so the brackets and line ends fall anywhere.
            let rest: String = (0..len)
                .map(|_| {
                    if next(40) == 0 {
                        alphabet[next(alphabet.len())]
                    } else {
                        ["क", "ि", "a"][next(3)]
                    }
                })
                .collect();
            for tail in ["", "]]", "a]]"] {
                let ahead = Ahead { rest: &rest, tail };
                assert_eq!(
                    ahead.closes_link(),
                    ahead.closes_link_read(),
                    "{rest:?} then {tail:?}"
                );
            }
        }
    }

    /// Walking a text at once (which reads a word's plain letters in bulk)
    /// and a character at a time decide the same runs and leave the same
    /// state.
    #[test]
    fn a_walk_reads_words_in_bulk_as_a_character_at_a_time() {
        let alphabet = [
            "क",
            "न",
            "र",
            "ि",
            "ा",
            "ं",
            "ः",
            "़",
            "्",
            "\u{0951}",
            "।",
            "॥",
            "|",
            "॰",
            " ",
            "[",
            "]",
            "(",
            ")",
            "\u{200D}",
            ".",
            "?",
            "१",
            "2",
            "a",
            "\n",
            "है",
            "://",
            "ऋ",
            "ॐ",
            "\u{0970}",
            // Every transparent character, a lone CR, a character of four
            // bytes, and words longer than a token's 32 bytes, alone and
            // after Latin letters.
            "\u{200C}",
            "\u{00AD}",
            "\u{FEFF}",
            "\u{200E}",
            "\u{2060}",
            "\u{200B}",
            "\r",
            "\u{1F600}",
            "प्रतिस्पर्धात्मकतापूर्वकविश्लेषण",
            "abcप्रतिस्पर्धात्मकतापूर्वक",
        ];
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let text: String = (0..next(60))
                .map(|_| alphabet[next(alphabet.len())])
                .collect();
            let mut whole = LineState::line_start(true);
            let mut runs = Vec::new();
            walk(&mut whole, &text, 0, text.len(), "", |r, run| {
                runs.push((r, run))
            });
            let mut stepped = LineState::line_start(true);
            let mut runs_stepped = Vec::new();
            let mut pos = 0;
            while let Some(c) = text.get(pos..).and_then(|r| r.chars().next()) {
                let mut end = pos + c.len_utf8();
                walk(&mut stepped, &text, pos, end, "", |r, run| {
                    end = end.max(r.end);
                    runs_stepped.push((r, run));
                });
                pos = end;
            }
            assert_eq!(runs, runs_stepped, "{text:?}");
            assert_eq!(format!("{whole:?}"), format!("{stepped:?}"), "{text:?}");
        }
    }

    /// The line with each run of pipes decided: `।` for a danda, `॥` for a
    /// double one.
    fn decide(line: &str) -> String {
        let mut out = String::new();
        let mut copied = 0;
        let mut state = LineState::line_start(true);
        walk(&mut state, line, 0, line.len(), "", |range, run| {
            let with = match run {
                Run::Keep => return,
                Run::Danda => "।",
                Run::DoubleDanda => "॥",
            };
            out.push_str(&line[copied..range.start]);
            out.push_str(with);
            copied = range.end;
        });
        out.push_str(&line[copied..]);
        out
    }

    /// The shortcut of `is_reordered_mark` for ASCII, Latin and Devanagari
    /// agrees with the combining classes of Unicode.
    #[test]
    fn reordered_marks_are_those_of_nonzero_class() {
        for c in ('\0'..='\u{0AFF}').chain(['\u{1CD0}', '\u{A8E0}', '\u{1F600}']) {
            let ccc = unicode_normalization::char::canonical_combining_class(c);
            assert_eq!(is_reordered_mark(c), ccc != 0, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn pipes_that_end_sentences() {
        for (input, want) in [
            // Short sentences ending in a verb, and longer clauses.
            ("मोहन बाज़ार गया| माँ घर आई|", "मोहन बाज़ार गया। माँ घर आई।"),
            ("वह कल आएगा | हम तैयार हैं |", "वह कल आएगा । हम तैयार हैं ।"),
            ("वह कल आएगा| हम तैयार हैं|", "वह कल आएगा। हम तैयार हैं।"),
            ("वह कल आएगा | हम तैयार हैं", "वह कल आएगा । हम तैयार हैं"),
            // A label word that does not end its line, or typed against the
            // pipe's word: a sentence.
            (
                "आज की सभा रद्द हुई | समाचार कल मिलेगा",
                "आज की सभा रद्द हुई । समाचार कल मिलेगा",
            ),
            ("आज की सभा रद्द हुई| समाचार", "आज की सभा रद्द हुई। समाचार"),
            // A dateline, then a short sentence whose pipe is typed against
            // its last word.
            ("नई दिल्ली | वह घर गया|", "नई दिल्ली | वह घर गया।"),
            (
                "उस दिन बहुत तेज़ बारिश हुई थी और सड़कें भर गईं| फिर",
                "उस दिन बहुत तेज़ बारिश हुई थी और सड़कें भर गईं। फिर",
            ),
            ("आप भी आइए| हम इंतज़ार करेंगे||", "आप भी आइए। हम इंतज़ार करेंगे॥"),
            // A parenthesis never closed, or closed before a DANDA: the
            // pipes after a long clause are dandas.
            (
                "(वह बहुत देर तक घर में रहा| फिर गया|",
                "(वह बहुत देर तक घर में रहा। फिर गया।",
            ),
            (
                "(मंच पर अँधेरा। वह आया| फिर गया|",
                "(मंच पर अँधेरा। वह आया। फिर गया।",
            ),
            (
                "गावात पाऊस झाला आहे| शेतकरी खूश आहेत|",
                "गावात पाऊस झाला आहे। शेतकरी खूश आहेत।",
            ),
            (
                "घरमा पाहुना आएका छन्| सबै खुसी छन्|",
                "घरमा पाहुना आएका छन्। सबै खुसी छन्।",
            ),
            // Verse numbers.
            (
                "धर्मक्षेत्रे कुरुक्षेत्रे समवेता युयुत्सवः ||१||",
                "धर्मक्षेत्रे कुरुक्षेत्रे समवेता युयुत्सवः ॥१॥",
            ),
            ("श्लोक || ३-४ ||", "श्लोक ॥ ३-४ ॥"),
            ("एक छंद। १|", "एक छंद। १।"),
            // A refrain's mark between double pipes, as a verse number; not
            // another short word, which menus put between pipes.
            ("मन रमे हरिचरणी || धृ ||", "मन रमे हरिचरणी ॥ धृ ॥"),
            ("हरि बोला || ध्रु || पुढे", "हरि बोला ॥ ध्रु ॥ पुढे"),
            ("हरि बोला ||ध्रु.|| पुढे", "हरि बोला ॥ध्रु.॥ पुढे"),
            // Spelled out, no label: the pipes stay.
            ("मन रमे हरिचरणी || ध्रुपद ||", "मन रमे हरिचरणी || ध्रुपद ||"),
            ("होम || खेल || राज्य", "होम || खेल || राज्य"),
        ] {
            assert_eq!(decide(input), want, "{input:?}");
        }
    }

    #[test]
    fn label_words_are_sorted_nfc() {
        use unicode_normalization::UnicodeNormalization;
        assert!(LABEL_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(LABEL_WORDS
            .iter()
            .all(|w| w.nfc().collect::<String>() == *w));
    }

    #[test]
    fn refrain_marks_are_labels() {
        // The pipe rule and the label rules (rule 9, the splitter) read a
        // refrain's mark alike.
        for mark in REFRAIN_MARKS {
            for text in [format!("{mark}॥"), format!(" {mark}. ॥")] {
                assert!(verse_label_end(&text).is_some(), "{text:?}");
            }
        }
    }

    #[test]
    fn pipes_that_separate_items() {
        for input in [
            // Menus and link lists, items that end in a verb among them.
            "मुखपृष्ठ | देश | विदेश | खेल | मनोरंजन",
            "होम | हमारे बारे में | संपर्क करें | गोपनीयता नीति",
            "लॉग इन करें | रजिस्टर करें | होम",
            "शेयर करें | ट्वीट करें | ईमेल करें",
            "कविता || कहानी || लेख",
            "समाचार |राजनीति |खेल जगत |फ़िल्मी दुनिया",
            // Datelines and bylines.
            "लखनऊ | प्रदेश में आज से नई योजना शुरू होगी।",
            "भोपाल| शहर में आज भी बारिश होती रही।",
            "हमारे संवाददाता | नागपुर",
            "गाँव के स्कूल में नया भवन बना रीना वर्मा | जयपुर, 12 मार्च",
            "सुनील कुमार सिंह | नई दिल्ली, जनवरी 4",
            "Updated: 4 May 2021 मुंबई | प्रतिनिधि: शहर में आज भारी बारिश होती रही।",
            "ताज़ा खबरें और विस्तृत रिपोर्ट यहाँ पढ़ें | ब्यूरो : राज्य",
            "बाढ़ से गाँव में भारी नुकसान हुआ मोहन शर्मा, नगर संवाददाता | शहर में आज भी पानी भरा है।",
            "प्रकाशित तिथि : सोमवार, 3 जून 2019 | 54 बार पढ़ा गया",
            "वह पञ्चमे वर्षे ग्रामम्|ग्राम]] क्षेत्रे अवसत्",
            // Alternatives and references inside parentheses.
            "अपना नाम लिखें (शीर्षक|पृष्ठभूमि|फ़ॉन्ट|संवाद)",
            "यह श्लोक पढ़िए (गीता २|४७)",
            // A site's or a section's label after a headline.
            "नगर निगम ने नई पार्किंग नीति को मंज़ूरी दी | जयपुर समाचार",
            "बाँध बनाउने काम अझै सुरु भएको छैन | मुख्य समाचार",
            "नयाँ गीत सार्वजनिक गरिन् | भिडियो... https://example.com/v/1",
            // A letter with NUKTA written as one character.
            "नगर निगम ने नई पार्किंग नीति को मंज़ूरी दी | जयपुर \u{0959}बर",
            // Tables, links, templates, URLs, code, Latin.
            "| ज़िला | आबादी |",
            "[[भारत|भारत गणराज्य]] एक देश है",
            "{{ज्ञानसन्दूक|नाम=अजय कुमार|जन्म=१९६०}}",
            "देखें https://hi.example.org/wiki/भारत|सूची यहाँ है",
            "cat नोट | grep यह",
            "गया |Read more",
            // Too long a run.
            "वह आया|||",
        ] {
            assert_eq!(decide(input), input, "{input:?}");
        }
    }

    #[test]
    fn verse_numbers() {
        let at = |t: &str, k: &str| in_verse_number(t, t.find(k).unwrap(), false);
        assert!(at("सञ्जय ॥ १ ॥", "॥"));
        assert!(in_verse_number("सञ्जय ॥ १ ॥", "सञ्जय ॥ १ ".len(), false));
        assert!(at("श्लोक ।। ३-४ ।।", "।।"));
        assert!(at("वेदः ॥१.२॥ अगला", "॥"));
        assert!(!at("राम गया । १० लोग आए ।", "।"));
        assert!(!at("यह सच है ॥", "॥"));
        assert!(at("मन माझे रंगले ॥धृ॥", "॥"));
        assert!(at("अयम् ।। चसं-२,३.४ ।। इति", "।।"));
        // A mark is one or two letters, each with its signs: the Marathi
        // refrain `ध्रु` is one; a word of three letters between dandas is
        // a sentence (`इत्येके । आद्ये ।`).
        assert!(at("मेघ श्यामा ॥ध्रु॥ काय", "॥"));
        assert!(at("गीत ॥ रोज़ ॥", "॥"));
        assert!(!at("इत्येके । आद्ये । पतयति", "।"));
        assert!(!at("वह । कमल । फिर", "।"));
        // The spaces rule 9 removes inside a label are read as gone, both
        // ways.
        assert!(at("श्लोक ॥ १९ ,२० ॥", "॥"));
        assert!(in_verse_number(
            "श्लोक ॥ १९ ,२० ॥",
            "श्लोक ॥ १९ ,२० ".len(),
            false
        ));
        assert!(in_verse_number("श्लोक ॥ १ . ॥", "श्लोक ॥ १ . ".len(), false));
        assert!(!at("श्लोक ॥ 19 ,20 ॥", "॥"));
        assert!(!at("श्लोक ॥ १ .२ ॥", "॥"));
        assert_eq!(verse_label_end(" धृ ॥ पुढे"), Some(" धृ ॥".len()));
        assert_eq!(verse_label_end("१२-१३॥"), Some("१२-१३॥".len()));
        assert_eq!(verse_label_end(" श्री गणेश ॥"), None);
        // Bounded: the label and its closing dandas within the weight and
        // the characters the label rule reads (a run of spaces weighs one,
        // a vowel sign nothing), and nothing past them is scanned.
        let spaced = format!("{}{}{}॥", " ".repeat(30), "१".repeat(16), "\t".repeat(30));
        assert_eq!(verse_label_end(&spaced), Some(spaced.len()));
        let near = format!("क{}॥", "\u{093E}".repeat(LABEL_REACH - 2));
        assert_eq!(verse_label_end(&near), Some(near.len()));
        let far = format!("क{}॥", "\u{093E}".repeat(LABEL_REACH - 1));
        assert_eq!(verse_label_end(&far), None);
        assert_eq!(verse_label_end(&"क".repeat(1 << 20)), None);
    }

    /// Deciding at any position from the state read up to it gives what
    /// the walk over the whole line gives.
    #[test]
    fn cursor_agrees_with_the_walk() {
        let text = "मोहन गया| सीता | राम\nआलेख | कविता | कहानी\r| क | ख |\nवह आया||१||";
        let mut whole = Vec::new();
        let mut state = LineState::line_start(true);
        walk(&mut state, text, 0, text.len(), "", |r, run| {
            whole.push((r.start, run))
        });
        let mut cursor = LineCursor::new(true);
        for &(start, run) in &whole {
            assert_eq!(cursor.run_at(text, start).0, run, "at {start}");
        }
        // Asked out of order, or at every position.
        let mut again = LineCursor::new(true);
        for &(start, run) in whole.iter().rev() {
            assert_eq!(again.run_at(text, start).0, run, "at {start}");
        }
        assert!(whole.iter().filter(|(_, r)| *r != Run::Keep).count() >= 3);
    }
}
