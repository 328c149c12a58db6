//! The page shell (head, top bar with search), the embedded stylesheet and
//! citation links shared by every page.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use concord_model::{CoverageItem, Source};
use concord_store::StoryRow;
use maud::{html, Markup, DOCTYPE};

use crate::links;

const STYLE: &str = include_str!("style.css");

/// A full page around `body`.
pub fn page(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · concord" }
                link rel="stylesheet" href="/static/style.css";
            }
            body {
                header.top {
                    a.brand href="/" { "concord" }
                    form action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="Search articles, people, places" aria-label="Search";
                        button type="submit" { "Search" }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// An error page with the right status.
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let body = html! { h1 { (status.canonical_reason().unwrap_or("Error")) } p { (message) } p { a href="/" { "All stories" } } };
    (status, page(status.as_str(), body)).into_response()
}

/// `/static/{name}`: embedded assets only, looked up by exact name (nothing
/// touches the file system, so no path can escape).
pub async fn asset(Path(name): Path<String>) -> Response {
    match name.as_str() {
        "style.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], STYLE)
            .into_response(),
        _ => error_page(StatusCode::NOT_FOUND, "no such file"),
    }
}

/// Most citation links shown after one item before the rest are counted.
const MAX_CITES: usize = 8;

/// Citation links for `sources`: one labelled with the outlet for each
/// article, then a numbered link for each further sentence of that article
/// ("walaw.press 4 7"), so an article cited three times reads once.
pub fn cites(sources: &[Source], coverage: &[CoverageItem]) -> Markup {
    let label = |s: &Source| {
        coverage
            .iter()
            .find(|c| c.id == s.article)
            .and_then(|c| c.outlet.clone())
            .unwrap_or_else(|| s.article.clone())
    };
    let mut by_article: Vec<Vec<&Source>> = Vec::new();
    for s in sources.iter().take(MAX_CITES) {
        match by_article.iter_mut().find(|g| g[0].article == s.article) {
            Some(g) => g.push(s),
            None => by_article.push(vec![s]),
        }
    }
    let title = |s: &Source| format!("{}, sentence {}", s.article, s.sentence + 1);
    html! {
        @for g in &by_article {
            " "
            a.cite href=(links::sentence(&g[0].article, g[0].sentence)) title=(title(g[0])) { (label(g[0])) }
            @for s in &g[1..] {
                a.cite.again href=(links::sentence(&s.article, s.sentence)) title=(title(s)) { (s.sentence + 1) }
            }
        }
        @if sources.len() > MAX_CITES {
            span.muted { " +" (sources.len() - MAX_CITES) }
        }
    }
}

/// An article's outlet as shown, "unknown outlet" when the input names none.
pub fn outlet_name(outlet: Option<&str>) -> &str {
    outlet.unwrap_or("unknown outlet")
}

/// A story's days: its first and last publication days ("2024-08-19 –
/// 2024-08-20", one day once), or "undated" when none of its articles
/// carries a publication date (its first seen and last updated are then the
/// times it was stored, which are not the story's days).
pub fn story_days(row: &StoryRow) -> String {
    if !row.dated {
        return "undated".into();
    }
    let (first, last) = (short_date(row.story.first_seen.as_deref()), short_date(row.story.last_updated.as_deref()));
    if first == last {
        first.to_string()
    } else {
        format!("{first} – {last}")
    }
}

/// The first `YYYY-MM-DD` (or shorter) of a date, for compact display.
pub fn short_date(date: Option<&str>) -> &str {
    match date {
        Some(d) => d.get(..10).unwrap_or(d),
        None => "undated",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_shows_its_publication_days_and_never_the_day_it_was_stored() {
        let row = |first: &str, last: &str, dated| StoryRow {
            story: concord_model::Story {
                id: "s".into(),
                title: None,
                article_ids: vec!["a".into()],
                first_seen: Some(first.into()),
                last_updated: Some(last.into()),
            },
            outlets: Vec::new(),
            dated,
        };
        assert_eq!(story_days(&row("2024-08-19", "2024-08-20T08:40:00", true)), "2024-08-19 – 2024-08-20");
        assert_eq!(story_days(&row("2024-08-20", "2024-08-20T08:40:00", true)), "2024-08-20");
        assert_eq!(story_days(&row("2026-11-25T11:00:44Z", "2026-11-25T11:00:44Z", false)), "undated");
    }

    #[test]
    fn an_article_cited_for_several_sentences_is_named_once() {
        let at = |article: &str, sentence| Source { article: article.into(), sentence };
        let ledger = CoverageItem {
            id: "a".into(),
            outlet: Some("Ledger".into()),
            title: None,
            published: None,
            url: None,
            duplicate_of: None,
            opening: None,
        };
        let html = cites(&[at("a", 0), at("b", 2), at("a", 3), at("a", 6)], &[ledger]).into_string();
        assert_eq!(html.matches(">Ledger</a>").count(), 1, "{html}");
        assert!(html.contains(">4</a>") && html.contains(">7</a>") && html.contains(">b</a>"), "{html}");
        assert!(html.find(">7</a>") < html.find(">b</a>"), "an article's sentences follow its name: {html}");
    }
}
