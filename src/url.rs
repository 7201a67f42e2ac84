//! What every rule knows of URLs: how one starts. The danda rule (a pipe
//! in a URL is no danda), the splitter (a FULL STOP in a URL ends no
//! sentence), the word tokenizer (a URL is one token) and repair (a URL is
//! never repaired) all read it here, in any case; and the top-level
//! domains of a site's name written in Devanagari.

use crate::sentence::chars::is_word_char;

/// The prefixes that start a URL, in lower case: a scheme with its `://`,
/// or `www.`.
const URL_PREFIXES: [&str; 4] = ["https://", "http://", "ftp://", "www."];

/// The URL prefix `bytes` start with, in any case (`HTTPS://`, `Www.`).
fn url_prefix(bytes: &[u8]) -> Option<&'static str> {
    URL_PREFIXES.into_iter().find(|p| {
        bytes
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Whether `bytes` start with a scheme or `www.` of [`URL_PREFIXES`], in
/// any case: a link that no host name reading is needed for.
pub(crate) fn starts_with_url_prefix(bytes: &[u8]) -> bool {
    url_prefix(bytes).is_some()
}

/// Top-level domains common enough in the links of web text and social
/// media to make a bare host name followed by a path a URL
/// (`pic.twitter.com/…`, `fb.me/…`, `t.co/…`, `youtu.be/…`): the generic
/// ones, the short-link ones, and those of South Asia. Sorted.
const TOP_LEVEL_DOMAINS: [&str; 27] = [
    "ai", "app", "bd", "be", "biz", "blog", "co", "com", "edu", "gl", "gov", "in", "info", "int",
    "io", "live", "lk", "ly", "me", "net", "news", "np", "online", "org", "pk", "tv", "uk",
];

/// The longest bare host name read, in bytes.
const HOST_LOOK: usize = 64;

/// The length of the start that makes `bytes` a URL, in any case: a
/// scheme with its `://` or `www.` (`https://`, `Www.`), or a bare host
/// name of two labels or more whose last is a [`TOP_LEVEL_DOMAINS`] one,
/// before the `/` of its path (`pic.twitter.com` in
/// `pic.twitter.com/AbC`). The URL goes on after it.
pub(crate) fn url_start(bytes: &[u8]) -> Option<usize> {
    url_prefix(bytes)
        .map(str::len)
        .or_else(|| bare_host_before_path(bytes))
}

/// The length of a bare host name that `bytes` start with when its path
/// follows (see [`url_start`]). Reads at most [`HOST_LOOK`] bytes.
fn bare_host_before_path(bytes: &[u8]) -> Option<usize> {
    let len = bytes
        .iter()
        .take(HOST_LOOK)
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'.'))?;
    let host = bytes.get(..len)?;
    if bytes.get(len) != Some(&b'/') {
        return None;
    }
    let mut labels = host.split(|&b| b == b'.');
    let last = labels.next_back()?;
    // (In one case: `Com` of `M.Com/Ph.D.` is a degree, not a domain.)
    let one_case =
        last.iter().all(u8::is_ascii_lowercase) || last.iter().all(u8::is_ascii_uppercase);
    if !one_case {
        return None;
    }
    let tld = std::str::from_utf8(last).ok()?.to_ascii_lowercase();
    let labels_ok = host.split(|&b| b == b'.').all(|l| {
        l.first().is_some_and(u8::is_ascii_alphanumeric)
            && l.last().is_some_and(u8::is_ascii_alphanumeric)
    });
    (labels.next().is_some() && labels_ok && TOP_LEVEL_DOMAINS.binary_search(&tld.as_str()).is_ok())
        .then_some(len)
}

/// Top-level domains as Devanagari writes a site's name
/// (`नवभारतटाइम्स.कॉम`, `इसरो.गोव.इन`). `कॉम`, `ऑर्ग` and `गोव` are no word,
/// so after a FULL STOP glued to a word they are a domain's labels; `इन`
/// (also the Hindi "these", which may begin a sentence written without a
/// space after the last) only after one of them (`गोव.इन`).
const DEVANAGARI_DOMAINS: [&str; 3] = ["कॉम", "ऑर्ग", "गोव"];

/// The first letters of [`DEVANAGARI_DOMAINS`] and of `इन` (a unit test
/// holds them to the lists).
const LABEL_INITIALS: [char; 4] = ['क', 'ऑ', 'ग', 'इ'];

/// Whether a FULL STOP between `head` (the text before it) and `after`
/// (the text after it) joins the labels of a domain name written in
/// Devanagari: a word ends `head`, and `after` starts with a top-level
/// domain of [`DEVANAGARI_DOMAINS`] that ends its word, or with `इन` after
/// one. The splitter and the word tokenizer both ask this, so the stop is
/// inside a token for both.
pub(crate) fn devanagari_domain_label_follows(head: &str, after: &str) -> bool {
    // (Asked at every FULL STOP the tokenizer meets: the first letter of a
    // label first, which a space after the stop fails at once; words of
    // period-ended Hindi went from 519 to 540 MB/s.)
    if !after.starts_with(LABEL_INITIALS) {
        return false;
    }
    let ends_word = |h: &str| h.chars().next_back().is_some_and(is_word_char);
    let label_ends = |label: &str| {
        after
            .strip_prefix(label)
            .is_some_and(|rest| !rest.starts_with(is_word_char))
    };
    if !ends_word(head) {
        return false;
    }
    if DEVANAGARI_DOMAINS.into_iter().any(label_ends) {
        return true;
    }
    // (The word before is read only for `इन`, back to its start.)
    label_ends("इन")
        && DEVANAGARI_DOMAINS
            .into_iter()
            .any(|d| head.strip_suffix(d).is_some_and(|h| !ends_word(h)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_initials_are_the_labels_first_letters() {
        for label in DEVANAGARI_DOMAINS.iter().chain(&["इन"]) {
            assert!(label.starts_with(LABEL_INITIALS), "{label}");
        }
        for c in LABEL_INITIALS {
            assert!(DEVANAGARI_DOMAINS
                .iter()
                .chain(&["इन"])
                .any(|l| l.starts_with(c)));
        }
    }

    #[test]
    fn devanagari_domain_labels() {
        assert!(devanagari_domain_label_follows("साइट तरकश", "कॉम जिसे"));
        assert!(devanagari_domain_label_follows("इसरो", "गोव.इन (५"));
        assert!(devanagari_domain_label_follows("स्रोत: इसरो.गोव", "इन (५"));
        assert!(devanagari_domain_label_follows("साइट", "ऑर्ग"));
        assert!(!devanagari_domain_label_follows("अगोव", "इन (५"));
        assert!(!devanagari_domain_label_follows("साइट ", "कॉम"));
        // Another word that starts alike, a suffix, `इन` after a word.
        assert!(!devanagari_domain_label_follows("था", "कॉमन बात"));
        assert!(!devanagari_domain_label_follows("आरोग्य", "कॉमने कहा"));
        assert!(!devanagari_domain_label_follows("कहा", "इन लोगों ने"));
    }

    #[test]
    fn top_level_domains_are_sorted() {
        assert!(TOP_LEVEL_DOMAINS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn bare_hosts_before_a_path() {
        assert_eq!(url_start(b"pic.twitter.com/AbC"), Some(15));
        assert_eq!(url_start(b"FB.ME/x"), Some(5));
        assert_eq!(url_start(b"t.co/x"), Some(4));
        assert_eq!(url_start(b"news.example.in/a?b=1"), Some(15));
        // No path, one label, no known domain, an empty label, a number.
        assert_eq!(url_start(b"amarujala.com"), None);
        assert_eq!(url_start(b"com/x"), None);
        assert_eq!(url_start(b"file.txt/x"), None);
        assert_eq!(url_start(b"a..com/x"), None);
        assert_eq!(url_start(b"1.5/2"), None);
        assert_eq!(url_start(b"and/or"), None);
        // A degree, its last piece in title case.
        assert_eq!(url_start(b"M.Com/Ph.D."), None);
        assert_eq!(url_start(b"PIC.TWITTER.COM/x"), Some(15));
    }

    #[test]
    fn prefixes_in_any_case() {
        assert_eq!(url_prefix(b"https://a.in"), Some("https://"));
        assert_eq!(url_prefix(b"HTTP://A.IN"), Some("http://"));
        assert_eq!(url_prefix(b"Www.a.in"), Some("www."));
        assert_eq!(url_prefix(b"ftp://x"), Some("ftp://"));
        assert_eq!(url_prefix(b"www"), None);
        assert_eq!(url_prefix(b"httpx://a"), None);
        assert_eq!(url_prefix("भारत".as_bytes()), None);
    }

    /// Every rule that reads URLs takes a prefix in capitals as one in
    /// lower case: repair leaves the URL alone, the tokenizer keeps it
    /// whole, the splitter ends no sentence inside it.
    #[test]
    fn every_rule_reads_prefixes_in_any_case() {
        for prefix in ["www.", "WWW.", "Www.", "HTTPS://"] {
            let text = format!("साइट {prefix}Governmentी.in/समाचार.html पर देखें।");
            assert_eq!(crate::clean(&text), text.as_str(), "{prefix}");
            let words: Vec<&str> = crate::words(&text).collect();
            assert_eq!(words[1], format!("{prefix}Governmentी.in/समाचार.html"));
            assert_eq!(crate::sentences(&text).count(), 1, "{prefix}");
        }
        // A bare host before its path, alike: no danda in it (a clause
        // of five words before its pipe would have one), one token, one
        // sentence.
        let text = "आज की पूरी खबर यहाँ fb.me/समाचार|खेल.html पर देखें।";
        assert_eq!(crate::clean(text), text);
        let words: Vec<&str> = crate::words(text).collect();
        assert_eq!(words[5], "fb.me/समाचार|खेल.html");
        assert_eq!(crate::sentences(text).count(), 1);
    }
}
