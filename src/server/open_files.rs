//! The process's limit on open files: each connection is one, so the soft
//! limit is raised to the hard one at start and the connection cap is kept
//! below it, with room left for the store, logs and outbound calls.

use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};

/// Files kept free for everything that is not an inbound connection.
const RESERVED_FILES: u64 = 128;

/// Raises the soft open-file limit to the hard limit; returns the limit
/// now in force (`None` when unlimited).
pub fn raise_to_hard_limit() -> Option<u64> {
    let limit = getrlimit(Resource::Nofile);
    if limit.current != limit.maximum {
        let raised = Rlimit {
            current: limit.maximum,
            maximum: limit.maximum,
        };
        if let Err(error) = setrlimit(Resource::Nofile, raised) {
            tracing::warn!(%error, soft = ?limit.current, "could not raise the open-file limit");
            return limit.current;
        }
    }
    let now = getrlimit(Resource::Nofile).current;
    tracing::info!(open_files = ?now, "open-file limit");
    now
}

/// The connection cap to use: the configured one, lowered if the
/// open-file limit cannot hold it.
pub fn connection_cap(configured: usize, open_files: Option<u64>) -> usize {
    let Some(files) = open_files else {
        return configured;
    };
    let room = usize::try_from(files.saturating_sub(RESERVED_FILES)).unwrap_or(usize::MAX);
    if configured > room {
        tracing::warn!(
            configured,
            open_files = files,
            "http.max_connections is above what the open-file limit allows; lowered"
        );
        room.max(1)
    } else {
        configured
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_stays_below_the_file_limit() {
        assert_eq!(connection_cap(512, Some(1024)), 512);
        assert_eq!(
            connection_cap(2000, Some(1024)),
            1024 - RESERVED_FILES as usize
        );
        assert_eq!(connection_cap(2000, None), 2000);
    }

    #[test]
    fn the_soft_limit_is_raised_to_the_hard_one() {
        let before = getrlimit(Resource::Nofile);
        assert_eq!(raise_to_hard_limit(), before.maximum);
        assert_eq!(getrlimit(Resource::Nofile).current, before.maximum);
    }
}
