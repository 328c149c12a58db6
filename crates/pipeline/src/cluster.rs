//! The clustering step of a batch: place each new article in a story and
//! record that, and any merges or moves it caused, in the store within the
//! batch's transaction.

use concord_model::{Analysis, Article};
use concord_stories::{Change, StoryIndex};
use concord_store::{Batch, Store};

use crate::PipelineError;

/// Rebuilds the story index from the features stored with every article.
pub fn restore(store: &Store) -> Result<StoryIndex, PipelineError> {
    Ok(StoryIndex::restore(&store.all_features()?))
}

/// Adds `article` to the index and stores where it went.
pub fn place(
    batch: &Batch<'_>,
    index: &mut StoryIndex,
    article: &Article,
    analysis: &Analysis,
    now: &str,
) -> Result<(), PipelineError> {
    let placed = index.add(article, analysis);
    batch.save_features(&article.id, &placed.features)?;
    batch.set_duplicate_of(&article.id, placed.duplicate_of.as_deref())?;
    batch.assign_story(&article.id, &placed.story_id)?;
    for change in &placed.changes {
        match change {
            Change::Merge { from, into } => {
                batch.merge_story(from, into, "converged", now)?;
                batch.touch_story(into, now)?;
            }
            Change::Move { article, from, to } => {
                batch.assign_story(article, to)?;
                batch.touch_story(to, now)?;
                batch.touch_story(from, now)?;
            }
        }
    }
    batch.touch_story(&placed.story_id, now)?;
    Ok(())
}
