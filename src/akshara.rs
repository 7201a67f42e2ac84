//! Aksharas (orthographic syllables): the extended grapheme clusters of
//! Unicode 15.1 and later, through `unicode-segmentation`.
//!
//! Rule GB9c of Unicode 15.1 keeps a conjunct together: a consonant, VIRAMA
//! and the next consonant are one cluster (`क्ष`, `स्त्री`), with the
//! vowel sign, NUKTA and nasal sign that follow. Counting and truncating by
//! these clusters never leaves a dangling VIRAMA, vowel sign or NUKTA.

use std::iter::FusedIterator;
use unicode_segmentation::{GraphemeCursor, GraphemeIndices, Graphemes, UnicodeSegmentation};

/// Iterator over the aksharas of a text; see [`aksharas`].
#[derive(Clone, Debug)]
pub struct Aksharas<'a> {
    inner: Graphemes<'a>,
}

impl<'a> Aksharas<'a> {
    /// The part of the text not yet read.
    ///
    /// ```
    /// let mut a = devanagari::aksharas("क्षमा");
    /// assert_eq!(a.next(), Some("क्ष"));
    /// assert_eq!(a.as_str(), "मा");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.inner.as_str()
    }
}

impl<'a> Iterator for Aksharas<'a> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.inner.next()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for Aksharas<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back()
    }
}

impl FusedIterator for Aksharas<'_> {}

/// Iterator over `(byte offset, akshara)`; see [`akshara_indices`].
#[derive(Clone, Debug)]
pub struct AksharaIndices<'a> {
    inner: GraphemeIndices<'a>,
}

impl<'a> AksharaIndices<'a> {
    /// The part of the text not yet read.
    pub fn as_str(&self) -> &'a str {
        self.inner.as_str()
    }
}

impl<'a> Iterator for AksharaIndices<'a> {
    type Item = (usize, &'a str);
    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        self.inner.next()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for AksharaIndices<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back()
    }
}

impl FusedIterator for AksharaIndices<'_> {}

/// The aksharas of `text` (its extended grapheme clusters), as slices of it.
///
/// ```
/// use devanagari::aksharas;
/// let v: Vec<&str> = aksharas("क्षत्रिय स्त्री").collect();
/// assert_eq!(v, ["क्ष", "त्रि", "य", " ", "स्त्री"]);
/// ```
pub fn aksharas(text: &str) -> Aksharas<'_> {
    Aksharas {
        inner: text.graphemes(true),
    }
}

/// The aksharas of `text` with their byte offsets.
///
/// ```
/// use devanagari::akshara_indices;
/// let v: Vec<(usize, &str)> = akshara_indices("ज़रा").collect();
/// assert_eq!(v, [(0, "ज़"), (6, "रा")]);
/// ```
pub fn akshara_indices(text: &str) -> AksharaIndices<'_> {
    AksharaIndices {
        inner: text.grapheme_indices(true),
    }
}

/// The number of aksharas in `text`.
///
/// ```
/// use devanagari::akshara_count;
/// assert_eq!(akshara_count("हिन्दी"), 2); // हि, न्दी
/// assert_eq!(akshara_count("स्त्री"), 1);
/// assert_eq!(akshara_count(""), 0);
/// ```
pub fn akshara_count(text: &str) -> usize {
    text.graphemes(true).count()
}

/// The longest prefix of `text` of at most `max_bytes` bytes that ends
/// between two aksharas: it never cuts a character, nor a conjunct, a vowel
/// sign, a NUKTA or a VIRAMA from its consonant.
///
/// # Complexity
/// Looks back from the cut over the akshara it falls in: constant time
/// for ordinary text, linear in the length of a single cluster at worst.
///
/// ```
/// use devanagari::truncate_to_bytes;
/// let text = "स्त्री शिक्षा"; // स्त्री is 18 bytes
/// assert_eq!(truncate_to_bytes(text, 17), "");
/// assert_eq!(truncate_to_bytes(text, 20), "स्त्री ");
/// assert_eq!(truncate_to_bytes(text, 1000), text);
/// ```
pub fn truncate_to_bytes(text: &str, max_bytes: usize) -> &str {
    if max_bytes >= text.len() {
        return text;
    }
    let cut = crate::rewrite::floor_char_boundary(text, max_bytes);
    let mut cursor = GraphemeCursor::new(cut, text.len(), true);
    let end = match cursor.is_boundary(text, 0) {
        Ok(true) => Some(cut),
        Ok(false) => cursor.prev_boundary(text, 0).ok().flatten(),
        Err(_) => None,
    };
    // (With the whole text as the chunk the cursor needs no more context;
    // should it ask, count the clusters instead.)
    let end = end.unwrap_or_else(|| {
        text.grapheme_indices(true)
            .map(|(i, g)| i + g.len())
            .take_while(|&e| e <= max_bytes)
            .last()
            .unwrap_or(0)
    });
    text.get(..end).unwrap_or("")
}

/// The prefix of `text` made of its first `max_aksharas` aksharas (all of
/// `text` when it has no more).
///
/// # Complexity
/// Linear in the length of the prefix.
///
/// ```
/// use devanagari::truncate_to_aksharas;
/// assert_eq!(truncate_to_aksharas("क्षत्रिय", 2), "क्षत्रि");
/// assert_eq!(truncate_to_aksharas("क्षत्रिय", 9), "क्षत्रिय");
/// assert_eq!(truncate_to_aksharas("क्षत्रिय", 0), "");
/// ```
pub fn truncate_to_aksharas(text: &str, max_aksharas: usize) -> &str {
    match text.grapheme_indices(true).nth(max_aksharas) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conjuncts_are_one_akshara() {
        // GB9c (Unicode 15.1): consonant + VIRAMA + consonant.
        assert_eq!(aksharas("क्ष").count(), 1);
        assert_eq!(aksharas("स्त्री").count(), 1);
        assert_eq!(aksharas("क्\u{200D}ष").count(), 1);
        // A NUKTA, vowel sign and nasal sign stay with their consonant.
        assert_eq!(aksharas("ज़िंदगी").collect::<Vec<_>>(), ["ज़िं", "द", "गी"]);
        // A final VIRAMA stays too.
        assert_eq!(aksharas("सोऽहम्").collect::<Vec<_>>(), ["सो", "ऽ", "ह", "म्"]);
    }

    #[test]
    fn truncation_never_cuts_an_akshara() {
        let text = "क्षत्रिय ज़िंदगी";
        let ends: Vec<usize> = akshara_indices(text)
            .map(|(i, g)| i + g.len())
            .chain([0])
            .collect();
        for n in 0..=text.len() + 1 {
            let t = truncate_to_bytes(text, n);
            assert!(t.len() <= n);
            assert!(ends.contains(&t.len()), "{n}: {t:?}");
            // The longest such prefix.
            assert!(ends.iter().all(|&e| e <= t.len() || e > n), "{n}: {t:?}");
        }
        for n in 0..10 {
            assert_eq!(
                akshara_count(truncate_to_aksharas(text, n)),
                n.min(akshara_count(text))
            );
        }
    }
}
