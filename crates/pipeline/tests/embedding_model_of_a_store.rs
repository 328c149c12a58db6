//! A store remembers which embedding model its articles were embedded with
//! and refuses vectors of another (builds with the `embeddings` feature).
#![cfg(feature = "embeddings")]

mod common;

use concord_store::Store;

#[test]
fn a_store_embedded_by_another_model_is_refused_with_one_line() {
    let kind = concord_embed::ModelKind::from_env().unwrap();
    if !kind.present_in(&concord_embed::model_dir(kind)) {
        eprintln!("skipping: embedding model {} absent (run scripts/fetch-model)", kind.name());
        return;
    }
    let line = r#"{"id":"a1","title":"Ferry service resumes","text":"The ferry between Ostholm and Vennik sails again after the harbour wall was repaired, the operator said on Monday."}"#;

    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(common::ingest_lines(&mut store, &[line]), Ok(1), "a fresh store takes the model");
    assert_eq!(store.meta("embedding_model").unwrap().as_deref(), Some(kind.name()));
    assert!(common::story_of(&store, "a1").is_some(), "placed in a story");
    assert_eq!(common::ingest_lines(&mut store, &[line]), Ok(0), "the same model again (and the same input)");

    let mut other = Store::open_in_memory().unwrap();
    let batch = other.batch().unwrap();
    batch.set_meta("embedding_model", "some-other-model").unwrap();
    batch.commit().unwrap();
    let err = common::ingest_lines(&mut other, &[line]).unwrap_err();
    assert!(err.contains("some-other-model") && err.contains(kind.name()) && !err.contains('\n'), "{err}");
    assert_eq!(other.articles().unwrap().len(), 0, "nothing ingested");
    let err = concord_pipeline::search_by_meaning(&other, "ferry", 3).unwrap_err().to_string();
    assert!(err.contains("some-other-model"), "nor searched by another model's vectors: {err}");
    let none = concord_pipeline::search_by_meaning(&Store::open_in_memory().unwrap(), "ferry", 3).unwrap();
    assert!(none.is_empty(), "a store without embeddings has nothing to rank");
    assert_eq!(concord_pipeline::search_by_meaning(&store, "harbour ferry sails again", 3).unwrap()[0].id, "a1");
}
