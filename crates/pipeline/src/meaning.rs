//! Search by meaning (builds with the `embeddings` feature): the query's
//! embedding against each stored article's (its headline and lead, kept in
//! its clustering features), closest first. With the multilingual model a
//! query in one language finds articles in every language.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

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
    // the `limit` best so far, the worst on top
    let mut best: BinaryHeap<Reverse<Scored>> = BinaryHeap::with_capacity(limit + 1);
    store.each_feature(|(id, _, data)| {
        let Some(embedding) = Features::decode(&data).and_then(|f| f.embedding) else { return };
        let scored = Scored { cosine: wanted.cosine(&embedding), id };
        if best.len() < limit || best.peek().is_some_and(|Reverse(worst)| scored > *worst) {
            best.push(Reverse(scored));
            if best.len() > limit {
                best.pop();
            }
        }
    })?;
    let mut hits = Vec::with_capacity(best.len());
    for Scored { cosine, id } in best.into_sorted_vec().into_iter().map(|Reverse(s)| s) {
        if let Some(stored) = store.article(&id)? {
            hits.push(hit(stored, cosine));
        }
    }
    Ok(hits)
}

/// An article's cosine with the query; greater is closer, and of equal
/// cosines the smaller id (so that ties rank alike in every run).
struct Scored {
    cosine: f32,
    id: String,
}

impl Ord for Scored {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cosine.total_cmp(&other.cosine).then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Scored {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Scored {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Scored {}

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
