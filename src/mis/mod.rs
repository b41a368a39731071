//! The school's MIS reached through an aggregator's API rather than
//! exported files. CSV imports ([`crate::roster`], `import marks`) stay.

pub mod wonde;
