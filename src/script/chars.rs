//! Named code points that the rules mention, each with its Unicode name.
//!
//! Chart: <https://www.unicode.org/charts/PDF/U0900.pdf> (Devanagari, U+0900..U+097F).
//! Hindi terms are given in the doc comments so that both the UCD name and the
//! everyday name can be searched for.

// --- Devanagari signs -------------------------------------------------------

/// U+0900 DEVANAGARI SIGN INVERTED CANDRABINDU.
pub const DEVANAGARI_SIGN_INVERTED_CANDRABINDU: char = '\u{0900}';
/// U+0901 DEVANAGARI SIGN CANDRABINDU (chandrabindu, the nasalising moon-and-dot).
pub const DEVANAGARI_SIGN_CANDRABINDU: char = '\u{0901}';
/// U+0902 DEVANAGARI SIGN ANUSVARA (bindi).
pub const DEVANAGARI_SIGN_ANUSVARA: char = '\u{0902}';
/// U+0903 DEVANAGARI SIGN VISARGA.
pub const DEVANAGARI_SIGN_VISARGA: char = '\u{0903}';
/// U+093C DEVANAGARI SIGN NUKTA (the dot below of borrowed sounds, ज़ फ़).
pub const DEVANAGARI_SIGN_NUKTA: char = '\u{093C}';
/// U+093D DEVANAGARI SIGN AVAGRAHA.
pub const DEVANAGARI_SIGN_AVAGRAHA: char = '\u{093D}';
/// U+094D DEVANAGARI SIGN VIRAMA (halant).
pub const DEVANAGARI_SIGN_VIRAMA: char = '\u{094D}';
/// U+0953 DEVANAGARI GRAVE ACCENT (discouraged; use U+0300).
pub const DEVANAGARI_GRAVE_ACCENT: char = '\u{0953}';
/// U+0954 DEVANAGARI ACUTE ACCENT (discouraged; use U+0301).
pub const DEVANAGARI_ACUTE_ACCENT: char = '\u{0954}';

// --- Devanagari letters the rules name ---------------------------------------

/// U+0905 DEVANAGARI LETTER A.
pub const DEVANAGARI_LETTER_A: char = '\u{0905}';
/// U+0906 DEVANAGARI LETTER AA.
pub const DEVANAGARI_LETTER_AA: char = '\u{0906}';
/// U+0907 DEVANAGARI LETTER I.
pub const DEVANAGARI_LETTER_I: char = '\u{0907}';
/// U+0909 DEVANAGARI LETTER U.
pub const DEVANAGARI_LETTER_U: char = '\u{0909}';
/// U+090F DEVANAGARI LETTER E.
pub const DEVANAGARI_LETTER_E: char = '\u{090F}';
/// U+0915 DEVANAGARI LETTER KA.
pub const DEVANAGARI_LETTER_KA: char = '\u{0915}';
/// U+0916 DEVANAGARI LETTER KHA.
pub const DEVANAGARI_LETTER_KHA: char = '\u{0916}';
/// U+0917 DEVANAGARI LETTER GA.
pub const DEVANAGARI_LETTER_GA: char = '\u{0917}';
/// U+091C DEVANAGARI LETTER JA.
pub const DEVANAGARI_LETTER_JA: char = '\u{091C}';
/// U+091D DEVANAGARI LETTER JHA.
pub const DEVANAGARI_LETTER_JHA: char = '\u{091D}';
/// U+0921 DEVANAGARI LETTER DDA (ड; with NUKTA the native flap ड़).
pub const DEVANAGARI_LETTER_DDA: char = '\u{0921}';
/// U+0922 DEVANAGARI LETTER DDHA (ढ; with NUKTA the native flap ढ़).
pub const DEVANAGARI_LETTER_DDHA: char = '\u{0922}';
/// U+0928 DEVANAGARI LETTER NA.
pub const DEVANAGARI_LETTER_NA: char = '\u{0928}';
/// U+092B DEVANAGARI LETTER PHA.
pub const DEVANAGARI_LETTER_PHA: char = '\u{092B}';
/// U+0930 DEVANAGARI LETTER RA.
pub const DEVANAGARI_LETTER_RA: char = '\u{0930}';
/// U+0933 DEVANAGARI LETTER LLA.
pub const DEVANAGARI_LETTER_LLA: char = '\u{0933}';
/// U+093E DEVANAGARI VOWEL SIGN AA.
pub const DEVANAGARI_VOWEL_SIGN_AA: char = '\u{093E}';
/// U+093F DEVANAGARI VOWEL SIGN I (written before its consonant).
pub const DEVANAGARI_VOWEL_SIGN_I: char = '\u{093F}';

// --- Devanagari punctuation -------------------------------------------------

/// U+0964 DEVANAGARI DANDA (purna viram, the sentence end `।`).
pub const DEVANAGARI_DANDA: char = '\u{0964}';
/// U+0965 DEVANAGARI DOUBLE DANDA (`॥`, end of a verse).
pub const DEVANAGARI_DOUBLE_DANDA: char = '\u{0965}';
/// U+0970 DEVANAGARI ABBREVIATION SIGN (`॰`).
pub const DEVANAGARI_ABBREVIATION_SIGN: char = '\u{0970}';

// --- Format characters and spaces -------------------------------------------

/// U+200C ZERO WIDTH NON-JOINER (after VIRAMA: an explicit visible virama).
pub const ZERO_WIDTH_NON_JOINER: char = '\u{200C}';
/// U+200D ZERO WIDTH JOINER (after VIRAMA: an explicit half form).
pub const ZERO_WIDTH_JOINER: char = '\u{200D}';
/// U+200B ZERO WIDTH SPACE.
pub const ZERO_WIDTH_SPACE: char = '\u{200B}';
/// U+FEFF ZERO WIDTH NO-BREAK SPACE, used as BYTE ORDER MARK.
pub const ZERO_WIDTH_NO_BREAK_SPACE: char = '\u{FEFF}';
/// U+00AD SOFT HYPHEN.
pub const SOFT_HYPHEN: char = '\u{00AD}';
/// U+2060 WORD JOINER.
pub const WORD_JOINER: char = '\u{2060}';
/// U+200E LEFT-TO-RIGHT MARK.
pub const LEFT_TO_RIGHT_MARK: char = '\u{200E}';
/// U+200F RIGHT-TO-LEFT MARK.
pub const RIGHT_TO_LEFT_MARK: char = '\u{200F}';
/// U+00A0 NO-BREAK SPACE.
pub const NO_BREAK_SPACE: char = '\u{00A0}';
/// U+202F NARROW NO-BREAK SPACE.
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';
/// U+205F MEDIUM MATHEMATICAL SPACE.
pub const MEDIUM_MATHEMATICAL_SPACE: char = '\u{205F}';
/// U+3000 IDEOGRAPHIC SPACE.
pub const IDEOGRAPHIC_SPACE: char = '\u{3000}';

/// U+2019 RIGHT SINGLE QUOTATION MARK (a closing single quote, or an
/// apostrophe inside a word).
pub const RIGHT_SINGLE_QUOTATION_MARK: char = '\u{2019}';

// --- ASCII the rules name ---------------------------------------------------

/// U+007C VERTICAL LINE (`|`, typed for a danda on keyboards without one).
pub const VERTICAL_LINE: char = '|';
/// U+003A COLON (typed for a visarga).
pub const COLON: char = ':';
/// U+002E FULL STOP.
pub const FULL_STOP: char = '.';
