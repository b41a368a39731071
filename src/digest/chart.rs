//! Pictures for the digest, as hand-built SVG: the school's attendance by
//! week against the target line, and a sparkline per pupil on the watch.
//!
//! Hand-built rather than through a plotting crate: the charts are a
//! polyline, a few rectangles and a dashed line, the output is small and
//! the same bytes every time (tests can compare it), and no font files are
//! needed. The SVG goes inline in the HTML email (see `html.rs`).

use std::fmt::Write;

use chrono::NaiveDate;

const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 40.0;
const BOTTOM: f64 = 24.0;
const TOP: f64 = 10.0;

/// The lowest percentage a chart shows: 5 below the lowest value or the
/// target, rounded down to 5, so small differences near the top stay
/// visible.
fn floor_of(values: impl Iterator<Item = f64>, target: f64) -> f64 {
    let lowest = values.fold(target, f64::min);
    (((lowest - 5.0) / 5.0).floor() * 5.0).clamp(0.0, 95.0)
}

/// Weekly attendance bars with the target as a dashed line.
pub fn weekly(weeks: &[(NaiveDate, Option<f64>)], target: f64) -> String {
    let floor = floor_of(weeks.iter().filter_map(|(_, v)| *v), target);
    let plot_h = HEIGHT - BOTTOM - TOP;
    let y = |v: f64| TOP + plot_h * (100.0 - v) / (100.0 - floor);
    let slot = (WIDTH - LEFT) / weeks.len().max(1) as f64;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Attendance by week against the {target:.1}% target"><title>Attendance by week against the {target:.1}% target</title>"#
    );
    for tick in [floor, (floor + 100.0) / 2.0, 100.0] {
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="#555">{tick:.0}%</text><line x1="{LEFT}" y1="{:.1}" x2="{WIDTH}" y2="{:.1}" stroke="#ddd"/>"##,
            LEFT - 4.0,
            y(tick) + 3.0,
            y(tick),
            y(tick)
        );
    }
    for (i, (week, value)) in weeks.iter().enumerate() {
        let x = LEFT + slot * i as f64;
        if let Some(v) = value {
            let colour = if *v < target { "#c0392b" } else { "#2e7d32" };
            let _ = write!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"><title>w/c {}: {v:.1}%</title></rect>"#,
                x + slot * 0.15,
                y(*v),
                slot * 0.7,
                (HEIGHT - BOTTOM - y(*v)).max(0.0),
                week.format("%-d %b")
            );
        }
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" font-size="9" text-anchor="middle" fill="#555">{}</text>"##,
            x + slot / 2.0,
            HEIGHT - 8.0,
            week.format("%-d/%-m")
        );
    }
    let _ = write!(
        svg,
        r##"<line x1="{LEFT}" y1="{:.1}" x2="{WIDTH}" y2="{:.1}" stroke="#1a237e" stroke-width="1.5" stroke-dasharray="6 3"/><text x="{WIDTH}" y="{:.1}" font-size="10" text-anchor="end" fill="#1a237e">target {target:.1}%</text></svg>"##,
        y(target),
        y(target),
        y(target) - 3.0
    );
    svg
}

/// A small line of weekly percentages with the target dashed; weeks with
/// no possible session leave a gap.
pub fn sparkline(points: &[Option<f64>], target: f64) -> String {
    const W: f64 = 120.0;
    const H: f64 = 24.0;
    let floor = floor_of(points.iter().filter_map(|v| *v), target);
    let y = |v: f64| 2.0 + (H - 4.0) * (100.0 - v) / (100.0 - floor);
    let step = W / points.len().max(2).saturating_sub(1) as f64;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" aria-label="weekly attendance"><line x1="0" y1="{:.1}" x2="{W}" y2="{:.1}" stroke="#1a237e" stroke-width="0.8" stroke-dasharray="3 2"/>"##,
        y(target),
        y(target)
    );
    // One polyline per run of weeks with a value.
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, svg: &mut String| {
        if run.len() > 1 {
            let _ = write!(
                svg,
                r##"<polyline fill="none" stroke="#c0392b" stroke-width="1.5" points="{}"/>"##,
                run.join(" ")
            );
        } else if let Some(point) = run.first() {
            let (x, y) = point.split_once(',').unwrap_or(("0", "0"));
            let _ = write!(
                svg,
                r##"<circle cx="{x}" cy="{y}" r="1.5" fill="#c0392b"/>"##
            );
        }
        run.clear();
    };
    for (i, value) in points.iter().enumerate() {
        match value {
            Some(v) => run.push(format!("{:.1},{:.1}", step * i as f64, y(*v))),
            None => flush(&mut run, &mut svg),
        }
    }
    flush(&mut run, &mut svg);
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_below_target_are_red_and_the_target_is_drawn() {
        let weeks = [
            ("2026-11-02".parse().unwrap(), Some(97.5)),
            ("2026-11-09".parse().unwrap(), Some(91.0)),
            ("2026-11-16".parse().unwrap(), None),
        ];
        let svg = weekly(&weeks, 96.0);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(
            svg.matches("<rect").count(),
            2,
            "no bar for a week with no sessions"
        );
        assert!(svg.contains(r##"fill="#2e7d32"><title>w/c 2 Nov: 97.5%"##));
        assert!(svg.contains(r##"fill="#c0392b"><title>w/c 9 Nov: 91.0%"##));
        assert!(svg.contains("target 96.0%"));
        assert!(
            svg.contains(">85%<"),
            "the floor is 5 below the lowest, rounded to 5"
        );
    }

    #[test]
    fn a_sparkline_breaks_over_weeks_with_no_sessions() {
        let svg = sparkline(&[Some(100.0), Some(90.0), None, Some(80.0)], 96.0);
        assert_eq!(svg.matches("<polyline").count(), 1);
        assert_eq!(svg.matches("<circle").count(), 1);
    }
}
