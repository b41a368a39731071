//! `absence-line migrate`: a school's sled store copied into PostgreSQL and
//! back, the commands reading the same pupils from each, and a copy over
//! records already there refused. Needs `ABSENCE_LINE_TEST_DATABASE_URL`
//! (`.ci/run` sets it).

use crate::support;

use support::SchoolDir;

const URL_VAR: &str = "ABSENCE_LINE_TEST_DATABASE_URL";

/// A schema of its own in the test server, dropped at the end.
struct Schema {
    url: String,
    name: String,
}

impl Schema {
    fn new() -> Option<Schema> {
        let Ok(url) = std::env::var(URL_VAR) else {
            eprintln!("{URL_VAR} is not set: skipping the PostgreSQL migration test");
            return None;
        };
        let name = format!("migrate_test_{}", std::process::id());
        Some(Schema { url, name })
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
        }
    }
}

fn pupils(school: &SchoolDir, url: &str) -> String {
    let out = school
        .command()
        .env("ABSENCE_LINE_DATABASE_URL", url)
        .args(["pupils", "--json", "--all"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn migrate(school: &SchoolDir, url: &str, to: &str) -> std::process::Output {
    school
        .command()
        .env("ABSENCE_LINE_DATABASE_URL", url)
        .args(["migrate", "--to", to])
        .output()
        .unwrap()
}

#[test]
fn a_sled_store_moves_to_postgres_and_back() {
    let Some(schema) = Schema::new() else {
        return;
    };
    let school = SchoolDir::new("");
    school.import_demo_roster();
    let on_sled = pupils(&school, &schema.url);
    assert!(on_sled.contains("\"upn\""), "{on_sled}");

    let config = std::fs::read_to_string(school.config()).unwrap();
    let store_section = format!(
        "\n[store]\npostgres = {{ url = {{ env = \"ABSENCE_LINE_DATABASE_URL\" }}, schema = \"{}\" }}\n",
        schema.name
    );
    std::fs::write(school.config(), format!("{config}{store_section}")).unwrap();

    let out = migrate(&school, &schema.url, "postgres");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("every table's count matches"), "{said}");
    assert_eq!(
        pupils(&school, &schema.url),
        on_sled,
        "read from PostgreSQL"
    );

    // Copying again would overwrite: refused.
    let out = migrate(&school, &schema.url, "postgres");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("already holds records"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Back into the sled folder, which still holds the records: refused.
    assert!(!migrate(&school, &schema.url, "sled").status.success());

    // Back into an empty sled folder.
    std::fs::remove_dir_all(school.path().join("data")).unwrap();
    let out = migrate(&school, &schema.url, "sled");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(school.config(), config).unwrap();
    assert_eq!(
        pupils(&school, &schema.url),
        on_sled,
        "read from sled again"
    );
}
