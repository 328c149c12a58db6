//! Recomputes the cached dossier of every story that changed, re-anchoring
//! the dates of undated articles on their story first.

use concord_model::{AnchorKind, Dossier, Story, TimexType};
use concord_store::Store;
use concord_synth::Member;

use crate::{anchor_of, PipelineError};

/// The members of a story, as synthesis takes them.
pub fn members(store: &Store, story_id: &str) -> Result<Vec<Member>, PipelineError> {
    Ok(store
        .story_articles(story_id)?
        .into_iter()
        .map(|s| Member { analysis: s.analysis.unwrap_or_default(), duplicate_of: s.duplicate_of, article: s.article })
        .collect())
}

/// A story's dossier: the cached one, or synthesised now when it is stale.
pub fn dossier(store: &Store, story: &Story) -> Result<Dossier, PipelineError> {
    match store.dossier(&story.id)? {
        Some(cached) => Ok(cached),
        None => Ok(concord_synth::synthesise(story, &members(store, &story.id)?)),
    }
}

/// Synthesises every dirty story; returns how many were refreshed.
pub fn refresh_dossiers(store: &mut Store) -> Result<usize, PipelineError> {
    let dirty = store.dirty_stories()?;
    for id in &dirty {
        let Some(row) = store.story(id)? else { continue };
        let mut members = members(store, id)?;
        // Undated articles take their relative dates from the story's earliest
        // publication date (never the ingest time), marked as story-anchored.
        let story_date = members.iter().filter_map(|m| m.article.published.clone()).min();
        let anchor = anchor_of(story_date.as_deref(), AnchorKind::Story);
        let mut reanchored = Vec::new();
        if let Some(anchor) = anchor {
            for (i, m) in members.iter_mut().enumerate() {
                let unresolved = m
                    .analysis
                    .timexes
                    .iter()
                    .any(|t| t.value.is_none() && t.kind != TimexType::Duration);
                if m.article.published.is_none() && unresolved {
                    m.analysis = concord_analyse::analyse(&m.article.body, Some(anchor));
                    reanchored.push(i);
                }
            }
        }
        let dossier = concord_synth::synthesise(&row.story, &members);
        let batch = store.batch()?;
        for i in reanchored {
            batch.update_analysis(&members[i].article.id, &members[i].analysis)?;
        }
        batch.save_dossier(&dossier)?;
        batch.commit()?;
    }
    Ok(dirty.len())
}
