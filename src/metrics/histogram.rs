//! A Prometheus histogram: cumulative buckets, a sum and a count, all
//! atomics.

use std::sync::atomic::{AtomicU64, Ordering};

pub struct Histogram {
    pub bounds: &'static [f64],
    /// Observations at or below each bound (not cumulative here).
    buckets: Vec<AtomicU64>,
    /// The sum in microunits, so that it can be an integer atomic.
    sum_micros: AtomicU64,
    count: AtomicU64,
}

/// A histogram as read: cumulative counts per bound, the sum, the count.
pub struct Read {
    pub cumulative: Vec<(f64, u64)>,
    pub sum: f64,
    pub count: u64,
}

impl Histogram {
    pub fn new(bounds: &'static [f64]) -> Self {
        Histogram {
            bounds,
            buckets: bounds.iter().map(|_| AtomicU64::new(0)).collect(),
            sum_micros: AtomicU64::new(0),
            count: AtomicU64::new(0),
        }
    }

    pub fn observe(&self, value: f64) {
        if let Some(i) = self.bounds.iter().position(|b| value <= *b) {
            self.buckets[i].fetch_add(1, Ordering::Relaxed);
        }
        self.sum_micros
            .fetch_add((value.max(0.0) * 1e6) as u64, Ordering::Relaxed);
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    pub fn read(&self) -> Read {
        let mut running = 0;
        let cumulative = self
            .bounds
            .iter()
            .zip(&self.buckets)
            .map(|(bound, n)| {
                running += n.load(Ordering::Relaxed);
                (*bound, running)
            })
            .collect();
        Read {
            cumulative,
            sum: self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6,
            count: self.count.load(Ordering::Relaxed),
        }
    }
}
