//! The passes: one per rule, in the order they run, and the run of them
//! over a line or a piece of one, round after round.

use super::{
    danda, invisible, marks, nfc, nlp, quick, space, visarga, vowels, JoinerPolicy,
    NormalizeOptions, Normalizer,
};
use crate::edit::{compose, Edit};
use crate::rewrite::Changed;

/// What the rules read of the whole line a piece is cut from: the line
/// around it for the danda rule, and whether a tokenizer tore the line's
/// signs (the sign-space rule). Both are read from the line as it was
/// before normalization, so every piece of a line, and the line run whole,
/// decide alike.
#[derive(Clone, Copy, Debug)]
pub(super) struct LineView<'a> {
    pub(super) danda: danda::LineContext<'a>,
    pub(super) torn_signs: Option<super::marks::TornSigns>,
    /// The piece starts its line: spaces it starts with are the line's
    /// indentation, which rule 1 keeps.
    pub(super) at_line_start: bool,
}

/// One pass of the pipeline, in the order they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pass {
    Invisible,
    Joiners,
    Spaces,
    Nfc,
    /// After NFC: the letter or sign it reads before a space is the
    /// composed one.
    SignSpaces,
    Reorder,
    SplitVowelSigns,
    DoNotEmit,
    Dedupe,
    /// NFC again: reordering and replacements can bring NUKTA next to NA, RA, LLA.
    FinalNfc,
    Danda,
    Visarga,
    PunctuationSpacing,
    Folds,
}

impl Pass {
    /// The passes `o` switches on, in order.
    pub(super) fn enabled(o: &NormalizeOptions) -> Vec<Pass> {
        [
            (Pass::Invisible, o.invisible),
            (Pass::Joiners, o.joiners != JoinerPolicy::KeepAll),
            (Pass::Spaces, o.spaces),
            (Pass::Nfc, o.nfc),
            (Pass::SignSpaces, o.sign_spaces),
            (Pass::Reorder, o.mark_order),
            (Pass::SplitVowelSigns, o.split_vowel_signs),
            (Pass::DoNotEmit, o.do_not_emit),
            (Pass::Dedupe, o.mark_order),
            (
                Pass::FinalNfc,
                o.nfc && (o.mark_order || o.do_not_emit || o.sign_spaces || o.split_vowel_signs),
            ),
            (Pass::Danda, o.danda),
            (Pass::Visarga, o.visarga),
            (Pass::PunctuationSpacing, o.punctuation_spacing),
            (Pass::Folds, nlp::any(o)),
        ]
        .into_iter()
        .filter_map(|(p, on)| on.then_some(p))
        .collect()
    }

    /// The bit of the quick check's mask that calls for this pass.
    pub(super) fn need(self) -> u16 {
        use quick::need;
        match self {
            Pass::Invisible => need::INVISIBLE,
            Pass::Joiners => need::JOINERS,
            Pass::Spaces => need::SPACES,
            Pass::SignSpaces => need::SIGN_SPACES,
            Pass::Nfc => need::NFC,
            Pass::Reorder => need::REORDER,
            Pass::SplitVowelSigns => need::SPLIT_VOWEL_SIGNS,
            Pass::DoNotEmit => need::DO_NOT_EMIT,
            Pass::Dedupe => need::DEDUPE,
            Pass::FinalNfc => {
                need::NFC
                    | need::REORDER
                    | need::DO_NOT_EMIT
                    | need::DEDUPE
                    | need::SIGN_SPACES
                    | need::SPLIT_VOWEL_SIGNS
            }
            Pass::Danda => need::DANDA,
            Pass::Visarga => need::VISARGA,
            Pass::PunctuationSpacing => need::PUNCTUATION_SPACING,
            Pass::Folds => need::FOLDS,
        }
    }
}

/// The most rounds of the pipeline one line gets. A second round runs only
/// when the quick check still finds something after the first (a repeat
/// collapsed by rule 6 that completes a rule 5 sequence, say); each round is
/// linear, so the whole stays linear.
pub(super) const MAX_ROUNDS: usize = 6;

impl Normalizer {
    /// Runs the passes over one line (with its newline, if any). With
    /// `every_pass`, all the passes of the options run; otherwise only those
    /// the quick check says the line may need, round after round until it
    /// finds nothing more. `line`: what the danda rule reads of the line a
    /// piece is cut from (see [`LineView`]).
    pub(super) fn normalize_line(
        &self,
        line: &str,
        want_edits: bool,
        every_pass: bool,
        context: LineView<'_>,
    ) -> Option<(String, Vec<Edit>)> {
        let mut cur: Option<String> = None;
        let mut edits: Vec<Edit> = Vec::new();
        let mut mask = if every_pass {
            quick::need::ALL
        } else {
            self.quick.passes_needed(line)
        };
        for _ in 0..MAX_ROUNDS {
            if mask == 0 {
                break;
            }
            let mut changed = false;
            for &pass in &self.passes {
                if pass.need() & mask == 0 {
                    continue;
                }
                let input = cur.as_deref().unwrap_or(line);
                if let Some(ch) = self.apply(pass, input, context) {
                    if want_edits {
                        edits = compose(std::mem::take(&mut edits), ch.edits, &ch.text);
                    }
                    cur = Some(ch.text);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
            let now = cur.as_deref().unwrap_or(line);
            mask = if every_pass {
                if self.quick.first_suspect(now, 0).is_some() {
                    quick::need::ALL
                } else {
                    0
                }
            } else {
                self.quick.passes_needed(now)
            };
        }
        cur.map(|c| (c, edits))
    }

    fn apply(&self, pass: Pass, line: &str, context: LineView<'_>) -> Option<Changed> {
        let o = &self.options;
        match pass {
            Pass::Invisible => invisible::invisible(line),
            Pass::Joiners => invisible::joiners(line, o.joiners),
            Pass::Spaces => space::line_endings_and_spaces(line, o.lone_cr, context.at_line_start),
            Pass::Nfc | Pass::FinalNfc => nfc::nfc(line),
            Pass::Reorder => marks::reorder(line),
            Pass::SignSpaces => context
                .torn_signs
                .and_then(|how| marks::sign_spaces(line, how)),
            Pass::SplitVowelSigns => marks::split_vowel_signs(line),
            Pass::DoNotEmit => vowels::do_not_emit(line),
            Pass::Dedupe => marks::dedupe(line),
            Pass::Danda => danda::danda(line, context.danda),
            Pass::Visarga => visarga::visarga(line),
            Pass::PunctuationSpacing => space::punctuation_spacing(line),
            Pass::Folds => nlp::folds(line, o),
        }
    }
}
