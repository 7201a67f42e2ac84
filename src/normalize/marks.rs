//! Rule 6: marks typed in the wrong order, and duplicated marks.
//!
//! Works on clusters: a base character followed by a run of Devanagari
//! dependent signs. Each cluster is rebuilt in one pass over its marks, so the
//! work is linear in the length of the run, however long (a run of a million
//! NUKTAs is one cluster).

use super::space::is_unusual_space;
use crate::edit::EditKind;
use crate::rewrite::{Changed, Rewriter};
use crate::script::*;

/// Calls `f(base, marks_range)` for every run of dependent signs in `line`.
fn for_each_cluster(line: &str, mut f: impl FnMut(Option<char>, usize, usize)) {
    let mut base: Option<char> = None;
    let mut run_start: Option<usize> = None;
    for (i, c) in line.char_indices() {
        if is_dependent_sign(c) {
            if run_start.is_none() {
                run_start = Some(i);
            }
            continue;
        }
        if let Some(s) = run_start.take() {
            f(base, s, i);
        }
        base = Some(c);
    }
    if let Some(s) = run_start {
        f(base, s, line.len());
    }
}

/// The consonants a misplaced NUKTA moves onto: those whose nukta form is
/// in everyday use, the borrowed sounds क़ ख़ ग़ ज़ झ़ फ़ य़ and the flaps ड़ ढ़
/// (SPEC rule 6 names YA among them, though a Nepali tweet's stray `पा़यौ`
/// becomes `पाय़ौ` so). Not NA, RA, LLA, though NFC composes their nukta
/// forms: Hindi never writes those, and a NUKTA by them is a stray one
/// (`दो़नों` is `दोनों`, `आरा़धना` is `आराधना`), left where it was typed.
fn takes_nukta(c: char) -> bool {
    is_borrowed_sound_consonant(c)
        || matches!(
            c,
            DEVANAGARI_LETTER_DDA | DEVANAGARI_LETTER_DDHA | '\u{092F}' // LETTER YA
        )
}

/// NUKTA after a vowel sign or a nasal sign moves next to its consonant;
/// ANUSVARA or CANDRABINDU typed before a vowel sign moves after it (not
/// from a vowel sign onto a stray second one: [`VowelSeen`]).
pub(crate) fn reorder(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    for_each_cluster(line, |base, s, e| {
        let Some(marks) = line.get(s..e) else { return };
        let order = MarkOrder::read(marks);
        let nukta = order.nukta_move(base);
        if nukta == NuktaMove::Stays && !order.nasal_before_vowel {
            return; // nothing out of place
        }
        let nuktas_first = (nukta == NuktaMove::ToBase).then_some(order.nuktas);
        let out = reordered_marks(marks, nuktas_first);
        rw.replace_diff(s..e, &out, EditKind::MarkOrder);
    });
    rw.finish()
}

/// What one look at a cluster's marks finds out of order.
#[derive(Clone, Copy, Debug)]
struct MarkOrder {
    /// How many NUKTAs the marks hold.
    nuktas: usize,
    /// A NUKTA stands after another sign.
    nukta_after_other: bool,
    /// A NUKTA stands after the VISARGA, which closes a syllable: typed
    /// after it, the NUKTA is a stray one, not its consonant's (`श्लोकः़`).
    nukta_after_visarga: bool,
    /// A nasal sign stands right before a vowel sign.
    nasal_before_vowel: bool,
}

/// The vowel signs of a run of vowel signs and nasal signs, read so far:
/// whether a nasal sign typed after a vowel sign is in its place (`हैं`)
/// before a second vowel sign, a stray one (`हैंा`, a typo for `हैं`),
/// which the nasal sign does not move onto (`हैां` would take it from the
/// vowel it was typed for). It moves where the second sign repeats the
/// first (`गहूंू`, which rule 6 then collapses) or completes a vowel sign
/// split in two (`काठमाडाँै`, AA and AI for AU: [`joined_vowel_sign`]).
#[derive(Clone, Copy, Debug, Default)]
struct VowelSeen {
    /// The last vowel sign of the run.
    vowel: Option<char>,
    /// The vowel sign before the run's first nasal sign.
    before_nasal: Option<char>,
}

impl VowelSeen {
    /// Reads the next mark of the cluster.
    fn read(&mut self, m: char) {
        if is_dependent_vowel_sign(m) {
            self.vowel = Some(m);
        } else if is_nasal_sign(m) {
            if self.before_nasal.is_none() {
                self.before_nasal = self.vowel;
            }
        } else {
            *self = VowelSeen::default();
        }
    }

    /// Whether the nasal signs read stay before the vowel sign `m`, which
    /// follows them: after their own vowel sign (above), or before VOWEL
    /// SIGN I, which glyph-by-glyph converters of legacy fonts type with
    /// its nasal before the next consonant, as both are drawn (`बलवंतंिसह`
    /// for `बलवंतसिंह`): moving the nasal would put both on the wrong
    /// letter (`बलवंतिंसह`). (SPEC rule 6 moves a nasal before any vowel
    /// sign; the stray second sign and VOWEL SIGN I are the departures.)
    fn keeps_nasal_before(&self, m: char) -> bool {
        m == DEVANAGARI_VOWEL_SIGN_I
            || self
                .before_nasal
                .is_some_and(|v| v != m && joined_vowel_sign(v, m).is_none())
    }
}

/// Where the NUKTAs of a cluster go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NuktaMove {
    /// Nowhere: none is out of place, or it is a stray one, left where it
    /// was typed.
    Stays,
    /// To the front of the marks, next to the cluster's consonant.
    ToBase,
}

impl MarkOrder {
    /// Reads the marks of a cluster once.
    fn read(marks: &str) -> Self {
        let mut order = MarkOrder {
            nuktas: 0,
            nukta_after_other: false,
            nukta_after_visarga: false,
            nasal_before_vowel: false,
        };
        let mut prev_nasal = false;
        let mut visarga = false;
        let mut vowel = VowelSeen::default();
        for (k, m) in marks.chars().enumerate() {
            if m == DEVANAGARI_SIGN_NUKTA {
                order.nuktas += 1;
                order.nukta_after_other |= order.nuktas <= k;
                order.nukta_after_visarga |= visarga;
            }
            visarga |= m == DEVANAGARI_SIGN_VISARGA;
            order.nasal_before_vowel |=
                prev_nasal && is_dependent_vowel_sign(m) && !vowel.keeps_nasal_before(m);
            prev_nasal = is_nasal_sign(m);
            vowel.read(m);
        }
        order
    }

    /// Where a NUKTA after another sign of the cluster of `base` goes: to
    /// the consonant it belongs to, the cluster's, if that has a nukta
    /// form. On a consonant with none it is no misplaced mark but a stray
    /// one (`वि़षय`, `आन्दो़लन`): moving it would invent a letter, so it
    /// stays where it was typed. (Not NA, RA, LLA, whose nukta forms Hindi
    /// never writes: `आरा़धना` has a stray NUKTA.) Nor does it move on to
    /// the next consonant, as if typed before it: `स्टू़डेंट्स`,
    /// `ला़कडाउन` would become `स्टूड़ेंट्स`, `लाक़डाउन` (tweets), and
    /// no source showed a NUKTA typed before its letter. Nor one typed after
    /// the VISARGA (`श्लोकः़` would become `श्लोक़ः`): SPEC rule 6 moves a
    /// NUKTA from after a vowel sign or a nasal sign.
    fn nukta_move(&self, base: Option<char>) -> NuktaMove {
        if self.nukta_after_other && !self.nukta_after_visarga && base.is_some_and(takes_nukta) {
            NuktaMove::ToBase
        } else {
            NuktaMove::Stays
        }
    }
}

/// The marks of a cluster in order: `nuktas_first` NUKTAs first (the
/// misplaced ones, taken out of the run; `None`: they stay); then, in each
/// run of vowel signs and nasal signs, the vowel signs before the nasal
/// signs, which wait in `nasals` until the run ends (but one typed after a
/// vowel sign, which is in its place: [`VowelSeen`]). One pass, however
/// long the run.
fn reordered_marks(marks: &str, nuktas_first: Option<usize>) -> String {
    let mut out = String::with_capacity(marks.len());
    if let Some(n) = nuktas_first {
        out.extend(std::iter::repeat_n(DEVANAGARI_SIGN_NUKTA, n));
    }
    let mut nasals = String::new();
    let mut vowel = VowelSeen::default();
    for m in marks.chars() {
        if nuktas_first.is_some() && m == DEVANAGARI_SIGN_NUKTA {
            continue;
        }
        if is_dependent_vowel_sign(m) {
            // (Nasal signs typed after their vowel sign, before a stray
            // one: in their place.)
            if vowel.keeps_nasal_before(m) {
                out.push_str(&nasals);
                nasals.clear();
            }
            out.push(m);
        } else if is_nasal_sign(m) {
            nasals.push(m);
        } else {
            out.push_str(&nasals);
            nasals.clear();
            out.push(m);
        }
        vowel.read(m);
    }
    out.push_str(&nasals);
    out
}

/// The vowel sign that two signs typed for it stand for: legacy-font
/// converters (Krutidev, Preeti) write O and AU glyph by glyph, as AA + E
/// (`उन्हाेंने`), AA + AI, AA + CANDRA E, or in the other order E + AA,
/// CANDRA E + AA. No word is spelled with two vowel signs in a row. (Not
/// AI followed by AA: it is AU in `घिनैाना` and `सैा`, but `करते हैा
/// भारतीय` is `हैं` or `है।`, and `हौ` there would be another word. Nor
/// the CANDRA E the same converters write for CANDRABINDU after U, UU, AU
/// (`हूॅ` for `हूँ`): making it CANDRABINDU would add a dot the reader did
/// not see, which the safe profile never does.)
fn joined_vowel_sign(first: char, second: char) -> Option<&'static str> {
    match (first, second) {
        ('\u{093E}', '\u{0947}') | ('\u{0947}', '\u{093E}') => Some("\u{094B}"), // AA + E: O
        ('\u{093E}', '\u{0948}') => Some("\u{094C}"),                            // AA + AI: AU
        ('\u{093E}', '\u{0945}') | ('\u{0945}', '\u{093E}') => Some("\u{0949}"), // AA + CANDRA E: CANDRA O
        _ => None,
    }
}

/// Whether `second` after `first` is a split vowel sign (see
/// [`joined_vowel_sign`]); the quick check asks this.
pub(crate) fn is_split_vowel_sign(first: char, second: char) -> bool {
    joined_vowel_sign(first, second).is_some()
}

/// Rule 6: two vowel signs written for one (AA + E for O, ...) become the
/// one vowel sign.
pub(crate) fn split_vowel_signs(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut prev: Option<(usize, char)> = None;
    for (i, c) in line.char_indices() {
        if let Some((j, p)) = prev {
            if let Some(one) = joined_vowel_sign(p, c) {
                rw.replace(j..i + c.len_utf8(), one, EditKind::SplitVowelSign);
                prev = None;
                continue;
            }
        }
        prev = Some((i, c));
    }
    rw.finish()
}

/// Whether a sign rejoins its letter over a space a word tokenizer typed
/// before it: every dependent sign and VIRAMA, but VISARGA (Marathi news
/// write it after a space for a colon: `पोलादपूर ः बेपत्ता`) and the Vedic
/// stress signs.
pub(crate) fn rejoins_over_space(c: char) -> bool {
    is_dependent_sign(c) && c != DEVANAGARI_SIGN_VISARGA && !matches!(c, '\u{0951}'..='\u{0954}')
    // STRESS SIGN UDATTA ..= ACUTE ACCENT
}

/// Whether a sign after a space may have been torn from `c`: a Devanagari
/// letter or sign, but no Vedic stress sign (rule 5 makes those combining
/// accents of Latin, U+0300 and U+0301, whatever the order of the rules),
/// nor AVAGRAHA, which takes no sign (a converter's `ऽ` typed for a
/// QUESTION MARK is no letter a sign was torn from: `ऽ ्र`).
fn is_torn_from(c: char) -> bool {
    is_devanagari_letter_or_mark(c)
        && !matches!(c, '\u{0951}'..='\u{0954}')
        && c != DEVANAGARI_SIGN_AVAGRAHA
}

/// Whether `sign` after a space may have been torn from `before`, the last
/// character before the space ([`is_torn_from`]): any sign from a letter
/// or a NUKTA (`क ् या`, `ड ़ े`, `आ ँ ख`, `अ ॅ`, which rule 7 writes `ॲ`);
/// from a vowel sign or a nasal sign, only a nasal sign or NUKTA (`ह ै ं`,
/// and the typos `में ं`, `प्रो ़`, whose letters a tokenizer tears alike);
/// none from a VIRAMA. No word writes a vowel sign or a VIRAMA after a vowel
/// sign or a VIRAMA, so a list of the signs themselves (`मात्राएँ: ा ि ी ु`)
/// is no torn word.
fn is_torn_pair(before: char, sign: char) -> bool {
    if !is_torn_from(before) {
        return false;
    }
    if before == DEVANAGARI_SIGN_VIRAMA {
        return false;
    }
    if is_dependent_vowel_sign(before) || is_nasal_sign(before) {
        return is_nasal_sign(sign) || sign == DEVANAGARI_SIGN_NUKTA;
    }
    true
}

/// Whether a combining mark follows a space in `text` (invisible
/// characters and joiners between skipped; any space rule 1 makes SPACE,
/// and CR): where the sign-space rule may act, now or after NFC puts a
/// sign first. Read from the bytes: a SPACE before a Devanagari letter, the
/// common case, costs no decoding.
pub(crate) fn sign_after_space(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.char_indices().any(|(i, c)| {
        let space = match bytes.get(i) {
            Some(b' ' | b'\r') => true,
            Some(&b) if b >= 0xC2 => is_unusual_space(c),
            _ => false,
        };
        space
            && text
                .get(i + c.len_utf8()..)
                .and_then(|r| r.chars().find(|&n| !is_invisible(n) && !is_joiner(n)))
                .is_some_and(|n| match n {
                    // Devanagari: its dependent signs, without the table.
                    '\u{0900}'..='\u{097F}' => is_dependent_sign(n),
                    _ if n.is_ascii() => false,
                    _ => unicode_normalization::char::is_combining_mark(n),
                })
    })
}

/// The torn signs of `line` (a sign after spaces after a letter or sign,
/// see [`sign_spaces`]) and all its signs that can be torn.
fn torn_and_all_signs(line: &str) -> (usize, usize) {
    let (mut torn, mut all) = (0, 0);
    let mut before_space: Option<char> = None;
    let mut prev = '\n';
    // (Spaces of every kind, as rule 1 makes them SPACE; invisible
    // characters and joiners skipped, as rules 2 and 3 remove them: the
    // count is the same before and after normalization.)
    let space = |c: char| c == ' ' || is_unusual_space(c);
    for c in line.chars() {
        if is_invisible(c) || is_joiner(c) {
            continue;
        }
        if rejoins_over_space(c) {
            all += 1;
            torn += usize::from(space(prev) && before_space.is_some_and(|b| is_torn_pair(b, c)));
        }
        if !space(c) {
            before_space = Some(c);
        }
        prev = c;
    }
    (torn, all)
}

/// How a word tokenizer tore a line's signs from their letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TornSigns {
    /// Whether it also typed a space after each VIRAMA (`क ् या`), so that
    /// the space after a torn VIRAMA may be its work too; not where some
    /// torn VIRAMA of the line is written against its consonant (`क ्या`):
    /// that tokenizer spaced only before signs, and a space after a torn
    /// VIRAMA ends a word that ends in VIRAMA (`अहम ् मुद्दा`).
    pub(crate) spaces_after_virama: bool,
}

/// Whether a word tokenizer tore the signs of `line` from their letters
/// (`क ् या`), and how: half its signs or more stand after a space (at
/// least two), or all of them do. Scraped text has a stray sign after a
/// space here and there from legacy-font converters (`शरत िसंह` for `शरत
/// सिंह`), where joining would be wrong; tokenizers tear every sign. Read
/// from the whole line as the other rules leave it
/// (`Normalizer::torn_signs`), so every piece of it decides alike.
pub(crate) fn torn_signs(line: &str) -> Option<TornSigns> {
    let (torn, all) = torn_and_all_signs(line);
    let is_torn = torn > 0 && (torn == all || (torn >= 2 && 2 * torn >= all));
    is_torn.then(|| TornSigns {
        spaces_after_virama: !torn_virama_against_consonant(line),
    })
}

/// Whether some VIRAMA after a space (after a letter or sign) stands
/// against a consonant (`क ्या`).
fn torn_virama_against_consonant(line: &str) -> bool {
    // (Invisible characters skipped, as in `torn_and_all_signs`; not
    // joiners: a VIRAMA against a joiner (`त ्\u{200D}व`) is a conjunct's
    // half form, which a tokenizer that spaces after viramas keeps whole.)
    let mut chars = line.chars().filter(|&c| !is_invisible(c)).peekable();
    let space = |c: char| c == ' ' || is_unusual_space(c);
    let mut before_space: Option<char> = None;
    let mut prev = '\n';
    while let Some(c) = chars.next() {
        let torn = c == DEVANAGARI_SIGN_VIRAMA
            && space(prev)
            && before_space.is_some_and(|b| is_torn_pair(b, c));
        if torn && chars.peek().copied().is_some_and(is_consonant) {
            return true;
        }
        if !space(c) {
            before_space = Some(c);
        }
        prev = c;
    }
    false
}

/// Rule 6: spaces a word tokenizer typed between a letter and its sign or
/// VIRAMA (`क ् या`, `राबवल े`) are removed; after a VIRAMA torn so, the
/// space before the next consonant too where the tokenizer typed spaces
/// after viramas (`क ् या` is `क्या`, see [`TornSigns`]), while `जगत्
/// में`, a word ending in VIRAMA untorn, keeps its space.
pub(crate) fn sign_spaces(line: &str, how: TornSigns) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let bytes = line.as_bytes();
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = line.get(i..).and_then(|r| r.chars().next()) {
        if c != ' ' {
            prev = Some(c);
            i += c.len_utf8();
            continue;
        }
        let end = i + bytes
            .get(i..)
            .map_or(0, |b| b.iter().take_while(|&&b| b == b' ').count());
        let next = line.get(end..).and_then(|r| r.chars().next());
        let torn = prev
            .zip(next)
            .is_some_and(|(p, n)| rejoins_over_space(n) && is_torn_pair(p, n));
        if !torn {
            prev = Some(' ');
            i = end;
            continue;
        }
        rw.replace(i..end, "", EditKind::SignSpace);
        let Some(sign) = next else { break };
        let letter = prev;
        i = end + sign.len_utf8();
        prev = Some(sign);
        if sign == DEVANAGARI_SIGN_VIRAMA && how.spaces_after_virama {
            let after = i + bytes
                .get(i..)
                .map_or(0, |b| b.iter().take_while(|&&b| b == b' ').count());
            let consonant = line
                .get(after..)
                .and_then(|r| r.chars().next())
                .filter(|&c| is_consonant(c));
            // Whether `l` with VIRAMA ends its word before `c`.
            let ends_word = |l: char, c: char| {
                never_conjunct(l, c) || postposition_after_name(l, line.get(after..).unwrap_or(""))
            };
            if after > i && consonant.is_some_and(|c| !letter.is_some_and(|l| ends_word(l, c))) {
                rw.replace(i..after, "", EditKind::SignSpace);
                i = after;
            }
        }
    }
    rw.finish()
}

/// Whether `first` with VIRAMA, then `second`, is a cluster no word of
/// Devanagari writes inside it, so that a space between them ends a word
/// (`अहम ् की`, `तस्मात ् गच्छ`) where a tokenizer that spaced every
/// VIRAMA also tore conjuncts (`म ् ब`, `त ् र`). Inside a word MA with
/// VIRAMA stands only before a labial, a semivowel, HA, NA or SA (`म्ब`,
/// `म्य`, `तुम्हें`, `निम्न`, the `म्स` of `टाइम्स`); before another stop or a
/// sibilant it is written ANUSVARA (`संकट`, `संशय`). TA with VIRAMA is
/// voiceless: inside a word it never stands before a voiced stop, LA or HA
/// (`उद्गम`, `उद्धार`, `उल्लास` assimilate).
fn never_conjunct(first: char, second: char) -> bool {
    match first {
        'म' => matches!(
            second,
            'क' | 'ख'
                | 'ग'
                | 'घ'
                | 'च'
                | 'छ'
                | 'ज'
                | 'झ'
                | 'ट'
                | 'ठ'
                | 'ड'
                | 'ढ'
                | 'त'
                | 'थ'
                | 'द'
                | 'ध'
                | 'श'
                | 'ष'
        ),
        'त' => matches!(
            second,
            'ग' | 'घ' | 'ज' | 'झ' | 'ड' | 'ढ' | 'द' | 'ध' | 'ब' | 'भ' | 'ल' | 'ह'
        ),
        _ => false,
    }
}

/// The postpositions and auxiliaries that follow a name ending in MA with
/// VIRAMA (`चिदंबरम् ने`, `अहम् होंगे`) and that no word writes after `म्`
/// (before KA and the other stops [`never_conjunct`] decides already).
const AFTER_MA_VIRAMA: [&str; 7] = ["ने", "में", "से", "है", "हैं", "हो", "होंगे"];

/// The same after NA with VIRAMA (`कृष्णन् की`); not `ने` (`पन्ने` doubles NA),
/// `से` (Marathi `फ्रान्से`), `था`, `थी`, `थे` (`वामपन्थी`).
const AFTER_NA_VIRAMA: [&str; 9] = ["का", "की", "के", "को", "में", "है", "हैं", "हो", "होंगे"];

/// Whether `rest`, the text after `first` with VIRAMA and the space a
/// tokenizer typed after it, starts with a word that follows a name ending
/// in `first` with VIRAMA and ends there ([`AFTER_MA_VIRAMA`],
/// [`AFTER_NA_VIRAMA`]), its signs perhaps torn after spaces (`न े`).
/// Reads at most the length of the longest such word.
fn postposition_after_name(first: char, rest: &str) -> bool {
    let words: &[&str] = match first {
        'म' => &AFTER_MA_VIRAMA,
        'न' => &AFTER_NA_VIRAMA,
        _ => return false,
    };
    // The word, rejoined: its letters and signs, over the spaces before a
    // torn sign; a VIRAMA makes it a conjunct's first part.
    let mut word = [0u8; 16];
    let mut len = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let c = if c == ' ' {
            let sign = rest
                .get(at..)
                .map(|r| r.trim_start_matches(' '))
                .and_then(|r| r.chars().next())
                .filter(|&s| rejoins_over_space(s) || s == DEVANAGARI_SIGN_VIRAMA);
            let Some(sign) = sign else { break };
            while chars.next_if(|&(_, c)| c == ' ').is_some() {}
            chars.next();
            sign
        } else {
            c
        };
        if c == DEVANAGARI_SIGN_VIRAMA {
            return false;
        }
        if !is_devanagari_letter_or_mark(c) {
            break;
        }
        let Some(slot) = word.get_mut(len..len + c.len_utf8()) else {
            return false;
        };
        c.encode_utf8(slot);
        len += c.len_utf8();
    }
    let word = std::str::from_utf8(word.get(..len).unwrap_or(&[])).unwrap_or("");
    words.contains(&word)
}

/// Whether a sign typed twice in a row is a repeat that rule 6 collapses:
/// a vowel sign, NUKTA or VIRAMA. Not VOCALIC R or VOCALIC L: Sanskrit
/// typed in fonts without the long vocalic vowels writes the short sign
/// twice for the long one (`पितृृन्` for `पितॄन्`, an accusative plural),
/// where other text has a key struck twice (`प्रतृृण्ण` for `प्रतृण्ण`); no
/// reading of it is safe, so it stays as typed.
pub(crate) fn is_collapsed_repeat(c: char) -> bool {
    // VOWEL SIGN VOCALIC R, VOWEL SIGN VOCALIC L
    (is_dependent_vowel_sign(c) && !matches!(c, '\u{0943}' | '\u{0962}'))
        || c == DEVANAGARI_SIGN_NUKTA
        || c == DEVANAGARI_SIGN_VIRAMA
}

/// Whether `sign` typed twice stands on a base, `before` being the
/// character before the first of the two: a Devanagari letter or another
/// sign that a sign may follow ([`is_torn_from`]: not AVAGRAHA) (`काा`, a
/// key struck twice; `कााा` from its first pair on). Signs standing alone,
/// after a space or at a line's start, are no slip of a word: OCR reads
/// `॥` as `ाा`, and a list of signs may write one twice; they stay as
/// typed, however many (`ााा`: before its second pair stands the same
/// sign, which stands on nothing). (SPEC rule 6 collapses every exact
/// duplicate; this is a departure, as for VOCALIC R.)
pub(crate) fn repeat_on_base(before: Option<char>, sign: char) -> bool {
    before.is_some_and(|b| b != sign && is_torn_from(b))
}

/// Exact repeats of a vowel sign, of NUKTA or of VIRAMA collapse to one
/// (as [`is_collapsed_repeat`] says), where the first stands on a base
/// ([`repeat_on_base`]).
pub(crate) fn dedupe(line: &str) -> Option<Changed> {
    let mut rw = Rewriter::new(line);
    let mut prev: Option<char> = None;
    let mut before_prev: Option<char> = None;
    let mut run: Option<(usize, usize)> = None; // range of repeats to drop
    for (i, c) in line.char_indices() {
        let repeat = prev == Some(c)
            && is_collapsed_repeat(c)
            && (run.is_some() || repeat_on_base(before_prev, c));
        if repeat {
            run = Some(match run {
                Some((s, _)) => (s, i + c.len_utf8()),
                None => (i, i + c.len_utf8()),
            });
        } else if let Some((s, e)) = run.take() {
            rw.replace(s..e, "", EditKind::MarkOrder);
        }
        before_prev = prev;
        prev = Some(c);
    }
    if let Some((s, e)) = run {
        rw.replace(s..e, "", EditKind::MarkOrder);
    }
    rw.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(f: fn(&str) -> Option<Changed>, s: &str) -> String {
        f(s).map(|c| c.text).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn reorders() {
        // कि + NUKTA inside a word -> क + NUKTA + ि
        assert_eq!(
            run(reorder, "\u{0915}\u{093F}\u{093C}ताब"),
            "\u{0915}\u{093C}\u{093F}ताब"
        );
        assert_eq!(run(reorder, "ताजा\u{093C}"), "ताज\u{093C}ा");
        // NUKTA after ANUSVARA
        assert_eq!(
            run(reorder, "\u{091C}\u{0902}\u{093C}ग"),
            "\u{091C}\u{093C}\u{0902}ग"
        );
        // कंा -> कां
        assert_eq!(
            run(reorder, "\u{0915}\u{0902}\u{093E}"),
            "\u{0915}\u{093E}\u{0902}"
        );
        // already right
        assert!(reorder("क़ि कां").is_none());
        // A NUKTA on a consonant without a nukta form is a stray one, not
        // one typed before the next consonant: it stays where it was typed.
        assert!(reorder("वु\u{093C}ड\u{093C}").is_none());
        for stray in [
            "बॉलीवु\u{093C}ड",
            "स्टू\u{093C}डेंट्स",
            "ला\u{093C}कडाउन",
            "शिरोरे\u{093C}खा",
            "वि\u{093C}षय",
            "आन्दो\u{093C}लन",
            "प्रो\u{093C}",
            "तपासणा\u{093C}-या",
            "काबि\u{093C}ल",
        ] {
            assert!(reorder(stray).is_none(), "{stray}");
        }
        // A nasal sign before a vowel sign still moves after it there.
        assert_eq!(run(reorder, "वंा\u{093C}"), "वां\u{093C}");
        // On a consonant with a nukta form it moves (also RA, not after VIRAMA).
        assert_eq!(run(reorder, "कपडा\u{093C}"), "कपड\u{093C}ा");
        assert!(reorder("आरा\u{093C}धना").is_none());
        assert_eq!(run(reorder, "फि\u{093C}कर"), "फ\u{093C}िकर");
    }

    #[test]
    fn split_vowel_signs_join() {
        for (input, want) in [
            ("उन्हाेंने", "उन्होंने"),
            ("काठमाडाैं", "काठमाडौं"),
            ("काॅलेज", "कॉलेज"),
            ("कोे", "कोे"),
            ("काेई", "कोई"),
            ("केाई", "कोई"),
            ("डॅाक्टर", "डॉक्टर"),
            // CANDRA E for CANDRABINDU would change what the reader sees.
            ("मैं हूॅ", "मैं हूॅ"),
            ("डॉॅ", "डॉॅ"),
        ] {
            assert_eq!(run(split_vowel_signs, input), want, "{input:?}");
        }
        assert!(split_vowel_signs("कोई काम नहीं").is_none());
    }

    #[test]
    fn tokenizer_spaces_go() {
        for (input, want) in [
            ("क ् या", "क्या"),
            // Only the space before the sign: `सं ब` may be two words.
            ("सं ब ंध", "सं बंध"),
            ("राबवल े,", "राबवले,"),
            ("भूम िवर", "भूमिवर"),
            ("ज ़रूर", "ज़रूर"),
            // A VISARGA after a space is a colon; a word may end in VIRAMA.
            ("पोलादपूर ः बेपत्ता", "पोलादपूर ः बेपत्ता"),
            ("जगत् में", "जगत् में"),
            // No word writes a vowel sign after a VIRAMA or another vowel
            // sign: a list of signs is no torn word.
            ("विद्युत् ा", "विद्युत् ा"),
            ("मात्राएँ: ा ि ी ु", "मात्राएँ: ा ि ी ु"),
            // A nasal sign after a vowel sign, any sign after a vowel letter.
            ("ह ै ं", "हैं"),
            ("आ ँ ख", "आँ ख"),
            // Not after a space at a line start, a digit or Latin.
            (" ा", " ा"),
            ("१ ा", "१ ा"),
            ("a ा", "a ा"),
        ] {
            let around = |l: &str| {
                sign_spaces(
                    l,
                    TornSigns {
                        spaces_after_virama: true,
                    },
                )
            };
            assert_eq!(run(around, input), want, "{input:?}");
        }
        // Spaced only before signs: a space after a torn VIRAMA ends a word.
        let before = |l: &str| {
            sign_spaces(
                l,
                TornSigns {
                    spaces_after_virama: false,
                },
            )
        };
        assert_eq!(run(before, "अहम ् म ुद ्द ा"), "अहम् मुद्दा");
    }

    #[test]
    fn torn_lines() {
        let around = Some(TornSigns {
            spaces_after_virama: true,
        });
        let before = Some(TornSigns {
            spaces_after_virama: false,
        });
        assert_eq!(torn_signs("क ् य ा ह ु आ"), around);
        assert_eq!(torn_signs("क ् या हुआ"), None);
        assert_eq!(torn_signs("वह क ि त ा ब पढ़ त ा है"), around);
        // Spaced only before signs: the VIRAMA against its consonant.
        assert_eq!(torn_signs("अहम ् म ुद ्द ा"), before);
        assert_eq!(torn_signs("म ुद ्द ा अहम ्"), before);
        // A stray sign in a long clean line is no tokenizer's work.
        assert_eq!(
            torn_signs("आज शरत िसंह ने सभा में भाषण दिया और सब लोग आए।"),
            None
        );
        assert_eq!(torn_signs("कोई दोष नहीं"), None);
        assert_eq!(torn_signs("पोलादपूर ः बेपत्ता"), None);
    }

    #[test]
    fn dedupes() {
        assert_eq!(run(dedupe, "काा"), "का");
        assert_eq!(run(dedupe, "क््ष"), "क्ष");
        assert_eq!(run(dedupe, "ज़़"), "ज़");
        assert_eq!(run(dedupe, "कििि"), "कि");
        // VOCALIC R twice may be VOCALIC RR or a key struck twice.
        assert_eq!(run(dedupe, "पितृृन्"), "पितृृन्");
        assert!(dedupe("ककका").is_none());
    }

    #[test]
    fn long_runs_are_linear() {
        let s = format!("ड{}", "\u{093C}\u{093F}".repeat(50_000));
        let r = run(reorder, &s);
        let r = run(dedupe, &r);
        assert_eq!(r, "\u{0921}\u{093C}\u{093F}");
    }
}
