//! With the multilingual model (builds with the `embeddings` feature and
//! `scripts/fetch-model` run), a German report joins the English story of its
//! event although the two share no name or figure, and an unrelated English
//! article stays apart; a search by meaning in a third language finds both
//! reports. A test binary of its own: it picks the model through
//! the environment before anything loads one.
#![cfg(feature = "embeddings")]

mod common;

use concord_embed::ModelKind;

const LINES: [&str; 3] = [
    r#"{"id":"en1","title":"Storm closes the coast road","outlet":"Daily Example","published":"2026-03-03T10:00:00Z","text":"Gales overnight brought down power lines and trees along the coast road, which the police closed in both directions early on Tuesday. Engineers expect to reopen it by the evening once the debris has been cleared, and drivers are asked to use the inland route."}"#,
    r#"{"id":"de1","title":"Sturm: Küstenstraße gesperrt","outlet":"Beispielzeitung","published":"2026-03-03T14:00:00Z","text":"Sturmböen haben in der Nacht Stromleitungen und Bäume entlang der Küstenstraße umgerissen; die Polizei sperrte sie am frühen Dienstag in beide Richtungen. Techniker rechnen damit, sie am Abend wieder zu öffnen, sobald die Trümmer beseitigt sind. Autofahrer sollen die Strecke im Landesinneren nehmen."}"#,
    r#"{"id":"en2","title":"Library extends its opening hours","outlet":"Daily Example","published":"2026-03-03T11:00:00Z","text":"The town library will stay open until nine in the evening on weekdays from next month, the council said, after readers asked for more time to study after work. A reading café for families opens on the ground floor in spring."}"#,
];

#[test]
fn a_german_report_joins_the_english_story_by_its_meaning() {
    let Some(store) = common::store_with_e5(&LINES) else { return };
    let story_of = |article: &str| common::story_of(&store, article);
    assert!(story_of("de1").is_some());
    assert_eq!(story_of("de1"), story_of("en1"), "the storm in two languages is one story");
    assert_ne!(story_of("en2"), story_of("en1"));
    assert_eq!(store.meta("embedding_model").unwrap().as_deref(), Some(ModelKind::MultilingualE5.name()));

    // Search by meaning finds the storm in both languages, a query in a third.
    let hits = concord_pipeline::search_by_meaning(&store, "tempête sur la route côtière", 2).unwrap();
    let mut ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["de1", "en1"], "{hits:?}");
    assert!(hits[0].rank <= hits[1].rank && hits.iter().all(|h| h.story_id == story_of("en1")));
}
