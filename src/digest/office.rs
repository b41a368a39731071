//! The office's daily digest: what still needs a person, the chases that
//! have reached the office and still wait for an explanation, who the
//! roster does not know wrote in today (one line per sender), and that a
//! concern is with the DSL, as the barrier words it, never its words.
//!
//! Composed from an [`OfficeInput`] with no I/O, like the lead's digest;
//! [`super::gather`] reads the input and [`super::text`] and
//! [`super::html`] render it.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::compose::{ChaseProgress, PupilLabel, label};
use crate::domain::{Pupil, School, Upn};
use crate::inbound::UnknownSenderDay;
use crate::safeguarding::ConcernNotice;

/// A work item still open: what it needs and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem {
    pub upns: Vec<Upn>,
    /// "Needs a decision: Millie", "First-day call needed: …".
    pub needs: String,
    pub since: DateTime<Utc>,
}

/// Everything the office's digest is made from.
#[derive(Debug, Clone)]
pub struct OfficeInput {
    pub school: School,
    pub date: NaiveDate,
    /// The scheduled time, school-local, for the heading.
    pub time: NaiveTime,
    pub pupils: Vec<Pupil>,
    /// Oldest first.
    pub items: Vec<OpenItem>,
    pub chases: Vec<ChaseProgress>,
    pub unknown_senders: Vec<UnknownSenderDay>,
    /// Through the barrier: that a concern exists, never what it says.
    pub concerns: Vec<ConcernNotice>,
}

/// One line of the office's digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeLine {
    /// School-local: "09:12" today, "Fri 20 Nov 09:12" before.
    pub when: String,
    pub pupils: Vec<PupilLabel>,
    pub summary: String,
}

/// The office's digest, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeDigest {
    pub school_name: String,
    pub date: NaiveDate,
    pub time: NaiveTime,
    pub needs_person: Vec<OfficeLine>,
    pub chases: Vec<OfficeLine>,
    pub unknown_senders: Vec<OfficeLine>,
    pub with_the_dsl: Vec<OfficeLine>,
}

impl OfficeDigest {
    /// The sections in the order they are read, with their titles.
    pub fn sections(&self) -> [(&'static str, &[OfficeLine]); 4] {
        [
            ("Needs a person", &self.needs_person),
            ("Chases waiting on the office", &self.chases),
            ("Unknown senders today", &self.unknown_senders),
            ("With the DSL", &self.with_the_dsl),
        ]
    }
}

/// Composes the office's digest.
pub fn compose(input: &OfficeInput) -> OfficeDigest {
    let pupils: HashMap<&str, &Pupil> = input.pupils.iter().map(|p| (p.upn.as_str(), p)).collect();
    let labels = |upns: &[Upn]| -> Vec<PupilLabel> {
        upns.iter().map(|u| label(&pupils, u.as_str())).collect()
    };
    let when = |at: DateTime<Utc>| local_when(&input.school, input.date, at);

    let needs_person = input
        .items
        .iter()
        .map(|item| OfficeLine {
            when: when(item.since),
            pupils: labels(&item.upns),
            summary: item.needs.clone(),
        })
        .collect();

    let mut chases: Vec<(DateTime<Utc>, OfficeLine)> = input
        .chases
        .iter()
        .filter_map(|chase| {
            let told = chase.office_told_at?;
            let next = chase
                .next_step_at
                .map(|at| format!("; next step {}", when(at)))
                .unwrap_or_default();
            Some((
                told,
                OfficeLine {
                    when: when(told),
                    pupils: labels(std::slice::from_ref(&chase.upn)),
                    summary: format!(
                        "still unexplained since the office was told; last: {}{next}",
                        chase.step
                    ),
                },
            ))
        })
        .collect();
    chases.sort_by_key(|(told, _)| *told);

    let unknown_senders = input
        .unknown_senders
        .iter()
        .map(|day| OfficeLine {
            when: when(day.tally.first_at),
            pupils: Vec::new(),
            summary: unknown_sender_summary(day, &input.school),
        })
        .collect();

    let with_the_dsl = input
        .concerns
        .iter()
        .map(|concern| OfficeLine {
            when: when(concern.at),
            pupils: labels(&concern.upns),
            summary: concern.notice.clone(),
        })
        .collect();

    OfficeDigest {
        school_name: input.school.name.clone(),
        date: input.date,
        time: input.time,
        needs_person,
        chases: chases.into_iter().map(|(_, line)| line).collect(),
        unknown_senders,
        with_the_dsl,
    }
}

/// "+447700900777 (not on the roster) wrote 7 times today, first 08:02,
/// last 09:40; replied once; 1 message with the DSL". The number is
/// there to call back; a concern's words never are.
fn unknown_sender_summary(day: &UnknownSenderDay, school: &School) -> String {
    let who = day.sender.as_ref().map_or_else(
        || "A sender whose messages are no longer kept".to_string(),
        |sender| format!("{sender} (not on the roster)"),
    );
    let tally = &day.tally;
    let time = |at| school.local(at).format("%H:%M").to_string();
    let mut summary = match tally.messages {
        1 => format!("{who} wrote once today"),
        n => format!(
            "{who} wrote {n} times today, first {}, last {}",
            time(tally.first_at),
            time(tally.last_at)
        ),
    };
    match tally.replies {
        0 => summary.push_str("; not replied to"),
        1 => summary.push_str("; replied once"),
        n => summary.push_str(&format!("; replied {n} times")),
    }
    match tally.with_dsl {
        0 => {}
        1 => summary.push_str("; 1 message with the DSL"),
        n => summary.push_str(&format!("; {n} messages with the DSL")),
    }
    summary
}

/// `at` in the school's time: the time alone on `today`, with the day
/// before or after.
fn local_when(school: &School, today: NaiveDate, at: DateTime<Utc>) -> String {
    let local = school.local(at);
    if local.date_naive() == today {
        local.format("%H:%M").to_string()
    } else {
        local.format("%a %-d %b %H:%M").to_string()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Config;
    use crate::inbound::{Sender, SenderDayTally};
    use crate::schools::Schools;

    fn fernhill() -> School {
        let config =
            Config::parse(crate::config::fixtures::MINIMAL, Path::new("config.toml")).unwrap();
        let schools = Schools::from_config(&config, None).unwrap();
        School::clone(schools.get("fernhill").unwrap())
    }

    fn at(t: &str) -> DateTime<Utc> {
        t.parse().unwrap()
    }

    #[test]
    fn lines_read_in_school_local_time_with_the_day_when_it_is_not_today() {
        // Monday 5 October 2026: London keeps BST, an hour ahead of UTC.
        let tally = |messages, first: &str, last: &str, replies, with_dsl| SenderDayTally {
            messages,
            first_at: at(first),
            last_at: at(last),
            replies,
            with_dsl,
        };
        let input = OfficeInput {
            school: fernhill(),
            date: "2026-10-05".parse().unwrap(),
            time: NaiveTime::from_hms_opt(15, 45, 0).unwrap(),
            pupils: vec![crate::domain::fixtures::pupil(
                "A1",
                "Amelia",
                Some("Millie"),
            )],
            items: vec![OpenItem {
                upns: vec!["A1".into()],
                needs: "Needs a decision: Millie".into(),
                since: at("2026-10-02T08:12:00Z"),
            }],
            chases: Vec::new(),
            unknown_senders: vec![
                UnknownSenderDay {
                    sender: Some(Sender::Phone {
                        number: "+447700900777".into(),
                    }),
                    tally: tally(1, "2026-10-05T07:02:00Z", "2026-10-05T07:02:00Z", 0, 0),
                },
                UnknownSenderDay {
                    sender: None,
                    tally: tally(3, "2026-10-05T07:30:00Z", "2026-10-05T08:40:00Z", 1, 2),
                },
            ],
            concerns: vec![ConcernNotice {
                upns: vec!["A1".into()],
                at: at("2026-10-05T08:12:00Z"),
                notice: "A message about Millie is with the DSL.".into(),
            }],
        };
        let digest = compose(&input);
        let summaries = |lines: &[OfficeLine]| -> Vec<String> {
            lines
                .iter()
                .map(|l| format!("{} {}", l.when, l.summary))
                .collect()
        };
        assert_eq!(
            summaries(&digest.needs_person),
            ["Fri 2 Oct 09:12 Needs a decision: Millie"]
        );
        assert_eq!(digest.needs_person[0].pupils[0].name, "Millie Okafor");
        assert_eq!(
            summaries(&digest.unknown_senders),
            [
                "08:02 +447700900777 (not on the roster) wrote once today; not replied to",
                "08:30 A sender whose messages are no longer kept wrote 3 times today, \
                 first 08:30, last 09:40; replied once; 2 messages with the DSL",
            ]
        );
        assert_eq!(
            summaries(&digest.with_the_dsl),
            ["09:12 A message about Millie is with the DSL."]
        );
    }
}
