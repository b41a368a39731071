//! The flow a chase episode keeps, as the store holds it: written out in
//! full with every episode, and parsed once per distinct text when episodes
//! are read back. Every tick and every wake-up reads each open episode, and
//! parsing a flow (its cron expressions and times) cost more than the rest
//! of the episode; the same few flows are behind all of them.

use std::sync::{Arc, Mutex, PoisonError};

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use super::Flow;

/// How many distinct flow texts are kept parsed. A school has one flow
/// and edits it rarely; past this (many edits in one run) the kept ones
/// are dropped and parsed again as they are read.
const KEPT_FLOWS: usize = 64;

/// Flows parsed from episode records, with their stored text. A list,
/// not a map: there are a few, and comparing a text with each (most differ
/// in length, or early on) costs less than hashing the whole text.
static PARSED: Mutex<Vec<(Box<str>, Arc<Flow>)>> = Mutex::new(Vec::new());

pub fn serialize<S: Serializer>(flow: &Arc<Flow>, s: S) -> Result<S::Ok, S::Error> {
    flow.as_ref().serialize(s)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<Flow>, D::Error> {
    let text = Box::<RawValue>::deserialize(d)?;
    parsed(text.get()).map_err(D::Error::custom)
}

/// The flow written as `text`, parsed the first time it is seen.
fn parsed(text: &str) -> serde_json::Result<Arc<Flow>> {
    let kept = PARSED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .iter()
        .find(|(kept, _)| **kept == *text)
        .map(|(_, flow)| Arc::clone(flow));
    if let Some(flow) = kept {
        return Ok(flow);
    }
    let flow = Arc::new(serde_json::from_str::<Flow>(text)?);
    let mut parsed = PARSED.lock().unwrap_or_else(PoisonError::into_inner);
    if parsed.len() >= KEPT_FLOWS {
        parsed.clear();
    }
    parsed.push((text.into(), Arc::clone(&flow)));
    Ok(flow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::Templates;

    #[test]
    fn a_flow_reads_back_as_written_and_is_parsed_once_per_text() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let templates = Templates::load(&root.join("messages")).unwrap();
        let flows = crate::chase::Flows::load(&root.join("flows"), &templates).unwrap();
        let flow = flows.get("default").unwrap();
        let text = serde_json::to_string(flow).unwrap();
        let first = parsed(&text).unwrap();
        assert_eq!(*first, *flow);
        assert!(Arc::ptr_eq(&first, &parsed(&text).unwrap()));

        let mut edited = flow.clone();
        edited.steps.pop();
        let other = parsed(&serde_json::to_string(&edited).unwrap()).unwrap();
        assert_eq!(*other, edited);
        assert_ne!(*other, *first);
    }

    #[test]
    fn a_bad_flow_is_refused_and_not_kept() {
        let text = r#"{"name":"x","quiet_hours":null,"step":[{"name":"s","day":1,"at":"25:00","cron":null,"to":["office"],"template":"chase_day1","channels":null,"reach":null}]}"#;
        assert!(parsed(text).is_err());
        assert!(parsed(text).is_err());
    }
}
