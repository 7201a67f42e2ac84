//! Substituted words: a whole lexicon word or phrase standing among
//! Devanagari words (`India और रूस`), unless it is a name or title, a
//! gloss, an English date, a kicker or part of a Latin phrase; and the
//! resolution of neighbouring candidates.

use super::finding::{Finding, FindingKind};
use super::phrase::longest_phrase;
use super::signs;
use super::tokens::*;
use crate::lexicon::{Entry, Lexicon};
use crate::script::*;
use std::ops::Range;

/// A standalone lexicon word or phrase starting at token `k`, among
/// Devanagari words. Returns the token index after the phrase when it
/// consumed several tokens.
pub(super) fn substituted(
    text: &str,
    toks: &[Token],
    k: usize,
    lexicon: &Lexicon,
    candidates: &mut Vec<Candidate>,
) -> Option<usize> {
    // The phrase: bare Latin words from k on, punctuation only at its ends.
    let (first, lead, mut trail) = bare_word(text, &toks[k])?;
    // Only a phrase's first token: a bare Latin word before it would have
    // started the phrase.
    if k > 0 && lead.is_none() {
        if let Some((_, _, None)) = bare_word(text, &toks[k - 1]) {
            return None;
        }
    }
    let mut words = vec![first];
    let mut j = k;
    while trail.is_none() && j + 1 < toks.len() {
        let Some((w, l, tr)) = bare_word(text, &toks[j + 1]) else {
            break;
        };
        if l.is_some() {
            break;
        }
        // Only a single space between the words.
        if &text[toks[j].end..toks[j + 1].start] != " " {
            break;
        }
        words.push(w);
        trail = tr;
        j += 1;
    }
    // Hyphenated Latin words are one phrase too (`Proto-Indo-European`):
    // a hyphen token right between two bare words.
    while trail == Some('-')
        || (trail.is_none()
            && toks
                .get(j + 1)
                .is_some_and(|t| &text[t.start..t.end] == "-"))
    {
        let hyphen = if trail == Some('-') { j } else { j + 1 };
        let (Some(h), Some(next)) = (toks.get(hyphen), toks.get(hyphen + 1)) else {
            break;
        };
        if h.end != next.start || (trail.is_none() && toks[j].end != h.start) {
            break;
        }
        let Some((w, l, tr)) = bare_word(text, next) else {
            break;
        };
        if l.is_some() {
            break;
        }
        words.push(w);
        trail = tr;
        j = hyphen + 1;
    }
    let end_token = j + 1;
    // Neighbours: punctuation of the phrase's own tokens, else the nearest
    // character of the neighbouring tokens; the text's edges are neutral.
    let left = lead.or_else(|| {
        k.checked_sub(1)
            .and_then(|p| text[toks[p].start..toks[p].end].chars().next_back())
    });
    let right = trail.or_else(|| {
        toks.get(end_token)
            .and_then(|n| text[n.start..n.end].chars().next())
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
    if !(ok(left) && ok(right)) {
        return Some(end_token);
    }
    // The words beside the phrase, looking past numbers and punctuation
    // (`31 October, 1832 को`): each must be on the Devanagari side, a
    // Devanagari word or another substituted phrase (`India, China और
    // Japan`: decided in `accept`), or nothing: the text's edge, or a
    // boundary, that is brackets or quotes around the phrase, sentence
    // punctuation and line breaks (`“Government वास्तव में`, `है। India
    // में`). A Latin word
    // beyond a comma or a bracket is a neighbour (`Video, Watch`, `(IST)
    // Raipur`).
    let has_letter = |t: &Token| {
        text[t.start..t.end].chars().any(|c| {
            c.is_ascii_alphabetic()
                || is_devanagari_letter(c)
                || (!c.is_ascii() && c.is_alphabetic())
        })
    };
    let ends_sentence = |c: char| is_danda(c) || matches!(c, '.' | '?' | '!');
    let side_of = |i: usize| {
        let t = &text[toks[i].start..toks[i].end];
        if t.chars().any(is_devanagari_letter) {
            Side::Devanagari
        } else if toks[i].latin {
            Side::Latin(i)
        } else {
            Side::Other
        }
    };
    // A line break ends what counts as a neighbour too: a line of its own is
    // a title, a menu or a list item (`Home - News - खेल`).
    let line_break = |a: usize, b: usize| text[toks[a].end..toks[b].start].contains('\n');
    let mut left_side = Side::Edge;
    if lead.is_none() {
        for i in (k.saturating_sub(4)..k).rev() {
            if line_break(i, i + 1) {
                break;
            }
            // The end of a sentence before: the phrase starts another (in
            // whatever script the sentence before is written).
            let t = &text[toks[i].start..toks[i].end];
            if t.ends_with(ends_sentence) || is_separator(text, &toks[i]) {
                break;
            }
            if has_letter(&toks[i]) {
                left_side = side_of(i);
                break;
            }
        }
    }
    let mut right_side = Side::Edge;
    if !trail.is_some_and(|c| ends_sentence(c) || is_closing_mark(c)) {
        for i in end_token..toks.len().min(end_token + 4) {
            if line_break(i - 1, i) {
                break;
            }
            if has_letter(&toks[i]) {
                right_side = side_of(i);
                break;
            }
            if text[toks[i].start..toks[i].end].starts_with(ends_sentence)
                || is_separator(text, &toks[i])
            {
                break;
            }
        }
    }
    // A kicker: a phrase ended by ':' at the start of a line or of a
    // bracket (`India Russia Relations:`, `(Report: ...`).
    let line_start = k == 0 || text[toks[k - 1].end..toks[k].start].contains('\n');
    if trail == Some(':') && (line_start || lead.is_some_and(is_open_bracket)) {
        return Some(end_token);
    }
    if is_gloss(text, toks, k, end_token, lead, trail) {
        return Some(end_token);
    }
    // Every word must be covered by lexicon entries in canonical case.
    let mut found: Vec<(Range<usize>, &Entry)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((a, b, e)) =
            longest_phrase(text, &words[i..], 0, lexicon, true).filter(|p| p.0 == 0)
        else {
            return Some(end_token);
        };
        found.push((words[i + a].start..words[i + b].end, e));
        i += b + 1;
    }
    if is_name_or_title(&found)
        || is_english_date(text, toks, (k, end_token), trail, &found)
        || is_beside_itself(text, toks, (k, end_token), &found)
    {
        return Some(end_token);
    }
    candidates.push(Candidate {
        first_token: k,
        end_token,
        left: left_side,
        right: right_side,
        accepted: false,
        findings: found
            .into_iter()
            .map(|(latin, entry)| Finding {
                kind: FindingKind::SubstitutedWord,
                token: latin.clone(),
                marks: latin.end..latin.end,
                latin,
                entry: Some(entry.clone()),
            })
            .collect(),
    });
    Some(end_token)
}

/// Whether a token is a dash or bar standing alone between spaces, as it
/// separates the items of menus, bylines and titles (`News - Home - News`,
/// `Result - नतीजे`): the word beyond it is no neighbour.
fn is_separator(text: &str, t: &Token) -> bool {
    let spaced = |i: Option<char>| i.is_none_or(char::is_whitespace);
    matches!(
        &text[t.start..t.end],
        "-" | "\u{2013}" | "\u{2014}" | "|" | "\u{00BB}" | "\u{2022}" | "/"
    ) && spaced(text[..t.start].chars().next_back())
        && spaced(text[t.end..].chars().next())
}

/// Whether a single lexicon word already stands beside its own Devanagari
/// word (`Patna पटना`, `पटना (Patna)`), or is a language name listed among
/// language names (`नेपाली, English, हिन्दी`): a gloss or a menu of
/// languages, not a substitution, which would leave the Hindi word once.
fn is_beside_itself(
    text: &str,
    toks: &[Token],
    (start, end): (usize, usize),
    found: &[(Range<usize>, &Entry)],
) -> bool {
    let [(_, e)] = found else {
        return false;
    };
    let word = |i: usize| {
        text[toks[i].start..toks[i].end]
            .trim_matches(|c: char| !(is_word_devanagari(c) || c.is_alphanumeric()))
    };
    let neighbours = [start.checked_sub(1), Some(end).filter(|&i| i < toks.len())];
    neighbours.into_iter().flatten().any(|i| {
        let w = word(i);
        w == e.devanagari
            || (signs::is_language_label(&format!("{}:", e.english))
                && signs::is_language_label(&format!("{w}:")))
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

/// Whether the phrase of tokens `k..end` is a gloss of the Devanagari word
/// before it: the whole content of brackets opened right after a Devanagari
/// word (`समतल (Plane)`, `बुधवासरः (2018-05-09 Wednesday)`), or right after a
/// language label and its colon (`(अंग्रेज़ी: President)`, `(हिन्दी: गोवा,
/// आङ्ग्ल: Goa)`, `(अंग्रेज़ी में: Water)`).
fn is_gloss(
    text: &str,
    toks: &[Token],
    k: usize,
    end: usize,
    lead: Option<char>,
    trail: Option<char>,
) -> bool {
    let tok = |i: usize| &text[toks[i].start..toks[i].end];
    let holds_devanagari = |i: usize| tok(i).chars().any(is_devanagari_letter);
    if lead.is_none() && k > 0 {
        let label = tok(k - 1);
        if signs::is_language_label(label)
            || (label == "में:" && k > 1 && signs::is_language_label(&format!("{}:", tok(k - 2))))
        {
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
fn is_name_or_title(found: &[(Range<usize>, &Entry)]) -> bool {
    let capitalized = found
        .iter()
        .all(|(_, e)| e.english.starts_with(|c: char| c.is_ascii_uppercase()));
    found.len() >= 2
        && capitalized
        && (found.len() >= 3
            || found.last().is_some_and(|(_, e)| {
                signs::is_title_head(&e.english)
                    || e.english
                        .rsplit(' ')
                        .next()
                        .is_some_and(signs::is_title_head)
            }))
}

/// Whether a phrase ends in a date written the English way: a month followed
/// by the day (`March 3, 2025`, `July 25`; Hindi writes `3 मार्च`), or a
/// weekday followed by a date (`Monday, 5 May`, `Sunday, March 3`, a blog's
/// date line). Such a date is English text, kept with the words around it.
fn is_english_date(
    text: &str,
    toks: &[Token],
    (start, end): (usize, usize),
    trail: Option<char>,
    found: &[(Range<usize>, &Entry)],
) -> bool {
    let Some((_, last)) = found.last() else {
        return false;
    };
    let Some(next) = toks.get(end).map(|t| &text[t.start..t.end]) else {
        return false;
    };
    if signs::is_month(&last.english) {
        // `1 January 49 ईसा पूर्व`: a day before the month is the Hindi order.
        let day_before = found.len() == 1
            && start > 0
            && signs::is_day_after_month(&text[toks[start - 1].start..toks[start - 1].end]);
        return trail.is_none() && !day_before && signs::is_day_after_month(next);
    }
    let month = |t: &str| signs::is_month(t.trim_end_matches(|c: char| c.is_ascii_punctuation()));
    let after_next = toks.get(end + 1).map_or("", |t| &text[t.start..t.end]);
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
pub(super) struct Candidate {
    first_token: usize,
    end_token: usize,
    left: Side,
    right: Side,
    pub(super) accepted: bool,
    pub(super) findings: Vec<Finding>,
}

/// Resolves the candidates' sides through neighbouring candidates, in both
/// directions along the text, and accepts those with both sides on the
/// Devanagari side and a Devanagari word on one.
pub(super) fn accept(candidates: &mut [Candidate]) {
    let n = candidates.len();
    let covers = |c: &Candidate, w: usize| c.first_token <= w && w < c.end_token;
    let mut left = vec![Side::Edge; n];
    for i in 0..n {
        left[i] = match candidates[i].left {
            Side::Latin(w) if i > 0 && covers(&candidates[i - 1], w) => left[i - 1],
            Side::Latin(_) => Side::Other,
            s => s,
        };
    }
    let mut right = vec![Side::Edge; n];
    for i in (0..n).rev() {
        right[i] = match candidates[i].right {
            Side::Latin(w) if i + 1 < n && covers(&candidates[i + 1], w) => right[i + 1],
            Side::Latin(_) => Side::Other,
            s => s,
        };
    }
    for (c, (l, r)) in candidates.iter_mut().zip(left.into_iter().zip(right)) {
        c.accepted = l != Side::Other
            && r != Side::Other
            && (l == Side::Devanagari || r == Side::Devanagari);
    }
}
