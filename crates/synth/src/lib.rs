//! Synthesis: the cross-checked account (dossier) of one story.

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

/// Builds the dossier of `story` from its members.
pub fn synthesise(story: &Story, members: &[Member]) -> Dossier {
    let _ = members;
    Dossier {
        id: story.id.clone(),
        title: story.title.clone(),
        articles: Vec::new(),
        summary: Vec::new(),
        facts: Vec::new(),
        quotes: Vec::new(),
        timeline: Vec::new(),
        discrepancies: Vec::new(),
        entities: Vec::new(),
    }
}
pub mod eval;
