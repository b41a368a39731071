//! The digest in plain text: the full version (the email's text part and
//! the `digest` command's output) and a short one for Telegram or SMS.

use std::fmt::Write;

use super::compose::{Digest, DigestAudience, PupilLabel};
use super::office::{OfficeDigest, OfficeLine};
use crate::domain::Session;

/// A percentage to one decimal place, or a dash when there is none.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".into(), |p| format!("{p:.1}%"))
}

pub(super) fn sessions(list: &[Session]) -> String {
    match list {
        [Session::Am, Session::Pm] | [Session::Pm, Session::Am] => "all day".into(),
        _ => list
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// "Harvey Brown (Y3) [CIN]": a vulnerable pupil carries their badges.
pub(super) fn pupil(label: &PupilLabel) -> String {
    let named = match label.year {
        Some(year) => format!("{} ({year})", label.name),
        None => label.name.clone(),
    };
    label
        .badges
        .iter()
        .fold(named, |named, badge| format!("{named} [{badge}]"))
}

pub(super) fn pupils(labels: &[PupilLabel]) -> String {
    labels.iter().map(pupil).collect::<Vec<_>>().join(", ")
}

/// The subject line for email.
pub fn subject(digest: &Digest) -> String {
    let who = match digest.audience {
        DigestAudience::Lead => "Attendance digest",
        DigestAudience::Dsl => "Attendance and safeguarding digest",
    };
    format!(
        "{who}: {} {} {}",
        digest.school_name,
        digest.date.format("%a %-d %b %Y"),
        digest.time.format("%H:%M")
    )
}

/// The full digest as plain text.
pub fn full(digest: &Digest) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", subject(digest));

    if digest.audience == DigestAudience::Dsl {
        let _ = writeln!(out, "SAFEGUARDING ({})", digest.safeguarding.len());
        for line in &digest.safeguarding {
            let _ = writeln!(
                out,
                "- {} {}: {}",
                line.time.format("%H:%M"),
                pupils(&line.pupils),
                line.summary
            );
        }
        out.push('\n');
    }

    let _ = writeln!(
        out,
        "ABSENT TODAY ({} pupils)",
        digest.absences.len() + digest.unexplained.len()
    );
    let by_code: Vec<String> = digest
        .absences_by_code
        .iter()
        .map(|(code, n)| format!("{code} {n}"))
        .collect();
    if !by_code.is_empty() {
        let _ = writeln!(out, "Sessions by code: {}", by_code.join(", "));
    }
    for line in &digest.absences {
        let _ = write!(
            out,
            "- {} — {} {} ({}){}",
            pupil(&line.pupil),
            sessions(&line.sessions),
            line.code,
            line.code.meaning(),
            if line.provisional {
                ", provisional"
            } else {
                ""
            }
        );
        match &line.words {
            Some(words) => {
                let _ = writeln!(out, ": \"{}\"", words.trim());
            }
            None => out.push('\n'),
        }
    }

    let _ = writeln!(out, "\nLATE ({})", digest.lates.len());
    for line in &digest.lates {
        let arrival = line
            .arrival
            .map(|t| format!(" at {}", t.format("%H:%M")))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- {} — {} {}{arrival}",
            pupil(&line.pupil),
            line.session,
            line.code
        );
    }

    let _ = writeln!(out, "\nSTILL UNEXPLAINED ({})", digest.unexplained.len());
    for line in &digest.unexplained {
        let chase = match &line.chase {
            Some(c) => match c.next_step_at {
                Some(next) => format!(
                    "chase: {} (next step {})",
                    c.step,
                    next.with_timezone(&digest.timezone).format("%a %H:%M")
                ),
                None => format!("chase: {}", c.step),
            },
            None => "no chase recorded".into(),
        };
        let _ = writeln!(
            out,
            "- {} — {}; {chase}",
            pupil(&line.pupil),
            sessions(&line.sessions)
        );
    }

    let _ = writeln!(out, "\nNEEDS A PERSON ({})", digest.needs_person.len());
    for line in &digest.needs_person {
        let _ = writeln!(out, "- {}: {}", pupils(&line.pupils), line.summary);
    }

    let _ = writeln!(out, "\nTHRESHOLD WATCH ({} new)", digest.watch.len());
    for line in &digest.watch {
        let c = line.crossing;
        let _ = writeln!(
            out,
            "- {} — {} (crossed {}). {}",
            pupil(&line.pupil),
            c.kind.title(),
            c.crossed_on.format("%a %-d %b"),
            c.kind.action()
        );
    }

    let _ = writeln!(
        out,
        "\nRETURNS TO THE LOCAL AUTHORITY ({} to send: absence-line la list)",
        digest.la_returns.len()
    );
    for (label, case) in &digest.la_returns {
        let _ = writeln!(
            out,
            "- {} — {} (from {})",
            pupil(label),
            case.kind.title(),
            case.from.format("%a %-d %b")
        );
    }

    let whole = digest.summary.whole_school();
    let _ = writeln!(
        out,
        "\nATTENDANCE (target {:.1}%)",
        digest.summary.target_percent
    );
    let _ = writeln!(
        out,
        "{:<20} {:>6} {:>8} {:>8} {:>8} {:>4} {:>4} {:>6}",
        "", "pupils", "year", "term", "4 weeks", "PA", "SA", "<target"
    );
    for (cohort, f) in &digest.summary.cohorts {
        let _ = writeln!(
            out,
            "{:<20} {:>6} {:>8} {:>8} {:>8} {:>4} {:>4} {:>6}",
            cohort.to_string(),
            f.pupils,
            percent(f.figures.year.percent()),
            percent(f.figures.term.percent()),
            percent(f.figures.four_weeks.percent()),
            f.persistent,
            f.severe,
            f.below_target
        );
    }
    let _ = writeln!(
        out,
        "Authorised sessions this year {}, unauthorised {}, late L {} / U {}",
        whole.figures.year.authorised(),
        whole.figures.year.unauthorised(),
        whole.figures.year.late_before_close(),
        whole.figures.year.late_after_close()
    );

    let _ = writeln!(out, "\nBY WEEK THIS TERM");
    for (week, value) in &digest.weekly {
        let _ = writeln!(out, "- w/c {}: {}", week.format("%-d %b"), percent(*value));
    }
    out
}

/// A few lines for a chat message: counts, and where to look.
pub fn short(digest: &Digest) -> String {
    let whole = digest.summary.whole_school();
    let mut out = format!(
        "{} {} {}: {} absent ({} unexplained), {} late, {} need a person, {} new on the watch. Term attendance {} (target {:.0}%).",
        digest.school_name,
        digest.date.format("%a %-d %b"),
        digest.time.format("%H:%M"),
        digest.absences.len() + digest.unexplained.len(),
        digest.unexplained.len(),
        digest.lates.len(),
        digest.needs_person.len(),
        digest.watch.len(),
        percent(whole.figures.term.percent()),
        digest.summary.target_percent
    );
    if digest.audience == DigestAudience::Dsl && !digest.safeguarding.is_empty() {
        let _ = write!(out, " SAFEGUARDING items: {}.", digest.safeguarding.len());
    }
    out
}

/// The office's digest's subject line.
pub fn office_subject(digest: &OfficeDigest) -> String {
    format!(
        "Office digest: {} {} {}",
        digest.school_name,
        digest.date.format("%a %-d %b %Y"),
        digest.time.format("%H:%M")
    )
}

/// "09:12 Millie Okafor (Y3): Needs a decision: Millie".
pub(super) fn office_line(line: &OfficeLine) -> String {
    if line.pupils.is_empty() {
        format!("{} {}", line.when, line.summary)
    } else {
        format!("{} {}: {}", line.when, pupils(&line.pupils), line.summary)
    }
}

/// The office's digest as plain text.
pub fn office_full(digest: &OfficeDigest) -> String {
    let mut out = format!("{}\n", office_subject(digest));
    for (title, lines) in digest.sections() {
        let _ = writeln!(out, "\n{} ({})", title.to_uppercase(), lines.len());
        for line in lines {
            let _ = writeln!(out, "- {}", office_line(line));
        }
    }
    out
}

/// The office's digest in a line, for a chat message.
pub fn office_short(digest: &OfficeDigest) -> String {
    let counts: Vec<String> = digest
        .sections()
        .iter()
        .map(|(title, lines)| format!("{title} {}", lines.len()))
        .collect();
    format!(
        "{} {} office digest: {}.",
        digest.school_name,
        digest.date.format("%a %-d %b"),
        counts.join(", ")
    )
}
