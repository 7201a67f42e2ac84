//! Rule 7: VERTICAL LINE used as a danda, and doubled dandas.
//!
//! Which pipes are dandas is decided in [`crate::danda`], which the sentence
//! splitter reads too; this pass writes the decisions.

use crate::danda::{walk, LineState, Run};
use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};

/// What the danda rule needs to know of the line around a piece cut from
/// it: the state of the line before the piece, and the text after it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LineContext<'a> {
    pub(crate) before: LineState,
    pub(crate) after: &'a str,
}

impl LineContext<'_> {
    /// A piece that is a whole line (or starts one, with nothing after it).
    pub(crate) fn line_start(cr_breaks_line: bool) -> Self {
        LineContext {
            before: LineState::line_start(cr_breaks_line),
            after: "",
        }
    }
}

/// `|` that ends a sentence after a Devanagari word becomes DANDA, `||`
/// DOUBLE DANDA; `।।` becomes DOUBLE DANDA. A `|` that separates items
/// (menus, bylines, tables, links, URLs, code) is untouched.
pub(crate) fn danda(piece: &str, line: LineContext<'_>) -> Option<Changed> {
    let mut rw = Rewriter::new(piece);
    let mut state = line.before;
    walk(
        &mut state,
        piece,
        0,
        piece.len(),
        line.after,
        |range, run| {
            let with = match run {
                Run::Keep => return,
                Run::Danda => "\u{0964}",
                Run::DoubleDanda => "\u{0965}",
            };
            rw.replace(range, with, EditKind::Danda);
        },
    );
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        danda(s, LineContext::line_start(true))
            .map(|c| c.text)
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn dandas() {
        for (input, want) in [
            ("गया||", "गया॥"),
            ("नमस्ते।।", "नमस्ते॥"),
            ("है |", "है ।"),
            ("राम घर गया| फिर", "राम घर गया। फिर"),
            ("धर्म की जय हो || १ ||", "धर्म की जय हो ॥ १ ॥"),
            ("a|b", "a|b"),
            ("cat x | grep y", "cat x | grep y"),
            ("| नाम | पता |", "| नाम | पता |"),
            ("गया |Read", "गया |Read"),
            ("x || y", "x || y"),
            ("।।।", "।।।"),
        ] {
            assert_eq!(run(input), want, "{input:?}");
        }
    }

    /// A line cut into two pieces, each decided with the state of the line
    /// before it and the text after it, gives what the whole line gives.
    #[test]
    fn pieces_decide_as_their_line() {
        let line = "सड़क पर भीड़ थी | लोग परेशान थे | खबर | नई दिल्ली , 3 मई || १ ||";
        let whole = run(line);
        assert_ne!(whole, line);
        for cut in (0..=line.len()).filter(|&i| line.is_char_boundary(i)) {
            let (head, tail) = line.split_at(cut);
            let first = danda(
                head,
                LineContext {
                    after: tail,
                    ..LineContext::line_start(true)
                },
            );
            let mut before = LineState::line_start(true);
            walk(&mut before, line, 0, cut, "", |_, _| {});
            let second = danda(tail, LineContext { before, after: "" });
            let got = format!(
                "{}{}",
                first.map_or_else(|| head.to_string(), |c| c.text),
                second.map_or_else(|| tail.to_string(), |c| c.text)
            );
            // (A cut inside a run of pipes decides two runs.)
            if !(line[..cut].ends_with('|') && line[cut..].starts_with('|')) {
                assert_eq!(got, whole, "cut at {cut}");
            }
        }
    }
}
