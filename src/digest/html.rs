//! The digest as an HTML email body.
//!
//! Charts are inline SVG rather than `data:` URIs: the SVG is text already,
//! so it travels in the message's HTML part as it is (a data URI would
//! base64 it, a third larger, and some clients block data-URI images as
//! tracking), and it renders in Apple Mail, Thunderbird and most mobile
//! clients. Clients that strip SVG (Gmail, Outlook) still have every figure
//! in the tables beside each chart, which carry the same numbers.

use std::fmt::Write;

use super::chart;
use super::compose::{Digest, DigestAudience};
use super::office::OfficeDigest;
use super::text::{office_subject, percent, pupil, pupils, sessions, subject};

/// Escapes text for HTML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

fn section(out: &mut String, title: &str, count: usize) {
    let _ = write!(
        out,
        "<h2 style=\"font-size:16px;margin:18px 0 6px\">{} ({count})</h2>",
        escape(title)
    );
}

fn list(out: &mut String, items: impl Iterator<Item = String>) {
    out.push_str("<ul>");
    for item in items {
        let _ = write!(out, "<li>{item}</li>");
    }
    out.push_str("</ul>");
}

/// An HTML document's start, up to its heading.
fn head(title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{0}</title></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\"><h1 style=\"font-size:20px\">{0}</h1>",
        escape(title)
    )
}

/// The office's digest as an HTML document.
pub fn render_office(digest: &OfficeDigest) -> String {
    let mut out = head(&office_subject(digest));
    for (title, lines) in digest.sections() {
        section(&mut out, title, lines.len());
        list(
            &mut out,
            lines.iter().map(|line| {
                let pupils = if line.pupils.is_empty() {
                    String::new()
                } else {
                    format!(" {}:", escape(&pupils(&line.pupils)))
                };
                format!(
                    "<strong>{}</strong>{pupils} {}",
                    escape(&line.when),
                    escape(&line.summary)
                )
            }),
        );
    }
    out.push_str("</body></html>");
    out
}

/// The full digest as an HTML document.
pub fn render(digest: &Digest) -> String {
    let mut out = head(&subject(digest));

    if digest.audience == DigestAudience::Dsl {
        section(&mut out, "Safeguarding", digest.safeguarding.len());
        list(
            &mut out,
            digest.safeguarding.iter().map(|line| {
                format!(
                    "<strong>{}</strong> {}: {}",
                    line.time.format("%H:%M"),
                    escape(&pupils(&line.pupils)),
                    escape(&line.summary)
                )
            }),
        );
    }

    section(
        &mut out,
        "Absent today",
        digest.absences.len() + digest.unexplained.len(),
    );
    if !digest.absences_by_code.is_empty() {
        let codes: Vec<String> = digest
            .absences_by_code
            .iter()
            .map(|(code, n)| {
                format!(
                    "<span title=\"{}\"><b>{}</b> {n}</span>",
                    escape(code.meaning()),
                    escape(code.as_str())
                )
            })
            .collect();
        let _ = write!(out, "<p>Sessions by code: {}</p>", codes.join(" · "));
    }
    list(
        &mut out,
        digest.absences.iter().map(|line| {
            let words = line
                .words
                .as_ref()
                .map(|w| format!("<br><q style=\"color:#555\">{}</q>", escape(w.trim())))
                .unwrap_or_default();
            format!(
                "<strong>{}</strong> — {} <b>{}</b> {}{}{words}",
                escape(&pupil(&line.pupil)),
                sessions(&line.sessions),
                escape(line.code.as_str()),
                escape(line.code.meaning()),
                if line.provisional {
                    " <em>(provisional)</em>"
                } else {
                    ""
                }
            )
        }),
    );

    section(&mut out, "Late", digest.lates.len());
    list(
        &mut out,
        digest.lates.iter().map(|line| {
            let arrival = line
                .arrival
                .map(|t| format!(" at {}", t.format("%H:%M")))
                .unwrap_or_default();
            format!(
                "{} — {} <b>{}</b>{arrival}",
                escape(&pupil(&line.pupil)),
                line.session,
                escape(line.code.as_str())
            )
        }),
    );

    section(&mut out, "Still unexplained", digest.unexplained.len());
    list(
        &mut out,
        digest.unexplained.iter().map(|line| {
            let chase = match &line.chase {
                Some(c) => match c.next_step_at {
                    Some(next) => format!(
                        "chase: {} (next step {})",
                        escape(&c.step),
                        next.with_timezone(&digest.timezone).format("%a %H:%M")
                    ),
                    None => format!("chase: {}", escape(&c.step)),
                },
                None => "no chase recorded".into(),
            };
            format!(
                "<strong>{}</strong> — {}; {chase}",
                escape(&pupil(&line.pupil)),
                sessions(&line.sessions)
            )
        }),
    );

    section(&mut out, "Needs a person", digest.needs_person.len());
    list(
        &mut out,
        digest.needs_person.iter().map(|line| {
            format!(
                "<strong>{}</strong>: {}",
                escape(&pupils(&line.pupils)),
                escape(&line.summary)
            )
        }),
    );

    section(&mut out, "Threshold watch (new)", digest.watch.len());
    list(
        &mut out,
        digest.watch.iter().map(|line| {
            format!(
                "<strong>{}</strong> — {} (crossed {}). {}",
                escape(&pupil(&line.pupil)),
                escape(line.crossing.kind.title()),
                line.crossing.crossed_on.format("%a %-d %b"),
                escape(line.crossing.kind.action())
            )
        }),
    );
    section(
        &mut out,
        "Returns to the local authority (to send)",
        digest.la_returns.len(),
    );
    list(
        &mut out,
        digest.la_returns.iter().map(|(label, case)| {
            format!(
                "<strong>{}</strong> — {} (from {})",
                escape(&pupil(label)),
                escape(case.kind.title()),
                case.from.format("%a %-d %b")
            )
        }),
    );
    if !digest.sparklines.is_empty() {
        out.push_str("<table style=\"border-collapse:collapse\">");
        for line in &digest.sparklines {
            let _ = write!(
                out,
                "<tr><td style=\"padding:2px 8px 2px 0\">{}</td><td>{}</td></tr>",
                escape(&pupil(&line.pupil)),
                chart::sparkline(&line.weeks, digest.summary.target_percent)
            );
        }
        out.push_str("</table>");
    }

    let _ = write!(
        out,
        "<h2 style=\"font-size:16px;margin:18px 0 6px\">Attendance (target {:.1}%)</h2>",
        digest.summary.target_percent
    );
    out.push_str(&chart::weekly(
        &digest.weekly,
        digest.summary.target_percent,
    ));
    out.push_str("<table style=\"border-collapse:collapse;margin-top:8px\"><tr>");
    for heading in [
        "",
        "pupils",
        "year",
        "term",
        "4 weeks",
        "PA",
        "SA",
        "below target",
    ] {
        let _ = write!(
            out,
            "<th style=\"text-align:right;padding:2px 8px\">{heading}</th>"
        );
    }
    out.push_str("</tr>");
    for (cohort, f) in &digest.summary.cohorts {
        let _ = write!(
            out,
            "<tr><td style=\"padding:2px 8px\">{}</td>{}</tr>",
            escape(&cohort.to_string()),
            [
                f.pupils.to_string(),
                percent(f.figures.year.percent()),
                percent(f.figures.term.percent()),
                percent(f.figures.four_weeks.percent()),
                f.persistent.to_string(),
                f.severe.to_string(),
                f.below_target.to_string(),
            ]
            .iter()
            .map(|v| format!("<td style=\"text-align:right;padding:2px 8px\">{v}</td>"))
            .collect::<String>()
        );
    }
    out.push_str("</table><p style=\"color:#555\">By week this term: ");
    let weeks: Vec<String> = digest
        .weekly
        .iter()
        .map(|(week, value)| format!("w/c {} {}", week.format("%-d %b"), percent(*value)))
        .collect();
    out.push_str(&escape(&weeks.join(" · ")));
    out.push_str("</p></body></html>");
    out
}
