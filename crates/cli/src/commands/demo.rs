//! `concord demo`: ingest the bundled example corpus (compiled into the binary)
//! into a fresh store and print its stories and the biggest story's brief.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use concord_store::Store;

include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));

/// Runs the demo.
pub fn run(keep: Option<&Path>) -> anyhow::Result<ExitCode> {
    let dir = tempfile::tempdir().context("creating a temporary folder")?;
    for (name, bytes) in DEMO_CORPUS {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
    }
    let db = match keep {
        Some(p) => p.to_path_buf(),
        None => dir.path().join("demo.db"),
    };
    let mut store = Store::open(&db)?;
    let corpus = dir.path().join("examples/corpus").display().to_string();
    super::ingest::run(&mut store, &[corpus], concord_model::InputFormat::Auto, true)?;
    println!("Stories in the example corpus (store: {}):\n", db.display());
    super::story::list(&store, false, None, 1)?;
    if let Some(biggest) = store.stories()?.into_iter().max_by_key(|r| r.story.article_ids.len()) {
        println!("\n---\n");
        super::story::show(&store, &biggest.story.id, super::story::StoryFormat::Md)?;
    }
    Ok(ExitCode::SUCCESS)
}
