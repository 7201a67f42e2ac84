//! What every rule knows of URLs: the prefixes that start one. The danda
//! rule (a pipe in a URL is no danda), the splitter (a FULL STOP in a URL
//! ends no sentence), the word tokenizer (a URL is one token) and repair (a
//! URL is never repaired) all read them here, in any case.

/// The prefixes that start a URL, in lower case: a scheme with its `://`,
/// or `www.`.
const URL_PREFIXES: [&str; 4] = ["https://", "http://", "ftp://", "www."];

/// The URL prefix `bytes` start with, in any case (`HTTPS://`, `Www.`).
pub(crate) fn url_prefix(bytes: &[u8]) -> Option<&'static str> {
    URL_PREFIXES.into_iter().find(|p| {
        bytes
            .get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
