//! How long `simulate` takes over a school week of a school of a given
//! size (400 pupils unless told):
//! `cargo run --release --example simulate_week -- 2000`.
//! A second argument names a file to write the timeline to, one JSON line
//! a message, so that two builds' outputs can be compared byte for byte:
//! `cargo run --release --example simulate_week -- 400 timeline.jsonl`.
//!
//! Every session's register for Monday to Friday, one pupil in twenty
//! absent each day (a new set every two days, so chases reach day 2), half
//! of them reported by text before school, and both registers taken each
//! day.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

// The allocator and settings the `absence-line` command runs `simulate`
// (and the daemon) with: measured with the system's, the week spent a
// fifth of its instructions in glibc's malloc and free.
absence_line::daemon_allocator!();

/// A primary school's size, when no size is given.
const PUPILS: usize = 400;
const DAYS: [&str; 5] = [
    "2026-11-30",
    "2026-12-01",
    "2026-12-02",
    "2026-12-03",
    "2026-12-04",
];

fn main() -> anyhow::Result<()> {
    let pupils_on_roll: usize = match std::env::args().nth(1) {
        Some(n) => n
            .parse()
            .map_err(|_| anyhow::anyhow!("the school's size is a number of pupils, not `{n}`"))?,
        None => PUPILS,
    };
    anyhow::ensure!(
        (20..=99_999).contains(&pupils_on_roll),
        "a school of 20 to 99,999 pupils"
    );
    let timeline_file = std::env::args().nth(2);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir()?;
    let config = std::fs::read_to_string(root.join("scenarios/millie/config.toml"))?
        .replace("../../flows", &root.join("flows").display().to_string())
        .replace(
            "../../messages",
            &root.join("messages").display().to_string(),
        );
    std::fs::write(dir.path().join("config.toml"), config)?;

    let mut pupils = String::from("school,upn,first_name,last_name,known_as,year,flags\n");
    let mut contacts = String::from(
        "upn,priority,name,relationship,parental_responsibility,mobile,email,language\n",
    );
    for i in 0..pupils_on_roll {
        let flags = if i % 40 == 0 { "child_in_need" } else { "" };
        writeln!(
            pupils,
            "fernhill,P{i:04},Pupil{i},Family{i},,Y{},{flags}",
            1 + i % 6
        )?;
        writeln!(contacts, "P{i:04},1,Parent {i},mother,,07700 9{i:05},,en")?;
        writeln!(
            contacts,
            "P{i:04},2,Carer {i},father,,,carer{i}@example.org,en"
        )?;
        writeln!(
            contacts,
            "P{i:04},3,Gran {i},grandmother,,07800 9{i:05},,en"
        )?;
    }
    std::fs::write(dir.path().join("pupils.csv"), pupils)?;
    std::fs::write(dir.path().join("contacts.csv"), contacts)?;

    let mut scenario = format!(
        "config = \"config.toml\"\npupils = \"pupils.csv\"\ncontacts = \"contacts.csv\"\n\
         start = \"{}T07:00:00+00:00\"\nend = \"{}T18:00:00+00:00\"\n",
        DAYS[0], DAYS[4]
    );
    for (d, day) in DAYS.iter().enumerate() {
        let absent: BTreeSet<usize> = (0..pupils_on_roll / 20)
            .map(|k| (k * 19 + (d / 2) * 7) % pupils_on_roll)
            .collect();
        for &i in absent.iter().step_by(2) {
            write!(
                scenario,
                "[[event]]\nat = \"{day}T07:{:02}:00+00:00\"\n\
                 sms = {{ from = \"07700 9{i:05}\", body = \"Pupil{i} is poorly today\" }}\n",
                10 + i % 50
            )?;
        }
        let list: Vec<String> = absent.iter().map(|i| format!("\"P{i:04}\"")).collect();
        for (session, time) in [("am", "09:16"), ("pm", "13:16")] {
            write!(
                scenario,
                "[[event]]\nat = \"{day}T{time}:00+00:00\"\n\
                 register = {{ school = \"fernhill\", date = \"{day}\", session = \"{session}\", absent = [{}] }}\n",
                list.join(", ")
            )?;
        }
    }
    let path = dir.path().join("scenario.toml");
    std::fs::write(&path, scenario)?;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let started = Instant::now();
    let timeline = runtime.block_on(absence_line::simulate::run(&path))?;
    let took = started.elapsed();
    println!(
        "simulated a week of a {pupils_on_roll}-pupil school: {} timeline lines in {:.2} s",
        timeline.len(),
        took.as_secs_f64()
    );
    if let Some(file) = timeline_file {
        let mut lines = String::new();
        for line in &timeline {
            writeln!(lines, "{}", serde_json::to_string(line)?)?;
        }
        std::fs::write(&file, lines)?;
    }
    Ok(())
}
