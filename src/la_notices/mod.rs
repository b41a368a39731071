//! Returns to the local authority: the four cases the school must report
//! ([`cases`]), each kept as a draft until the attendance lead marks it
//! sent ([`drafts`]), with its evidence as CSV and printable HTML
//! ([`evidence`]).

pub mod cases;
pub mod drafts;
pub mod evidence;

pub use cases::{LaCase, LaCaseKind};
pub use drafts::{DraftId, LaDraft, LaDrafts};
pub use evidence::Evidence;
