//! The page shell (head, top bar with search), the embedded stylesheet and
//! citation links shared by every page.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use concord_model::{CoverageItem, Source};
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

/// Citation links for `sources`, labelled with the outlet of each article.
pub fn cites(sources: &[Source], coverage: &[CoverageItem]) -> Markup {
    let label = |s: &Source| {
        coverage
            .iter()
            .find(|c| c.id == s.article)
            .and_then(|c| c.outlet.clone())
            .unwrap_or_else(|| s.article.clone())
    };
    html! {
        @for s in sources.iter().take(MAX_CITES) {
            " "
            a.cite href=(links::sentence(&s.article, s.sentence)) title=(format!("{}, sentence {}", s.article, s.sentence + 1)) {
                (label(s))
            }
        }
        @if sources.len() > MAX_CITES {
            span.muted { " +" (sources.len() - MAX_CITES) }
        }
    }
}

/// The first `YYYY-MM-DD` (or shorter) of a date, for compact display.
pub fn short_date(date: Option<&str>) -> &str {
    match date {
        Some(d) => d.get(..10).unwrap_or(d),
        None => "undated",
    }
}
