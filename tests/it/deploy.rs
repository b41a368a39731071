//! The deployment files in `deploy/` as a host would read them.

use std::path::Path;
use std::process::Command;

/// systemd itself checks the unit: every key known, in the right section,
/// and the program it starts exists.
#[test]
fn the_systemd_unit_is_one_systemd_accepts() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let unit = std::fs::read_to_string(repo.join("deploy/absence-line.service")).unwrap();
    let Ok(version) = Command::new("systemd-analyze").arg("--version").output() else {
        panic!("systemd-analyze is needed for this test: apt-get install systemd");
    };
    assert!(version.status.success());
    // Verified against the binary this build made, in place of the
    // installed path.
    let binary = assert_cmd::cargo::cargo_bin("absence-line");
    let unit = unit.replace("/usr/local/bin/absence-line", &binary.display().to_string());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absence-line.service");
    std::fs::write(&path, unit).unwrap();
    let verified = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&verified.stderr);
    assert!(verified.status.success(), "{said}");
    assert!(
        !said.contains("absence-line.service"),
        "systemd has something to say about the unit: {said}"
    );
}
