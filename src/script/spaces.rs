//! The space characters the normalizer turns into SPACE (rule 1), which
//! every rule that reads spaces must read as SPACE too (the danda rule's
//! verse numbers, rule 9), so that a rule decides the same before and
//! after rule 1.

use super::chars::*;

/// A space character that becomes SPACE: NO-BREAK SPACE, EN QUAD ..= HAIR
/// SPACE, NARROW NO-BREAK SPACE, MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE.
#[inline]
pub(crate) fn is_unusual_space(c: char) -> bool {
    matches!(
        c,
        NO_BREAK_SPACE | '\u{2000}'
            ..='\u{200A}' // EN QUAD ..= HAIR SPACE
        | NARROW_NO_BREAK_SPACE
        | MEDIUM_MATHEMATICAL_SPACE
        | IDEOGRAPHIC_SPACE
    )
}
