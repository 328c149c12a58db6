//! Through the whole pipeline (JSONL without a language hint: extraction
//! detects it), a German report of an event joins the English story of that
//! event by the names and figures the two share, and an unrelated English
//! article stays apart.

mod common;

use concord_store::Store;

const LINES: [&str; 3] = [
    r#"{"id":"en1","title":"Flood forces thousands from homes in Valdoria","outlet":"Daily Example","published":"2026-03-03T10:00:00Z","text":"Heavy rain flooded the city of Valdoria on Tuesday. Mayor Ingrid Haldersen said 2,350 homes in the Marrow valley had been evacuated and 17 bridges were closed. The regional weather office expected more rain until Thursday, and the army sent 400 soldiers to help with sandbags. Residents described water rising faster than in the great flood of 1998."}"#,
    r#"{"id":"de1","title":"Hochwasser in Valdoria: Tausende verlassen ihre Häuser","outlet":"Beispielzeitung","published":"2026-03-03T14:00:00Z","text":"Starker Regen hat am Dienstag die Stadt Valdoria überflutet. Bürgermeisterin Ingrid Haldersen sagte, 2350 Häuser im Marrow-Tal seien geräumt und 17 Brücken gesperrt worden. Der Wetterdienst rechnet bis Donnerstag mit weiterem Regen; die Armee schickte 400 Soldaten, die beim Befüllen von Sandsäcken helfen. Anwohner berichteten, das Wasser sei schneller gestiegen als beim großen Hochwasser von 1998."}"#,
    r#"{"id":"en2","title":"Rail line opens between Grunau and Felsbach","outlet":"Daily Example","published":"2026-03-03T11:00:00Z","text":"A new rail line between Grunau and Felsbach opened on Tuesday with twelve stops for commuters. The operator said trains would run every fifteen minutes at peak times and that tickets would cost the same as on the bus routes they replace."}"#,
];

#[test]
fn a_german_report_joins_the_english_story_of_its_event() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(common::ingest_lines(&mut store, &LINES), Ok(3));
    let story_of = |article: &str| common::story_of(&store, article);
    assert!(story_of("de1").is_some());
    assert_eq!(story_of("de1"), story_of("en1"), "the flood in two languages is one story");
    assert_ne!(story_of("en2"), story_of("en1"));
}
