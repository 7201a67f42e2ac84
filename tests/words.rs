//! Properties of the word tokens and the akshara helpers over arbitrary
//! strings and Devanagari-heavy strings. (The aksharas against ICU4X's
//! grapheme clusters on real web text are in the bench member,
//! `benches/tests/anchors.rs`, with the other comparison anchors.)
//!
//! Case counts: 256 per property by default; set `PROPTEST_CASES=100000`
//! for a long local run.

mod common;
use common::code_points;
use devanagari::{
    akshara_count, akshara_indices, aksharas, sentence_indices, truncate_to_aksharas,
    truncate_to_bytes, word_indices, words, AbbreviationStops, HyphenPolicy, PunctuationTokens,
    WordOptions, WordTokenizer,
};
use proptest::prelude::*;
use std::collections::BTreeSet;
use unicode_segmentation::UnicodeSegmentation;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Pieces the tokenizer and the cluster rules look at, weighted toward
/// Devanagari: letters, signs, joiners, stops after letter names and
/// abbreviations, digits and separators, quotes, dashes, URLs, addresses,
/// emoji sequences, flags, a prepended concatenation mark, controls.
fn piece() -> impl Strategy<Value = String> {
    let fixed: Vec<&'static str> = vec![
        "क",
        "ष",
        "त",
        "र",
        "स",
        "म",
        "न",
        "ज",
        "अ",
        "आ",
        "इ",
        "ए",
        "डॉ",
        "प्रो",
        "एस",
        "के",
        "ई",
        "पू",
        "बी",
        "जे",
        "पी",
        "आई",
        "जी",
        "भा",
        "कॉम",
        "गोव",
        "इन",
        "लेकिन",
        "वह",
        "है",
        "\u{093E}",
        "\u{093F}",
        "\u{0940}",
        "\u{0947}",
        "\u{094B}",
        "\u{0902}",
        "\u{0901}",
        "\u{0903}",
        "\u{093C}",
        "\u{094D}",
        "\u{094D}",
        "\u{200D}",
        "\u{200C}",
        "\u{200B}",
        "\u{00AD}",
        "\u{0970}",
        "\u{0971}",
        "।",
        "॥",
        "।।",
        ".",
        ".",
        ". ",
        "..",
        "...",
        "…",
        ",",
        "?",
        "!",
        ":",
        ";",
        "-",
        "--",
        "—",
        "–",
        "'",
        "’",
        "\"",
        "“",
        "”",
        "(",
        ")",
        "[",
        "/",
        "%",
        "$",
        "£",
        "₹",
        "#",
        "@",
        "_",
        "&",
        " ",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u{00A0}",
        "\u{2003}",
        "०",
        "१",
        "५",
        "1",
        "2",
        "0",
        "3.5",
        "१०,०००",
        "Mr",
        "U",
        "S",
        "e",
        "g",
        "No",
        "India",
        "excel",
        "a",
        "http://a.b/c",
        "www.x.in",
        "a.b@c.in",
        "\u{1F44D}",
        "\u{1F3FD}",
        "\u{1F468}",
        "\u{1F1EE}",
        "\u{1F1F3}",
        "\u{0600}",
        "\u{0007}",
        "\u{0301}",
        "\u{0E33}",
        "\u{1100}",
        "\u{1161}",
        "\u{FFFD}",
        "é",
        "\u{0645}",
    ];
    prop::sample::select(fixed).prop_map(str::to_string)
}

fn devanagari_heavy() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), devanagari_heavy(), devanagari_heavy()]
}

fn any_options() -> impl Strategy<Value = WordOptions> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(drop, keep, split)| {
        let mut o = WordOptions::default();
        if drop {
            o.punctuation = PunctuationTokens::Drop;
        }
        if keep {
            o.hyphens = HyphenPolicy::Keep;
        }
        if split {
            o.abbreviation_stops = AbbreviationStops::Split;
        }
        o
    })
}

/// The extended grapheme cluster boundaries of `s`.
fn cluster_boundaries(s: &str) -> BTreeSet<usize> {
    s.grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([s.len()])
        .collect()
}

/// Whether `s` (the text from after a stop to the next sentence end) is a
/// verse label: dandas, one short word, dandas, then only what the splitter
/// keeps with a sentence after its end: what is glued to the dandas, or
/// more terminators, closing quotes, spaces, marks, joiners and invisible
/// characters.
fn is_verse_label_then_end(s: &str) -> bool {
    let is_danda = |c: char| matches!(c, '।' | '॥');
    let rest = s.trim_start_matches(is_danda);
    if rest.len() == s.len() {
        return false;
    }
    let rest = rest.trim_start();
    let word_end = rest
        .find(|c: char| c.is_whitespace() || is_danda(c))
        .unwrap_or(rest.len());
    let (word, tail) = rest.split_at(word_end);
    let tail = tail.trim_start();
    !word.is_empty()
        && word.chars().count() <= 24
        && tail.starts_with(is_danda)
        && (!tail.contains(char::is_whitespace)
            || tail.chars().all(|c| {
                is_danda(c)
                    || ".?!…\u{0970}".contains(c)
                    || c.is_whitespace()
                    || devanagari::script::is_closing_punctuation(c)
                    || unicode_normalization::char::is_combining_mark(c)
                    || devanagari::script::is_joiner(c)
                    || devanagari::script::is_invisible(c)
            }))
}

fn whitespace_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_some_and(char::is_whitespace)
}

fn whitespace_at(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_some_and(char::is_whitespace)
}

fn check_tokens(t: &WordTokenizer, s: &str) -> Result<(), TestCaseError> {
    let v: Vec<(usize, &str)> = t.word_indices(s).collect();
    let plain: Vec<&str> = t.words(s).collect();
    prop_assert_eq!(plain, v.iter().map(|&(_, w)| w).collect::<Vec<_>>());
    let clusters = cluster_boundaries(s);
    let mut prev_end = 0;
    for &(i, w) in &v {
        prop_assert!(!w.is_empty());
        prop_assert!(i >= prev_end, "overlap at {} in {:?}", i, s);
        prop_assert_eq!(&s[i..i + w.len()], w);
        prop_assert!(!w.contains(char::is_whitespace), "{:?} in {:?}", w, s);
        // No boundary inside a cluster of non-whitespace characters.
        let end = i + w.len();
        check_between_clusters(s, &clusters, i, end)?;
        prev_end = end;
    }
    // With punctuation kept, the tokens cover every non-whitespace
    // character exactly once; dropped, they are those tokens but the ones
    // of punctuation and symbols.
    let mut keep = t.options();
    keep.punctuation = PunctuationTokens::Keep;
    let keeper = WordTokenizer::new(keep);
    let kept: Vec<(usize, &str)> = keeper.word_indices(s).collect();
    // (ZERO WIDTH SPACE, WORD JOINER and ZERO WIDTH NO-BREAK SPACE at
    // either end of a word are skipped as whitespace.)
    let between = |c: char| c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}');
    let mut pos = 0;
    for &(i, w) in &kept {
        prop_assert!(s[pos..i].chars().all(between), "{:?}", s);
        pos = i + w.len();
    }
    prop_assert!(s[pos..].chars().all(between), "{:?}", s);
    let kept_set: BTreeSet<(usize, &str)> = kept.iter().copied().collect();
    prop_assert!(v.iter().all(|x| kept_set.contains(x)));
    if t.options().punctuation == PunctuationTokens::Keep {
        prop_assert_eq!(&v, &kept);
    }
    // `as_str` is the rest after each token.
    let mut it = t.word_indices(s);
    while let Some((i, w)) = it.next() {
        let rest = it.as_str();
        prop_assert_eq!(s.len() - rest.len(), i + w.len());
    }
    prop_assert!(it.next().is_none());
    Ok(())
}

/// Where the default tokenizer keeps a FULL STOP in a word, the default
/// splitter ends no sentence; where a FULL STOP glued to a Devanagari word
/// stands alone, the splitter ends one there.
/// Postpositions after which the splitter carries a sentence on past a
/// stop, under some hint (`src/sentence/abbrev.rs`).
const POSTPOSITIONS: [&str; 13] = [
    "च्या",
    "तक",
    "द्वारा",
    "ने",
    "को",
    "से",
    "बाट",
    "मा",
    "लाई",
    "सँग",
    "कडून",
    "पेक्षा",
    "साठी",
];

fn check_stops_agree_with_sentences(s: &str) -> Result<(), TestCaseError> {
    let ends: BTreeSet<usize> = sentence_indices(s).map(|(i, x)| i + x.len()).collect();
    let v: Vec<(usize, &str)> = word_indices(s).collect();
    for &(i, w) in &v {
        let url = w.contains("://") || w.contains("www.") || w.contains('@');
        if url || !w.starts_with(char::is_alphanumeric) || !w.contains('.') {
            continue;
        }
        for (j, c) in w.char_indices() {
            let at = i + j + c.len_utf8();
            // (A sentence also ends where the text or the line does.)
            let rest = s[at..].split('\n').next().unwrap_or("");
            if rest.trim().is_empty() {
                continue;
            }
            prop_assert!(
                !(c == '.' && j > 0 && ends.contains(&at)),
                "a sentence ends after the stop kept in {:?} of {:?}",
                w,
                s
            );
        }
    }
    for pair in v.windows(2) {
        let ((i, w), (j, x)) = (pair[0], pair[1]);
        let glued = i + w.len() == j;
        let last = w.chars().next_back();
        let url = w.contains("://") || w.contains("www.") || w.contains('@');
        if !glued || x != "." || url {
            continue;
        }
        let next = s[j + 1..].chars().next();
        if w.starts_with(char::is_alphabetic)
            && last.is_some_and(devanagari::script::is_devanagari_letter_or_mark)
            && !next.is_some_and(|n| ".?!…\"'”’".contains(n))
        {
            let closes = s[j + 1..]
                .char_indices()
                .map(|(k, _)| j + 1 + k)
                .chain([s.len()])
                .take_while(|&e| {
                    // (Closing quotes and brackets, and what the splitter
                    // adds to a sentence after its stop: a quote written
                    // apart, stray stops, a dangling number.)
                    !s[j + 1..e].chars().any(|c| {
                        c == '\n'
                            || c.is_alphabetic()
                            || devanagari::script::is_devanagari_letter_or_mark(c)
                    })
                })
                .any(|e| ends.contains(&e));
            // Or the sentence takes a verse label written against the stop
            // (`.॥क॥`, `.॥ १ ॥`), which the splitter keeps with it: the
            // next end comes after dandas around one short word (and what
            // the splitter adds after them: `.॥क॥ा`, `.॥क॥.`).
            let labelled = ends
                .range(j + 1..)
                .next()
                .is_some_and(|&e| is_verse_label_then_end(&s[j + 1..e]));
            // Or the stops after it (stray ones written apart too) stand
            // against a mark that extends their cluster (`.।ा`), or a comma,
            // semicolon or colon carries the text on after them (`. , फिर`):
            // the splitter ends no sentence there.
            let run_end = j
                + 1
                + s[j + 1..]
                    .chars()
                    .take_while(|&c| {
                        // (And the marks the splitter reads as closers
                        // after a terminator: `*`, `_`, an opening quote.)
                        ".।॥?!… \t*_‘“".contains(c) || devanagari::script::is_closing_punctuation(c)
                    })
                    .map(char::len_utf8)
                    .sum::<usize>();
            let against_mark = run_end < s.len()
                && !cluster_boundaries(s).contains(&run_end)
                && !whitespace_at(s, run_end);
            let carried_on = s[run_end..]
                .trim_start_matches([' ', '\t'])
                .starts_with([',', ';', ':', '\u{060C}']);
            // Or what follows carries the sentence on whatever the word
            // is, so the stop is none of the word's: a dash glued to it,
            // the bracket that closes an aside on its line, a postposition,
            // a speaker's hyphen (`रामे.-तो`, or `रामे.- वह` at a line's
            // start).
            let line = s[j + 1..].split('\n').next().unwrap_or("");
            let runs_on = line.starts_with(['\u{2014}', '\u{2013}', '-'])
                || line.contains(')')
                || POSTPOSITIONS.contains(&line.split_whitespace().next().unwrap_or(""));
            prop_assert!(
                closes || labelled || against_mark || carried_on || runs_on,
                "the stop after {:?} stands alone but ends no sentence: {:?}",
                w,
                s
            );
        }
    }
    Ok(())
}

fn check_aksharas(s: &str, n: usize) -> Result<(), TestCaseError> {
    let a: Vec<&str> = aksharas(s).collect();
    prop_assert_eq!(a.concat(), s);
    prop_assert_eq!(akshara_count(s), a.len());
    let idx: Vec<(usize, &str)> = akshara_indices(s).collect();
    prop_assert_eq!(idx.iter().map(|&(_, g)| g).collect::<Vec<_>>(), a.clone());
    let clusters = cluster_boundaries(s);
    // Truncation to bytes: the longest prefix of at most n bytes ending
    // between clusters.
    let t = truncate_to_bytes(s, n);
    prop_assert!(s.starts_with(t) && t.len() <= n);
    prop_assert!(clusters.contains(&t.len()));
    let best = clusters.range(..=n).next_back().copied().unwrap_or(0);
    prop_assert_eq!(t.len(), best, "{}", code_points(s));
    no_dangling_sign(s, t.len())?;
    // Truncation to aksharas.
    let u = truncate_to_aksharas(s, n);
    prop_assert!(s.starts_with(u));
    prop_assert_eq!(akshara_count(u), n.min(a.len()));
    prop_assert!(clusters.contains(&u.len()));
    no_dangling_sign(s, u.len())?;
    Ok(())
}

/// A cut at `cut` of `s` leaves no dangling VIRAMA, vowel sign or NUKTA:
/// what follows the cut starts with no Devanagari sign (unless a control
/// character such as a line break stands before it), and a VIRAMA before
/// the cut is not the first half of a conjunct.
fn no_dangling_sign(s: &str, cut: usize) -> Result<(), TestCaseError> {
    let before = s[..cut].chars().next_back();
    let after = s[cut..].chars().next();
    if let (Some(b), Some(a)) = (before, after) {
        let pair = format!("{b}{a}");
        prop_assert!(
            !devanagari::script::is_dependent_sign(a) || pair.graphemes(true).count() == 2,
            "a sign cut from its letter: {}",
            code_points(s)
        );
        prop_assert!(
            !(b == '\u{094D}' && devanagari::script::is_consonant(a) && {
                let head = &s[..cut - 3];
                head.chars()
                    .next_back()
                    .is_some_and(devanagari::script::is_consonant)
            }),
            "a conjunct cut: {}",
            code_points(s)
        );
    }
    Ok(())
}

/// Long chains of initials, abbreviations and words joined by stops, glued
/// or spaced: the tokenizer reads ahead of a glued stop up to 256 bytes and
/// remembers what it read.
fn chains() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ए",
        "बी",
        "जे",
        "पी",
        "आई",
        "जी",
        "है",
        "राम",
        "डॉ",
        "ई",
        "पू",
        "भा",
        "ज",
        "प",
        "कि",
        "मी",
        "A",
        "U",
        "S",
        "excel",
        "No",
        "लेकिन",
        "वह",
        "१",
        "5",
        "\n",
        "\"",
        ")",
        "।",
    ]);
    let seps = prop::sample::select(vec![".", ".", ".", ". ", " ", "", "..", ".\t"]);
    prop::collection::vec((pieces, seps), 1..160)
        .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn kept_stops_in_long_chains(s in chains()) {
        check_stops_agree_with_sentences(&s)?;
        check_tokens(&WordTokenizer::default(), &s)?;
    }

    #[test]
    fn tokens_are_slices_in_order_covering_the_text(s in any_text(), o in any_options()) {
        check_tokens(&WordTokenizer::new(o), &s)?;
    }

    #[test]
    fn kept_stops_are_where_the_splitter_ends_no_sentence(s in devanagari_heavy()) {
        check_stops_agree_with_sentences(&s)?;
    }

    #[test]
    fn aksharas_and_truncation(s in any_text(), n in 0usize..200) {
        check_aksharas(&s, n)?;
    }

    #[test]
    fn sentence_boundaries_fall_between_clusters(s in any_text()) {
        check_sentences_between_clusters(&s)?;
    }
}

/// Every sentence starts and ends at a cluster boundary (or against
/// whitespace): no sentence starts with a mark cut from its letter or
/// terminator (`।ो`, `.ा`).
fn check_sentences_between_clusters(s: &str) -> Result<(), TestCaseError> {
    let clusters = cluster_boundaries(s);
    for (i, x) in sentence_indices(s) {
        check_between_clusters(s, &clusters, i, i + x.len())?;
    }
    Ok(())
}

/// That the piece `s[i..end]` (a token, a sentence) starts and ends at a
/// cluster boundary of `clusters` or against whitespace.
fn check_between_clusters(
    s: &str,
    clusters: &BTreeSet<usize>,
    i: usize,
    end: usize,
) -> Result<(), TestCaseError> {
    prop_assert!(
        clusters.contains(&i) || whitespace_before(s, i),
        "{:?} starts inside a cluster: {}",
        &s[i..end],
        code_points(s)
    );
    prop_assert!(
        clusters.contains(&end) || whitespace_at(s, end),
        "{:?} ends inside a cluster: {}",
        &s[i..end],
        code_points(s)
    );
    Ok(())
}

/// Word tokens of composed sentences, one per class of the rules.
#[test]
fn composed_sentences() {
    let cases: &[(&str, &[&str])] = &[
        // Social text (a helper's probe of tweets): an emoji's presentation
        // selector ends the emoji; ZERO WIDTH SPACE at a word's ends is no
        // part of it, inside it is; a handle in ASCII ends where ASCII
        // does; a link glued to a word starts a token; a closing quote
        // before a case ending closes the quotation.
        (
            "➡️नई सूचना \u{200B}\u{200B}पढ़िए\u{200B} अ\u{200B}मर @PMOIndiaने कहा",
            &[
                "➡️",
                "नई",
                "सूचना",
                "पढ़िए",
                "अ\u{200B}मर",
                "@PMOIndia",
                "ने",
                "कहा",
            ],
        ),
        (
            "पूरी बातhttps://t.co/xyz और देखेंwww.example.com",
            &[
                "पूरी",
                "बात",
                "https://t.co/xyz",
                "और",
                "देखें",
                "www.example.com",
            ],
        ),
        (
            "‘हम साथ हो’च्या घोषणा अतो'हं",
            &["‘", "हम", "साथ", "हो", "’", "च्या", "घोषणा", "अतो'हं"],
        ),
        // A stop before a comma closes no word but an abbreviation or a
        // chain; an address whose name is Devanagari keeps its domain.
        (
            "शुभेच्छा.,आणि डॉ.,राम उ.वा., लिखें नाम@gmail.com पर",
            &[
                "शुभेच्छा",
                ".",
                ",",
                "आणि",
                "डॉ.",
                ",",
                "राम",
                "उ.वा.",
                ",",
                "लिखें",
                "नाम",
                "@gmail.com",
                "पर",
            ],
        ),
        // A domain name written in Devanagari is one token; `इन` after a
        // word is the next sentence's "these".
        (
            "खबर अमरउजाला.कॉम पर थी.इन दिनों इसरो.गोव.इन बंद है",
            &[
                "खबर",
                "अमरउजाला.कॉम",
                "पर",
                "थी",
                ".",
                "इन",
                "दिनों",
                "इसरो.गोव.इन",
                "बंद",
                "है",
            ],
        ),
        (
            "प्रो. एस. के. वर्मा ने कहा, “ई.पू. 326 में 25% लोग थे।”",
            &[
                "प्रो.",
                "एस.",
                "के.",
                "वर्मा",
                "ने",
                "कहा",
                ",",
                "“",
                "ई.पू.",
                "326",
                "में",
                "25",
                "%",
                "लोग",
                "थे",
                "।",
                "”",
            ],
        ),
        (
            "कीमत $1,250.50 (लगभग ₹१,०४,०००) है; देखें www.example.in/दाम!",
            &[
                "कीमत",
                "$1,250.50",
                "(",
                "लगभग",
                "₹",
                "१,०४,०००",
                ")",
                "है",
                ";",
                "देखें",
                "www.example.in/दाम",
                "!",
            ],
        ),
        (
            "बैठक 10.11.2025 को 10:30 बजे — #चुनाव2025 पर @निर्वाचन_आयोग ने लिखा...",
            &[
                "बैठक",
                "10.11.2025",
                "को",
                "10:30",
                "बजे",
                "—",
                "#चुनाव2025",
                "पर",
                "@निर्वाचन_आयोग",
                "ने",
                "लिखा",
                "...",
            ],
        ),
        (
            "वह घर गया. The U.S. team won. in excel. insert",
            &[
                "वह",
                "घर",
                "गया",
                ".",
                "The",
                "U.S.",
                "team",
                "won",
                ".",
                "in",
                "excel",
                ".",
                "insert",
            ],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = words(text).collect();
        assert_eq!(&got, want, "{text}");
    }
}

/// Inputs that make a tokenizer work at every character: chains of stops,
/// runs of marks after punctuation, URL and address look-alikes, emoji and
/// prepended marks. Each must take time linear in its length.
fn hostile_inputs(size: usize) -> Vec<(&'static str, String)> {
    let rep = |unit: &str| unit.repeat(size / unit.len().max(1) + 1);
    vec![
        ("hindi news", {
            let news = include_str!("../benches/data/hindi_news.txt");
            news.repeat(size / news.len() + 1)
        }),
        ("glued initials ए.ए.ए.", rep("ए.")),
        ("spaced initials ए. ए.", rep("ए. ")),
        ("abbreviations डॉ. डॉ.", rep("डॉ. ")),
        ("Latin chain a.a.a.", rep("a.")),
        ("dots", rep(".")),
        ("NUKTAs after a letter", format!("क{}", rep("\u{093C}"))),
        ("signs after a danda", format!("।{}", rep("\u{093E}"))),
        ("hyphens a-a-a", rep("a-")),
        ("at signs a@a@", rep("a@")),
        ("address look-alikes", rep("a.b@c")),
        ("URL", format!("http://{}", rep("a/"))),
        ("URL and closing brackets", format!("http://a{}", rep(")"))),
        ("URL and stops", format!("http://a{}", rep("."))),
        ("flags", rep("\u{1F1EE}")),
        ("emoji ZWJ chain", rep("\u{1F468}\u{200D}")),
        ("prepended marks", rep("\u{0600}")),
        ("virama and emoji modifier", rep("क्\u{1F3FD}")),
        ("one conjunct क्क्क्", rep("क्")),
        ("digits and separators", rep("1,")),
    ]
}

/// Time per MB of each hostile input beside Hindi news (`#[ignore]`d; run
/// `cargo test --release --test words -- --ignored --nocapture`), beside
/// the sentence splitter's on the same input. Fails when an input costs
/// more than 100 times Hindi per byte (the worst, initials and a stop every
/// three bytes, was about 25 times: each stop asks the splitter).
#[test]
#[ignore]
fn hostile_inputs_timing() {
    let size = 1 << 20;
    let mut base = None;
    // Warm up (the lazy tables, the caches).
    words("डॉ. एस. के. राम, 3.5% www.a.in").for_each(drop);
    for (name, text) in hostile_inputs(size) {
        let start = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..3 {
            n += words(&text).count();
        }
        let per_mb = start.elapsed().as_secs_f64() / 3.0 / (text.len() as f64 / 1e6);
        let base = *base.get_or_insert(per_mb);
        let start = std::time::Instant::now();
        let sentences = devanagari::sentences(&text).count();
        let splitter_per_mb = start.elapsed().as_secs_f64() / (text.len() as f64 / 1e6);
        println!(
            "{name:28} {:8.2} ms/MB  {:6.1}x  ({} tokens; the splitter {:.2} ms/MB, {sentences} sentences)",
            per_mb * 1e3,
            per_mb / base,
            n / 3,
            splitter_per_mb * 1e3,
        );
        assert!(per_mb / base < 100.0, "{name}");
    }
}

/// Doubling a hostile input at most about doubles its time (linear, not
/// quadratic), at sizes a debug build runs in a moment.
#[test]
fn hostile_inputs_are_linear() {
    let time = |text: &str| {
        let start = std::time::Instant::now();
        let n = words(text).count()
            + akshara_count(text)
            + truncate_to_bytes(text, text.len() / 2).len();
        (start.elapsed().as_secs_f64(), n)
    };
    let small = hostile_inputs(1 << 14);
    let large = hostile_inputs(1 << 16);
    for ((name, s), (_, l)) in small.iter().zip(&large) {
        // The best of three, against noise.
        let ts = (0..3).map(|_| time(s).0).fold(f64::MAX, f64::min);
        let tl = (0..3).map(|_| time(l).0).fold(f64::MAX, f64::min);
        assert!(
            tl < ts * 12.0 + 0.02,
            "{name}: {ts:.4}s for 16 KB, {tl:.4}s for 64 KB"
        );
    }
}
