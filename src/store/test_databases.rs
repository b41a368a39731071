//! The engines the store's tests run on: sled always, and PostgreSQL when
//! `ABSENCE_LINE_TEST_DATABASE_URL` names a server (`.ci/run` starts one
//! and always sets it). Each PostgreSQL test database is a schema of its
//! own, dropped when the test is done, so tests run in parallel.

use std::sync::atomic::{AtomicU32, Ordering};

use super::{EngineKind, PgOptions, Store};

pub(crate) const URL_VAR: &str = "ABSENCE_LINE_TEST_DATABASE_URL";

/// A database a test can open (and open again, as after a restart).
pub(crate) enum TestDatabase {
    Sled(tempfile::TempDir),
    Postgres(PgOptions),
}

impl TestDatabase {
    pub(crate) fn open(&self) -> Store {
        match self {
            TestDatabase::Sled(dir) => Store::open(dir.path()).unwrap(),
            TestDatabase::Postgres(options) => Store::open_postgres(options).unwrap(),
        }
    }

    pub(crate) fn kind(&self) -> EngineKind {
        match self {
            TestDatabase::Sled(_) => EngineKind::Sled,
            TestDatabase::Postgres(_) => EngineKind::Postgres,
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let TestDatabase::Postgres(options) = self else {
            return;
        };
        let (url, schema) = (options.url.clone(), options.schema.clone().unwrap());
        // The synchronous client must not run on a tokio thread.
        let dropped = std::thread::spawn(move || {
            let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
            client.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        })
        .join()
        .expect("dropping a test schema panicked");
        if let Err(e) = dropped {
            eprintln!("could not drop test schema: {e}");
        }
    }
}

/// A fresh sled database, and a fresh PostgreSQL one when a server is set.
pub(crate) fn test_databases() -> Vec<TestDatabase> {
    let mut databases = vec![TestDatabase::Sled(tempfile::tempdir().unwrap())];
    databases.extend(postgres_database());
    databases
}

/// A fresh PostgreSQL database (a new schema), or `None` with a notice
/// when no server is set for the tests.
pub(crate) fn postgres_database() -> Option<TestDatabase> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let Ok(url) = std::env::var(URL_VAR) else {
        eprintln!("{URL_VAR} is not set: skipping the PostgreSQL engine");
        return None;
    };
    // The time keeps a schema left by a crashed run from being reused.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let schema = format!(
        "test_{}_{}_{nanos}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    Some(TestDatabase::Postgres(PgOptions {
        url,
        schema: Some(schema),
        connections: 2,
    }))
}
