//! Every option type of the crate in one place: the normalizer's rules and
//! policies, the repair modes, the splitter's and the word tokenizer's
//! options. The common names are also at the crate root.
//!
//! Modes and profiles parse from the names the tools take, and print them:
//!
//! ```
//! use devanagari::options::{NewlinePolicy, Profile, RepairMode};
//! assert_eq!("nlp".parse::<Profile>(), Ok(Profile::Nlp));
//! assert_eq!("document".parse::<RepairMode>(), Ok(RepairMode::Document));
//! assert_eq!(RepairMode::All.to_string(), "all");
//! assert_eq!("space".parse::<NewlinePolicy>(), Ok(NewlinePolicy::Space));
//! assert!("loud".parse::<Profile>().is_err());
//! ```

use std::fmt;
use std::str::FromStr;

pub use crate::language::{Language, UnknownLanguage};
pub use crate::names::UnknownName;
pub use crate::normalize::{
    AbbreviationSignPolicy, CandrabinduPolicy, DigitPolicy, JoinerPolicy, LoneCrPolicy,
    NasalPolicy, NormalizeOptions, NuktaPolicy, PunctuationPolicy,
};
pub use crate::repair::{RepairMode, RepairOptions};
pub use crate::sentence::{NewlinePolicy, SplitOptions};
pub use crate::words::{AbbreviationStops, HyphenPolicy, PunctuationTokens, WordOptions};

/// A named set of normalization rules: `safe` (the default) or `nlp`.
///
/// ```
/// use devanagari::options::{NormalizeOptions, Profile};
/// assert_eq!(NormalizeOptions::from(Profile::Nlp), NormalizeOptions::nlp());
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Profile {
    /// [`NormalizeOptions::safe`]: nothing a reader would see as a change
    /// of meaning.
    #[default]
    Safe,
    /// [`NormalizeOptions::nlp`]: `safe` plus the lossy folds.
    Nlp,
}

impl From<Profile> for NormalizeOptions {
    fn from(profile: Profile) -> Self {
        match profile {
            Profile::Safe => NormalizeOptions::safe(),
            Profile::Nlp => NormalizeOptions::nlp(),
        }
    }
}

/// `FromStr` and `Display` from one table of names per enum (and, with the
/// `serde` feature, `Serialize` and `Deserialize` as those names).
macro_rules! named {
    ($ty:ty { $($variant:path => $name:literal),+ $(,)? }) => {
        impl $ty {
            const NAMES: &'static [&'static str] = &[$($name),+];
        }

        impl FromStr for $ty {
            type Err = UnknownName;

            fn from_str(s: &str) -> Result<Self, UnknownName> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $($name => Ok($variant),)+
                    _ => Err(UnknownName::new(s, <$ty>::NAMES)),
                }
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <String as serde::Deserialize>::deserialize(d)?;
                name.parse().map_err(serde::de::Error::custom)
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                #[allow(unreachable_patterns)]
                let name = match self {
                    $($variant => $name,)+
                    _ => "",
                };
                f.write_str(name)
            }
        }
    };
}

named!(Profile { Profile::Safe => "safe", Profile::Nlp => "nlp" });
named!(RepairMode {
    RepairMode::Off => "off",
    RepairMode::Artifacts => "artifacts",
    RepairMode::Document => "document",
    RepairMode::All => "all",
});
named!(NewlinePolicy {
    NewlinePolicy::Boundary => "boundary",
    NewlinePolicy::Space => "space",
});
named!(LoneCrPolicy {
    LoneCrPolicy::ToLineFeed => "line_feed",
    LoneCrPolicy::ToSpace => "space",
});
named!(JoinerPolicy {
    JoinerPolicy::KeepAll => "keep_all",
    JoinerPolicy::Contextual => "contextual",
    JoinerPolicy::StripAll => "strip_all",
});
named!(NuktaPolicy {
    NuktaPolicy::Keep => "keep",
    NuktaPolicy::StripBorrowed => "strip_borrowed",
});
named!(NasalPolicy {
    NasalPolicy::Keep => "keep",
    NasalPolicy::ToAnusvara => "to_anusvara",
    NasalPolicy::ToConsonant => "to_consonant",
});
named!(CandrabinduPolicy {
    CandrabinduPolicy::Keep => "keep",
    CandrabinduPolicy::ToAnusvara => "to_anusvara",
});
named!(DigitPolicy {
    DigitPolicy::Keep => "keep",
    DigitPolicy::ToAscii => "to_ascii",
    DigitPolicy::ToDevanagari => "to_devanagari",
});
named!(PunctuationPolicy {
    PunctuationPolicy::Keep => "keep",
    PunctuationPolicy::Ascii => "ascii",
});
named!(AbbreviationSignPolicy {
    AbbreviationSignPolicy::Keep => "keep",
    AbbreviationSignPolicy::ToFullStop => "to_full_stop",
    AbbreviationSignPolicy::FromFullStop => "from_full_stop",
});
named!(AbbreviationStops {
    AbbreviationStops::Keep => "keep",
    AbbreviationStops::Split => "split",
});
named!(HyphenPolicy {
    HyphenPolicy::Split => "split",
    HyphenPolicy::Keep => "keep",
});
named!(PunctuationTokens {
    PunctuationTokens::Keep => "keep",
    PunctuationTokens::Drop => "drop",
});

/// Builder methods, since `#[non_exhaustive]` structs cannot be built with
/// struct update syntax outside this crate.
///
/// ```
/// use devanagari::options::{Language, NewlinePolicy, SplitOptions};
/// use devanagari::Splitter;
/// let opts = SplitOptions::default()
///     .newline(NewlinePolicy::Space)
///     .language(Some(Language::Marathi))
///     .abbreviation("मेज");
/// let s = Splitter::new(opts);
/// assert_eq!(s.sentences("मेज. सिंह ने\nकहा. ठीक.").count(), 2);
/// ```
impl SplitOptions {
    /// Sets [`SplitOptions::newline`].
    #[must_use]
    pub fn newline(mut self, newline: NewlinePolicy) -> Self {
        self.newline = newline;
        self
    }

    /// Adds one abbreviation (written without its FULL STOP) to
    /// [`SplitOptions::abbreviations`].
    #[must_use]
    pub fn abbreviation(mut self, abbreviation: impl Into<String>) -> Self {
        self.abbreviations.push(abbreviation.into());
        self
    }

    /// Sets [`SplitOptions::language`].
    #[must_use]
    pub fn language(mut self, language: Option<Language>) -> Self {
        self.language = language;
        self
    }
}

/// Builder methods, as for [`SplitOptions`].
///
/// ```
/// use devanagari::options::{AbbreviationStops, HyphenPolicy, WordOptions};
/// use devanagari::WordTokenizer;
/// let t = WordTokenizer::new(
///     WordOptions::default()
///         .hyphens(HyphenPolicy::Keep)
///         .abbreviation_stops(AbbreviationStops::Split),
/// );
/// let v: Vec<&str> = t.words("डॉ. राय का आदान-प्रदान").collect();
/// assert_eq!(v, ["डॉ", ".", "राय", "का", "आदान-प्रदान"]);
/// ```
impl WordOptions {
    /// Sets [`WordOptions::punctuation`].
    #[must_use]
    pub fn punctuation(mut self, punctuation: PunctuationTokens) -> Self {
        self.punctuation = punctuation;
        self
    }

    /// Sets [`WordOptions::hyphens`].
    #[must_use]
    pub fn hyphens(mut self, hyphens: HyphenPolicy) -> Self {
        self.hyphens = hyphens;
        self
    }

    /// Sets [`WordOptions::abbreviation_stops`].
    #[must_use]
    pub fn abbreviation_stops(mut self, stops: AbbreviationStops) -> Self {
        self.abbreviation_stops = stops;
        self
    }

    /// Sets [`WordOptions::split`], the splitter options whose FULL STOP
    /// decisions the tokenizer shares.
    #[must_use]
    pub fn split(mut self, split: SplitOptions) -> Self {
        self.split = split;
        self
    }
}

/// `Serialize` and `Deserialize` through `Display` and `FromStr`, for
/// the types that have names of their own.
#[cfg(feature = "serde")]
macro_rules! serde_by_name {
    ($($ty:ty),+) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <String as serde::Deserialize>::deserialize(d)?;
                name.parse().map_err(serde::de::Error::custom)
            }
        }
    )+};
}

#[cfg(feature = "serde")]
serde_by_name!(Language, crate::EditKind);

/// A set of edit kinds as the list of their names.
#[cfg(feature = "serde")]
impl serde::Serialize for crate::KindSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for crate::KindSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let kinds = <Vec<crate::EditKind> as serde::Deserialize>::deserialize(d)?;
        let mut set = crate::KindSet::EMPTY;
        for k in kinds {
            set.insert(k);
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name parses to a value that prints as that name.
    #[test]
    fn names_round_trip() {
        fn check<T: FromStr + fmt::Display>(names: &[&str]) {
            for name in names {
                let v = name.parse::<T>().ok().map(|v| v.to_string());
                assert_eq!(v.as_deref(), Some(*name));
            }
        }
        check::<Profile>(Profile::NAMES);
        check::<RepairMode>(RepairMode::NAMES);
        check::<NewlinePolicy>(NewlinePolicy::NAMES);
        check::<LoneCrPolicy>(LoneCrPolicy::NAMES);
        check::<JoinerPolicy>(JoinerPolicy::NAMES);
        check::<NuktaPolicy>(NuktaPolicy::NAMES);
        check::<NasalPolicy>(NasalPolicy::NAMES);
        check::<CandrabinduPolicy>(CandrabinduPolicy::NAMES);
        check::<DigitPolicy>(DigitPolicy::NAMES);
        check::<PunctuationPolicy>(PunctuationPolicy::NAMES);
        check::<AbbreviationSignPolicy>(AbbreviationSignPolicy::NAMES);
        check::<AbbreviationStops>(AbbreviationStops::NAMES);
        check::<HyphenPolicy>(HyphenPolicy::NAMES);
        check::<PunctuationTokens>(PunctuationTokens::NAMES);
    }
}
