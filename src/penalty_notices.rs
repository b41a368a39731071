//! The penalty notices a school has issued, as staff record them: the
//! threshold alert reads them to name the next step (see
//! [`crate::attendance::penalty`]).

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::attendance::{ParentName, PenaltyNotice};
use crate::domain::Upn;
use crate::error::{Error, Result};
use crate::roster::Roster;
use crate::store::{Store, Table};

/// The notices kept in a store. Cheap to clone.
#[derive(Clone)]
pub struct PenaltyNotices {
    store: Store,
    /// `school/upn/issued_on/parent` → notice; the key only orders and
    /// de-duplicates, nothing reads it back.
    notices: Table<PenaltyNotice>,
}

/// What staff give to record a notice.
#[derive(Debug, Clone)]
pub struct NoticeIssued<'a> {
    pub school: &'a str,
    pub upn: &'a str,
    pub parent: &'a str,
    pub issued_on: NaiveDate,
    pub recorded_by: &'a str,
}

impl PenaltyNotices {
    pub fn open(store: &Store) -> Result<PenaltyNotices> {
        Ok(PenaltyNotices {
            store: store.clone(),
            notices: store.table("penalty_notices")?,
        })
    }

    /// Records a notice after checking the pupil is the school's and the
    /// parent one of the pupil's contacts (named as the roster names them).
    /// A date after `today` is refused; the same notice recorded twice is
    /// refused rather than counted twice.
    pub fn record(
        &self,
        roster: &Roster,
        issued: &NoticeIssued<'_>,
        today: NaiveDate,
    ) -> Result<PenaltyNotice> {
        let refuse = |why: String| Err(Error::Refused(why));
        if roster.pupil(issued.school, issued.upn)?.is_none() {
            return refuse(format!(
                "no pupil {} at school `{}`",
                issued.upn, issued.school
            ));
        }
        let named = ParentName::new(issued.parent).map_err(Error::Refused)?;
        let Some(contact) = roster
            .contacts_of(issued.upn)?
            .into_iter()
            .find(|c| named.is(&c.name))
        else {
            return refuse(format!(
                "the parent named is not a contact of pupil {}",
                issued.upn
            ));
        };
        if issued.issued_on > today {
            return refuse(format!("{} is in the future", issued.issued_on));
        }
        let notice = PenaltyNotice {
            school: issued.school.to_string(),
            upn: issued.upn.into(),
            parent: ParentName::new(&contact.name).map_err(Error::Refused)?,
            issued_on: issued.issued_on,
            recorded_by: issued.recorded_by.to_string(),
        };
        let key = format!(
            "{}/{}/{}/{}",
            notice.school,
            notice.upn,
            notice.issued_on,
            notice.parent.as_str().to_lowercase()
        );
        if !self.notices.insert_if_absent(&key, &notice)? {
            return refuse(format!(
                "a notice issued on {} to that parent is already recorded",
                notice.issued_on
            ));
        }
        self.store.flush()?;
        Ok(notice)
    }

    /// A pupil's notices, oldest first.
    pub fn of_pupil(&self, school: &str, upn: &str) -> Result<Vec<PenaltyNotice>> {
        self.notices
            .scan_prefix(&format!("{school}/{upn}/"))
            .map(|row| row.map(|(_, notice)| notice))
            .collect()
    }

    /// Every notice of a school, by pupil, each pupil's oldest first: one
    /// scan for a digest, not one for each pupil on roll.
    pub fn of_school(&self, school: &str) -> Result<HashMap<Upn, Vec<PenaltyNotice>>> {
        let mut by_pupil: HashMap<Upn, Vec<PenaltyNotice>> = HashMap::new();
        for row in self.notices.scan_prefix(&format!("{school}/")) {
            let (_, notice) = row?;
            by_pupil.entry(notice.upn.clone()).or_default().push(notice);
        }
        Ok(by_pupil)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn issued<'a>(parent: &'a str, on: &str) -> NoticeIssued<'a> {
        NoticeIssued {
            school: "fernhill",
            upn: "A100",
            parent,
            issued_on: d(on),
            recorded_by: "Ms Lead",
        }
    }

    #[test]
    fn a_notice_is_recorded_once_for_a_known_parent() {
        let store = Store::temporary().unwrap();
        let roster = Roster::open(&store).unwrap();
        seed(&roster);
        let notices = PenaltyNotices::open(&store).unwrap();
        let today = d("2026-11-30");
        let first = notices
            .record(&roster, &issued("grace okafor", "2026-11-09"), today)
            .unwrap();
        assert_eq!(first.parent.as_str(), "Grace Okafor");
        assert_eq!(notices.of_pupil("fernhill", "A100").unwrap(), [first]);

        for (bad, why) in [
            (issued("Grace Okafor", "2026-11-09"), "already recorded"),
            (issued("Somebody Else", "2026-11-10"), "not a contact"),
            (issued("", "2026-11-10"), "names the parent"),
            (issued("Grace Okafor", "2026-12-01"), "in the future"),
            (
                NoticeIssued {
                    upn: "Z999",
                    ..issued("Grace Okafor", "2026-11-10")
                },
                "no pupil Z999",
            ),
        ] {
            let err = notices.record(&roster, &bad, today).unwrap_err();
            assert!(err.to_string().contains(why), "{err}");
        }
        assert_eq!(notices.of_pupil("fernhill", "A100").unwrap().len(), 1);

        // A digest reads the whole school's at once, each pupil's in the
        // same order as the pupil's own, and no other school's.
        notices
            .record(&roster, &issued("Grace Okafor", "2026-11-16"), today)
            .unwrap();
        let by_pupil = notices.of_school("fernhill").unwrap();
        assert_eq!(by_pupil.len(), 1);
        let of_pupil = notices.of_pupil("fernhill", "A100").unwrap();
        assert_eq!(of_pupil.len(), 2);
        assert_eq!(by_pupil[&Upn::from("A100")], of_pupil);
        assert!(notices.of_school("fern").unwrap().is_empty());
    }

    fn seed(roster: &Roster) {
        roster
            .import(
                &[fixtures::pupil("A100", "Millie", None)],
                &[fixtures::mother("A100")],
                d("2026-09-01"),
            )
            .unwrap();
    }
}
