//! `concord eval cluster --event N`: does one big event stay one story?
//!
//! The labelled sets hold stories of two or three articles, so nothing else
//! measures what a breaking story with hundreds of reports does to the
//! clustering. This builds one: `N` articles about the event of the five seed
//! scrapes, each told by a random 8 to 30 of the sentences extracted from
//! them (shuffled, with up to 8 sentences of unrelated roundup articles
//! mixed in), under one of the seeds' headlines, dated by an exponential
//! delay (mean 36 h) from one start; among the first 700 roundup stories
//! (`--background K` for another number, up to all 2,452) as background, each story starting at a random time of the same four weeks
//! and its articles following by a delay of mean 20 h (the prior the time
//! weights were fitted with). The stream is
//! clustered in memory in publication order; the report says into how many
//! stories the event fell and how much of it the biggest one holds. With
//! `--out FILE` the stream is written as labelled JSONL instead, for the
//! whole pipeline (`concord eval cluster FILE`).

use std::collections::HashMap;
use std::path::Path;

use anyhow::Context;
use concord_model::InputFormat;
use concord_stories::data::{self, Labelled, Rng};

/// Roundup stories used as the background unless told otherwise.
pub const BACKGROUND_STORIES: usize = 700;
/// Fewest and most event sentences in one article.
const EVENT_SENTENCES: (usize, usize) = (8, 30);
/// Most unrelated sentences mixed into one event article.
const NOISE_SENTENCES: usize = 8;

/// Runs the evaluation with `event` articles among `background` roundup
/// stories (see the module doc).
pub fn main(shared: &Path, (event, background): (usize, usize), seed: u64, out: Option<&Path>, params: &concord_stories::Params) -> anyhow::Result<()> {
    let stream = stream(shared, (event, background), seed)?;
    if let Some(out) = out {
        // for the whole pipeline: `concord eval cluster FILE`
        data::write_jsonl(out, &stream)?;
        eprintln!("wrote {} articles to {}", stream.len(), out.display());
        return Ok(());
    }
    let started = std::time::Instant::now();
    let (scores, (stories, biggest)) = cluster(&stream, params);
    let seconds = started.elapsed().as_secs_f64();
    println!("{} articles ({event} of the event) in {seconds:.2}s: BCubed {}  stories {} predicted / {} gold", stream.len(), scores.bcubed, scores.predicted, scores.gold);
    println!("the event's {event} articles fell into {stories} stories; the biggest holds {biggest}");
    Ok(())
}

/// Clusters the stream in memory in publication order: the scores of the
/// whole stream, and into how many stories the event fell, with the size of
/// the biggest.
fn cluster(stream: &[Labelled], params: &concord_stories::Params) -> (concord_stories::metrics::Scores, (usize, usize)) {
    let placed = concord_stories::eval::place_in_memory(stream, None, None, params);
    let story = |a: &Labelled| placed.get(&a.id).map_or("", String::as_str);
    let items: Vec<(&str, &str)> = stream.iter().map(|a| (a.label.as_str(), story(a))).collect();
    let scores = concord_stories::metrics::score(&items);
    let mut sizes: HashMap<&str, usize> = HashMap::new();
    for a in stream.iter().filter(|a| a.label == "event") {
        *sizes.entry(story(a)).or_default() += 1;
    }
    (scores, (sizes.len(), sizes.values().copied().max().unwrap_or(0)))
}

/// The headlines of the seed scrapes and their sentences of 8 words or
/// more (the first article of each file: one glues a second story on).
fn seed_sentences(dir: &Path) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let (mut titles, mut pool) = (Vec::new(), Vec::new());
    let mut files: Vec<_> = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.flatten().map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    for path in files {
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let Some(Ok(doc)) = concord_sources::from_bytes(&path.to_string_lossy(), bytes, InputFormat::Text).into_iter().next() else { continue };
        let Some(article) = concord_extract::extract(&doc).ok().and_then(|a| a.into_iter().next()) else { continue };
        titles.extend(article.title.clone());
        pool.extend(concord_analyse::sentences::split(&article.body).into_iter().map(|s| s.text).filter(|s| s.split_whitespace().count() >= 8));
    }
    anyhow::ensure!(!titles.is_empty() && !pool.is_empty(), "no seed articles in {}", dir.display());
    Ok((titles, pool))
}

/// The labelled stream: the event's articles (label `event`) among the background.
fn stream(shared: &Path, (event, background): (usize, usize), seed: u64) -> anyhow::Result<Vec<Labelled>> {
    let (titles, pool) = seed_sentences(&shared.join("seeds"))?;
    let background = data::roundups(&shared.join("roundups/train.source"), Some(background))?;
    let noise: Vec<String> = background
        .iter()
        .flat_map(|a| concord_analyse::sentences::split(&a.text))
        .map(|s| s.text)
        .filter(|s| s.split_whitespace().count() >= 8)
        .collect();
    let mut rng = Rng::new(seed);
    let date = |hours: f64| {
        let start = chrono::NaiveDate::from_ymd_opt(2024, 8, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or_default();
        (start + chrono::Duration::minutes((hours * 60.0) as i64)).format("%Y-%m-%dT%H:%M:%S").to_string()
    };
    let mut starts: HashMap<&str, f64> = HashMap::new();
    let mut out: Vec<Labelled> = Vec::with_capacity(background.len() + event);
    for a in &background {
        let start = *starts.entry(&a.label).or_insert_with(|| rng.unit() * 28.0 * 24.0);
        out.push(Labelled { published: Some(date(start + rng.exponential(20.0))), ..a.clone() });
    }
    for i in 0..event {
        let (low, high) = EVENT_SENTENCES;
        let mut picked: Vec<usize> = (0..pool.len()).collect();
        rng.shuffle(&mut picked);
        picked.truncate(low + rng.below(high - low + 1));
        let mut body: Vec<&str> = picked.iter().map(|&k| pool[k].as_str()).collect();
        for _ in 0..rng.below(NOISE_SENTENCES + 1).min(noise.len()) {
            body.push(&noise[rng.below(noise.len())]);
        }
        rng.shuffle(&mut body);
        out.push(Labelled {
            id: format!("event{i}"),
            title: Some(titles[rng.below(titles.len())].clone()),
            outlet: Some(format!("Outlet {}", rng.below(60) + 1)),
            published: Some(date(9.0 * 24.0 + rng.exponential(36.0))),
            language: Some("en".into()),
            text: body.join(" "),
            label: "event".into(),
        });
    }
    out.sort_by(|a, b| a.published.cmp(&b.published));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An event that makes up a large share of the archive stays one story
    /// (its words, counted in full, had grown too ordinary to hold its
    /// reports together: 800 reports fell into 200 stories or more).
    #[test]
    fn eight_hundred_reports_among_seven_hundred_stories_stay_together() {
        let Some(shared) = concord_model::shared_data_dir().filter(|d| d.join("seeds").is_dir()) else {
            println!("skipping: shared data absent");
            return;
        };
        let stream = stream(&shared, (800, BACKGROUND_STORIES), 1).expect("seeds and roundups readable");
        let (scores, (stories, biggest)) = cluster(&stream, &concord_stories::Params::default());
        assert!(biggest >= 790, "the biggest story holds {biggest} of 800 (in {stories} stories)");
        assert!(scores.bcubed.p >= 0.95, "{}", scores.bcubed);
    }
}
