//! Synthesis: the cross-checked account (dossier) of one story.
//!
//! [`synthesise`] lays the members out on a [`desk::Desk`] (every sentence as a
//! weighted term vector, every article with its independence key), finds the
//! alike sentence pairs across articles once, and from them builds the facts,
//! the quotes by speaker, the timeline, the discrepancies and the summary.
//! Every item cites the article sentences that support it.

pub mod coverage;
pub mod desk;
pub mod discrepancies;
pub mod eval;
pub mod facts;
pub mod quotes;
pub mod summary;
pub mod text;
pub mod timeline;
#[cfg(test)]
mod testkit;

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

/// Builds the dossier of `story` from its members.
pub fn synthesise(story: &Story, members: &[Member]) -> Dossier {
    let desk = desk::Desk::new(members);
    let pairs = desk.alike_pairs(ALIKE);
    let statements = facts::statements(&desk, &pairs);
    let (quotes, quote_issues) = quotes::quotes(&desk, &pairs);
    let timeline = timeline::timeline(&desk);
    let mut discrepancies = discrepancies::disagreements(&desk, &pairs);
    discrepancies.extend(quote_issues);
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
        entities: coverage::entities(members),
    }
}
