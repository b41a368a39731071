//! How fast the daemon takes signed Twilio webhooks, each answered only
//! once its message is on disk: `cargo build --release && cargo run
//! --release --example ingest_bench -- [CONNECTIONS] [SECONDS]` (32 and 10
//! unless told).
//!
//! It starts `absence-line serve` (the release build beside this example)
//! on the demo school with Twilio pointed at a local stand-in, measures the
//! disk's own flush rate in the same folder, then posts distinct signed
//! webhooks from CONNECTIONS connections for SECONDS. It prints the rate,
//! the latency percentiles, the writes carried per disk flush, how fast
//! the pipeline worked the messages (while they came, and the backlog
//! after), and the daemon's peak resident memory.
//!
//! With `ABSENCE_LINE_DATABASE_URL` set, the daemon's store is that
//! PostgreSQL database (in a schema of its own, dropped afterwards)
//! instead of sled.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use absence_line::channels::twilio::signature;
use anyhow::{Context, bail, ensure};

const TOKEN: &str = "ingest-bench-token";
const ACCOUNT: &str = "AC00000000000000000000000000000000";
const PUBLIC_URL: &str = "https://absence.bench.example.org";

/// A webhook not answered within this fails the run (the daemon's own
/// request timeout is 30 s): a stuck daemon ends the bench, not hangs it.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(40);

/// How long the daemon has to stop cleanly after SIGTERM.
const STOP_TIMEOUT: Duration = Duration::from_secs(30);

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let connections: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(32);
    let seconds: u64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(10);
    ensure!(
        (1..=512).contains(&connections) && (1..=120).contains(&seconds),
        "1 to 512 connections, for 1 to 120 seconds"
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(bench(connections, seconds))
}

async fn bench(connections: usize, seconds: u64) -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let binary = std::env::current_exe()?
        .parent()
        .and_then(Path::parent)
        .map(|release| release.join("absence-line"))
        .context("where the release build is")?;
    ensure!(
        binary.exists(),
        "{} is missing: run `cargo build --release` first",
        binary.display()
    );
    let school = tempfile::tempdir()?;
    let _schema = SchemaDroppedAtEnd;
    let api_base = stand_in_for_twilio().await?;
    lay_out_school(root, school.path(), &api_base)?;

    let fsyncs_per_second = disk_flush_rate(school.path())?;
    let daemon = Daemon::start(&binary, school.path()).await?;
    let url = format!("{}/sms/twilio", daemon.url);
    let signed_url = format!("{PUBLIC_URL}/sms/twilio");

    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(connections)
        .timeout(REQUEST_TIMEOUT)
        .build()?;
    let server_before = postgres_server_counts()?;
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let next_sid = Arc::new(AtomicU64::new(0));
    let mut workers = Vec::new();
    for _ in 0..connections {
        let (client, url, signed_url, next_sid) = (
            client.clone(),
            url.clone(),
            signed_url.clone(),
            next_sid.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let n = next_sid.fetch_add(1, Ordering::Relaxed);
                let params = webhook(n);
                let sent = Instant::now();
                let response = client
                    .post(&url)
                    .header(
                        "X-Twilio-Signature",
                        signature::signature(TOKEN, &signed_url, &params),
                    )
                    .form(&params)
                    .send()
                    .await?;
                if !response.status().is_success() {
                    bail!("webhook {n} was answered {}", response.status());
                }
                latencies.push(sent.elapsed());
            }
            anyhow::Ok(latencies)
        }));
    }
    let mut latencies = Vec::new();
    for worker in workers {
        latencies.extend(worker.await??);
    }
    let server_during = match (server_before, postgres_server_counts()?) {
        (Some(before), Some(after)) => Some(after - before),
        _ => None,
    };
    let peak_kib_posting = daemon.peak_resident_kib()?;
    let drained = drain(&client, &daemon.url).await?;
    let peak_kib = daemon.peak_resident_kib()?;
    let flushed = daemon.stop()?;

    latencies.sort();
    let count = latencies.len();
    let rate = count as f64 / seconds as f64;
    let percentile = |p: f64| latencies[((count as f64 * p) as usize).min(count - 1)];
    println!("webhooks stored and answered: {count} in {seconds} s from {connections} connections");
    println!("rate:     {rate:.0} per second");
    println!(
        "latency:  p50 {:.1} ms, p99 {:.1} ms",
        percentile(0.50).as_secs_f64() * 1e3,
        percentile(0.99).as_secs_f64() * 1e3
    );
    match server_during {
        // The daemon flushes nothing itself: each commit is durable.
        Some(server) => println!(
            "disk:     {fsyncs_per_second:.0} flushes per second on its own\n\
             store:    PostgreSQL, each write committed before it is answered; while the webhooks came the server committed {} transactions and flushed its WAL {} times ({:.1} webhooks a WAL flush)",
            server.commits,
            server.wal_flushes,
            count as f64 / server.wal_flushes.max(1) as f64
        ),
        None => println!(
            "disk:     {fsyncs_per_second:.0} flushes per second on its own; the daemon's store made {} flushes for {} durable writes ({:.1} a flush)",
            flushed.flushes,
            flushed.writes,
            flushed.writes as f64 / flushed.flushes.max(1) as f64
        ),
    }
    let worked_while_posting = count as u64 - drained.backlog;
    println!(
        "pipeline: {worked_while_posting} worked while the webhooks came ({:.0} per second); the {} left worked in {:.1} s ({:.0} per second){}",
        worked_while_posting as f64 / seconds as f64,
        drained.backlog,
        drained.took.as_secs_f64(),
        (drained.backlog - drained.left) as f64 / drained.took.as_secs_f64(),
        match drained.left {
            0 => String::new(),
            left => format!(", {left} still waiting when the bench gave up"),
        }
    );
    println!(
        "memory:   the daemon's peak resident set was {} MB while the webhooks came, {} MB by the end",
        peak_kib_posting / 1024,
        peak_kib / 1024
    );
    Ok(())
}

/// The longest the bench waits for the pipeline to work the backlog.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(120);

/// How the pipeline worked the messages left waiting when the webhooks
/// stopped.
struct Drained {
    backlog: u64,
    /// Still waiting when the bench stopped waiting.
    left: u64,
    took: Duration,
}

/// Watches `/healthz`'s count of messages waiting from when the webhooks
/// stop until it reaches none (or [`DRAIN_TIMEOUT`]): the pipeline's rate
/// of parsing, recording and storing acknowledgements, with nothing else
/// to do.
async fn drain(client: &reqwest::Client, daemon: &str) -> anyhow::Result<Drained> {
    let url = format!("{daemon}/healthz");
    let waiting = || async {
        let health: serde_json::Value = client.get(&url).send().await?.json().await?;
        health["inbound_waiting"]
            .as_u64()
            .context("inbound_waiting in /healthz")
    };
    let started = Instant::now();
    let backlog = waiting().await?;
    let mut left = backlog;
    while left > 0 && started.elapsed() < DRAIN_TIMEOUT {
        tokio::time::sleep(Duration::from_millis(20)).await;
        left = waiting().await?;
    }
    Ok(Drained {
        backlog,
        left,
        took: started.elapsed(),
    })
}

/// A text from a parent on the demo roster, numbered to be distinct.
fn webhook(n: u64) -> Vec<(String, String)> {
    let sid = format!("SM{n:032}");
    [
        ("MessageSid", sid.as_str()),
        ("SmsSid", sid.as_str()),
        ("AccountSid", ACCOUNT),
        ("From", "+447700900100"),
        ("To", "+447700900000"),
        ("Body", "Millie is poorly today, she won't be in"),
        ("NumMedia", "0"),
        ("NumSegments", "1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// The demo school in `dir`, with Twilio's webhooks signed by [`TOKEN`] and
/// its REST API at `api_base`.
fn lay_out_school(root: &Path, dir: &Path, api_base: &str) -> anyhow::Result<()> {
    let config = std::fs::read_to_string(root.join("config.toml"))?
        .replace("listen = \"127.0.0.1:8080\"", "listen = \"127.0.0.1:0\"")
        .replace(
            "# public_url = \"https://absence.fernhill.example.org\"",
            &format!("public_url = \"{PUBLIC_URL}\""),
        );
    let store = match postgres_schema() {
        Some(schema) => format!(
            "\n[store]\npostgres = {{ url = {{ env = \"{DATABASE_URL}\" }}, schema = \"{schema}\" }}\n"
        ),
        None => String::new(),
    };
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "{config}\n[channels.twilio]\naccount_sid = \"{ACCOUNT}\"\nauth_token = {{ file = \"twilio_token\" }}\nfrom = \"+447700900000\"\napi_base = \"{api_base}\"\n{store}"
        ),
    )?;
    std::fs::write(dir.join("twilio_token"), TOKEN)?;
    for folder in ["demo", "messages", "flows"] {
        copy_dir(&root.join(folder), &dir.join(folder))?;
    }
    Ok(())
}

const DATABASE_URL: &str = "ABSENCE_LINE_DATABASE_URL";

/// The schema the daemon's tables go in when benchmarking on PostgreSQL.
fn postgres_schema() -> Option<String> {
    std::env::var(DATABASE_URL)
        .ok()
        .map(|_| format!("ingest_bench_{}", std::process::id()))
}

/// What the PostgreSQL server has done since it started: transactions
/// committed in the benchmark's database, and WAL flushes (the fsyncs
/// that make commits durable, shared by commits that arrive together).
#[derive(Debug, Clone, Copy)]
struct ServerCounts {
    commits: i64,
    wal_flushes: i64,
}

impl std::ops::Sub for ServerCounts {
    type Output = ServerCounts;
    fn sub(self, earlier: ServerCounts) -> ServerCounts {
        ServerCounts {
            commits: self.commits - earlier.commits,
            wal_flushes: self.wal_flushes - earlier.wal_flushes,
        }
    }
}

/// The server's counts now, when benchmarking on PostgreSQL (on a thread:
/// the synchronous client must not run inside tokio).
fn postgres_server_counts() -> anyhow::Result<Option<ServerCounts>> {
    let Ok(url) = std::env::var(DATABASE_URL) else {
        return Ok(None);
    };
    let counts = std::thread::spawn(move || {
        let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
        // The statistics are read as of the transaction's start.
        client.batch_execute("SELECT pg_stat_clear_snapshot()")?;
        let row = client.query_one(
            "SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()), \
                    (SELECT wal_sync FROM pg_stat_wal)",
            &[],
        )?;
        Ok::<_, postgres::Error>(ServerCounts {
            commits: row.get(0),
            wal_flushes: row.get(1),
        })
    })
    .join()
    .map_err(|_| anyhow::anyhow!("reading the server's counts panicked"))??;
    Ok(Some(counts))
}

/// Drops the benchmark's schema when dropped, however the bench ends.
struct SchemaDroppedAtEnd;

impl Drop for SchemaDroppedAtEnd {
    fn drop(&mut self) {
        if let Err(error) = drop_postgres_schema() {
            eprintln!("dropping the benchmark's schema: {error:#}");
        }
    }
}

/// Drops the benchmark's schema (on a thread: the synchronous client must
/// not run inside tokio).
fn drop_postgres_schema() -> anyhow::Result<()> {
    let (Ok(url), Some(schema)) = (std::env::var(DATABASE_URL), postgres_schema()) else {
        return Ok(());
    };
    std::thread::spawn(move || {
        let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
        client.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
    })
    .join()
    .map_err(|_| anyhow::anyhow!("dropping the benchmark's schema panicked"))??;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        std::fs::copy(entry.path(), to.join(entry.file_name()))?;
    }
    Ok(())
}

/// How many small write-and-flush rounds the disk does in a second alone:
/// the ceiling for writers that each flush their own write.
fn disk_flush_rate(dir: &Path) -> anyhow::Result<f64> {
    use std::io::Write;
    let path = dir.join("flush-probe");
    let mut file = std::fs::File::create(&path)?;
    let started = Instant::now();
    let mut rounds = 0u32;
    while started.elapsed() < Duration::from_secs(1) {
        file.write_all(&[0u8; 512])?;
        file.sync_data()?;
        rounds += 1;
    }
    std::fs::remove_file(path)?;
    Ok(f64::from(rounds) / started.elapsed().as_secs_f64())
}

/// A stand-in for Twilio's Messages resource: every send is accepted.
async fn stand_in_for_twilio() -> anyhow::Result<String> {
    use axum::routing::post;
    let next = Arc::new(AtomicU64::new(0));
    let app = axum::Router::new().route(
        "/2010-04-01/Accounts/{account}/Messages.json",
        post(move || {
            let n = next.fetch_add(1, Ordering::Relaxed);
            async move {
                (
                    axum::http::StatusCode::CREATED,
                    axum::Json(
                        serde_json::json!({ "sid": format!("SMout{n:027}"), "status": "queued" }),
                    ),
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(format!("http://{address}"))
}

/// `absence-line serve` as a process, killed if dropped before it was
/// stopped (the bench failed), so no run leaves a daemon behind.
struct Daemon {
    child: Child,
    url: String,
    log: PathBuf,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Daemon {
    /// Starts the daemon and waits until its log says where it listens.
    async fn start(binary: &Path, school: &Path) -> anyhow::Result<Daemon> {
        let log = school.join("daemon.log");
        let child = Command::new(binary)
            .current_dir(school)
            .args(["--config", "config.toml", "serve"])
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?)
            .spawn()?;
        let mut daemon = Daemon {
            child,
            url: String::new(),
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let said = std::fs::read_to_string(&daemon.log).unwrap_or_default();
            if let Some(address) = said
                .lines()
                .find(|l| l.contains("absence-line is listening"))
                .and_then(|l| l.split("address=").nth(1))
                .and_then(|rest| rest.split_whitespace().next())
            {
                daemon.url = format!("http://{address}");
                return Ok(daemon);
            }
            if let Some(status) = daemon.child.try_wait()? {
                bail!("the daemon stopped ({status}): {said}");
            }
            ensure!(
                Instant::now() < deadline,
                "the daemon did not start: {said}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The most memory the daemon has held resident (VmHWM), in KiB.
    fn peak_resident_kib(&self) -> anyhow::Result<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|kib| kib.parse().ok())
            .context("VmHWM in /proc")
    }

    /// Stops the daemon with SIGTERM and reads the store's flush counts
    /// from the line it logs on stopping cleanly.
    fn stop(mut self) -> anyhow::Result<Flushed> {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()?;
        let deadline = Instant::now() + STOP_TIMEOUT;
        while self.child.try_wait()?.is_none() {
            ensure!(
                Instant::now() < deadline,
                "the daemon did not stop within {STOP_TIMEOUT:?} of SIGTERM (killed)"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let said = std::fs::read_to_string(&self.log)?;
        let stopped = said
            .lines()
            .find(|l| l.contains("stopped cleanly"))
            .with_context(|| format!("the daemon did not stop cleanly: {said}"))?;
        let field = |name: &str| -> anyhow::Result<u64> {
            stopped
                .split_whitespace()
                .find_map(|w| w.strip_prefix(name))
                .and_then(|n| n.parse().ok())
                .with_context(|| format!("{name} in: {stopped}"))
        };
        Ok(Flushed {
            flushes: field("flushes=")?,
            writes: field("durable_writes=")?,
        })
    }
}

/// What the daemon's store said of its flushes.
struct Flushed {
    flushes: u64,
    writes: u64,
}
