//! `concord eval cluster --semeval --search` (builds with `embeddings`;
//! meant for `CONCORD_EMBEDDING_MODEL=multilingual-e5-small`): search by
//! meaning across languages on SemEval-2022's same-story pairs (Overall
//! ≤ 1.5) in two languages. For each such pair, both ways, the query is the
//! first [`QUERY_WORDS`] words of one article's text; every SemEval article
//! but the query's own is ranked as `concord search --meaning` ranks stored
//! articles (the cosine of the query's embedding with each article's
//! headline-and-lead embedding, both quantised as the store keeps them,
//! ties by id). Reports how often the other-language partner ranks first
//! and in the top 5, and the mean reciprocal rank at 10.

use std::collections::HashMap;
use std::path::Path;

use concord_stories::data;
use concord_stories::embedding::Embedding;

/// Words of an article's text that make a query.
const QUERY_WORDS: usize = 25;

/// Ranks counted for the reciprocal rank.
const MRR_DEPTH: usize = 10;

/// Runs the measurement on the SemEval CSV at `path`, over the rated pairs
/// that `keep` leaves; `embedded` gives each article's stored embedding.
pub fn main(
    path: &Path,
    keep: impl Fn(usize) -> bool,
    embedded: impl FnOnce(&[data::Labelled]) -> anyhow::Result<Option<Vec<Vec<f32>>>>,
) -> anyhow::Result<()> {
    let (articles, rated) = data::semeval(path)?;
    let vectors = embedded(&articles)?.unwrap_or_default();
    let stored: Vec<Option<Embedding>> = vectors.iter().map(|v| Embedding::quantise(v)).collect();
    let by_id: HashMap<&str, usize> = articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let model = crate::cluster::model()?;
    let (mut queries, mut first, mut top5, mut reciprocal) = (0usize, 0usize, 0usize, 0.0f64);
    for (n, p) in rated.iter().enumerate() {
        let (Some(&a), Some(&b)) = (by_id.get(p.a.as_str()), by_id.get(p.b.as_str())) else { continue };
        if !keep(n) || p.overall > 1.5 || articles[a].language == articles[b].language {
            continue;
        }
        for (from, to) in [(a, b), (b, a)] {
            let query: Vec<&str> = articles[from].text.split_whitespace().take(QUERY_WORDS).collect();
            let Some(wanted) = Embedding::quantise(&model.embed_query(&query.join(" "))?) else { continue };
            let score = |i: usize| stored[i].as_ref().map_or(f32::NEG_INFINITY, |e| wanted.cosine(e));
            let target = score(to);
            // the rank of `to`: articles (the query's own left out) that score
            // higher, or as high with a smaller id
            let above = (0..articles.len())
                .filter(|&i| i != from && i != to)
                .filter(|&i| score(i) > target || score(i) == target && articles[i].id < articles[to].id)
                .count();
            let rank = above + 1;
            queries += 1;
            first += usize::from(rank == 1);
            top5 += usize::from(rank <= 5);
            if rank <= MRR_DEPTH {
                reciprocal += 1.0 / rank as f64;
            }
        }
    }
    println!(
        "{queries} queries ({QUERY_WORDS} words of one article of a same-story pair in two languages, both ways) among {} articles",
        articles.len()
    );
    println!(
        "partner first {first}/{queries}, in the top 5 {top5}/{queries}, MRR@{MRR_DEPTH} {:.3}",
        reciprocal / queries.max(1) as f64
    );
    Ok(())
}
