//! The `serde` feature: edits, findings and options go to JSON and back
//! unchanged, modes and kinds under the names the tools and reports use.
//! (`cargo test --features serde --test serde`; without the feature this
//! file is empty.)
#![cfg(feature = "serde")]

use devanagari::options::{
    DigitPolicy, Language, NewlinePolicy, NormalizeOptions, RepairMode, RepairOptions,
    SplitOptions, WordOptions,
};
use devanagari::{Cleaner, Edit, EditKind, Repairer};

fn round_trip<T>(value: &T) -> String
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).expect("serializes");
    let back: T = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(&back, value, "{json}");
    json
}

#[test]
fn edits_and_findings_round_trip() {
    let c = Cleaner::new(NormalizeOptions::safe(), RepairMode::Document);
    let (_, edits) = c.clean_with_edits("रूसी Governmentी एजेंसी ने Monday को कहा |");
    assert!(edits.len() >= 3);
    let json = round_trip(&edits);
    assert!(json.contains("\"orphan_mark\""), "{json}");
    assert!(json.contains("\"substituted_word\""), "{json}");
    let findings = Repairer::default().findings("Governmentी योजना");
    assert!(!findings.is_empty());
    round_trip(&findings);
    let kind: EditKind = serde_json::from_str("\"sign_space\"").unwrap();
    assert_eq!(kind, EditKind::SignSpace);
    assert!(serde_json::from_str::<EditKind>("\"spaces\"").is_err());
    let _: Vec<Edit> = serde_json::from_str("[]").unwrap();
}

#[test]
fn options_round_trip_by_name() {
    let normalize = NormalizeOptions::nlp().digits(DigitPolicy::ToAscii);
    let json = round_trip(&normalize);
    assert!(json.contains("\"to_ascii\""), "{json}");
    round_trip(&RepairOptions::new(RepairMode::All).strip_orphan_marks(true));
    let split = SplitOptions::default()
        .newline(NewlinePolicy::Space)
        .language(Some(Language::Nepali))
        .abbreviation("मेज");
    let json = round_trip(&split);
    assert!(
        json.contains("\"space\"") && json.contains("\"ne\""),
        "{json}"
    );
    round_trip(&WordOptions::default().split(split));
}
