//! Substituted words: a whole lexicon word or phrase standing among
//! Devanagari words (`India और रूस`), unless it is a name or title, a
//! gloss, an English date, a kicker or part of a Latin phrase; and the
//! resolution of neighbouring candidates.

use super::finding::{FindingKind, Hit};
use super::phrase::{longest_phrase, Case};
use super::signs;
use super::tokens::*;
use crate::lexicon::{Entry, Lexicon};
use crate::script::*;
use crate::sentence::{char_at, char_before};
use std::ops::Range;

/// How many tokens the rules below read before a phrase's first token and
/// after its last, at most (the gloss's brackets and the word before the
/// opening one are the farthest): a scan of a stretch of tokens finds what
/// a scan of the whole text finds for every phrase with this many tokens
/// on either side in the stretch (or the text's end there).
pub(super) const CONTEXT_TOKENS: usize = GLOSS_TOKENS + 2;

/// A standalone lexicon word or phrase starting at token `k`, among
/// Devanagari words, added to `candidates` when it may be a substituted
/// word; `toks` are the tokens of a stretch whose first is the `base`th
/// token of the scan (candidates are compared by token index). Returns the
/// index in `toks` after the phrase, or `None` when no phrase starts at
/// `k`.
pub(super) fn substituted<'l>(
    text: &str,
    toks: &[Token],
    base: usize,
    k: usize,
    lexicon: &'l Lexicon,
    candidates: &mut Candidates<'l>,
) -> Option<usize> {
    let phrase = Phrase::read(text, toks, k)?;
    if let Some(c) = candidate(text, toks, &phrase, lexicon) {
        candidates.0.push(c.shifted(base));
    }
    Some(phrase.end)
}

/// The phrase as a candidate substituted word: every word covered by
/// lexicon entries in canonical case, with the characters beside it on the
/// Devanagari side, and no sign of legitimate English (a kicker, a gloss,
/// a name or title, a date, a word beside its own Devanagari word).
fn candidate<'l>(
    text: &str,
    toks: &[Token],
    phrase: &Phrase,
    lexicon: &'l Lexicon,
) -> Option<Candidate<'l>> {
    if !stands_among_devanagari(text, toks, phrase)
        || is_kicker(text, toks, phrase)
        || is_gloss(text, toks, phrase)
    {
        return None;
    }
    let found = entries_covering(text, phrase, lexicon)?;
    if is_name_or_title(&found)
        || is_english_date(text, toks, phrase, &found)
        || is_beside_itself(text, toks, phrase, &found)
    {
        return None;
    }
    Some(Candidate {
        first_token: phrase.first,
        end_token: phrase.end,
        left: left_side(text, toks, phrase),
        right: right_side(text, toks, phrase),
        findings: found
            .into_iter()
            .map(|found| Hit {
                kind: FindingKind::SubstitutedWord,
                token: found.latin.clone(),
                marks: found.latin.end..found.latin.end,
                latin: found.latin,
                entry: Some(found.entry),
            })
            .collect(),
    })
}

/// A phrase of bare Latin words, tokens `first..end`, separated by single
/// spaces or hyphens (`Prime Minister`, `Proto-Indo-European`), with
/// punctuation only at its ends (`(India,`).
struct Phrase {
    /// Its first token.
    first: usize,
    /// The token after its last.
    end: usize,
    /// The opening punctuation before its first word, if any.
    lead: Option<char>,
    /// The closing punctuation after its last word, if any.
    trail: Option<char>,
    /// Its words.
    words: Vec<Range<usize>>,
}

impl Phrase {
    /// The phrase starting at token `k`; `None` when token `k` is no bare
    /// Latin word, or no phrase's first (a bare Latin word before it would
    /// have started the phrase).
    fn read(text: &str, toks: &[Token], k: usize) -> Option<Phrase> {
        let first = bare_word(text, toks.get(k)?)?;
        if first.lead.is_none()
            && token_before(toks, k)
                .and_then(|b| bare_word(text, b))
                .is_some_and(|b| b.trail.is_none())
        {
            return None;
        }
        let mut phrase = Phrase {
            first: k,
            end: k + 1,
            lead: first.lead,
            trail: first.trail,
            words: vec![first.word],
        };
        phrase.take_spaced_words(text, toks);
        phrase.take_hyphenated_words(text, toks);
        Some(phrase)
    }

    /// Adds the bare Latin words that follow, each after a single space,
    /// up to punctuation.
    fn take_spaced_words(&mut self, text: &str, toks: &[Token]) {
        while self.trail.is_none() {
            let Some([last, next]) = toks.get(self.end - 1..=self.end) else {
                break;
            };
            let Some(bare) = bare_word(text, next) else {
                break;
            };
            if bare.lead.is_some() || text.get(last.end..next.start) != Some(" ") {
                break;
            }
            self.words.push(bare.word);
            self.trail = bare.trail;
            self.end += 1;
        }
    }

    /// Adds the bare Latin words joined by hyphens (`Proto-Indo-European`):
    /// a hyphen token right between two bare words.
    fn take_hyphenated_words(&mut self, text: &str, toks: &[Token]) {
        loop {
            let j = self.end - 1;
            let Some(last) = toks.get(j) else {
                break;
            };
            let hyphen = if self.trail == Some('-') {
                j
            } else if self.trail.is_none() && toks.get(j + 1).is_some_and(|t| t.str(text) == "-") {
                j + 1
            } else {
                break;
            };
            let (Some(h), Some(next)) = (toks.get(hyphen), toks.get(hyphen + 1)) else {
                break;
            };
            if h.end != next.start || (self.trail.is_none() && last.end != h.start) {
                break;
            }
            let Some(bare) = bare_word(text, next) else {
                break;
            };
            if bare.lead.is_some() {
                break;
            }
            self.words.push(bare.word);
            self.trail = bare.trail;
            self.end = hyphen + 2;
        }
    }
}

/// Whether the characters right beside the phrase are on the Devanagari
/// side: Devanagari letters, signs or digits, ASCII digits, neutral
/// punctuation, or the text's edge. They are the phrase's own punctuation,
/// else the nearest character of the neighbouring tokens.
fn stands_among_devanagari(text: &str, toks: &[Token], phrase: &Phrase) -> bool {
    let left = phrase
        .lead
        .or_else(|| token_before(toks, phrase.first).and_then(|p| p.str(text).chars().next_back()));
    let right = phrase.trail.or_else(|| {
        toks.get(phrase.end)
            .and_then(|n| n.str(text).chars().next())
    });
    let ok = |c: Option<char>| match c {
        None => true,
        Some(c) => {
            is_word_devanagari(c)
                || is_devanagari_digit(c)
                || c.is_ascii_digit()
                || is_neutral_punctuation(c)
        }
    };
    ok(left) && ok(right)
}

/// Whether the phrase is a kicker: ended by ':' at the start of a line or
/// of a bracket (`India Russia Relations:`, `(Report: ...`).
fn is_kicker(text: &str, toks: &[Token], phrase: &Phrase) -> bool {
    let k = phrase.first;
    let line_start = k == 0 || line_break(text, toks, k - 1, k);
    phrase.trail == Some(':') && (line_start || phrase.lead.is_some_and(is_open_bracket))
}

/// A lexicon entry and the words of the phrase it covers.
struct Covered<'l> {
    latin: Range<usize>,
    entry: &'l Entry,
}

/// The lexicon entries, in canonical case, that cover the phrase's words
/// one after the other, each the longest at its place; `None` when a word
/// is left uncovered.
fn entries_covering<'l>(
    text: &str,
    phrase: &Phrase,
    lexicon: &'l Lexicon,
) -> Option<Vec<Covered<'l>>> {
    let mut words = phrase.words.as_slice();
    let mut found = Vec::new();
    while !words.is_empty() {
        let m =
            longest_phrase(text, words, 0, lexicon, Case::Canonical).filter(|m| m.first == 0)?;
        found.push(Covered {
            latin: m.span(words)?,
            entry: m.entry,
        });
        words = words.get(m.last + 1..)?;
    }
    Some(found)
}

/// How many tokens away the nearest word beside a phrase may stand.
const NEIGHBOUR_TOKENS: usize = 4;

/// Whether token `t` holds a letter of any script.
fn has_letter(text: &str, t: &Token) -> bool {
    t.str(text).chars().any(|c| {
        c.is_ascii_alphabetic() || is_devanagari_letter(c) || (!c.is_ascii() && c.is_alphabetic())
    })
}

/// A terminator: a danda, FULL STOP, QUESTION MARK or EXCLAMATION MARK.
fn ends_sentence(c: char) -> bool {
    is_danda(c) || matches!(c, '.' | '?' | '!')
}

/// The side of the word of token `t`, the `i`th.
fn side_of(text: &str, t: &Token, i: usize) -> Side {
    if t.str(text).chars().any(is_devanagari_letter) {
        Side::Devanagari
    } else if t.latin {
        Side::Latin(i)
    } else {
        Side::Other
    }
}

/// Whether a line break stands between tokens `a` and `b`. A line break
/// ends what counts as a neighbour: a line of its own is a title, a menu or
/// a list item (`Home - News - खेल`).
fn line_break(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    let (Some(a), Some(b)) = (toks.get(a), toks.get(b)) else {
        return false;
    };
    text.get(a.end..b.start)
        .is_some_and(|between| between.contains('\n'))
}

/// The token before token `k`.
fn token_before(toks: &[Token], k: usize) -> Option<&Token> {
    toks.get(..k)?.last()
}

/// The side of the nearest word before the phrase.
///
/// The words beside the phrase, looking past numbers and punctuation
/// (`31 October, 1832 को`): each must be on the Devanagari side, a
/// Devanagari word or another substituted phrase (`India, China और
/// Japan`: decided in `accept`), or nothing: the text's edge, or a
/// boundary, that is brackets or quotes around the phrase, sentence
/// punctuation and line breaks (`“Government वास्तव में`, `है। India
/// में`). A Latin word beyond a comma or a bracket is a neighbour (`Video,
/// Watch`, `(IST) Raipur`).
fn left_side(text: &str, toks: &[Token], phrase: &Phrase) -> Side {
    if phrase.lead.is_some() {
        return Side::Edge;
    }
    let k = phrase.first;
    let before = toks.iter().enumerate().take(k);
    for (i, t) in before.skip(k.saturating_sub(NEIGHBOUR_TOKENS)).rev() {
        if line_break(text, toks, i, i + 1) {
            break;
        }
        // The end of a sentence before: the phrase starts another (in
        // whatever script the sentence before is written).
        if t.str(text).ends_with(ends_sentence) || is_separator(text, t) {
            break;
        }
        if has_letter(text, t) {
            return side_of(text, t, i);
        }
    }
    Side::Edge
}

/// The side of the nearest word after the phrase (see [`left_side`]).
fn right_side(text: &str, toks: &[Token], phrase: &Phrase) -> Side {
    if phrase
        .trail
        .is_some_and(|c| ends_sentence(c) || is_closing_mark(c))
    {
        return Side::Edge;
    }
    let end = phrase.end;
    for (i, t) in toks.iter().enumerate().skip(end).take(NEIGHBOUR_TOKENS) {
        if line_break(text, toks, i - 1, i) {
            break;
        }
        if has_letter(text, t) {
            return side_of(text, t, i);
        }
        if t.str(text).starts_with(ends_sentence) || is_separator(text, t) {
            break;
        }
    }
    Side::Edge
}

/// Whether a token is a dash or bar standing alone between spaces, as it
/// separates the items of menus, bylines and titles (`News - Home - News`,
/// `Result - नतीजे`): the word beyond it is no neighbour.
fn is_separator(text: &str, t: &Token) -> bool {
    let spaced = |i: Option<char>| i.is_none_or(char::is_whitespace);
    matches!(
        t.str(text),
        "-" | "\u{2013}" | "\u{2014}" | "|" | "\u{00BB}" | "\u{2022}" | "/"
    ) && spaced(char_before(text, t.start))
        && spaced(char_at(text, t.end))
}

/// Whether a single lexicon word already stands beside its own Devanagari
/// word (`Patna पटना`, `पटना (Patna)`), or is a language name listed among
/// language names (`नेपाली, English, हिन्दी`): a gloss or a menu of
/// languages, not a substitution, which would leave the Hindi word once.
fn is_beside_itself(text: &str, toks: &[Token], phrase: &Phrase, found: &[Covered]) -> bool {
    let [Covered { entry: e, .. }] = found else {
        return false;
    };
    let word = |t: &Token| {
        t.str(text)
            .trim_matches(|c: char| !(is_word_devanagari(c) || c.is_alphanumeric()))
    };
    let neighbours = [token_before(toks, phrase.first), toks.get(phrase.end)];
    neighbours.into_iter().flatten().any(|t| {
        let w = word(t);
        w == e.devanagari || (signs::is_language_name(&e.english) && signs::is_language_name(w))
    })
}

fn is_open_bracket(c: char) -> bool {
    matches!(c, '(' | '[')
}

fn is_close_bracket(c: char) -> bool {
    matches!(c, ')' | ']')
}

/// A closing bracket or a quotation mark after a word.
fn is_closing_mark(c: char) -> bool {
    is_close_bracket(c) || matches!(c, '"' | '\'' | '\u{2019}' | '\u{201D}')
}

/// How many tokens (a hyphen is one) a gloss's brackets may hold besides
/// the phrase (`(2018-05-09 Wednesday)`): a gloss is short, and the
/// look-around stays bounded.
const GLOSS_TOKENS: usize = 8;

/// Whether the phrase is a gloss of the Devanagari word
/// before it: the whole content of brackets opened right after a Devanagari
/// word (`समतल (Plane)`, `बुधवासरः (2018-05-09 Wednesday)`), or right after a
/// language label and its colon (`(अंग्रेज़ी: President)`, `(हिन्दी: गोवा,
/// आङ्ग्ल: Goa)`), or after a language name and `में` (`(अंग्रेज़ी में:
/// Water)`, `अंग्रेज़ी में President`).
fn is_gloss(text: &str, toks: &[Token], phrase: &Phrase) -> bool {
    let (k, end, lead, trail) = (phrase.first, phrase.end, phrase.lead, phrase.trail);
    let tok = |i: usize| toks.get(i).map_or("", |t| t.str(text));
    let holds_devanagari = |i: usize| tok(i).chars().any(is_devanagari_letter);
    if lead.is_none() && k > 0 {
        let label = tok(k - 1);
        // `(अंग्रेज़ी: President)`; `(अंग्रेज़ी में: Water)` and, in running
        // text too, `अंग्रेज़ी में President`: the English word named as
        // such.
        let named_in = matches!(label, "में" | "में:") && k > 1 && signs::is_language_name(tok(k - 2));
        if signs::is_language_label(label) || named_in {
            return true;
        }
    }
    // The opening bracket: the phrase's own, or a token shortly before with
    // no Devanagari between.
    let open = if lead.is_some_and(is_open_bracket) {
        Some(k)
    } else if lead.is_none() {
        (k.saturating_sub(GLOSS_TOKENS)..k)
            .rev()
            .take_while(|&i| !holds_devanagari(i) && !tok(i).contains([')', ']']))
            .find(|&i| tok(i).starts_with(is_open_bracket))
    } else {
        None
    };
    let Some(open) = open else {
        return false;
    };
    let after_devanagari = open > 0
        && tok(open - 1)
            .chars()
            .next_back()
            .is_some_and(is_word_devanagari);
    if !after_devanagari {
        return false;
    }
    // The closing bracket: the phrase's own, or a token shortly after with
    // no Devanagari between.
    trail.is_some_and(is_close_bracket)
        || (trail.is_none()
            && (end..toks.len().min(end + GLOSS_TOKENS))
                .take_while(|&i| !holds_devanagari(i))
                .any(|i| tok(i).contains([')', ']'])))
}

/// Whether a phrase covered by several lexicon entries is a name or title
/// rather than several substitutions side by side: a substituting site
/// replaces one Hindi word among Hindi words, while a run of capitalized
/// English words names a publication, a programme, an event or a place
/// (`India Today`, `Monday Night Football`, `Delhi University`). Three or
/// more entries in a row, or a last word that heads names and titles
/// (`News`, `Festival`, `University`, see `signs`), make the run a name.
fn is_name_or_title(found: &[Covered]) -> bool {
    let capitalized = found.iter().all(|c| {
        c.entry
            .english
            .starts_with(|c: char| c.is_ascii_uppercase())
    });
    found.len() >= 2
        && capitalized
        && (found.len() >= 3
            || found.last().is_some_and(|c| {
                signs::is_title_head(&c.entry.english)
                    || c.entry
                        .english
                        .rsplit(' ')
                        .next()
                        .is_some_and(signs::is_title_head)
            }))
}

/// Whether a phrase ends in a date written the English way: a month followed
/// by the day (`March 3, 2025`, `July 25`; Hindi writes `3 मार्च`), or a
/// weekday followed by a date (`Monday, 5 May`, `Sunday, March 3`, a blog's
/// date line). Such a date is English text, kept with the words around it.
fn is_english_date(text: &str, toks: &[Token], phrase: &Phrase, found: &[Covered]) -> bool {
    let (start, end, trail) = (phrase.first, phrase.end, phrase.trail);
    let Some(last) = found.last().map(|c| c.entry) else {
        return false;
    };
    let Some(next) = toks.get(end).map(|t| t.str(text)) else {
        return false;
    };
    if signs::is_month(&last.english) {
        // `1 January 49 ईसा पूर्व`: a day before the month is the Hindi order.
        let day_before = found.len() == 1
            && token_before(toks, start).is_some_and(|t| signs::is_day_after_month(t.str(text)));
        return trail.is_none() && !day_before && signs::is_day_after_month(next);
    }
    let month = |t: &str| signs::is_month(t.trim_end_matches(|c: char| c.is_ascii_punctuation()));
    let after_next = toks.get(end + 1).map_or("", |t| t.str(text));
    signs::is_weekday_or_month(&last.english)
        && matches!(trail, None | Some(','))
        && (month(next) || (signs::is_day_after_month(next) && month(after_next)))
}

/// Where a candidate's nearest word stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// No word within reach: the text's edge, or only numbers and
    /// punctuation.
    Edge,
    /// A Devanagari word.
    Devanagari,
    /// A token with Latin letters (token index): another candidate, whose
    /// own side on this side then counts, or a Latin word that is none.
    Latin(usize),
    /// A word of another script, or a Latin word that is no candidate.
    Other,
}

/// A phrase that is a substituted word if its nearest words on both sides
/// are on the Devanagari side, and at least one is a Devanagari word.
struct Candidate<'l> {
    first_token: usize,
    end_token: usize,
    left: Side,
    right: Side,
    findings: Vec<Hit<'l>>,
}

impl Candidate<'_> {
    /// The candidate with its token indices moved on by `base`.
    fn shifted(mut self, base: usize) -> Self {
        self.first_token += base;
        self.end_token += base;
        for side in [&mut self.left, &mut self.right] {
            if let Side::Latin(w) = side {
                *w += base;
            }
        }
        self
    }
}

/// The candidate substituted words of a text, in text order.
#[derive(Default)]
pub(super) struct Candidates<'l>(Vec<Candidate<'l>>);

impl<'l> Candidates<'l> {
    /// The findings of the candidates [`accept`] accepts.
    pub(super) fn into_accepted_findings(self) -> impl Iterator<Item = Hit<'l>> {
        let accepted = accept(&self.0);
        self.0
            .into_iter()
            .zip(accepted)
            .filter(|(_, accepted)| *accepted)
            .flat_map(|(c, _)| c.findings)
    }
}

/// Resolves the candidates' sides through neighbouring candidates, in both
/// directions along the text, and accepts those with both sides on the
/// Devanagari side and a Devanagari word on one: whether each is accepted.
fn accept(candidates: &[Candidate]) -> Vec<bool> {
    let left = resolved(candidates.iter(), |c| c.left);
    let right = resolved(candidates.iter().rev(), |c| c.right);
    left.into_iter()
        .zip(right.into_iter().rev())
        .map(|(l, r)| {
            l != Side::Other && r != Side::Other && (l == Side::Devanagari || r == Side::Devanagari)
        })
        .collect()
}

/// The side `side` of each of `candidates`, resolved in the order they
/// come in: a Latin word that the candidate before covers has that
/// candidate's resolved side; any other Latin word is no candidate.
fn resolved<'c, 'l: 'c>(
    candidates: impl Iterator<Item = &'c Candidate<'l>>,
    side: impl Fn(&Candidate) -> Side,
) -> Vec<Side> {
    let covers = |c: &Candidate, w: usize| c.first_token <= w && w < c.end_token;
    let mut before: Option<(&Candidate, Side)> = None;
    candidates
        .map(|c| {
            let s = match side(c) {
                Side::Latin(w) => match before {
                    Some((b, s)) if covers(b, w) => s,
                    _ => Side::Other,
                },
                s => s,
            };
            before = Some((c, s));
            s
        })
        .collect()
}
