//! The words around a position: the word before a stop, the word or token
//! after it, and the word read after one stop that is kept for the next.

use super::abbrev::*;
use super::chars::*;

/// The word that ends at `end`, and the character before it.
pub(super) fn word_before(text: &str, end: usize) -> (&str, Option<char>) {
    let head = text.get(..end).unwrap_or("");
    let start = word_start(head);
    (head.get(start..).unwrap_or(""), char_before(text, start))
}

/// Where the word that ends `head` starts ([`is_word_char`] going back).
///
/// Steps over Devanagari (`E0 A4 xx`, `E0 A5 xx`) and ASCII by their bytes
/// and decodes only other characters: this runs at every FULL STOP, and the
/// decoding iterator was a fifth of the time on period-ended text
/// (`benches/sentences.rs`).
pub(super) fn word_start(head: &str) -> usize {
    let bytes = head.as_bytes();
    let mut j = bytes.len();
    loop {
        match bytes.get(..j) {
            Some([.., 0xE0, b1 @ (0xA4 | 0xA5), b2]) => {
                if !is_devanagari_word_bytes(*b1, *b2) {
                    break;
                }
                j -= 3;
            }
            Some([.., b]) if b.is_ascii() => {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                j -= 1;
            }
            Some([_, ..]) => match head.get(..j).and_then(|h| h.chars().next_back()) {
                Some(c) if is_word_char(c) => j -= c.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    j
}

/// The next token after `pos` (skipping spaces and tabs) when it is one
/// word of [`is_word_char`]s, perhaps with punctuation after it: the word;
/// otherwise empty. The same as trimming the non-word characters off the
/// end of [`token_after`], without decoding: steps over Devanagari and
/// ASCII by their bytes, like [`word_start`], within the token's first 64
/// bytes (no listed word is longer). (The splitter asks
/// [`sentence_starter_follows`]; the tests compare this with `token_after`.)
#[cfg(test)]
fn word_after(text: &str, pos: usize) -> &str {
    let (rest, j) = leading_word(text, pos);
    if tail_has_word(rest, j) {
        return "";
    }
    rest.get(..j).unwrap_or("")
}

/// Whether the word after `pos` (`word_after`: the leading word of the
/// next token, when the rest of the token holds no word character) begins
/// sentences. Keeps that leading word and its class in `ahead`: asked
/// after every letter name, and in a chain of initials the word is the
/// next letter name.
pub(super) fn sentence_starter_follows(text: &str, pos: usize, ahead: &mut WordAhead) -> bool {
    let (rest, j) = leading_word(text, pos);
    if j == 0 {
        return false;
    }
    let start = text.len() - rest.len();
    let class = WordClass::of(rest.get(..j).unwrap_or(""));
    *ahead = WordAhead {
        start,
        end: start + j,
        class,
    };
    class.is_sentence_starter() && !tail_has_word(rest, j)
}

/// How many words of a name [`respected_name_follows`] reads before the
/// postposition after it.
const NAME_WORDS: usize = 3;

/// Whether a name follows `pos` on its line: one to [`NAME_WORDS`] words,
/// each followed by spaces only, then the Marathi postposition of respect
/// that follows a person's name (`यांनी`, `यांना`, `यांच्या`, `यांचा`,
/// `यांस`, …: a word that begins with `यांन`, `यांच` or `यांस`; not
/// `यांत्रिक`). Reads at most `NAME_WORDS + 1` words of
/// [`TOKEN_WINDOW`] bytes.
pub(super) fn respected_name_follows(text: &str, mut pos: usize) -> bool {
    for words_read in 0..=NAME_WORDS {
        let (rest, j) = leading_word(text, pos);
        let Some(word) = rest.get(..j).filter(|w| !w.is_empty()) else {
            return false;
        };
        if words_read > 0 && ["यांन", "यांच", "यांस"].iter().any(|p| word.starts_with(p))
        {
            return true;
        }
        if !rest.get(j..).is_some_and(|r| r.starts_with([' ', '\t'])) {
            return false;
        }
        pos = text.len() - rest.len() + j;
    }
    false
}

/// How far the decisions read into the token after a stop, in bytes: no
/// listed word is longer, and the cut keeps the scan linear on a text of
/// dots without spaces (`ए.ए.ए.…`).
const TOKEN_WINDOW: usize = 64;

/// The text after `pos` with the spaces and tabs before it skipped, and
/// the length of the run of word characters it starts with (at most
/// [`TOKEN_WINDOW`] bytes).
pub(super) fn leading_word(text: &str, pos: usize) -> (&str, usize) {
    let rest = text.get(pos..).unwrap_or("");
    let skip = rest
        .bytes()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let rest = rest.get(skip..).unwrap_or("");
    let bytes = rest.as_bytes();
    let mut j = 0;
    loop {
        let step = match bytes.get(j..) {
            Some([0xE0, b1 @ (0xA4 | 0xA5), b2, ..]) => {
                if !is_devanagari_word_bytes(*b1, *b2) {
                    break;
                }
                3
            }
            Some([b, ..]) if b.is_ascii() => {
                if !b.is_ascii_alphabetic() {
                    break;
                }
                1
            }
            Some([_, ..]) => match rest.get(j..).and_then(|r| r.chars().next()) {
                Some(c) if is_word_char(c) => c.len_utf8(),
                _ => break,
            },
            _ => break,
        };
        if j + step > TOKEN_WINDOW {
            break;
        }
        j += step;
    }
    (rest, j)
}

/// Whether the rest of the token after its leading word `rest[..j]`
/// (within the token's first [`TOKEN_WINDOW`] bytes) holds a word character:
/// `लेकिन,` has none, `उसके-बाद` has. ASCII and Devanagari are read by
/// their bytes.
fn tail_has_word(rest: &str, j: usize) -> bool {
    let bytes = rest.as_bytes();
    let mut i = j;
    while i < bytes.len() {
        let (word, len) = match bytes.get(i..) {
            Some([b, ..]) if b.is_ascii() => {
                if b.is_ascii_whitespace() || *b == 0x0B {
                    return false;
                }
                (b.is_ascii_alphabetic(), 1)
            }
            Some([0xE0, b1 @ (0xA4 | 0xA5), b2, ..]) => (is_devanagari_word_bytes(*b1, *b2), 3),
            _ => match rest.get(i..).and_then(|r| r.chars().next()) {
                Some(c) if c.is_whitespace() => return false,
                Some(c) => (is_word_char(c), c.len_utf8()),
                None => return false,
            },
        };
        if i + len > TOKEN_WINDOW {
            return false;
        }
        if word {
            return true;
        }
        i += len;
    }
    false
}

/// How far back [`inside_url`] looks for the start of a URL.
const URL_LOOK_BACK: usize = 256;

/// Whether the terminator run `text[pos..end]` stands inside a URL whose
/// path or query goes on after it (`https://hi.wikipedia.org/wiki/भारत?a=1`,
/// `…/समाचार.html`): the character after the run goes on a URL, and the
/// token before it (read back at most [`URL_LOOK_BACK`] bytes, with a SIMD
/// search for the whitespace before it) starts with a scheme or `www.`. A
/// URL with an ASCII letter or digit before the terminator needs no such
/// look: that is a token already (see the callers).
pub(super) fn inside_url(text: &str, pos: usize, end: usize) -> bool {
    let goes_on = char_at(text, end).is_some_and(|n| {
        n.is_alphanumeric() || matches!(n, '=' | '&' | '#' | '/' | '%' | '_' | '-' | '~' | '+')
    });
    if !goes_on {
        return false;
    }
    let from = crate::rewrite::floor_char_boundary(text, pos.saturating_sub(URL_LOOK_BACK));
    let Some(window) = text.get(from..pos) else {
        return false;
    };
    let token = match memchr::memrchr3(b' ', b'\n', b'\t', window.as_bytes()) {
        Some(space) => window.get(space + 1..).unwrap_or(""),
        None if from == 0 => window,
        // No start in sight: a long URL still shows its scheme's `://`.
        None => return memchr::memmem::find(window.as_bytes(), b"://").is_some(),
    };
    let token = token.trim_start_matches(['(', '[', '<', '"', '\'', '\u{201C}', '\u{2018}']);
    crate::url::url_start(token.as_bytes()).is_some_and(|n| token.len() > n)
}

/// The next token after `pos`, skipping spaces and tabs (not newlines), cut
/// at [`TOKEN_WINDOW`] bytes: decisions look only at its first word.
pub(super) fn token_after(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    let rest = rest.trim_start_matches([' ', '\t']);
    let end = rest
        .char_indices()
        .take_while(|(i, _)| *i < TOKEN_WINDOW)
        .find(|(_, c)| c.is_whitespace())
        .map_or_else(
            || crate::rewrite::floor_char_boundary(rest, TOKEN_WINDOW),
            |(i, _)| i,
        );
    rest.get(..end).unwrap_or("")
}

/// A word read after one FULL STOP, kept for the decision at the next: in a
/// chain of initials (`ए. पी. जे. …`) the word after one stop is the word
/// before the next. Reading it once instead of twice (forward, then back
/// from the next stop) made a chain 13% faster (`tests/hostile.rs`
/// timing); the test `word_kept_ahead_gives_the_same_decisions` checks
/// that the decisions do not change.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordAhead {
    /// The word is `text[start..end]` (none when `end` is 0).
    start: usize,
    end: usize,
    class: WordClass,
}

impl WordAhead {
    /// Where the word ends (0 when there is none).
    #[inline]
    pub(super) fn end(&self) -> usize {
        self.end
    }

    /// The word that ends at `end`, and its class, if this is it.
    #[inline]
    pub(super) fn ending_at<'t>(&self, text: &'t str, end: usize) -> Option<(&'t str, WordClass)> {
        if self.end != end || end == 0 {
            return None;
        }
        Some((text.get(self.start..end)?, self.class))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-level walk of `word_start` gives what walking back with
    /// `is_word_char` gives, for every code point before a letter.
    /// `word_after` is `token_after` with the non-word characters trimmed
    /// off its end, whenever the result is a plain word (the only case the
    /// word lists can match).
    #[test]
    fn word_after_agrees_with_token_after() {
        let reference = |t: &str, pos: usize| -> String {
            let tok = token_after(t, pos);
            let w = tok.trim_end_matches(|c: char| !is_word_char(c));
            if w.chars().all(is_word_char) {
                w.to_string()
            } else {
                String::new()
            }
        };
        let mut texts = vec![
            "ए. लेकिन वह".to_string(),
            "ए.\tAnd so".to_string(),
            "ए. १० बजे".to_string(),
            "ए. \"लेकिन".to_string(),
            "ए. लेकिन, वह".to_string(),
            "ए. उसके-बाद".to_string(),
            "ए.".to_string(),
            format!("ए. {}", "क".repeat(40)),
        ];
        for cp in (0u32..0x3000).chain([0x1F600, 0xA8E0, 0x11B00]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            texts.push(format!("ए. क{c}ख"));
            texts.push(format!("ए. कख{c} ग"));
        }
        for w in SENTENCE_STARTERS {
            texts.push(format!("ए. {w}"));
            texts.push(format!("ए.\t{w}, क"));
            texts.push(format!("ए. {w}क"));
            texts.push(format!("ए. {w}-क"));
        }
        for t in &texts {
            let want = reference(t, 4);
            assert_eq!(word_after(t, 4), want, "{t:?}");
            assert_eq!(
                sentence_starter_follows(t, 4, &mut WordAhead::default()),
                is_sentence_starter(&want),
                "{t:?}"
            );
        }
    }

    #[test]
    fn word_start_agrees_with_is_word_char() {
        let reference = |head: &str| {
            head.char_indices()
                .rev()
                .take_while(|(_, c)| is_word_char(*c))
                .last()
                .map_or(head.len(), |(i, _)| i)
        };
        for cp in (0u32..0x3000).chain([0x1F600, 0x10000, 0xA8E0, 0x11B00]) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for head in [format!("{c}क"), format!("क{c}"), format!("a{c}b{c}")] {
                assert_eq!(word_start(&head), reference(&head), "{cp:04X} in {head:?}");
            }
        }
    }
}
