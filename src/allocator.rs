//! The daemon's allocator and its settings, in one place for the command
//! and for the examples that time what the command does in-process
//! (`simulate_week`): a measure taken with another allocator is not the
//! daemon's.

pub use tikv_jemallocator::Jemalloc;

/// jemalloc's settings, read as it starts: freed pages go back within a
/// second (not ten), from a thread of its own, so the bulk reads at the
/// start of a backlog do not stay resident. One arena rather than eight
/// (four per core), and only blocks up to 1 KiB cached per thread: the
/// daemon's twenty-odd threads (tokio's, sled's I/O pool, which starts
/// threads as it needs them, the pipeline moving between blocking
/// threads) spread over the arenas, each holding freed pages of its own.
/// Measured with `ingest_bench`: the peak 141-169 MB before, 107-137 MB
/// after, with about 70 MB of it live (heaptrack).
pub const MALLOC_CONF: &[u8; 86] =
    b"background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:1,tcache_max:1024\0";

/// Makes jemalloc, with [`MALLOC_CONF`], the allocator of the program
/// whose crate root says `absence_line::daemon_allocator!();`.
///
/// jemalloc rather than the system's allocator: under a morning's rush the
/// daemon's many threads allocate and free at a high rate, and glibc's
/// allocator kept about twice the live memory resident (measured with
/// `ingest_bench`); jemalloc hands freed pages back.
#[macro_export]
macro_rules! daemon_allocator {
    () => {
        #[global_allocator]
        static ALLOCATOR: $crate::allocator::Jemalloc = $crate::allocator::Jemalloc;

        /// Where jemalloc looks for its settings as it starts.
        #[unsafe(export_name = "_rjem_malloc_conf")]
        static MALLOC_CONF: &[u8; 86] = $crate::allocator::MALLOC_CONF;
    };
}
