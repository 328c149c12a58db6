//! `concord search QUERY`.

use std::process::ExitCode;

use concord_store::Store;

/// Prints ranked hits with snippets.
pub fn run(store: &Store, query: &str, json: bool, limit: usize) -> anyhow::Result<ExitCode> {
    let hits = store.search(query, limit)?;
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
