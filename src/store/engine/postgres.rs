//! The PostgreSQL engine: every table is a set of rows in one `records`
//! table, reached through a few connections each owned by its own thread.
//!
//! The store's API is synchronous and is called from the daemon's async
//! tasks as well as from plain threads. The synchronous `postgres` client
//! runs its own small runtime and must not be driven from inside tokio, so
//! each connection lives on a dedicated thread; a caller sends it a job and
//! blocks on the answer, as it would block on a sled flush.
//!
//! Schema (see [`MIGRATIONS`]):
//! - `records(tree, key, value)`: `tree` is the table's name, `key` its
//!   string key, `value` the JSON bytes exactly as sled holds them. Both
//!   text columns use the "C" collation so keys sort by their bytes, as in
//!   sled, and prefix scans are key ranges on the primary key.
//! - `ids`: the sequence behind [`PgDatabase::next_id`].
//! - `leases(name, holder, token, expires_at)`: who does a piece of work
//!   only one daemon may do, until when, and a fencing token that grows
//!   each time the lease changes hands.
//! - `absence_line_migrations`: which of the steps below have been applied.
//!
//! Durability: every write is committed (with `synchronous_commit` on, the
//! server's default) before the caller is answered, so there is nothing to
//! flush.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::ops::Bound;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, GenericClient, NoTls, Statement, Transaction};

use super::RawOp;
use crate::error::{Error, Result};
use crate::store::lease::FenceCheck;

/// `MIGRATIONS[i]` brings the database schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 0 → 1: the records and the id sequence.
    r#"CREATE TABLE records (
           tree text COLLATE "C" NOT NULL,
           key text COLLATE "C" NOT NULL,
           value bytea NOT NULL,
           PRIMARY KEY (tree, key)
       );
       CREATE SEQUENCE ids MINVALUE 0 START 0;"#,
    // 1 → 2: leases on work only one daemon may do at a time.
    r#"CREATE TABLE leases (
           name text PRIMARY KEY,
           holder text NOT NULL,
           token bigint NOT NULL,
           expires_at timestamptz NOT NULL
       );"#,
];

/// How many rows a scan reads at a time.
const SCAN_PAGE: i64 = 500;

/// How long the listener waits for a notification before checking its
/// connection, and before reconnecting after an error.
const WAKE_POLL: Duration = Duration::from_secs(1);

/// How long opening waits for the server before giving up.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the database is and how to use it.
#[derive(Debug, Clone)]
pub struct PgOptions {
    /// `postgres://user:password@host:port/database` or key=value form.
    pub url: String,
    /// The PostgreSQL schema holding the tables (`public` when unset):
    /// several stores can share one database in separate schemas.
    pub schema: Option<String>,
    /// Connections (and threads) for reads and writes.
    pub connections: usize,
}

type Job = Box<dyn FnOnce(std::result::Result<&mut Client, Error>) + Send>;

/// One process's connections to the database.
pub(in crate::store) struct PgDatabase {
    jobs: Sender<Job>,
    /// The connection that holds the records' write lock: a session-level
    /// advisory lock lives as long as the connection that took it, so it is
    /// released if this process dies while holding it.
    lock_jobs: Sender<Job>,
    /// The advisory lock's key, derived from the schema so stores in
    /// different schemas do not wait for one another.
    lock_key: i64,
    /// For the connection that listens for other processes' wake-ups.
    config: postgres::Config,
    schema: Option<String>,
}

/// The channel wake-ups between processes go by; the payload names the
/// schema and the wake-up (`public inbox`).
const WAKE_CHANNEL: &str = "absence_line_wake";

impl PgDatabase {
    /// Starts the connection threads and brings the schema up to date.
    pub(in crate::store) fn open(options: &PgOptions) -> Result<PgDatabase> {
        let mut config: postgres::Config = options
            .url
            .parse()
            .map_err(|e| Error::Store(format!("the PostgreSQL URL is not valid: {e}")))?;
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("absence-line");
        let schema = match &options.schema {
            Some(s) => Some(valid_schema_name(s)?.to_string()),
            None => None,
        };
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..options.connections.max(1) {
            spawn_connection(
                format!("postgres-{n}"),
                config.clone(),
                schema.clone(),
                queue.clone(),
            )?;
        }
        let (lock_jobs, lock_queue) = mpsc::channel::<Job>();
        spawn_connection(
            "postgres-lock".into(),
            config.clone(),
            schema.clone(),
            Arc::new(Mutex::new(lock_queue)),
        )?;
        let db = PgDatabase {
            jobs,
            lock_jobs,
            lock_key: lock_key(schema.as_deref().unwrap_or("public")),
            config,
            schema,
        };
        db.run(migrate)?;
        Ok(db)
    }

    /// Runs `f` on one of the connections and waits for its answer.
    fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Client) -> std::result::Result<T, postgres::Error> + Send + 'static,
    ) -> Result<T> {
        run_on(&self.jobs, f)
    }

    pub(in crate::store) fn get(&self, tree: &str, key: &str) -> Result<Option<Vec<u8>>> {
        let (tree, key) = (tree.to_string(), key.to_string());
        self.run(move |c| {
            let select = prepared(c, "SELECT value FROM records WHERE tree = $1 AND key = $2")?;
            let row = c.query_opt(&select, &[&tree, &key])?;
            Ok(row.map(|r| r.get(0)))
        })
    }

    pub(in crate::store) fn insert(
        &self,
        tree: &str,
        key: &str,
        value: Vec<u8>,
        fence: Option<FenceCheck>,
    ) -> Result<Option<Vec<u8>>> {
        let (tree, key) = (tree.to_string(), key.to_string());
        self.run_fenced(fence, move |mut tx| {
            let select = prepared(
                &mut tx,
                "SELECT value FROM records WHERE tree = $1 AND key = $2 FOR UPDATE",
            )?;
            let old = tx.query_opt(&select, &[&tree, &key])?.map(|r| r.get(0));
            put(&mut tx, &tree, &key, &value)?;
            tx.commit()?;
            Ok(old)
        })
    }

    pub(in crate::store) fn remove(
        &self,
        tree: &str,
        key: &str,
        fence: Option<FenceCheck>,
    ) -> Result<Option<Vec<u8>>> {
        let (tree, key) = (tree.to_string(), key.to_string());
        self.run_fenced(fence, move |mut tx| {
            let row = tx.query_opt(
                "DELETE FROM records WHERE tree = $1 AND key = $2 RETURNING value",
                &[&tree, &key],
            )?;
            tx.commit()?;
            Ok(row.map(|r| r.get(0)))
        })
    }

    /// Replaces `old` with `new` under `key` if `old` is what is there
    /// (`None`: absent); true when it was.
    pub(in crate::store) fn compare_and_swap(
        &self,
        tree: &str,
        key: &str,
        old: Option<Vec<u8>>,
        new: Option<Vec<u8>>,
        fence: Option<FenceCheck>,
    ) -> Result<bool> {
        let (tree, key) = (tree.to_string(), key.to_string());
        self.run_fenced(fence, move |mut tx| {
            let changed = match (old, new) {
                (None, Some(new)) => tx.execute(
                    "INSERT INTO records (tree, key, value) VALUES ($1, $2, $3) \
                     ON CONFLICT DO NOTHING",
                    &[&tree, &key, &new],
                )?,
                (Some(old), Some(new)) => tx.execute(
                    "UPDATE records SET value = $4 WHERE tree = $1 AND key = $2 AND value = $3",
                    &[&tree, &key, &old, &new],
                )?,
                (Some(old), None) => tx.execute(
                    "DELETE FROM records WHERE tree = $1 AND key = $2 AND value = $3",
                    &[&tree, &key, &old],
                )?,
                (None, None) => {
                    let absent = tx
                        .query_opt(
                            "SELECT 1 FROM records WHERE tree = $1 AND key = $2",
                            &[&tree, &key],
                        )?
                        .is_none();
                    u64::from(absent)
                }
            };
            tx.commit()?;
            Ok(changed == 1)
        })
    }

    /// Runs `write` on a transaction of its own, which it commits (dropped,
    /// the transaction is rolled back). When `fence` is given, only if the
    /// lease's row still shows its token, locked so a takeover waits until
    /// this transaction ends; refused, writing nothing, when it does not.
    fn run_fenced<T: Send + 'static>(
        &self,
        fence: Option<FenceCheck>,
        write: impl FnOnce(Transaction<'_>) -> std::result::Result<T, postgres::Error> + Send + 'static,
    ) -> Result<T> {
        let checked = fence.clone();
        let written = self.run(move |c| match begin(c, fence.as_ref())? {
            Some(tx) => write(tx).map(Some),
            None => Ok(None),
        })?;
        written.ok_or_else(|| checked.expect("only a fenced write is refused").stale())
    }

    /// Up to [`SCAN_PAGE`] entries of `tree` after `from`, below `to`, in
    /// key order.
    fn page(
        &self,
        tree: &str,
        from: Bound<String>,
        to: Option<String>,
    ) -> Result<Vec<(String, Vec<u8>)>> {
        let tree = tree.to_string();
        self.run(move |c| {
            let (lower, from) = match from {
                Bound::Included(k) => (">=", k),
                Bound::Excluded(k) => (">", k),
                Bound::Unbounded => (">=", String::new()),
            };
            let rows = match to {
                Some(to) => c.query(
                    &format!(
                        "SELECT key, value FROM records WHERE tree = $1 AND key {lower} $2 \
                         AND key < $3 ORDER BY key LIMIT {SCAN_PAGE}"
                    ),
                    &[&tree, &from, &to],
                )?,
                None => c.query(
                    &format!(
                        "SELECT key, value FROM records WHERE tree = $1 AND key {lower} $2 \
                         ORDER BY key LIMIT {SCAN_PAGE}"
                    ),
                    &[&tree, &from],
                )?,
            };
            Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
        })
    }

    pub(in crate::store) fn len(&self, tree: &str) -> Result<usize> {
        let tree = tree.to_string();
        let n: i64 = self.run(move |c| {
            c.query_one("SELECT count(*) FROM records WHERE tree = $1", &[&tree])
                .map(|r| r.get(0))
        })?;
        Ok(n as usize)
    }

    pub(in crate::store) fn tree_names(&self) -> Result<Vec<String>> {
        self.run(|c| {
            let rows = c.query("SELECT DISTINCT tree FROM records ORDER BY tree", &[])?;
            Ok(rows.into_iter().map(|r| r.get(0)).collect())
        })
    }

    pub(in crate::store) fn next_id(&self) -> Result<u64> {
        let id: i64 = self.run(|c| c.query_one("SELECT nextval('ids')", &[]).map(|r| r.get(0)))?;
        Ok(id as u64)
    }

    /// Makes every later [`PgDatabase::next_id`] at least `floor`.
    pub(in crate::store) fn raise_next_id(&self, floor: u64) -> Result<()> {
        let floor = floor as i64;
        self.run(move |c| {
            c.execute(
                "SELECT setval('ids', greatest($1, (SELECT last_value FROM ids)), true)",
                &[&floor],
            )
            .map(|_| ())
        })
    }

    /// Applies the writes in one transaction; false, having written
    /// nothing, when a key that had to be new existed. Refused, writing
    /// nothing, when `fence` is given and no longer holds.
    pub(in crate::store) fn apply(
        &self,
        ops: Vec<RawOp>,
        fence: Option<FenceCheck>,
    ) -> Result<bool> {
        self.run_fenced(fence, move |mut tx| {
            for op in &ops {
                match &op.value {
                    Some(value) if op.must_be_new => {
                        let insert = prepared(
                            &mut tx,
                            "INSERT INTO records (tree, key, value) VALUES ($1, $2, $3) \
                             ON CONFLICT DO NOTHING",
                        )?;
                        let inserted = tx.execute(&insert, &[&op.tree, &op.key, value])?;
                        if inserted == 0 {
                            tx.rollback()?;
                            return Ok(false);
                        }
                    }
                    Some(value) => put(&mut tx, &op.tree, &op.key, value)?,
                    None => {
                        let delete =
                            prepared(&mut tx, "DELETE FROM records WHERE tree = $1 AND key = $2")?;
                        tx.execute(&delete, &[&op.tree, &op.key])?;
                    }
                }
            }
            tx.commit()?;
            Ok(true)
        })
    }

    /// Takes or renews the lease `name` for `holder` until `ttl` from now
    /// by the database's clock (one clock for every daemon, whatever their
    /// machines say). The fencing token when `holder` has the lease: it
    /// stays the same while renewed and grows when the lease changes hands.
    pub(in crate::store) fn lease(
        &self,
        name: &str,
        holder: &str,
        ttl: Duration,
    ) -> Result<Option<u64>> {
        let (name, holder) = (name.to_string(), holder.to_string());
        let ttl = ttl.as_secs_f64();
        let token: Option<i64> = self.run(move |c| {
            let row = c.query_opt(
                "INSERT INTO leases AS l (name, holder, token, expires_at) \
                 VALUES ($1, $2, 1, now() + make_interval(secs => $3)) \
                 ON CONFLICT (name) DO UPDATE SET \
                     holder = EXCLUDED.holder, \
                     token = l.token + CASE WHEN l.holder = EXCLUDED.holder THEN 0 ELSE 1 END, \
                     expires_at = EXCLUDED.expires_at \
                 WHERE l.holder = EXCLUDED.holder OR l.expires_at < now() \
                 RETURNING token",
                &[&name, &holder, &ttl],
            )?;
            Ok(row.map(|r| r.get(0)))
        })?;
        Ok(token.map(|t| t as u64))
    }

    /// Gives the lease up at once, if `holder` has it, so another daemon
    /// need not wait for it to expire.
    pub(in crate::store) fn release(&self, name: &str, holder: &str) -> Result<()> {
        let (name, holder) = (name.to_string(), holder.to_string());
        self.run(move |c| {
            c.execute(
                "UPDATE leases SET expires_at = now() - interval '1 second' \
                 WHERE name = $1 AND holder = $2",
                &[&name, &holder],
            )
            .map(|_| ())
        })
    }

    /// Tells every process listening on this database (see
    /// [`PgDatabase::listen`]) that `name` has something for it.
    pub(in crate::store) fn wake(&self, name: &str) -> Result<()> {
        let payload = self.wake_payload(name);
        self.run(move |c| {
            let notify = prepared(c, "SELECT pg_notify($1, $2)")?;
            c.execute(&notify, &[&WAKE_CHANNEL, &payload]).map(|_| ())
        })
    }

    fn wake_payload(&self, name: &str) -> String {
        format!("{} {name}", self.schema.as_deref().unwrap_or("public"))
    }

    /// Listens, on a connection of its own, for the wake-ups other
    /// processes send on this database, and calls `woken` with each name.
    /// Reconnects if the connection drops; runs as long as the process.
    pub(in crate::store) fn listen(&self, woken: impl Fn(&str) + Send + 'static) -> Result<()> {
        let (config, schema) = (self.config.clone(), self.schema.clone());
        let prefix = self.wake_payload("");
        std::thread::Builder::new()
            .name("postgres-listen".into())
            .spawn(move || {
                loop {
                    let listened: Result<()> =
                        connect(&config, schema.as_deref()).and_then(|mut client| {
                            client
                                .batch_execute(&format!("LISTEN {WAKE_CHANNEL}"))
                                .map_err(pg_err)?;
                            loop {
                                {
                                    let mut notifications = client.notifications();
                                    let mut waiting = notifications.timeout_iter(WAKE_POLL);
                                    while let Some(notification) = waiting.next().map_err(pg_err)? {
                                        if let Some(name) =
                                            notification.payload().strip_prefix(&prefix)
                                        {
                                            woken(name);
                                        }
                                    }
                                }
                                if client.is_closed() {
                                    return Err(Error::Store(
                                        "the listening connection closed".into(),
                                    ));
                                }
                            }
                        });
                    if let Err(error) = listened {
                        tracing::warn!(error = %error, "listening for other daemons' wake-ups");
                    }
                    std::thread::sleep(WAKE_POLL);
                }
            })
            .map(|_| ())
            .map_err(|e| Error::Store(format!("starting the PostgreSQL listener: {e}")))
    }

    /// Waits for the records' write lock, shared with every process on
    /// this database.
    pub(in crate::store) fn lock_records(&self) -> Result<()> {
        let key = self.lock_key;
        run_on(&self.lock_jobs, move |c| {
            c.execute("SELECT pg_advisory_lock($1)", &[&key])
                .map(|_| ())
        })
    }

    pub(in crate::store) fn unlock_records(&self) -> Result<()> {
        let key = self.lock_key;
        run_on(&self.lock_jobs, move |c| {
            c.execute("SELECT pg_advisory_unlock($1)", &[&key])
                .map(|_| ())
        })
    }
}

/// Entries of one table in key order, read a page at a time.
pub(in crate::store) struct PgScan {
    db: Arc<PgDatabase>,
    tree: String,
    from: Bound<String>,
    to: Option<String>,
    page: VecDeque<(String, Vec<u8>)>,
    finished: bool,
}

impl PgScan {
    pub(in crate::store) fn new(
        db: Arc<PgDatabase>,
        tree: &str,
        from: Bound<String>,
        to: Option<String>,
    ) -> PgScan {
        PgScan {
            db,
            tree: tree.to_string(),
            from,
            to,
            page: VecDeque::new(),
            finished: false,
        }
    }
}

impl Iterator for PgScan {
    type Item = Result<(String, Vec<u8>)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.page.is_empty() && !self.finished {
            match self.db.page(&self.tree, self.from.clone(), self.to.clone()) {
                Ok(rows) => {
                    self.finished = (rows.len() as i64) < SCAN_PAGE;
                    self.page = rows.into();
                }
                Err(e) => {
                    self.finished = true;
                    return Some(Err(e));
                }
            }
        }
        let (key, value) = self.page.pop_front()?;
        self.from = Bound::Excluded(key.clone());
        Some(Ok((key, value)))
    }
}

thread_local! {
    /// The statements this connection thread has prepared, by their text:
    /// each is parsed and planned once per connection, not at every call
    /// (a round trip and the server's work saved on every write).
    static PREPARED: RefCell<HashMap<&'static str, Statement>> = RefCell::default();
}

/// `sql` prepared on this thread's connection, once.
fn prepared(
    client: &mut impl GenericClient,
    sql: &'static str,
) -> std::result::Result<Statement, postgres::Error> {
    if let Some(statement) = PREPARED.with(|p| p.borrow().get(sql).cloned()) {
        return Ok(statement);
    }
    let statement = client.prepare(sql)?;
    PREPARED.with(|p| p.borrow_mut().insert(sql, statement.clone()));
    Ok(statement)
}

/// Begins a transaction; with a fence, only when the lease still holds
/// (`None`, rolled back, when it does not).
fn begin<'c>(
    client: &'c mut Client,
    fence: Option<&FenceCheck>,
) -> std::result::Result<Option<Transaction<'c>>, postgres::Error> {
    let mut tx = client.transaction()?;
    if let Some(fence) = fence
        && !holds(&mut tx, fence)?
    {
        tx.rollback()?;
        return Ok(None);
    }
    Ok(Some(tx))
}

/// Whether the lease's row still shows the fence's token; the row is
/// locked until the transaction ends, so the lease cannot change hands
/// under a write.
fn holds(
    tx: &mut Transaction<'_>,
    fence: &FenceCheck,
) -> std::result::Result<bool, postgres::Error> {
    let select = prepared(tx, "SELECT token FROM leases WHERE name = $1 FOR SHARE")?;
    let row = tx.query_opt(&select, &[&fence.lease])?;
    Ok(row.is_some_and(|r| r.get::<_, i64>(0) as u64 == fence.token))
}

fn put(
    tx: &mut Transaction<'_>,
    tree: &str,
    key: &str,
    value: &[u8],
) -> std::result::Result<(), postgres::Error> {
    let upsert = prepared(
        tx,
        "INSERT INTO records (tree, key, value) VALUES ($1, $2, $3) \
         ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value",
    )?;
    tx.execute(&upsert, &[&tree, &key, &value])?;
    Ok(())
}

fn run_on<T: Send + 'static>(
    jobs: &Sender<Job>,
    f: impl FnOnce(&mut Client) -> std::result::Result<T, postgres::Error> + Send + 'static,
) -> Result<T> {
    let (answer, answered) = mpsc::sync_channel(1);
    let job: Job = Box::new(move |client| {
        let outcome = client.and_then(|c| f(c).map_err(pg_err));
        let _ = answer.send(outcome);
    });
    jobs.send(job)
        .map_err(|_| Error::Store("the PostgreSQL connections have stopped".into()))?;
    answered
        .recv()
        .map_err(|_| Error::Store("a PostgreSQL connection stopped mid-request".into()))?
}

/// A thread owning one connection, connecting (again) whenever it has a job
/// and no open connection, until every sender of jobs is gone.
fn spawn_connection(
    name: String,
    config: postgres::Config,
    schema: Option<String>,
    queue: Arc<Mutex<Receiver<Job>>>,
) -> Result<()> {
    std::thread::Builder::new()
        .name(name)
        .spawn(move || {
            let mut client: Option<Client> = None;
            loop {
                let job = match queue.lock().map(|q| q.recv()) {
                    Ok(Ok(job)) => job,
                    _ => return,
                };
                if client.as_ref().is_none_or(Client::is_closed) {
                    // A new connection has none of the old one's statements.
                    PREPARED.with(|p| p.borrow_mut().clear());
                    client = connect(&config, schema.as_deref())
                        .map_err(|e| tracing::warn!(error = %e, "connecting to PostgreSQL"))
                        .ok();
                }
                match client.as_mut() {
                    Some(c) => job(Ok(c)),
                    None => job(Err(Error::Store("cannot connect to PostgreSQL".into()))),
                }
            }
        })
        .map(|_| ())
        .map_err(|e| Error::Store(format!("starting a PostgreSQL connection thread: {e}")))
}

fn connect(config: &postgres::Config, schema: Option<&str>) -> Result<Client> {
    let mut client = config.connect(NoTls).map_err(pg_err)?;
    if let Some(schema) = schema {
        // The name was checked to be a plain identifier.
        client
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS \"{schema}\"; SET search_path TO \"{schema}\""
            ))
            .map_err(pg_err)?;
    }
    Ok(client)
}

/// Applies the schema steps not yet applied, one process at a time.
fn migrate(client: &mut Client) -> std::result::Result<(), postgres::Error> {
    let mut tx = client.transaction()?;
    tx.batch_execute(
        "SELECT pg_advisory_xact_lock(hashtext('absence-line migrations')); \
         CREATE TABLE IF NOT EXISTS absence_line_migrations ( \
             version integer PRIMARY KEY, \
             applied_at timestamptz NOT NULL DEFAULT now())",
    )?;
    let applied: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM absence_line_migrations",
            &[],
        )?
        .get(0);
    for (step, sql) in MIGRATIONS.iter().enumerate().skip(applied as usize) {
        tx.batch_execute(sql)?;
        tx.execute(
            "INSERT INTO absence_line_migrations (version) VALUES ($1)",
            &[&(step as i32 + 1)],
        )?;
    }
    tx.commit()
}

fn valid_schema_name(name: &str) -> Result<&str> {
    let plain = !name.is_empty()
        && name.len() < 64
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        Ok(name)
    } else {
        Err(Error::Store(format!(
            "the PostgreSQL schema name {name:?} must be lower-case letters, digits and _"
        )))
    }
}

/// The advisory lock key for a schema's records (FNV-1a of its name).
fn lock_key(schema: &str) -> i64 {
    let hash = schema.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    hash as i64
}

fn pg_err(e: postgres::Error) -> Error {
    // A server error's own message says what went wrong; the values the
    // statement carried (keys, which may name a pupil) are not included.
    match e.as_db_error() {
        Some(db) => Error::Store(format!("PostgreSQL: {}", db.message())),
        None => Error::Store(format!("PostgreSQL: {e}")),
    }
}
