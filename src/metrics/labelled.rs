//! A counter per set of label values, each an atomic. A new set of values
//! takes the write lock once; every later add takes only the read lock.

use std::collections::BTreeMap;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Labelled<const N: usize> {
    pub names: [&'static str; N],
    values: RwLock<BTreeMap<[String; N], AtomicU64>>,
}

impl<const N: usize> Labelled<N> {
    pub fn new(names: [&'static str; N]) -> Self {
        Labelled {
            names,
            values: RwLock::default(),
        }
    }

    pub fn add(&self, labels: [&str; N]) {
        let key = labels.map(str::to_string);
        if let Some(counter) = self.values.read().expect("metrics lock").get(&key) {
            counter.fetch_add(1, Ordering::Relaxed);
            return;
        }
        self.values
            .write()
            .expect("metrics lock")
            .entry(key)
            .or_default()
            .fetch_add(1, Ordering::Relaxed);
    }

    /// Every set of label values seen, with its count, in label order.
    pub fn counts(&self) -> Vec<([String; N], u64)> {
        self.values
            .read()
            .expect("metrics lock")
            .iter()
            .map(|(labels, n)| (labels.clone(), n.load(Ordering::Relaxed)))
            .collect()
    }
}
