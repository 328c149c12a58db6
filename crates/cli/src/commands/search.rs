//! `concord search QUERY [--meaning]`.

use std::process::ExitCode;

use concord_store::Store;

/// Prints ranked hits with snippets.
pub fn run(store: &Store, query: &str, json: bool, limit: usize, meaning: bool) -> anyhow::Result<ExitCode> {
    let hits = if meaning { by_meaning(store, query, limit)? } else { store.search(query, limit)? };
    for h in &hits {
        if json {
            println!("{}", serde_json::to_string(h)?);
        } else {
            println!("{}  {}  [{}]", h.id, h.title.as_deref().unwrap_or("(untitled)"), h.outlet.as_deref().unwrap_or("-"));
            println!("    {}", h.snippet.replace('\n', " "));
        }
    }
    if hits.is_empty() && !json {
        eprintln!("no matches for {query:?}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The articles closest in meaning to `query`.
#[cfg(feature = "embeddings")]
fn by_meaning(store: &Store, query: &str, limit: usize) -> anyhow::Result<Vec<concord_store::SearchHit>> {
    Ok(concord_pipeline::search_by_meaning(store, query, limit)?)
}

/// Builds without embeddings have no vectors to compare.
#[cfg(not(feature = "embeddings"))]
fn by_meaning(_: &Store, _: &str, _: usize) -> anyhow::Result<Vec<concord_store::SearchHit>> {
    anyhow::bail!("search --meaning needs a build with `--features embeddings` (and scripts/fetch-model)")
}
