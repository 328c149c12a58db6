//! Seed acceptance for clustering: the five scrapes of the Iran hacking story
//! form one story, and the unrelated article glued to the end of one of them
//! (`001_c463bc47bbcbec49#2`) lands in another; its dossier gives the
//! agencies' joint statement to one speaker in every article.

use concord_store::Store;

const SEEDS: [&str; 5] = [
    "000_7b1148aa8294a083",
    "001_c463bc47bbcbec49",
    "002_5ecafe787e0acf0b",
    "003_937334168066ed15",
    "004_752e9e9cb9abfdf9",
];

/// A store holding the seeds, with the ingest's summary; `None` without the shared data.
fn seeds() -> Option<(Store, concord_pipeline::Summary)> {
    let Some(data) = concord_model::shared_data_dir() else {
        println!("skipping: shared data absent");
        return None;
    };
    let mut store = Store::open_in_memory().unwrap();
    let inputs = vec![data.join("seeds").to_string_lossy().into_owned()];
    let summary =
        concord_pipeline::ingest(&mut store, &inputs, &concord_sources::Options::default(), &mut |_| {}).unwrap();
    Some((store, summary))
}

#[test]
fn seed_articles_form_one_story_and_the_glued_article_another() {
    let Some((store, summary)) = seeds() else { return };
    assert!(summary.articles >= 5, "{summary}");
    let story_of = |article: &str| {
        store.stories().unwrap().into_iter().find(|s| s.story.article_ids.iter().any(|a| a == article)).map(|s| s.story.id)
    };
    let seed_stories: Vec<Option<String>> = SEEDS.iter().map(|s| story_of(s)).collect();
    assert!(seed_stories[0].is_some(), "seed 000 has no story");
    assert!(seed_stories.iter().all(|s| *s == seed_stories[0]), "seeds spread over stories: {seed_stories:?}");
    let glued = story_of("001_c463bc47bbcbec49#2");
    assert!(glued.is_some(), "the glued article was not split off");
    assert_ne!(glued, seed_stories[0], "the glued Mexico article joined the Iran story");
}

#[test]
fn the_agencies_speak_as_one_group_in_every_seed() {
    let Some((store, _)) = seeds() else { return };
    let story = store.stories().unwrap().into_iter().find(|s| s.story.article_ids.iter().any(|a| a == SEEDS[0])).unwrap();
    let dossier = concord_pipeline::dossier(&store, &story.story).unwrap();
    let agencies: Vec<&str> = dossier
        .quotes
        .iter()
        .map(|q| q.speaker.name.as_str())
        .filter(|name| name.contains("FBI") || name.contains("ODNI") || name.contains("CISA"))
        .collect();
    assert!(!agencies.is_empty(), "no quote of the agencies");
    assert!(agencies.iter().all(|name| *name == "CISA, FBI and ODNI"), "the agencies speak under several names: {agencies:?}");
}
