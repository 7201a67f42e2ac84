//! Finding mixed-script tokens: one pass over the whitespace-separated
//! tokens of the text, looking only at tokens that hold an ASCII letter:
//! artifacts (`artifacts`) in tokens with a Devanagari character, then
//! substituted words (`substituted`) standing among Devanagari words. Only
//! the stretches of text around such tokens are cut into tokens, with as
//! many tokens either side as the rules read.

use super::artifacts::artifacts;
use super::finding::{FindingKind, Hit};
use super::substituted::{self, substituted, Candidates};
use super::tokens::{stretches, tokens_in, Around, Token};
use crate::lexicon::Lexicon;

/// Finds every mixed-script finding in `text`.
pub(crate) fn findings<'l>(text: &str, lexicon: &'l Lexicon, latin_stays: bool) -> Vec<Hit<'l>> {
    findings_kept(text, lexicon, true, latin_stays, |_, _| true)
}

/// The findings `keep` accepts, never building the others: a text of
/// unknown Latin words with orphan signs has one finding per word, and
/// repair needs only those with a lexicon entry. `keep` must accept every
/// finding with an entry: only those take part in the overlap rules.
/// Without `words`, substituted words are not looked for (the `artifacts`
/// mode never repairs them). `latin_stays`: the repair changes no token of
/// Latin letters alone (the `artifacts` mode), so the artifact rules may
/// read one beside an artifact as the text's own English.
pub(crate) fn findings_kept<'l>(
    text: &str,
    lexicon: &'l Lexicon,
    words: bool,
    latin_stays: bool,
    keep: impl Fn(FindingKind, bool) -> bool,
) -> Vec<Hit<'l>> {
    let mut out = Vec::new();
    let mut candidates = Candidates::default();
    // Only the tokens around the chunks where a finding can be are cut
    // and read, not the whole text (on news text with a few mixed tokens,
    // the tokenizer was half of `clean`; on one long line, the tokens of
    // the whole text were more memory than the text): for artifacts, the
    // chunks that mix Latin and Devanagari, read with the phrase and the
    // token after it (at most `max_words` tokens either side); with
    // substituted words, every chunk with a Latin letter, read as far as
    // their rules look.
    let (around, context) = stretch_kind(lexicon, words);
    // Token indices go on from stretch to stretch, as in one scan.
    let mut base = 0;
    for stretch in stretches(text, around, context) {
        let toks = tokens_in(text, stretch);
        scan_tokens(
            text,
            &toks,
            base,
            lexicon,
            (words, latin_stays),
            &keep,
            &mut out,
            &mut candidates,
        );
        base += toks.len();
    }
    out.extend(candidates.into_accepted_findings());
    out.sort_by_key(|f| f.latin.start);
    out.dedup_by(|b, a| a.latin.start < b.latin.end && b.latin.start < a.latin.end);
    out
}

/// The chunks the stretches of a scan are built around, and how many
/// chunks of context they take on either side: the artifact rules read a
/// phrase of at most `max_words` tokens and the token after it; the
/// substituted-word rules read [`substituted::CONTEXT_TOKENS`].
fn stretch_kind(lexicon: &Lexicon, words: bool) -> (Around, usize) {
    let artifact_context = lexicon.max_words().max(1) + 2;
    if words {
        (
            Around::LatinChunks,
            artifact_context.max(substituted::CONTEXT_TOKENS),
        )
    } else {
        (Around::MixedChunks, artifact_context)
    }
}

/// The findings in the tokens `toks` of `text` (the first is the `base`th
/// token of the scan), added to `out` (artifacts) and `candidates`
/// (substituted words, with `words`); `latin_stays` as for
/// [`findings_kept`].
#[allow(clippy::too_many_arguments)]
fn scan_tokens<'l>(
    text: &str,
    toks: &[Token],
    base: usize,
    lexicon: &'l Lexicon,
    (words, latin_stays): (bool, bool),
    keep: &impl Fn(FindingKind, bool) -> bool,
    out: &mut Vec<Hit<'l>>,
    candidates: &mut Candidates<'l>,
) {
    let mut k = 0;
    while let Some(t) = toks.get(k) {
        if !t.latin {
            k += 1;
            continue;
        }
        if !t.technical {
            if t.devanagari {
                artifacts(text, toks, k, lexicon, keep, latin_stays, out);
            }
            if !words {
                k += 1;
                continue;
            }
            if let Some(next) = substituted(text, toks, base, k, lexicon, candidates) {
                k = next;
                continue;
            }
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The findings of one scan over every token of `text`, as
    /// [`findings_kept`] gives them (sorted, overlaps dropped): what the
    /// scans over stretches must equal.
    fn whole_text_findings<'l>(text: &str, lexicon: &'l Lexicon, words: bool) -> Vec<Hit<'l>> {
        let mut whole = Vec::new();
        let mut candidates = Candidates::default();
        let toks = super::super::tokens::tokens(text);
        scan_tokens(
            text,
            &toks,
            0,
            lexicon,
            (words, false),
            &|_, _| true,
            &mut whole,
            &mut candidates,
        );
        whole.extend(candidates.into_accepted_findings());
        whole.sort_by_key(|f| f.latin.start);
        whole.dedup_by(|b, a| a.latin.start < b.latin.end && b.latin.start < a.latin.end);
        whole
    }

    /// Candidates in two stretches are told apart by their token index in
    /// the whole scan, not in their stretch: here a candidate of the second
    /// stretch has a Latin word on its left at the same index in its
    /// stretch as a candidate of the first (so read by stretch alone, the
    /// first would seem to cover it and lend it its Devanagari side).
    #[test]
    fn token_indices_go_on_across_stretches() {
        let lexicon = Lexicon::builtin();
        let (_, context) = stretch_kind(lexicon, true);
        let hindi = |n: usize| vec!["कहा"; n].join(" ");
        let text = format!(
            "{} India और {} xyz, India और बात।",
            hindi(context),
            hindi(4 * context)
        );
        let got = findings(&text, lexicon, false);
        assert_eq!(got, whole_text_findings(&text, lexicon, true));
        // The first India is a substituted word; the second, after a Latin
        // word, is not.
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].latin.start < text.find("xyz").unwrap_or(0));
    }

    /// The scan over the stretches around mixed chunks (artifacts) or
    /// around Latin chunks (with substituted words) finds exactly what
    /// the scan over every token of the text finds.
    #[test]
    fn findings_in_stretches_are_the_findings_of_the_whole_text() {
        let lexicon = Lexicon::builtin();
        // Mostly Devanagari words and punctuation, so that Latin chunks
        // stand apart and the stretches are many, with the far reaches of
        // the rules (glosses in brackets, dates, kickers) across them.
        let pieces = [
            "सरकार",
            "ने",
            "कहा",
            "कि",
            "यह",
            "देश",
            "का",
            "।",
            ",",
            "(",
            ")",
            "-",
            "1",
            "में",
            "अंग्रेज़ी",
            "(अंग्रेज़ी:",
            "\u{A0}",
            "\n",
            "ऻ",
            "Governmentी",
            "ीPrime",
            "Prime Minister",
            "Government",
            "India",
            "India,",
            "(India)",
            "January",
            "Water:",
            "x-yा",
            "www.a.inका",
            "कीTest-केस",
        ];
        let mut found = [0, 0];
        let mut substituted_words = 0;
        for text in super::super::tokens::generated_texts(&pieces, 4000, 90, 11) {
            for words in [false, true] {
                let got = findings_kept(&text, lexicon, words, false, |_, _| true);
                let whole = whole_text_findings(&text, lexicon, words);
                assert_eq!(got, whole, "words: {words}, {text:?}");
                found[usize::from(words)] += got.len();
                substituted_words += got
                    .iter()
                    .filter(|f| f.kind == FindingKind::SubstitutedWord)
                    .count();
            }
        }
        assert!(
            found[0] > 1000 && substituted_words > 1000,
            "{found:?} findings, {substituted_words} substituted words"
        );
    }
}
