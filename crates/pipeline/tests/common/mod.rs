//! What the pipeline's story tests share: JSONL lines ingested through the
//! whole pipeline into a store, and the story an article landed in.

use std::io::Write;

use concord_store::Store;

/// Writes `lines` to a JSONL file and ingests it into `store`; returns the
/// number of articles stored, or the pipeline's one-line error.
pub fn ingest_lines(store: &mut Store, lines: &[&str]) -> Result<usize, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.jsonl");
    let mut file = std::fs::File::create(&path).unwrap();
    for line in lines {
        writeln!(file, "{line}").unwrap();
    }
    let inputs = vec![path.to_string_lossy().into_owned()];
    concord_pipeline::ingest(store, &inputs, &concord_sources::Options::default(), &mut |_| {})
        .map(|summary| summary.articles)
        .map_err(|e| e.to_string())
}

/// The id of the story holding `article`.
pub fn story_of(store: &Store, article: &str) -> Option<String> {
    let stories = store.stories().unwrap();
    stories.iter().find(|s| s.story.article_ids.iter().any(|a| a == article)).map(|s| s.story.id.clone())
}
