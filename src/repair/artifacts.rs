//! Artifacts: orphan marks (`Governmentी`) and fused tokens (`Indiaवंशी`),
//! the Latin runs inside a token that touch Devanagari letters or signs,
//! and the junctions that are glue rather than substitution damage.

use super::finding::{FindingKind, Hit};
use super::phrase::{longest_phrase, phrase_words, Case, Direction, PhraseMatch};
use super::signs;
use super::tokens::*;
use crate::lexicon::{Entry, Lexicon};
use crate::script::*;
use std::ops::Range;

/// Free function words (postpositions, particles, auxiliaries, conjunctions,
/// pronouns) of Hindi: substitution never glues an English word to one of
/// these, because clean text writes them apart (`भारत से`, not `भारतसे`).
static FUNCTION_WORDS: &[&str] = &[
    "और",
    "एवं",
    "का",
    "कि",
    "की",
    "के",
    "को",
    "जो",
    "तक",
    "तो",
    "था",
    "थी",
    "थे",
    "ने",
    "पर",
    "भी",
    "में",
    "मे",
    "या",
    "यह",
    "ये",
    "वह",
    "वे",
    "से",
    "साथ",
    "ही",
    "है",
    "हैं",
    "हो",
    "द्वारा",
    "नहीं",
    "लिए",
    "इस",
    "उस",
];

/// Nepali case endings and particles that may stand before an English word
/// typed without a space (`मधेसी लेvote`). Not after one: Nepali writes
/// `ले` and `लाई` joined to their noun (`सरकारले`), so `Governmentले` is a
/// substitution's damage, repaired.
static NEPALI_WORDS_BEFORE: &[&str] = &["ले", "लाई", "पनि"];

/// Characters that make a Latin run part of a larger technical token (URL,
/// e-mail, handle, hashtag, file name, identifier).
fn is_technical(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '@' | '#'
                | '/'
                | '\\'
                | '_'
                | '='
                | '&'
                | '%'
                | '+'
                | '*'
                | '<'
                | '>'
                | '$'
                | '~'
                | '|'
        )
}

/// A Latin run inside a token, with what touches it.
struct Run {
    start: usize,
    end: usize,
    /// Devanagari letters or signs right before, inside the token.
    left_fused: bool,
    /// A Devanagari letter right after (looking through joiners).
    right_fused: bool,
    /// A Devanagari dependent sign right after (looking through joiners).
    orphan: bool,
    /// Where the Devanagari after the run starts (after joiners).
    after_joiners: usize,
    /// Another Latin run is separated from this one by joiners only: the two
    /// are one junk word, never repaired.
    joined_to_latin: bool,
}

impl Run {
    /// Whether the run touches Devanagari (fused on a side, or with an
    /// orphan sign after it) and is no piece of a junk word of several
    /// Latin runs joined by joiners.
    fn touches_devanagari(&self) -> bool {
        (self.left_fused || self.right_fused || self.orphan) && !self.joined_to_latin
    }
}

/// The Latin runs of a token, in order, as ranges of the text (an
/// iterator: a token of a hostile text can hold hundreds of thousands).
fn run_ranges<'t>(text: &'t str, t: &Token) -> impl Iterator<Item = Range<usize>> + 't {
    let (start, end) = (t.start, t.end);
    let bytes = text.as_bytes().get(start..end).unwrap_or(&[]);
    let mut i = 0;
    std::iter::from_fn(move || {
        let s = i + bytes.get(i..)?.iter().position(u8::is_ascii_alphabetic)?;
        let letters = bytes
            .get(s..)?
            .iter()
            .take_while(|b| b.is_ascii_alphabetic());
        i = s + letters.count();
        Some(start + s..start + i)
    })
}

/// The run `r` of token `t` with what stands around it in the token.
fn run_at(text: &str, t: &Token, r: Range<usize>) -> Run {
    let (before_run, after_run) = around_run(text, t, r.start, r.end);
    let before = before_run.chars().next_back();
    let before_joiners = before_run.trim_end_matches(is_joiner).chars().next_back();
    let past_joiners = after_run.trim_start_matches(is_joiner);
    let joiners_after = after_run.len() - past_joiners.len();
    let after = past_joiners.chars().next();
    Run {
        start: r.start,
        end: r.end,
        left_fused: before.is_some_and(is_word_devanagari),
        right_fused: after.is_some_and(|c| is_word_devanagari(c) && !is_dependent_sign(c)),
        orphan: after.is_some_and(is_dependent_sign),
        after_joiners: r.end + joiners_after,
        joined_to_latin: (before != before_joiners
            && before_joiners.is_some_and(|c| c.is_ascii_alphabetic()))
            || (joiners_after > 0 && after.is_some_and(|c| c.is_ascii_alphabetic())),
    }
}

/// What stands before the run `start..end` in its token `t`, and what
/// after it.
fn around_run<'t>(text: &'t str, t: &Token, start: usize, end: usize) -> (&'t str, &'t str) {
    (
        text.get(t.start..start).unwrap_or_default(),
        text.get(end..t.end).unwrap_or_default(),
    )
}

/// The most runs of Latin letters a token may hold to be looked at for
/// artifacts; a token with more is left alone, whole. A substitution leaves
/// one or two in a word (`Governmentी`, `ीPrime`), and a text that lost its
/// spaces a few dozen in a token (`भारतIndiaकाNewsमें...`); a token with
/// more than 64 is no text a substitution made, and each run costs a
/// lexicon lookup (a megabyte of `aीaीaी...` took 60 times as long as
/// Hindi text).
const MAX_LATIN_RUNS: usize = 64;

/// The number of runs of ASCII letters in `bytes`.
fn latin_runs(bytes: &[u8]) -> usize {
    let mut n = 0;
    let mut in_run = false;
    for b in bytes {
        let letter = b.is_ascii_alphabetic();
        n += usize::from(letter && !in_run);
        in_run = letter;
    }
    n
}

/// Orphan marks and fused tokens in token `k`: each Latin run of the token
/// that touches Devanagari, as a finding `keep` accepts. `latin_stays`: no
/// rule of the run changes a token of Latin letters alone (the word rules
/// are off), so such a token beside this one is the text's own English
/// now and after the repair ([`latin_neighbour`]).
pub(super) fn artifacts<'l>(
    text: &str,
    toks: &[Token],
    k: usize,
    lexicon: &'l Lexicon,
    keep: &impl Fn(FindingKind, bool) -> bool,
    latin_stays: bool,
    out: &mut Vec<Hit<'l>>,
) {
    let Some(t) = toks.get(k) else {
        return;
    };
    // (A hashtag or handle is a name of its own, whatever it glues:
    // `#भीड़Indiaउत्तरप्रदेश`.)
    if has_too_many_runs(text, t) || t.str(text).starts_with(['#', '@']) {
        return;
    }
    // Whether a finding without a lexicon entry is wanted at all.
    let keep_unknown = [
        FindingKind::OrphanMark,
        FindingKind::Glue,
        FindingKind::FusedToken,
    ]
    .into_iter()
    .any(|kind| keep(kind, false));
    for range in run_ranges(text, t) {
        // A word in no entry gives a finding without one: skip it early
        // (before looking around it) when such findings are not wanted.
        if !keep_unknown
            && !text
                .get(range.clone())
                .is_some_and(|word| lexicon.has_word_ignore_case(word))
        {
            continue;
        }
        let r = run_at(text, t, range);
        if !r.touches_devanagari() || touches_technical(text, t, &r) {
            continue;
        }
        // Words an earlier artifact already took (`ीPrime Minister`) are
        // not part of this run's phrase.
        let claimed = out.last().map_or(0, |f| f.latin.end);
        let Some(finding) = run_finding(
            text,
            toks,
            k,
            &r,
            lexicon,
            keep_unknown,
            claimed,
            latin_stays,
        ) else {
            continue;
        };
        if keep(finding.kind, finding.entry.is_some()) {
            out.push(finding);
        }
    }
}

/// Whether token `t` holds more than [`MAX_LATIN_RUNS`] Latin runs. (Runs
/// are separated by at least one byte: a shorter token cannot hold too
/// many, and is not counted.)
fn has_too_many_runs(text: &str, t: &Token) -> bool {
    t.end - t.start > 2 * MAX_LATIN_RUNS && latin_runs(t.str(text).as_bytes()) > MAX_LATIN_RUNS
}

/// Whether the run `r` of token `t` is part of a technical token: a digit
/// or a character of URLs, handles and identifiers touches it, or a FULL
/// STOP follows it (`file.txt`); or the English word goes on past an
/// apostrophe on either side (`People's`, `don't`: the run before it and
/// the run after it), which English text writes and no substitution of a
/// Hindi word leaves.
fn touches_technical(text: &str, t: &Token, r: &Run) -> bool {
    let (before_run, after_run) = around_run(text, t, r.start, r.end);
    let before = before_run.chars().next_back();
    let mut after = after_run.chars();
    let next = after.next();
    let apostrophe = |c: Option<char>| matches!(c, Some('\'' | '\u{2019}'));
    let mut back = before_run.chars().rev();
    let english_goes_on = (apostrophe(next)
        && after.next().is_some_and(|c| c.is_ascii_alphabetic()))
        || (apostrophe(back.next()) && back.next().is_some_and(|c| c.is_ascii_alphabetic()));
    before.is_some_and(is_technical)
        || next.is_some_and(|c| is_technical(c) || c == '.')
        || english_goes_on
}

/// The finding of the run `r` of token `k`: an orphan mark, a fused token
/// or glue, with the lexicon entry of its word or phrase; `None` when it has
/// no entry and such findings are not wanted (`keep_unknown`). `claimed`
/// is where the words an earlier artifact took end.
#[allow(clippy::too_many_arguments)]
fn run_finding<'l>(
    text: &str,
    toks: &[Token],
    k: usize,
    r: &Run,
    lexicon: &'l Lexicon,
    keep_unknown: bool,
    claimed: usize,
    latin_stays: bool,
) -> Option<Hit<'l>> {
    let phrase = RunPhrase::around(text, toks, k, r, lexicon.max_words().max(1), claimed)?;
    let found = phrase.lexicon_match(text, lexicon);
    if found.is_none() && !keep_unknown {
        return None;
    }
    let (latin, entry) = match found {
        Some(m) => (m.span(&phrase.words)?, Some(m.entry)),
        None => (r.start..r.end, None),
    };
    let junction = Junction::of(text, toks.get(k)?, r);
    let written = text.get(latin.clone()).unwrap_or("");
    let kind = if r.orphan {
        FindingKind::OrphanMark
    } else if is_glue(
        r,
        (junction.prefix, junction.suffix),
        lexicon,
        (entry, written),
        phrase.latin_before(found.as_ref()),
        phrase.plain_latin_after(found.as_ref(), text, lexicon),
        latin_stays && latin_neighbour(toks, k),
    ) {
        FindingKind::Glue
    } else {
        FindingKind::FusedToken
    };
    Some(Hit {
        kind,
        latin,
        token: junction.prefix_start.min(r.start)..junction.suffix_end.max(r.end),
        marks: if r.orphan {
            r.after_joiners..junction.marks_end
        } else {
            r.end..r.end
        },
        entry,
    })
}

/// Whether a token of Latin letters with no Devanagari stands right before
/// or after token `k`.
fn latin_neighbour(toks: &[Token], k: usize) -> bool {
    let latin = |t: &Token| t.latin && !t.devanagari;
    k.checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(latin)
        || toks.get(k + 1).is_some_and(latin)
}

/// The Latin words a run's phrase may take: the bare Latin words before it
/// (when the run starts its token and is not fused on the left), the run,
/// and the bare Latin words after it (when the run ends its token, fused on
/// neither side): `Prime Ministerों`.
struct RunPhrase {
    words: Vec<Range<usize>>,
    /// The index of the run in `words`.
    at: usize,
    /// Whether the Latin words after the run end in another artifact
    /// (`ीGovernment Prime Ministerी`): then they are that artifact's, not a
    /// plain Latin phrase.
    runs_into_artifact: bool,
}

impl RunPhrase {
    /// The phrase around the run `r` of token `k`, of at most `max` words
    /// on each side; words before `claimed` are left out.
    fn around(
        text: &str,
        toks: &[Token],
        k: usize,
        r: &Run,
        max: usize,
        claimed: usize,
    ) -> Option<RunPhrase> {
        let Some([t, after @ ..]) = toks.get(k..) else {
            return None;
        };
        let mut words: Vec<Range<usize>> = Vec::new();
        let mut at = 0;
        if r.start == t.start && !r.left_fused {
            words = phrase_words(text, toks, k, max, Direction::Before);
            words.retain(|w| w.start >= claimed);
            at = words.len();
        }
        words.push(r.start..r.end);
        let mut runs_into_artifact = false;
        if r.end == t.end && !r.right_fused && !r.orphan {
            let forward = phrase_words(text, toks, k, max, Direction::After);
            let next_tok = after
                .iter()
                .find(|t| t.start >= forward.last().map_or(r.end, |w| w.end));
            runs_into_artifact = next_tok.is_some_and(|t| {
                let s = t.str(text);
                s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.chars().any(is_devanagari)
            });
            words.extend(forward);
        }
        Some(RunPhrase {
            words,
            at,
            runs_into_artifact,
        })
    }

    /// The longest lexicon phrase (in any case) with the run, or the run
    /// alone. A phrase whose words are each entries that compose its value
    /// (`State Government` = `State` + `Government`) could as well be
    /// several substitutions: then only the fused word is an artifact.
    fn lexicon_match<'l>(&self, text: &str, lexicon: &'l Lexicon) -> Option<PhraseMatch<'l>> {
        let at = self.at;
        longest_phrase(text, &self.words, at, lexicon, Case::Any)
            .filter(|m| m.first == m.last || !self.is_compositional(text, m, lexicon))
            .or_else(|| {
                let run = self.words.get(at..=at)?;
                longest_phrase(text, run, 0, lexicon, Case::Any).map(|m| PhraseMatch {
                    first: at,
                    last: at,
                    entry: m.entry,
                })
            })
    }

    /// Whether the words of `m` are each lexicon entries whose Devanagari
    /// words, joined by spaces, are the phrase's own.
    fn is_compositional(&self, text: &str, m: &PhraseMatch, lexicon: &Lexicon) -> bool {
        let Some(words) = self.words.get(m.first..=m.last) else {
            return false;
        };
        let parts: Option<Vec<&str>> = words
            .iter()
            .map(|w| {
                let part = lexicon.get_ignore_case(text.get(w.clone())?)?;
                Some(part.devanagari.as_str())
            })
            .collect();
        parts.is_some_and(|p| p.join(" ") == m.entry.devanagari)
    }

    /// Whether the phrase has Latin words before the run that are not part
    /// of one lexicon phrase with it (`found`, or the run alone).
    fn latin_before(&self, found: Option<&PhraseMatch>) -> bool {
        self.at > 0 && found.map_or(self.at, |m| m.first) == self.at
    }

    /// Whether a plain Latin word that is no lexicon entry follows the
    /// run's phrase (`found`, or the run alone): `लाइफSun Pharma`,
    /// `कियाRead more`.
    fn plain_latin_after(
        &self,
        found: Option<&PhraseMatch>,
        text: &str,
        lexicon: &Lexicon,
    ) -> bool {
        !self.runs_into_artifact
            && self
                .words
                .get(found.map_or(self.at, |m| m.last) + 1)
                .and_then(|w| text.get(w.clone()))
                .is_some_and(|word| lexicon.get_ignore_case(word).is_none())
    }
}

/// The Devanagari around a Latin run inside its token.
struct Junction<'t> {
    /// Where the Devanagari (and joiners) before the run start.
    prefix_start: usize,
    /// Where the Devanagari (and joiners) after the run end.
    suffix_end: usize,
    /// The Devanagari word fused before the run, when it is a complete
    /// word; else empty.
    prefix: &'t str,
    /// The Devanagari word fused after the run, when it is a complete word;
    /// else empty.
    suffix: &'t str,
    /// Where the orphaned signs after the run end.
    marks_end: usize,
}

impl<'t> Junction<'t> {
    /// The junction of the run `r` of token `t`.
    fn of(text: &'t str, t: &Token, r: &Run) -> Junction<'t> {
        // (All these parts of the token start and end at character
        // boundaries: its own, the run's, and its characters'.)
        let part = |range: Range<usize>| -> &'t str { text.get(range).unwrap_or_default() };
        let suffix_end = part(r.after_joiners..t.end)
            .char_indices()
            .find(|(_, c)| !(is_word_devanagari(*c) || is_joiner(*c)))
            .map_or(t.end, |(i, _)| r.after_joiners + i);
        // Only a complete word can be a free function word: the suffix must
        // end its token, or be followed by punctuation alone (`Newsसे,`);
        // `Governmentसेxyz` or `से:Mayी` is no complete word.
        let sandwiched = !part(suffix_end..t.end).chars().all(is_neutral_punctuation);
        let suffix = if sandwiched {
            ""
        } else {
            part(r.after_joiners..suffix_end)
        };
        let prefix_start = part(t.start..r.start)
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word_devanagari(*c) || is_joiner(*c))
            .last()
            .map_or(r.start, |(i, _)| t.start + i);
        // The same for the prefix: only a complete word can be a loanword
        // (`ऑनलाइनNews`, but not the tail of `xyzऑनलाइनNews`).
        let prefix = if part(t.start..prefix_start)
            .chars()
            .all(is_neutral_punctuation)
        {
            part(prefix_start..r.start)
        } else {
            ""
        };
        let marks_end = part(r.after_joiners..suffix_end)
            .char_indices()
            .find(|(_, c)| !(is_dependent_sign(*c) || is_joiner(*c)))
            .map_or(suffix_end, |(i, _)| r.after_joiners + i);
        Junction {
            prefix_start,
            suffix_end,
            prefix,
            suffix,
            marks_end,
        }
    }
}

/// Whether the Latin `written` of a fused junction is in lowercase though
/// its lexicon entry is not (`sun` for `Sun`).
fn lowercase_where_capitalized(entry: Option<&Entry>, written: &str) -> bool {
    entry.is_some_and(|e| {
        e.english.chars().any(|c| c.is_ascii_uppercase())
            && !written.chars().any(|c| c.is_ascii_uppercase())
    })
}

/// Whether a fused junction (no orphan sign) looks like glue rather than
/// substitution damage: HTML-extraction glue, or an English compound written
/// in two scripts. `parts` are the complete Devanagari words fused before and
/// after the run (empty when there is none, or when it is no complete word);
/// `written` the Latin words as the text writes them, and `entry` their
/// lexicon entry;
/// `preceded_by_latin` says whether the run's phrase has more Latin words
/// before it that are not part of one lexicon phrase with it;
/// `followed_by_latin` whether a plain Latin word that is no lexicon entry
/// follows it (`लाइफSun Pharma`, `कियाRead more`); `latin_neighbour`
/// whether a token of Latin letters stands next to the run's token (`Photo
/// एवंVideo`, `औरSocial Media`).
fn is_glue(
    r: &Run,
    (prefix, suffix): (&str, &str),
    lexicon: &Lexicon,
    (entry, written): (Option<&Entry>, &str),
    preceded_by_latin: bool,
    followed_by_latin: bool,
    latin_neighbour: bool,
) -> bool {
    let left_only = r.left_fused && !r.right_fused;
    let right_only = r.right_fused && !r.left_fused;
    // A word written in lowercase where the lexicon capitalizes it: a
    // substitution writes its dictionary's word, and this is code-mixed
    // text with a space left out (`लेvote`) or romanized Hindi (`sunकर`,
    // `सुनकर`). (SPEC section 2 looks (b) up case-insensitively; this is
    // the one departure, for precision: `INDIAवंशी` is still repaired.)
    if lowercase_where_capitalized(entry, written) {
        return true;
    }
    // An English word fused to an English loanword in Devanagari (`Homeपेज`,
    // `ऑनलाइनNews`): one English compound in two scripts. Every fused side
    // must be such a word: a substitution inside a Hindi word leaves Hindi
    // on at least one side (`विCountry`, `गैरGovernmentी`).
    let loan = |part: &str| signs::is_english_loan(part, lexicon);
    if (!r.left_fused || loan(prefix)) && (!r.right_fused || loan(suffix)) {
        return true;
    }
    if right_only {
        // An English word glued to a free function word (`Hindi Newsसे`), or
        // a Latin phrase ending in a fused tail (`Share this on WhatsAppवरिष्ठ`).
        return FUNCTION_WORDS.contains(&suffix) || preceded_by_latin;
    }
    // A free function word before it and the word not written as the
    // lexicon writes it, in any case: code-mixed text with a space left out
    // (`लेvote`, `सेINDIA`). A substitution writes the English word in its
    // dictionary's case, also inside a word that starts like a function
    // word (`काCountry` for `कादेश`); but not beside English words of the
    // text's own (`Photo एवंVideo`, `औरSocial Media`, a space-stripped
    // line of code-mixed text).
    let function_word = FUNCTION_WORDS.contains(&prefix) || NEPALI_WORDS_BEFORE.contains(&prefix);
    let written_as_entry = entry.is_some_and(|e| written == e.english);
    if left_only && function_word && (!written_as_entry || latin_neighbour) {
        return true;
    }
    // A weekday or month fused only on its left (`सम्मानJuly 5`), or a
    // Latin phrase going on after the run.
    left_only
        && (entry.is_some_and(|e| signs::is_weekday_or_month(&e.english)) || followed_by_latin)
}
