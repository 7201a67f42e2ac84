//! Finding mixed-script tokens: one pass over the whitespace-separated
//! tokens of the text, looking only at tokens that hold an ASCII letter:
//! artifacts (`artifacts`) in tokens with a Devanagari character, then
//! substituted words (`substituted`) standing among Devanagari words.

use super::artifacts::artifacts;
use super::finding::{Finding, FindingKind};
use super::substituted::{substituted, Candidates};
use super::tokens::tokens;
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
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut candidates = Candidates::default();

    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !t.latin {
            k += 1;
            continue;
        }
        if !t.technical {
            if t.devanagari {
                artifacts(text, &toks, k, lexicon, &keep, &mut out);
            }
            if !words {
                k += 1;
                continue;
            }
            if let Some(next) = substituted(text, &toks, k, lexicon, &mut candidates) {
                k = next;
                continue;
            }
        }
        k += 1;
    }
    out.extend(candidates.into_accepted_findings());
    out.sort_by_key(|f| f.latin.start);
    out.dedup_by(|b, a| a.latin.start < b.latin.end && b.latin.start < a.latin.end);
    out
}
