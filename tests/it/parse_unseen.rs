//! Messages written in ways the labelled corpora do not hold: other
//! languages, chase replies that name other days or children, spoken times,
//! lists of dates, siblings, and vocabulary beyond parsing.md's examples.
//! Each states what parsing.md asks of a kind of message, not of one line.

use absence_line::domain::{Channel, Code, Flag, ParsedMessage, Session};
use absence_line::parse::{ChaseContext, Child, MessageInput, parse_message};
use chrono::NaiveDate;

use crate::support::{FERNHILL, arrival};

fn child(first: &str, year: &str) -> Child {
    Child {
        first: first.into(),
        last: "Shah".into(),
        known_as: None,
        year: year.into(),
    }
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Monday 23 November 2026, 07:40 local.
const MONDAY_MORNING: &str = "2026-11-23T07:40:00+00:00";

fn parse_for(children: &[&str], at: &str, text: &str) -> ParsedMessage {
    let children = children.iter().map(|c| child(c, "Y3")).collect();
    let input = MessageInput {
        channel: Channel::Sms,
        received_at: at.parse().unwrap(),
        subject: None,
        children,
        context: None,
        text: text.into(),
    };
    parse_message(&input, &FERNHILL)
}

fn reply_to_chase(
    children: &[&str],
    chased: &str,
    on: &str,
    at: &str,
    text: &str,
) -> ParsedMessage {
    let children = children.iter().map(|c| child(c, "Y3")).collect();
    let input = MessageInput {
        channel: Channel::Sms,
        received_at: at.parse().unwrap(),
        subject: None,
        children,
        context: Some(ChaseContext {
            chasing: vec![chased.into()],
            date: d(on),
        }),
        text: text.into(),
    };
    parse_message(&input, &FERNHILL)
}

/// The one report's pupils, code, days and sessions.
fn only(parsed: &ParsedMessage) -> (Vec<String>, Code, NaiveDate, Option<NaiveDate>) {
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
    let r = &parsed.reports[0];
    (r.pupils.clone(), r.code, r.from, r.to)
}

#[test]
fn a_language_the_parser_does_not_read_goes_to_a_person() {
    for text in [
        "Dzień dobry, Zosia jest chora i nie przyjdzie dzisiaj do szkoły. Dziękuję",
        "Bună ziua, Zosia este bolnavă și nu va veni azi la școală. Mulțumesc",
    ] {
        let parsed = parse_for(&["Zosia"], MONDAY_MORNING, text);
        assert!(parsed.has(Flag::NeedsStaff), "{text}: {parsed:?}");
        assert!(!parsed.has(Flag::NotAbsence), "{text}: {parsed:?}");
    }
}

/// In a language the parser does not read, a word for ill or a fever still
/// makes the report most likely meant, for the person who checks it.
#[test]
fn an_illness_in_another_language_is_reported_for_a_person_to_check() {
    for text in [
        "Dzień dobry, Zosia ma gorączkę i zostanie dziś w domu. Pozdrawiam",
        "Bună dimineața, Zosia este bolnavă astăzi și nu vine la școală. Mulțumesc",
        "Hola, Zosia está enferma con fiebre, no va a ir hoy al colegio",
        "Bom dia, a Zosia está doente com febre, não vai à escola hoje",
        "صباح الخير، زوسيا مريضة وعندها حرارة، لن تذهب إلى المدرسة اليوم",
        "Доброго ранку, Зося хвора, має температуру, сьогодні не прийде до школи",
        "Здравствуйте, Зося заболела, у неё температура, сегодня её не будет",
    ] {
        let parsed = parse_for(&["Zosia"], MONDAY_MORNING, text);
        assert_eq!(
            only(&parsed),
            (
                vec!["Zosia".to_string()],
                Code::Illness,
                d("2026-11-23"),
                Some(d("2026-11-23"))
            ),
            "{text}"
        );
        assert!(parsed.has(Flag::NeedsStaff), "{text}: {parsed:?}");
    }
}

#[test]
fn a_message_nobody_can_account_for_is_not_called_no_absence() {
    let parsed = parse_for(
        &["Zosia"],
        MONDAY_MORNING,
        "Zosia's grandad arrived from Gdansk last night, all a bit chaotic here",
    );
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
    assert!(!parsed.has(Flag::NotAbsence), "{parsed:?}");
    // Positive evidence of no absence: a question, a thank-you, "she's in".
    for text in [
        "What time does the nativity start on Thursday?",
        "Thank you for the lovely certificate, Zosia was so proud",
        "Zosia is in, her dad dropped her at breakfast club",
    ] {
        let parsed = parse_for(&["Zosia"], MONDAY_MORNING, text);
        assert_eq!(parsed.flags, [Flag::NotAbsence], "{text}");
    }
}

#[test]
fn another_childs_illness_today_does_not_take_the_chase_back() {
    // A chase open since Monday for Asha; on Wednesday her sister is ill.
    let parsed = reply_to_chase(
        &["Asha", "Diya"],
        "Asha",
        "2026-11-23",
        "2026-11-25T07:50:00+00:00",
        "Diya is ill today with a temperature",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Diya".to_string()],
            Code::Illness,
            d("2026-11-25"),
            Some(d("2026-11-25"))
        )
    );
    // "Today" means today for the chased child too.
    let parsed = reply_to_chase(
        &["Asha", "Diya"],
        "Asha",
        "2026-11-23",
        "2026-11-25T07:50:00+00:00",
        "Asha is poorly today",
    );
    assert_eq!(only(&parsed).2, d("2026-11-25"));
    // A reply naming no day is about the chased day.
    let parsed = reply_to_chase(
        &["Asha", "Diya"],
        "Asha",
        "2026-11-23",
        "2026-11-23T10:15:00+00:00",
        "sorry, sick, stomach",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Asha".to_string()],
            Code::Illness,
            d("2026-11-23"),
            Some(d("2026-11-23"))
        )
    );
}

#[test]
fn short_replies_to_a_chase_are_reports() {
    let parsed = reply_to_chase(
        &["Asha"],
        "Asha",
        "2026-11-23",
        "2026-11-23T10:15:00+00:00",
        "she's with me",
    );
    assert_eq!(only(&parsed).1, Code::NoReasonYet);
    assert!(parsed.has(Flag::NeedsStaff));
    let parsed = reply_to_chase(
        &["Asha"],
        "Asha",
        "2026-11-23",
        "2026-11-23T10:15:00+00:00",
        "🤒",
    );
    // A face of illness answers the chase's question why she was off.
    assert_eq!(only(&parsed).1, Code::Illness);
    assert!(!parsed.has(Flag::NeedsStaff), "{parsed:?}");
    // A sneeze may be hay fever: a person decides.
    let parsed = reply_to_chase(
        &["Asha"],
        "Asha",
        "2026-11-23",
        "2026-11-23T10:15:00+00:00",
        "🤧",
    );
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
    // Unasked, the same face alone is a guess a person makes.
    let parsed = parse_for(&["Asha"], MONDAY_MORNING, "🤒");
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
    // Beside words that she is off, a face of fever says ill; a sneeze
    // alone still does not.
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha 🤒🤧 staying in bed today x",
    );
    assert_eq!(only(&parsed).1, Code::Illness);
    assert!(!parsed.has(Flag::NeedsStaff), "{parsed:?}");
    let parsed = parse_for(&["Asha"], MONDAY_MORNING, "Asha 🤧 staying in bed today x");
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_child_not_on_a_one_child_roster_is_not_the_senders_child() {
    let parsed = parse_for(
        &["Harper"],
        MONDAY_MORNING,
        "Mason won't be in today, he's got a temperature. Thanks",
    );
    let (pupils, code, _, _) = only(&parsed);
    assert!(pupils.is_empty());
    assert_eq!(code, Code::Illness);
    assert!(parsed.has(Flag::NeedsStaff) && parsed.has(Flag::AmbiguousPupil));
}

#[test]
fn spoken_arrival_times() {
    for (text, code, hh_mm) in [
        ("running late, be there about 5 past", Code::Late, "09:05"),
        (
            "car broke down, we be there 9 and 20",
            Code::LateAfterClose,
            "09:20",
        ),
        (
            "sorry she'll be in for 10ish",
            Code::LateAfterClose,
            "10:00",
        ),
        (
            "late, we come at ten o'clock",
            Code::LateAfterClose,
            "10:00",
        ),
    ] {
        let parsed = parse_for(&["Asha"], "2026-11-23T08:30:00+00:00", text);
        let r = &parsed.reports[0];
        assert_eq!((r.code, r.arrival), (code, arrival(hh_mm)), "{text}");
    }
    // "On way, traffic, 5 mins" sent at 09:12: after the register closes
    // at 09:15, with no stated time.
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T09:12:00+00:00",
        "on way, traffic, 5 mins",
    );
    let r = &parsed.reports[0];
    assert_eq!((r.code, r.arrival), (Code::LateAfterClose, None));
}

#[test]
fn a_list_of_dates_is_every_day_in_it() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha has her grommets operation so she will be off on the 24th, 25th and 26th",
    );
    let (_, code, from, to) = only(&parsed);
    assert_eq!(
        (code, from, to),
        (Code::Medical, d("2026-11-24"), Some(d("2026-11-26")))
    );
}

#[test]
fn a_sibling_said_to_be_in_gets_no_report() {
    let parsed = parse_for(
        &["Oscar", "Ivy"],
        MONDAY_MORNING,
        "Ivy has been sick in the night so she's staying home. Oscar's fine and will be in",
    );
    assert_eq!(only(&parsed).0, ["Ivy"]);
    let parsed = parse_for(
        &["Oscar", "Ivy"],
        MONDAY_MORNING,
        "Both kids have been sick, they'll be off for 48 hours",
    );
    let (pupils, _, from, to) = only(&parsed);
    assert_eq!(pupils, ["Oscar", "Ivy"]);
    assert_eq!((from, to), (d("2026-11-23"), Some(d("2026-11-24"))));
}

/// A day out on a school day is time off the school would not authorise,
/// for a person to weigh; a birthday mentioned in a question is not.
#[test]
fn a_day_out_on_a_school_day_is_time_off() {
    let parsed = parse_for(
        &["Zosia"],
        MONDAY_MORNING,
        "It's Zosia's birthday today so we're taking her to the zoo as a treat",
    );
    assert_eq!(only(&parsed).1, Code::UnauthorisedOther);
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
    let parsed = parse_for(
        &["Zosia"],
        MONDAY_MORNING,
        "It's Zosia's birthday today, can she bring some cakes in for her class?",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
}

/// A holiday told only by its place is a holiday for a person to weigh,
/// through the day before the child is back.
#[test]
fn a_holiday_told_by_its_place_is_reported() {
    let parsed = parse_for(
        &["Zosia"],
        MONDAY_MORNING,
        "We're down in Cornwall till Friday, Zosia will be back in on Monday",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Zosia".to_string()],
            Code::HolidayNotAgreed,
            d("2026-11-23"),
            Some(d("2026-11-26"))
        )
    );
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
}

/// "Neither of them will be in" beside one child's appointment: both are
/// away all day, the other child with no reason of their own.
#[test]
fn neither_of_them_in_is_both_children_all_day() {
    let parsed = parse_for(
        &["Ivy", "Oscar"],
        MONDAY_MORNING,
        "Oscar has an eye appointment at the hospital at 2 so neither of them will be in today",
    );
    let reports: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.pupils.clone(), r.code, r.from_session, r.to, r.to_session))
        .collect();
    let all_day = |pupil: &str, code| {
        (
            vec![pupil.to_string()],
            code,
            Session::Am,
            Some(d("2026-11-23")),
            Session::Pm,
        )
    };
    assert_eq!(
        reports,
        [
            all_day("Oscar", Code::Medical),
            all_day("Ivy", Code::NoReasonYet)
        ]
    );
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
    // "Neither" of three children is two of them: which two is not said.
    let parsed = parse_for(
        &["Ivy", "Oscar", "Zosia"],
        MONDAY_MORNING,
        "Oscar has an eye appointment so neither of them will be in today",
    );
    assert_eq!(only(&parsed).0, ["Oscar"]);
}

#[test]
fn reasons_from_the_families_of_the_vocabulary() {
    for (text, code) in [
        (
            "Asha won't be in, she's looking after her little brother",
            Code::UnauthorisedOther,
        ),
        ("Asha is off today, we're moving house", Code::Exceptional),
        ("Asha has norovirus, keeping her off today", Code::Illness),
        (
            "Asha's got hand foot and mouth so she's off today",
            Code::Illness,
        ),
        ("Asha won't be in today for Ashura", Code::Religious),
        (
            "Asha is off today, we have our visa appointment in Sheffield",
            Code::Exceptional,
        ),
        (
            "Asha won't be in today, she has allergy testing at the LGI",
            Code::Medical,
        ),
        (
            "Asha won't be in today, she's very tired after the Eid celebrations and has a temperature",
            Code::Illness,
        ),
        (
            "Asha has hospital appointments today and tomorrow",
            Code::Medical,
        ),
        (
            "Asha's thrown up twice so I'm keeping her home today",
            Code::Illness,
        ),
        (
            "Asha won't be in today, she's got a bad back",
            Code::Illness,
        ),
    ] {
        let parsed = parse_for(&["Asha"], MONDAY_MORNING, text);
        assert_eq!(only(&parsed).1, code, "{text}");
        assert_eq!(parsed.has(Flag::NeedsStaff), code.needs_staff(), "{text}");
    }
}

#[test]
fn collected_at_lunchtime_is_the_afternoon() {
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T11:50:00+00:00",
        "The office rang, I'm collecting Asha at lunchtime, she's been sick",
    );
    let r = &parsed.reports[0];
    assert_eq!((r.code, r.from_session), (Code::Illness, Session::Pm));
}

#[test]
fn someone_elses_illness_is_never_a_confident_illness() {
    for text in [
        "Asha won't be in today, her dad's not well and I can't get her there",
        "ive got the flu and cant walk her in today so sorry",
        "her little brother is poorly and i have no one to take asha in",
        "Asha's nanny is very poorly so she's staying with us today",
    ] {
        let parsed = parse_for(&["Asha"], MONDAY_MORNING, text);
        let (_, code, _, _) = only(&parsed);
        assert_ne!(code, Code::Illness, "{text}");
        assert!(parsed.has(Flag::NeedsStaff), "{text}: {parsed:?}");
    }
    // The child's own illness beside a relative's stays the child's.
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha has a temperature and her dad is poorly too, she won't be in",
    );
    assert_eq!(only(&parsed).1, Code::Illness);
}

#[test]
fn better_now_does_not_cancel_time_off_after_an_illness() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "asha is ok now after being sick yesterday but the 48 hour rule so she'll be back wednesday",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Asha".to_string()],
            Code::Illness,
            d("2026-11-23"),
            Some(d("2026-11-24"))
        )
    );
}

#[test]
fn part_days_from_the_time_sent_and_the_session_times() {
    // Collected before the afternoon register: the afternoon only.
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T11:50:00+00:00",
        "just picked Asha up, she's been sick, home for the rest of the day",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Illness, Session::Pm, Session::Pm)
    );
    // Late from an appointment: that morning only, under the appointment.
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T09:05:00+00:00",
        "10 minutes away, dentist ran over sorry",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Medical, Session::Am, Session::Am)
    );
}

#[test]
fn a_relative_arrival_is_timed_from_when_it_was_sent() {
    for (sent, text, code) in [
        (
            "2026-11-23T09:10:00+00:00",
            "leaving now, 15 mins",
            Code::LateAfterClose,
        ),
        (
            "2026-11-23T08:55:00+00:00",
            "running behind, there in 10",
            Code::Late,
        ),
        (
            "2026-11-23T09:08:00+00:00",
            "leaving the house now, there in 15",
            Code::LateAfterClose,
        ),
    ] {
        let parsed = parse_for(&["Asha"], sent, text);
        let r = &parsed.reports[0];
        assert_eq!((r.code, r.arrival), (code, None), "{text}");
    }
}

#[test]
fn a_siblings_appointment_is_not_the_childs() {
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T08:30:00+00:00",
        "got to take the baby for his jabs at 8.45 so asha will be in late, about 9.30",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.arrival),
        (Code::LateAfterClose, arrival("09:30"))
    );
}

#[test]
fn separate_days_listed_are_separate_entries() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha has physio on Tuesday and Thursday next week so she'll miss those days",
    );
    let days: Vec<_> = parsed
        .reports
        .iter()
        .map(|r| (r.code, r.from, r.to))
        .collect();
    assert_eq!(
        days,
        [
            (Code::Medical, d("2026-12-01"), Some(d("2026-12-01"))),
            (Code::Medical, d("2026-12-03"), Some(d("2026-12-03")))
        ]
    );
}

#[test]
fn better_now_beside_a_day_of_return_is_today_off() {
    // Tuesday morning: back tomorrow means off today.
    let parsed = parse_for(
        &["Asha"],
        "2026-11-24T07:50:00+00:00",
        "Asha perked up after her fever last night, she'll be back in tomorrow",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Asha".to_string()],
            Code::Illness,
            d("2026-11-24"),
            Some(d("2026-11-24"))
        )
    );
    // "Seems ok" does not cancel it either.
    let parsed = parse_for(
        &["Asha"],
        "2026-11-24T07:50:00+00:00",
        "Asha seems ok now after the sickness on Sunday, we'll send her back in on Thursday",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Asha".to_string()],
            Code::Illness,
            d("2026-11-24"),
            Some(d("2026-11-25"))
        )
    );
}

#[test]
fn an_illness_seen_by_the_doctor_is_a_day_of_illness() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha has a high temperature and a rattly cough, the GP can see her at 10.30",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Illness, Session::Am, Session::Pm)
    );
    // Back in straight after: the morning, under the appointment.
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "GP at 8.40 for her ear, I'll bring her in straight after",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from_session, r.to_session),
        (Code::Medical, Session::Am, Session::Am)
    );
}

#[test]
fn a_collection_told_by_name_after_the_register_is_the_afternoon() {
    for (sent, text) in [
        (
            "2026-11-23T11:20:00+00:00",
            "I've just collected Asha, she was sick after break, taking her home",
        ),
        (
            "2026-11-23T12:15:00+00:00",
            "Picked Asha up early, she twisted her knee in the playground",
        ),
    ] {
        let parsed = parse_for(&["Asha"], sent, text);
        let r = &parsed.reports[0];
        assert_eq!(
            (r.code, r.from_session, r.to_session),
            (Code::Illness, Session::Pm, Session::Pm),
            "{text}"
        );
    }
}

#[test]
fn an_appointment_after_the_school_day_misses_nothing() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha has the orthodontist on Wednesday at 4.30",
    );
    assert_eq!(parsed.flags, [Flag::NotAbsence], "{parsed:?}");
    assert!(parsed.reports.is_empty());
    // In school hours it is the afternoon missed.
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha has the orthodontist on Wednesday at 2.30",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.from, r.from_session),
        (Code::Medical, d("2026-11-25"), Session::Pm)
    );
}

#[test]
fn a_brother_or_sister_named_by_relation_is_the_other_child() {
    let parsed = parse_for(
        &["Asha", "Diya"],
        MONDAY_MORNING,
        "Asha has a tummy bug and her sister has it as well, so they're both home today",
    );
    let (mut pupils, code, _, _) = only(&parsed);
    pupils.sort();
    assert_eq!(
        (pupils, code),
        (vec!["Asha".into(), "Diya".into()], Code::Illness)
    );
    assert!(!parsed.has(Flag::NeedsStaff), "{parsed:?}");
    let parsed = parse_for(
        &["Asha", "Diya"],
        MONDAY_MORNING,
        "Asha has a tummy bug, her sister is fine and will be in",
    );
    assert_eq!(only(&parsed).0, ["Asha"]);
    // Two others on the roster: which one cannot be told.
    let parsed = parse_for(
        &["Asha", "Diya", "Kiran"],
        MONDAY_MORNING,
        "Asha has a tummy bug and her sister has it as well",
    );
    assert_eq!(only(&parsed).0, ["Asha"]);
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_range_reads_the_month_said_after_its_second_day() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha will be off from the 1st to the 3rd of February for her grommets operation",
    );
    let (_, code, from, to) = only(&parsed);
    assert_eq!(
        (code, from, to),
        (Code::Medical, d("2027-02-01"), Some(d("2027-02-03")))
    );
    assert!(!parsed.has(Flag::NeedsStaff), "{parsed:?}");
}

#[test]
fn a_family_wedding_at_a_place_of_worship_is_not_observance() {
    let parsed = parse_for(
        &["Asha"],
        MONDAY_MORNING,
        "Asha will be off on Friday, we're going to Amritsar for her auntie's wedding at the gurdwara",
    );
    assert_ne!(only(&parsed).1, Code::Religious);
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
}

/// Without their accents, or in Latin letters, they are still not English:
/// a person reads them, with the report most likely meant.
#[test]
fn other_languages_without_their_accents_go_to_a_person() {
    for text in [
        "Aaj Asha ki tabiyat kharab hai, school nahi ayegi",
        "Asha nie bedzie dzisiaj w szkole, ma goraczke",
        "Buna dimineata, Asha este bolnava si ramane acasa azi",
    ] {
        let parsed = parse_for(&["Asha"], MONDAY_MORNING, text);
        assert!(parsed.has(Flag::NeedsStaff), "{text}: {parsed:?}");
        assert_eq!(
            only(&parsed),
            (
                vec!["Asha".to_string()],
                Code::Illness,
                d("2026-11-23"),
                Some(d("2026-11-23"))
            ),
            "{text}"
        );
    }
}

#[test]
fn every_word_of_a_siblings_appointment_is_the_siblings() {
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T08:00:00+00:00",
        "her brother has an eye hospital appointment at 8.30 so Asha will be in around 9.25",
    );
    let r = &parsed.reports[0];
    assert_eq!(
        (r.code, r.arrival),
        (Code::LateAfterClose, arrival("09:25"))
    );
}

#[test]
fn in_after_the_register_is_late_after_it_closes() {
    let parsed = parse_for(
        &["Asha"],
        "2026-11-23T08:40:00+00:00",
        "sorry Asha will be in just after registration",
    );
    let r = &parsed.reports[0];
    assert_eq!((r.code, r.arrival), (Code::LateAfterClose, None));
}

/// Someone else's trouble told with every child said to be in is news for
/// the school, not an absence; on a day ahead, it may be one.
#[test]
fn a_relatives_trouble_with_every_child_in_is_no_absence() {
    let parsed = parse_for(
        &["Caleb"],
        MONDAY_MORNING,
        "Just so you know my mum is in hospital, Caleb is fine and in school as normal but might be quiet",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.flags.contains(&Flag::NotAbsence), "{parsed:?}");
    let parsed = parse_for(
        &["Caleb"],
        MONDAY_MORNING,
        "My mum is in hospital so Caleb won't be in today",
    );
    assert_eq!(parsed.reports.len(), 1, "{parsed:?}");
}

/// Asking for a child to leave early is part of a day away, reason or
/// none: a person hears of it, never "no absence".
#[test]
fn a_request_to_leave_early_is_an_afternoon_away() {
    let parsed = parse_for(
        &["Zosia"],
        MONDAY_MORNING,
        "A social worker is visiting on Tuesday at 2pm. Could Zosia leave at 1.30 that day?",
    );
    let report = &parsed.reports[0];
    assert_eq!(
        (report.from, report.from_session, report.to_session),
        (d("2026-11-24"), Session::Pm, Session::Pm),
        "{parsed:?}"
    );
    assert!(parsed.has(Flag::NeedsStaff), "{parsed:?}");
}

/// A part that names no day would put a child away on the day the message
/// is about; another part says the child is in school that day: the child
/// is in, and no absence is recorded against what the parent said.
#[test]
fn a_child_said_to_be_in_on_the_day_is_not_recorded_away() {
    const MONDAY_EVENING: &str = "2026-11-23T19:30:00+00:00";
    let parsed = parse_for(
        &["Zosia", "Adam"],
        MONDAY_EVENING,
        "Zosia has a new phone, I don't know who gave it to her. Her dad took it and she's not \
         going back to that club. Zosia and Adam will be in school tomorrow.",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    // Said to be in tomorrow, a child away today is still away today.
    for text in [
        "Zosia has a temperature, keeping her home. Zosia and Adam will be in school tomorrow.",
        "Zosia is poorly with a temperature. Zosia will be in school tomorrow.",
    ] {
        let parsed = parse_for(&["Zosia", "Adam"], MONDAY_MORNING, text);
        assert_eq!(
            only(&parsed),
            (
                vec!["Zosia".to_string()],
                Code::Illness,
                d("2026-11-23"),
                Some(d("2026-11-23"))
            ),
            "{text}"
        );
    }
}

#[test]
fn a_reply_that_the_child_is_in_on_the_day_chased_disputes_the_register() {
    let parsed = reply_to_chase(
        &["Amber"],
        "Amber",
        "2026-11-10",
        "2026-11-10T10:05:00+00:00",
        "Amber IS in, she's on the Year 3 trip to the Science Museum!! She got on the coach at 8.45, I waved her off",
    );
    assert!(parsed.reports.is_empty(), "{parsed:?}");
    assert!(parsed.has(Flag::NotAbsence), "{parsed:?}");
    // In since, after the reason told: the morning was missed.
    let since = reply_to_chase(
        &["Taras"],
        "Taras",
        "2027-01-27",
        "2027-01-27T10:25:00+00:00",
        "Taras was at dentist, sorry I forget to tell. He is in school now",
    );
    assert_eq!(only(&since).1, Code::Medical, "{since:?}");
}

#[test]
fn a_child_brought_in_now_is_late_and_one_gone_in_with_dad_is_in() {
    let parsed = reply_to_chase(
        &["Leo", "Daisy"],
        "Leo",
        "2026-10-06",
        "2026-10-06T10:05:00+01:00",
        "Hes fine we just overslept sorry!! Daisy went in with her dad. Bringing Leo in now",
    );
    assert_eq!(
        only(&parsed),
        (
            vec!["Leo".to_string()],
            Code::LateAfterClose,
            d("2026-10-06"),
            Some(d("2026-10-06"))
        ),
        "{parsed:?}"
    );
}
