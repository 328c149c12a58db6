//! Synthesis: the cross-checked account (dossier) of one story.
//!
//! [`synthesise`] lays the members out on a [`desk::Desk`] (every sentence as a
//! weighted term vector, every article with its independence key), finds the
//! alike sentence pairs across articles once, and from them builds the facts,
//! the quotes by speaker, the timeline, the discrepancies and the summary.
//! Every item cites the article sentences that support it.

pub mod across;
pub mod actors;
pub mod coverage;
pub mod desk;
pub mod discrepancies;
pub mod eval;
pub mod facts;
pub mod quotes;
pub mod summary;
pub mod text;
pub mod timeline;
pub mod tone;
mod union_find;
#[cfg(test)]
mod testkit;

use std::borrow::Cow;

use concord_model::{Analysis, Article, Dossier, Story};

/// One article of a story with its analysis.
#[derive(Clone, Debug)]
pub struct Member {
    /// The article.
    pub article: Article,
    /// Its analysis.
    pub analysis: Analysis,
    /// The article it duplicates, if any.
    pub duplicate_of: Option<String>,
}

/// Sentence pairs below this similarity are never compared further.
const ALIKE: f32 = 0.2;

/// The most articles whose sentences are aligned with each other. Alignment
/// is quadratic in sentences, so a bigger story is synthesised from a sample
/// (see [`aligned_sample`]); its coverage and entities still list every member.
pub const MAX_ALIGNED: usize = 48;

/// A sample of [`MAX_ALIGNED`] members of a bigger story: originals before
/// copies, each outlet's earliest article before its later ones (so every
/// outlet speaks), earlier before later; kept in the members' own order.
fn aligned_sample(members: &[Member]) -> Vec<Member> {
    let mut per_outlet: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut ranked: Vec<(bool, usize, Option<&str>, usize)> = members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let outlet = m.article.outlet.as_deref().unwrap_or(&m.article.id);
            let nth = per_outlet.entry(outlet).or_insert(0);
            *nth += 1;
            (m.duplicate_of.is_some(), *nth, m.article.published.as_deref(), i)
        })
        .collect();
    ranked.sort();
    let mut keep: Vec<usize> = ranked.into_iter().take(MAX_ALIGNED).map(|r| r.3).collect();
    keep.sort_unstable();
    keep.into_iter().map(|i| members[i].clone()).collect()
}

/// The members whose sentences synthesis aligns: all of them, or a sample
/// of [`MAX_ALIGNED`] of a bigger story.
pub fn aligned_members(members: &[Member]) -> Cow<'_, [Member]> {
    match members.len() > MAX_ALIGNED {
        true => Cow::Owned(aligned_sample(members)),
        false => Cow::Borrowed(members),
    }
}

/// Builds the dossier of `story` from its members.
pub fn synthesise(story: &Story, members: &[Member]) -> Dossier {
    synthesise_with(story, members, &across::SentenceVectors::new())
}

/// [`synthesise`], with the members' sentence vectors from a multilingual
/// model, by which facts also gather sentences in other languages that state
/// the same thing (see [`across`]).
pub fn synthesise_with(story: &Story, members: &[Member], vectors: &across::SentenceVectors) -> Dossier {
    let aligned = aligned_members(members);
    let desk = desk::Desk::new(&aligned);
    let pairs = desk.alike_pairs(ALIKE);
    let statements = facts::statements(&desk, &across::with_pairs_across_languages(&desk, &pairs, vectors));
    let (mut quotes, quote_issues) = quotes::quotes(&desk, &pairs);
    let entities = coverage::entities(members);
    coverage::speakers_as_listed(&mut quotes, &entities);
    let timeline = timeline::timeline(&desk);
    let mut discrepancies = discrepancies::disagreements(&desk, &pairs);
    discrepancies.extend(quote_issues);
    discrepancies.extend(tone::shifts(&desk));
    discrepancies.extend(discrepancies::earlier_stages(&desk, &timeline));
    discrepancies.extend(discrepancies::updates(&desk));
    Dossier {
        id: story.id.clone(),
        title: story.title.clone().or_else(|| members.iter().find_map(|m| m.article.title.clone())),
        articles: coverage::articles(members),
        summary: summary::summary(&desk, &statements),
        facts: facts::facts(&desk, &statements),
        quotes,
        timeline,
        discrepancies,
        entities,
    }
}

#[cfg(test)]
mod sample_tests {
    use super::*;

    fn member(id: &str, outlet: &str, duplicate_of: Option<&str>) -> Member {
        Member {
            article: Article { id: id.into(), outlet: Some(outlet.into()), body: "Text.".into(), ..Default::default() },
            analysis: Analysis::default(),
            duplicate_of: duplicate_of.map(str::to_string),
        }
    }

    #[test]
    fn big_stories_align_a_sample_that_keeps_every_outlet_and_lists_everyone() {
        let mut members: Vec<Member> = (0..90).map(|i| member(&format!("a{i}"), "Big Wire", None)).collect();
        members.extend((0..30).map(|i| member(&format!("c{i}"), "Copy Desk", Some("a0"))));
        members.push(member("late", "Small Paper", None));
        let sample = aligned_sample(&members);
        assert_eq!(sample.len(), MAX_ALIGNED);
        assert!(sample.iter().any(|m| m.article.id == "late"), "every outlet speaks");
        assert!(sample.iter().all(|m| m.duplicate_of.is_none()), "originals before copies");
        let dossier = synthesise(&Story { id: "s".into(), ..Default::default() }, &members);
        assert_eq!(dossier.articles.len(), members.len(), "coverage lists every member");
    }
}
