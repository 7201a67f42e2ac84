//! Character classes of the Devanagari script, named after the Unicode
//! General Category and the names of the code points they hold.
//!
//! Every range is written as a `match` arm with the first and last names, so it
//! can be checked against the chart <https://www.unicode.org/charts/PDF/U0900.pdf>.

use super::chars::*;

/// A consonant letter (vyanjan), including the nukta letters QA..YYA.
///
/// ```
/// use devanagari::script::is_consonant;
/// assert!(is_consonant('\u{0915}')); // DEVANAGARI LETTER KA
/// assert!(!is_consonant('\u{0905}')); // DEVANAGARI LETTER A
/// ```
#[inline]
pub fn is_consonant(c: char) -> bool {
    matches!(c,
        '\u{0915}'..='\u{0939}' // LETTER KA ..= LETTER HA
        | '\u{0958}'..='\u{095F}' // LETTER QA ..= LETTER YYA
        | '\u{0978}'..='\u{097F}' // LETTER MARWARI DDA ..= LETTER BBA
    )
}

/// An independent vowel letter (swar), written at the start of a syllable.
///
/// ```
/// use devanagari::script::is_independent_vowel;
/// assert!(is_independent_vowel('\u{0906}')); // DEVANAGARI LETTER AA
/// assert!(!is_independent_vowel('\u{093E}')); // DEVANAGARI VOWEL SIGN AA
/// ```
#[inline]
pub fn is_independent_vowel(c: char) -> bool {
    matches!(c,
        '\u{0904}'..='\u{0914}' // LETTER SHORT A ..= LETTER AU
        | '\u{0960}'..='\u{0961}' // LETTER VOCALIC RR ..= LETTER VOCALIC LL
        | '\u{0972}'..='\u{0977}' // LETTER CANDRA A ..= LETTER UUE
    )
}

/// A dependent vowel sign (matra), which follows a consonant.
///
/// ```
/// use devanagari::script::is_dependent_vowel_sign;
/// assert!(is_dependent_vowel_sign('\u{093F}')); // DEVANAGARI VOWEL SIGN I
/// assert!(!is_dependent_vowel_sign('\u{094D}')); // DEVANAGARI SIGN VIRAMA
/// ```
#[inline]
pub fn is_dependent_vowel_sign(c: char) -> bool {
    matches!(c,
        '\u{093A}'..='\u{093B}' // VOWEL SIGN OE ..= VOWEL SIGN OOE
        | '\u{093E}'..='\u{094C}' // VOWEL SIGN AA ..= VOWEL SIGN AU
        | '\u{094E}'..='\u{094F}' // VOWEL SIGN PRISHTHAMATRA E ..= VOWEL SIGN AW
        | '\u{0955}'..='\u{0957}' // VOWEL SIGN CANDRA LONG E ..= VOWEL SIGN UUE
        | '\u{0962}'..='\u{0963}' // VOWEL SIGN VOCALIC L ..= VOWEL SIGN VOCALIC LL
    )
}

/// A sign that nasalises the vowel: INVERTED CANDRABINDU, CANDRABINDU, ANUSVARA.
///
/// ```
/// use devanagari::script::is_nasal_sign;
/// assert!(is_nasal_sign('\u{0902}')); // DEVANAGARI SIGN ANUSVARA
/// ```
#[inline]
pub fn is_nasal_sign(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0902}') // SIGN INVERTED CANDRABINDU ..= SIGN ANUSVARA
}

/// A Devanagari dependent sign: anything that cannot stand without a letter
/// before it (nasal signs, VISARGA, NUKTA, vowel signs, VIRAMA, stress signs).
///
/// This is the class of SPEC section 2 "orphan marks" look for.
///
/// ```
/// use devanagari::script::is_dependent_sign;
/// assert!(is_dependent_sign('\u{0940}')); // DEVANAGARI VOWEL SIGN II
/// assert!(is_dependent_sign('\u{093C}')); // DEVANAGARI SIGN NUKTA
/// assert!(!is_dependent_sign('\u{0915}')); // DEVANAGARI LETTER KA
/// ```
#[inline]
pub fn is_dependent_sign(c: char) -> bool {
    matches!(c,
        '\u{0900}'..='\u{0903}' // SIGN INVERTED CANDRABINDU ..= SIGN VISARGA
        | '\u{093A}'..='\u{093C}' // VOWEL SIGN OE ..= SIGN NUKTA
        | '\u{093E}'..='\u{094F}' // VOWEL SIGN AA ..= VOWEL SIGN AW
        | '\u{0951}'..='\u{0957}' // STRESS SIGN UDATTA ..= VOWEL SIGN UUE
        | '\u{0962}'..='\u{0963}' // VOWEL SIGN VOCALIC L ..= VOWEL SIGN VOCALIC LL
    )
}

/// A combining mark of the Devanagari block or its extensions (General
/// Category Mn or Mc), i.e. a [`is_dependent_sign`] or a Vedic mark.
#[inline]
pub fn is_devanagari_mark(c: char) -> bool {
    is_dependent_sign(c)
        || matches!(c,
            '\u{A8E0}'..='\u{A8F1}' // COMBINING DEVANAGARI DIGIT ZERO ..= COMBINING DEVANAGARI SIGN AVAGRAHA
            | '\u{A8FF}' // DEVANAGARI VOWEL SIGN AY
            | '\u{1CD0}'..='\u{1CD2}' // VEDIC TONE KARSHANA ..= VEDIC TONE PRENKHA
            | '\u{1CD4}'..='\u{1CE8}' // VEDIC SIGN YAJURVEDIC MIDLINE SVARITA ..= VEDIC SIGN VISARGA ANUDATTA WITH TAIL
            | '\u{1CED}' // VEDIC SIGN TIRYAK
            | '\u{1CF4}' // VEDIC TONE CANDRA ABOVE
            | '\u{1CF7}'..='\u{1CF9}' // VEDIC SIGN ATIKRAMA ..= VEDIC TONE DOUBLE RING ABOVE
        )
}

/// A Devanagari digit ZERO..NINE (U+0966..U+096F).
///
/// ```
/// use devanagari::script::is_devanagari_digit;
/// assert!(is_devanagari_digit('\u{0967}')); // DEVANAGARI DIGIT ONE
/// assert!(!is_devanagari_digit('1'));
/// ```
#[inline]
pub fn is_devanagari_digit(c: char) -> bool {
    matches!(c, '\u{0966}'..='\u{096F}') // DIGIT ZERO ..= DIGIT NINE
}

/// A digit Devanagari text writes its numbers in: ASCII DIGIT ZERO..NINE
/// or DEVANAGARI DIGIT ZERO..NINE (a number may mix them: `2०२4` in
/// converted text). Other scripts' digits are not numbers of this text.
///
/// ```
/// use devanagari::script::is_text_digit;
/// assert!(is_text_digit('7'));
/// assert!(is_text_digit('\u{096D}')); // DEVANAGARI DIGIT SEVEN
/// assert!(!is_text_digit('\u{09ED}')); // BENGALI DIGIT SEVEN
/// ```
#[inline]
pub fn is_text_digit(c: char) -> bool {
    c.is_ascii_digit() || is_devanagari_digit(c)
}

/// DANDA or DOUBLE DANDA.
#[inline]
pub fn is_danda(c: char) -> bool {
    c == DEVANAGARI_DANDA || c == DEVANAGARI_DOUBLE_DANDA
}

/// Any code point of the Devanagari blocks: Devanagari (U+0900..U+097F),
/// Vedic Extensions (U+1CD0..U+1CFF), Devanagari Extended (U+A8E0..U+A8FF)
/// and Devanagari Extended-A (U+11B00..U+11B5F).
///
/// ```
/// use devanagari::script::is_devanagari;
/// assert!(is_devanagari('\u{0915}'));
/// assert!(is_devanagari('\u{0964}')); // DEVANAGARI DANDA
/// assert!(!is_devanagari('k'));
/// ```
#[inline]
pub fn is_devanagari(c: char) -> bool {
    matches!(c,
        '\u{0900}'..='\u{097F}' // Devanagari
        | '\u{1CD0}'..='\u{1CFF}' // Vedic Extensions
        | '\u{A8E0}'..='\u{A8FF}' // Devanagari Extended
        | '\u{11B00}'..='\u{11B5F}' // Devanagari Extended-A
    )
}

/// A Devanagari letter or sign that is part of a word: letters, vowel signs,
/// nukta, virama, nasal signs, visarga, avagraha, OM, Vedic marks. Excludes
/// digits and the punctuation DANDA, DOUBLE DANDA, ABBREVIATION SIGN and
/// HIGH SPACING DOT.
///
/// ```
/// use devanagari::script::is_devanagari_letter_or_mark;
/// assert!(is_devanagari_letter_or_mark('\u{0915}'));
/// assert!(is_devanagari_letter_or_mark('\u{093F}')); // VOWEL SIGN I
/// assert!(!is_devanagari_letter_or_mark('\u{0964}')); // DANDA
/// assert!(!is_devanagari_letter_or_mark('\u{0967}')); // DIGIT ONE
/// ```
#[inline]
pub fn is_devanagari_letter_or_mark(c: char) -> bool {
    is_devanagari(c)
        && !is_danda(c)
        && !is_devanagari_digit(c)
        && c != DEVANAGARI_ABBREVIATION_SIGN
        && c != '\u{0971}' // DEVANAGARI SIGN HIGH SPACING DOT
        && !matches!(c, '\u{A8F8}'..='\u{A8FA}' | '\u{A8FC}') // PUSHPIKA, GAP FILLER, CARET, SIGN SIDDHAM
}

/// A Devanagari letter: a consonant or an independent vowel (or AVAGRAHA, OM,
/// and the letters of the extensions).
#[inline]
pub fn is_devanagari_letter(c: char) -> bool {
    is_consonant(c)
        || is_independent_vowel(c)
        || matches!(c,
            '\u{093D}' // SIGN AVAGRAHA
            | '\u{0950}' // OM
            | '\u{A8F2}'..='\u{A8F7}' // SIGN SPACING CANDRABINDU ..= SIGN CANDRABINDU AVAGRAHA
            | '\u{A8FB}' // HEADSTROKE
            | '\u{A8FD}'..='\u{A8FE}' // JAIN OM ..= LETTER AY
            | '\u{11B00}'..='\u{11B09}' // DEVANAGARI HEAD MARK ..= DEVANAGARI SIGN MINDU
        )
}

/// The nasal consonant of each stop class (varga): for the stops of a class,
/// returns the class's nasal (ङ ञ ण न म). Returns `None` for non-stops.
///
/// ```
/// use devanagari::script::stop_class_nasal;
/// assert_eq!(stop_class_nasal('\u{0926}'), Some('\u{0928}')); // DA -> NA
/// assert_eq!(stop_class_nasal('\u{092F}'), None); // YA is no stop
/// ```
#[inline]
pub fn stop_class_nasal(c: char) -> Option<char> {
    match c {
        '\u{0915}'..='\u{0918}' => Some('\u{0919}'), // KA..GHA -> NGA
        '\u{091A}'..='\u{091D}' => Some('\u{091E}'), // CA..JHA -> NYA
        '\u{091F}'..='\u{0922}' => Some('\u{0923}'), // TTA..DDHA -> NNA
        '\u{0924}'..='\u{0927}' => Some('\u{0928}'), // TA..DHA -> NA
        '\u{092A}'..='\u{092D}' => Some('\u{092E}'), // PA..BHA -> MA
        _ => None,
    }
}

/// The five class nasals ङ ञ ण न म.
#[inline]
pub fn is_class_nasal(c: char) -> bool {
    matches!(
        c,
        '\u{0919}' // LETTER NGA
        | '\u{091E}' // LETTER NYA
        | '\u{0923}' // LETTER NNA
        | '\u{0928}' // LETTER NA
        | '\u{092E}' // LETTER MA
    )
}

/// A Latin letter: ASCII letters and the Latin-1, Latin Extended and Latin
/// Extended Additional letters.
///
/// ```
/// use devanagari::script::is_latin_letter;
/// assert!(is_latin_letter('G'));
/// assert!(is_latin_letter('é'));
/// assert!(!is_latin_letter('\u{0915}'));
/// ```
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c,
            '\u{00C0}'..='\u{024F}' // LATIN CAPITAL LETTER A WITH GRAVE ..= LATIN SMALL LETTER Y WITH STROKE
            | '\u{1E00}'..='\u{1EFF}' // Latin Extended Additional
        ) && c != '\u{00D7}' // MULTIPLICATION SIGN
            && c != '\u{00F7}') // DIVISION SIGN
}

/// Closing quotation marks and brackets: QUOTATION MARK, APOSTROPHE, RIGHT
/// PARENTHESIS, RIGHT SQUARE BRACKET, RIGHT CURLY BRACKET, RIGHT DOUBLE and
/// SINGLE QUOTATION MARK, and the right-pointing angle quotation marks.
///
/// ```
/// use devanagari::script::is_closing_punctuation;
/// assert!(is_closing_punctuation('\u{201D}')); // RIGHT DOUBLE QUOTATION MARK
/// assert!(!is_closing_punctuation('('));
/// ```
#[inline]
pub fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '\u{201D}' // RIGHT DOUBLE QUOTATION MARK
            | '\u{2019}' // RIGHT SINGLE QUOTATION MARK
            | '\u{00BB}' // RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
            | '\u{203A}' // SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    )
}

/// The consonants whose NUKTA marks a borrowed sound (क़ ख़ ग़ ज़ झ़ फ़); the
/// native Hindi flaps ड़ ढ़ are not among them.
///
/// ```
/// use devanagari::script::is_borrowed_sound_consonant;
/// assert!(is_borrowed_sound_consonant('\u{091C}')); // LETTER JA (ज़ = z)
/// assert!(!is_borrowed_sound_consonant('\u{0921}')); // LETTER DDA (ड़ is native)
/// ```
#[inline]
pub fn is_borrowed_sound_consonant(c: char) -> bool {
    matches!(
        c,
        DEVANAGARI_LETTER_KA
            | DEVANAGARI_LETTER_KHA
            | DEVANAGARI_LETTER_GA
            | DEVANAGARI_LETTER_JA
            | DEVANAGARI_LETTER_JHA
            | DEVANAGARI_LETTER_PHA
    )
}

/// ZERO WIDTH NO-BREAK SPACE (BOM), ZERO WIDTH SPACE, SOFT HYPHEN, WORD
/// JOINER, LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK: the invisible characters
/// normalization rule 2 removes.
///
/// ```
/// use devanagari::script::is_invisible;
/// assert!(is_invisible('\u{200B}')); // ZERO WIDTH SPACE
/// assert!(!is_invisible('\u{200D}')); // ZERO WIDTH JOINER is rule 3's
/// ```
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        ZERO_WIDTH_NO_BREAK_SPACE
            | ZERO_WIDTH_SPACE
            | SOFT_HYPHEN
            | WORD_JOINER
            | LEFT_TO_RIGHT_MARK
            | RIGHT_TO_LEFT_MARK
    )
}

/// Whether a character joins a Devanagari word visually without being a
/// Devanagari code point: ZERO WIDTH JOINER and ZERO WIDTH NON-JOINER.
#[inline]
pub fn is_joiner(c: char) -> bool {
    c == ZERO_WIDTH_JOINER || c == ZERO_WIDTH_NON_JOINER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_partition_the_letters() {
        for c in '\u{0900}'..='\u{097F}' {
            let n = [
                is_consonant(c),
                is_independent_vowel(c),
                is_dependent_sign(c),
                is_devanagari_digit(c),
                is_danda(c),
            ]
            .iter()
            .filter(|b| **b)
            .count();
            assert!(n <= 1, "U+{:04X} is in {n} classes", c as u32);
        }
    }

    #[test]
    fn vowel_signs_are_dependent_signs() {
        for c in '\u{0900}'..='\u{097F}' {
            if is_dependent_vowel_sign(c) || is_nasal_sign(c) {
                assert!(is_dependent_sign(c), "U+{:04X}", c as u32);
            }
        }
        assert!(is_dependent_sign(DEVANAGARI_SIGN_VIRAMA));
        assert!(is_dependent_sign(DEVANAGARI_SIGN_NUKTA));
        assert!(is_dependent_sign(DEVANAGARI_SIGN_VISARGA));
    }

    #[test]
    fn stop_classes() {
        let nasals: Vec<char> = ('\u{0915}'..='\u{092E}')
            .filter_map(stop_class_nasal)
            .collect();
        assert_eq!(nasals.len(), 20);
        assert!(nasals.iter().all(|&n| is_class_nasal(n)));
    }
}
