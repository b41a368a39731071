//! The parser through its public API, on Fernhill's calendar: the default
//! day across evenings, weekends, half term, the INSET day and the clock
//! change; quoted email; bad input; and properties over arbitrary text.

use absence_line::domain::Channel;
use absence_line::domain::{Code, Flag, ParsedMessage, Session};
use absence_line::parse::{ChaseContext, Child, MessageInput, parse_message};
use chrono::NaiveDate;

use crate::support::{FERNHILL, arrival};
use proptest::prelude::*;

fn child(first: &str, known_as: Option<&str>, year: &str) -> Child {
    Child {
        first: first.into(),
        last: "Okafor".into(),
        known_as: known_as.map(Into::into),
        year: year.into(),
    }
}

fn two_children() -> Vec<Child> {
    vec![
        child("Amelia", Some("Millie"), "Y3"),
        child("Ben", None, "R"),
    ]
}

fn message(received_at: &str, children: Vec<Child>, text: &str) -> MessageInput {
    MessageInput {
        channel: Channel::Sms,
        received_at: received_at.parse().unwrap(),
        subject: None,
        children,
        context: None,
        text: text.into(),
    }
}

fn parse(received_at: &str, text: &str) -> ParsedMessage {
    parse_message(&message(received_at, two_children(), text), &FERNHILL)
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Asserts that a message reads as no absence and nothing more: no report,
/// and `not_absence` its only flag.
fn assert_no_absence(received_at: &str, text: &str) {
    let parsed = parse(received_at, text);
    assert!(parsed.reports.is_empty(), "{text}: {parsed:?}");
    assert_eq!(parsed.flags, [Flag::NotAbsence], "{text}");
}

/// A message in reply to the office's chase for Millie about `chased`.
fn reply_to_chase(received_at: &str, chased: &str, text: &str) -> ParsedMessage {
    let input = MessageInput {
        context: Some(ChaseContext {
            date: d(chased),
            chasing: vec!["Amelia".into()],
        }),
        ..message(received_at, two_children(), text)
    };
    parse_message(&input, &FERNHILL)
}

/// The first and last day of the only report of a message.
fn days_away(received_at: &str, text: &str) -> (NaiveDate, Option<NaiveDate>) {
    let (_, from, to) = one_report(&parse(received_at, text));
    (from, to)
}

/// The sessions the only report of a message starts and ends on.
fn sessions_away(received_at: &str, text: &str) -> (Session, Session) {
    let parsed = parse(received_at, text);
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    (parsed.reports[0].from_session, parsed.reports[0].to_session)
}

/// The only report's code and first and last day.
fn one_report(parsed: &ParsedMessage) -> (Code, NaiveDate, Option<NaiveDate>) {
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    (r.code, r.from, r.to)
}

#[test]
fn a_morning_message_is_about_today() {
    let parsed = parse(
        "2026-11-23T07:42:00+00:00",
        "Millie won't be in today, she's been sick in the night",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-23"), Some(d("2026-11-23")))
    );
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    assert!(parsed.flags.is_empty());
}

#[test]
fn an_evening_message_is_about_the_next_school_day() {
    let parsed = parse(
        "2026-11-24T19:10:00+00:00",
        "Millie won't be in, she has a temperature",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-25"));
}

#[test]
fn thursday_evening_before_the_inset_day_is_about_monday() {
    let parsed = parse(
        "2026-11-26T18:00:00+00:00",
        "Millie won't be in, she has a temperature",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-30"));
}

#[test]
fn a_weekend_message_is_about_monday() {
    let parsed = parse(
        "2026-11-22T20:45:00+00:00",
        "Ben's got a temperature so he won't be in",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-23"));
}

#[test]
fn a_half_term_message_is_about_the_first_day_back() {
    let parsed = parse(
        "2026-10-28T11:00:00+00:00",
        "Ben won't be in, he's got chicken pox",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-02"));
}

#[test]
fn back_on_the_first_day_after_half_term_misses_no_school() {
    // Sent on Thursday of half term: Monday 2 November is the first day back.
    let parsed = parse(
        "2026-10-29T11:00:00+00:00",
        "Ben broke his arm on holiday! He's fine and will be back on Monday, he just can't write for a few weeks",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    // Back on the Tuesday: the Monday is missed.
    assert_eq!(
        days_away(
            "2026-10-29T11:00:00+00:00",
            "Ben is poorly, he'll be back on Tuesday"
        ),
        (d("2026-11-02"), Some(d("2026-11-02")))
    );
    // Not back for it: the first day is missed.
    assert_eq!(
        days_away(
            "2026-11-01T19:00:00+00:00",
            "Ben has had d and v since this afternoon so he won't be in for the first day back tomorrow"
        ),
        (d("2026-11-02"), Some(d("2026-11-02")))
    );
}

#[test]
fn register_close_is_local_time_either_side_of_the_clock_change() {
    // 08:40 BST on Friday 23 October: 9.20 is after the 09:15 close.
    let bst = parse(
        "2026-10-23T08:40:00+01:00",
        "Ben running late, be there 9.20",
    );
    assert_eq!(bst.reports[0].code, Code::LateAfterClose);
    assert_eq!(bst.reports[0].arrival, arrival("09:20"));
    // A UTC timestamp for 08:40 BST is still 08:40 at the school.
    let utc = parse(
        "2026-10-23T07:40:00+00:00",
        "Ben running late, be there 9.10",
    );
    assert_eq!(
        (utc.reports[0].code, utc.reports[0].from),
        (Code::Late, d("2026-10-23"))
    );
    // After the change (GMT).
    let gmt = parse(
        "2026-11-02T08:40:00+00:00",
        "Ben running late, be there 9.10",
    );
    assert_eq!(gmt.reports[0].code, Code::Late);
}

#[test]
fn a_message_sent_at_the_clock_change_is_about_monday() {
    let parsed = parse("2026-10-25T01:30:00+01:00", "Millie won't be in, poorly");
    assert_eq!(
        one_report(&parsed).1,
        d("2026-11-02"),
        "Sunday of half term"
    );
}

#[test]
fn a_reply_to_a_chase_is_about_the_chased_day() {
    let mut input = message(
        "2026-11-24T08:10:00+00:00",
        two_children(),
        "sorry, she was poorly",
    );
    input.context = Some(ChaseContext {
        chasing: vec!["Amelia".into()],
        date: d("2026-11-23"),
    });
    let parsed = parse_message(&input, &FERNHILL);
    assert_eq!(one_report(&parsed).1, d("2026-11-23"));
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
}

#[test]
fn a_reply_to_a_chase_counts_an_illness_from_the_day_it_is_said_to_run_since() {
    // Wednesday 25th, chased about today.
    let reply = |text: &str| {
        let mut input = message("2026-11-25T10:05:00+00:00", two_children(), text);
        input.context = Some(ChaseContext {
            chasing: vec!["Amelia".into()],
            date: d("2026-11-25"),
        });
        parse_message(&input, &FERNHILL)
    };
    let since_monday = reply("sorry, she's been off since Monday with a chest infection");
    assert_eq!(one_report(&since_monday).1, d("2026-11-23"));
    // Ill since a night: she may have been in the day after.
    let since_monday_night = reply("she's had a temperature since monday night, still not right");
    assert_eq!(one_report(&since_monday_night).1, d("2026-11-25"));
    // The sender's own stay, and the child staying elsewhere, are no absence.
    let sender = reply("sorry, I've been in hospital since Monday, she's poorly today");
    assert_eq!(one_report(&sender).1, d("2026-11-25"));
    let staying = reply("she's been at her nan's since Monday, poorly today");
    assert_eq!(one_report(&staying).1, d("2026-11-25"));
    let both_days =
        reply("sorry I should have rung yesterday. she was off yesterday and today with a cold");
    assert_eq!(one_report(&both_days).1, d("2026-11-24"));
}

#[test]
fn a_crisis_told_in_reply_to_a_chase_is_why_the_child_was_away() {
    let mut input = message(
        "2026-11-24T10:50:00+00:00",
        two_children(),
        "I'm sorry I can't do it anymore. I haven't been out of bed for days, the kids have been feeding themselves",
    );
    input.context = Some(ChaseContext {
        chasing: vec!["Amelia".into()],
        date: d("2026-11-24"),
    });
    let parsed = parse_message(&input, &FERNHILL);
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
}

#[test]
fn a_reply_to_a_chase_is_answered_by_lateness_not_by_thanks() {
    let chased = |at: &str, text: &str| {
        let mut input = message(at, two_children(), text);
        input.context = Some(ChaseContext {
            chasing: vec!["Amelia".into()],
            date: d("2026-11-24"),
        });
        parse_message(&input, &FERNHILL)
    };
    let on_way = chased("2026-11-24T10:30:00+00:00", "on way now, overslept sorry");
    assert_eq!(one_report(&on_way).0, Code::LateAfterClose);
    // A thumbs-up tells nobody why she was away: a person reads it.
    let thumbs = chased("2026-11-24T10:30:00+00:00", "👍");
    assert!(thumbs.reports.is_empty());
    assert!(thumbs.flags.contains(&Flag::NeedsStaff));
    assert!(!thumbs.flags.contains(&Flag::NotAbsence));
}

#[test]
fn the_twins_before_a_named_child_are_their_own_report() {
    let children = vec![
        child("Eva", None, "Y3"),
        child("Lucy", None, "Y3"),
        child("Jack", None, "Y6"),
    ];
    let input = message(
        "2027-03-02T08:10:00+00:00",
        children,
        "the twins are poorly, Jack will be in but late, there for 9.25 after his orthodontist",
    );
    let parsed = parse_message(&input, &FERNHILL);
    let pupils: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.pupils.clone(), r.code))
        .collect();
    assert!(
        pupils.contains(&(vec!["Eva".into(), "Lucy".into()], Code::Illness)),
        "{pupils:?}"
    );
    assert!(
        pupils.contains(&(vec!["Jack".into()], Code::Medical)),
        "{pupils:?}"
    );
}

#[test]
fn the_twins_after_a_named_child_are_their_own_report() {
    let children = vec![
        child("Elsie", None, "Y5"),
        child("Harry", None, "Y2"),
        child("George", None, "Y2"),
    ];
    let input = message(
        "2027-06-09T07:35:00+01:00",
        children,
        "Elsie has her eye clinic at 9.30, she'll be in for the afternoon. \
         The twins both woke up with a temperature though so they're off all day.",
    );
    let parsed = parse_message(&input, &FERNHILL);
    let reports: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.pupils.clone(), r.code, r.to_session))
        .collect();
    assert_eq!(
        reports,
        [
            (vec!["Elsie".into()], Code::Medical, Session::Am),
            (
                vec!["Harry".into(), "George".into()],
                Code::Illness,
                Session::Pm
            )
        ],
        "{parsed:?}"
    );
}

#[test]
fn quoted_email_text_is_not_a_new_report() {
    let mut input = message(
        "2026-11-23T12:30:00+00:00",
        two_children(),
        "Thanks for letting me know!\n\nOn Mon, 23 Nov 2026 at 11:02, Fernhill Primary <office@fernhill.sch.uk> wrote:\n> Millie won't be in today, she is sick.",
    );
    input.channel = Channel::Email;
    let parsed = parse_message(&input, &FERNHILL);
    assert!(parsed.reports.is_empty());
    assert_eq!(parsed.flags, [Flag::NotAbsence]);
}

#[test]
fn sickness_denied_is_not_an_absence() {
    let parsed = parse(
        "2026-11-23T08:00:00+00:00",
        "Ignore my text, Millie was sick but is fine now and in today",
    );
    assert_eq!(parsed.flags, [Flag::NotAbsence]);
}

#[test]
fn children_excluded_and_collective() {
    let parsed = parse(
        "2026-11-23T07:30:00+00:00",
        "Millie has d&v so she's off. Ben will be in as normal",
    );
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    let parsed = parse(
        "2026-11-23T07:30:00+00:00",
        "Both have the sickness bug, neither will be in today",
    );
    assert_eq!(parsed.reports[0].pupils, ["Amelia", "Ben"]);
    let parsed = parse("2026-11-23T07:30:00+00:00", "Not in today, temperature");
    assert!(parsed.reports[0].pupils.is_empty());
    assert_eq!(parsed.flags, [Flag::AmbiguousPupil]);
}

#[test]
fn two_children_with_different_reasons_get_two_reports() {
    let parsed = parse(
        "2027-03-02T08:40:00+00:00",
        "Ben's got a temp so he's staying home, and Millie's got the dentist at 2 so I'll pick her up at 1.30",
    );
    assert_eq!(parsed.reports.len(), 2);
    assert_eq!(
        (parsed.reports[0].code, parsed.reports[0].from_session),
        (Code::Illness, Session::Am)
    );
    assert_eq!(
        (parsed.reports[1].code, parsed.reports[1].from_session),
        (Code::Medical, Session::Pm)
    );
}

#[test]
fn bad_input_never_panics_and_asks_a_person() {
    for text in ["", "   ", "😞🤢🙈", "\u{0}\u{FFFF}"] {
        let parsed = parse("2026-11-23T08:00:00+00:00", text);
        assert!(parsed.reports.is_empty(), "{text:?}");
        assert!(parsed.has(Flag::NeedsStaff), "{text:?}");
    }
    let huge = "Millie won't be in today, she is poorly. ".repeat(2_600);
    assert!(huge.len() > 100_000);
    let parsed = parse("2026-11-23T08:00:00+00:00", &huge);
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    assert!(parsed.has(Flag::NeedsStaff), "a novel is read by a person");
    let impossible = parse(
        "2026-11-23T08:00:00+00:00",
        "Millie won't be in on 31/02, back at 25:70",
    );
    assert_eq!(one_report(&impossible).1, d("2026-11-23"));
}

fn roster() -> impl Strategy<Value = Vec<Child>> {
    prop::sample::subsequence(
        vec![
            child("Amelia", Some("Millie"), "Y3"),
            child("Ben", None, "R"),
            child("Evie", None, "Y4"),
            child("Grace", None, "Y4"),
        ],
        0..=4,
    )
}

fn text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Millie",
        "Ben",
        "Evie",
        "Grace",
        "both",
        "twins",
        "won't be in",
        "late",
        "9.20",
        "today",
        "tomorrow",
        "until Friday",
        "back on Monday",
        "sick",
        "dentist at 2",
        "collect at 1",
        "police",
        "holiday",
        "26/11",
        "31/02",
        "25:70",
        "half 9",
        "and",
        ".",
        ",",
        "\n> quoted",
        "😞",
    ]);
    prop_oneof![
        any::<String>(),
        prop::collection::vec(words, 0..25).prop_map(|w| w.join(" ")),
    ]
}

/// Whether a person is told: what the parser cannot account for must not
/// be recorded silently.
fn sent_to_staff(parsed: &ParsedMessage) -> bool {
    parsed.has(Flag::NeedsStaff)
}

#[test]
fn a_parent_correcting_the_child_named_is_read_as_about_the_child_meant() {
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "Ben has a temperature and won't be in. Sorry I mean Millie! Ben is going in as normal",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    assert_eq!(parsed.reports[0].code, Code::Illness);
    assert!(!sent_to_staff(&parsed), "{parsed:?}");
    assert!(
        parsed
            .explanation
            .children
            .iter()
            .any(|c| c.decided.contains("corrects the child")),
        "{:?}",
        parsed.explanation
    );
}

#[test]
fn a_parent_correcting_an_earlier_message_goes_to_a_person() {
    // Saying which child is meant settles it (the daemon withdraws the
    // earlier message's marks as a correction).
    let parsed = parse(
        "2026-11-23T10:40:00+00:00",
        "Sorry I put the wrong name in my text this morning, it's Millie that's poorly not Ben",
    );
    assert_eq!(parsed.reports[0].pupils, ["Amelia"], "{parsed:?}");
    assert!(!sent_to_staff(&parsed), "{parsed:?}");
    let parsed = parse(
        "2026-11-23T10:40:00+00:00",
        "Sorry I put the wrong name in my text this morning, Millie is poorly",
    );
    assert!(sent_to_staff(&parsed), "{parsed:?}");
    assert!(
        parsed
            .explanation
            .flags
            .iter()
            .any(|c| c.decided.contains("corrects itself")),
        "{:?}",
        parsed.explanation
    );
}

#[test]
fn a_misspelled_day_goes_to_a_person() {
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "Ben has d&v, won't be in today or tmorow",
    );
    assert!(sent_to_staff(&parsed), "{parsed:?}");
    // The commonest misspellings are read as the day.
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "Ben has d&v, won't be in today or tomorow",
    );
    assert_eq!(one_report(&parsed).2, Some(d("2026-11-24")), "{parsed:?}");
}

#[test]
fn an_end_at_a_time_of_year_not_read_goes_to_a_person() {
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "Ben won't be in from today, we're away with the fair for work, back after christmas",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(code, Code::Traveller);
    assert!(
        to.is_none() || to != Some(from) || sent_to_staff(&parsed),
        "{parsed:?}"
    );
}

#[test]
fn days_named_apart_are_not_silently_one_stretch() {
    let parsed = parse(
        "2026-11-20T19:00:00+00:00",
        "Millie has matinees in the panto on Tuesday 24th and Thursday 26th November, her licence is granted. I'll collect her at 12 on both days",
    );
    let wednesday = d("2026-11-25");
    let covers_wednesday = parsed
        .reports
        .iter()
        .any(|r| r.from <= wednesday && r.to.is_none_or(|to| wednesday <= to));
    assert!(!covers_wednesday || sent_to_staff(&parsed), "{parsed:?}");
}

#[test]
fn a_week_on_a_day_said_the_evening_before_it_is_the_week_after_tomorrow() {
    // Thursday evening: "Friday" is tomorrow, "a week on Friday" the 11th.
    let at = "2026-12-03T19:30:00+00:00";
    let bare = parse(
        at,
        "Millie has a hospital appointment on Friday, off all day",
    );
    assert_eq!(one_report(&bare).1, d("2026-12-04"));
    let week_on = parse(
        at,
        "Millie has a hospital appointment a week on Friday, off all day",
    );
    assert_eq!(one_report(&week_on).1, d("2026-12-11"));
    // Said on the Friday morning, the coming Friday is next week's.
    let friday = parse(
        "2026-12-04T08:00:00+00:00",
        "Millie has a hospital appointment a week on Friday, off all day",
    );
    assert_eq!(one_report(&friday).1, d("2026-12-18"));
    // Sunday evening: back a week on Monday, so away through the Friday
    // before it.
    let parsed = parse(
        "2026-11-29T19:00:00+00:00",
        "Millie had her appendix out on Saturday. The surgeon says no school for a week, so she won't be back until a week on Monday.",
    );
    assert_eq!(one_report(&parsed).2, Some(d("2026-12-04")), "{parsed:?}");
}

#[test]
fn a_journey_after_school_takes_the_child_for_the_next_day() {
    // Wednesday evening: off on Friday, driving down Thursday after school.
    let parsed = parse(
        "2026-12-02T19:30:00+00:00",
        "Sadly my father passed away last week. His funeral is in Swansea on Friday 4th and both children will be coming with us. We'll drive down on Thursday after school and be back for Monday.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Exceptional, d("2026-12-04"), Some(d("2026-12-04")))
    );
}

#[test]
fn lateness_owned_up_to_the_next_day_is_yesterday_s() {
    let parsed = parse(
        "2026-11-24T08:40:00+00:00",
        "Apologies that Millie was late yesterday, we were stuck behind an accident on the A1. She got in about 10.15.",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-23"));
    assert_eq!(parsed.reports[0].arrival, arrival("10:15"));
}

#[test]
fn the_afternoon_missed_and_a_drive_in_by_a_time() {
    let parsed = parse(
        "2026-11-24T07:10:00+00:00",
        "Millie has been up all night with a bug but she wants to do her test at 9. I'll bring her in for it and take her home afterwards, she won't be in this afternoon",
    );
    assert_eq!(parsed.reports[0].from_session, Session::Pm, "{parsed:?}");
    let parsed = parse(
        "2026-11-24T08:57:00+00:00",
        "Millie has missed the bus from the village so I'm driving her in, be about 9.25",
    );
    assert_eq!(one_report(&parsed).0, Code::LateAfterClose);
    assert_eq!(parsed.reports[0].arrival, arrival("09:25"));
    // Brought in once a medicine works, by a time said further on.
    let parsed = parse(
        "2026-11-24T08:20:00+00:00",
        "Millie's hayfever is awful today, her eyes have swollen shut. I'll bring her in once the antihistamine kicks in, about half ten",
    );
    assert_eq!(one_report(&parsed).0, Code::LateAfterClose, "{parsed:?}");
    assert_eq!(parsed.reports[0].arrival, arrival("10:30"));
    // In once the next taxi comes: the morning only.
    let parsed = parse(
        "2026-11-24T08:10:00+00:00",
        "Millie's taxi hasn't come. Transport say they can't get another one out to us till about 10.15 so she'll be in after that",
    );
    assert_eq!(parsed.reports[0].to_session, Session::Am, "{parsed:?}");
}

#[test]
fn a_date_an_operation_was_had_on_is_gone() {
    // Sunday 3 January, in the holiday: the operation was on 29 December.
    let parsed = parse(
        "2027-01-03T18:20:00+00:00",
        "Millie has been in hospital over Christmas with appendicitis and had an operation on the 29th. The surgeon says two weeks off school, so she won't be back until Monday 18th January.",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(code, Code::Illness);
    assert_eq!(to, Some(d("2027-01-15")));
    assert!(from < d("2027-01-15"), "{parsed:?}");
}

#[test]
fn a_parent_s_jury_service_is_no_absence() {
    let parsed = parse(
        "2026-11-20T16:00:00+00:00",
        "Just to let you know I've been called up for jury service at Leeds Crown Court for the next two weeks, so Millie's grandad will be dropping her off and collecting her.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn the_afternoon_of_a_collection_or_a_late_return() {
    // The office rang: the parent's arrival to collect is no lateness.
    let parsed = parse(
        "2026-11-24T12:05:00+00:00",
        "Got the call from the office, I'm on my way to get her, be there about half 12. Poor thing's been sick",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness);
    assert_eq!(parsed.reports[0].from_session, Session::Pm, "{parsed:?}");
    // Back late after lunch from the dentist.
    let parsed = parse(
        "2026-11-24T13:40:00+00:00",
        "Sorry Millie's running late back, the dentist was running 40 mins behind! On our way now",
    );
    assert_eq!(one_report(&parsed).0, Code::Medical);
    assert_eq!(parsed.reports[0].from_session, Session::Pm, "{parsed:?}");
}

#[test]
fn an_appointment_on_a_later_day_is_not_silently_left_out() {
    let parsed = parse(
        "2026-11-23T07:30:00+00:00",
        "Millie has tonsillitis again so she won't be in today. Also a heads up that she has her pre-op assessment for the tonsillectomy at the Royal on Tuesday 1st December at 2pm, so I'll need to collect her at 1 that day.",
    );
    let tuesday = d("2026-12-01");
    let covers_tuesday = parsed
        .reports
        .iter()
        .any(|r| r.from <= tuesday && r.to.is_none_or(|to| tuesday <= to));
    assert!(covers_tuesday || sent_to_staff(&parsed), "{parsed:?}");
    // The day back, told with the reason, is no second absence.
    let parsed = parse(
        "2026-11-23T07:30:00+00:00",
        "Millie has tonsillitis, the GP says keep her off today and tomorrow, back on Wednesday after her check at the surgery",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-23"), Some(d("2026-11-24")))
    );
    assert!(!sent_to_staff(&parsed), "{parsed:?}");
}

#[test]
fn an_illness_in_a_question_about_a_trip_is_not_silently_an_absence() {
    let parsed = parse(
        "2026-11-23T16:40:00+00:00",
        "Millie gets travel sick, can she sit at the front of the coach for the trip on Friday?",
    );
    assert!(
        parsed.reports.is_empty() || sent_to_staff(&parsed),
        "{parsed:?}"
    );
}

#[test]
fn a_tradesman_s_time_is_not_silently_a_late_arrival() {
    let parsed = parse(
        "2026-11-23T17:40:00+00:00",
        "The new boiler is going in tomorrow so Ben will be off, the plumbers come at 8",
    );
    let late = parsed.reports.iter().any(|r| r.code.is_late());
    assert!(!late || sent_to_staff(&parsed), "{parsed:?}");
    // A time to be somewhere else, beside the whole day missed.
    let parsed = parse(
        "2026-11-23T19:40:00+00:00",
        "Millie has to come to a hearing with me on Wednesday. We need to be in Birmingham for 10 so she will miss the whole day.",
    );
    assert!(
        parsed.reports.iter().all(|r| !r.code.is_late()),
        "{parsed:?}"
    );
    // One child off and the other late: the words of being off are the
    // first child's, and both reports stand without a person.
    let parsed = parse(
        "2026-11-24T08:10:00+00:00",
        "Ben is staying home, he's been sick in the night. Millie missed her bus while I was sorting him out, she'll be there for about 9.40",
    );
    assert_eq!(parsed.reports.len(), 2, "{parsed:?}");
    assert!(!sent_to_staff(&parsed), "{parsed:?}");
}

#[test]
fn a_cousin_named_in_lower_case_goes_to_a_person() {
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "ben and his cousin jayden have both got chicken pox, off today",
    );
    assert_eq!(parsed.reports[0].pupils, ["Ben"]);
    assert!(sent_to_staff(&parsed), "{parsed:?}");
}

#[test]
fn fine_but_off_tomorrow_is_not_silently_no_absence() {
    let parsed = parse(
        "2026-11-23T17:40:00+00:00",
        "Millie bumped her head at the park, she's fine but tired so she'll have tomorrow off",
    );
    assert!(!parsed.has(Flag::NotAbsence), "{parsed:?}");
    assert!(
        !parsed.reports.is_empty() || sent_to_staff(&parsed),
        "{parsed:?}"
    );
}

#[test]
fn a_child_staying_home_is_not_late_with_the_others() {
    let parsed = parse(
        "2026-11-23T08:50:00+00:00",
        "Sorry we're running late, Ben will be there at 9.10. Millie is staying home, she has earache",
    );
    let millie = parsed
        .reports
        .iter()
        .find(|r| r.pupils == ["Amelia"])
        .expect("a report for Millie");
    assert_eq!(millie.code, Code::Illness);
    assert_eq!(
        (millie.from_session, millie.to_session),
        (Session::Am, Session::Pm)
    );
    let ben = parsed
        .reports
        .iter()
        .find(|r| r.pupils == ["Ben"])
        .expect("a report for Ben");
    assert_eq!(ben.code, Code::Late);
}

#[test]
fn plain_reports_are_not_sent_to_a_person() {
    for text in [
        "Ben and Millie are off today and tomorrow with a cold",
        "Millie is poorly with a sore throat, keeping her home today. Ben will be in",
        "Ben has an orthodontist appointment at 10.30, back for lunch",
    ] {
        let parsed = parse("2026-11-23T07:40:00+00:00", text);
        assert!(!parsed.reports.is_empty(), "{text}: {parsed:?}");
        assert!(!sent_to_staff(&parsed), "{text}: {parsed:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn any_text_gives_a_well_formed_result(
        children in roster(),
        text in text(),
        minutes in 0i64..(60 * 24 * 400),
    ) {
        let at = chrono::DateTime::parse_from_rfc3339("2026-09-01T00:00:00+00:00").unwrap()
            + chrono::Duration::minutes(minutes);
        let input = MessageInput { received_at: at, ..message("2026-09-01T00:00:00+00:00", children.clone(), &text) };
        let parsed = parse_message(&input, &FERNHILL);
        let firsts: Vec<&str> = children.iter().map(|c| c.first.as_str()).collect();
        for report in &parsed.reports {
            if let Some(to) = report.to {
                prop_assert!(report.from <= to, "{report:?}");
                if report.from == to {
                    prop_assert!(report.from_session <= report.to_session, "{report:?}");
                }
            }
            for pupil in &report.pupils {
                prop_assert!(firsts.contains(&pupil.as_str()), "{pupil} not on the roster");
            }
            prop_assert!(report.arrival.is_none() || report.code.is_late());
        }
        let empty_pupils = parsed.reports.iter().any(|r| r.pupils.is_empty());
        prop_assert_eq!(parsed.has(Flag::AmbiguousPupil), empty_pupils);
        // "Not an absence" only with no report; no report and no such
        // evidence goes to a person.
        prop_assert!(!parsed.has(Flag::NotAbsence) || parsed.reports.is_empty());
        prop_assert!(
            !parsed.reports.is_empty()
                || parsed.has(Flag::NotAbsence)
                || parsed.has(Flag::NeedsStaff)
        );
    }
}

#[test]
fn a_concern_that_is_the_reason_is_not_yet_established() {
    let parsed = parse(
        "2026-11-23T08:40:00+00:00",
        "Millie won't be in, she's too tired, she was out till 2am with her 'boyfriend' who's 19 and I can't stop her going",
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet);
    // Too tired with no concern stays other circumstances.
    let parsed = parse(
        "2026-11-23T08:40:00+00:00",
        "Millie won't be in, she's too tired after the wedding",
    );
    assert!(!parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert_ne!(one_report(&parsed).0, Code::NoReasonYet);
}

#[test]
fn news_told_with_who_does_the_school_run_is_no_absence() {
    let parsed = parse(
        "2026-11-22T19:30:00+00:00",
        "Hi, I'm a witness in a court case this week, so my mum will be doing drop off and pick up for Millie until Friday.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn an_absence_told_the_next_day_with_the_child_back_is_yesterdays() {
    // Wednesday 25 November 2026, before school.
    let parsed = parse(
        "2026-11-25T08:05:00+00:00",
        "Ben had the dentist yesterday afternoon, sorry I forgot to tell you. He's in today",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Medical, d("2026-11-24"), Some(d("2026-11-24")))
    );
    assert_eq!(parsed.reports[0].from_session, Session::Pm);
    let parsed = parse(
        "2026-11-25T08:05:00+00:00",
        "Sorry I forgot to let you know Ben was off yesterday with a bad tummy, he's fine and back in today",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-24"), Some(d("2026-11-24")))
    );
    // Still off today: today's absence, not yesterday's.
    let parsed = parse(
        "2026-11-25T08:05:00+00:00",
        "Ben was sick yesterday and he won't be in today either",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-25"));
}

#[test]
fn two_absences_told_in_turn_are_two_reports() {
    // Wednesday 25 November 2026, before school.
    let parsed = parse(
        "2026-11-25T07:50:00+00:00",
        "Ben has a bad cough so we are keeping him home today. He also has the orthodontist tomorrow at 3 so I'll pick him up at 2.30",
    );
    let reports: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.code, r.from, r.from_session, r.to, r.to_session))
        .collect();
    assert_eq!(
        reports,
        [
            (
                Code::Illness,
                d("2026-11-25"),
                Session::Am,
                Some(d("2026-11-25")),
                Session::Pm
            ),
            (
                Code::Medical,
                d("2026-11-26"),
                Session::Pm,
                Some(d("2026-11-26")),
                Session::Pm
            ),
        ],
        "{parsed:?}"
    );
    // One absence with its doctor's visit stays one report.
    let parsed = parse(
        "2026-11-25T07:50:00+00:00",
        "Ben has a sick bug so he'll be off today and tomorrow. I'm taking him to the doctors tomorrow at 10",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-25"), Some(d("2026-11-26")))
    );
}

#[test]
fn an_arrival_is_at_school_and_a_child_leaving_early_arrives_nowhere() {
    // Tuesday 24 November 2026, 08:35: the register closes at 09:15.
    let parsed = parse(
        "2026-11-24T08:35:00+00:00",
        "Our bus broke down, waiting for the next one. Ben will be at school by 9",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Late);
    assert_eq!(parsed.reports[0].arrival, arrival("09:00"));
    // The evening before: "there" is the airport, not school.
    let parsed = parse(
        "2026-11-24T17:30:00+00:00",
        "Could Ben finish at lunchtime on Thursday please? Our flight to Majorca leaves at 5.40 and we need to be there by 3.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_eq!(
        (
            report.code,
            report.from,
            report.from_session,
            report.arrival
        ),
        (Code::HolidayNotAgreed, d("2026-11-26"), Session::Pm, None)
    );
}

#[test]
fn a_crisis_that_is_the_concern_is_no_leave_when_the_child_is_unwell() {
    let parsed = parse(
        "2026-11-25T07:05:00+00:00",
        "Ben ran off after a row last night and the police found him at 2am down by the canal. He's home and safe now but he's got a temperature this morning so he's staying home",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    // A parent's crisis with no word of the child unwell stays exceptional.
    let parsed = parse(
        "2026-11-25T07:35:00+00:00",
        "Ben won't be in today. His mum was taken into hospital last night after taking an overdose and I'm looking after him. He's very upset and hasn't slept.",
    );
    assert_ne!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn a_complaint_beside_a_report_goes_to_a_person() {
    let parsed = parse(
        "2026-11-25T07:40:00+00:00",
        "Ben won't be in today, he's been sick all night. Some boys pushed him over in the playground yesterday and I want to know what the school is going to do.",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    // A child complaining of a sore head makes no complaint.
    let parsed = parse(
        "2026-11-25T07:40:00+00:00",
        "Ben has been complaining of a sore head and a sore tummy, keeping him home today",
    );
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn today_told_as_what_happened_that_evening_is_past() {
    // Tuesday 24 November 2026, 19:10: the school day is over.
    let parsed = parse(
        "2026-11-24T19:10:00+00:00",
        "Ben has a nasty chest infection and the doctor has started him on antibiotics this afternoon. He won't be back till Monday.",
    );
    assert_eq!(
        one_report(&parsed),
        // Friday 27th is the INSET day.
        (Code::Illness, d("2026-11-25"), Some(d("2026-11-26")))
    );
    assert!(parsed.flags.is_empty(), "{parsed:?}");
    // An absence told of today stays today's.
    let parsed = parse(
        "2026-11-24T19:10:00+00:00",
        "Ben was off today with a chest infection and won't be back till Monday.",
    );
    assert_eq!(one_report(&parsed).1, d("2026-11-24"), "{parsed:?}");
}

#[test]
fn injuries_that_are_the_concern_establish_no_illness_unless_the_child_is_in_pain() {
    let parsed = parse(
        "2026-11-25T07:50:00+00:00",
        "Ben won't be in today. He's got a bruise on his cheek like the shape of a hand and he goes quiet when his stepdad comes in the room.",
    );
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    let parsed = parse(
        "2026-11-25T07:50:00+00:00",
        "Ben won't be in today. Some older boys beat him up on the way home and filmed it. He's got a split lip and is in a lot of pain.",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn an_absence_that_depends_on_how_the_child_is_goes_to_a_person() {
    let parsed = parse(
        "2026-11-24T21:50:00+00:00",
        "Ben has been complaining of a headache all evening and has just been sick. If he's no better in the morning I'll keep him at home",
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    let parsed = parse(
        "2026-11-24T07:15:00+00:00",
        "Ben has a fever and sore throat, he will rest at home today. I will let you know tomorrow if he is still unwell.",
    );
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn an_ill_child_who_might_come_in_later_goes_to_a_person() {
    for text in [
        "Ben has a sore tummy and is staying home for now. Might bring him in later",
        "Not sure if Ben will make it in today, his throat is sore",
    ] {
        let parsed = parse("2026-11-24T07:35:00+00:00", text);
        assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
        assert!(
            parsed.flags.contains(&Flag::NeedsStaff),
            "{text}: {parsed:?}"
        );
    }
    // A hedged day ahead is only the end of the certain part; a return
    // after an appointment is routine.
    for text in [
        "Ben has been sick twice, keeping him off. Will try and get him in tomorrow",
        "Ben has the dentist at 9, I may bring him in after",
    ] {
        let parsed = parse("2026-11-24T07:35:00+00:00", text);
        assert!(
            !parsed.flags.contains(&Flag::NeedsStaff),
            "{text}: {parsed:?}"
        );
    }
}

#[test]
fn two_days_apart_for_one_reason_told_in_turn_are_two_reports() {
    let parsed = parse(
        "2026-11-02T20:15:00+00:00",
        "On Friday 6th it is Diwali so I will collect Ben at 1.30pm. He will also be absent all day on Monday 16th for Guru Nanak's birthday, and back as usual on the Tuesday.",
    );
    let reports: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.code, r.from, r.from_session, r.to))
        .collect();
    assert_eq!(
        reports,
        [
            (
                Code::Religious,
                d("2026-11-06"),
                Session::Pm,
                Some(d("2026-11-06"))
            ),
            (
                Code::Religious,
                d("2026-11-16"),
                Session::Am,
                Some(d("2026-11-16"))
            ),
        ],
        "{parsed:?}"
    );
}

#[test]
fn a_whole_day_away_outweighs_someone_elses_time_and_bringing_him_tomorrow_is_a_return() {
    let parsed = parse(
        "2026-11-24T08:40:00+00:00",
        "Ben wont be in today. We got evicted yesterday and slept in the car. Council says come back at 9 for emergency housing",
    );
    let (code, from, to) = one_report(&parsed);
    assert!(!code.is_late(), "{parsed:?}");
    assert_eq!((from, to), (d("2026-11-24"), Some(d("2026-11-24"))));
    // "Won't be in till 10" is lateness still.
    let parsed = parse(
        "2026-11-24T08:10:00+00:00",
        "Ben won't be in till 10, dentist",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let parsed = parse(
        "2026-11-24T07:50:00+00:00",
        "He's with me for now. Ben won't be in today, I'll bring him tomorrow",
    );
    assert_eq!(one_report(&parsed).2, Some(d("2026-11-24")), "{parsed:?}");
}

#[test]
fn a_day_out_for_the_day_is_the_day_the_message_is_about() {
    let parsed = parse(
        "2026-11-24T07:45:00+00:00",
        "Morning, it's going to be lovely so I'm taking Ben to Bridlington for the day",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::UnauthorisedOther,
            d("2026-11-24"),
            Some(d("2026-11-24"))
        )
    );
}

#[test]
fn children_spoken_of_together_but_reported_apart_go_to_a_person() {
    let parsed = parse(
        "2026-11-24T07:30:00+00:00",
        "Both have got the sickness bug. Ben was sick in the car last night and Millie started this morning. They'll be back Friday as long as they're 48 hours clear",
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    // Said in one sentence with the children's details, it is one report.
    let parsed = parse(
        "2026-11-24T07:30:00+00:00",
        "Both have got the sickness bug, Ben was sick in the car last night and Millie started this morning. They'll be back Friday as long as they're 48 hours clear",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].to, Some(d("2026-11-26")));
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    // Two days of one child's, listed, are no such split.
    let parsed = parse(
        "2026-11-24T19:30:00+00:00",
        "Ben has the dentist on Thursday 26th and Tuesday 1st December, both at 9, he'll be in after each one",
    );
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn leaving_at_lunchtime_is_the_afternoon_whatever_is_brought_in() {
    let parsed = parse(
        "2027-02-03T16:10:00+00:00",
        "Ben has a licensed performance at the Theatre Royal on Weds 10th (I'll bring a copy of the licence in). He'll need to leave at lunchtime that day",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_eq!(report.code, Code::RegulatedPerformance);
    assert_eq!(
        (report.from, report.from_session),
        (d("2027-02-10"), Session::Pm)
    );
}

#[test]
fn coming_in_this_afternoon_if_well_enough_is_the_morning_away() {
    let parsed = parse(
        "2027-02-04T07:50:00+00:00",
        "Ben had a seizure at 5am, he's sleeping it off now. He'll come in this afternoon if he feels ok",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Illness);
    assert_eq!(parsed.reports[0].to_session, Session::Am);
}

#[test]
fn a_heads_up_or_thanks_with_no_day_away_is_no_absence() {
    for text in [
        "Heads up: Ben has very strong opinions about plastic after his topic and wants to read a poem in assembly!",
        "Just wanted to say thanks - the fire engine visited the class today and Ben hasn't stopped talking about it!",
    ] {
        assert_no_absence("2026-11-24T15:40:00+00:00", text);
    }
}

#[test]
fn a_move_told_with_the_new_address_is_no_absence() {
    for text in [
        "Just to let you know we've moved and are now at 14 Birch Close. Please update your records",
        "We are moving to a new house this weekend, Ben's new address is 4 Oak Road",
    ] {
        assert_no_absence("2026-11-24T18:30:00+00:00", text);
    }
}

#[test]
fn a_child_told_of_alone_and_again_with_the_others_is_in_the_wider_report_only() {
    let parsed = parse(
        "2026-11-24T07:30:00+00:00",
        "Both have the vomiting bug. Ben was sick in the car on Saturday and now Millie has it too. They won't be in today or tomorrow",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils.len(), 2, "{parsed:?}");
    assert_eq!(parsed.reports[0].to, Some(d("2026-11-25")), "{parsed:?}");
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_reply_that_the_schools_own_club_had_the_child_disputes_the_register() {
    let chased = |text: &str| {
        let mut input = message("2026-11-24T09:40:00+00:00", two_children(), text);
        input.context = Some(ChaseContext {
            chasing: vec!["Amelia".into()],
            date: d("2026-11-24"),
        });
        parse_message(&input, &FERNHILL)
    };
    let disputed = chased("She IS in!! She was at breakfast club and they walked her over late x");
    assert!(disputed.flags.contains(&Flag::NeedsStaff), "{disputed:?}");
    // Brought to the gate before the register, then with the school's
    // first aid: the register is in doubt, whatever illness is told.
    let disputed = chased(
        "Just got your text?? Amelia IS in school, I dropped her at the gate at 8.30. She was at the medical room with a nosebleed during registration, please check!",
    );
    assert!(disputed.flags.contains(&Flag::NeedsStaff), "{disputed:?}");
    // Late and in, with the time: a late arrival, as the register shows.
    let late =
        chased("Millie is in school, she was late and went to the office at 9.10, please check");
    assert!(!late.flags.contains(&Flag::NeedsStaff), "{late:?}");
}

#[test]
fn a_child_in_a_suicidal_crisis_and_unwell_is_ill_whatever_else_is_read() {
    let parsed = parse(
        "2027-02-08T07:35:00+00:00",
        "Keeping Ben home today. Last night he said he wishes he was dead. He's got a headache and won't get out of bed. I've rung the GP",
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    // The sender's call to 111 is no illness of the sender's.
    let parsed = parse(
        "2027-01-12T23:40:00+00:00",
        "Ben won't be in tomorrow. Tonight he said we'd all be better off without him. I'm sitting with him and I've rung 111",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    // Refusing school with such words, and no word of being unwell, is a
    // reason not yet known.
    let parsed = parse(
        "2027-05-04T07:35:00+00:00",
        "Ben's refusing to come in. He said he'd rather kill himself than go back to that school",
    );
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
}

#[test]
fn a_journey_that_is_the_exploitation_is_no_holiday() {
    let parsed = parse(
        "2026-11-09T07:55:00+00:00",
        "Ben won't be in today. He came in at 3am with phones that aren't his and people telling him to get on a train to Blackpool. He says he owes someone",
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
}

#[test]
fn a_child_hurt_and_in_pain_is_ill_and_bruises_alone_are_no_reason() {
    let parsed = parse(
        "2027-05-12T07:50:00+01:00",
        "ben not in today, his dad gave him a hiding last night and he's got marks all down the back of his legs, cant sit down proper",
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    let parsed = parse(
        "2026-09-17T07:50:00+01:00",
        "Ben wont be in today he's got a big bruise on his cheek, his dad got a bit rough with him last night",
    );
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
}

#[test]
fn a_count_from_something_already_past_is_no_length_of_absence() {
    // Monday evening: the five days run from the spots, at the weekend.
    let parsed = parse(
        "2027-01-04T21:10:00+00:00",
        "Millie has come out in chickenpox over the weekend. GP said 5 days from when the spots came so she won't be in tomorrow",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-01-05"), Some(d("2027-01-05")))
    );
    let counted_from_the_first_day = parse(
        "2027-01-04T21:10:00+00:00",
        "Millie has chickenpox, GP said to keep her off for 5 days",
    );
    assert_eq!(
        one_report(&counted_from_the_first_day),
        (Code::Illness, d("2027-01-05"), Some(d("2027-01-11")))
    );
}

#[test]
fn an_end_hedged_a_few_words_before_is_not_certain() {
    let hedged = parse(
        "2026-12-14T07:30:00+00:00",
        "Millie is poorly and probably won't be back now till after Christmas",
    );
    assert_eq!(
        one_report(&hedged),
        (Code::Illness, d("2026-12-14"), Some(d("2026-12-14")))
    );
    let certain = parse(
        "2026-12-14T07:30:00+00:00",
        "Millie is poorly and won't be back now till after Christmas",
    );
    assert_eq!(one_report(&certain), (Code::Illness, d("2026-12-14"), None));
}

#[test]
fn a_relative_coming_is_no_child_coming_in_and_on_the_way_before_the_register_is_on_time() {
    let parsed = parse(
        "2026-11-03T08:40:00+00:00",
        "Hi it's Debbie (childminder). Millie isn't well, she's got a temp of 39 so her mum's coming to get her from mine. Ben will be in as normal, we're on our way",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, vec!["Amelia".to_string()]);
    assert_eq!(parsed.reports[0].code, Code::Illness);
    let after_the_register_opened = parse(
        "2026-11-03T08:55:00+00:00",
        "Ben will be in, we're on our way",
    );
    assert_eq!(after_the_register_opened.reports[0].code, Code::Late);
}

#[test]
fn back_in_school_on_a_day_to_come_ends_the_absence_the_day_before() {
    let parsed = parse(
        "2027-02-23T08:40:00+00:00",
        "We're moving on with the fair from tomorrow, Millie will be with us in Nottingham and back in school Monday 15th March",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Traveller, d("2027-02-24"), Some(d("2027-03-12")))
    );
}

#[test]
fn away_yesterday_as_well_starts_the_absence_yesterday() {
    let parsed = parse(
        "2026-11-17T08:05:00+00:00",
        "Millie has a horrible chesty cough, she was off yesterday as well. Hoping she'll be back tomorrow",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-16"), Some(d("2026-11-17")))
    );
    let only_today = parse(
        "2026-11-17T08:05:00+00:00",
        "Millie has a horrible chesty cough, she was coughing all day yesterday",
    );
    assert_eq!(
        one_report(&only_today),
        (Code::Illness, d("2026-11-17"), Some(d("2026-11-17")))
    );
    for text in [
        "Sorry I not say the name. Is Millie who is sick. Millie stay home yesterday and today also, Ben is in school",
        "Millie had fever yesterday and today at home",
    ] {
        let both = parse("2026-11-17T07:20:00+00:00", text);
        assert_eq!(
            one_report(&both),
            (Code::Illness, d("2026-11-16"), Some(d("2026-11-17"))),
            "{text}"
        );
    }
}

#[test]
fn a_sentence_opened_by_an_ing_form_or_an_adverb_names_no_child_off_the_roster() {
    for text in [
        "Millie has a TV advert. Filming is on Monday 21st and Tuesday 22nd September in Manchester, so she will be absent both days.",
        "Millie is having her brace fitted on Monday so she'll be off on Monday. Also, is it too late to hand in the Year 5 trip form?",
    ] {
        let parsed = parse("2026-09-15T16:40:00+01:00", text);
        assert!(
            !parsed.flags.contains(&Flag::NeedsStaff),
            "{text}: {parsed:?}"
        );
        assert_eq!(
            parsed.reports[0].pupils,
            vec!["Amelia".to_string()],
            "{text}"
        );
    }
}

#[test]
fn a_family_that_does_not_know_when_it_will_be_back_gives_no_end() {
    assert_eq!(
        days_away(
            "2027-05-18T08:00:00+01:00",
            "My mother has had a stroke and is in intensive care in Krakow. We are flying there this evening, so Millie will not be in school from tomorrow. I don't know yet when we will be back.",
        ),
        (d("2027-05-19"), None)
    );
}

#[test]
fn a_child_own_illness_outranks_the_circumstance_the_preamble_tells() {
    let parsed = parse(
        "2027-03-15T08:05:00+00:00",
        "It's Nana Pat here. I've got the children this week while their mum is in hospital having the baby. Millie has woken up with a temperature so I'm keeping her at home. Ben will be in as normal.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-03-15"), Some(d("2027-03-15")))
    );
}

#[test]
fn home_today_beside_a_morning_appointment_is_the_whole_day() {
    let parsed = parse(
        "2026-09-09T08:06:00+01:00",
        "Morning! Millie has a tooth abscess, her face is swollen up like a hamster, emergency dentist at 11.40 so she's home today. Ben is in",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    assert_eq!((r.from_session, r.to_session), (Session::Am, Session::Pm));
}

#[test]
fn me_after_a_preposition_is_not_the_one_ill() {
    let parsed = parse(
        "2027-05-05T08:10:00+01:00",
        "Millie is with me this week and has tonsillitis, so she'll be off today.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-05-05"), Some(d("2027-05-05")))
    );
}

#[test]
fn bruises_told_with_the_harm_done_are_the_concern_not_an_illness() {
    let parsed = parse(
        "2026-09-08T07:45:00+01:00",
        "Keeping Millie off today. She came back from her dads last night with finger mark bruises all round the top of her arm. She says her dad grabbed her because she spilt her drink.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::NoReasonYet, d("2026-09-08"), Some(d("2026-09-08")))
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding));
}

#[test]
fn a_festival_kept_last_night_is_no_reason_today_and_no_child() {
    let parsed = parse(
        "2026-11-09T07:10:00+00:00",
        "We were at the mandir very late last night for Diwali and Millie didn't get to sleep until after midnight, so I'm going to let her have a lie-in. I'll bring her in for about 10.30.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::LateAfterClose);
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn taken_home_after_a_morning_appointment_is_the_whole_day() {
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "Millie has her asthma review at the hospital at 10.30 today. Last time it was gone 2 by the time we got out, so I took her home.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    assert_eq!((r.from_session, r.to_session), (Session::Am, Session::Pm));
}

#[test]
fn a_sentence_naming_one_of_the_children_introduced_together_is_that_child_s() {
    let parsed = parse(
        "2026-10-02T07:12:00+01:00",
        "Hello it's Nana Pat, I've got Millie and Ben this week while their mum's in hospital having the baby. Millie's been sick twice this morning so I'm keeping her here with me. Ben will be in as usual. Thank you",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, vec!["Amelia".to_string()]);
    assert_eq!(parsed.reports[0].code, Code::Illness);
}

#[test]
fn a_name_off_the_roster_opening_a_clause_after_a_comma_is_no_child_of_the_sender() {
    let parsed = parse(
        "2026-11-03T08:20:00+00:00",
        "Hi Debbie here (childminder), Bobby's poorly so won't be in",
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    assert!(
        parsed.reports.iter().all(|r| r.pupils.is_empty()),
        "{parsed:?}"
    );
}

#[test]
fn harm_done_by_other_children_is_the_concern_not_an_illness() {
    let parsed = parse(
        "2027-01-19T07:55:00+00:00",
        "Millie's not coming in. Two older girls cornered her in the park on Sunday, held a knife to her stomach and took her phone, and said they'd get her at school if she told anyone. She's terrified",
    );
    assert_eq!(parsed.reports[0].code, Code::NoReasonYet);
    assert!(parsed.flags.contains(&Flag::Safeguarding));
}

#[test]
fn talk_of_the_attendance_figure_reports_no_absence() {
    let parsed = parse(
        "2027-02-05T16:00:00+00:00",
        "We received a letter today saying that Millie's attendance has fallen to 91%. Most of that was the two Jewish festivals in September and her tonsillitis. I'd like someone to explain how the figure is worked out.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    let still_off = parse(
        "2027-02-05T08:00:00+00:00",
        "I know Millie's attendance is down to 91% but she won't be in today, she has tonsillitis",
    );
    assert_eq!(still_off.reports.len(), 1, "{still_off:?}");
    // An appointment told after a word on the figure is still leave.
    let appointment = parse(
        "2026-11-10T08:05:00+00:00",
        "Her attendance is at 91%, I know. She has the orthodontist on Thursday at 2pm so I'll collect her at 1.30.",
    );
    assert_eq!(appointment.reports.len(), 1, "{appointment:?}");
    assert_eq!(
        appointment.reports[0].code,
        Code::Medical,
        "{appointment:?}"
    );
}

#[test]
fn a_sentence_opened_by_what_all_the_children_have_is_about_them_all() {
    let parsed = parse(
        "2026-10-12T08:20:00+01:00",
        "kids are both full of cold and millie was up coughing all night. both off today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils.len(), 2, "{parsed:?}");
    let an_event_they_had = parse(
        "2027-05-10T08:40:00+01:00",
        "The kids had a play fight this morning and Ben's got a bloody nose, all sorted now, he'll be in for about 9.10. Millie's on time",
    );
    assert_eq!(an_event_they_had.reports.len(), 1, "{an_event_they_had:?}");
    assert_eq!(an_event_they_had.reports[0].pupils, vec!["Ben".to_string()]);
}

#[test]
fn in_after_dinner_is_the_morning_only() {
    let mut input = message(
        "2027-05-20T09:25:00+01:00",
        two_children(),
        "Sorry she had an appointment at the eye hospital, forgot to say. She'll be in after dinner",
    );
    input.context = Some(ChaseContext {
        chasing: vec!["Amelia".into()],
        date: d("2027-05-20"),
    });
    let parsed = parse_message(&input, &FERNHILL);
    let r = &parsed.reports[0];
    assert_eq!((r.from_session, r.to_session), (Session::Am, Session::Am));
}

#[test]
fn a_call_promised_about_next_week_leaves_this_week_the_absence() {
    let parsed = parse(
        "2027-04-13T07:50:00+01:00",
        "Millie broke her leg skiing over Easter, she's in a full cast. She won't be in for the rest of this week, I'll ring about a plan for next week",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-04-13"), Some(d("2027-04-16")))
    );
}

#[test]
fn an_appointment_confirmation_is_no_sacrament() {
    let parsed = parse(
        "2027-01-18T07:40:00+00:00",
        "Millie has her biometrics appointment at the UK Visa and Citizenship Application Services centre on Wednesday 20th January at 11.00. She will be absent all day. I can show the appointment confirmation if needed.",
    );
    assert_eq!(parsed.reports[0].code, Code::Exceptional);
}

#[test]
fn asking_to_finish_at_lunchtime_for_a_later_journey_asks_for_the_afternoon() {
    let parsed = parse(
        "2027-03-24T18:00:00+00:00",
        "Would it be possible for Millie and Ben to finish at lunchtime tomorrow (Thursday)? We're catching the 5pm ferry to France from Dover for Easter.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    assert_eq!((r.from, r.from_session), (d("2027-03-25"), Session::Pm));
    assert_eq!(r.code, Code::HolidayNotAgreed);
}

#[test]
fn broken_english_no_come_and_tomorrow_inshallah_come() {
    let both_days = parse(
        "2027-06-14T08:05:00+01:00",
        "Hello teacher, Millie she have fever and cough, she no come school today and tomorrow. Thank you",
    );
    assert_eq!(
        one_report(&both_days),
        (Code::Illness, d("2027-06-14"), Some(d("2027-06-15")))
    );
    let back_tomorrow = parse(
        "2027-01-13T07:55:00+00:00",
        "Good morning teacher. Millie is vomit all the night, today not coming. Tomorrow inshallah come. Thank you",
    );
    assert_eq!(
        one_report(&back_tomorrow),
        (Code::Illness, d("2027-01-13"), Some(d("2027-01-13")))
    );
}

#[test]
fn a_step_sister_named_off_the_roster_goes_to_a_person() {
    let parsed = parse(
        "2027-01-27T08:05:00+00:00",
        "Millie and her step-sister Ellie-Mae are both off today with the sickness bug that's going round.",
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn back_today_after_an_injury_or_cleared_to_return_today_is_no_absence() {
    for text in [
        "Hi, Millie's back today after breaking her wrist, she's in a cast. Can she be off PE for the next 6 weeks? Letter from the fracture clinic to follow",
        "The marks on Millie's face are from chicken pox, they've all scabbed over now and the GP says she can come back today",
    ] {
        assert_no_absence("2026-11-02T08:40:00+00:00", text);
    }
}

#[test]
fn a_sender_introduced_as_grandmother_of_both_or_with_a_typed_possessive_names_nobody_away() {
    let grandmother = parse(
        "2026-09-17T07:20:00+01:00",
        "Good morning. I am grandmother of Millie and Ben. Ben has chickenpox, very many spots. Millie will go to school. Valentyna",
    );
    assert_eq!(grandmother.reports.len(), 1, "{grandmother:?}");
    assert_eq!(grandmother.reports[0].pupils, vec!["Ben".to_string()]);
    let aunty = parse(
        "2026-10-01T08:35:00+01:00",
        "Hi im millie and bens aunty. Ive got them both with me this week. Theyll be in late today about 10",
    );
    assert_eq!(aunty.reports.len(), 1, "{aunty:?}");
    assert_eq!(aunty.reports[0].pupils.len(), 2, "{aunty:?}");
}

#[test]
fn one_of_my_children_does_not_say_which() {
    let parsed = parse(
        "2026-09-24T08:25:00+01:00",
        "Salam teacher, one of my children have dentist 9 o clock so coming late today, about 10. Sorry",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert!(parsed.reports[0].pupils.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::AmbiguousPupil), "{parsed:?}");
}

#[test]
fn an_illness_only_supposed_is_no_report() {
    let parsed = parse(
        "2026-10-23T16:20:00+01:00",
        "Millie was moaning about a sore ear when she got home, if she's still poorly after half term I'll let you know. Have a lovely break all of you x",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn the_hindu_new_year_after_diwali_is_religious_observance() {
    let parsed = parse(
        "2026-11-04T07:15:00+00:00",
        "Millie and Ben will be absent on Monday 9th November for Bestu Varas, the Hindu New Year the day after Diwali. We go to the mandir in the morning for the Annakut and then visit family.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Religious);
}

#[test]
fn children_flying_with_the_sender_and_no_return_known() {
    let parsed = parse(
        "2027-01-12T05:40:00+00:00",
        "Assalamu alaikum. My mother in Sylhet is very ill in hospital. We fly this morning with Millie and Ben. I don't know when we come back, I will call the school.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    assert_eq!(r.pupils.len(), 2, "{parsed:?}");
    assert_eq!((r.from, r.to), (d("2027-01-12"), None));
}

#[test]
fn a_return_day_told_before_its_verb_is_the_day_back() {
    let parsed = parse(
        "2027-01-08T07:40:00+00:00",
        "Salam teacher, Ben fall from his bike yesterday and his arm is broken, now in plaster. He has pain today so stay home. Monday he come back",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-01-08"), Some(d("2027-01-08")))
    );
}

#[test]
fn a_correction_that_says_outright_which_child_is_meant_needs_nobody() {
    let poorly = parse(
        "2027-01-13T08:52:00+00:00",
        "Sorry wrong child!! It's Ben who's poorly not Millie, Millie is in school",
    );
    assert_eq!(poorly.reports.len(), 1, "{poorly:?}");
    assert_eq!(poorly.reports[0].pupils, vec!["Ben".to_string()]);
    assert!(poorly.flags.is_empty(), "{poorly:?}");
    let dentist = parse(
        "2027-01-14T18:20:00+00:00",
        "Sorry, my mistake in this morning's email - it's Ben who has the dentist tomorrow, not Millie! Millie will be in as normal. Ben will be back in for about 10.30.",
    );
    assert_eq!(dentist.reports.len(), 1, "{dentist:?}");
    let r = &dentist.reports[0];
    assert_eq!(
        (r.code, r.from, r.to_session),
        (Code::Medical, d("2027-01-15"), Session::Am)
    );
    assert!(dentist.flags.is_empty(), "{dentist:?}");
}

#[test]
fn away_until_a_month_after_the_school_year_has_no_end() {
    let parsed = parse(
        "2027-03-01T08:45:00+00:00",
        "Morning, just letting you know Millie and Ben will be travelling with the fair from Monday 15th March, we open the season at Easter and we're out on the road till October.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(
        (parsed.reports[0].from, parsed.reports[0].to),
        (d("2027-03-15"), None)
    );
}

#[test]
fn off_rest_of_week_without_the() {
    let parsed = parse(
        "2027-05-05T08:15:00+01:00",
        "Millie has a chest infection, dr give her antibiotics. Off rest of week. Ben is in",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-05-05"), Some(d("2027-05-07")))
    );
}

#[test]
fn the_rest_of_term_runs_from_today_whatever_day_the_move_is() {
    let parsed = parse(
        "2027-07-19T08:10:00+01:00",
        "Millie won't be in for the rest of term, we're moving down to Cornwall on Wednesday and we've got the whole house to pack. Thanks for everything",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Exceptional, d("2027-07-19"), Some(d("2027-07-21")))
    );
}

#[test]
fn flying_for_the_summer_on_a_day_is_away_to_the_years_end() {
    let parsed = parse(
        "2027-06-08T19:30:00+01:00",
        "Salaam. We are flying to Somalia for the summer on Wednesday 14th July with Millie.",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::HolidayNotAgreed,
            d("2027-07-14"),
            Some(d("2027-07-21"))
        )
    );
}

#[test]
fn too_upset_to_come_in_and_not_sending_them_are_absences() {
    for (text, day) in [
        (
            "Millie is too upset to come in today. I'll ring later",
            "2027-01-11",
        ),
        (
            "Millie won't be in, I won't send her tomorrow either, she's had no sleep",
            "2027-01-11",
        ),
    ] {
        let parsed = parse("2027-01-11T07:45:00+00:00", text);
        assert_eq!(parsed.reports.len(), 1, "{text}: {parsed:?}");
        assert_eq!(parsed.reports[0].from, d(day), "{text}");
    }
    let tomorrow = parse(
        "2027-01-11T23:50:00+00:00",
        "He smashed the flat up again tonight and the kids saw it all. I won't send them tomorrow, they've had no sleep.",
    );
    assert_eq!(tomorrow.reports.len(), 1, "{tomorrow:?}");
    assert_eq!(tomorrow.reports[0].from, d("2027-01-12"));
    assert_eq!(tomorrow.reports[0].pupils.len(), 2, "{tomorrow:?}");
}

#[test]
fn cut_off_by_snow_is_widespread_disruption_for_both() {
    let parsed = parse(
        "2026-12-02T07:10:00+00:00",
        "Morning, we're cut off up at Moorside, snow's drifted right across the lane and the gritter hasn't been up. No way I can get the two of them down today, sorry",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::TravelDisruption);
    assert_eq!(parsed.reports[0].pupils.len(), 2);
}

#[test]
fn in_school_said_beside_other_news_is_no_absence() {
    for text in [
        "Please do not let anyone but me collect Millie. His father has said he will take her to Algeria and not bring her back. I have a prohibited steps order. Millie is in school today",
        "When I picked Millie up from her mum's on Sunday the flat was freezing. She's with me until Thursday and in school as normal.",
    ] {
        let parsed = parse("2027-03-16T08:30:00+00:00", text);
        assert!(parsed.reports.is_empty(), "{text}: {parsed:?}");
        assert!(parsed.flags.contains(&Flag::NotAbsence), "{text}");
    }
}

#[test]
fn a_child_missing_and_unwell_after_is_ill() {
    let parsed = parse(
        "2027-03-02T07:45:00+00:00",
        "Millie was missing for 5 hours last night, the police found her by the canal at 1am. She won't say where she was. She's home safe but she's not well, shaking and been sick this morning, so she's staying home today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Illness);
    assert!(parsed.flags.contains(&Flag::Safeguarding));
}

#[test]
fn back_from_tomorrow_leaves_today_the_absence() {
    let parsed = parse(
        "2027-07-12T09:15:00+01:00",
        "Both children were placed in emergency foster care last night. Their carer will bring them to school from tomorrow but they won't be in today. Please call me.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(
        (parsed.reports[0].from, parsed.reports[0].to),
        (d("2027-07-12"), Some(d("2027-07-12")))
    );
}

#[test]
fn a_doctor_seen_for_an_illness_then_brought_in_is_the_morning() {
    let parsed = parse(
        "2027-01-21T07:55:00+00:00",
        "Millie's eczema has flared up really badly and it's bleeding, got a GP appointment at 8.50 and then I'll bring her in",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    assert_eq!((r.from_session, r.to_session), (Session::Am, Session::Am));
}

#[test]
fn a_serving_parents_leave_is_exceptional_and_a_deployment_told_with_the_child_in_is_none() {
    let leave = parse(
        "2026-12-10T07:30:00+00:00",
        "Dear Mrs Okoro,\n\nI am writing to request leave for Millie from Monday 14th to Friday 18th December. My husband serves in the RAF and has only been granted leave over those dates before he deploys for six months in January.\n\nYours sincerely,\nLaura",
    );
    assert_eq!(leave.reports.len(), 1, "{leave:?}");
    assert_eq!(leave.reports[0].code, Code::Exceptional);
    let coming_in = parse(
        "2027-01-20T08:00:00+00:00",
        "Millie's dad is in the army and he deploys today. She's coming in but she might be a bit wobbly, just so you know",
    );
    assert!(coming_in.reports.is_empty(), "{coming_in:?}");
}

#[test]
fn children_together_with_their_own_ends_need_nobody() {
    let parsed = parse(
        "2027-01-25T08:20:00+00:00",
        "Both kids have got chicken pox now 🙈 Millie had it first so she'll be back Thursday, but Ben's just come out in them so he'll be off all week",
    );
    assert_eq!(parsed.reports.len(), 2, "{parsed:?}");
    assert!(parsed.flags.is_empty(), "{parsed:?}");
}

#[test]
fn still_ill_with_a_day_gone_told_too_is_about_today() {
    let parsed = parse(
        "2027-02-01T10:15:00+00:00",
        "She's still got the flu, she was off Friday too, I did ring on Friday. Millie",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-02-01"), Some(d("2027-02-01")))
    );
}

#[test]
fn a_heads_up_before_pe_says_the_child_is_in() {
    assert_no_absence(
        "2027-06-16T07:50:00+01:00",
        "Millie has bruises all down her legs from the trampoline park party at the weekend, just so you know before PE!",
    );
}

#[test]
fn a_relatives_flight_is_no_holiday_of_the_childs() {
    let parsed = parse(
        "2026-12-04T13:20:00+00:00",
        "Hiya, I'm collecting Millie at 2, her nan's flying in from Spain for the weekend and we're picking her up from the airport",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_ne!(parsed.reports[0].code, Code::HolidayNotAgreed);
}

#[test]
fn a_day_not_replied_on_or_slept_through_is_no_day_ahead() {
    let input = MessageInput {
        context: Some(ChaseContext {
            date: d("2027-03-12"),
            chasing: vec!["Amelia".into()],
        }),
        ..message(
            "2027-03-15T07:50:00+00:00",
            vec![child("Amelia", Some("Millie"), "Y3")],
            "Sorry for not replying on Friday. Millie had a bad asthma attack on Thursday night and we were in A&E till the early hours, so she slept most of Friday. She's much better and back today.",
        )
    };
    let parsed = parse_message(&input, &FERNHILL);
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-03-12"), Some(d("2027-03-12")))
    );
}

#[test]
fn a_message_in_portuguese_goes_to_a_person_with_its_report() {
    let parsed = parse(
        "2026-11-02T07:50:00+00:00",
        "Bom dia, a Millie está com febre e vómitos desde ontem à noite, hoje fica em casa. Obrigada, Carla",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn contact_at_the_family_centre_is_leave_for_the_head() {
    let parsed = parse(
        "2027-06-15T08:47:00+01:00",
        "Hi it's Sue, Millie's foster carer. She has contact with her mum at the family centre this afternoon, her social worker is collecting her at 1.30",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    assert_eq!((r.code, r.from_session), (Code::Exceptional, Session::Pm));
}

#[test]
fn a_flight_home_cancelled_is_the_holidays_not_disruption() {
    let parsed = parse(
        "2027-01-05T07:05:00+00:00",
        "Happy new year! Millie's still in Tenerife with me, our flight got cancelled last night and the earliest one home is Thursday. She'll be in Friday, so sorry",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::HolidayNotAgreed);
}

#[test]
fn with_you_by_a_time_is_an_arrival() {
    let parsed = parse(
        "2026-12-09T08:55:00+00:00",
        "Millie forgot her swimming kit, we've gone back for it 🙄 be with you by 9.12",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].arrival, arrival("09:12"));
}

#[test]
fn a_time_told_after_why_the_child_is_brought_in_late_is_an_arrival() {
    // A taxi that did not come keeps no child away who is brought in.
    let parsed = parse(
        "2026-11-12T07:05:00+00:00",
        "Council taxi rang to say there's no driver this morning. I'll bring Millie in myself but I have to wait for my sister to come and sit with the baby so it'll be about half 10",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::LateAfterClose);
    assert_eq!(parsed.reports[0].arrival, arrival("10:30"));
}

#[test]
fn at_the_other_parents_this_week_is_away_for_a_person() {
    let parsed = parse(
        "2027-05-18T09:50:00+01:00",
        "Sorry, Millie's at her dad's this week, I'll have to ask him",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::NoReasonYet);
    assert!(parsed.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn back_for_the_start_of_term_on_a_date_ends_the_absence_before_the_holiday() {
    let parsed = parse(
        "2027-03-24T20:15:00+00:00",
        "Good evening, Millie will be off tomorrow as we fly to Lagos for the Easter holidays. We'll be back for the start of term on 12th April",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::HolidayNotAgreed,
            d("2027-03-25"),
            Some(d("2027-03-25"))
        )
    );
}

#[test]
fn maybe_bringing_an_ill_child_in_later_is_no_lateness() {
    let parsed = parse(
        "2027-05-24T08:30:00+01:00",
        "Not sure what to do with Millie today, she's pale and quiet and says her tummy's funny. I'll see how she is and maybe bring her in later?",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Illness);
    assert!(parsed.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn head_lice_are_no_illness() {
    let parsed = parse(
        "2026-11-26T08:15:00+00:00",
        "Millie wont be in today shes got nits really bad, im doing the treatment and combing her out.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::UnauthorisedOther);
    assert!(parsed.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn a_nose_bleed_is_an_illness_and_a_brother_who_had_it_last_week_is_not_away() {
    let nose = parse(
        "2027-01-11T07:15:00+00:00",
        "Millie is at home with her nani, she had a nose bleed in the morning and was crying a lot. She will come tomorrow",
    );
    assert_eq!(nose.reports[0].code, Code::Illness, "{nose:?}");
    let brother = parse(
        "2026-11-19T07:05:00+00:00",
        "Good morning, Millie has temperature 39 and headache, I think it is flu, her brother had it last week. She stay home today and tomorrow. Olena",
    );
    assert!(brother.flags.is_empty(), "{brother:?}");
}

#[test]
fn ignore_my_last_text_its_the_other_child_who_is_poorly() {
    let parsed = parse(
        "2026-10-22T07:25:00+01:00",
        "Sorry ignore my last text, Ben IS coming in, it's Millie who's poorly. She has a bad headache and a temperature so she stays home today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, vec!["Amelia".to_string()]);
    assert!(parsed.flags.is_empty(), "{parsed:?}");
}

#[test]
fn getting_there_as_soon_as_we_can_and_in_after_the_gp_are_part_days() {
    let bus = parse(
        "2026-09-10T08:47:00+01:00",
        "Morning its Millies nan. The 25 bus never turned up we still waiting at the stop. Will get her there as soon as we can sorry",
    );
    assert_eq!(bus.reports.len(), 1, "{bus:?}");
    assert_eq!(bus.reports[0].code, Code::Late);
    let gp = parse(
        "2027-02-22T07:10:00+00:00",
        "Millie has a bad cough and wheezing, we are seeing the GP at 9.10. She will come in after if the doctor says ok",
    );
    assert_eq!(gp.reports[0].to_session, Session::Am, "{gp:?}");
}

#[test]
fn off_for_the_last_two_days_of_term() {
    let parsed = parse(
        "2027-03-23T16:40:00+00:00",
        "Hi, Millie will be off for the last 2 days of term, we fly to Naples on Wednesday morning to spend Easter with the nonni. Grazie, Chiara",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::HolidayNotAgreed,
            d("2027-03-24"),
            Some(d("2027-03-25"))
        )
    );
}

#[test]
fn not_up_to_school_is_away_and_been_in_today_is_in() {
    let away = parse(
        "2026-09-15T08:25:00+01:00",
        "Hello, I'm Millie's nan. She's in a right state and not up to school today, I'll bring her in tomorrow",
    );
    assert_eq!(away.reports.len(), 1, "{away:?}");
    let been_in = parse(
        "2027-05-12T15:40:00+01:00",
        "Millie came home upset about a falling out at playtime. She's been in today but I want it dealt with",
    );
    assert!(been_in.reports.is_empty(), "{been_in:?}");
}

#[test]
fn both_kids_late_after_one_named_is_both() {
    let parsed = parse(
        "2026-12-01T08:50:00+00:00",
        "its their nan. went round this morning and found their mum out of it on the sofa again. Millie was trying to wake her up. ive got both kids at mine now, they'll be late, about 10",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils.len(), 2, "{parsed:?}");
}

#[test]
fn a_parents_operation_is_not_the_childs_appointment() {
    let parsed = parse(
        "2027-03-03T08:35:00+00:00",
        "Millie's dad is in hospital for his knee operation so her uncle is doing the school run this week. She'll be a bit late today, about 9.10",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Late);
}

#[test]
fn refusing_to_come_to_school_today_is_no_child_in() {
    let parsed = parse(
        "2027-06-22T08:35:00+01:00",
        "Millie is refusing to come to school today. She's in bits",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
}

#[test]
fn a_burst_boiler_flooding_the_house_is_exceptional_not_disruption() {
    let parsed = parse(
        "2026-11-16T07:35:00+00:00",
        "Our boiler burst in the night and downstairs is flooded, we're waiting for the emergency plumber. I can't get Millie to school this morning but I'll bring her in after lunch.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Exceptional);
}

#[test]
fn fine_to_come_back_tomorrow_said_in_the_evening_is_no_absence() {
    assert_no_absence(
        "2026-11-24T20:10:00+00:00",
        "Hi, just to say Millie's fine to come back tomorrow after her sickness bug, 48 hours clear tonight 👍",
    );
}

#[test]
fn an_hour_of_the_night_is_no_arrival() {
    let parsed = parse(
        "2027-03-04T08:20:00+00:00",
        "Our chimney caught fire last night, everyone's fine but we didn't get to bed till 3. Amelia will be late, there about 10",
    );
    let report = &parsed.reports[0];
    assert_eq!(report.code, Code::LateAfterClose, "{parsed:?}");
    assert_eq!(report.arrival, arrival("10:00"));
    assert_eq!(report.from_session, Session::Am);
    // Picking a child up at a time is no sleep.
    let parsed = parse(
        "2027-03-04T08:20:00+00:00",
        "I'll be picking Amelia up at 1.30 for her hearing test",
    );
    assert_eq!(parsed.reports[0].from_session, Session::Pm, "{parsed:?}");
}

#[test]
fn a_tractor_s_trailer_on_the_road_is_no_traveller_s_home() {
    let parsed = parse(
        "2026-09-11T08:47:00+01:00",
        "Amelia running late, been stuck behind a tractor and trailer all the way down the dale, be there 9.10",
    );
    let report = &parsed.reports[0];
    assert_eq!(report.code, Code::Late, "{parsed:?}");
    assert_eq!(report.arrival, arrival("09:10"));
}

#[test]
fn finishing_for_the_holidays_on_a_day_is_the_last_day_in() {
    let parsed = parse(
        "2026-12-08T07:00:00+00:00",
        "I would like to request that Amelia finishes for Christmas on Wednesday 16th December, as we have flights to Tenerife early on Thursday 17th.",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::HolidayNotAgreed,
            d("2026-12-17"),
            Some(d("2026-12-18"))
        ),
        "{parsed:?}"
    );
}

#[test]
fn a_child_needed_at_home_for_the_farm_is_kept_off() {
    let parsed = parse(
        "2027-03-15T07:05:00+00:00",
        "Amelia's needed at home this week for lambing, we're short handed. She'll be back Monday",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::UnauthorisedOther,
            d("2027-03-15"),
            Some(d("2027-03-19"))
        ),
        "{parsed:?}"
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn a_day_then_she_come_school_is_the_day_back() {
    let parsed = parse(
        "2026-09-22T09:50:00+01:00",
        "Hello sorry Amelia is sick she vomit in the night. Tomorow she come school",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-09-22"), Some(d("2026-09-22"))),
        "{parsed:?}"
    );
    // Lunch is dinner at school: in for dinner time misses the morning.
    let parsed = parse(
        "2027-01-15T08:30:00+00:00",
        "I can't do the school run this morning, their mum's got the car. Amelia will be in for dinner time",
    );
    assert_eq!(parsed.reports[0].to_session, Session::Am, "{parsed:?}");
}

#[test]
fn a_relative_away_until_a_day_is_not_the_child_s_end() {
    let parsed = parse(
        "2026-12-14T07:40:00+00:00",
        "Morning it's Rob, Amelia's stepdad. She's got a sickness bug so won't be in today. Her mum's away with work till Wednesday so please use this number",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-12-14"), Some(d("2026-12-14"))),
        "{parsed:?}"
    );
}

#[test]
fn home_the_whole_week_is_the_rest_of_the_week() {
    let parsed = parse(
        "2027-02-08T07:30:00+00:00",
        "Hi Amelia has flu, doctor said stay home the whole week, sorry",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-02-08"), Some(d("2027-02-12"))),
        "{parsed:?}"
    );
}

#[test]
fn a_ferry_not_sailing_and_a_later_crossing_is_a_late_arrival() {
    let parsed = parse(
        "2026-09-04T08:58:00+01:00",
        "The ferry's not sailing this morning, too much wind on the estuary. We're booked on the 9.40 crossing so Amelia won't get to school til about 10.15, sorry",
    );
    let report = &parsed.reports[0];
    assert_eq!(report.code, Code::LateAfterClose, "{parsed:?}");
    assert_eq!(report.arrival, arrival("10:15"));
}

#[test]
fn a_child_who_wants_to_go_abroad_to_fight_is_on_no_holiday() {
    let parsed = parse(
        "2027-01-19T08:30:00+00:00",
        "Amelia refused to come to school today. She says the school teaches lies and she learns more from the brothers she talks to online every night. She has started talking about people who 'deserve to die' and she told her brother she wants to go abroad to fight. Please can someone help us.",
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
}

#[test]
fn children_counted_together_are_told_apart_from_the_rest_of_the_family() {
    // "Our two" of two children is both of them.
    let parsed = parse(
        "2027-01-06T08:35:00+00:00",
        "School bus hasn't come up, the driver can't get up the bank in the snow. Our two are stuck at home",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils.len(), 2, "{parsed:?}");
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    // "Both" from a parent of three: which two is for a person.
    let mut three = two_children();
    three.push(child("Chidi", None, "Y5"));
    let parsed = parse_message(
        &message(
            "2027-01-06T07:35:00+00:00",
            three,
            "Both are off with the bug",
        ),
        &FERNHILL,
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_day_off_by_its_everyday_name_is_an_absence() {
    let parsed = parse(
        "2026-12-01T08:45:00+00:00",
        "About 4 inches up here overnight and the gritter hasn't been up the bank, so Millie is having a snow day",
    );
    assert_eq!(one_report(&parsed).0, Code::TravelDisruption, "{parsed:?}");
}

#[test]
fn a_child_who_has_gone_in_is_no_absence() {
    let parsed = parse(
        "2026-11-20T10:40:00+00:00",
        "Millie has had tummy ache on and off for a couple of days but she's gone in today",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn a_child_taken_home_on_the_way_in_is_away_while_the_other_is_late() {
    let parsed = parse(
        "2026-10-13T09:05:00+01:00",
        "Hi it's the childminder. Ben was sick in the car on the way so I've taken him back to mine and rung his mum. Millie's on her way in with my husband, should be with you in 5 mins",
    );
    let codes: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.pupils.clone(), r.code))
        .collect();
    assert!(
        codes.contains(&(vec!["Ben".to_string()], Code::Illness)),
        "{parsed:?}"
    );
    assert!(
        codes.contains(&(vec!["Amelia".to_string()], Code::Late)),
        "{parsed:?}"
    );
}

#[test]
fn not_coming_home_on_the_bus_is_the_way_home_not_an_absence() {
    let parsed = parse(
        "2027-06-22T07:40:00+01:00",
        "Ben's not coming home on the bus tonight, his nan will collect him",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn newcomers_english_and_the_words_of_a_hard_morning_are_read() {
    // Toothache and the dentist, with no coming in after: ill all day.
    let parsed = parse(
        "2027-02-02T08:10:00+00:00",
        "Hello teacher. My son Ben he is have very bad tooth pain, face big like ball. Today we go to dentist 11 o'clock. He no can come school today. Sorry",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(
        (code, from, to),
        (Code::Illness, d("2027-02-02"), Some(d("2027-02-02")))
    );
    assert_eq!(parsed.reports[0].to_session, Session::Pm, "{parsed:?}");
    // The council's cab that did not come keeps a child home.
    let parsed = parse(
        "2026-10-16T08:02:00+01:00",
        "Morning, the council cab didnt come for Ben again. I dont drive and he cant do the bus on his own so he's home",
    );
    assert_eq!(
        one_report(&parsed).0,
        Code::TransportUnavailable,
        "{parsed:?}"
    );
    // Admitted to hospital is ill.
    let parsed = parse(
        "2027-02-24T07:58:00+00:00",
        "Ben was admitted to the Royal London last night with a sickle cell crisis. I'll let you know when he's discharged.",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn one_day_or_another_goes_to_a_person_and_neither_is_both() {
    let parsed = parse(
        "2027-03-02T07:30:00+00:00",
        "Ben will be off on Tuesday or Wednesday next week for Eid, it depends on the moon",
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    let parsed = parse(
        "2027-01-24T19:30:00+00:00",
        "Ben won't be in Monday or Tuesday, he's got a horrible virus",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-01-25"), Some(d("2027-01-26")))
    );
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_child_who_did_not_come_back_last_night_is_away_and_raised() {
    let parsed = parse(
        "2027-05-05T07:40:00+01:00",
        "Hi, it's Ben's foster carer. He didn't come back last night after football. Police and his social worker have been told. If he turns up at school please keep him there and ring me",
    );
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn the_senders_own_trouble_beside_a_child_in_school_is_news() {
    for text in [
        "I've been poorly since Friday. Ben is in today.",
        "I wanted you to know I've been admitted to the mental health unit since Friday. Ben's dad is looking after him and will be bringing him in, so he's in today.",
    ] {
        let parsed = parse_message(
            &message(
                "2027-05-24T07:50:00+01:00",
                vec![child("Ben", None, "R")],
                text,
            ),
            &FERNHILL,
        );
        assert!(parsed.reports.is_empty(), "{text}: {parsed:?}");
    }
}

#[test]
fn brought_in_for_after_lunch_misses_the_morning() {
    let parsed = parse(
        "2027-02-01T08:40:00+00:00",
        "Ben was out in the lambing shed with his dad till 1am. He's shattered so I'm letting him sleep and I'll bring him in for after lunch",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].to_session, Session::Am, "{parsed:?}");
}

#[test]
fn a_bus_that_never_came_a_walk_in_late_and_a_costume_refused() {
    let parsed = parse(
        "2026-09-30T08:40:00+01:00",
        "Bus never turned up at Crossways, we've been stood here since 8.20. I've no car today so Ben is stuck at home, sorry",
    );
    assert_eq!(
        one_report(&parsed).0,
        Code::TransportUnavailable,
        "{parsed:?}"
    );
    let parsed = parse(
        "2027-01-07T08:10:00+00:00",
        "The lane's still sheet ice so Grandad's going to walk Ben down but it'll be slow going, probably half nine",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].arrival, arrival("09:30"));
    let parsed = parse(
        "2027-03-03T19:20:00+00:00",
        "Quick question about World Book Day tomorrow - can Ben go as a footballer? He's refusing to be anything else!",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn days_gone_listed_before_a_return_tomorrow_are_the_days_gone() {
    let parsed = parse(
        "2027-01-24T19:05:00+00:00",
        "Sorry, Ben was off Thursday and Friday with flu, should be back tomorrow",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-01-21"), Some(d("2027-01-22")))
    );
}

#[test]
fn an_hour_of_the_night_a_back_put_out_a_consulate_and_a_season_away() {
    // Home at 1am is no arrival; "tomorrow she come" is the day back.
    let parsed = parse(
        "2026-11-09T07:45:00+00:00",
        "Good morning. Ben is not coming today, yesterday was Diwali and we came home very late 1am, he is very tired. Tomorrow he come. Sorry",
    );
    assert_eq!(
        one_report(&parsed),
        (
            Code::UnauthorisedOther,
            d("2026-11-09"),
            Some(d("2026-11-09"))
        )
    );
    assert!(parsed.reports[0].arrival.is_none(), "{parsed:?}");
    let parsed = parse(
        "2026-12-07T07:30:00+00:00",
        "Ben did his back in at boxing on saturday, can hardly walk. Off today and tomorrow",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    // Back at the start of a month after the school year: no end yet.
    let parsed = parse(
        "2027-04-16T17:30:00+01:00",
        "As every year we're going out with the fair for the season from Monday 26th April. Ben will travel with us and do the work packs. We should be back in London at the start of October.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Traveller, d("2027-04-26"), None)
    );
}

#[test]
fn a_child_excused_is_away() {
    assert_eq!(
        days_away(
            "2026-11-16T08:40:00+00:00",
            "My father is dying, the hospice has told us it is a matter of days. Could Ben please be excused today and tomorrow? I'll let you know if we need longer.",
        ),
        (d("2026-11-16"), Some(d("2026-11-17")))
    );
}

#[test]
fn thanks_for_support_since_a_loss_is_no_leave() {
    let parsed = parse(
        "2026-12-02T11:05:00+00:00",
        "Dear Mr Hussain, I just wanted to say thank you for all the support you have given Ben since his grandmother passed. He came home on Friday smiling for the first time in weeks. God bless you.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn a_collection_at_a_time_in_the_day_outweighs_after_school() {
    let parsed = parse(
        "2026-11-16T11:00:00+00:00",
        "I have to pick Ben up at 1.30 today, his grandad has been rushed into hospital and there's nobody to have him after school.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].from_session, Session::Pm, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_day_left_out_at_either_end_of_a_week_away_shortens_it() {
    // Sent on a Sunday: the week is the one to come.
    let parsed = parse(
        "2026-11-15T19:00:00+00:00",
        "Ben has glandular fever, the GP confirmed it on Friday. He'll be off all week apart from Friday.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-16"), Some(d("2026-11-19")))
    );
    assert_eq!(
        days_away(
            "2026-11-15T19:00:00+00:00",
            "Ben will be off all week except Monday, he has tonsillitis.",
        ),
        (d("2026-11-17"), Some(d("2026-11-20")))
    );
}

#[test]
fn one_of_several_children_unnamed_goes_to_a_person() {
    let parsed = parse(
        "2026-11-16T08:00:00+00:00",
        "One of mine has been sick all night so I'm keeping them off today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert!(parsed.reports[0].pupils.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::AmbiguousPupil), "{parsed:?}");
}

#[test]
fn a_carer_introduced_as_whose_names_only_the_child_away() {
    for text in [
        "Hi it's the au pair for Millie and Ben. Ben has a temperature so he stays home today. Millie come to school normal.",
        "Hello, I am the childminder of Millie and Ben. Ben has been sick this morning so he is off today, Millie is in school as normal.",
    ] {
        let parsed = parse("2026-11-16T07:50:00+00:00", text);
        assert_eq!(parsed.reports.len(), 1, "{text}: {parsed:?}");
        assert_eq!(parsed.reports[0].pupils, ["Ben"], "{text}: {parsed:?}");
    }
}

#[test]
fn everyday_names_of_illness_and_injury_are_illness() {
    for text in [
        "Ben off today with a bad head",
        "Millie has shingles, she's off today",
        "Ben fell off his bike, his arm is black and blue so he's staying home today",
        "Ben won't be in, his ribs are killing him after rugby",
    ] {
        let parsed = parse("2026-11-16T07:50:00+00:00", text);
        assert_eq!(one_report(&parsed).0, Code::Illness, "{text}: {parsed:?}");
        assert!(parsed.flags.is_empty(), "{text}: {parsed:?}");
    }
}

#[test]
fn an_arrival_told_as_gone_an_hour_or_straight_after_will_be() {
    let parsed = parse(
        "2026-11-16T09:20:00+00:00",
        "Car won't start and we're waiting for the AA, Ben will be in gone 10",
    );
    assert_eq!(parsed.reports[0].arrival, arrival("10:00"), "{parsed:?}");
    let parsed = parse(
        "2026-11-16T08:50:00+00:00",
        "Stuck behind a broken down lorry on the bridge, Millie will be about 9.35 sorry",
    );
    assert_eq!(parsed.reports[0].arrival, arrival("09:35"), "{parsed:?}");
}

#[test]
fn a_sibling_who_got_the_bus_as_usual_is_in() {
    let parsed = parse(
        "2026-11-16T08:10:00+00:00",
        "Millie got the bus fine, Ben is poorly with a cough so he's off today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Ben"], "{parsed:?}");
}

#[test]
fn a_child_bringing_something_in_on_a_festival_is_not_away() {
    for text in [
        "Would it be ok for Millie to bring her Diwali sweets in on Friday for her class?",
        "It's Eid on Thursday - Ben would love to bring in some baklava for his class. Is that ok with the nut allergies?",
    ] {
        let parsed = parse("2026-11-16T16:00:00+00:00", text);
        assert!(parsed.reports.is_empty(), "{text}: {parsed:?}");
    }
    // Brought back in after the day away is no such thing.
    let parsed = parse(
        "2026-11-16T16:00:00+00:00",
        "Millie has her first holy communion on Friday so won't be in. I'll bring her straight back in on Monday",
    );
    assert_eq!(one_report(&parsed).0, Code::Religious, "{parsed:?}");
}

#[test]
fn kept_off_till_after_christmas_is_to_the_end_of_term() {
    // Friday 18 December is the autumn term's last day.
    let parsed = parse(
        "2026-12-16T07:50:00+00:00",
        "ben has the sickness bug going round, keeping him off til after xmas now",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(
        (code, from, to),
        (Code::Illness, d("2026-12-16"), Some(d("2026-12-18")))
    );
}

#[test]
fn the_afternoon_of_a_date_is_that_afternoon() {
    let parsed = parse(
        "2026-10-07T07:30:00+01:00",
        "Millie has a part in the pantomime and her licence has come through. She will need to be released for the dress rehearsal on the afternoon of Thursday 3rd December.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_eq!(
        (report.from, report.from_session, report.to_session),
        (d("2026-12-03"), Session::Pm, Session::Pm),
        "{parsed:?}"
    );
}

#[test]
fn late_until_after_break_has_no_clock_time_though_others_are_told() {
    let parsed = parse(
        "2026-11-11T08:40:00+00:00",
        "I have to take my mum to the hospital for 9 so can't do the school run. Ben's walking in so he'll be late, after break probably",
    );
    let (code, _, _) = one_report(&parsed);
    assert_eq!(code, Code::LateAfterClose, "{parsed:?}");
    assert_eq!(parsed.reports[0].arrival, None, "{parsed:?}");
}

#[test]
fn a_tooth_out_with_a_swollen_face_after_is_the_appointment() {
    let parsed = parse(
        "2026-11-16T07:50:00+00:00",
        "Ben no school today, he have tooth out at the dentist 11am and his face will be swollen after so I keep him home",
    );
    assert_eq!(one_report(&parsed).0, Code::Medical, "{parsed:?}");
}

#[test]
fn a_child_just_signed_in_missed_the_morning_only() {
    let parsed = parse(
        "2026-11-16T09:45:00+00:00",
        "So sorry, Millie had the orthodontist at 8.30 this morning. I've just signed her in at the office.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].to_session, Session::Am, "{parsed:?}");
}

#[test]
fn a_grandchild_not_on_the_roster_goes_to_a_person() {
    let parsed = parse_message(
        &message(
            "2026-11-16T07:20:00+00:00",
            vec![child("Ben", None, "R")],
            "Hello, it's Ben's nan. I'm minding my other grandson Oscar this week, he won't be in today with a bad cold. Ben is going in",
        ),
        &FERNHILL,
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_hospital_appointment_about_a_condition_is_medical() {
    let parsed = parse(
        "2026-11-16T08:05:00+00:00",
        "Ben has a hospital appointment about his asthma on Thursday at the Royal Brompton, it's a long day so he won't be in at all",
    );
    assert_eq!(one_report(&parsed).0, Code::Medical, "{parsed:?}");
}

#[test]
fn a_day_at_the_earliest_is_the_day_back() {
    assert_eq!(
        days_away(
            "2026-11-16T07:25:00+00:00",
            "Both kids have got the sickness bug, it's 48 hours clear before they can come back so Wednesday at the earliest",
        ),
        (d("2026-11-16"), Some(d("2026-11-17")))
    );
}

#[test]
fn fine_for_the_next_school_day_is_no_absence() {
    // Sent on a Friday evening.
    let parsed = parse(
        "2026-11-20T21:30:00+00:00",
        "Just to let you know Ben was diagnosed with scarlet fever at the walk in centre tonight. He has started antibiotics and he will be fine for Monday.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn an_appointment_booked_by_a_parent_and_brought_in_after_is_the_childs_morning() {
    let parsed = parse(
        "2026-11-18T08:25:00+00:00",
        "I am the au pair of Millie. She has big pain in her tooth, her mum make the appointment with dentist at 10:15 today. After, I bring her to school, maybe 12:30.",
    );
    assert_eq!(one_report(&parsed).0, Code::Medical, "{parsed:?}");
    assert_eq!(parsed.reports[0].to_session, Session::Am, "{parsed:?}");
}

#[test]
fn in_to_sit_an_exam_tomorrow_is_not_away_tomorrow() {
    assert_eq!(
        days_away(
            "2026-11-18T08:40:00+00:00",
            "Millie is really anxious about her tests and has barely slept, she feels sick. I'm keeping her home today but she will be in to sit the maths paper tomorrow.",
        ),
        (d("2026-11-18"), Some(d("2026-11-18")))
    );
}

#[test]
fn thanks_for_a_festival_gone_by_is_no_absence() {
    let parsed = parse(
        "2026-11-18T13:30:00+00:00",
        "Dear Miss Hart, a huge thank you for preparing Millie for her First Holy Communion. She loved every minute of it. God bless",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn illness_said_in_everyday_words_is_an_absence_today() {
    for text in [
        "Ben's eye is all gunky and red so he's staying with us today",
        "Both of them have got the runs, don't think its a good idea to send them in",
        "Millie's got her spelling test today but she's throwing up, can she do it another day?",
    ] {
        let parsed = parse("2026-11-18T08:05:00+00:00", text);
        assert_eq!(one_report(&parsed).0, Code::Illness, "{text}: {parsed:?}");
    }
}

#[test]
fn not_wanting_to_go_somewhere_else_is_no_school_refusal() {
    let parsed = parse(
        "2026-11-18T08:10:00+00:00",
        "Millie has tummy ache and didn't sleep so keeping her off today. She keeps saying she doesn't want to go to her uncle's anymore.",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn an_injury_from_a_game_on_a_day_gone_by_is_not_a_day_away() {
    // Sent on a Friday: Wednesday's rugby is gone by.
    let parsed = parse(
        "2026-11-20T07:50:00+00:00",
        "Ben's got a massive bruise on his thigh from rugby on Wednesday, he's limping badly. Off today, back Monday",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-20"), Some(d("2026-11-20")))
    );
    let parsed = parse(
        "2026-11-20T07:50:00+00:00",
        "Ben came off his bike yesterday and took the skin off both knees, keeping him home today to let it settle",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn a_day_kept_at_the_senders_home_is_a_day_away() {
    assert_eq!(
        days_away(
            "2026-11-18T07:40:00+00:00",
            "Can you tell school Ben has a stomach bug. He'll stay at mine today and tomorrow.",
        ),
        (d("2026-11-18"), Some(d("2026-11-19")))
    );
}

#[test]
fn signed_off_until_a_day_runs_to_the_day_before() {
    // Sent on a Thursday: back on the Wednesday of next week.
    assert_eq!(
        days_away(
            "2026-11-19T07:55:00+00:00",
            "Ben has got flu, the doctor has signed him off until Wednesday. Sorry he'll miss the class assembly",
        ),
        (d("2026-11-19"), Some(d("2026-11-24")))
    );
}

#[test]
fn in_school_tomorrow_but_a_worry_told_is_no_absence() {
    let parsed = parse(
        "2026-11-19T20:30:00+00:00",
        "Ben will be in school tomorrow but I wanted to tell someone, he's been very quiet since his grandad died.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn not_coming_back_after_a_date_starts_the_next_school_day() {
    let parsed = parse(
        "2026-11-24T08:00:00+00:00",
        "Ben will not come back after 11th December, we are going to Pakistan to see family. He will come back in the new year.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_eq!(
        (report.from, report.from_session, report.to_session),
        (d("2026-12-14"), Session::Am, Session::Pm),
        "{parsed:?}"
    );
}

#[test]
fn away_until_things_calm_down_has_no_end() {
    assert_eq!(
        days_away(
            "2026-11-30T07:40:00+00:00",
            "Millie will not be in school until things calm down at home.",
        ),
        (d("2026-11-30"), None)
    );
}

#[test]
fn better_off_without_him_is_no_child_in() {
    let parsed = parse(
        "2026-10-14T08:05:00+01:00",
        "Ben's not well again, another migraine. He's been really low, last night he said everyone would be better off without him. He's asleep now",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
}

#[test]
fn a_child_sent_to_reception_or_taken_out_from_after_lunch_misses_the_afternoon() {
    let parsed = parse(
        "2026-12-09T13:40:00+00:00",
        "Please can Ben be sent to reception at 2.15, his grandma's been rushed into hospital",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].from_session, Session::Pm, "{parsed:?}");
    let parsed = parse(
        "2026-12-09T12:40:00+00:00",
        "I need to take Millie out of school from after lunch today, her grandad has passed away and we are driving up north. She will be off for the rest of the week.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_eq!(
        (report.from, report.from_session, report.to),
        (d("2026-12-09"), Session::Pm, Some(d("2026-12-11"))),
        "{parsed:?}"
    );
}

#[test]
fn finishing_at_noon_misses_the_afternoon() {
    let parsed = parse(
        "2026-12-09T20:30:00+00:00",
        "Can Millie finish at 12 tomorrow please, we're catching the 2pm ferry to France",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(
        (parsed.reports[0].from, parsed.reports[0].from_session),
        (d("2026-12-10"), Session::Pm),
        "{parsed:?}"
    );
}

#[test]
fn coming_down_with_something_is_illness_not_a_child_coming_in() {
    let parsed = parse(
        "2026-11-20T08:50:00+00:00",
        "No Millie today, she's just not herself, very pale and lethargic, think she's coming down with something",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn a_child_kept_home_to_watch_a_sibling_is_not_ill() {
    let parsed = parse(
        "2026-11-20T07:25:00+00:00",
        "Millie is going to have to stay home today to watch her little brother, he's off nursery with chicken pox and I can't get out of work",
    );
    assert_ne!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn brought_in_once_calmed_down_is_late() {
    let parsed = parse(
        "2026-10-22T08:35:00+01:00",
        "Ben's wobbly tooth came out at breakfast and it won't stop bleeding. I'll bring him in as soon as he's calmed down",
    );
    assert_eq!(one_report(&parsed).0, Code::Late, "{parsed:?}");
}

#[test]
fn thanks_from_a_grandparent_for_the_year_is_no_absence() {
    let parsed = parse(
        "2027-07-16T17:10:00+01:00",
        "Dear Miss Bailey, a huge thank you from me and Millie's grandad for everything you have done for her this year. Have a lovely summer.",
    );
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn a_doctors_note_is_illness_and_going_in_on_a_day_is_the_day_back() {
    let parsed = parse(
        "2026-11-23T08:01:00+00:00",
        "Ben's consultant has signed him off school until further notice while they do more tests on his lungs",
    );
    assert_eq!(one_report(&parsed), (Code::Illness, d("2026-11-23"), None));
    assert_eq!(
        days_away(
            "2026-11-23T07:45:00+00:00",
            "Ben has been up all night coughing with his asthma, I'm keeping him off today and tomorrow and he'll go in Wednesday",
        ),
        (d("2026-11-23"), Some(d("2026-11-24")))
    );
}

#[test]
fn urgent_care_then_in_with_no_clock_time_is_the_illness_for_the_morning() {
    let parsed = parse(
        "2026-11-23T07:10:00+00:00",
        "Ben's ankle is still really swollen from football on Saturday so we're going to the minor injuries unit when it opens at 8. I'll bring him in after, hopefully by break time",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    assert_eq!(parsed.reports[0].to_session, Session::Am, "{parsed:?}");
}

#[test]
fn a_clearance_period_ending_on_a_day_is_the_day_back() {
    // Sent on a Tuesday.
    assert_eq!(
        days_away(
            "2026-11-24T07:30:00+00:00",
            "Ben has norovirus. 48 hrs from his last sick is Thursday morning so he'll be back Thursday",
        ),
        (d("2026-11-24"), Some(d("2026-11-25")))
    );
}

#[test]
fn a_sibling_dropped_for_a_time_is_late_and_a_bad_belly_is_illness() {
    let parsed = parse(
        "2026-12-01T09:02:00+00:00",
        "Millie's in the car with me but Ben is refusing to come. I'll drop Millie for 9.10 and keep trying with Ben.",
    );
    let millie = parsed
        .reports
        .iter()
        .find(|r| r.pupils == ["Amelia"])
        .expect("Millie late");
    assert_eq!(
        (millie.code, millie.arrival),
        (Code::Late, arrival("09:10")),
        "{parsed:?}"
    );
    let parsed = parse(
        "2026-12-01T07:45:00+00:00",
        "ben wont be in today hes got a bad belly",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
}

#[test]
fn the_earliest_journey_home_is_the_last_day_away() {
    let parsed = parse(
        "2026-11-23T07:40:00+00:00",
        "Our flight back was cancelled last night and the earliest they can get us on is tomorrow. Neither of them will make it in today, back Wednesday hopefully",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_eq!(
        (report.from, report.to),
        (d("2026-11-23"), Some(d("2026-11-24"))),
        "{parsed:?}"
    );
}

#[test]
fn a_pet_that_ran_away_on_a_day_gone_by_is_no_day_away() {
    // Sent on a Wednesday: Monday is gone by.
    let parsed = parse(
        "2026-11-25T08:30:00+00:00",
        "Millie's in today but very tired and teary, our cat ran away on Monday and she's been up crying about him.",
    );
    assert!(
        parsed.reports.iter().all(|r| r.from != d("2026-11-30")),
        "{parsed:?}"
    );
}

#[test]
fn the_last_day_of_term_is_that_day() {
    // Friday 18 December is the autumn term's last day.
    assert_eq!(
        days_away(
            "2026-12-14T17:50:00+00:00",
            "Just to let you know Ben will miss the last day of term, we fly to Lagos for Christmas. He will be back on Tuesday 5th January.",
        ),
        (d("2026-12-18"), Some(d("2026-12-18")))
    );
}

#[test]
fn a_reply_to_a_chase_with_the_child_back_tomorrow_is_an_absence_today() {
    let mut input = message(
        "2026-11-24T10:15:00+00:00",
        two_children(),
        "Sorry. family problem today. Millie come tomorrow",
    );
    input.context = Some(ChaseContext {
        chasing: vec!["Amelia".into()],
        date: d("2026-11-24"),
    });
    let parsed = parse_message(&input, &FERNHILL);
    assert_eq!(
        one_report(&parsed),
        (Code::NoReasonYet, d("2026-11-24"), Some(d("2026-11-24")))
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_teachers_title_in_the_greeting_is_no_missed_day() {
    // A Thursday evening; the days named are the next two Wednesdays.
    let parsed = parse(
        "2026-12-03T21:15:00+00:00",
        "Dear Miss Jennings,\n\nMillie has a part in the pantomime. She is needed for two matinees: \
         Wednesday 9th and Wednesday 16th December. I'll collect her at 12 on both days.",
    );
    let days: Vec<_> = parsed.reports.iter().map(|r| (r.from, r.to)).collect();
    assert_eq!(
        days,
        [
            (d("2026-12-09"), Some(d("2026-12-09"))),
            (d("2026-12-16"), Some(d("2026-12-16")))
        ],
        "{parsed:?}"
    );
}

#[test]
fn a_time_said_before_in_school_is_the_arrival() {
    let parsed = parse(
        "2027-04-28T08:30:00+01:00",
        "Big accident on the ring road, police closed it and we are stuck completely. Millie maybe 10:00 in school, sorry",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::LateAfterClose);
    assert_eq!(parsed.reports[0].arrival, arrival("10:00"));
    assert!(parsed.flags.is_empty(), "{parsed:?}");
}

#[test]
fn a_journey_we_need_to_make_on_a_day_is_no_day_gone_by() {
    // A Wednesday evening: the family flies out on Friday.
    let parsed = parse(
        "2026-09-23T21:47:00+01:00",
        "We need to fly out on Friday for the funeral. Millie will miss school. Back on Monday 12th October.",
    );
    let (_, from, to) = one_report(&parsed);
    assert_eq!((from, to), (d("2026-09-25"), Some(d("2026-10-09"))));
}

#[test]
fn a_return_for_the_new_term_ends_the_absence_with_the_old_one() {
    assert_eq!(
        days_away(
            "2026-12-15T07:30:00+00:00",
            "I am writing to ask permission to take Millie out of school from Wednesday 16th December, \
             as the flights are much cheaper before Christmas. She will return for the new term on 5th January.",
        ),
        (d("2026-12-16"), Some(d("2026-12-18")))
    );
}

#[test]
fn the_senders_operation_with_grandma_on_the_school_run_is_no_absence() {
    let parsed = parse(
        "2027-02-09T08:20:00+00:00",
        "Hi, I'm in hospital today having my knee operation so Grandma is dropping off and picking up Millie and Ben all this week. Thank you!",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn yesterday_told_before_the_child_was_off_is_the_day_away() {
    for text in [
        "Sorry I didn't message yesterday, Millie was off with a d&v bug. She's back in today",
        "Sorry I didn't message yesterday, Millie was off sick. She's back in today",
    ] {
        assert_eq!(
            days_away("2026-12-15T07:20:00+00:00", text),
            (d("2026-12-14"), Some(d("2026-12-14"))),
            "{text}"
        );
    }
}

#[test]
fn in_by_the_afternoon_register_is_the_morning_missed_not_late() {
    let parsed = parse(
        "2027-06-14T07:45:00+01:00",
        "Hi, Millie's last exam is this afternoon. Would it be ok for her to revise at home this morning and come in for the exam at 1? Thanks",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let report = &parsed.reports[0];
    assert_ne!(report.code, Code::Late, "{parsed:?}");
    assert_eq!(
        (report.from_session, report.to_session),
        (Session::Am, Session::Am)
    );
    assert_eq!(report.arrival, None);
}

#[test]
fn an_older_sister_who_writes_names_no_child_away() {
    let parsed = parse(
        "2026-09-21T07:52:00+01:00",
        "Hi miss its Millie and Ben's sister Sumaiya, my mum asked me to message. Millie's got really bad toothache and mum's taking her to the emergency dentist at 10.15 this morning. She'll bring her in straight after. Ben's in as normal",
    );
    let pupils: Vec<_> = parsed.reports.iter().map(|r| r.pupils.clone()).collect();
    assert_eq!(pupils, [vec!["Amelia".to_string()]], "{parsed:?}");
}

#[test]
fn a_question_about_the_48_hour_rule_asks_about_this_absence() {
    let parsed = parse(
        "2026-10-14T06:50:00+01:00",
        "Ben was sick in the night, is it 48 hours before he can come back?",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness);
    assert!(!parsed.has(Flag::NeedsStaff), "{parsed:?}");
    // An illness beside a question about something else still goes to a
    // person: the child may well be in.
    let inhaler = parse(
        "2026-10-14T07:50:00+01:00",
        "Ben's hay fever is bad, could someone give him his spray at lunch?",
    );
    assert!(
        inhaler.reports.is_empty() || inhaler.has(Flag::NeedsStaff),
        "{inhaler:?}"
    );
}

#[test]
fn a_concern_told_of_a_child_plainly_in_goes_to_the_dsl_without_an_office_task() {
    // Marks told of the day before, and the child in today: the DSL hears,
    // and nothing is left for the office to decide.
    let parsed = parse(
        "2027-02-11T08:30:00+00:00",
        "Ben came home with bruises all up his back again. He says its from play fighting but he cried when I asked. He's in today but please keep an eye at lunch",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    // An illness now beside "in today" contradicts itself: a person reads it.
    let unsure = parse(
        "2027-02-11T08:30:00+00:00",
        "Ben's been sick all night and his dad hit him again. He's in today",
    );
    assert!(unsure.flags.contains(&Flag::Safeguarding), "{unsure:?}");
    assert!(
        unsure.flags.contains(&Flag::NeedsStaff) || !unsure.reports.is_empty(),
        "{unsure:?}"
    );
}

#[test]
fn both_or_all_in_reply_to_a_chase_for_one_are_every_child() {
    let reply = |children: Vec<Child>, chased: &[&str], text: &str| {
        let mut input = message("2027-01-18T09:44:00+00:00", children, text);
        input.context = Some(ChaseContext {
            chasing: chased.iter().map(|c| c.to_string()).collect(),
            date: d("2027-01-18"),
        });
        parse_message(&input, &FERNHILL)
    };
    let both = reply(two_children(), &["Amelia"], "Both off, both got sickness");
    assert_eq!(both.reports[0].pupils, ["Amelia", "Ben"], "{both:?}");
    // "Both" of three, two of them chased, is the two chased.
    let three = vec![
        child("Niamh", None, "Y5"),
        child("Cian", None, "Y3"),
        child("Aoife", None, "R"),
    ];
    let two_of_three = reply(three, &["Niamh", "Cian"], "Sorry both off sick today");
    assert_eq!(two_of_three.reports[0].pupils, ["Niamh", "Cian"]);
    // "Both eyes" counts no children.
    let eyes = reply(
        two_children(),
        &["Ben"],
        "he's got conjunctivitis, both eyes stuck shut this morning",
    );
    assert_eq!(eyes.reports[0].pupils, ["Ben"]);
}

#[test]
fn all_of_them_except_a_child_named_are_the_others() {
    let four = vec![
        child("Toluwani", Some("Tolu"), "Y6"),
        child("Damilola", Some("Dami"), "Y4"),
        child("Ifeoluwa", Some("Ife"), "Y2"),
        child("Oluwakemi", Some("Kemi"), "R"),
    ];
    let parsed = parse_message(
        &message(
            "2027-01-18T07:20:00+00:00",
            four,
            "Good morning, all of them except Tolu are down with the stomach flu. Tolu will come. Thank you",
        ),
        &FERNHILL,
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].code, Code::Illness);
    assert_eq!(
        parsed.reports[0].pupils,
        ["Damilola", "Ifeoluwa", "Oluwakemi"]
    );
}

#[test]
fn a_child_said_fine_later_or_in_later_is_not_in_now() {
    // Refusing every morning, "fine by 10": no word that the child is in.
    let refusing = parse(
        "2027-01-20T08:50:00+00:00",
        "Ben's refusing to come in again, he says his tummy hurts every morning but he's fine by 10",
    );
    assert_eq!(one_report(&refusing).0, Code::NoReasonYet);
    // Brought in after the chemist, "10 at the latest": late.
    let late = parse(
        "2026-11-19T08:25:00+00:00",
        "Ben's eye is red and gunky. Going to the chemist when it opens at 9 for drops then I'll bring him in, 10 at the latest",
    );
    assert_eq!(one_report(&late).0, Code::LateAfterClose);
    assert_eq!(late.reports[0].arrival, arrival("10:00"));
}

#[test]
fn nothing_wrong_with_the_child_is_no_illness() {
    let rest = parse(
        "2026-09-17T07:10:00+01:00",
        "Morning, I'm keeping Ben off today for a 'mental health day'. Nothing wrong with him really, he just needs a rest and a lie in",
    );
    assert_eq!(one_report(&rest).0, Code::UnauthorisedOther);
    let counselling = parse(
        "2027-01-18T08:00:00+00:00",
        "Ben has his counselling session at 8.30 so he'll be in for about 10",
    );
    assert_eq!(one_report(&counselling).0, Code::Medical);
}

#[test]
fn a_child_at_urgent_care_now_or_in_the_office_now_is_reported() {
    let minor_injuries = parse(
        "2027-02-05T07:52:00+00:00",
        "Ben hurt his ankle on the trampoline last night, he can't put any weight on it so we're off to the minor injuries unit. Will let you know",
    );
    assert_eq!(one_report(&minor_injuries).0, Code::Illness);
    let in_the_office = parse(
        "2026-09-29T09:08:00+01:00",
        "So sorry, Ben had a full meltdown at the gate and wouldn't let go of me, we're in the office now",
    );
    assert_eq!(one_report(&in_the_office).0, Code::Late);
    let brother_coming = parse(
        "2026-12-15T08:00:00+00:00",
        "Amelia has a high temperature so she will not be in school today. Ben is coming.",
    );
    assert_eq!(one_report(&brother_coming).0, Code::Illness);
    assert_eq!(brother_coming.reports[0].pupils, ["Amelia"]);
}

#[test]
fn back_on_a_day_after_half_term_ends_the_day_before_it() {
    // Friday 12 February, before the February half term.
    let back_weds = parse(
        "2027-02-12T19:30:00+00:00",
        "Amelia and Ben won't be back til Weds 24th after half term, we're in Turkey visiting family",
    );
    assert_eq!(
        (back_weds.reports[0].from, back_weds.reports[0].to),
        (d("2027-02-22"), Some(d("2027-02-23")))
    );
}

#[test]
fn a_refusal_at_the_gate_is_a_refusal_and_a_hoped_for_lateness_is_not_late() {
    let gate = parse(
        "2027-01-08T08:15:00+00:00",
        "Ben got as far as the gate but then froze and wouldn't go in, I've brought him home",
    );
    assert_eq!(one_report(&gate).0, Code::NoReasonYet);
    let hoped = parse(
        "2026-10-01T06:50:00+01:00",
        "Ben is refusing point blank to get dressed. I'll try and bring him in later if he calms down but I can't promise anything.",
    );
    assert_eq!(one_report(&hoped).0, Code::NoReasonYet);
    // Not going in without a thing is the thing.
    let trainers = parse(
        "2027-01-22T08:05:00+00:00",
        "Ben's stayed home today, he wouldn't go in without his new trainers",
    );
    assert_eq!(one_report(&trainers).0, Code::UnauthorisedOther);
}

#[test]
fn a_child_missing_is_reported_away_for_a_person_to_follow() {
    let missing = parse(
        "2027-01-06T09:25:00+00:00",
        "Have you seen Ben? He left for school at 8 and his friend says he hasn't turned up. He's not answering his phone",
    );
    assert_eq!(one_report(&missing).0, Code::NoReasonYet);
    assert!(missing.flags.contains(&Flag::Safeguarding));
    assert!(missing.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn an_illness_outweighs_not_wanting_to_go_but_not_a_refusal() {
    let reluctant = parse(
        "2027-01-21T08:35:00+00:00",
        "Ben's got a bad tummy and says he doesn't want to go in, keeping him with me today",
    );
    assert_eq!(one_report(&reluctant).0, Code::Illness);
    let refusing = parse(
        "2027-01-20T08:50:00+00:00",
        "Ben's refusing to come in again, he says his tummy hurts",
    );
    assert_eq!(one_report(&refusing).0, Code::NoReasonYet);
}

#[test]
fn days_of_pay_and_a_parents_early_hour_are_not_the_childs() {
    // Monday 7 September.
    let payday = parse(
        "2026-09-07T08:10:00+01:00",
        "Ben wont be in today hes got a bad belly. theres not much in till i get paid thurs",
    );
    assert_eq!(
        (payday.reports[0].from, payday.reports[0].to),
        (d("2026-09-07"), Some(d("2026-09-07")))
    );
    let early = parse(
        "2026-09-07T08:52:00+01:00",
        "He's on his way, I'm on earlies so I leave at half 5 and Ben gets himself up. He couldn't find his shoes so he'll be about 10 mins late",
    );
    assert_eq!(one_report(&early).0, Code::Late);
    let this_week = parse(
        "2027-02-10T08:30:00+00:00",
        "The council has put us in a B&B an hour and a half away by bus. I can't get the kids to school this week, I'm so sorry.",
    );
    assert_eq!(
        this_week.reports[0].to,
        Some(d("2027-02-12")),
        "{this_week:?}"
    );
}

#[test]
fn a_day_left_in_doubt_and_a_complaint_go_to_a_person() {
    let doubt = parse(
        "2026-09-25T16:20:00+01:00",
        "Hi, just to give you a heads up there might be an issue with Monday, I'll confirm over the weekend. Thanks",
    );
    assert!(doubt.reports.is_empty(), "{doubt:?}");
    assert_eq!(doubt.flags, [Flag::NeedsStaff]);
    let complaint = parse(
        "2026-11-13T18:30:00+00:00",
        "I am writing to complain about Ben being kept in at break for forgetting his reading book. I would like to discuss it with someone.",
    );
    assert!(complaint.flags.contains(&Flag::NeedsStaff), "{complaint:?}");
}

#[test]
fn sick_on_the_way_to_school_is_ill_today() {
    let sick = parse(
        "2026-10-06T08:20:00+01:00",
        "Ben was sick in the car on the way so I turned round, sorry",
    );
    assert_eq!(one_report(&sick).0, Code::Illness);
}

#[test]
fn a_suspension_the_school_gave_disputed_is_no_absence_of_its_own() {
    let disputed = parse(
        "2026-10-19T16:00:00+01:00",
        "I've had the letter about Ben's exclusion for Tuesday and Wednesday. I think this is completely unfair, he was defending himself, and I would like a meeting with a governor please.",
    );
    assert!(disputed.reports.is_empty(), "{disputed:?}");
    assert!(disputed.flags.contains(&Flag::NeedsStaff));
    // Days told are a report, disputed or not.
    let told = parse(
        "2026-11-17T16:05:00+00:00",
        "Following your phone call I understand Ben is suspended for Wednesday and Thursday. I don't think it's fair and I would like a meeting.",
    );
    assert_eq!(one_report(&told).0, Code::Excluded);
    // The same range told twice ("Monday to Friday (8th to 12th Feb)") is
    // no days named apart.
    let fair = parse(
        "2027-02-05T15:45:00+00:00",
        "Ben will be travelling with us and the winter fair Monday to Friday (8th to 12th Feb). He'll have his work pack with him.",
    );
    assert_eq!(one_report(&fair).0, Code::Traveller);
    assert!(fair.flags.is_empty(), "{fair:?}");
}

#[test]
fn a_clause_opened_by_both_is_about_both() {
    let both = parse(
        "2026-11-23T08:30:00+00:00",
        "Chickenpox has hit our house! Millie's covered and Ben's got the first few spots. Both off for the rest of the week",
    );
    assert_eq!(both.reports.len(), 1, "{both:?}");
    assert_eq!(both.reports[0].pupils, ["Amelia", "Ben"]);
    assert_eq!(both.reports[0].to, Some(d("2026-11-26")));
}

#[test]
fn they_after_a_child_said_to_be_in_are_the_children_named_together() {
    let three = vec![
        child("Kwame", None, "Y5"),
        child("Akosua", None, "Y3"),
        child("Kofi", None, "R"),
    ];
    let parsed = parse_message(
        &message(
            "2026-12-15T08:00:00+00:00",
            three,
            "Kwame and Akosua have a high temperature and cough so they will not be in school today. Kofi is coming. They may be off for the rest of the week.",
        ),
        &FERNHILL,
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Kwame", "Akosua"]);
}

#[test]
fn a_child_sent_in_is_in_and_one_back_now_missed_the_morning() {
    assert_no_absence(
        "2026-11-06T08:00:00+00:00",
        "Hi, Millie has a stinking cold and has lost her voice but I've sent her in. Just wanted you to know in case she's quiet today!",
    );
    let back_now = parse(
        "2027-01-14T11:05:00+00:00",
        "Ben tried to run away from the dentist so we didn't get it done in the end, he's back in school now",
    );
    let r = &back_now.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Medical, Session::Am, Session::Am)
    );
}

#[test]
fn the_girls_after_a_child_said_to_be_in_are_the_children_named_together() {
    let three = vec![
        child("Chiamaka", None, "Y4"),
        child("Ifeoma", None, "Y2"),
        child("Tobenna", None, "Y6"),
    ];
    let parsed = parse_message(
        &message(
            "2027-02-02T07:45:00+00:00",
            three,
            "Chiamaka and Ifeoma have both come down with scarlet fever. Tobenna is fine so he'll be in as normal. The girls won't be back until Thursday.",
        ),
        &FERNHILL,
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(parsed.reports[0].pupils, ["Chiamaka", "Ifeoma"]);
    assert_eq!(
        (code, from, to),
        (Code::Illness, d("2027-02-02"), Some(d("2027-02-03")))
    );
}

#[test]
fn both_off_after_each_childs_own_illness_is_one_absence_of_each() {
    let parsed = parse(
        "2027-03-03T07:30:00+00:00",
        "Millie has a sickness bug and Ben has been sick in the night as well. Both off till Friday.",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(parsed.reports[0].pupils, ["Amelia", "Ben"]);
    assert_eq!(
        (code, from, to),
        (Code::Illness, d("2027-03-03"), Some(d("2027-03-04")))
    );
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_sender_introducing_herself_is_no_relative_in_a_crisis() {
    let parsed = parse(
        "2027-01-20T07:40:00+00:00",
        "Hi it's Ben's dad, he fell off his scooter last night and bruised his hip badly, keeping him home today",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-01-20"), Some(d("2027-01-20")))
    );
}

#[test]
fn illness_in_a_texts_shorthand_is_read() {
    for text in [
        "Millie not well, headache and up half the night",
        "Millie has got sickness",
        "millie off wiv flu",
    ] {
        let parsed = parse("2027-01-20T07:40:00+00:00", text);
        assert_eq!(
            one_report(&parsed),
            (Code::Illness, d("2027-01-20"), Some(d("2027-01-20"))),
            "{text}"
        );
    }
}

#[test]
fn a_first_that_leads_to_no_day_is_no_date() {
    assert_eq!(
        days_away(
            "2026-11-24T07:40:00+00:00",
            "Ben is off, does he need a note from the gp 1st before he goes back",
        ),
        (d("2026-11-24"), Some(d("2026-11-24")))
    );
    let first_day = parse(
        "2026-09-03T07:30:00+01:00",
        "Ben wont make 1st day, hes got a temperature",
    );
    assert_eq!(
        one_report(&first_day),
        (Code::Illness, d("2026-09-03"), Some(d("2026-09-03")))
    );
}

#[test]
fn in_when_the_late_taxi_comes_is_the_morning_missed() {
    let parsed = parse(
        "2026-11-11T08:30:00+00:00",
        "Ben's minibus hasn't turned up, the council say another driver is on the way. He'll be in when it arrives",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (parsed.reports.len(), r.code, r.from_session, r.to_session),
        (1, Code::TransportUnavailable, Session::Am, Session::Am),
        "{parsed:?}"
    );
}

#[test]
fn the_rest_of_the_week_after_an_operation_runs_from_today() {
    // Wednesday 27 January 2027.
    assert_eq!(
        days_away(
            "2027-01-27T07:40:00+00:00",
            "Ben had his adenoids removed on Monday so he's off the rest of this week",
        ),
        (d("2027-01-27"), Some(d("2027-01-29")))
    );
    assert_eq!(
        days_away(
            "2027-01-27T07:40:00+00:00",
            "Millie has glandular fever and is off the rest of this week and all of next week",
        ),
        (d("2027-01-27"), Some(d("2027-02-05")))
    );
}

#[test]
fn a_hope_before_a_later_day_leaves_the_day_before_it_certain() {
    // Monday 18 January 2027.
    assert_eq!(
        days_away(
            "2027-01-18T07:30:00+00:00",
            "Ben has a chest infection, off today and tomorrow, maybe Wednesday too",
        ),
        (d("2027-01-18"), Some(d("2027-01-19")))
    );
}

#[test]
fn absences_in_a_texts_few_words_are_read() {
    // Monday 9 November 2026.
    let off = parse(
        "2026-11-09T07:40:00+00:00",
        "Ben off. Temp of 39 all night, keeping him here",
    );
    assert_eq!(
        one_report(&off),
        (Code::Illness, d("2026-11-09"), Some(d("2026-11-09")))
    );
    let dates = parse(
        "2026-11-09T18:00:00+00:00",
        "going to my sisters wedding in Lahore, both kids off 16th to 20th",
    );
    let (_, from, to) = one_report(&dates);
    assert_eq!((from, to), (d("2026-11-16"), Some(d("2026-11-20"))));
    assert_eq!(dates.reports[0].pupils, ["Amelia", "Ben"]);
    let miss = parse(
        "2026-11-09T18:00:00+00:00",
        "millie will miss the week after christmas, we fly back from Accra on the 8th",
    );
    assert_eq!(miss.reports.len(), 1, "{miss:?}");
    let after_dinner = parse(
        "2026-11-09T08:00:00+00:00",
        "Ben was up half the night with his brother, he'll be in after dinner",
    );
    let r = &after_dinner.reports[0];
    assert_eq!((r.from_session, r.to_session), (Session::Am, Session::Am));
}

#[test]
fn boys_opening_a_sentence_are_the_boys() {
    let boys = vec![child("Jordan", None, "Y4"), child("Amir", None, "Y2")];
    let parsed = parse_message(
        &message(
            "2026-11-18T08:55:00+00:00",
            boys,
            "Sorry boys will be late, the car wouldn't start. In by 9.40",
        ),
        &FERNHILL,
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Jordan", "Amir"]);
}

#[test]
fn a_clinics_advice_is_no_appointment_and_a_food_challenge_is_one() {
    let advice = parse(
        "2027-02-03T07:40:00+00:00",
        "Millie is off with her arm in a cast, the fracture clinic said to rest it until the swelling goes down",
    );
    assert_eq!(one_report(&advice).0, Code::Illness);
    let challenge = parse(
        "2027-02-03T16:00:00+00:00",
        "Ben has a milk challenge at the children's hospital on Thursday, it takes all day so he'll be off",
    );
    assert_eq!(one_report(&challenge).0, Code::Medical);
}

#[test]
fn a_day_to_see_how_the_child_is_stays_in_doubt() {
    assert_eq!(
        days_away(
            "2026-12-10T07:05:00+00:00",
            "Millie has tonsillitis, won't be in today. Will see how she is for the trip tomorrow",
        ),
        (d("2026-12-10"), Some(d("2026-12-10")))
    );
}

#[test]
fn a_child_kept_home_for_want_of_a_school_run_is_unauthorised() {
    let parsed = parse(
        "2027-02-02T07:40:00+00:00",
        "Millie has a sickness bug so she's off. Ben is staying home too as there's nobody to take him in, I'm on my own with her",
    );
    let codes: Vec<(Vec<String>, Code)> = parsed
        .reports
        .iter()
        .map(|r| (r.pupils.clone(), r.code))
        .collect();
    assert_eq!(
        codes,
        [
            (vec!["Amelia".to_string()], Code::Illness),
            (vec!["Ben".to_string()], Code::UnauthorisedOther)
        ]
    );
}

#[test]
fn late_with_no_time_told_after_the_register_closed_is_after_it() {
    let parsed = parse("2027-01-12T09:35:00+00:00", "Ben on way, sorry 🏃");
    let r = &parsed.reports[0];
    assert_eq!(
        (parsed.reports.len(), r.code, r.arrival),
        (1, Code::LateAfterClose, None),
        "{parsed:?}"
    );
    let before = parse(
        "2027-01-12T08:40:00+00:00",
        "Ben on way, running late sorry",
    );
    assert_eq!(before.reports[0].code, Code::Late);
}

#[test]
fn bringing_the_child_now_after_the_register_is_late() {
    let parsed = parse(
        "2026-09-28T09:40:00+01:00",
        "so sorry Ben slept through the alarm, dropping him in now",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (parsed.reports.len(), r.code, r.from_session, r.to_session),
        (1, Code::LateAfterClose, Session::Am, Session::Am),
        "{parsed:?}"
    );
}

#[test]
fn kept_in_on_the_ward_and_excused_after_a_late_night_are_absences() {
    let ward = parse(
        "2026-09-07T08:00:00+01:00",
        "Ben had a bad asthma attack in the night, we're on the children's ward and they are keeping him in",
    );
    assert_eq!(
        one_report(&ward),
        (Code::Illness, d("2026-09-07"), Some(d("2026-09-07")))
    );
    let excused = parse(
        "2026-12-09T07:00:00+00:00",
        "Please excuse Millie today, we got back from the airport at 1am and she stayed up really late. She's too tired",
    );
    assert_eq!(
        one_report(&excused),
        (
            Code::UnauthorisedOther,
            d("2026-12-09"),
            Some(d("2026-12-09"))
        )
    );
}

#[test]
fn tired_after_a_festival_night_that_went_on_late_is_no_observance() {
    let parsed = parse(
        "2026-11-09T08:20:00+00:00",
        "Diwali party went on very late, Millie is exhausted so I'll bring her in after lunch",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (parsed.reports.len(), r.to_session),
        (1, Session::Am),
        "{parsed:?}"
    );
    assert_ne!(r.code, Code::Religious, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn the_day_a_festival_is_expected_to_fall_on_is_the_day_away() {
    // Sent on a Thursday; the festival falls the next Wednesday.
    let parsed = parse(
        "2027-03-04T18:20:00+00:00",
        "Millie will be off for Holi, which we think will be on Wednesday. Thanks",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Religious, d("2027-03-10"), Some(d("2027-03-10")))
    );
    assert!(parsed.flags.is_empty(), "{parsed:?}");
}

#[test]
fn a_relatives_doctors_telling_the_family_to_come_is_no_appointment() {
    // Sent on a Thursday: away from Friday until the day before the return.
    let parsed = parse(
        "2026-11-05T07:30:00+00:00",
        "My dad is very ill in hospital in Accra and his doctors have told us to come now. We fly tomorrow morning and Millie will be back in school on Monday 16th November.",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (parsed.reports.len(), r.code, r.from, r.to, r.to_session),
        (
            1,
            Code::Exceptional,
            d("2026-11-06"),
            Some(d("2026-11-13")),
            Session::Pm
        ),
        "{parsed:?}"
    );
}

#[test]
fn a_child_being_admitted_to_the_ward_is_away_from_then() {
    let parsed = parse(
        "2027-02-23T08:30:00+00:00",
        "Ben is being admitted to the children's ward this afternoon, I'll pick him up at lunch and he'll be in hospital tomorrow too",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (
            parsed.reports.len(),
            r.code,
            r.from,
            r.from_session,
            r.to,
            r.to_session
        ),
        (
            1,
            Code::Medical,
            d("2027-02-23"),
            Session::Pm,
            Some(d("2027-02-24")),
            Session::Pm
        ),
        "{parsed:?}"
    );
}

#[test]
fn an_appointment_after_the_school_day_leaves_an_illness_the_whole_day() {
    let parsed = parse(
        "2027-02-24T08:10:00+00:00",
        "Ben has a high temperature so he's staying in bed today. His dentist is at 4 so I'll still take him if he's up to it",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (parsed.reports.len(), r.code, r.from_session, r.to_session),
        (1, Code::Illness, Session::Am, Session::Pm),
        "{parsed:?}"
    );
}

#[test]
fn a_week_tomorrow_and_friday_week_are_a_week_on() {
    // Sent on Monday 28th September.
    assert_eq!(
        days_away(
            "2026-09-28T08:30:00+01:00",
            "Ben has an eye test a week tomorrow so he'll be off that day"
        ),
        (d("2026-10-06"), Some(d("2026-10-06")))
    );
    assert_eq!(
        days_away(
            "2026-09-28T08:30:00+01:00",
            "Millie will be off Friday week for her cousin's wedding"
        ),
        (d("2026-10-09"), Some(d("2026-10-09")))
    );
}

#[test]
fn missing_the_last_week_before_half_term_ends_at_half_term() {
    // Sent in early October; half term starts on Monday 26th.
    assert_eq!(
        days_away(
            "2026-10-06T07:30:00+01:00",
            "We're off to Tenerife from Wednesday 21st so Millie will miss the last week before half term"
        ),
        (d("2026-10-21"), Some(d("2026-10-23")))
    );
}

#[test]
fn back_on_a_sunday_written_short_ends_the_week_before() {
    assert_eq!(
        days_away(
            "2026-10-06T07:30:00+01:00",
            "Taking Ben to Lanzarote from Thurs 15th Oct, back Sun 25th"
        ),
        (d("2026-10-15"), Some(d("2026-10-23")))
    );
}

#[test]
fn the_senders_own_condition_is_not_the_childs_illness() {
    let parsed = parse(
        "2027-02-26T07:50:00+00:00",
        "my migraine is so bad I can't drive, Ben won't be in today",
    );
    let (code, _, _) = one_report(&parsed);
    assert_ne!(code, Code::Illness, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn one_way_tickets_and_taken_out_for_good_leave_the_end_open() {
    for text in [
        "Ben will not be at school from tomorrow. We have one-way tickets to Baghdad and I do not know when we are coming back",
        "I'm taking Ben out of school for good as of today, we're moving about for a bit",
    ] {
        let parsed = parse("2026-10-19T07:30:00+01:00", text);
        let (_, _, to) = one_report(&parsed);
        assert_eq!(to, None, "{text}: {parsed:?}");
    }
}

#[test]
fn ringing_the_gp_is_no_appointment() {
    let ill = parse(
        "2026-09-30T07:05:00+01:00",
        "Ben's been up since 4 crying with his ear. Ringing the doctors at 8 so he won't be in",
    );
    assert_eq!(one_report(&ill).0, Code::Illness, "{ill:?}");
    let coming_in = parse(
        "2027-02-24T07:30:00+00:00",
        "Ben's coming in today but I wanted you to know he was very upset last night. I'm ringing the GP this morning",
    );
    assert!(coming_in.reports.is_empty(), "{coming_in:?}");
    assert!(coming_in.flags.contains(&Flag::NotAbsence), "{coming_in:?}");
}

#[test]
fn the_time_after_late_is_the_arrival_not_a_visitors() {
    let parsed = parse(
        "2027-03-09T08:15:00+00:00",
        "The plumber is coming at 9 so Ben will be late, about 10.30",
    );
    assert_eq!(parsed.reports[0].arrival, arrival("10:30"), "{parsed:?}");
}

#[test]
fn home_late_last_night_is_no_arrival_today() {
    let parsed = parse(
        "2027-02-03T07:55:00+00:00",
        "Ben went out on his bike at 5 yesterday and didn't come back till gone 10. He's too tired for school",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.from_session, r.to_session, r.arrival),
        (Session::Am, Session::Pm, None),
        "{parsed:?}"
    );
}

#[test]
fn a_concern_told_beside_the_child_being_in_is_no_leave() {
    let parsed = parse(
        "2027-01-11T08:00:00+00:00",
        "Ben will be in today but he went off with some older lads on Saturday and the police found him in town at midnight",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
}

#[test]
fn out_for_the_afternoon_and_a_hearing_aid_fitting_are_the_afternoon() {
    for (sent, text) in [
        (
            "2026-11-02T21:15:00+00:00",
            "Ben had his appointment at the eye clinic, he was only out for the afternoon",
        ),
        (
            "2026-11-20T12:30:00+00:00",
            "Picking Ben up at 1 for his hearing aid fitting, he won't be back today",
        ),
    ] {
        let parsed = parse(sent, text);
        let r = &parsed.reports[0];
        assert_eq!(
            (r.code, r.from_session, r.to_session),
            (Code::Medical, Session::Pm, Session::Pm),
            "{text}: {parsed:?}"
        );
    }
}

#[test]
fn a_length_that_could_be_is_no_certain_end() {
    assert_eq!(
        days_away(
            "2026-12-01T07:05:00+00:00",
            "Ben has chickenpox, the GP says he stays off until the spots scab over, which could be 5 days or so"
        ),
        (d("2026-12-01"), Some(d("2026-12-01")))
    );
}

#[test]
fn a_road_snowed_shut_and_a_train_strike_keep_a_child_home() {
    for text in [
        "Snow's closed the top road and the gritters haven't been up. We're stuck, can't get Millie down today.",
        "The lane is blocked with drifting snow, there is no way we can get Millie in today",
        "There is a strike of the trains today, all trains from Eastbridge are cancelled, so Millie cannot come to school",
    ] {
        let parsed = parse("2027-02-08T07:00:00+00:00", text);
        assert_eq!(
            one_report(&parsed),
            (
                Code::TravelDisruption,
                d("2027-02-08"),
                Some(d("2027-02-08"))
            ),
            "{text}: {parsed:?}"
        );
    }
}

#[test]
fn a_range_that_ends_in_the_holiday_ends_on_the_last_school_day() {
    // Friday 26 March 2027 is the Easter holiday's first day.
    let parsed = parse(
        "2027-02-03T19:20:00+00:00",
        "I am requesting leave for Millie from Monday 8th March to Friday 26th March, we are travelling to Pakistan",
    );
    let (_, from, to) = one_report(&parsed);
    assert_eq!(
        (from, to),
        (d("2027-03-08"), Some(d("2027-03-25"))),
        "{parsed:?}"
    );
}

#[test]
fn a_weekday_apologised_for_is_the_one_gone_by() {
    // Monday 25 January 2027: Friday is the 22nd.
    for text in [
        "Sorry about Friday, Millie had a very bad stomach ache and could not go. She is in school today.",
        "Sorry Millie wasn't in on Friday, she had a bad stomach ache",
    ] {
        assert_eq!(
            days_away("2027-01-25T08:10:00+00:00", text),
            (d("2027-01-22"), Some(d("2027-01-22"))),
            "{text}"
        );
    }
}

#[test]
fn an_hour_in_the_morning_a_rule_of_48_hours_clear_and_either_of_them() {
    let night = parse(
        "2027-06-15T07:30:00+01:00",
        "She rang me to come and get them at 1 in the morning, they've had hardly any sleep so I'm keeping them off today",
    );
    assert_eq!(
        (night.reports[0].from_session, night.reports[0].to_session),
        (Session::Am, Session::Pm),
        "{night:?}"
    );
    assert_eq!(
        days_away(
            "2027-05-02T18:00:00+01:00",
            "Millie has been sick all weekend, I know Monday is the bank holiday but she won't be in on Tuesday either, GP said 48 hours clear",
        ),
        (d("2027-05-04"), Some(d("2027-05-04")))
    );
    let both = parse(
        "2027-02-09T07:10:00+00:00",
        "The lane is blocked with drifts, can't get either of them in today, sorry",
    );
    assert_eq!(
        (both.reports.len(), both.reports[0].pupils.len()),
        (1, 2),
        "{both:?}"
    );
}

#[test]
fn the_last_days_of_school_missed_run_to_the_end_of_the_year() {
    assert_eq!(
        days_away(
            "2027-06-28T07:25:00+01:00",
            "We fly to Bulgaria on 15 July so the children miss the last days of school",
        ),
        (d("2027-07-15"), Some(d("2027-07-21")))
    );
}

#[test]
fn codes_for_orthodox_christmas_a_bumped_head_a_late_festival_and_a_day_more_to_be_safe() {
    for (received_at, text, code) in [
        (
            "2026-12-11T15:30:00+00:00",
            "We are Serbian Orthodox and we celebrate Christmas on 7th January, so Millie will be absent on Thursday 7th January",
            Code::Religious,
        ),
        (
            "2026-09-23T07:38:00+01:00",
            "Millie slipped on the stairs last night and has a big egg on her forehead, 111 said to keep an eye on her so I'm keeping her home",
            Code::Illness,
        ),
        (
            "2027-03-11T08:10:00+00:00",
            "Millie is too tired to come today, we had family round till very late for Eid. Will be in tomorrow",
            Code::UnauthorisedOther,
        ),
        (
            "2027-02-24T08:10:00+00:00",
            "Millie is feeling much better but I'm keeping her home one more day to be safe",
            Code::Illness,
        ),
    ] {
        let parsed = parse(received_at, text);
        assert_eq!(one_report(&parsed).0, code, "{text}: {parsed:?}");
    }
}

#[test]
fn a_cancelled_appointment_a_parent_late_at_home_time_and_a_lost_cat_are_no_absence() {
    let cancelled = parse(
        "2027-05-05T16:30:00+01:00",
        "Millie's orthodontist appointment on Friday has been cancelled so she WILL be in all day after all",
    );
    assert!(cancelled.reports.is_empty(), "{cancelled:?}");
    assert_no_absence(
        "2027-07-07T08:00:00+01:00",
        "The health visitor is coming for the baby's check at 2.45 so I might be 5 mins late for pick up, Millie's nan will be at the gate though",
    );
    assert_no_absence(
        "2027-05-06T08:00:00+01:00",
        "Our cat ran away two nights ago and Millie's been so upset. She's in today but might be a bit teary",
    );
}

#[test]
fn back_after_some_months_leaves_the_end_open() {
    assert_eq!(
        days_away(
            "2027-05-18T19:30:00+01:00",
            "Millie will not be in school from Monday 24th May. We are going to Pakistan for a wedding. We will come back after some months.",
        ),
        (d("2027-05-24"), None)
    );
}

#[test]
fn not_in_at_all_is_the_whole_day_whatever_time_is_told() {
    let parsed = parse(
        "2027-03-03T20:15:00+00:00",
        "Millie had an appointment at the children's hospital this morning and we were stuck there until after 2, so she didn't come in at all today",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Medical, Session::Am, Session::Pm),
        "{parsed:?}"
    );
}

#[test]
fn a_class_feast_is_no_feast_of_the_church() {
    assert_no_absence(
        "2027-06-22T19:30:00+01:00",
        "For the Tudor feast day on Thursday Millie is meant to be bringing in a knife for spreading. Is a normal butter knife ok?",
    );
    let saint = parse(
        "2026-11-26T20:15:00+00:00",
        "Millie will not be in school on Monday 30th November, it is the feast of St Andrew",
    );
    assert_eq!(one_report(&saint).0, Code::Religious, "{saint:?}");
}

#[test]
fn resumes_on_a_day_is_back_that_day() {
    // Friday 4 December 2026.
    assert_eq!(
        days_away(
            "2026-12-04T08:50:00+00:00",
            "Millie woke up complaining of headache and body pain. I will be taking her to hospital for check up. She will resume on Monday.",
        ),
        (d("2026-12-04"), Some(d("2026-12-04")))
    );
}

#[test]
fn come_out_of_school_ill_before_a_holiday_is_no_absence() {
    assert_no_absence(
        "2027-02-12T15:50:00+00:00",
        "Millie's come out of school with a temp, typical as it's half term! At least she won't miss any school",
    );
}

#[test]
fn asking_if_the_child_may_still_come_in_is_no_absence() {
    assert_no_absence(
        "2027-07-02T08:00:00+01:00",
        "It's sports day today and Millie sprained her ankle at netball last night so she can't run. Is it ok if she still comes in and cheers her team on?",
    );
}

#[test]
fn a_parent_not_answering_in_the_day_reports_no_absence() {
    let parsed = parse(
        "2027-03-23T20:00:00+00:00",
        "Just so you know I'm on jury service for the next two weeks so I might not answer my phone in the day, please ring Millie's dad first if you need anything.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn a_cold_told_by_its_signs_or_in_a_list_is_illness() {
    for text in [
        "Morning, Millie's woken up with a really hoarse voice and a temperature. She's so sad to miss the Christmas fair",
        "Millie has a runny nose and a high temp so staying home",
        "Millie has lost her voice and is full of cold",
    ] {
        let parsed = parse("2026-12-10T08:05:00+00:00", text);
        assert_eq!(one_report(&parsed).0, Code::Illness, "{text}: {parsed:?}");
    }
}

#[test]
fn things_that_keep_falling_off_keep_no_child_off() {
    assert!(
        parse(
            "2026-12-03T20:30:00+00:00",
            "The halo on Millie's costume is lovely but the wings keep falling off. Can she wear a headband with it instead?",
        )
        .reports
        .is_empty()
    );
}

#[test]
fn a_run_on_text_names_each_child_with_their_own_news() {
    for text in [
        "hiya its Dave Millie and Ben's step dad Ben's been sick all night with a bug Millie's fine she'll be in as normal ta",
        "hello this is Millie and Ben's mum Ben has got a temperature so he won't be in today but Millie will be in as usual thanks bye",
    ] {
        let parsed = parse("2027-01-25T07:55:00+00:00", text);
        assert_eq!(parsed.reports.len(), 1, "{text}: {parsed:?}");
        assert_eq!(parsed.reports[0].pupils, ["Ben"], "{text}");
        assert_eq!(parsed.reports[0].code, Code::Illness, "{text}");
    }
}

#[test]
fn not_in_yesterday_or_today_is_both_days() {
    assert_eq!(
        days_away(
            "2027-01-07T08:10:00+00:00",
            "So sorry Millie wasn't in yesterday or today, she's had a terrible tummy ache. Hopefully back tomorrow.",
        ),
        (d("2027-01-06"), Some(d("2027-01-07")))
    );
}

#[test]
fn not_in_all_week_in_reply_to_a_chase_is_every_day_of_the_week() {
    // Thursday 19 November 2026.
    let parsed = reply_to_chase(
        "2026-11-19T10:05:00+00:00",
        "2026-11-19",
        "Sorry she hasn't been in all week, she's had a horrible flu.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-11-16"), Some(d("2026-11-19")))
    );
}

#[test]
fn brought_in_after_the_appointment_or_back_in_over_lunch_is_the_morning() {
    for (at, text) in [
        (
            "2026-10-05T09:40:00+01:00",
            "at the orthodontist sorry, bringin her in after",
        ),
        (
            "2026-10-05T12:35:00+01:00",
            "Sorry I forgot to ring, she had the dentist this morning, she's back in now",
        ),
    ] {
        // Replies to the morning's chase.
        let parsed = reply_to_chase(at, "2026-10-05", text);
        let r = &parsed.reports[0];
        assert_eq!(
            (r.code, r.to_session),
            (Code::Medical, Session::Am),
            "{text}: {parsed:?}"
        );
    }
}

#[test]
fn missing_the_afternoon_as_well_is_the_whole_day() {
    let parsed = parse(
        "2026-11-30T12:20:00+00:00",
        "The clinic ran so late, we've only just been seen. We won't be back before 1 so Millie will miss the afternoon too",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.from_session, r.to_session),
        (Session::Am, Session::Pm),
        "{parsed:?}"
    );
}

#[test]
fn others_filming_the_child_is_no_performance() {
    let parsed = parse(
        "2027-03-02T07:45:00+00:00",
        "Millie is staying home today. Some boys have been filming her in the changing rooms and sharing it, she was sick with worry all night.",
    );
    assert_ne!(
        one_report(&parsed).0,
        Code::RegulatedPerformance,
        "{parsed:?}"
    );
}

#[test]
fn a_visit_or_meeting_at_a_time_is_no_arrival() {
    let visit = parse(
        "2027-01-26T07:50:00+00:00",
        "Someone has been messaging Millie online asking for photos. The police are coming round at 10 to see her, so she won't be in this morning. I'll bring her in after lunch",
    );
    let r = &visit.reports[0];
    assert_eq!((r.arrival, r.to_session), (None, Session::Am), "{visit:?}");
    let meeting = parse(
        "2027-06-08T08:00:00+01:00",
        "There is a meeting with the social worker at 11 today and I have to have the children with me. Millie and Ben will not be in today.",
    );
    assert_eq!(meeting.reports.len(), 1, "{meeting:?}");
    assert_eq!(meeting.reports[0].arrival, None);
}

#[test]
fn back_late_on_a_night_is_no_late_arrival() {
    let parsed = parse(
        "2026-09-14T06:48:00+01:00",
        "Please may Millie and Ben have Thursday 17th off for their great grandma's funeral in Cardiff. We'll be back late Thursday night so they'll be in on Friday.",
    );
    assert_eq!(one_report(&parsed).0, Code::Exceptional, "{parsed:?}");
}

#[test]
fn staying_for_some_months_leaves_the_end_open() {
    assert_eq!(
        days_away(
            "2027-05-19T18:00:00+01:00",
            "We go to Bangladesh for a family wedding. Millie will not come to school from Monday 24 May, she will stay with her grandparents for some months.",
        ),
        (d("2027-05-24"), None)
    );
}

#[test]
fn a_day_then_come_back_or_normal_is_the_day_back() {
    assert_eq!(
        days_away(
            "2027-03-03T14:20:00+00:00",
            "Hello teacher, tomorrow Thursday Millie go to the embassy in London for visa appointment, all day. Friday come back.",
        ),
        (d("2027-03-04"), Some(d("2027-03-04")))
    );
    assert_eq!(
        days_away(
            "2027-03-22T07:30:00+00:00",
            "Millie hospital appointment 2pm today, I pick up her 1 o'clock. Tomorrow normal",
        ),
        (d("2027-03-22"), Some(d("2027-03-22")))
    );
}

#[test]
fn both_late_after_one_childs_reason_is_both() {
    let parsed = parse(
        "2026-09-04T08:40:00+01:00",
        "Running late, so sorry! Millie's lost her book bag 🙄 the pair of them will be there for 9.10 at the latest",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia", "Ben"]);
    assert_eq!(parsed.reports[0].code, Code::Late);
}

#[test]
fn in_today_after_a_day_gone_is_the_day_back() {
    // Monday 12 October 2026, in reply to Friday's chase.
    let parsed = reply_to_chase(
        "2026-10-12T08:10:00+01:00",
        "2026-10-09",
        "So sorry, I forgot to let you know on Friday, Millie had a temperature and was shivery all day. All fine now and they're both in today",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2026-10-09"), Some(d("2026-10-09")))
    );
}

#[test]
fn a_photo_not_sent_is_no_child_kept_home() {
    let parsed = parse(
        "2026-09-20T21:15:00+01:00",
        "Someone on a game asked Millie for a picture of herself. She says she didn't send one and I've blocked him. She'll be in school tomorrow as normal.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn brought_in_this_afternoon_is_away_for_the_morning() {
    let parsed = parse(
        "2027-05-13T07:50:00+01:00",
        "Millie was up half the night with a bad tummy, she's fast asleep now, I'll bring her in this afternoon",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Illness, Session::Am, Session::Am),
        "{parsed:?}"
    );
}

#[test]
fn a_day_tried_or_hanging_on_the_illness_is_no_certain_day_away() {
    for text in [
        "Millie's asthma is bad with this cold so I'm keeping her home today, will try her tomorrow",
        "Millie has a temperature so she's staying home today. I'll message you tomorrow morning if she's still poorly",
        "Millie has the flu, she is not coming today, inshallah tomorrow",
    ] {
        assert_eq!(
            days_away("2026-11-11T08:10:00+00:00", text),
            (d("2026-11-11"), Some(d("2026-11-11"))),
            "{text}"
        );
    }
}

#[test]
fn better_today_and_coming_to_school_is_today_back() {
    let parsed = reply_to_chase(
        "2027-06-11T07:40:00+01:00",
        "2027-06-10",
        "Sorry I not reply yesterday. Millie had a very bad stomach. Today she is better so she is going to school.",
    );
    assert_eq!(
        one_report(&parsed),
        (Code::Illness, d("2027-06-10"), Some(d("2027-06-10")))
    );
}

#[test]
fn transport_that_failed_with_a_morning_time_is_the_morning() {
    let parsed = parse(
        "2026-11-11T08:40:00+00:00",
        "council taxi never turned up for Millie again, I'll drop her myself about 10",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.to_session),
        (Code::TransportUnavailable, Session::Am),
        "{parsed:?}"
    );
}

#[test]
fn dropped_back_for_the_afternoon_register_missed_the_morning() {
    let parsed = parse(
        "2026-11-11T12:50:00+00:00",
        "Millie's had her brace tightened at the orthodontist this morning, I'll drop her back for 1.05",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Medical, Session::Am, Session::Am),
        "{parsed:?}"
    );
}

#[test]
fn a_cast_not_to_get_wet_for_weeks_is_no_length_away() {
    assert_eq!(
        days_away(
            "2026-10-12T08:20:00+00:00",
            "Millie broke her wrist at the park yesterday so she's off today, she can't get her cast wet for six weeks either",
        ),
        (d("2026-10-12"), Some(d("2026-10-12")))
    );
}

#[test]
fn leave_asked_for_as_a_question_is_an_absence_for_a_person() {
    for (text, from, to) in [
        (
            "Morning! Is it ok if Millie has Friday off? We've got a family thing on",
            "2027-03-05",
            "2027-03-05",
        ),
        (
            "Would it be alright if Millie had tomorrow and Friday off for a rest? She's shattered",
            "2027-03-04",
            "2027-03-05",
        ),
    ] {
        let parsed = parse("2027-03-03T15:40:00+00:00", text);
        let (_, f, t) = one_report(&parsed);
        assert_eq!((f, t), (d(from), Some(d(to))), "{text}");
        assert!(
            parsed.flags.contains(&Flag::NeedsStaff),
            "{text}: {parsed:?}"
        );
    }
    let work = parse(
        "2027-03-03T15:40:00+00:00",
        "I've taken Friday off work so I can come to the class assembly",
    );
    assert!(work.reports.is_empty(), "{work:?}");
}

/// Whether the message carries `flag`.
fn flagged(parsed: &ParsedMessage, flag: Flag) -> bool {
    parsed.flags.contains(&flag)
}

#[test]
fn a_child_kept_home_to_mind_others_while_work_will_not_spare_the_parent_is_for_the_dsl() {
    for text in [
        "Millie is home watching her baby brother today, I've had to start a new job and they won't give me time off yet",
        "Millie's stopping at home to care for her grandad who is bed bound, his carer didn't come again and I've got to work",
        "She's at home looking after her little sister, I can't afford to lose any more shifts",
    ] {
        let parsed = parse("2027-03-09T08:10:00+00:00", text);
        assert!(flagged(&parsed, Flag::Safeguarding), "{text}: {parsed:?}");
    }
    // One day's minding while the parent works is parsing.md's `O` alone.
    let parsed = parse(
        "2027-03-09T08:10:00+00:00",
        "Millie is staying home today to mind her little brother as I have to go to work",
    );
    assert!(!flagged(&parsed, Flag::Safeguarding), "{parsed:?}");
}

#[test]
fn where_the_child_is_withheld_in_reply_to_the_chase_is_for_the_dsl_and_a_person() {
    let parsed = reply_to_chase(
        "2026-09-08T10:40:00+01:00",
        "2026-09-08",
        "She's ok. She is with her aunty. None of your business where",
    );
    assert!(flagged(&parsed, Flag::Safeguarding), "{parsed:?}");
    assert!(flagged(&parsed, Flag::NeedsStaff), "{parsed:?}");
    assert!(!flagged(&parsed, Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn a_fall_again_and_pain_left_after_being_struck_off_are_for_the_dsl() {
    for text in [
        "Millie won't be in, she slipped on the stairs again and her cheek is all swollen. She's fine, always falling over",
        "Millie's off, her tooth is killing her again, we were struck off the dentist's list so I'm just giving her ibuprofen",
    ] {
        let parsed = parse("2027-03-09T08:10:00+00:00", text);
        assert!(flagged(&parsed, Flag::Safeguarding), "{text}: {parsed:?}");
    }
}

#[test]
fn a_parent_in_hospital_told_without_the_apostrophe_is_for_the_dsl() {
    let parsed = parse(
        "2027-05-13T07:40:00+01:00",
        "Hi its Tom, Millies mums partner. Her mums in hospital so Millie is stopping at mine for now. Shes got a cough so im keeping her off today",
    );
    assert!(flagged(&parsed, Flag::Safeguarding), "{parsed:?}");
}

#[test]
fn everyday_words_that_sound_like_a_concern_stay_quiet() {
    for text in [
        "Morning, I'm afraid she'll have to stay off today, the rash is no better",
        "Millie says the police are coming into school next week with their dog, is that right?",
        "The boiler has packed in so we're waiting in for the engineer, Millie will be in for 10",
    ] {
        let parsed = parse("2027-02-11T08:05:00+00:00", text);
        assert!(!flagged(&parsed, Flag::Safeguarding), "{text}: {parsed:?}");
    }
}

#[test]
fn floods_of_tears_is_no_disruption_to_travel() {
    let (code, _, _) = one_report(&parse(
        "2027-05-14T08:45:00+01:00",
        "Millie was in floods of tears about her test and then sick, so she's staying home today",
    ));
    assert_eq!(code, Code::Illness);
}

#[test]
fn in_by_lunch_is_the_morning_away() {
    assert_eq!(
        sessions_away(
            "2027-03-15T08:15:00+00:00",
            "Millie trapped her fingers in the gate this morning, we're at the minor injuries unit now, hopefully in by lunch",
        ),
        (Session::Am, Session::Am)
    );
}

#[test]
fn let_out_at_an_afternoon_time_is_the_afternoon_away() {
    assert_eq!(
        sessions_away(
            "2027-03-12T10:10:00+00:00",
            "Can Millie come out at 1.30 today please, her cousin is getting married and we're going to the evening do",
        ),
        (Session::Pm, Session::Pm)
    );
}

#[test]
fn the_day_of_return_told_as_a_return_date_ends_the_absence_the_day_before() {
    for text in [
        "We are taking Millie out of school for a family holiday in Poland from Monday 8th March. Her's return to school will be on Monday 15th March",
        "Millie will be on holiday in Poland from Monday 8th March and her return will be on Monday 15th March",
    ] {
        assert_eq!(
            days_away("2027-03-01T19:00:00+00:00", text),
            (d("2027-03-08"), Some(d("2027-03-12"))),
            "{text}"
        );
    }
}

#[test]
fn a_child_said_not_ill_in_a_crisis_has_no_illness_recorded() {
    let (code, _, _) = one_report(&parse(
        "2027-04-20T08:00:00+01:00",
        "Millie won't be in today. Someone online has been threatening to share a photo of her and she keeps saying she wants to die. She is not ill, I just can't send her in like this",
    ));
    assert_ne!(code, Code::Illness);
}

#[test]
fn the_council_s_taxi_kept_away_by_ice_is_transport_not_provided() {
    let (code, _, _) = one_report(&parse(
        "2027-01-06T07:55:00+00:00",
        "The council taxi isn't coming for Millie, they've got no drivers because of the ice, so she can't get in today",
    ));
    assert_eq!(code, Code::TransportUnavailable);
    // A public bus stopped by the snow is disruption to travel.
    let (code, _, _) = one_report(&parse(
        "2027-01-06T07:55:00+00:00",
        "The lanes are sheet ice and the bus isn't running, so Millie won't make it in today",
    ));
    assert_eq!(code, Code::TravelDisruption);
}

#[test]
fn sent_to_reception_before_noon_for_an_afternoon_appointment_is_the_afternoon() {
    assert_eq!(
        sessions_away(
            "2026-12-01T10:40:00+00:00",
            "Please can you send Millie to reception at 11.50, she has the optician at 12.20 and I'll bring her back if we're quick",
        ),
        (Session::Pm, Session::Pm)
    );
}

#[test]
fn a_day_hoped_for_five_words_on_is_still_a_hope() {
    assert_eq!(
        days_away(
            "2027-07-06T07:50:00+01:00",
            "Millie has conjunctivitis so she's off today, hopefully back for the sponsored walk tomorrow",
        ),
        (d("2027-07-06"), Some(d("2027-07-06")))
    );
}

#[test]
fn the_day_the_school_sent_the_child_home_is_not_a_day_away() {
    assert_eq!(
        days_away(
            "2026-09-24T17:05:00+01:00",
            "Millie is still really hot after you sent her home today, she won't be in tomorrow",
        ),
        (d("2026-09-25"), Some(d("2026-09-25")))
    );
}

#[test]
fn a_holiday_next_week_is_the_whole_of_next_week_unless_it_is_half_term() {
    let (code, from, to) = one_report(&parse(
        "2027-03-03T19:40:00+00:00",
        "We're going on holiday to Lanzarote next week, I know it's term time. Thanks",
    ));
    assert_eq!(
        (code, from, to),
        (
            Code::HolidayNotAgreed,
            d("2027-03-08"),
            Some(d("2027-03-12"))
        )
    );
    // Next week is half term: no school to miss.
    let parsed = parse(
        "2027-02-09T19:40:00+00:00",
        "We're going on holiday to Lanzarote next week, can't wait",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn too_shaken_for_school_and_kept_off_last_in_the_sentence_are_absences() {
    assert_eq!(
        days_away(
            "2027-01-12T07:30:00+00:00",
            "There was a fire in the flat below last night and Millie is in no state for school",
        ),
        (d("2027-01-12"), Some(d("2027-01-12")))
    );
    // Said to be fine after it: fine in herself, still off.
    let (code, _, _) = one_report(&parse(
        "2027-01-12T07:30:00+00:00",
        "Millie has an ear infection so we're keeping her off. She'll be fine",
    ));
    assert_eq!(code, Code::Illness);
}

#[test]
fn in_reply_to_a_chase_the_absence_is_the_chased_childs_whoever_else_is_named() {
    // An older brother not on the roster is named; the chase asked about
    // Millie.
    let parsed = reply_to_chase(
        "2027-02-08T10:40:00+00:00",
        "2027-02-08",
        "Sorry, their big brother Kyle got taken to A&E in the night and I've not slept, couldn't do the school run",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
    // The other child said to be in with a parent is in, not away.
    let parsed = reply_to_chase(
        "2027-02-08T10:40:00+00:00",
        "2027-02-08",
        "so sorry! she woke up with conjunctivitis, she's staying home today. Ben is in with his dad",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
}

#[test]
fn in_school_on_a_day_after_a_trip_is_the_day_back_even_beside_a_concern() {
    // The girl's own engagement is a concern; "will be in school on" a
    // later day is still her return, so the weeks away are reported.
    let parsed = parse(
        "2027-01-20T20:00:00+00:00",
        "We fly to Dhaka on Monday 1st March for Millie's engagement to her cousin. Millie will be in school on Monday 22nd March.",
    );
    assert!(parsed.flags.contains(&Flag::Safeguarding), "{parsed:?}");
    let (_, from, to) = one_report(&parsed);
    assert_eq!((from, to), (d("2027-03-01"), Some(d("2027-03-19"))));
}

#[test]
fn tomorrow_across_a_holiday_is_no_school_day() {
    // Sent on the last morning of the autumn term: the party is on
    // Saturday, not on the first day of the spring term.
    assert_eq!(
        sessions_away(
            "2026-12-18T10:15:00+00:00",
            "Can I collect Millie at 1.15 today please, we're driving to Cornwall for her grandad's 80th party tomorrow",
        ),
        (Session::Pm, Session::Pm)
    );
    assert_eq!(
        days_away(
            "2026-12-18T10:15:00+00:00",
            "Can I collect Millie at 1.15 today please, we're driving to Cornwall for her grandad's 80th party tomorrow",
        ),
        (d("2026-12-18"), Some(d("2026-12-18")))
    );
    // Over a weekend, tomorrow is still the next school day.
    assert_eq!(
        days_away(
            "2027-01-16T18:00:00+00:00",
            "Millie has been sick all afternoon, she won't be in tomorrow",
        ),
        (d("2027-01-18"), Some(d("2027-01-18")))
    );
}

#[test]
fn a_weekday_that_is_not_the_date_beside_it_goes_to_a_person() {
    let slip = parse(
        "2027-03-08T08:00:00+00:00",
        "Millie has the orthodontist on Wednesday 16th at 2, I'll collect her at 1.30",
    );
    assert!(slip.has(Flag::NeedsStaff), "{slip:?}");
    let as_it_falls = parse(
        "2027-03-08T08:00:00+00:00",
        "Millie has the orthodontist on Tuesday 16th at 2, I'll collect her at 1.30",
    );
    assert!(!as_it_falls.has(Flag::NeedsStaff), "{as_it_falls:?}");
    assert_eq!(one_report(&as_it_falls).1, d("2027-03-16"));
}

#[test]
fn a_part_of_the_day_gone_by_when_something_was_done_is_no_day_away() {
    // Sent that evening: the operation is today's news, the absence is to
    // come.
    let (from, to) = days_away(
        "2027-02-03T19:10:00+00:00",
        "Millie had her appendix out this afternoon and is doing well, the surgeon said she won't be back until after half term.",
    );
    assert_eq!((from, to), (d("2027-02-04"), None));
    // An afternoon told as the absence itself still is one.
    let (from, _) = days_away(
        "2027-02-03T19:10:00+00:00",
        "Sorry Millie was off this afternoon, she was sick after lunch and I collected her",
    );
    assert_eq!(from, d("2027-02-03"));
}

#[test]
fn staying_late_after_school_is_no_late_arrival() {
    assert_no_absence(
        "2026-12-07T07:15:00+00:00",
        "Does Millie need to stay late on Wednesday for the play rehearsal? Nobody has told us a time",
    );
}

#[test]
fn a_date_of_birth_in_a_doctors_letter_is_no_day_away() {
    let parsed = parse(
        "2026-11-09T08:00:00+00:00",
        "Millie has glandular fever and the GP says she must not come back before Monday 16th. Her letter: Re: Amelia Okafor, DOB 02/07/2018. She should rest at home.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(one_report(&parsed).2, Some(d("2026-11-13")));
}

#[test]
fn asking_whether_to_keep_a_child_home_if_it_gets_worse_is_no_absence() {
    assert_no_absence(
        "2027-01-12T11:30:00+00:00",
        "Ben has a bit of a cough but he went in this morning. Do we need to keep him off if it turns into a temperature?",
    );
    // Asked of today with no condition, it is the day off it asks about.
    let parsed = parse(
        "2027-01-12T07:30:00+00:00",
        "Ben was sick in the night, should I keep him off today?",
    );
    assert_eq!(one_report(&parsed).1, d("2027-01-12"));
}

#[test]
fn a_collection_time_after_the_office_rang_is_no_arrival() {
    let parsed = parse(
        "2027-01-14T12:50:00+00:00",
        "The office just called about Ben's high temperature, I'm on my way and will pick him up at half 1",
    );
    let r = &parsed.reports[0];
    assert_eq!(r.code, Code::Illness, "{parsed:?}");
    assert_eq!(r.arrival, None);
    assert_eq!((r.from_session, r.to_session), (Session::Pm, Session::Pm));
}

#[test]
fn not_got_to_school_till_a_time_is_a_late_arrival() {
    let parsed = parse(
        "2027-05-17T07:05:00+01:00",
        "I've been called into the maternity unit, my sister is taking Millie but won't get her to school until about 10",
    );
    let r = &parsed.reports[0];
    assert_eq!(r.code, Code::LateAfterClose, "{parsed:?}");
    assert_eq!(r.arrival, arrival("10:00"));
}

#[test]
fn the_parents_own_lateness_and_an_overrunning_meeting_are_no_late_child() {
    let parsed = parse(
        "2027-01-14T08:40:00+00:00",
        "Millie is refusing to get dressed for school again and now I'll be late for work. Please ring me",
    );
    assert_eq!(one_report(&parsed).0, Code::NoReasonYet, "{parsed:?}");
    let parsed = parse(
        "2027-03-16T11:00:00+00:00",
        "My meeting this afternoon is going to run late, can Ben go to after school club today please?",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn a_worry_if_not_there_by_a_time_is_no_arrival() {
    let parsed = parse(
        "2026-09-03T07:55:00+01:00",
        "Millie is walking to school by herself today for the first time. If she isn't there by 9 please text me",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn let_out_at_an_afternoon_time_is_the_afternoon() {
    let parsed = parse(
        "2026-09-30T16:30:00+01:00",
        "Could Millie be let out at 1.30 tomorrow please? Her gymnastics squad is travelling to a county competition",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(
        (parsed.reports[0].from_session, parsed.reports[0].to_session),
        (Session::Pm, Session::Pm)
    );
}

#[test]
fn picked_up_at_home_time_misses_no_session_of_tomorrow() {
    let (from, to) = sessions_away(
        "2026-09-22T15:40:00+01:00",
        "Just collected Millie and she says her throat is really sore, I'll get her to the doctor first thing so she won't be in tomorrow",
    );
    assert_eq!((from, to), (Session::Am, Session::Pm));
}

#[test]
fn at_school_on_a_day_is_back_on_it() {
    let (from, to) = days_away(
        "2027-01-11T08:00:00+00:00",
        "My father died on Friday and we have flown out for the burial so Millie is off, she will be at school on Thursday 14th",
    );
    assert_eq!((from, to), (d("2027-01-11"), Some(d("2027-01-13"))));
}

#[test]
fn a_weekday_after_a_missed_reply_is_the_one_gone() {
    let (from, to) = days_away(
        "2027-06-14T07:40:00+01:00",
        "Sorry I didn't get back to you on Friday, Millie had a sore throat.",
    );
    assert_eq!((from, to), (d("2027-06-11"), Some(d("2027-06-11"))));
}

#[test]
fn both_in_today_with_a_question_is_no_absence() {
    assert_no_absence(
        "2027-06-18T08:30:00+01:00",
        "both in today but could they have school dinners please, I forgot to make lunches",
    );
}

#[test]
fn a_gadget_taken_away_for_a_week_is_no_length_away() {
    let (from, to) = days_away(
        "2027-04-28T08:10:00+01:00",
        "Millie was gaming till 2am so she's too tired for school, I'm keeping her home and she's banned from the tablet for a week",
    );
    assert_eq!((from, to), (d("2027-04-28"), Some(d("2027-04-28"))));
}

#[test]
fn a_trip_wholly_inside_the_christmas_holiday_reports_no_day_away() {
    let parsed = parse(
        "2026-12-09T18:00:00+00:00",
        "We fly to Accra on the 20th and come back on the 2nd of January, just so you know in case you need us",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

#[test]
fn a_passport_renewal_at_a_high_commission_is_exceptional() {
    let parsed = parse(
        "2027-01-22T17:30:00+00:00",
        "Ben won't be in on Monday, we have an appointment at the Nigeria High Commission in London to renew his passport",
    );
    assert_eq!(one_report(&parsed).0, Code::Exceptional, "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NeedsStaff));
}

#[test]
fn hours_away_said_of_a_place_is_no_arrival_time() {
    let parsed = parse(
        "2027-01-12T08:30:00+00:00",
        "We lost the flat and the council moved us to a hostel in Luton, it's 2 hours away by bus. I can't get the kids in",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_ne!(parsed.reports[0].code, Code::LateAfterClose);
    assert_eq!(parsed.reports[0].to_session, Session::Pm);
}

#[test]
fn a_hyphenated_name_that_cannot_be_got_in_is_away() {
    let input = message(
        "2027-01-06T07:35:00+00:00",
        vec![child("Rosie-Mae", None, "Y1")],
        "Flooded lane and the bridge is shut, no way we can get Rosie-Mae in today. Sorry",
    );
    let parsed = parse_message(&input, &FERNHILL);
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Rosie-Mae"]);
}

#[test]
fn a_seasons_greeting_before_an_illness_is_no_other_business() {
    let parsed = parse(
        "2027-01-05T07:20:00+00:00",
        "Happy new year! Ben has a temperature and a rash so I'm taking him to the doctor this morning",
    );
    assert_eq!(one_report(&parsed).0, Code::Illness, "{parsed:?}");
    assert!(!parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn back_after_a_named_holiday_is_away_until_it() {
    let (from, to) = days_away(
        "2026-09-09T19:00:00+01:00",
        "Millie is off on a family holiday to Kerala from Tuesday 15th September, she'll be back after the October half term",
    );
    assert_eq!((from, to), (d("2026-09-15"), Some(d("2026-10-23"))));
    let (_, to) = days_away(
        "2026-09-09T19:00:00+01:00",
        "Millie is off on a family holiday to Kerala from Tuesday 15th September, back after the October holiday",
    );
    assert_eq!(to, Some(d("2026-10-23")));
}

#[test]
fn back_at_the_end_of_a_month_after_term_is_the_years_last_day() {
    let (_, to) = days_away(
        "2027-06-22T18:00:00+01:00",
        "We're taking Millie to see family in Lahore from 5th July, we come back end of August",
    );
    assert_eq!(to, Some(d("2027-07-21")));
}

#[test]
fn a_wait_told_straight_after_the_next_day_keeps_only_today() {
    let (from, to) = days_away(
        "2026-12-10T09:40:00+00:00",
        "Millie went into hospital with her asthma in the night, the doctors are keeping her in today, tomorrow we see",
    );
    assert_eq!((from, to), (d("2026-12-10"), Some(d("2026-12-10"))));
    // Said after both days, the wait keeps them.
    let (_, to) = days_away(
        "2026-11-02T07:25:00+00:00",
        "Millie twisted her knee at dance, keeping her off today and tomorrow and then we'll see",
    );
    assert_eq!(to, Some(d("2026-11-03")));
}

#[test]
fn children_late_together_arrive_at_the_one_time_told() {
    for text in [
        "Millie will be late today, we have a problem with the car. Ben also late. We come 9.30 maybe",
        "Running late with both this morning, Millie's shoe strap snapped halfway there, be with you 9.20ish",
    ] {
        let parsed = parse("2026-11-17T08:35:00+00:00", text);
        assert_eq!(parsed.reports.len(), 1, "{text}: {parsed:?}");
        let report = &parsed.reports[0];
        assert_eq!(report.pupils.len(), 2, "{text}: {parsed:?}");
        assert_eq!(report.code, Code::LateAfterClose, "{text}");
        assert!(report.arrival.is_some(), "{text}");
    }
}

#[test]
fn an_injury_told_with_the_child_in_is_no_absence() {
    assert_no_absence(
        "2027-05-10T08:00:00+01:00",
        "Millie got kicked in the face at football on Saturday, her nose is a bit swollen but the doctor says it's not broken. She's in, Ben too",
    );
    assert_no_absence(
        "2027-06-21T08:00:00+01:00",
        "Millie has stitches in her chin after she fell off the monkey bars. The hospital said she can do everything except PE this week. Ben also in.",
    );
}

#[test]
fn missing_the_schools_last_day_is_that_day_only() {
    // 18 December is the autumn term's last day.
    let (from, to) = days_away(
        "2026-12-17T20:45:00+00:00",
        "Millie has the flu that's going round so she'll miss the last day tomorrow, happy Christmas all",
    );
    assert_eq!((from, to), (d("2026-12-18"), Some(d("2026-12-18"))));
}

#[test]
fn a_child_brought_after_lunch_or_collected_at_lunch_misses_half_the_day() {
    assert_eq!(
        sessions_away(
            "2027-01-08T08:20:00+00:00",
            "Millie is shattered after her cousin's birthday do last night, I'll drop her after lunch",
        ),
        (Session::Am, Session::Am)
    );
    let parsed = parse(
        "2027-06-16T09:30:00+01:00",
        "Just so you know I'm collecting Millie at lunchtime today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(
        (parsed.reports[0].from_session, parsed.reports[0].to_session),
        (Session::Pm, Session::Pm)
    );
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_review_that_is_the_appointment_names_the_day_away() {
    let (code, from, to) = one_report(&parse(
        "2027-01-12T16:30:00+00:00",
        "Millie has her epilepsy review on Friday at 11 so she'll miss the morning",
    ));
    assert_eq!(
        (code, from, to),
        (Code::Medical, d("2027-01-15"), Some(d("2027-01-15")))
    );
}

#[test]
fn trying_again_tomorrow_keeps_only_today() {
    let (from, to) = days_away(
        "2026-10-21T08:05:00+01:00",
        "Millie won't go in, crying with a sore tummy. She stay home today, tomorrow we try again",
    );
    assert_eq!((from, to), (d("2026-10-21"), Some(d("2026-10-21"))));
}

#[test]
fn a_child_leaving_the_school_has_no_end() {
    let (_, from, to) = one_report(&parse(
        "2027-04-26T19:00:00+01:00",
        "Millie will not attend from Wednesday, she goes to live with her aunt in Iasi and she will go to school there",
    ));
    assert_eq!((from, to), (d("2027-04-28"), None));
}

#[test]
fn the_afternoon_asked_off_is_the_afternoon() {
    assert_eq!(
        sessions_away(
            "2026-11-09T08:30:00+00:00",
            "Could Millie have the afternoon off on Thursday for her grandad's 80th? It's a lunch at the golf club",
        ),
        (Session::Pm, Session::Pm)
    );
}

#[test]
fn an_appointment_with_the_child_back_tomorrow_is_the_whole_day() {
    assert_eq!(
        sessions_away(
            "2027-02-24T09:50:00+00:00",
            "Millie has her scan at the General at 10.30, she'll be back in tomorrow",
        ),
        (Session::Am, Session::Pm)
    );
}

#[test]
fn a_question_that_names_no_day_reports_nothing() {
    assert_no_absence(
        "2027-02-16T10:00:00+00:00",
        "Hello, when are the Year 3 swimming lessons this term? We want to book Millie's grommets op around them. Thanks",
    );
    assert_no_absence(
        "2027-01-06T08:30:00+00:00",
        "Is it ok for Millie to come in with a bit of a rash on her hands? It's just eczema",
    );
}

#[test]
fn a_dotted_date_after_on_is_a_day() {
    let (_, from, to) = one_report(&parse(
        "2027-01-27T18:00:00+00:00",
        "Millie has a dance exam in Birmingham on 09.02, all day, could she be excused?",
    ));
    assert_eq!((from, to), (d("2027-02-09"), Some(d("2027-02-09"))));
}

#[test]
fn a_clinic_that_runs_late_keeps_the_child_for_the_part_told() {
    // Back at 1: the morning was missed, whatever the clinic's delay.
    assert_eq!(
        sessions_away(
            "2026-11-05T12:05:00+00:00",
            "Millie had her eye test at the hospital this morning and it ran very late, I'm bringing her at 1",
        ),
        (Session::Am, Session::Am)
    );
    // "Not back this afternoon either": the morning went too.
    assert_eq!(
        sessions_away(
            "2026-09-29T11:50:00+01:00",
            "Still at the clinic with Millie, her blood test was first thing but they want to repeat it so she won't be back this afternoon either",
        ),
        (Session::Am, Session::Pm)
    );
}

#[test]
fn a_day_missed_told_after_the_fact_is_that_day() {
    let apology = |text: &str| {
        let millie_only = vec![child("Amelia", Some("Millie"), "Y3")];
        parse_message(
            &message("2027-01-18T08:10:00+00:00", millie_only, text),
            &FERNHILL,
        )
    };
    let (code, from, to) = one_report(&apology(
        "Sorry for not getting in touch on Friday, Millie had a migraine and I was on an early shift. All better now.",
    ));
    assert_eq!(
        (code, from, to),
        (Code::Illness, d("2027-01-15"), Some(d("2027-01-15")))
    );
    // Said to be in today as well: which child was away on Friday is for a
    // person, never "no absence".
    let in_today = apology(
        "Sorry for not letting you know on Friday, Millie had a migraine. She's fine now and back in today.",
    );
    assert!(in_today.flags.contains(&Flag::NeedsStaff), "{in_today:?}");
    assert_eq!(
        days_away(
            "2026-11-09T08:00:00+00:00",
            "Millie wasn't in on Friday, she had a nasty ear infection over the weekend. She's better now and back today.",
        ),
        (d("2026-11-06"), Some(d("2026-11-06")))
    );
    // Away yesterday and still today: the absence began yesterday.
    assert_eq!(
        days_away(
            "2027-02-10T07:20:00+00:00",
            "Millie was off yesterday with a tummy bug, sorry I forgot to ring. Still being sick so she's home today as well.",
        ),
        (d("2027-02-09"), Some(d("2027-02-10")))
    );
}

#[test]
fn an_appointment_not_due_until_a_day_is_no_return() {
    assert_eq!(
        days_away(
            "2027-01-12T07:40:00+00:00",
            "Millie won't be in today, her eczema is raw and bleeding. Her dermatology appointment isn't until the 28th but I'll ring the GP",
        ),
        (d("2027-01-12"), Some(d("2027-01-12")))
    );
}

#[test]
fn a_fever_by_its_feel_keeps_the_child_off_again() {
    let parsed = parse(
        "2027-03-16T07:40:00+00:00",
        "Ben's a lot better and will be in today. Millie is still boiling so off again, sorry",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
    assert_eq!(parsed.reports[0].code, Code::Illness);
}

#[test]
fn the_senders_own_appointment_makes_the_child_late_not_away() {
    let parsed = parse(
        "2027-03-17T08:50:00+00:00",
        "So sorry, Millie will be late, my own dentist appointment at 8.15 is running behind. We'll be there at 9.20",
    );
    let (code, _, _) = one_report(&parsed);
    assert_eq!(code, Code::LateAfterClose);
    assert_eq!(parsed.reports[0].arrival, arrival("09:20"));
}

#[test]
fn the_day_a_parent_wrote_is_no_day_away() {
    let parsed = reply_to_chase(
        "2027-01-27T10:00:00+00:00",
        "2027-01-27",
        "Yes she still sick, I wrote Monday. Doctor say she come back Monday 1st February",
    );
    let (_, from, to) = one_report(&parsed);
    assert_eq!((from, to), (d("2027-01-27"), Some(d("2027-01-29"))));
}

#[test]
fn missing_the_next_weeks_is_a_length() {
    assert_eq!(
        days_away(
            "2027-04-14T16:20:00+01:00",
            "Millie is going into hospital tomorrow for an operation on her hip and will miss the next three weeks of school.",
        ),
        // Fifteen school days, the May bank holiday skipped.
        (d("2027-04-15"), Some(d("2027-05-05")))
    );
}

#[test]
fn the_tuesday_and_the_wednesday_are_two_days() {
    assert_eq!(
        days_away(
            "2027-03-09T07:40:00+00:00",
            "Millie has an operation on her ears on Tuesday 16th so she'll be off the Tuesday and the Wednesday.",
        ),
        (d("2027-03-16"), Some(d("2027-03-17")))
    );
}

#[test]
fn leaving_before_the_traffic_is_no_late_arrival() {
    let parsed = parse(
        "2026-12-09T12:30:00+00:00",
        "I'll be collecting Millie at 2pm today for her cousin's engagement party in Bradford, we need to leave before the traffic.",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_ne!(parsed.reports[0].code, Code::LateAfterClose);
    assert_eq!(parsed.reports[0].arrival, None);
    assert_eq!(parsed.reports[0].from_session, Session::Pm);
}

#[test]
fn a_relatives_operation_told_at_length_is_theirs() {
    let parsed = parse(
        "2026-10-09T15:40:00+01:00",
        "Could Millie have Monday 16th November to Friday 20th November off? Her grandmother in Islamabad is having a big operation and we want her to see her.",
    );
    let (code, _, _) = one_report(&parsed);
    assert_ne!(code, Code::Medical);
    assert!(parsed.flags.contains(&Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_complaint_about_the_chase_goes_to_a_person() {
    for text in [
        "Millie has a sore throat so she's home today. I phoned in about her last week too, can someone listen to the voicemail before sending these texts",
        "Millie is off with a cough. Who do I complain to about these attendance letters?",
    ] {
        let parsed = parse("2027-03-03T08:10:00+00:00", text);
        let (code, _, _) = one_report(&parsed);
        assert_eq!(code, Code::Illness);
        assert!(
            parsed.flags.contains(&Flag::NeedsStaff),
            "{text}: {parsed:?}"
        );
    }
}

#[test]
fn one_of_two_said_to_be_in_after_both_are_ill_is_in() {
    let parsed = parse(
        "2027-01-18T07:50:00+00:00",
        "Millie and Ben have both got colds. Ben will be in, Millie is staying home today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    assert_eq!(parsed.reports[0].pupils, ["Amelia"]);
}

#[test]
fn on_the_way_after_the_school_rang_is_an_afternoon_away() {
    assert_eq!(
        sessions_away(
            "2027-03-04T12:05:00+00:00",
            "The school just phoned, Millie has been sick. I'm leaving work now, will be there in 20 minutes",
        ),
        (Session::Pm, Session::Pm)
    );
}

#[test]
fn brought_in_once_the_clinic_is_done_or_just_gone_into_class_is_a_morning_away() {
    for (received_at, text) in [
        (
            "2027-02-02T09:40:00+00:00",
            "Sorry, Millie is with me at the hospital for a scan, it's running late. I'll bring her in as soon as we're done",
        ),
        (
            "2027-05-11T10:00:00+01:00",
            "Millie had the dentist first thing and has just gone into class",
        ),
    ] {
        let parsed = reply_to_chase(received_at, &received_at[..10], text);
        assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
        let report = &parsed.reports[0];
        assert_eq!(
            (report.from_session, report.to_session),
            (Session::Am, Session::Am),
            "{text}"
        );
    }
}

#[test]
fn a_verb_with_its_g_dropped_is_still_the_verb() {
    assert_eq!(
        days_away(
            "2026-11-16T07:30:00+00:00",
            "millie's got a streaming cold, keepin her in bed today and tomorrow",
        ),
        (d("2026-11-16"), Some(d("2026-11-17")))
    );
}

#[test]
fn days_away_named_after_the_child_is_back_are_the_absence() {
    let parsed = parse(
        "2026-11-18T07:30:00+00:00",
        "Ben is back today, he was off Monday and Tuesday with a high temperature.",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(
        (code, from, to),
        (Code::Illness, d("2026-11-16"), Some(d("2026-11-17")))
    );
    assert_eq!(parsed.reports[0].pupils, ["Ben"]);
    // "Back in today" says the same as "back today".
    assert_eq!(
        days_away(
            "2026-11-16T07:30:00+00:00",
            "Millie was off on Friday with a high temperature, she is back in today.",
        ),
        (d("2026-11-13"), Some(d("2026-11-13")))
    );
}

#[test]
fn doubt_that_the_child_will_be_well_enough_is_no_child_in() {
    let parsed = parse(
        "2026-11-19T16:10:00+00:00",
        "Millie has a temperature of 38.5 tonight. I don't think she'll be well enough for tomorrow so I'll keep her home.",
    );
    assert!(!parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
}

#[test]
fn a_time_away_called_off_is_no_absence() {
    assert_no_absence(
        "2026-10-08T13:20:00+01:00",
        "Further to my email asking for a day off for Vaisakhi, it falls on a Saturday this year so Millie won't need any time off after all.",
    );
    assert_no_absence(
        "2026-10-07T11:05:00+01:00",
        "The orthodontist has rung to cancel, so Ben won't need picking up at 1.45 after all.",
    );
}

#[test]
fn a_lateness_owned_up_to_that_evening_is_todays() {
    let parsed = parse(
        "2026-09-24T20:40:00+01:00",
        "Sorry, forgot to text this morning. Millie was late because the car wouldn't start, she got to school at 9.40.",
    );
    let (code, from, to) = one_report(&parsed);
    assert_eq!(
        (code, from, to),
        (Code::LateAfterClose, d("2026-09-24"), Some(d("2026-09-24")))
    );
    assert_eq!(parsed.reports[0].arrival, arrival("09:40"));
}

#[test]
fn off_in_reply_to_the_chase_of_a_day_gone_by_is_that_day_though_in_today() {
    let parsed = reply_to_chase(
        "2027-04-13T08:20:00+01:00",
        "2027-04-12",
        "She was off, long story. She's in today",
    );
    let (_, from, to) = one_report(&parsed);
    assert_eq!((from, to), (d("2027-04-12"), Some(d("2027-04-12"))));
}

#[test]
fn an_absence_hanging_on_the_morning_or_a_plan_to_be_settled_goes_to_a_person() {
    for text in [
        "Millie is warm and flushed tonight. If she's still got a fever in the morning I'll keep her home.",
        "Ben's temperature is up again. If it's not down by the morning we'll keep him off.",
        "Millie may need collecting early on Friday for the optician, they're ringing me with a time.",
    ] {
        let parsed = parse("2026-11-10T18:30:00+00:00", text);
        assert!(
            parsed.reports.is_empty() || parsed.flags.contains(&Flag::NeedsStaff),
            "{text}: {parsed:?}"
        );
    }
}

#[test]
fn a_grown_up_away_till_a_month_is_not_the_childs_end() {
    assert_eq!(
        days_away(
            "2027-03-15T16:45:00+00:00",
            "Her mum's away with work till June so it's just me. Millie has the dentist tomorrow at 2, can I get her at 1.30?",
        ),
        (d("2027-03-16"), Some(d("2027-03-16")))
    );
}

#[test]
fn a_thing_named_for_a_festival_is_no_religious_observance() {
    let (code, _, _) = one_report(&parse(
        "2027-05-24T13:05:00+01:00",
        "Reminder that Millie has her filming day on Thursday for the Diwali play, the council has sent the performance licence.",
    ));
    assert_ne!(code, Code::Religious);
}

#[test]
fn a_parent_held_up_at_home_time_is_no_late_arrival() {
    assert_no_absence(
        "2026-10-02T14:30:00+01:00",
        "Thank you to Mrs Price for waiting with Ben on Wednesday when I got stuck on the bypass at pick up.",
    );
}
