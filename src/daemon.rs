//! `absence-line serve`: the whole daemon in one process over one store —
//! HTTP, the inbound pipeline, the outbox, and the background tasks — with
//! a clean shutdown on Ctrl-C or SIGTERM.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::admin::socket::AdminSocket;
use crate::channels::Channels;
use crate::chase::Flows;
use crate::clock::SharedClock;
use crate::config::Config;
use crate::engine::{Engine, acknowledge_links};
use crate::error::{Error, Result};
use crate::feeds::FiguresFeed;
use crate::inbound::{Inbox, Pipeline};
use crate::leadership;
use crate::outbox::{Dispatcher, Outbox};
use crate::redact::Redacted;
use crate::roster::StartImport;
use crate::scheduler::Scheduler;
use crate::schools::Schools;
use crate::server::{self, AppState};
use crate::shutdown::{Coordinator, Shutdown};
use crate::store::{Lease, Store};
use crate::templates::Templates;
use crate::web::WebState;

/// How often the inbound worker looks for stored messages even when not
/// woken: a safety net for a message stored by another path.
const INBOUND_POLL: Duration = Duration::from_secs(30);

/// Runs the daemon on `clock` (the system clock, but for a rehearsal)
/// until `stop` resolves, then shuts down cleanly.
pub async fn run(config: Config, clock: SharedClock, stop: impl Future<Output = ()>) -> Result<()> {
    let data_dir = config.resolve(&config.data_dir);
    // The admin socket lives in the data folder whichever store holds the
    // records.
    crate::private_files::create_folder(&data_dir)
        .map_err(|e| Error::io(format!("creating {}", data_dir.display()), e))?;
    let store = Store::open_configured(&config)?;
    let admin = AdminSocket::bind(&data_dir)?;
    let schools = Schools::from_config(&config, Some(&store))?;
    let templates = Arc::new(Templates::load(&config.resolve(&config.messages_dir))?);
    match crate::roster::import_at_start(&store, &config, clock.now())? {
        StartImport::Imported(summary) => tracing::info!(%summary, "roster imported from config"),
        StartImport::LaterImportKept => tracing::warn!(
            "the [roster] files changed, but `import roster` has run since they were last \
             imported: they are not imported over it (import them with `import roster`)"
        ),
        StartImport::Unchanged | StartImport::NoFiles => {}
    }

    // The work only the lease's holder does writes through a handle fenced
    // by the lease: once another daemon has taken it over, this one's
    // writes are refused, even those already on their way when it lost it.
    // A message another daemon takes in wakes this one's inbound worker.
    store.listen_for_wakes()?;
    let lease = leadership::work_lease(&store, config.store.work_lease());
    let work_store = store.fenced_by(&lease);
    let wonde_syncs = crate::mis::wonde::WondeSync::from_config(&config, &work_store)?;

    let flows = Flows::load(&config.resolve(&config.flows_dir), &templates)?;
    let Engine {
        pipeline,
        outbox,
        chase_feed,
        tickers,
    } = Engine::new(
        &work_store,
        &schools,
        templates.clone(),
        flows,
        acknowledge_links(&store, config.http.public_url.as_deref())?,
    )?;
    let mut scheduler = Scheduler::new(clock.clone());
    for ticker in tickers {
        scheduler.add(ticker);
    }
    scheduler.add(Arc::new(crate::retention::Retention::new(
        &work_store,
        schools.clone(),
        config.retention.clone(),
    )?));
    let web = WebState::new(&store, schools.clone(), templates.clone(), clock.clone())?
        .with_http(&config.http)
        .with_chase(chase_feed)
        .with_figures(Arc::new(FiguresFeed::open(&store, schools.clone())?));
    // Every daemon takes messages in and answers on its channels, so these
    // handles are not fenced.
    let inbox = Inbox::open(&store)?;
    let channels = Channels::from_config(
        &config,
        &store,
        &schools,
        &inbox,
        &Outbox::open(&store)?,
        &templates,
        clock.clone(),
    )?;

    let listener = tokio::net::TcpListener::bind(config.http.listen)
        .await
        .map_err(|e| {
            Error::io(
                format!(
                    "listening on {} (set another address in [http] listen)",
                    config.http.listen
                ),
                e,
            )
        })?;
    let address = listener
        .local_addr()
        .map_err(|e| Error::io("reading the bound address", e))?;
    tracing::info!(%address, store = ?store.engine_kind(), "absence-line is listening");

    let config = Arc::new(config);
    let state = AppState {
        config: config.clone(),
        store: store.clone(),
        schools,
        inbox,
        clock: clock.clone(),
        scheduler: scheduler.poker(),
        web,
        channel_routes: channels.routes,
        metrics: crate::metrics::daemon(),
    };
    let coordinator = Coordinator::default();
    tokio::spawn(admin.serve(store.clone(), config, clock.clone(), coordinator.handle()));
    let http = server::serve(listener, state, coordinator.handle());
    let http = tokio::spawn(async move {
        if let Err(error) = http.await {
            tracing::error!(error = %Redacted(&error), "the HTTP server stopped");
        }
    });
    if let Some(poller) = channels.imap {
        let imap_shutdown = coordinator.handle();
        tokio::spawn(async move {
            if let Err(error) = poller.run(imap_shutdown.subscribe()).await {
                tracing::error!(error = %Redacted(&error), "the IMAP poller stopped");
            }
            drop(imap_shutdown);
        });
    }
    if let Some(bot) = channels.telegram {
        let telegram_shutdown = coordinator.handle();
        tokio::spawn(async move {
            if let Err(error) = bot.run(telegram_shutdown.subscribe()).await {
                tracing::error!(error = %Redacted(&error), "the Telegram bot stopped");
            }
            drop(telegram_shutdown);
        });
    }
    let once_work = OnceWork {
        pipeline,
        dispatcher: Dispatcher::new(outbox, channels.transports, clock.clone()),
        scheduler,
        clock: clock.clone(),
        wonde_syncs,
    };
    tokio::spawn(lead(lease.clone(), once_work, coordinator.handle()));

    stop.await;
    tracing::info!("shutting down");
    coordinator.shut_down().await;
    let _ = http.await;
    if let Err(error) = lease.release() {
        tracing::warn!(error = %Redacted(&error), "giving up the work lease");
    }
    store.flush()?;
    let flushed = store.flush_counts();
    tracing::info!(
        flushes = flushed.flushes,
        durable_writes = flushed.writes,
        "stopped cleanly"
    );
    Ok(())
}

/// The work only the daemon holding the work lease does.
struct OnceWork {
    pipeline: Pipeline,
    dispatcher: Dispatcher,
    scheduler: Scheduler,
    /// The MIS syncs: one daemon talks to Wonde.
    wonde_syncs: Vec<crate::mis::wonde::WondeSync>,
    clock: SharedClock,
}

impl OnceWork {
    /// Starts every part of the work, each stopped by `working`.
    fn start(self, working: &Coordinator) {
        let OnceWork {
            pipeline,
            dispatcher,
            scheduler,
            wonde_syncs,
            clock,
        } = self;
        for wonde in wonde_syncs {
            let (wonde_clock, wonde_shutdown) = (clock.clone(), working.handle());
            tokio::spawn(async move {
                wonde
                    .run_scheduled(wonde_clock, wonde_shutdown.subscribe())
                    .await;
                drop(wonde_shutdown);
            });
        }
        tokio::spawn(process_inbound(
            pipeline,
            clock,
            scheduler.poker(),
            working.handle(),
        ));
        let dispatch_shutdown = working.handle();
        tokio::spawn(async move {
            if let Err(error) = dispatcher.run(dispatch_shutdown.subscribe()).await {
                tracing::error!(error = %Redacted(&error), "the outbox stopped");
            }
            drop(dispatch_shutdown);
        });
        let scheduler_shutdown = working.handle();
        tokio::spawn(async move {
            if let Err(error) = scheduler.run(scheduler_shutdown.subscribe()).await {
                tracing::error!(error = %Redacted(&error), "the scheduler stopped");
            }
            drop(scheduler_shutdown);
        });
    }
}

/// How long the work in hand may take to end once the lease is lost (a
/// send gives up after 30 seconds) before the daemon exits regardless.
const LOST_LEASE_GRACE: Duration = Duration::from_secs(40);

/// Waits for the work lease (at once on sled), starts the once-only work,
/// and keeps the lease. A daemon that loses it stops the work, lets what
/// is in hand end (its writes refused by the fence, and logged) and exits:
/// another daemon holds the lease now, and this one must not send or fire
/// anything more.
async fn lead(lease: Lease, work: OnceWork, mut shutdown: Shutdown) {
    let token = tokio::select! {
        token = leadership::take(&lease) => token,
        _ = shutdown.requested() => return,
    };
    let working = Coordinator::default();
    work.start(&working);
    tokio::select! {
        _ = leadership::keep(&lease, token) => {
            tracing::error!("stopping: another daemon does the once-only work now");
            if tokio::time::timeout(LOST_LEASE_GRACE, working.shut_down()).await.is_err() {
                tracing::error!("the once-only work in hand did not end in time");
            }
            std::process::exit(1);
        }
        _ = shutdown.requested() => working.shut_down().await,
    }
}

/// Processes stored inbound messages as they arrive, and wakes the
/// scheduler after any: a message may have raised a concern whose
/// escalation is now the next thing due.
async fn process_inbound(
    pipeline: Pipeline,
    clock: SharedClock,
    scheduler: Arc<tokio::sync::Notify>,
    mut shutdown: Shutdown,
) {
    let wake = pipeline.inbox().woken();
    let stopping = Arc::new(AtomicBool::new(false));
    let worker = match InboundWorker::start(stopping.clone()) {
        Ok(worker) => worker,
        Err(error) => {
            tracing::error!(error = %error, "the inbound worker's thread did not start");
            return;
        }
    };
    loop {
        let mut working = worker.round(pipeline.clone(), clock.now());
        // A backlog is not worked through before stopping: the message in
        // hand is finished, the rest stay stored.
        let worked = tokio::select! {
            worked = &mut working => worked.unwrap_or(Err(Panicked)),
            _ = shutdown.requested() => {
                stopping.store(true, Ordering::SeqCst);
                let _ = working.await;
                return;
            }
        };
        match worked {
            Ok(Err(error)) => {
                tracing::error!(error = %Redacted(&error), "processing inbound messages failed")
            }
            Err(Panicked) => tracing::error!("the inbound worker panicked"),
            Ok(Ok(0)) => {}
            Ok(Ok(_)) => scheduler.notify_one(),
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(INBOUND_POLL) => {}
            _ = shutdown.requested() => return,
        }
    }
}

/// A round of the pipeline that panicked (it was caught, and the next
/// round runs as usual).
struct Panicked;

/// What one round of the pipeline did: how many messages it worked.
type Round = std::result::Result<Result<usize>, Panicked>;

/// A round asked of the worker: the pipeline to work it with (dropped when
/// the round ends, so the thread holds no store between rounds), the
/// time, and where to say what it did.
type Ask = (Pipeline, DateTime<Utc>, tokio::sync::oneshot::Sender<Round>);

/// The pipeline's own thread, which works every round. The pipeline
/// writes to the store synchronously, so it stays off the async threads
/// that answer webhooks; and one thread rather than whichever of tokio's
/// blocking threads is free, because each thread that searches with the
/// parser's patterns builds search caches of its own for each of them
/// (`ingest_bench`, heaptrack: 10.8 MB of caches at the heap's peak with
/// the rounds moving between threads, 3.5 MB on one).
struct InboundWorker {
    rounds: std::sync::mpsc::Sender<Ask>,
}

impl InboundWorker {
    /// Starts the thread; it ends when the worker is dropped.
    fn start(stopping: Arc<AtomicBool>) -> std::io::Result<InboundWorker> {
        let (rounds, asked) = std::sync::mpsc::channel::<Ask>();
        std::thread::Builder::new()
            .name("inbound".into())
            .spawn(move || {
                let stopping = &stopping;
                for (pipeline, now, done) in asked {
                    let round = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                        pipeline.process_pending_unless(now, stopping)
                    }))
                    .map_err(|_| Panicked);
                    let _ = done.send(round);
                }
            })?;
        Ok(InboundWorker { rounds })
    }

    /// Asks for a round of `pipeline` as of `now`; resolves when it is
    /// done, or at once if the thread is gone.
    fn round(
        &self,
        pipeline: Pipeline,
        now: DateTime<Utc>,
    ) -> tokio::sync::oneshot::Receiver<Round> {
        let (done, round) = tokio::sync::oneshot::channel();
        // Were the thread gone, `done` is dropped with the request and
        // `round` resolves at once.
        let _ = self.rounds.send((pipeline, now, done));
        round
    }
}
