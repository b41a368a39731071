//! The register as one tick of the chaser reads it: each entry read from
//! the book at most once. A tick asks about the same pupil's sessions many
//! times over (the recent sessions it follows up, each traced back to the
//! absence's first day, where the pupil has stood since), and decoding an
//! entry costs far more than the question asked of it. Kept for one school
//! in one tick only: the next tick reads the register afresh, so a report
//! or an MIS change is seen at the next tick, as it always was.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::domain::{SessionDate, Upn};
use crate::error::Result;
use crate::register::{Entry, RegisterBook};

/// One pupil's entries read so far, by session (`None` where the book has
/// no entry).
type PupilEntries = HashMap<SessionDate, Option<Rc<Entry>>>;

/// One school's entries read so far in a tick, by pupil and session.
pub struct RegisterReads<'b> {
    book: &'b RegisterBook,
    school: &'b str,
    read: RefCell<HashMap<Upn, PupilEntries>>,
}

impl<'b> RegisterReads<'b> {
    pub fn new(book: &'b RegisterBook, school: &'b str) -> RegisterReads<'b> {
        RegisterReads {
            book,
            school,
            read: RefCell::default(),
        }
    }

    /// The pupil's entry for a session, read from the book the first time
    /// it is asked for.
    pub fn entry(&self, upn: &str, at: SessionDate) -> Result<Option<Rc<Entry>>> {
        if let Some(known) = self.read.borrow().get(upn).and_then(|s| s.get(&at)) {
            return Ok(known.clone());
        }
        let entry = self.book.entry(self.school, upn, at)?.map(Rc::new);
        self.keep(upn, at, entry.clone());
        Ok(entry)
    }

    /// Keeps an entry the tick read from the book another way (with a
    /// session's follow-ups), so that asking for it reads nothing.
    pub fn keep(&self, upn: &str, at: SessionDate, entry: Option<Rc<Entry>>) {
        let mut read = self.read.borrow_mut();
        if !read.contains_key(upn) {
            read.insert(Upn::from(upn), HashMap::new());
        }
        read.get_mut(upn)
            .expect("the pupil's sessions were added above")
            .insert(at, entry);
    }
}
