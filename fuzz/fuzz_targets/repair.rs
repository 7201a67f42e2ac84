//! Repair in every mode: no panic, idempotence, edits reproduce the output,
//! and the clean pipeline composes its edits right.
#![no_main]
use devanagari::{apply_edits, Cleaner, NormalizeOptions, RepairMode, RepairOptions, Repairer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    for mode in [RepairMode::Artifacts, RepairMode::Document, RepairMode::All] {
        for strip in [false, true] {
            let mut o = RepairOptions::new(mode);
            o.strip_orphan_marks = strip;
            let r = Repairer::new(o);
            let (out, edits) = r.repair_with_edits(s);
            assert_eq!(apply_edits(s, &edits), out);
            assert_eq!(r.repair(&out), out, "repair not idempotent");
        }
        let c = Cleaner::new(NormalizeOptions::safe(), mode);
        let (out, edits) = c.clean_with_edits(s);
        assert_eq!(apply_edits(s, &edits), out);
        assert_eq!(c.clean(&out), out, "clean not idempotent");
    }
});
