//! The staff screen's HTML pages. Each page builds its view (shared with
//! the JSON API) and renders it with maud.

pub mod acknowledge_link;
pub mod attachment;
pub mod layout;
pub mod pupil;
pub mod search;
pub mod sign_in;
pub mod today;
