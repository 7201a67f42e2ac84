//! The language of a text, as a hint: which abbreviation and unit tables
//! the sentence splitter applies (SPEC section 7).

use std::fmt;
use std::str::FromStr;

/// A language written in Devanagari.
///
/// Parsed from its ISO 639-1 or ISO 639-3 code (`hi`/`hin`, `mr`/`mar`,
/// `ne`/`nep`/`npi`, ...) or its English name, in any case.
///
/// ```
/// use devanagari::Language;
/// assert_eq!("mr".parse::<Language>(), Ok(Language::Marathi));
/// assert_eq!("npi".parse::<Language>(), Ok(Language::Nepali));
/// assert_eq!(Language::Hindi.to_string(), "hi");
/// assert!("xx".parse::<Language>().is_err());
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// Hindi (`hi`).
    Hindi,
    /// Marathi (`mr`).
    Marathi,
    /// Nepali (`ne`).
    Nepali,
    /// Sanskrit (`sa`).
    Sanskrit,
    /// Bhojpuri (`bho`).
    Bhojpuri,
    /// Maithili (`mai`).
    Maithili,
    /// Magahi (`mag`).
    Magahi,
    /// Awadhi (`awa`).
    Awadhi,
    /// Chhattisgarhi (`hne`).
    Chhattisgarhi,
    /// Konkani (`kok`).
    Konkani,
    /// Dogri (`doi`).
    Dogri,
    /// Bodo (`brx`).
    Bodo,
    /// Braj (`bra`).
    Braj,
    /// Rajasthani (`raj`).
    Rajasthani,
}

/// Every language with its codes (the first is the one written) and name.
const CODES: &[(Language, &[&str], &str)] = &[
    (Language::Hindi, &["hi", "hin"], "hindi"),
    (Language::Marathi, &["mr", "mar"], "marathi"),
    (Language::Nepali, &["ne", "nep", "npi"], "nepali"),
    (Language::Sanskrit, &["sa", "san"], "sanskrit"),
    (Language::Bhojpuri, &["bho"], "bhojpuri"),
    (Language::Maithili, &["mai"], "maithili"),
    (Language::Magahi, &["mag"], "magahi"),
    (Language::Awadhi, &["awa"], "awadhi"),
    (Language::Chhattisgarhi, &["hne"], "chhattisgarhi"),
    (Language::Konkani, &["kok", "gom"], "konkani"),
    (Language::Dogri, &["doi", "dgo"], "dogri"),
    (Language::Bodo, &["brx"], "bodo"),
    (Language::Braj, &["bra"], "braj"),
    (Language::Rajasthani, &["raj"], "rajasthani"),
];

impl Language {
    /// Every language, in the order of the enum.
    pub const ALL: [Language; 14] = [
        Language::Hindi,
        Language::Marathi,
        Language::Nepali,
        Language::Sanskrit,
        Language::Bhojpuri,
        Language::Maithili,
        Language::Magahi,
        Language::Awadhi,
        Language::Chhattisgarhi,
        Language::Konkani,
        Language::Dogri,
        Language::Bodo,
        Language::Braj,
        Language::Rajasthani,
    ];

    /// The ISO 639 code: two letters where there are, else three.
    ///
    /// ```
    /// assert_eq!(devanagari::Language::Bhojpuri.code(), "bho");
    /// ```
    pub fn code(self) -> &'static str {
        CODES
            .iter()
            .find(|(l, _, _)| *l == self)
            .and_then(|(_, codes, _)| codes.first())
            .copied()
            .unwrap_or("")
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The error of parsing a [`Language`]: the text that names none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language {:?} (an ISO 639 code such as hi, mr, ne, sa, bho, mai)",
            self.0
        )
    }
}

impl std::error::Error for UnknownLanguage {}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        CODES
            .iter()
            .find(|(_, codes, name)| codes.contains(&lower.as_str()) || *name == lower)
            .map(|(l, _, _)| *l)
            .ok_or_else(|| UnknownLanguage(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.to_string().to_uppercase().parse::<Language>(), Ok(l));
        }
        assert_eq!(CODES.len(), Language::ALL.len());
    }
}
