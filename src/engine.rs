//! The daemon's working parts over one store, put together once so that
//! `serve` and `simulate` run exactly the same logic: the inbound pipeline,
//! the chaser (told when a contact replies), the digests, and the chase
//! progress the digest and the staff screen read.

use std::sync::Arc;

use crate::chase::{Chaser, Flows};
use crate::digest::Digests;
use crate::error::Result;
use crate::feeds::ChaseFeed;
use crate::inbound::Pipeline;
use crate::outbox::Outbox;
use crate::safeguarding::{AcknowledgeLinks, Escalator};
use crate::scheduler::Ticker;
use crate::schools::Schools;
use crate::store::Store;
use crate::templates::Templates;
use crate::web::signing_key::SigningKey;

pub struct Engine {
    pub pipeline: Pipeline,
    pub outbox: Outbox,
    pub chase_feed: Arc<ChaseFeed>,
    /// The background work the scheduler drives: chases, digests, and the
    /// safeguarding ladder.
    pub tickers: Vec<Arc<dyn Ticker>>,
}

/// The signed acknowledge links emailed safeguarding alerts carry to the
/// daemon's public URL, when it has one. The signing key belongs to the
/// records, not to the work lease (with several daemons, whichever starts
/// first creates it), so `store` is not a fenced handle.
pub fn acknowledge_links(
    store: &Store,
    public_url: Option<&str>,
) -> Result<Option<AcknowledgeLinks>> {
    public_url
        .map(|url| {
            Ok(AcknowledgeLinks::new(
                SigningKey::load_or_create(store)?,
                url,
            ))
        })
        .transpose()
}

impl Engine {
    pub fn new(
        store: &Store,
        schools: &Schools,
        templates: Arc<Templates>,
        flows: Flows,
        links: Option<AcknowledgeLinks>,
    ) -> Result<Engine> {
        let chaser = Arc::new(Chaser::new(
            store,
            schools.clone(),
            flows,
            templates.clone(),
        )?);
        let mut pipeline = Pipeline::new(store, schools.clone(), templates.clone())?;
        let mut escalator = Escalator::new(store, schools.clone(), templates.clone())?;
        if let Some(links) = links {
            pipeline = pipeline.with_acknowledge_links(links.clone());
            escalator = escalator.with_acknowledge_links(links);
        }
        // A reply from any contact stops that pupil's chase.
        pipeline.on_reply(chaser.clone());
        let outbox = Outbox::open(store)?;
        let chase_feed = Arc::new(ChaseFeed::open(store, schools.clone())?);
        let digests = Digests::new(
            store,
            schools.clone(),
            outbox.clone(),
            (*templates).clone(),
            chase_feed.clone(),
        )?;
        Ok(Engine {
            pipeline,
            outbox,
            chase_feed,
            tickers: vec![chaser, Arc::new(digests), Arc::new(escalator)],
        })
    }
}
