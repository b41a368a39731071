//! The signed link in a safeguarding alert's email that acknowledges the
//! concern. The link names the concern, whom it was sent to (a digest of
//! their address, so the address is not in the URL) and when it stops
//! working, signed with the daemon's key: it needs no sign-in, and nothing
//! about it is stored until it is used. Following it (GET) only shows the
//! concern, since mail scanners fetch every link; the page's button
//! (POST) acknowledges.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};

use crate::config::StaffContact;
use crate::domain::Channel;
use crate::error::Result;
use crate::outbox::OutboundMessage;
use crate::schools::ConfiguredSchool;
use crate::templates::Templates;
use crate::web::signing_key::{Purpose, SigningKey};

use super::escalation::people;
use super::record::{ConcernId, ConcernRecord, Happened, Tier, Via};

/// Where the link's page is served.
pub const LINK_PATH: &str = "/safeguarding/acknowledge";

/// The sentence with the link, added to an emailed alert.
pub const LINK_TEMPLATE: &str = "staff_safeguarding_link";

/// How long a link works: a concern is acted on in minutes, and after a
/// week it is acknowledged on the staff screen, where the person signs in.
const VALID_FOR: Duration = Duration::days(7);

/// Whom a link was sent to: a digest of their email address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecipientTag(String);

impl RecipientTag {
    pub fn of_address(address: &str) -> RecipientTag {
        let digest = Sha1::digest(address.trim().to_lowercase());
        RecipientTag(format!("{digest:x}")[..16].to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The link's fields, as its query string and its page's form carry them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcknowledgeLink {
    pub concern: ConcernId,
    pub to: RecipientTag,
    /// When the link stops working, in seconds since 1970 (UTC).
    pub until: i64,
    pub sig: String,
}

/// Why a link is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefused {
    /// Not signed by this daemon, or changed since.
    Forged,
    Expired,
}

impl AcknowledgeLink {
    fn signed_text(concern: &ConcernId, to: &RecipientTag, until: i64) -> String {
        format!("{concern}\n{}\n{until}", to.as_str())
    }

    /// Whether this is a link `key` signed, unchanged and still working.
    pub fn check(&self, key: &SigningKey, now: DateTime<Utc>) -> Result<(), LinkRefused> {
        let text = AcknowledgeLink::signed_text(&self.concern, &self.to, self.until);
        if !key.verify(Purpose::AcknowledgeLink, &text, &self.sig) {
            return Err(LinkRefused::Forged);
        }
        if now.timestamp() >= self.until {
            return Err(LinkRefused::Expired);
        }
        Ok(())
    }

    /// The link's query string.
    pub fn query(&self) -> String {
        use crate::web::auth::url_encode;
        format!(
            "concern={}&to={}&until={}&sig={}",
            url_encode(self.concern.as_str()),
            url_encode(self.to.as_str()),
            self.until,
            url_encode(&self.sig)
        )
    }

    /// The person on the school's ladder the link was sent to, if they
    /// were alerted about the concern by email.
    pub fn recipient<'a>(
        &self,
        school: &'a ConfiguredSchool,
        record: &ConcernRecord,
    ) -> Option<&'a StaffContact> {
        let alerted_by_email = |person: &StaffContact| {
            record.events.iter().any(|e| {
                matches!(e.what, Happened::Alerted { .. })
                    && e.who == person.name
                    && e.channel == Some(Via::Email)
            })
        };
        [Tier::Dsl, Tier::Deputies, Tier::Head, Tier::OutOfHours]
            .iter()
            .flat_map(|tier| people(school, *tier))
            .find(|person| {
                person
                    .email
                    .as_deref()
                    .is_some_and(|a| RecipientTag::of_address(a) == self.to)
                    && alerted_by_email(person)
            })
    }
}

/// Makes links; cheap to clone.
#[derive(Clone)]
pub struct AcknowledgeLinks {
    key: SigningKey,
    /// The daemon's public URL without a trailing slash.
    base: Arc<str>,
}

impl AcknowledgeLinks {
    pub fn new(key: SigningKey, public_url: &str) -> AcknowledgeLinks {
        AcknowledgeLinks {
            key,
            base: public_url.trim().trim_end_matches('/').into(),
        }
    }

    /// A link for the person at `address` to acknowledge `concern`, working
    /// for a week from `now`.
    pub fn link(&self, concern: &ConcernId, address: &str, now: DateTime<Utc>) -> String {
        let to = RecipientTag::of_address(address);
        let until = (now + VALID_FOR).timestamp();
        let sig = self.key.sign(
            Purpose::AcknowledgeLink,
            &AcknowledgeLink::signed_text(concern, &to, until),
        );
        let link = AcknowledgeLink {
            concern: concern.clone(),
            to,
            until,
            sig,
        };
        format!("{}{LINK_PATH}?{}", self.base, link.query())
    }

    /// Adds the acknowledge link to an alert sent by email; other channels
    /// say to reply OK.
    pub fn add_to_alert(
        &self,
        alert: &mut OutboundMessage,
        templates: &Templates,
        concern: &ConcernId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        if alert.channel != Channel::Email {
            return Ok(());
        }
        let link = self.link(concern, &alert.to, now);
        let rendered = templates.render(LINK_TEMPLATE, "en", &[("link", &link)])?;
        alert.text.push_str("\n\n");
        alert.text.push_str(&rendered.text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn parse(url: &str) -> AcknowledgeLink {
        let query = url.split_once('?').unwrap().1;
        serde_urlencoded::from_str(query).unwrap()
    }

    #[test]
    fn a_link_works_unchanged_until_it_expires() {
        let store = Store::temporary().unwrap();
        let key = SigningKey::load_or_create(&store).unwrap();
        let links = AcknowledgeLinks::new(key.clone(), "https://absence.example/");
        let now: DateTime<Utc> = "2026-11-23T08:00:00Z".parse().unwrap();
        let concern = ConcernId::of_message("sms-1");
        let url = links.link(&concern, "DSL@School.example", now);
        assert!(
            url.starts_with("https://absence.example/safeguarding/acknowledge?concern=sms-1&to=")
        );
        assert!(
            !url.to_lowercase().contains("dsl@school"),
            "no address in the URL"
        );
        let link = parse(&url);
        assert_eq!(link.to, RecipientTag::of_address("dsl@school.example"));
        assert_eq!(link.check(&key, now), Ok(()));
        assert_eq!(
            link.check(&key, now + VALID_FOR - Duration::seconds(1)),
            Ok(())
        );
        assert_eq!(link.check(&key, now + VALID_FOR), Err(LinkRefused::Expired));
        let other_concern = AcknowledgeLink {
            concern: ConcernId::of_message("sms-2"),
            ..link.clone()
        };
        assert_eq!(other_concern.check(&key, now), Err(LinkRefused::Forged));
        let other_person = AcknowledgeLink {
            to: RecipientTag::of_address("head@school.example"),
            ..link.clone()
        };
        assert_eq!(other_person.check(&key, now), Err(LinkRefused::Forged));
        let longer = AcknowledgeLink {
            until: link.until + 3600,
            ..link.clone()
        };
        assert_eq!(longer.check(&key, now), Err(LinkRefused::Forged));
        let other_key = SigningKey::load_or_create(&Store::temporary().unwrap()).unwrap();
        assert_eq!(link.check(&other_key, now), Err(LinkRefused::Forged));
    }
}
