//! `serve` and `import roster` together: the daemon imports config's
//! `[roster]` files at start-up only when they changed since it last did,
//! and never over a later `import roster`.

use crate::support;

use absence_line::roster::Roster;
use absence_line::store::Store;
use support::{Daemon, SchoolDir};

const NEW_PUPIL: &str = "F000000000999";

fn start_and_stop(school: &SchoolDir) -> Vec<String> {
    let daemon = Daemon::start(&school.config(), &[]);
    let log = daemon.log.clone();
    assert!(daemon.terminate().success());
    log.lock().unwrap().clone()
}

fn imported_at_start(log: &[String]) -> bool {
    log.iter()
        .any(|l| l.contains("roster imported from config"))
}

fn new_pupil_left_on(school: &SchoolDir) -> Option<chrono::NaiveDate> {
    let store = Store::open(&school.path().join("data")).unwrap();
    Roster::open(&store)
        .unwrap()
        .pupil("fernhill", NEW_PUPIL)
        .unwrap()
        .expect("the pupil imported from the command line is stored")
        .left_on
}

#[test]
fn a_restart_keeps_what_import_roster_brought_in() {
    let school = SchoolDir::new("");
    assert!(imported_at_start(&start_and_stop(&school)));

    // The MIS's newer export, imported from the command line.
    let demo_pupils = std::fs::read_to_string(school.path().join("demo/pupils.csv")).unwrap();
    let newer = format!("{demo_pupils}fernhill,{NEW_PUPIL},Zara,Hughes,,Y2,\n");
    std::fs::write(school.path().join("export.csv"), newer).unwrap();
    school
        .command()
        .args(["import", "roster", "export.csv", "demo/contacts.csv"])
        .assert()
        .success();
    assert_eq!(new_pupil_left_on(&school), None);

    let log = start_and_stop(&school);
    assert!(!imported_at_start(&log), "unchanged files are not imported");
    assert_eq!(new_pupil_left_on(&school), None, "{log:?}");

    // The config's files change after the command-line import: they are
    // still not imported over it, and the daemon says so.
    let edited = demo_pupils.replace("Amelia", "Amelie");
    std::fs::write(school.path().join("demo/pupils.csv"), edited).unwrap();
    let log = start_and_stop(&school);
    assert!(!imported_at_start(&log));
    assert!(
        log.iter().any(|l| l.contains("not imported over it")),
        "{log:?}"
    );
    assert_eq!(new_pupil_left_on(&school), None);
}

#[test]
fn changed_roster_files_are_imported_at_the_next_start() {
    let school = SchoolDir::new("");
    assert!(imported_at_start(&start_and_stop(&school)));
    let pupils = school.path().join("demo/pupils.csv");
    let demo_pupils = std::fs::read_to_string(&pupils).unwrap();
    std::fs::write(
        &pupils,
        format!("{demo_pupils}fernhill,{NEW_PUPIL},Zara,Hughes,,Y2,\n"),
    )
    .unwrap();
    assert!(imported_at_start(&start_and_stop(&school)));
    assert_eq!(new_pupil_left_on(&school), None);
}
