//! With the multilingual model (builds with the `embeddings` feature and
//! `scripts/fetch-model` run), a German report's sentence that states what
//! two English reports state is counted with them in the story's fact,
//! while an unrelated German sentence stays a claim of its one outlet; the
//! sentence vectors are stored once per article and read back at the next
//! refresh. A test binary of its own: it picks the model through the
//! environment before anything loads one.
#![cfg(feature = "embeddings")]

mod common;

use concord_embed::ModelKind;
use concord_store::Store;

const LINES: [&str; 3] = [
    r#"{"id":"en1","title":"Crane collapse shuts northern pier","outlet":"Daily Example","published":"2026-04-14T09:00:00Z","text":"The harbour authority closed the northern pier after a loading crane collapsed onto the quay early on Tuesday. Nobody was hurt, but two fishing boats moored below the crane were damaged. Engineers will inspect the other cranes on the pier before it reopens."}"#,
    r#"{"id":"en2","title":"Northern pier closed after crane falls","outlet":"Coast Courier","published":"2026-04-14T11:00:00Z","text":"A loading crane collapsed onto the quay early on Tuesday and the harbour authority closed the northern pier. Two fishing boats were damaged and nobody was injured. The pier stays shut until engineers have checked the remaining cranes."}"#,
    r#"{"id":"de1","title":"Kran stürzt im Hafen auf den Kai","outlet":"Beispielzeitung","published":"2026-04-14T13:00:00Z","text":"Die Hafenbehörde hat die nördliche Mole gesperrt, nachdem am frühen Dienstag ein Ladekran auf den Kai gestürzt war. Verletzt wurde niemand, zwei Fischerboote unter dem Kran wurden jedoch beschädigt. Der Gemeinderat beschloss am Abend außerdem neue Regeln für das Parken in der Innenstadt."}"#,
];

/// The outlets of the story's fact whose text contains `needle`.
fn outlets(store: &Store, story: &concord_model::Story, needle: &str) -> Vec<String> {
    let dossier = concord_pipeline::dossier(store, story).unwrap();
    dossier.facts.iter().find(|f| f.text.contains(needle)).map(|f| f.outlets.clone()).unwrap_or_default()
}

#[test]
fn a_german_sentence_corroborates_the_english_fact_it_states() {
    let Some(mut store) = common::store_with_e5(&LINES) else { return };
    let story_id = common::story_of(&store, "de1").expect("stored");
    assert_eq!(common::story_of(&store, "en1").as_ref(), Some(&story_id), "one story in two languages");
    let story = store.story(&story_id).unwrap().unwrap().story;

    let closed = outlets(&store, &story, "closed the northern pier");
    assert!(closed.iter().any(|o| o == "Beispielzeitung"), "{closed:?}");
    assert!(closed.iter().any(|o| o == "Daily Example") && closed.iter().any(|o| o == "Coast Courier"), "{closed:?}");
    assert_eq!(outlets(&store, &story, "Parken"), ["Beispielzeitung"], "the council's parking rules are its own");

    // Every article's vectors were stored; a refresh reads them back rather
    // than embedding again: the German article's, emptied in the store, no
    // longer pair its sentences.
    let model = ModelKind::MultilingualE5.name();
    for id in ["en1", "en2", "de1"] {
        assert!(store.sentence_vectors(id, model).unwrap().is_some_and(|(_, data)| !data.is_empty()), "{id}");
    }
    let (digest, _) = store.sentence_vectors("de1", model).unwrap().unwrap();
    let batch = store.batch().unwrap();
    batch.save_sentence_vectors("de1", model, digest, &[]).unwrap();
    batch.touch_story(&story_id, "2026-04-15T00:00:00Z").unwrap();
    batch.commit().unwrap();
    assert_eq!(concord_pipeline::refresh_dossiers(&mut store).unwrap(), 1);
    let closed = outlets(&store, &story, "closed the northern pier");
    assert!(!closed.iter().any(|o| o == "Beispielzeitung"), "{closed:?}");
    assert_eq!(store.sentence_vectors("de1", model).unwrap(), Some((digest, Vec::new())), "not embedded again");
}
