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

/// With the multilingual model picked (before anything loads a model: each
/// such test is a binary of its own), a fresh store holding `lines`; `None`,
/// with a visible note, when the model's files are absent.
#[cfg(feature = "embeddings")]
#[allow(dead_code)] // each test binary compiles this module; only the e5 ones call this
pub fn store_with_e5(lines: &[&str]) -> Option<Store> {
    use concord_embed::{model_dir, ModelKind};
    std::env::set_var("CONCORD_EMBEDDING_MODEL", ModelKind::MultilingualE5.name());
    if !ModelKind::MultilingualE5.present_in(&model_dir(ModelKind::MultilingualE5)) {
        eprintln!("skipping: multilingual-e5-small absent (run scripts/fetch-model)");
        return None;
    }
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(ingest_lines(&mut store, lines), Ok(lines.len()));
    Some(store)
}
