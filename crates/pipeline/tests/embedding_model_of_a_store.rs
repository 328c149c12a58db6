//! A store remembers which embedding model its articles were embedded with
//! and refuses vectors of another (builds with the `embeddings` feature).
#![cfg(feature = "embeddings")]

use std::io::Write;

use concord_store::Store;

#[test]
fn a_store_embedded_by_another_model_is_refused_with_one_line() {
    let kind = concord_embed::ModelKind::from_env().unwrap();
    if !kind.present_in(&concord_embed::model_dir(kind)) {
        eprintln!("skipping: embedding model {} absent (run scripts/fetch-model)", kind.name());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.jsonl");
    writeln!(std::fs::File::create(&path).unwrap(), r#"{{"id":"a1","title":"Ferry service resumes","text":"The ferry between Ostholm and Vennik sails again after the harbour wall was repaired, the operator said on Monday."}}"#).unwrap();
    let inputs = vec![path.to_string_lossy().into_owned()];
    let opts = concord_sources::Options::default();

    let mut store = Store::open_in_memory().unwrap();
    concord_pipeline::ingest(&mut store, &inputs, &opts, &mut |_| {}).expect("a fresh store takes the model");
    assert_eq!(store.meta("embedding_model").unwrap().as_deref(), Some(kind.name()));
    concord_pipeline::ingest(&mut store, &inputs, &opts, &mut |_| {}).expect("the same model again");

    let mut other = Store::open_in_memory().unwrap();
    let batch = other.batch().unwrap();
    batch.set_meta("embedding_model", "some-other-model").unwrap();
    batch.commit().unwrap();
    let err = concord_pipeline::ingest(&mut other, &inputs, &opts, &mut |_| {}).unwrap_err().to_string();
    assert!(err.contains("some-other-model") && err.contains(kind.name()) && !err.contains('\n'), "{err}");
    assert_eq!(other.articles().unwrap().len(), 0, "nothing ingested");
}
