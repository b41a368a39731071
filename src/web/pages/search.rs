//! Search pupils by name or UPN.

use axum::extract::{Query, State};
use maud::{Markup, html};
use serde::Deserialize;

use super::layout::shell;
use super::today::vulnerability_badges;
use crate::domain::Pupil;
use crate::web::auth::SignedIn;
use crate::web::{WebError, WebState};

/// At most this many results are listed.
const MAX_RESULTS: usize = 50;

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    pub school: Option<String>,
    pub q: Option<String>,
}

/// Whether every word of the query is in the pupil's names or UPN.
fn matches(pupil: &Pupil, query: &str) -> bool {
    let haystack = format!(
        "{} {} {} {}",
        pupil.first_name,
        pupil.known_as.as_deref().unwrap_or_default(),
        pupil.last_name,
        pupil.upn
    )
    .to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

/// Pupils on roll whose names or UPN match, by surname.
pub fn find(pupils: Vec<Pupil>, query: &str) -> Vec<Pupil> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let mut found: Vec<Pupil> = pupils.into_iter().filter(|p| matches(p, query)).collect();
    found.sort_by(|a, b| (&a.last_name, &a.first_name).cmp(&(&b.last_name, &b.first_name)));
    found.truncate(MAX_RESULTS);
    found
}

/// `GET /search?q=…`
pub async fn page(
    State(state): State<WebState>,
    staff: SignedIn,
    Query(query): Query<SearchQuery>,
) -> Result<Markup, WebError> {
    let school = state.school_for(&staff, query.school.as_deref())?;
    let text = query.q.unwrap_or_default();
    let found = find(state.roster.pupils(&school.id)?, &text);
    let body = html! {
        h1 { "Search" }
        form.act method="get" action="/search" {
            input type="hidden" name="school" value=(school.id);
            label { "Pupil name or UPN" input type="search" name="q" value=(text) autofocus; }
            button type="submit" { "Search" }
        }
        @if !text.trim().is_empty() {
            h2 { "Results" span.count { (found.len()) } }
            @if found.is_empty() { p.empty { "No pupil matches “" (text) "”." } }
            div.cards {
                @for p in &found {
                    div.card {
                        a href={ "/pupils/" (p.upn) "?school=" (school.id) } {
                            (p.preferred_name()) " " (p.last_name)
                        }
                        (vulnerability_badges(&p.flags))
                        " " span.muted { (p.year) " · " (p.upn) }
                    }
                }
            }
        }
    };
    Ok(shell("Search", &staff, Some(school), body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pupil(upn: &str, first: &str, known_as: Option<&str>, last: &str) -> Pupil {
        Pupil {
            school: "fernhill".into(),
            upn: upn.into(),
            first_name: first.into(),
            last_name: last.into(),
            known_as: known_as.map(Into::into),
            year: "Y3".parse().unwrap(),
            flags: vec![],
            left_on: None,
        }
    }

    #[test]
    fn finds_by_any_name_or_upn_in_any_case() {
        let pupils = vec![
            pupil("A100", "Amelia", Some("Millie"), "Okafor"),
            pupil("B200", "Ben", None, "Smith"),
        ];
        let upns = |q: &str| {
            find(pupils.clone(), q)
                .into_iter()
                .map(|p| p.upn)
                .collect::<Vec<_>>()
        };
        assert_eq!(upns("millie"), ["A100"]);
        assert_eq!(upns("okafor amelia"), ["A100"]);
        assert_eq!(upns("b200"), ["B200"]);
        assert!(upns("millie smith").is_empty());
        assert!(upns("  ").is_empty());
    }
}
