//! Finding mixed-script tokens: one pass over the whitespace-separated
//! tokens of the text, looking only at tokens that hold an ASCII letter:
//! artifacts (`artifacts`) in tokens with a Devanagari character, then
//! substituted words (`substituted`) standing among Devanagari words.

use super::artifacts::artifacts;
use super::finding::{Finding, FindingKind};
use super::substituted::{substituted, Candidates};
use super::tokens::{mixed_stretches, tokens, tokens_in, Token};
use crate::lexicon::Lexicon;

/// Finds every mixed-script finding in `text`.
pub(crate) fn findings(text: &str, lexicon: &Lexicon) -> Vec<Finding> {
    findings_kept(text, lexicon, true, |_, _| true)
}

/// The findings `keep` accepts, never building the others: a text of
/// unknown Latin words with orphan signs has one finding per word, and
/// repair needs only those with a lexicon entry. `keep` must accept every
/// finding with an entry: only those take part in the overlap rules.
/// Without `words`, substituted words are not looked for (the `artifacts`
/// mode never repairs them).
pub(crate) fn findings_kept(
    text: &str,
    lexicon: &Lexicon,
    words: bool,
    keep: impl Fn(FindingKind, bool) -> bool,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut candidates = Candidates::default();
    if words {
        scan_tokens(
            text,
            &tokens(text),
            lexicon,
            true,
            &keep,
            &mut out,
            &mut candidates,
        );
    } else {
        // Artifacts only: the tokens around the chunks that mix Latin and
        // Devanagari are all an artifact reads (its phrase and the token
        // after it: at most `max_words` tokens either side), so only those
        // stretches are cut into tokens, not the whole text (on news text
        // with a few mixed tokens, the tokenizer was half of `clean`).
        let context = lexicon.max_words().max(1) + 2;
        for stretch in mixed_stretches(text, context) {
            let toks = tokens_in(text, stretch);
            scan_tokens(
                text,
                &toks,
                lexicon,
                false,
                &keep,
                &mut out,
                &mut candidates,
            );
        }
    }
    out.extend(candidates.into_accepted_findings());
    out.sort_by_key(|f| f.latin.start);
    out.dedup_by(|b, a| a.latin.start < b.latin.end && b.latin.start < a.latin.end);
    out
}

/// The findings in the tokens `toks` of `text`, added to `out` (artifacts)
/// and `candidates` (substituted words, with `words`).
fn scan_tokens(
    text: &str,
    toks: &[Token],
    lexicon: &Lexicon,
    words: bool,
    keep: &impl Fn(FindingKind, bool) -> bool,
    out: &mut Vec<Finding>,
    candidates: &mut Candidates,
) {
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !t.latin {
            k += 1;
            continue;
        }
        if !t.technical {
            if t.devanagari {
                artifacts(text, toks, k, lexicon, keep, out);
            }
            if !words {
                k += 1;
                continue;
            }
            if let Some(next) = substituted(text, toks, k, lexicon, candidates) {
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

    /// The artifact scan over the stretches around mixed chunks finds
    /// exactly what the scan over every token of the text finds.
    #[test]
    fn artifacts_in_stretches_are_the_artifacts_of_the_whole_text() {
        let lexicon = Lexicon::builtin();
        let pieces = [
            "सरकार",
            "ने",
            "Governmentी",
            "ीPrime",
            "Minister",
            "State",
            "Government",
            "-",
            "x-yा",
            "India",
            "कीNews",
            "Today",
            "\u{A0}",
            "\n",
            "www.a.inका",
            "ऻ",
            "।",
            "कीTest-केस",
            "विCountry",
            "Trade",
        ];
        let mut found = 0;
        for text in super::super::tokens::generated_texts(&pieces, 4000, 30, 11) {
            let keep = |_: FindingKind, _: bool| true;
            let mut whole = Vec::new();
            let mut candidates = Candidates::default();
            let toks = tokens(&text);
            scan_tokens(
                &text,
                &toks,
                lexicon,
                false,
                &keep,
                &mut whole,
                &mut candidates,
            );
            whole.sort_by_key(|f| f.latin.start);
            whole.dedup_by(|b, a| a.latin.start < b.latin.end && b.latin.start < a.latin.end);
            let got = findings_kept(&text, lexicon, false, keep);
            assert_eq!(got, whole, "{text:?}");
            found += got.len();
        }
        assert!(found > 1000, "{found} findings");
    }
}
