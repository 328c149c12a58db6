//! The article page: metadata, the extracted text with every sentence
//! addressable (`#sN`, highlighted when targeted) and the sentences the
//! story's dossier uses marked, and the dropped boilerplate on demand.

use std::collections::BTreeSet;

use concord_model::{Dossier, Sentence};
use concord_store::Store;
use maud::{html, Markup};

use super::layout::{outlet_name, page, short_date};
use crate::error::ApiError;
use crate::pool::story_view;
use crate::{links, safety};

/// Sentence indexes of `article` that `dossier` cites anywhere.
fn used_sentences(dossier: &Dossier, article: &str) -> BTreeSet<usize> {
    let summary = dossier.summary.iter().flat_map(|s| &s.sources);
    let facts = dossier.facts.iter().flat_map(|f| &f.sources);
    let quotes = dossier.quotes.iter().flat_map(|q| &q.sources);
    let timeline = dossier.timeline.iter().flat_map(|t| &t.sources);
    let sides = dossier.discrepancies.iter().flat_map(|d| d.sides.iter().flat_map(|s| &s.sources));
    summary.chain(facts).chain(quotes).chain(timeline).chain(sides).filter(|s| s.article == article).map(|s| s.sentence).collect()
}

/// A run of a paragraph: plain text, or sentence `n` (with its anchor when
/// the sentence starts in this paragraph).
enum Run<'a> {
    Plain(&'a str),
    Sentence { n: usize, text: &'a str, anchor: bool },
}

/// The runs of the paragraph `body[p_start..p_end]`.
fn runs<'a>(body: &'a str, sentences: &[Sentence], (p_start, p_end): (usize, usize)) -> Vec<Run<'a>> {
    let mut out = Vec::new();
    let mut at = p_start;
    for (n, s) in sentences.iter().enumerate() {
        let (s0, s1) = (s.start.max(p_start), s.end.min(p_end));
        if s0 < s1 && s0 >= at {
            out.extend(body.get(at..s0).map(Run::Plain));
            out.extend(body.get(s0..s1).map(|text| Run::Sentence { n, text, anchor: s.start >= p_start }));
            at = s1;
        }
    }
    out.extend(body.get(at..p_end).map(Run::Plain));
    out
}

/// The body as paragraphs of plain runs and addressable sentences.
fn body_markup(body: &str, sentences: &[Sentence], used: &BTreeSet<usize>) -> Markup {
    // Paragraph byte ranges (blank-line separated).
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (i, _) in body.match_indices("\n\n") {
        paragraphs.push((start, i));
        start = i + 2;
    }
    paragraphs.push((start, body.len()));
    html! {
        div.article-body {
            @for &paragraph in &paragraphs {
                @if body.get(paragraph.0..paragraph.1).is_some_and(|p| !p.trim().is_empty()) {
                    p {
                        @for run in runs(body, sentences, paragraph) {
                            @match run {
                                Run::Plain(text) => { (text) }
                                Run::Sentence { n, text, anchor } => {
                                    span.sent.used[used.contains(&n)] id=[anchor.then(|| format!("s{n}"))] { (text) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The page of article `id`.
pub fn render(store: &Store, id: &str) -> Result<Markup, ApiError> {
    let Some(stored) = store.article(id).map_err(ApiError::internal)? else {
        return Err(ApiError::not_found("article", id));
    };
    let a = &stored.article;
    let story = match &stored.story_id {
        Some(sid) => story_view(store, sid).ok(),
        None => None,
    };
    let used = story.as_ref().map(|v| used_sentences(&v.dossier, &a.id)).unwrap_or_default();
    let sentences = stored.analysis.as_ref().map(|x| x.sentences.as_slice()).unwrap_or(&[]);
    let title = a.title.as_deref().unwrap_or(&a.id);
    Ok(page(title, html! {
        article {
            h1 { (title) }
            p.meta {
                (outlet_name(a.outlet.as_deref())) " · " (short_date(a.published.as_deref()))
                @if let Some(by) = &a.byline { " · " (by) }
                @if let Some(m) = &a.modified { " · updated " (short_date(Some(m))) }
            }
            p.meta {
                @match a.url.as_deref().map(|u| (u, safety::safe_href(u))) {
                    Some((_, Some(href))) => { a href=(href) rel="noopener noreferrer nofollow" { (href) } }
                    Some((raw, None)) => { "Source: " code { (raw) } }
                    None => { "Source: " (a.source) }
                }
                @if let Some(v) = &story {
                    " · story: " a href=(links::story(&v.row.story.id)) { (v.row.story.title.as_deref().unwrap_or(&v.row.story.id)) }
                }
                @if let Some(orig) = &stored.duplicate_of { " · copy of " a href=(links::article(orig)) { (orig) } }
            }
            @if !used.is_empty() { p.muted { "Highlighted: the sentences the story's account cites." } }
            (body_markup(&a.body, sentences, &used))
            @if !a.dropped.is_empty() {
                details.dropped {
                    summary { "Dropped as boilerplate (" (a.dropped.len()) ")" }
                    ul { @for d in &a.dropped { li { (d) } } }
                }
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_get_anchors_and_odd_offsets_are_ignored() {
        let body = "First one. Second <b>one</b>.\n\nThird é.";
        let s = |start: usize, end: usize| Sentence { start, end, text: body[start..end].into() };
        let sentences = vec![s(0, 10), s(11, 29), s(31, 40), Sentence { start: 38, end: 39, text: String::new() }];
        let html = body_markup(body, &sentences, &BTreeSet::from([1])).into_string();
        assert!(html.contains(r#"<span class="sent" id="s0">First one.</span>"#), "{html}");
        assert!(html.contains(r#"<span class="sent used" id="s1">Second &lt;b&gt;one&lt;/b&gt;.</span>"#), "{html}");
        assert!(html.contains(r#"id="s2">Third é.</span>"#), "{html}");
        assert_eq!(html.matches("<p>").count(), 2);
    }
}
