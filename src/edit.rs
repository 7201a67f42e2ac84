//! Edits: the report of every change a pass makes (what, where, why).

use std::fmt;
use std::ops::Range;

/// Which rule made a change.
///
/// The names returned by [`EditKind::name`] are stable and are what the
/// bundled tools write in their reports.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EditKind {
    /// CRLF or CR became LF.
    LineEnding,
    /// A run of spaces collapsed, an unusual space became SPACE, or spaces at a
    /// line end were removed.
    Space,
    /// An invisible character (ZERO WIDTH SPACE, BYTE ORDER MARK, SOFT HYPHEN,
    /// WORD JOINER, LEFT-TO-RIGHT or RIGHT-TO-LEFT MARK) was removed.
    Invisible,
    /// A ZERO WIDTH JOINER or NON-JOINER without meaning was removed.
    Joiner,
    /// Unicode canonical composition (NFC) changed the text.
    Nfc,
    /// A sequence of the Unicode "do not emit" table was replaced.
    DoNotEmit,
    /// Marks typed in the wrong order were reordered, or a duplicated mark removed.
    MarkOrder,
    /// Two vowel signs that legacy-font converters write for one were
    /// joined (AA + E became O: `उन्हाेंने` → `उन्होंने`).
    SplitVowelSign,
    /// A space typed by a word tokenizer between a letter and its sign or
    /// VIRAMA was removed (`क ् या` → `क्या`).
    SignSpace,
    /// VERTICAL LINE used as a danda, or a doubled danda, became DANDA or DOUBLE DANDA.
    Danda,
    /// A COLON used as a visarga became VISARGA.
    Visarga,
    /// Spaces before sentence punctuation were removed.
    PunctuationSpace,
    /// (Opt-in) NUKTA was removed from a letter for a borrowed sound.
    Nukta,
    /// (Opt-in) A nasal consonant with VIRAMA became ANUSVARA, or the reverse.
    Nasal,
    /// (Opt-in) CANDRABINDU became ANUSVARA.
    Candrabindu,
    /// (Opt-in) Digits were converted between Devanagari and ASCII.
    Digit,
    /// (Opt-in) Typographic quotes, dashes or ellipsis became ASCII.
    AsciiPunctuation,
    /// (Opt-in) ABBREVIATION SIGN became FULL STOP, or the reverse.
    AbbreviationSign,
    /// Repair: a Latin word followed by orphaned Devanagari signs was restored.
    OrphanMark,
    /// Repair: a Latin word fused with Devanagari letters was restored.
    FusedToken,
    /// Repair: a whole English word standing among Devanagari words was restored.
    SubstitutedWord,
    /// Repair (opt-in): orphaned Devanagari signs after an unknown Latin word were removed.
    OrphanMarkStripped,
}

impl EditKind {
    /// Every kind: the normalization rules in the order of SPEC section 1,
    /// then the opt-in folds, then the repairs.
    pub const ALL: [EditKind; 22] = [
        EditKind::LineEnding,
        EditKind::Space,
        EditKind::Invisible,
        EditKind::Joiner,
        EditKind::Nfc,
        EditKind::DoNotEmit,
        EditKind::MarkOrder,
        EditKind::SplitVowelSign,
        EditKind::SignSpace,
        EditKind::Danda,
        EditKind::Visarga,
        EditKind::PunctuationSpace,
        EditKind::Nukta,
        EditKind::Nasal,
        EditKind::Candrabindu,
        EditKind::Digit,
        EditKind::AsciiPunctuation,
        EditKind::AbbreviationSign,
        EditKind::OrphanMark,
        EditKind::FusedToken,
        EditKind::SubstitutedWord,
        EditKind::OrphanMarkStripped,
    ];

    /// A short stable name in snake case, as written in reports.
    ///
    /// ```
    /// assert_eq!(devanagari::EditKind::DoNotEmit.name(), "do_not_emit");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            EditKind::LineEnding => "line_ending",
            EditKind::Space => "space",
            EditKind::Invisible => "invisible",
            EditKind::Joiner => "joiner",
            EditKind::Nfc => "nfc",
            EditKind::DoNotEmit => "do_not_emit",
            EditKind::MarkOrder => "mark_order",
            EditKind::SplitVowelSign => "split_vowel_sign",
            EditKind::SignSpace => "sign_space",
            EditKind::Danda => "danda",
            EditKind::Visarga => "visarga",
            EditKind::PunctuationSpace => "punctuation_space",
            EditKind::Nukta => "nukta",
            EditKind::Nasal => "nasal",
            EditKind::Candrabindu => "candrabindu",
            EditKind::Digit => "digit",
            EditKind::AsciiPunctuation => "ascii_punctuation",
            EditKind::AbbreviationSign => "abbreviation_sign",
            EditKind::OrphanMark => "orphan_mark",
            EditKind::FusedToken => "fused_token",
            EditKind::SubstitutedWord => "substituted_word",
            EditKind::OrphanMarkStripped => "orphan_mark_stripped",
        }
    }

    /// What the kind means, in a few words (for reports such as `audit`).
    ///
    /// ```
    /// assert_eq!(devanagari::EditKind::Visarga.description(), "colons that are visarga");
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            EditKind::LineEnding => "CR or CRLF line endings",
            EditKind::Space => "space runs and unusual spaces",
            EditKind::Invisible => "invisible characters",
            EditKind::Joiner => "ZWJ/ZWNJ without meaning",
            EditKind::Nfc => "non-NFC spans",
            EditKind::DoNotEmit => "DoNotEmit sequences",
            EditKind::MarkOrder => "mark-order errors",
            EditKind::SplitVowelSign => "vowel signs split by legacy-font converters",
            EditKind::SignSpace => "spaces a tokenizer put before a sign",
            EditKind::Danda => "pipes or doubled dandas as danda",
            EditKind::Visarga => "colons that are visarga",
            EditKind::PunctuationSpace => "spaces before punctuation",
            EditKind::Nukta => "nukta on borrowed sounds (nlp)",
            EditKind::Nasal => "nasal consonants and anusvara (nlp)",
            EditKind::Candrabindu => "candrabindu as anusvara (nlp)",
            EditKind::Digit => "digits converted (nlp)",
            EditKind::AsciiPunctuation => "typographic punctuation as ASCII (nlp)",
            EditKind::AbbreviationSign => "abbreviation sign and full stop",
            EditKind::OrphanMark => "orphan marks (lexicon word)",
            EditKind::FusedToken => "fused tokens (lexicon word)",
            EditKind::SubstitutedWord => "substituted words",
            EditKind::OrphanMarkStripped => "orphan marks stripped",
        }
    }

    /// The names of [`EditKind::ALL`], in its order (the tests hold the
    /// two to each other).
    pub const NAMES: [&'static str; 22] = [
        EditKind::LineEnding.name(),
        EditKind::Space.name(),
        EditKind::Invisible.name(),
        EditKind::Joiner.name(),
        EditKind::Nfc.name(),
        EditKind::DoNotEmit.name(),
        EditKind::MarkOrder.name(),
        EditKind::SplitVowelSign.name(),
        EditKind::SignSpace.name(),
        EditKind::Danda.name(),
        EditKind::Visarga.name(),
        EditKind::PunctuationSpace.name(),
        EditKind::Nukta.name(),
        EditKind::Nasal.name(),
        EditKind::Candrabindu.name(),
        EditKind::Digit.name(),
        EditKind::AsciiPunctuation.name(),
        EditKind::AbbreviationSign.name(),
        EditKind::OrphanMark.name(),
        EditKind::FusedToken.name(),
        EditKind::SubstitutedWord.name(),
        EditKind::OrphanMarkStripped.name(),
    ];

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl fmt::Display for EditKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A kind from its [`name`](EditKind::name), as reports write it.
///
/// ```
/// use devanagari::EditKind;
/// assert_eq!("sign_space".parse::<EditKind>(), Ok(EditKind::SignSpace));
/// assert!("spaces".parse::<EditKind>().is_err());
/// ```
impl std::str::FromStr for EditKind {
    type Err = crate::names::UnknownName;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let name = s.trim();
        EditKind::ALL
            .into_iter()
            .find(|k| k.name() == name)
            .ok_or_else(|| crate::names::UnknownName::new(s, &EditKind::NAMES))
    }
}

/// A set of [`EditKind`]s.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KindSet(u32);

impl KindSet {
    /// The empty set.
    pub const EMPTY: KindSet = KindSet(0);

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether `kind` is in the set.
    pub fn contains(self, kind: EditKind) -> bool {
        self.0 & kind.bit() != 0
    }

    /// Adds `kind`.
    pub fn insert(&mut self, kind: EditKind) {
        self.0 |= kind.bit();
    }

    /// The kinds in the set, in the order of [`EditKind::ALL`].
    pub fn iter(self) -> impl Iterator<Item = EditKind> {
        EditKind::ALL.into_iter().filter(move |k| self.contains(*k))
    }

    fn union(self, other: KindSet) -> KindSet {
        KindSet(self.0 | other.0)
    }
}

impl fmt::Debug for KindSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// What a repair found and which lexicon entry restored it: the
/// [`Edit::repair`] of the edits `Repairer::repair_with_edits` reports.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RepairDetail {
    /// The Devanagari word of the lexicon entry.
    pub entry: String,
    /// The English form of the lexicon entry.
    pub english: String,
    /// Whether the English word stands for several Devanagari words.
    pub ambiguous: bool,
    /// For a substituted word repaired in `document` mode: the byte range of
    /// the artifact that licensed it.
    pub licensed_by: Option<Range<usize>>,
}

/// One change to the text: the bytes `range` of the input were replaced by
/// `replacement`, by the rule `kind`.
///
/// Edits of one call are sorted by position and do not overlap; applying them
/// to the input (see [`apply_edits`]) gives the output exactly. When two rules
/// changed overlapping text (rare: an invisible character removed inside a
/// syllable that NFC then composes, say), the changes are reported as one edit
/// whose `kind` is the first rule and whose `also` holds the others.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Edit {
    /// Byte range in the input.
    pub range: Range<usize>,
    /// What stands there in the output.
    pub replacement: String,
    /// The rule that made the change (the first, if several did).
    pub kind: EditKind,
    /// Other rules whose changes overlapped this one; usually empty.
    pub also: KindSet,
    /// For repairs: what was found and which lexicon entry restored it.
    pub repair: Option<Box<RepairDetail>>,
}

impl Edit {
    /// A new edit.
    ///
    /// ```
    /// use devanagari::{Edit, EditKind};
    /// let e = Edit::new(0..1, "", EditKind::Invisible);
    /// assert_eq!(e.range, 0..1);
    /// ```
    pub fn new(range: Range<usize>, replacement: impl Into<String>, kind: EditKind) -> Edit {
        Edit {
            range,
            replacement: replacement.into(),
            kind,
            also: KindSet::EMPTY,
            repair: None,
        }
    }

    /// Every rule of this edit: `kind` and `also`.
    pub fn kinds(&self) -> KindSet {
        let mut k = self.also;
        k.insert(self.kind);
        k
    }

    /// The same edit moved `offset` bytes later (for edits of a slice of a
    /// larger text).
    pub fn shifted(mut self, offset: usize) -> Edit {
        self.range = self.range.start + offset..self.range.end + offset;
        self
    }
}

/// Applies sorted, non-overlapping edits to `input`.
///
/// Edits out of order, overlapping, out of bounds or not on character
/// boundaries are skipped (this function never panics).
///
/// ```
/// use devanagari::{apply_edits, normalize_with_edits};
/// let input = "राम घर गया |";
/// let (output, edits) = normalize_with_edits(input);
/// assert_eq!(apply_edits(input, &edits), output);
/// ```
pub fn apply_edits(input: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pos = 0;
    for e in edits {
        let (s, t) = (e.range.start, e.range.end);
        if s < pos || t < s || !input.is_char_boundary(s) || !input.is_char_boundary(t) {
            continue;
        }
        out.push_str(input.get(pos..s).unwrap_or(""));
        out.push_str(&e.replacement);
        pos = t;
    }
    out.push_str(input.get(pos..).unwrap_or(""));
    out
}

/// Composes two edit lists: `first` turns text T0 into T1, `second` turns T1
/// (whose text is `t1`) into T2 (whose text is `t2`). The result turns T0 into
/// T2. Where an edit of `second` overlaps the output of an edit of `first`,
/// they are merged into one edit.
///
/// Both lists are read as intervals of T1 ([`intervals_in_t1`]); the
/// intervals that overlap form a group ([`first_group`]). A group of one edit
/// is that edit, in T0's offsets ([`lone_edit`]); a larger group becomes
/// one edit ([`merged_edit`]).
pub(crate) fn compose(first: Vec<Edit>, second: Vec<Edit>, t2: &str) -> Vec<Edit> {
    if first.is_empty() {
        return second;
    }
    if second.is_empty() {
        return first;
    }
    let items = intervals_in_t1(&first, &second);
    let mut edits = Slots {
        first: first.into_iter().map(Some).collect(),
        second: second.into_iter().map(Some).collect(),
    };
    let mut out: Vec<Edit> = Vec::with_capacity(items.len());
    // What the groups before the current one changed, by list.
    let mut before = Shift::default();
    let mut rest: &[Interval] = &items;
    while let Some((group, t1_span, after)) = first_group(rest) {
        let change = if let [only] = group {
            let mut change = Shift::default();
            if let Some(e) = edits.take(only) {
                change.add(only.from_first, length_change(&e));
                out.push(lone_edit(e, only.from_first, before));
            }
            change
        } else {
            let (edit, change) = merged_edit(group, t1_span, &mut edits, before, t2);
            out.push(edit);
            change
        };
        before.first += change.first;
        before.second += change.second;
        rest = after;
    }
    out
}

/// An edit of [`compose`] as an interval of T1: the output range of an
/// edit of `first`, or the input range of an edit of `second`.
#[derive(Clone, Copy, Debug)]
struct Interval {
    start: usize,
    end: usize,
    /// From `first` (else from `second`).
    from_first: bool,
    /// Its index in its list.
    index: usize,
}

impl Interval {
    /// An empty interval: an insertion.
    fn is_insertion(&self) -> bool {
        self.end == self.start
    }
}

/// The length changes (bytes added, negative where removed) of the edits
/// of `first` and of `second`.
#[derive(Clone, Copy, Debug, Default)]
struct Shift {
    first: isize,
    second: isize,
}

impl Shift {
    fn add(&mut self, from_first: bool, change: isize) {
        if from_first {
            self.first += change;
        } else {
            self.second += change;
        }
    }
}

/// The edits of both lists of [`compose`], each taken once, by the group
/// it falls in.
#[derive(Debug)]
struct Slots {
    first: Vec<Option<Edit>>,
    second: Vec<Option<Edit>>,
}

impl Slots {
    fn take(&mut self, it: &Interval) -> Option<Edit> {
        let list = if it.from_first {
            &mut self.first
        } else {
            &mut self.second
        };
        list.get_mut(it.index).and_then(Option::take)
    }
}

/// The kinds of one member of a merged group.
#[derive(Clone, Copy, Debug)]
struct MemberKinds {
    from_first: bool,
    kind: EditKind,
    also: KindSet,
}

/// How many bytes longer an edit makes the text (negative: shorter).
fn length_change(e: &Edit) -> isize {
    e.replacement.len() as isize - e.range.len() as isize
}

/// Both lists as intervals of T1, sorted by start; at one position,
/// insertions first; then `first`'s before `second`'s.
fn intervals_in_t1(first: &[Edit], second: &[Edit]) -> Vec<Interval> {
    let mut items: Vec<Interval> = Vec::with_capacity(first.len() + second.len());
    let mut delta: isize = 0;
    for (index, e) in first.iter().enumerate() {
        let start = (e.range.start as isize + delta) as usize;
        let end = start + e.replacement.len();
        delta += length_change(e);
        items.push(Interval {
            start,
            end,
            from_first: true,
            index,
        });
    }
    items.extend(second.iter().enumerate().map(|(index, e)| Interval {
        start: e.range.start,
        end: e.range.end,
        from_first: false,
        index,
    }));
    items.sort_by_key(|it| (it.start, it.end > it.start, !it.from_first));
    items
}

/// The group of overlapping intervals that `items` starts with (`None`
/// when it is empty): its members, its span of T1, and the intervals after
/// it. A later interval joins the group if it starts inside the span so
/// far; an insertion only if it starts strictly inside (at either end it
/// stays an edit of its own).
fn first_group(items: &[Interval]) -> Option<(&[Interval], Range<usize>, &[Interval])> {
    let (first, later) = items.split_first()?;
    let (start, mut end) = (first.start, first.end);
    let mut members = 1;
    for it in later {
        let joins = if it.is_insertion() {
            start < it.start && it.start < end
        } else {
            it.start < end
        };
        if !joins {
            break;
        }
        end = end.max(it.end);
        members += 1;
    }
    let (group, after) = items.split_at_checked(members)?;
    Some((group, start..end, after))
}

/// The edit of a group of one, in T0's offsets: an edit of `second` moves
/// back by what the edits of `first` before it changed.
fn lone_edit(mut e: Edit, from_first: bool, before: Shift) -> Edit {
    if !from_first {
        let s = (e.range.start as isize - before.first) as usize;
        let t = (e.range.end as isize - before.first) as usize;
        e.range = s..t;
    }
    e
}

/// The one edit a group of overlapping edits (spanning `t1_span` of T1)
/// becomes, and what the group changed: it replaces the group's span of
/// T0 by its span of T2, with the kinds of [`merged_kinds`] and the first
/// repair detail of its members.
fn merged_edit(
    group: &[Interval],
    t1_span: Range<usize>,
    edits: &mut Slots,
    before: Shift,
    t2: &str,
) -> (Edit, Shift) {
    let mut change = Shift::default();
    let mut members: Vec<MemberKinds> = Vec::new();
    let mut repair: Option<Box<RepairDetail>> = None;
    for it in group {
        let Some(mut e) = edits.take(it) else {
            continue;
        };
        change.add(it.from_first, length_change(&e));
        members.push(MemberKinds {
            from_first: it.from_first,
            kind: e.kind,
            also: e.also,
        });
        if repair.is_none() {
            repair = e.repair.take();
        }
    }
    let (gs, ge) = (t1_span.start, t1_span.end);
    let t0_start = (gs as isize - before.first) as usize;
    let t0_end = (ge as isize - before.first - change.first) as usize;
    let t2_start = (gs as isize + before.second) as usize;
    let t2_end = (ge as isize + before.second + change.second) as usize;
    let (kind, also) = merged_kinds(&members);
    let edit = Edit {
        range: t0_start..t0_end,
        replacement: t2.get(t2_start..t2_end).unwrap_or("").to_string(),
        kind,
        also,
        repair,
    };
    (edit, change)
}

/// The kinds of a merged edit: the primary kind is the earlier pass's (a
/// member of `first`; else the first member's); `also` holds the other
/// members' kinds and every member's `also`.
fn merged_kinds(members: &[MemberKinds]) -> (EditKind, KindSet) {
    let kind = members
        .iter()
        .find(|m| m.from_first)
        .or(members.first())
        .map_or(EditKind::Nfc, |m| m.kind);
    let mut also = KindSet::EMPTY;
    for m in members {
        also = also.union(m.also);
        if m.kind != kind {
            also.insert(m.kind);
        }
    }
    also.0 &= !kind.bit();
    (kind, also)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply_all(input: &str, a: &[Edit]) -> String {
        apply_edits(input, a)
    }

    /// The home of each kind's rule: the file that makes its edits (the
    /// fixes in place of `normalize/direct.rs` aside, which borrow the
    /// rules' kinds). The module doc of `normalize/options.rs` has the same
    /// table for the normalization rules.
    const RULE_FILES: [(EditKind, &str); 22] = [
        (EditKind::LineEnding, "normalize/space.rs"),
        (EditKind::Space, "normalize/space.rs"),
        (EditKind::Invisible, "normalize/invisible.rs"),
        (EditKind::Joiner, "normalize/invisible.rs"),
        (EditKind::Nfc, "normalize/nfc.rs"),
        (EditKind::DoNotEmit, "normalize/vowels.rs"),
        (EditKind::MarkOrder, "normalize/marks.rs"),
        (EditKind::SplitVowelSign, "normalize/marks.rs"),
        (EditKind::SignSpace, "normalize/marks.rs"),
        (EditKind::Danda, "normalize/danda.rs"),
        (EditKind::Visarga, "normalize/visarga.rs"),
        (EditKind::PunctuationSpace, "normalize/space.rs"),
        (EditKind::Nukta, "normalize/nlp.rs"),
        (EditKind::Nasal, "normalize/nlp.rs"),
        (EditKind::Candrabindu, "normalize/nlp.rs"),
        (EditKind::Digit, "normalize/nlp.rs"),
        (EditKind::AsciiPunctuation, "normalize/nlp.rs"),
        (EditKind::AbbreviationSign, "normalize/abbreviation.rs"),
        (EditKind::OrphanMark, "repair/mod.rs"),
        (EditKind::FusedToken, "repair/mod.rs"),
        (EditKind::SubstitutedWord, "repair/mod.rs"),
        (EditKind::OrphanMarkStripped, "repair/mod.rs"),
    ];

    #[test]
    fn every_kind_has_a_rule_file_that_makes_it() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for kind in EditKind::ALL {
            let (_, file) = RULE_FILES
                .iter()
                .find(|(k, _)| *k == kind)
                .unwrap_or_else(|| panic!("{kind:?} has no rule file"));
            let text = std::fs::read_to_string(src.join(file))
                .unwrap_or_else(|e| panic!("{kind:?}: {file}: {e}"));
            let name = format!("EditKind::{kind:?}");
            let made = text
                .match_indices(&name)
                .any(|(i, _)| !text[i + name.len()..].starts_with(|c: char| c.is_alphanumeric()));
            assert!(made, "{file} makes no {name}");
        }
    }

    #[test]
    fn every_kind_has_its_own_name_bit_and_description() {
        let mut names = std::collections::HashSet::new();
        let mut descriptions = std::collections::HashSet::new();
        let mut bits = KindSet::EMPTY;
        for (i, kind) in EditKind::ALL.into_iter().enumerate() {
            assert!(names.insert(kind.name()), "{kind:?}");
            assert!(descriptions.insert(kind.description()), "{kind:?}");
            assert!(!kind.description().is_empty(), "{kind:?}");
            assert!(!bits.contains(kind), "{kind:?}");
            bits.insert(kind);
            assert_eq!(EditKind::NAMES[i], kind.name());
            assert_eq!(kind.name().parse::<EditKind>(), Ok(kind));
            assert_eq!(kind.to_string(), kind.name());
        }
        assert_eq!(bits.iter().count(), EditKind::ALL.len());
        let err = "nope".parse::<EditKind>().unwrap_err().to_string();
        assert!(err.contains("sign_space"), "{err}");
    }

    #[test]
    fn compose_disjoint_and_overlapping() {
        let t0 = "abcdef";
        let e1 = vec![
            Edit::new(1..2, "XY", EditKind::Space),
            Edit::new(4..5, "", EditKind::Invisible),
        ];
        let t1 = apply_all(t0, &e1); // aXYcdf
        assert_eq!(t1, "aXYcdf");
        let e2 = vec![
            Edit::new(2..4, "Z", EditKind::Nfc), // "Yc" -> "Z": overlaps first edit
            Edit::new(5..6, "g", EditKind::Danda), // "f" -> "g"
        ];
        let t2 = apply_all(&t1, &e2);
        assert_eq!(t2, "aXZdg");
        let c = compose(e1, e2, &t2);
        assert_eq!(apply_all(t0, &c), t2);
        assert_eq!(c[0].range, 1..3);
        assert_eq!(c[0].kind, EditKind::Space);
        assert!(c[0].also.contains(EditKind::Nfc));
    }

    #[test]
    fn compose_insertions_and_deletions_at_one_point() {
        let t0 = "abc";
        let e1 = vec![Edit::new(1..2, "", EditKind::Invisible)]; // "ac"
        let t1 = apply_all(t0, &e1);
        let e2 = vec![Edit::new(1..1, "-", EditKind::Space)]; // "a-c"
        let t2 = apply_all(&t1, &e2);
        let c = compose(e1, e2, &t2);
        assert_eq!(apply_all(t0, &c), "a-c");
    }
}
