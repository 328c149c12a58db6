//! The story page: coverage strip, cited summary, facts with corroboration,
//! quotes by speaker with their variants, timeline, discrepancies side by
//! side, and the story's entities.

use concord_model::{CoverageItem, Dossier, Fact, QuoteGroup, TimelineEntry};
use maud::{html, Markup};

use super::charts;
use super::layout::{cites, outlet_name, page, short_date, story_days};
use crate::links;
use crate::pool::StoryView;

/// Items of a long list shown before the rest folds away under "N more".
const SHOWN: usize = 40;

/// The first [`SHOWN`] of `items` and the rest.
fn split<T>(items: &[T]) -> (&[T], &[T]) {
    items.split_at(items.len().min(SHOWN))
}

/// "N more …" over the folded rest of a list, or nothing when none is left.
fn more(rest: usize, what: &str, list: Markup) -> Markup {
    html! {
        @if rest > 0 {
            details.more { summary { (rest) " more " (what) } (list) }
        }
    }
}

fn fact(f: &Fact, d: &Dossier) -> Markup {
    html! {
        li {
            (f.text) " "
            @if f.single_source {
                span.badge.only { "only in " (f.outlets.first().map(String::as_str).unwrap_or("one source")) }
            } @else {
                // support counts independent sources: outlets, or articles whose outlet is unknown
                span.badge.corroborated title=(f.outlets.join(", ")) { (f.support) " sources" }
            }
            (cites(&f.sources, &d.articles))
        }
    }
}

fn facts(d: &Dossier) -> Markup {
    let (shown, rest) = split(&d.facts);
    html! {
        ul.facts { @for f in shown { (fact(f, d)) } }
        (more(rest.len(), "facts", html! { ul.facts { @for f in rest { (fact(f, d)) } } }))
    }
}

fn coverage_item(a: &CoverageItem) -> Markup {
    html! {
        li {
            a href=(links::article(&a.id)) { (a.headline()) }
            " · " (outlet_name(a.outlet.as_deref())) " · " (short_date(a.published.as_deref()))
            @if let Some(orig) = &a.duplicate_of { " · copy of " a href=(links::article(orig)) { (orig) } }
        }
    }
}

fn timeline_entry(i: usize, t: &TimelineEntry, d: &Dossier) -> Markup {
    html! { li id=(format!("t{i}")) { strong { (t.date) } " " (t.text) (cites(&t.sources, &d.articles)) } }
}

fn quotes(d: &Dossier) -> Markup {
    html! {
        @for (speaker, groups) in d.quotes_by_speaker() {
            h3 { (speaker) }
            @for q in groups {
                blockquote {
                    (wording(q, &q.text))
                    (cites(&q.sources, &d.articles))
                }
                @let others = q.other_wordings();
                @if !others.is_empty() {
                    ul.variants {
                        @for v in others {
                            li { (wording(q, &v.text)) (cites(&v.sources, &d.articles)) }
                        }
                    }
                }
            }
        }
    }
}

/// A wording of a quote: in quotation marks when an outlet ran it so,
/// plain when it is reported speech, marked when the speaker denied it.
fn wording(q: &QuoteGroup, text: &str) -> Markup {
    html! {
        @if q.quoted(text) { "“" (text) "”" }
        @else if q.denied(text) { em.muted { "denied: " } (text) }
        @else { (text) }
    }
}

/// The whole story page.
pub fn render(view: &StoryView) -> Markup {
    let d = &view.dossier;
    let row = &view.row;
    let title = view.title.as_str();
    page(title, html! {
        article.story {
            h1 { (title) }
            p.meta {
                (concord_export::coverage(d)) " · "
                (story_days(row))
            }
            p.meta.exports {
                "Export: "
                a href=(format!("/api/stories/{}/export?format=md", links::component(&d.id))) { "Markdown" }
                a href=(format!("/api/stories/{}/export?format=json", links::component(&d.id))) { "JSON" }
                a href=(format!("/api/stories/{}/export?format=stix", links::component(&d.id))) { "STIX 2.1" }
            }
            h2 { "Coverage" }
            (charts::coverage_strip(&d.articles))
            @let (shown, rest) = split(&d.articles);
            ul.muted { @for a in shown { (coverage_item(a)) } }
            (more(rest.len(), "articles", html! { ul.muted { @for a in rest { (coverage_item(a)) } } }))
            @if !d.summary.is_empty() {
                h2 { "Summary" }
                ol.summary {
                    @for s in &d.summary { li { (s.text) (cites(&s.sources, &d.articles)) } }
                }
            }
            @if !d.facts.is_empty() { h2 { "Facts" } (facts(d)) }
            @if !d.quotes.is_empty() { h2 { "Who said what" } (quotes(d)) }
            @if !d.timeline.is_empty() {
                h2 { "Timeline" }
                (charts::timeline(&d.timeline))
                @let (shown, rest) = split(&d.timeline);
                ol.timeline { @for (i, t) in shown.iter().enumerate() { (timeline_entry(i, t, d)) } }
                (more(rest.len(), "dates", html! {
                    ol.timeline start=(shown.len() + 1) {
                        @for (i, t) in rest.iter().enumerate() { (timeline_entry(shown.len() + i, t, d)) }
                    }
                }))
            }
            @if !d.discrepancies.is_empty() {
                h2 { "Where accounts differ" }
                @for x in &d.discrepancies {
                    p { span.badge.kind { (x.kind.label()) } " " (x.description) }
                    div.sides {
                        @for side in &x.sides { div.side { (side.text) (cites(&side.sources, &d.articles)) } }
                    }
                }
            }
            @if !d.entities.is_empty() {
                h2 { "People, places and organisations" }
                div.chips {
                    @for e in &d.entities {
                        a.chip.(e.kind.as_str()) href=(links::entity(&e.id)) title=(e.aliases.join(", ")) { (e.name) }
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::Source;

    #[test]
    fn a_long_list_folds_past_its_first_forty_items() {
        let fact = |i: usize| Fact {
            text: format!("Statement {i}."),
            sources: vec![Source { article: "a".into(), sentence: i }],
            outlets: vec!["Ledger".into()],
            support: 1,
            single_source: true,
        };
        let dossier = |n: usize| Dossier {
            id: "s".into(),
            title: None,
            articles: Vec::new(),
            summary: Vec::new(),
            facts: (0..n).map(fact).collect(),
            quotes: Vec::new(),
            timeline: Vec::new(),
            discrepancies: Vec::new(),
            entities: Vec::new(),
        };
        let long = facts(&dossier(45)).into_string();
        assert_eq!(long.matches("<li>").count(), 45, "every fact is on the page");
        let folded = &long[long.find("<details").expect("the rest folds")..];
        assert!(folded.contains("5 more facts"), "{folded}");
        assert!(folded.contains("Statement 40.") && !folded.contains("Statement 39."), "{folded}");
        assert!(!facts(&dossier(40)).into_string().contains("<details"), "forty fit");
    }
}
