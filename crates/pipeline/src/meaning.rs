//! Search by meaning (builds with the `embeddings` feature): the query's
//! embedding against each stored article's (its headline and lead, kept in
//! its clustering features), closest first. With the multilingual model a
//! query in one language finds articles in every language.

use concord_stories::embedding::Embedding;
use concord_stories::Features;
use concord_store::{SearchHit, Store, StoredArticle};

use crate::{cluster, PipelineError};

/// Words of the body a hit shows.
const SNIPPET_WORDS: usize = 30;

/// The `limit` stored articles closest in meaning to `query`; `rank` is
/// 1 − cosine (lower is better, as for word search). Empty when no article
/// of the store was embedded; an error when they were embedded by another
/// model than the one loaded.
pub fn search_by_meaning(store: &Store, query: &str, limit: usize) -> Result<Vec<SearchHit>, PipelineError> {
    let Some(stored) = store.meta(cluster::EMBEDDING_MODEL)? else { return Ok(Vec::new()) };
    cluster::check_model(stored)?;
    let Some(wanted) = Embedding::quantise(&cluster::model()?.embed_query(query)?) else { return Ok(Vec::new()) };
    let mut scored: Vec<(f32, String)> = store
        .all_features()?
        .into_iter()
        .filter_map(|(id, _, data)| Some((wanted.cosine(&Features::decode(&data)?.embedding?), id)))
        .collect();
    scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    scored.truncate(limit);
    let mut hits = Vec::with_capacity(scored.len());
    for (cosine, id) in scored {
        if let Some(stored) = store.article(&id)? {
            hits.push(hit(stored, cosine));
        }
    }
    Ok(hits)
}

fn hit(stored: StoredArticle, cosine: f32) -> SearchHit {
    let a = stored.article;
    let snippet = a.body.split_whitespace().take(SNIPPET_WORDS).collect::<Vec<_>>().join(" ");
    SearchHit {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        story_id: stored.story_id,
        snippet,
        rank: f64::from(1.0 - cosine),
    }
}
