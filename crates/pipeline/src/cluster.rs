//! The clustering step of a batch: place each new article in a story and
//! record its features, and any merges or moves it caused, in the store within
//! the batch's transaction. Builds with the `embeddings` feature embed each
//! article's headline and lead for the story scores ([`embed_into`], called
//! on the extraction pool, so several articles are embedded at once).

use std::collections::BTreeSet;

use concord_model::Article;
use concord_stories::{Assignment, Change, Features, Params, StoryIndex};
use concord_store::{Batch, Store};

use crate::PipelineError;

/// Rebuilds the story index from the features stored with every article.
pub fn restore(store: &mut Store) -> Result<StoryIndex, PipelineError> {
    #[cfg(feature = "embeddings")]
    same_model(store)?;
    Ok(StoryIndex::restore_with(params()?, &store.all_features()?))
}

/// Vectors of two models cannot be compared: the store keeps the name of the
/// model its articles were embedded with, and refuses another.
#[cfg(feature = "embeddings")]
fn same_model(store: &mut Store) -> Result<(), PipelineError> {
    if let Some(stored) = store.meta(EMBEDDING_MODEL)? {
        return check_model(stored);
    }
    let batch = store.batch()?;
    batch.set_meta(EMBEDDING_MODEL, model()?.kind().name())?;
    Ok(batch.commit()?)
}

/// An error when the model a store's articles were embedded with (`stored`)
/// is not the one loaded.
#[cfg(feature = "embeddings")]
pub(crate) fn check_model(stored: String) -> Result<(), PipelineError> {
    let name = model()?.kind().name();
    if stored == name {
        return Ok(());
    }
    Err(concord_embed::EmbedError::Mismatch(stored, name).into())
}

/// The store's meta key naming the embedding model.
#[cfg(feature = "embeddings")]
pub(crate) const EMBEDDING_MODEL: &str = "embedding_model";

/// The clustering weights for the embedding model loaded (a multilingual one
/// also joins stories across languages by its vectors).
#[cfg(feature = "embeddings")]
pub fn params() -> Result<Params, PipelineError> {
    Ok(match model()?.kind() {
        concord_embed::ModelKind::MultilingualE5 => Params::multilingual_embeddings(),
        concord_embed::ModelKind::MiniLm => Params::default(),
    })
}

/// Builds without embeddings cluster with the weights fitted on text alone.
#[cfg(not(feature = "embeddings"))]
pub fn params() -> Result<Params, PipelineError> {
    Ok(Params::default())
}

/// The embedding model, loaded once (a missing model is an error at the first ingest).
#[cfg(feature = "embeddings")]
pub(crate) fn model() -> Result<&'static concord_embed::Embedder, PipelineError> {
    static MODEL: std::sync::OnceLock<Result<concord_embed::Embedder, concord_embed::EmbedError>> =
        std::sync::OnceLock::new();
    MODEL.get_or_init(concord_embed::Embedder::load_default).as_ref().map_err(|e| e.clone().into())
}

/// Adds the sentence embedding of `article`'s headline and lead to its
/// clustering `features` (on the pool, beside extraction: the model runs one
/// text per thread).
#[cfg(feature = "embeddings")]
pub fn embed_into(article: &Article, features: &mut Features) -> Result<(), PipelineError> {
    let vector = model()?.embed(&[&concord_stories::embedding_text(article)])?.pop();
    features.embedding = vector.as_deref().and_then(concord_stories::embedding::Embedding::quantise);
    Ok(())
}

/// Builds without the `embeddings` feature cluster on text alone.
#[cfg(not(feature = "embeddings"))]
pub fn embed_into(_: &Article, _: &mut Features) -> Result<(), PipelineError> {
    Ok(())
}

/// Adds `article`, whose clustering `features` (with its embedding, if any)
/// were computed on the pool, to the index; the caller stores the article
/// where it went, then [`record`]s the rest.
pub fn place(index: &mut StoryIndex, article: &Article, features: Features) -> Assignment {
    index.add_features(&article.id, features, None)
}

/// What a placed article's row says of its duplicate group.
#[derive(Debug, PartialEq)]
pub enum CopyLabel {
    /// It duplicates no earlier article.
    Original,
    /// It is a copy of this original.
    CopyOf(String),
    /// It was published before the group's original, this one, and takes
    /// its place: once stored, [`relabel`] makes the others its copies.
    Replaces(String),
}

impl CopyLabel {
    /// The `duplicate_of` to store with the article.
    pub fn duplicate_of(&self) -> Option<&str> {
        match self {
            CopyLabel::CopyOf(original) => Some(original),
            CopyLabel::Original | CopyLabel::Replaces(_) => None,
        }
    }
}

/// The label of a placed article. The index groups copies under the first
/// to arrive; the store names as original the earliest published, so that
/// a wire story ingested after a paper's re-run of it is the original and
/// the paper's page its copy (an article without a date never replaces one).
pub fn copy_label(batch: &Batch<'_>, article: &Article, placed: &Assignment) -> Result<CopyLabel, PipelineError> {
    let Some(first) = placed.duplicate_of.as_deref() else { return Ok(CopyLabel::Original) };
    let (original, published) = match batch.copy_label(first)? {
        // the first to arrive was itself replaced: its original's date counts
        Some((Some(original), _)) => {
            let published = batch.copy_label(&original)?.and_then(|(_, published)| published);
            (original, published)
        }
        Some((None, published)) => (first.to_string(), published),
        None => (first.to_string(), None),
    };
    let hours = |p: Option<&str>| p.and_then(concord_stories::hours_of);
    Ok(match (hours(article.published.as_deref()), hours(published.as_deref())) {
        (Some(new), Some(old)) if new < old => CopyLabel::Replaces(original),
        _ => CopyLabel::CopyOf(original),
    })
}

/// Completes a [`CopyLabel::Replaces`] once the article is stored.
pub fn relabel(batch: &Batch<'_>, article_id: &str, label: &CopyLabel) -> Result<(), PipelineError> {
    if let CopyLabel::Replaces(former) = label {
        batch.relabel_copies(former, article_id)?;
    }
    Ok(())
}

/// Stores what placing the (already stored) article `article_id` produced:
/// its features, and the merges and moves it caused. The stories whose header
/// must be recomputed are collected in `touched` (see [`touch`]), so a batch
/// recomputes each once rather than once per article.
pub fn record(
    batch: &Batch<'_>,
    article_id: &str,
    placed: Assignment,
    now: &str,
    touched: &mut BTreeSet<String>,
) -> Result<(), PipelineError> {
    batch.save_features(article_id, &placed.features)?;
    apply(batch, &placed.changes, now, touched)?;
    touched.insert(placed.story_id);
    Ok(())
}

/// Stores merges and moves, collecting the stories they touched.
fn apply(batch: &Batch<'_>, changes: &[Change], now: &str, touched: &mut BTreeSet<String>) -> Result<(), PipelineError> {
    for change in changes {
        match change {
            Change::Merge { from, into } | Change::Emptied { from, into } => {
                let reason = if matches!(change, Change::Merge { .. }) { "converged" } else { "emptied" };
                batch.merge_story(from, into, reason, now)?;
                // A retired id must not be recreated: it resolves through its redirect.
                touched.remove(from);
                touched.insert(into.clone());
            }
            Change::Move { article, from, to } => {
                batch.assign_story(article, to)?;
                touched.insert(to.clone());
                touched.insert(from.clone());
            }
        }
    }
    Ok(())
}

/// Re-checks the newest `window` articles (see [`StoryIndex::recheck`]) and
/// stores what moved in one transaction; returns the number of changes.
pub fn recheck(store: &mut Store, index: &mut StoryIndex, window: usize) -> Result<usize, PipelineError> {
    let changes = index.recheck(window);
    if changes.is_empty() {
        return Ok(0);
    }
    let now = timestamp();
    let batch = store.batch()?;
    let mut touched = BTreeSet::new();
    apply(&batch, &changes, &now, &mut touched)?;
    touch(&batch, &touched, &now)?;
    batch.commit()?;
    Ok(changes.len())
}

/// The current time as stored with rows and changes (RFC 3339, seconds).
pub fn timestamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Recomputes the header (and listing card) of every story a batch touched.
pub fn touch(batch: &Batch<'_>, touched: &BTreeSet<String>, now: &str) -> Result<(), PipelineError> {
    for story_id in touched {
        batch.touch_story(story_id, now)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use concord_model::Analysis;
    use concord_store::Placement;

    use super::*;

    #[test]
    fn what_the_recheck_moves_is_stored() {
        // Weights that chain every article into the first story, so that the
        // re-check has articles to move.
        let params = concord_stories::Params { join: -1.0, join_dated: -1.0, merge: 2.0, ..Default::default() };
        let mut index = StoryIndex::new(params);
        let mut store = Store::open_in_memory().unwrap();
        let articles = concord_stories::fixtures::chained_stories();
        let batch = store.batch().unwrap();
        let mut touched = BTreeSet::new();
        for article in &articles {
            let id = article.id.as_str();
            let placed = place(&mut index, article, Features::compute(article, &Analysis::default()));
            let doc = batch.insert_document(&format!("{id}.txt"), id, "text", "now").unwrap();
            let placement = Placement { story_id: Some(&placed.story_id), duplicate_of: None };
            batch.insert_clustered_article(doc, article, None, &placement, "now").unwrap();
            record(&batch, id, placed, "now", &mut touched).unwrap();
        }
        touch(&batch, &touched, "now").unwrap();
        batch.commit().unwrap();
        let stored = |store: &Store, id: &str| store.article(id).unwrap().unwrap().story_id.unwrap();
        assert_eq!(stored(&store, "b1"), stored(&store, "s1"), "chained at first");
        assert!(recheck(&mut store, &mut index, articles.len()).unwrap() > 0);
        for (article, story) in index.placements() {
            assert_eq!(stored(&store, article), story, "{article}");
        }
        assert_eq!(stored(&store, "b1"), stored(&store, "b2"));
        assert_ne!(stored(&store, "b1"), stored(&store, "s1"));
    }
}
