//! Inputs that once broke an invariant, each with the bug it exposed. Found
//! by the fuzz targets in `fuzz/` and the property tests.

use devanagari::{
    apply_edits, Cleaner, JoinerPolicy, NormalizeOptions, Normalizer, NuktaPolicy, RepairMode,
};

fn assert_idempotent(n: &Normalizer, s: &str) {
    let once = n.normalize(s);
    let twice = n.normalize(&once);
    assert_eq!(twice, once, "input {s:?}");
    let (out, edits) = n.normalize_with_edits(s);
    assert_eq!(apply_edits(s, &edits), out);
}

/// `s` normalizes as the run of every pass over the whole line does, and
/// keeps the invariants of [`assert_idempotent`].
fn assert_as_every_pass(n: &Normalizer, s: &str) {
    assert_eq!(n.normalize(s), n.normalize_every_line(s), "{s:?}");
    assert_idempotent(n, s);
}

/// Fuzz (normalize): after a run of pipes left alone, the danda rule took the
/// next run's predecessor to be a DANDA, so `* | | |` became `* | । ।` and a
/// second run changed it again. The predecessor is now the character the run
/// actually leaves.
#[test]
fn pipes_left_alone_stay_pipes() {
    let n = Normalizer::new(NormalizeOptions::safe());
    for s in [
        "\n<(*|\t|<(*|\t| | | | |",
        "*| | || | || | |",
        "a | | |",
        "गया । | |",
    ] {
        assert_idempotent(&n, s);
    }
    assert_eq!(n.normalize("* | | |"), "* | | |");
}

/// Fuzz (repair, through clean): the same danda bug, seen by the clean
/// pipeline's idempotence check.
#[test]
fn clean_of_pipes_is_idempotent() {
    let c = Cleaner::new(NormalizeOptions::safe(), RepairMode::Document);
    let s = "*| | || | || | |";
    let once = c.clean(s);
    assert_eq!(c.clean(&once), once);
}

/// Fuzz (repair): stripping the orphan sign of `lऻand` (an unknown word `l`
/// followed by VOWEL SIGN OOE) glued `l` to `and` into `land`, a lexicon word
/// that a second run repaired. Orphan signs between two Latin runs are now
/// kept (and reported).
#[test]
fn stripping_orphan_marks_never_makes_a_new_word() {
    use devanagari::{RepairOptions, Repairer};
    let mut o = RepairOptions::new(RepairMode::All);
    o.strip_orphan_marks = true;
    let r = Repairer::new(o);
    for s in ["l\u{093B}and\u{1CFB}J", "x\u{093F}Government"] {
        let once = r.repair(s).into_owned();
        assert_eq!(r.repair(&once), once, "{s:?}");
    }
}

/// Fuzz (compare): the speech-tag rule (`"..." ती म्हणाली.` is one sentence)
/// looked for the verb of saying past a line break, so `!'^` + newline +
/// `कहती` was one sentence as a whole text but two when split line by line.
/// The tag must stand on the same line.
#[test]
fn speech_tag_stays_on_its_line() {
    use devanagari::sentences;
    let whole: Vec<&str> = sentences("!'^\nकहती").collect();
    let per_line: Vec<&str> = "!'^\nकहती".split('\n').flat_map(sentences).collect();
    assert_eq!(whole, per_line);
    assert_eq!(sentences("“जाओ!” वह कहती है।").count(), 1);
}

/// Fuzz (normalize) and review: in the nlp profile the NUKTA of a borrowed
/// sound was stripped in place even when a Vedic tone mark (combining
/// class 1) followed it; NFC puts the tone mark first, so the NUKTA no
/// longer follows its consonant and the passes keep it. The fix in place
/// now refuses a NUKTA before a character without an NFC boundary.
#[test]
fn nukta_before_a_vedic_tone_mark() {
    let n = Normalizer::new(NormalizeOptions::nlp());
    for s in [
        "झ\u{093C}\u{1CE3}\u{093E}",
        "ज\u{093C}\u{093C}\u{1CD4}",
        "ज\u{093C}\u{1CD4}",
    ] {
        assert_as_every_pass(&n, s);
    }
    // The fold finds the NUKTA's letter through the tone mark NFC puts
    // before it (classes 1 to 6), so the NUKTA of the borrowed sound goes,
    // whatever order the passes meet them in (property tests, later).
    assert_eq!(n.normalize("ज\u{093C}\u{1CD4}"), "ज\u{1CD4}");
}

/// Property tests: a DANDA after a pipe and a joiner (`|` ZWJ `।`) was taken
/// for a lone danda, and the space after it for a safe cut; removing the
/// joiner makes `|।` one run, whose fate depends on the word after the
/// space (across the cut). The joiner and invisible characters are now
/// looked through.
#[test]
fn danda_after_pipe_and_joiner() {
    let n = Normalizer::new(NormalizeOptions::safe());
    let s = "राम|\u{200D}। www";
    assert_eq!(n.normalize(s), n.normalize_every_line(s));
    assert_idempotent(&n, s);
}

/// Property tests over every combination of options: with the invisible or
/// space rules off, a line start holding an invisible character or an
/// unusual space was still taken for the start of a table row; with the
/// space rule off, a lone CR was still taken for a line break, and EN QUAD
/// and EM QUAD (which NFC turns into EN and EM SPACE) were never flagged.
#[test]
fn rules_off_are_off_everywhere() {
    let mut o = NormalizeOptions::none();
    o.danda = true;
    let n = Normalizer::new(o.clone());
    let s = "\u{200B}|Governmentक|क";
    assert_eq!(n.normalize(s), n.normalize_every_line(s));
    let s = "| t\rAB क|";
    assert_eq!(n.normalize(s), n.normalize_every_line(s));
    o.nfc = true;
    let n = Normalizer::new(o);
    assert_eq!(n.normalize("a\u{2000}b"), "a\u{2002}b");
}

/// Review: the quick check asked for the first NFC pass after a NUKTA out
/// of place only when the mark before it had a combining class above 7.
/// A mark of class 1 to 6 (the overlays U+0334..U+0338, Vedic tone marks)
/// does not block the NUKTA from composing with a NA, RA or LLA before it:
/// without that pass the repeat rule collapsed the NUKTAs first, and with
/// the mark-order rule off nothing was flagged at all, leaving the output
/// not NFC.
#[test]
fn nukta_after_a_low_class_mark_composes() {
    let safe = Normalizer::new(NormalizeOptions::safe());
    let nlp = Normalizer::new(NormalizeOptions::nlp());
    for s in [
        "न\u{0334}\u{093C}\u{093C}",
        "न\u{1CE2}\u{093C}\u{093C}",
        "र\u{0334}\u{093C}\u{093C}ड",
        "\u{16FF0}।\u{093C}फिर\u{16FF0}\u{093C}\u{2060}\u{093C}school",
    ] {
        for n in [&safe, &nlp] {
            assert_as_every_pass(n, s);
        }
    }
    assert_eq!(
        safe.normalize("न\u{0334}\u{093C}\u{093C}"),
        "\u{0929}\u{0334}\u{093C}"
    );
    let mut no_mark_order = NormalizeOptions::safe();
    no_mark_order.mark_order = false;
    let n = Normalizer::new(no_mark_order);
    assert_eq!(n.normalize("न\u{0334}\u{093C}"), "\u{0929}\u{0334}");
    assert_eq!(n.normalize("र\u{1CE2}\u{093C}"), "ऱ\u{1CE2}");
    for s in [
        "न\u{0334}\u{093C}",
        "र\u{1CE2}\u{093C}",
        "क\u{0334}\u{093C}",
    ] {
        assert!(unicode_normalization::is_nfc(&n.normalize(s)), "{s:?}");
    }
}

/// Fuzz (normalize, every option): with the NUKTA fold on but CANDRABINDU
/// kept, nothing asked for the fold in the first round when a precomposed
/// borrowed letter (फ़ U+095E) followed a NUKTA typed out of place. The
/// mark-order rule then moved that NUKTA to the front of its own cluster,
/// where the run of every pass, whose fold had already stripped the
/// letter's NUKTA, moves it onto the letter and strips it. The quick check
/// now asks for the fold at such a letter.
#[test]
fn precomposed_borrowed_letter_asks_for_the_fold() {
    let mut o = NormalizeOptions::none();
    o.spaces = true;
    o.nfc = true;
    o.do_not_emit = true;
    o.mark_order = true;
    o.joiners = JoinerPolicy::Contextual;
    o.nukta = NuktaPolicy::StripBorrowed;
    let n = Normalizer::new(o);
    for s in [
        "श\u{094D}\u{200D}\u{093E}\u{0901}\u{093C}\u{095E}",
        "कढश\u{094D}\u{200D}\u{093E}\u{0901}\u{093C}\u{095E}\u{2}\u{2}\u{093C}\u{0963}क\u{093C}",
        "श\u{094D}\u{200D}\u{093E}\u{0901}\u{093C}\u{0958}",
    ] {
        assert_as_every_pass(&n, s);
    }
    // (The NUKTA after CANDRABINDU on SHA, which has no nukta form, is a
    // stray one and stays; the borrowed letter's NUKTA is folded.)
    assert_eq!(
        n.normalize("श\u{094D}\u{200D}\u{093E}\u{0901}\u{093C}\u{095E}"),
        "श\u{0901}\u{093C}फ"
    );
}
