//! Recomputes the cached dossier of every story that changed, analysing first
//! the members stored without analysis and re-anchoring the dates of undated
//! articles on their story. A story told in several languages is synthesised
//! with its sentences' vectors when the build has them ([`sentence_vectors`]).

use concord_model::{Analysis, AnchorKind, Dossier, Story, TimexType};
use concord_store::{Store, StoredArticle};
use rayon::prelude::*;
use concord_synth::Member;

use crate::{anchor_of, sentence_vectors, PipelineError};

/// The members of a story, as synthesis takes them, each with its analysis.
pub fn members(store: &Store, story_id: &str) -> Result<Vec<Member>, PipelineError> {
    Ok(analysed_members(store.story_articles(story_id)?).0)
}

/// A story's dossier: the cached one, or synthesised now when it is stale
/// (with the sentence vectors stored, those missing made now and not kept:
/// the store is only read here).
pub fn dossier(store: &Store, story: &Story) -> Result<Dossier, PipelineError> {
    if let Some(cached) = store.dossier(&story.id)? {
        return Ok(cached);
    }
    let articles = store.story_articles(&story.id)?;
    let cached = sentence_vectors::cached(store, &articles)?;
    let members = analysed_members(articles).0;
    let (vectors, _) = sentence_vectors::complete(&members, cached)?;
    Ok(concord_synth::synthesise_with(story, &members, &vectors))
}

/// Dirty stories read, synthesised and written back together: synthesis runs
/// on all cores (a story at a time per core), reading and writing on this
/// thread, one transaction per group.
const STORIES_PER_ROUND: usize = 64;

/// A story's members synthesised: the members, the indexes of those
/// analysed now, the sentence vectors made now, the dossier.
type Synthesised = (Vec<Member>, Vec<usize>, sentence_vectors::Fresh, Dossier);

/// Synthesises every dirty story; returns how many were refreshed.
pub fn refresh_dossiers(store: &mut Store) -> Result<usize, PipelineError> {
    let dirty = store.dirty_stories()?;
    for ids in dirty.chunks(STORIES_PER_ROUND) {
        let mut stored = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(row) = store.story(id)? {
                let articles = store.story_articles(id)?;
                let cached = sentence_vectors::cached(store, &articles)?;
                stored.push((row.story, articles, cached));
            }
        }
        let synthesised: Vec<Synthesised> = stored
            .into_par_iter()
            .map(|(story, articles, cached)| {
                let (members, analysed) = analysed_members(articles);
                let (vectors, fresh) = sentence_vectors::complete(&members, cached)?;
                let dossier = concord_synth::synthesise_with(&story, &members, &vectors);
                Ok((members, analysed, fresh, dossier))
            })
            .collect::<Result<_, PipelineError>>()?;
        let batch = store.batch()?;
        for (members, analysed, fresh, dossier) in &synthesised {
            for &i in analysed {
                batch.update_analysis(&members[i].article.id, &members[i].analysis)?;
            }
            for (article, digest, data) in fresh {
                batch.save_sentence_vectors(article, sentence_vectors::MODEL, *digest, data)?;
            }
            batch.save_dossier(dossier)?;
        }
        batch.commit()?;
    }
    Ok(dirty.len())
}

/// The members of a story from its stored articles, with the indexes of
/// those analysed now: articles stored without analysis (ingested with
/// analysis deferred), and undated articles whose relative dates did not
/// resolve. Undated articles take their relative dates from the story's
/// earliest publication date (never the ingest time), marked as story-anchored.
fn analysed_members(stored: Vec<StoredArticle>) -> (Vec<Member>, Vec<usize>) {
    let story_date = stored.iter().filter_map(|s| s.article.published.as_deref()).min();
    let story_anchor = anchor_of(story_date, AnchorKind::Story);
    let mut analysed = Vec::new();
    let mut members = Vec::with_capacity(stored.len());
    for (i, s) in stored.into_iter().enumerate() {
        let undated = s.article.published.is_none();
        let analysis = match s.analysis {
            Some(a) if !(undated && story_anchor.is_some() && unresolved(&a)) => a,
            _ => {
                let anchor = match undated {
                    true => story_anchor,
                    false => anchor_of(s.article.published.as_deref(), AnchorKind::Published),
                };
                analysed.push(i);
                concord_analyse::analyse(&s.article.body, anchor, s.article.language.as_deref())
            }
        };
        members.push(Member { analysis, duplicate_of: s.duplicate_of, article: s.article });
    }
    (members, analysed)
}

/// True when a time expression of the analysis has no resolved value.
fn unresolved(a: &Analysis) -> bool {
    a.timexes.iter().any(|t| t.value.is_none() && t.kind != TimexType::Duration)
}
