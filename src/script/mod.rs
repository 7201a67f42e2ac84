//! Script knowledge shared by every pass: named code points, character
//! classes, and the Unicode "do not emit" table. No policy lives here.

mod chars;
mod class;
mod nfc_boundary;
#[rustfmt::skip]
pub(crate) mod do_not_emit;

pub use chars::*;
pub use class::*;
pub(crate) use nfc_boundary::has_nfc_boundary_before;
