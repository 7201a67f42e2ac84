//! The driver: finds the places where a rule might act with the quick
//! check, fixes the common faults in place, and sends the stretch around
//! each other fault (between the nearest safe cuts, `cuts.rs`) through the
//! passes. And the oracle the tests compare it with: every pass over every
//! line.
//!
//! A text goes down the layers once: the quick check finds a suspect; the
//! fixes in place (`direct.rs`) take it and the faults after it on the line
//! until one needs the passes; the piece around that one goes through the
//! passes (`passes.rs`); the scan goes on after the piece.

use super::cuts::{safe_cut_after, safe_cut_before};
use super::passes::LineView;
use super::{abbreviation, danda, direct, AbbreviationSignPolicy, LoneCrPolicy, Normalizer};
use crate::edit::{compose, Edit};
use std::borrow::Cow;

/// The output being built: the text copied or rewritten so far, and the
/// edits. Nothing is allocated until something changes.
#[derive(Debug)]
struct Output<'a> {
    text: &'a str,
    out: Option<String>,
    /// The input is written to `out` up to here.
    copied: usize,
    edits: Option<Vec<Edit>>,
}

impl<'a> Output<'a> {
    fn new(text: &'a str, want_edits: bool) -> Self {
        Output {
            text,
            out: None,
            copied: 0,
            edits: want_edits.then(Vec::new),
        }
    }

    fn buffer(&mut self) -> &mut String {
        let len = self.text.len();
        self.out
            .get_or_insert_with(|| String::with_capacity(len + 16))
    }

    /// Writes the input up to each of `fixes` (in order, none before what is
    /// written) and the fix, and reports them.
    fn write_fixes(&mut self, fixes: &mut Vec<direct::Fix>) {
        for fix in fixes.drain(..) {
            let before = self.text.get(self.copied..fix.range.start).unwrap_or("");
            let buffer = self.buffer();
            buffer.push_str(before);
            buffer.push_str(fix.replacement);
            self.copied = fix.range.end;
            if let Some(edits) = &mut self.edits {
                edits.push(Edit::new(fix.range, fix.replacement, fix.kind));
            }
        }
    }

    /// Writes the input up to `start`, then `new` for `start..end`, with
    /// its edits (offsets in the piece).
    fn splice(&mut self, start: usize, end: usize, new: &str, piece_edits: Vec<Edit>) {
        let before = self.text.get(self.copied..start).unwrap_or("");
        let buffer = self.buffer();
        buffer.push_str(before);
        buffer.push_str(new);
        self.copied = end;
        if let Some(edits) = &mut self.edits {
            edits.extend(piece_edits.into_iter().map(|e| e.shifted(start)));
        }
    }

    /// The output text (`None`: the input, unchanged) and the edits.
    fn finish(mut self) -> (Option<String>, Vec<Edit>) {
        if self.out.is_some() {
            let rest = self.text.get(self.copied..).unwrap_or("");
            self.buffer().push_str(rest);
        }
        (self.out, self.edits.unwrap_or_default())
    }
}

/// What the driver knows of the lines it has met: where they start and
/// end, the state of the line before a piece (for the danda rule), and
/// whether the line's signs were torn by a tokenizer (for the sign-space
/// rule). Asked at increasing positions; each byte is read once.
#[derive(Debug)]
struct Lines {
    /// A lone CR that rule 1 makes LF ends a line too: no rule looks across
    /// it, and the sign-space rule counts the signs of each line the output
    /// has.
    cr_breaks_line: bool,
    starts: LastBreak,
    /// The end of the line last asked about.
    known_end: usize,
    pipes: crate::danda::LineCursor,
    /// The line (by its start) last asked whether its signs are torn, and
    /// the answer.
    torn: (Option<usize>, Option<super::marks::TornSigns>),
}

impl Lines {
    fn new(cr_breaks_line: bool) -> Self {
        Lines {
            cr_breaks_line,
            starts: LastBreak::new(b'\n', if cr_breaks_line { b'\r' } else { b'\n' }),
            known_end: 0,
            pipes: crate::danda::LineCursor::new(cr_breaks_line),
            torn: (None, None),
        }
    }

    /// The end of the line `p` is in (searched once per line: a long line
    /// with many suspects must not be searched again for each).
    fn end_of(&mut self, text: &str, p: usize) -> usize {
        if p >= self.known_end {
            self.known_end = next_line_end(text, p, self.cr_breaks_line);
        }
        self.known_end
    }

    /// What the rules read of the line around the piece `start..end` of the
    /// line ending at `line_end`.
    fn view<'t>(
        &mut self,
        normalizer: &Normalizer,
        text: &'t str,
        start: usize,
        end: usize,
        line_end: usize,
    ) -> LineView<'t> {
        let piece = text.get(start..end).unwrap_or("");
        // The danda rule reads the line around a piece with a pipe.
        let danda = if piece.as_bytes().contains(&b'|') {
            let line_text_end = text
                .get(..line_end)
                .map_or(line_end, |l| l.trim_end_matches(['\n', '\r']).len());
            danda::LineContext {
                before: self.pipes.state_at(text, start),
                after: text.get(end..line_text_end.max(end)).unwrap_or(""),
            }
        } else {
            danda::LineContext::line_start(self.cr_breaks_line)
        };
        // The sign-space rule reads the whole line's signs, once a line.
        // (Asked only where the piece has a sign after a space: no rule
        // puts one there otherwise, and most lines have none.)
        let asks = normalizer.options().sign_spaces && super::marks::sign_after_space(piece);
        let torn_signs = if asks {
            let line_start = self.starts.before(text, start);
            if self.torn.0 != Some(line_start) {
                let line = text.get(line_start..line_end).unwrap_or("");
                self.torn = (Some(line_start), normalizer.torn_signs(line));
            }
            self.torn.1
        } else {
            None
        };
        let at_line_start = match start.checked_sub(1).and_then(|i| text.as_bytes().get(i)) {
            None => true,
            Some(b'\n') => true,
            Some(b'\r') => self.cr_breaks_line,
            Some(_) => false,
        };
        LineView {
            danda,
            torn_signs,
            at_line_start,
        }
    }
}

/// Whether `bytes` hold a CR that no LF follows.
fn has_lone_cr(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1) != Some(&b'\n'))
}

impl Normalizer {
    fn cr_breaks_line(&self) -> bool {
        self.options.spaces && self.options.lone_cr == LoneCrPolicy::ToLineFeed
    }

    /// Normalizes `text`: the quick check, the fixes in place, the passes
    /// over the pieces around the other faults.
    pub(super) fn run<'a>(&self, text: &'a str, want_edits: bool) -> (Cow<'a, str>, Vec<Edit>) {
        // A lone CR read as a space (not the default) joins what the
        // pieces around a fault read as two lines (a verse label's look
        // after `॥ \r2024` saw a line end where the passes see a space;
        // found by the property tests): such a text goes through every
        // line's passes, which read the CR as the output has it.
        if self.options.spaces
            && self.options.lone_cr == LoneCrPolicy::ToSpace
            && has_lone_cr(text.as_bytes())
        {
            return self.run_every_line(text, want_edits);
        }
        let mut out = Output::new(text, want_edits);
        let mut lines = Lines::new(self.cr_breaks_line());
        let mut fixes: Vec<direct::Fix> = Vec::new();
        let mut scan_from = 0;
        while let Some(p) = self.quick.first_suspect(text, scan_from) {
            let line_end = lines.end_of(text, p);
            scan_from = match self.fix_along_line(text, p, scan_from, line_end, &mut fixes) {
                Along::Fixed { resume } => {
                    out.write_fixes(&mut fixes);
                    resume
                }
                Along::NeedsPasses { at } => self.fix_piece(
                    text, p, scan_from, line_end, at, &mut fixes, &mut lines, &mut out,
                ),
            };
            if scan_from >= text.len() {
                break;
            }
        }
        self.finish(text, out)
    }

    /// Normalizes `text` by running every pass over every line, without
    /// the quick check or the fixes in place: slower, and the same result.
    pub(super) fn run_every_line<'a>(
        &self,
        text: &'a str,
        want_edits: bool,
    ) -> (Cow<'a, str>, Vec<Edit>) {
        let mut out = Output::new(text, want_edits);
        let mut lines = Lines::new(self.cr_breaks_line());
        let mut start = 0;
        while start < text.len() {
            let end = lines.end_of(text, start);
            let view = lines.view(self, text, start, end, end);
            let line = text.get(start..end).unwrap_or("");
            if let Some((new, line_edits)) = self.normalize_line(line, want_edits, true, view) {
                out.splice(start, end, &new, line_edits);
            }
            start = end;
        }
        self.finish(text, out)
    }

    /// The fixes in place from the suspect at `p` along the rest of the line,
    /// needing no cuts (a fix in place is what the passes would do whatever
    /// the piece). When a fault needs the passes, the fixes before the last
    /// cut before it stand, and the scan goes on from the cut. (Finding the
    /// cuts around each fault was most of the time of text with a fold
    /// every few bytes and no spaces, `tests/hostile.rs` timing.)
    fn fix_along_line(
        &self,
        text: &str,
        p: usize,
        scan_from: usize,
        line_end: usize,
        fixes: &mut Vec<direct::Fix>,
    ) -> Along {
        fixes.clear();
        match self.direct_fixes(text, p, scan_from, line_end, fixes) {
            Ok(()) => Along::Fixed { resume: line_end },
            Err(q) => {
                let cut = keep_fixes_before_cut(
                    text,
                    scan_from,
                    q,
                    fixes,
                    self.options.lone_cr_is_space(),
                );
                if fixes.is_empty() {
                    Along::NeedsPasses { at: q }
                } else {
                    Along::Fixed { resume: cut }
                }
            }
        }
    }

    /// The piece around the suspect at `p` (between the safe cuts around
    /// it): fixed in place where every fault in it allows, else sent through
    /// the passes with the faults close after it. `needs_passes_at` is the
    /// fault the fixes along the line stopped at. Returns the piece's end.
    #[allow(clippy::too_many_arguments)]
    fn fix_piece(
        &self,
        text: &str,
        p: usize,
        scan_from: usize,
        line_end: usize,
        needs_passes_at: usize,
        fixes: &mut Vec<direct::Fix>,
        lines: &mut Lines,
        out: &mut Output<'_>,
    ) -> usize {
        let cr = self.options.lone_cr_is_space();
        let start = safe_cut_before(text, scan_from, p, cr);
        let mut end = safe_cut_after(text, p, line_end, cr);
        // (They cannot all succeed when the fixes along the line met a
        // fault for the passes inside the piece.)
        if needs_passes_at >= end && self.direct_fixes(text, p, start, end, fixes).is_ok() {
            out.write_fixes(fixes);
            return end;
        }
        end = self.coalesce(text, end, line_end);
        let view = lines.view(self, text, start, end, line_end);
        let piece = text.get(start..end).unwrap_or("");
        if let Some((new, piece_edits)) =
            self.normalize_line(piece, out.edits.is_some(), false, view)
        {
            out.splice(start, end, &new, piece_edits);
        }
        end
    }

    /// Faults close after a piece, of kinds not fixed in place, join it: a
    /// piece costs far more to set up than its bytes cost in the passes
    /// (text with a fault every few bytes and cuts between them ran at a
    /// third of the speed). Returns the piece's new end.
    fn coalesce(&self, text: &str, mut end: usize, line_end: usize) -> usize {
        while end < line_end {
            let window = crate::rewrite::floor_char_boundary(text, (end + COALESCE).min(line_end));
            let Some(q) = text
                .get(..window)
                .and_then(|w| self.quick.first_suspect(w, end))
            else {
                break;
            };
            let before = text.get(..q).and_then(|h| h.chars().next_back());
            // (Nothing before `q` counts as untouched: a decision that
            // reads back sends `q` to the passes with the piece.)
            if direct::fix_at(text, q, before.unwrap_or('\n'), q, &self.options).is_some() {
                break;
            }
            end = safe_cut_after(text, q, line_end, self.options.lone_cr_is_space());
        }
        end
    }

    /// The output, with the one rule that needs the sentence splitter's
    /// view of the whole line run last over it: FULL STOP → ABBREVIATION
    /// SIGN.
    fn finish<'a>(&self, text: &'a str, out: Output<'a>) -> (Cow<'a, str>, Vec<Edit>) {
        let (mut out, mut edits) = out.finish();
        if self.options.abbreviation_sign == AbbreviationSignPolicy::FromFullStop {
            if let Some(ch) =
                abbreviation::full_stops_to_signs(out.as_deref().unwrap_or(text), &self.splitter)
            {
                edits = compose(edits, ch.edits, &ch.text);
                out = Some(ch.text);
            }
        }
        match out {
            None => (Cow::Borrowed(text), edits),
            Some(o) => (Cow::Owned(o), edits),
        }
    }

    /// The direct fixes (see [`direct`]) for the damage at `p` and for all
    /// the rest of the piece `start..end`, into `fixes`; `Err(q)` when the
    /// fault at `q` needs the passes (`fixes` then holds those before it).
    fn direct_fixes(
        &self,
        text: &str,
        mut p: usize,
        start: usize,
        end: usize,
        fixes: &mut Vec<direct::Fix>,
    ) -> Result<(), usize> {
        let Some(piece) = text.get(..end) else {
            return Err(p);
        };
        // The character the output has before `at`: the last fix's, right
        // after it, else the input's.
        let output_before = |fixes: &[direct::Fix], at: usize| match fixes.last() {
            Some(f) if f.range.end == at => f.prev_after,
            _ => text
                .get(..at)
                .and_then(|h| h.chars().next_back())
                .unwrap_or('\n'),
        };
        loop {
            // A fix that reaches back before `p` judges the input there: the
            // last fix must not have touched it.
            let untouched_from = fixes.last().map_or(start, |f| f.range.end);
            let before = output_before(fixes, p);
            let fix = match direct::fix_at(text, p, before, untouched_from, &self.options) {
                Some(direct::Direct::Fix(fix)) => fix,
                // The suspect stays: the scan goes on after it.
                Some(direct::Direct::Keep) => match self.suspect_after_kept(piece, p) {
                    None => return Ok(()),
                    Some(q) => {
                        p = q;
                        continue;
                    }
                },
                None => return Err(p),
            };
            if fix.range.start < untouched_from || fix.range.end > end {
                return Err(p);
            }
            // The replacement itself must need nothing (a fold's result
            // meeting another rule); a SPACE left by the space fixes is
            // checked there.
            // (A single ASCII character no rule looks at, as the quote
            // folds leave, needs no scan.)
            let clean_ascii =
                matches!(fix.replacement.as_bytes(), [b] if self.quick.is_clean_ascii(*b));
            // (A SPACE a replacement ends with, as after a mark a fix moved,
            // `। `, is read with what follows it by the scan from the fix
            // on, whose character before is that SPACE: not as a line's
            // last.)
            let replaced = match fix.replacement.strip_suffix(' ') {
                Some(head) if fix.prev_after == ' ' => head,
                _ => fix.replacement,
            };
            if !replaced.is_empty() && replaced != " " && !clean_ascii {
                let before = output_before(fixes, fix.range.start);
                if self
                    .quick
                    .first_suspect_after(replaced, 0, before)
                    .is_some()
                {
                    return Err(p);
                }
            }
            let fix = match direct::then(text, &fix, &self.options) {
                Some(second) => {
                    if second.range.end > end {
                        return Err(p);
                    }
                    fixes.push(fix);
                    second
                }
                None => fix,
            };
            let next = self
                .quick
                .first_suspect_after(piece, fix.range.end, fix.prev_after);
            fixes.push(fix);
            match next {
                None => return Ok(()),
                Some(q) => p = q,
            }
        }
    }

    /// The next suspect of `piece` after the suspect at `p`, which stays as
    /// it is ([`direct::Direct::Keep`]).
    fn suspect_after_kept(&self, piece: &str, p: usize) -> Option<usize> {
        let c = piece.get(p..)?.chars().next()?;
        self.quick.first_suspect_after(piece, p + c.len_utf8(), c)
    }
}

/// What the fixes in place along a line did.
#[derive(Clone, Copy, Debug)]
enum Along {
    /// Fixes were found: written, the scan resumes here.
    Fixed { resume: usize },
    /// The first fault at `at` needs the passes; nothing was fixed.
    NeedsPasses { at: usize },
}

/// After the fixes in place from `floor` on met the fault at `q` that needs
/// the passes: keeps the fixes before the last safe cut before `q` that no
/// fix straddles, and returns that cut (the passes take the text from
/// there). Each step back searches a stretch before the last one's, so the
/// whole search is linear.
fn keep_fixes_before_cut(
    text: &str,
    floor: usize,
    q: usize,
    fixes: &mut Vec<direct::Fix>,
    lone_cr_is_space: bool,
) -> usize {
    let mut cut = safe_cut_before(text, floor, q, lone_cr_is_space);
    loop {
        let k = fixes.partition_point(|f| f.range.end <= cut);
        match fixes.get(k) {
            Some(f) if f.range.start < cut => {
                cut = safe_cut_before(text, floor, f.range.start, lone_cr_is_space)
            }
            _ => {
                fixes.truncate(k);
                return cut;
            }
        }
    }
}

/// The end of the line `from` is in (after its line break, or the text's
/// end): a LF, or with `cr_breaks_line` a lone CR (one not before LF).
fn next_line_end(text: &str, from: usize, cr_breaks_line: bool) -> usize {
    let bytes = text.as_bytes();
    let cr = if cr_breaks_line { b'\r' } else { b'\n' };
    match bytes
        .get(from..)
        .and_then(|r| memchr::memchr2(b'\n', cr, r))
    {
        Some(k) if bytes.get(from + k..from + k + 2) == Some(b"\r\n") => from + k + 2,
        Some(k) => from + k + 1,
        None => text.len(),
    }
}

/// How close (in bytes) the next suspect must follow a piece to join it.
const COALESCE: usize = 32;

/// The start of the stretch after the last break (either of two bytes)
/// before a position, for positions asked in increasing order: each byte is
/// searched once, so asking at every suspect stays linear.
#[derive(Debug)]
struct LastBreak {
    needles: (u8, u8),
    searched_to: usize,
    found: usize,
}

impl LastBreak {
    fn new(a: u8, b: u8) -> Self {
        LastBreak {
            needles: (a, b),
            searched_to: 0,
            found: 0,
        }
    }

    fn before(&mut self, text: &str, pos: usize) -> usize {
        let (a, b) = self.needles;
        if pos < self.searched_to {
            // Not asked in order: search afresh (the callers never do).
            return text
                .get(..pos)
                .and_then(|h| memchr::memrchr2(a, b, h.as_bytes()))
                .map_or(0, |x| x + 1);
        }
        if let Some(x) = text
            .get(self.searched_to..pos)
            .and_then(|h| memchr::memrchr2(a, b, h.as_bytes()))
        {
            self.found = self.searched_to + x + 1;
        }
        self.searched_to = pos;
        self.found
    }
}
