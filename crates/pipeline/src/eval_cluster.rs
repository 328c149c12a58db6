//! `concord eval cluster`: clustering quality and speed through the real
//! ingest pipeline (a labelled file through the JSONL source, the dev sets as
//! clean-text records → extract → analyse → store → dedupe → cluster) on an
//! in-memory store.
//!
//! ```text
//! concord eval cluster FILE.jsonl [--shuffle K] [--limit N]   ingest fields plus `label`
//! concord eval cluster --roundups [PATH] [--shuffle K] [--limit N]
//! concord eval cluster --pages [DIR] [--shuffle K]            the extraction pages, stories labelled by hand (data/extraction-stories.tsv)
//! concord eval cluster --semeval [PATH] [--limit N] [--pairs even|odd] [--stories-only [--embeddings] [--set NAME=V …]]
//! concord eval cluster --semeval [PATH] --align [--pairs even|odd] [--sample N]   sentences aligned across languages
//! concord eval cluster --generate N --out FILE.jsonl [--words W] [--seed S]
//! concord eval cluster FILE.jsonl --stories-only [--set NAME=V …]  dedupe and clustering alone, in memory
//! concord eval cluster --event N [--background K] [--seed S] [--out FILE] [--set NAME=V …]  does an event of N articles stay one story? (eval_event.rs)
//! concord eval cluster fit [--limit N] [--embeddings]        text, embedding and time weights, in memory
//! concord eval cluster fit-entities [--limit N]              entity weight on analysed roundups
//! concord eval cluster grid [--dated] NAME=V1,V2 …           any weights: fitted half vs held-out half
//! concord eval cluster probe                                 nearest-neighbour diagnostics of pair scores
//! ```
//!
//! `--embeddings` (builds with the `embeddings` feature) adds sentence
//! embeddings to in-memory runs (`--stories-only`, `fit`); they are cached by
//! text under `target/models/cache` so repeated runs embed nothing twice. The
//! ingest runs embed whenever the build has the feature.

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use anyhow::Context;
use concord_model::{InputFormat, RawDocument, RecordHints};
use concord_stories::data::{self, Labelled, Rng};
use concord_stories::eval::dev_path;
use concord_stories::metrics::{self, Scores};
use concord_store::Store;

/// Runs the evaluation with its command-line arguments.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    if args.first().is_some_and(|a| a == "fit" || a == "probe" || a == "grid") || args.iter().any(|a| a == "--generate") {
        return concord_stories::eval::main(args, &embed_records);
    }
    let limit = flag(args, "--limit").map(str::parse::<usize>).transpose().context("--limit takes a number")?;
    if args.first().is_some_and(|a| a == "fit-entities") {
        return fit_entities(&dev_path(args, "--roundups", "roundups/train.source")?, limit);
    }
    let shuffles = flag(args, "--shuffle").map(str::parse::<u64>).transpose().context("--shuffle takes a number")?;
    if let Some(event) = flag(args, "--event") {
        let mut params = concord_stories::Params::default();
        apply_settings(&mut params, args)?;
        let shared = concord_model::shared_data_dir().context("shared data absent: the event is built from ../shared/data")?;
        let seed = flag(args, "--seed").map_or(Ok(1), str::parse).context("--seed takes a number")?;
        let out = flag(args, "--out").map(Path::new);
        let background = flag(args, "--background").map_or(Ok(crate::eval_event::BACKGROUND_STORIES), str::parse).context("--background takes a count")?;
        return crate::eval_event::main(&shared, (event.parse().context("--event takes a count")?, background), seed, out, &params);
    }
    let stories_only = args.iter().any(|a| a == "--stories-only");
    let with_embeddings = args.iter().any(|a| a == "--embeddings");
    if args.iter().any(|a| a == "--semeval") {
        let path = dev_path(args, "--semeval", "similarity/semeval2022-task8-train.csv")?;
        return semeval(&path, args, limit, stories_only.then_some(with_embeddings));
    }
    let pages = args.iter().any(|a| a == "--pages");
    anyhow::ensure!(!(pages && stories_only), "--pages needs extraction: it has no --stories-only");
    let file = if pages || args.iter().any(|a| a == "--roundups") {
        None
    } else {
        Some(args.iter().find(|a| !a.starts_with("--")).context(
            "usage: concord eval cluster FILE.jsonl | --roundups [PATH] | --pages [DIR] | --semeval [PATH] | --event N [--background K] [--seed S] [--out FILE] | --generate N --out FILE | fit",
        )?)
    };
    // A labelled file goes through the JSONL source as `concord ingest` reads
    // it (`html` records are extracted), the pages through the file source;
    // the roundups become clean-text records.
    let (mut records, mut documents) = if pages {
        let documents = source_documents(&dev_path(args, "--pages", "extraction/html")?, InputFormat::Auto)?;
        (page_labels(&documents), documents)
    } else {
        let records = match file {
            None => data::roundups(&dev_path(args, "--roundups", "roundups/train.source")?, None)?,
            Some(file) => data::read_jsonl(Path::new(file))?,
        };
        let documents = match file {
            Some(file) if !stories_only => source_documents(Path::new(file), InputFormat::Jsonl)?,
            _ => records.iter().enumerate().map(|(n, l)| document(l, n)).collect(),
        };
        (records, documents)
    };
    if let Some(n) = limit {
        records.truncate(n);
        documents.truncate(n);
    }
    anyhow::ensure!(documents.len() == records.len(), "{} labelled records but {} documents", records.len(), documents.len());
    let embeddings = if stories_only && with_embeddings { embed_records(&records)? } else { None };
    let mut params = if embeddings.is_some() { crate::cluster::params()? } else { concord_stories::Params::default() };
    apply_settings(&mut params, args)?;
    let run = |order: &[usize]| -> anyhow::Result<Run> {
        let records: Vec<Labelled> = order.iter().map(|&i| records[i].clone()).collect();
        if !stories_only {
            return run(order.iter().map(|&i| documents[i].clone()), &records);
        }
        let embeddings: Option<Vec<Vec<f32>>> =
            embeddings.as_ref().map(|e| order.iter().map(|&i| e[i].clone()).collect());
        let started = Instant::now();
        let s = concord_stories::eval::cluster_in_memory(&records, None, embeddings.as_deref(), &params);
        Ok(Run { scores: s, articles: records.len(), seconds: started.elapsed().as_secs_f64(), unplaced: 0 })
    };
    match shuffles {
        None => {
            report(&run(&(0..records.len()).collect::<Vec<_>>())?);
        }
        Some(k) => {
            let mut f1s = Vec::new();
            for seed in 1..=k {
                let mut order: Vec<usize> = (0..records.len()).collect();
                Rng::new(seed).shuffle(&mut order);
                let run = run(&order)?;
                print!("order {seed}: ");
                report(&run);
                f1s.push(run.scores.bcubed.f1);
            }
            let (lo, hi) = f1s.iter().fold((f64::MAX, f64::MIN), |(lo, hi), f| (lo.min(*f), hi.max(*f)));
            let mean = f1s.iter().sum::<f64>() / f1s.len().max(1) as f64;
            println!("BCubed F1 over {k} orders: mean {mean:.4}, min {lo:.4}, max {hi:.4}, spread {:.4}", hi - lo);
        }
    }
    Ok(())
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

/// Applies every `--set NAME=VALUE` of `args` to `params`.
fn apply_settings(params: &mut concord_stories::Params, args: &[String]) -> anyhow::Result<()> {
    for setting in flags(args, "--set") {
        let (name, value) = setting.split_once('=').context("--set takes NAME=VALUE")?;
        concord_stories::eval::set(params, name, value.parse().context("--set takes a number")?)?;
    }
    Ok(())
}

/// The value after each occurrence of flag `name`.
fn flags<'a>(args: &'a [String], name: &'a str) -> impl Iterator<Item = &'a str> {
    args.windows(2).filter(move |w| w[0] == name).map(|w| w[1].as_str())
}

/// The outcome of one ingest run.
struct Run {
    scores: Scores,
    articles: usize,
    seconds: f64,
    unplaced: usize,
}

fn report(r: &Run) {
    let s = &r.scores;
    println!(
        "pairwise {}  BCubed {}  stories {} predicted / {} gold  {} articles in {:.2}s ({:.0} articles/s){}",
        s.pairwise,
        s.bcubed,
        s.predicted,
        s.gold,
        r.articles,
        r.seconds,
        r.articles as f64 / r.seconds.max(1e-9),
        if r.unplaced > 0 { format!(", {} not stored (identical content)", r.unplaced) } else { String::new() }
    );
}

/// The raw document the JSONL source would deliver for a record.
fn document(l: &Labelled, n: usize) -> RawDocument {
    RawDocument {
        origin: format!("eval:line {}", n + 1),
        id: l.id.clone(),
        format: InputFormat::Text,
        bytes: l.text.as_bytes().to_vec(),
        hints: RecordHints {
            url: None,
            outlet: l.outlet.clone(),
            title: l.title.clone(),
            published: l.published.clone(),
            language: l.language.clone(),
            clean_text: true,
        },
    }
}

/// The documents of `input` as the sources read it for `concord ingest`; an
/// input or a record they refuse stops the evaluation with its reason.
fn source_documents(input: &Path, format: InputFormat) -> anyhow::Result<Vec<RawDocument>> {
    let opts = concord_sources::Options { format, ..Default::default() };
    concord_sources::read(&[input.display().to_string()], &opts).map(|d| d.map_err(|e| anyhow::anyhow!("{e}"))).collect()
}

/// Hand-labelled stories of the extraction pages (`--pages`): the listed
/// groups, every other page a story of its own.
const PAGE_STORIES: &str = include_str!("../data/extraction-stories.tsv");

/// The gold story of each page, by its document id.
fn page_labels(documents: &[RawDocument]) -> Vec<Labelled> {
    let mut story_of: HashMap<&str, &str> = HashMap::new();
    for line in PAGE_STORIES.lines().filter(|l| !l.starts_with('#')) {
        if let Some((story, ids)) = line.split_once('\t') {
            story_of.extend(ids.split_whitespace().map(|id| (id, story)));
        }
    }
    documents
        .iter()
        .map(|d| Labelled { id: d.id.clone(), label: story_of.get(d.id.as_str()).unwrap_or(&d.id.as_str()).to_string(), ..Default::default() })
        .collect()
}

/// Ingests `documents` in order into a fresh in-memory store; returns each article's story.
fn ingest(documents: impl Iterator<Item = RawDocument>) -> anyhow::Result<(HashMap<String, String>, usize, f64)> {
    let mut store = Store::open_in_memory()?;
    let started = Instant::now();
    let summary = crate::ingest_documents(&mut store, documents.map(Ok), &mut |_| {})?;
    let seconds = started.elapsed().as_secs_f64();
    let mut story_of = HashMap::new();
    for row in store.stories()? {
        for a in row.story.article_ids {
            story_of.insert(a, row.story.id.clone());
        }
    }
    Ok((story_of, summary.articles, seconds))
}

/// Ingests `documents` and scores their stories against the labels of `records` (matched by id).
fn run(documents: impl Iterator<Item = RawDocument>, records: &[Labelled]) -> anyhow::Result<Run> {
    let (story_of, articles, seconds) = ingest(documents)?;
    let gold: HashMap<&str, &str> = records.iter().map(|r| (r.id.as_str(), r.label.as_str())).collect();
    let mut items = Vec::with_capacity(story_of.len());
    for (article, story) in &story_of {
        let base = article.split('#').next().unwrap_or(article);
        if let Some(label) = gold.get(base) {
            items.push((*label, story.as_str()));
        }
    }
    let unplaced = records.len().saturating_sub(items.len());
    Ok(Run { scores: metrics::score(&items), articles, seconds, unplaced })
}

/// Share of SemEval pairs rated "same story" (Overall <= 1.5) that land in one
/// story and of pairs rated "different" (>= 3.5) that land apart. With
/// `in_memory` (`--stories-only`, `Some(true)` with `--embeddings`) the
/// articles are clustered in memory, without extraction and the store.
fn semeval(path: &Path, args: &[String], limit: Option<usize>, in_memory: Option<bool>) -> anyhow::Result<()> {
    // `--pairs even|odd` scores half of the rated pairs (by their row), to fit
    // a threshold on one half and report it on the other.
    let half = match flag(args, "--pairs") {
        None => None,
        Some("even") => Some(0),
        Some("odd") => Some(1),
        _ => anyhow::bail!("--pairs takes even or odd"),
    };
    let keep = |row: usize| half.is_none_or(|h| row % 2 == h);
    if args.iter().any(|a| a == "--align") {
        return align(path, args, keep);
    }
    if args.iter().any(|a| a == "--search") {
        return search(path, keep);
    }
    let (mut articles, mut pairs) = data::semeval(path)?;
    pairs = pairs.into_iter().enumerate().filter(|(i, _)| keep(*i)).map(|(_, p)| p).collect();
    if let Some(n) = limit {
        articles.truncate(n);
    }
    let (story_of, count, seconds) = match in_memory {
        None => ingest(articles.iter().enumerate().map(|(n, l)| document(l, n)))?,
        Some(with_embeddings) => {
            let embeddings = if with_embeddings { embed_records(&articles)? } else { None };
            let started = Instant::now();
            let mut params = if with_embeddings { crate::cluster::params()? } else { concord_stories::Params::default() };
            apply_settings(&mut params, args)?;
            let story_of = concord_stories::eval::place_in_memory(&articles, None, embeddings.as_deref(), &params);
            (story_of, articles.len(), started.elapsed().as_secs_f64())
        }
    };
    println!("{count} articles in {seconds:.2}s ({:.0} articles/s)", count as f64 / seconds.max(1e-9));
    for (name, en_only) in [("en-en", true), ("all languages", false)] {
        let (mut same, mut same_ok, mut diff, mut diff_ok) = (0, 0, 0, 0);
        for p in pairs.iter().filter(|p| !en_only || p.langs == "en-en") {
            let (Some(a), Some(b)) = (story_of.get(&p.a), story_of.get(&p.b)) else { continue };
            if p.overall <= 1.5 {
                same += 1;
                same_ok += usize::from(a == b);
            } else if p.overall >= 3.5 {
                diff += 1;
                diff_ok += usize::from(a != b);
            }
        }
        let share = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        println!(
            "{name}: same-story pairs together {:.4} ({same_ok}/{same}), different-story pairs apart {:.4} ({diff_ok}/{diff})",
            share(same_ok, same),
            share(diff_ok, diff)
        );
        // Every rated pair, by band of its rating: the middle bands (related
        // but not the same story, mostly one topic) show how far topics join.
        let band_of = |r: f32| if r <= 1.5 { 0 } else if r <= 2.5 { 1 } else if r < 3.5 { 2 } else { 3 };
        let mut bands = [(0, 0); 4];
        for p in pairs.iter().filter(|p| !en_only || p.langs == "en-en") {
            if let (Some(a), Some(b)) = (story_of.get(&p.a), story_of.get(&p.b)) {
                let band = &mut bands[band_of(p.overall)];
                *band = (band.0 + usize::from(a == b), band.1 + 1);
            }
        }
        let line: Vec<String> =
            ["≤ 1.5", "1.5–2.5", "2.5–3.5", "≥ 3.5"].iter().zip(bands).map(|(name, (t, n))| format!("{name} {t}/{n}")).collect();
        println!("{name}: pairs together by Overall rating {}", line.join(", "));
    }
    // Same-story pairs together / different-story pairs apart, per language pair.
    let mut by_langs: std::collections::BTreeMap<&str, [usize; 4]> = Default::default();
    for p in &pairs {
        let (Some(a), Some(b)) = (story_of.get(&p.a), story_of.get(&p.b)) else { continue };
        let counts = by_langs.entry(p.langs.as_str()).or_default();
        if p.overall <= 1.5 {
            counts[0] += usize::from(a == b);
            counts[1] += 1;
        } else if p.overall >= 3.5 {
            counts[2] += usize::from(a != b);
            counts[3] += 1;
        }
    }
    let cells: Vec<String> =
        by_langs.iter().map(|(langs, [t, s, a, d])| format!("{langs} {t}/{s} {a}/{d}")).collect();
    println!("by language pair (together/same, apart/different): {}", cells.join(", "));
    Ok(())
}

/// Sentence pairs aligned across languages (see [`crate::eval_align`]).
#[cfg(feature = "embeddings")]
fn align(path: &Path, args: &[String], keep: impl Fn(usize) -> bool) -> anyhow::Result<()> {
    crate::eval_align::main(path, args, keep)
}

/// Without the `embeddings` feature there are no sentence vectors.
#[cfg(not(feature = "embeddings"))]
fn align(_: &Path, _: &[String], _: impl Fn(usize) -> bool) -> anyhow::Result<()> {
    anyhow::bail!("--align needs a build with `--features embeddings`")
}

/// Search by meaning across languages (see [`crate::eval_search`]).
#[cfg(feature = "embeddings")]
fn search(path: &Path, keep: impl Fn(usize) -> bool) -> anyhow::Result<()> {
    crate::eval_search::main(path, keep, embed_records)
}

/// Without the `embeddings` feature there is no search by meaning.
#[cfg(not(feature = "embeddings"))]
fn search(_: &Path, _: impl Fn(usize) -> bool) -> anyhow::Result<()> {
    anyhow::bail!("--search needs a build with `--features embeddings`")
}

/// Grid over the entity weight with the analysis stage's entities (the other
/// weights stay as fitted on text alone).
fn fit_entities(path: &Path, limit: Option<usize>) -> anyhow::Result<()> {
    let mut rows = data::roundups(path, None)?;
    Rng::new(7).shuffle(&mut rows);
    rows.truncate(limit.unwrap_or(usize::MAX));
    let analyses: Vec<concord_model::Analysis> =
        rows.iter().map(|l| concord_analyse::analyse(&l.text, None, l.language.as_deref())).collect();
    let with_entities = analyses.iter().filter(|a| !a.entities.is_empty()).count();
    println!("{with_entities} of {} articles have entities", rows.len());
    for entity_weight in [0.0, 0.5, 1.0, 2.0] {
        let params = concord_stories::Params { entity_weight, ..Default::default() };
        let s = concord_stories::eval::cluster_in_memory(&rows, Some(&analyses), None, &params);
        println!("entities {entity_weight}: BCubed {} stories {}/{}", s.bcubed, s.predicted, s.gold);
    }
    Ok(())
}

/// Embeddings of `records` (title and lead), read from the cache where known.
#[cfg(feature = "embeddings")]
fn embed_records(records: &[Labelled]) -> anyhow::Result<Option<Vec<Vec<f32>>>> {
    let texts: Vec<String> =
        records.iter().map(|r| concord_stories::embedding_text(&concord_stories::eval::article_of(r))).collect();
    let kind = concord_embed::ModelKind::from_env()?;
    let cache = concord_embed::model_dir(kind).join("../cache").join(format!("{}.bin", kind.name()));
    let mut cache = concord_embed::Cache::open(&cache)?;
    let missing: Vec<&str> = texts.iter().map(String::as_str).filter(|t| cache.get(t).is_none()).collect();
    if !missing.is_empty() {
        let model = concord_embed::Embedder::load(kind, &concord_embed::model_dir(kind))?;
        let started = Instant::now();
        for (n, chunk) in missing.chunks(32).enumerate() {
            for (text, v) in chunk.iter().zip(model.embed(chunk)?) {
                cache.put(text, v)?;
            }
            if n % 20 == 19 {
                eprintln!("embedded {} of {} texts in {:.0}s", (n + 1) * 32, missing.len(), started.elapsed().as_secs_f64());
            }
        }
    }
    Ok(Some(texts.iter().map(|t| cache.get(t).map(<[f32]>::to_vec).unwrap_or_default()).collect()))
}

/// Without the `embeddings` feature there are none to add.
#[cfg(not(feature = "embeddings"))]
fn embed_records(_: &[Labelled]) -> anyhow::Result<Option<Vec<Vec<f32>>>> {
    anyhow::bail!("--embeddings needs a build with `--features embeddings`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hand_labelled_page_is_an_extraction_page() {
        let Some(shared) = concord_model::shared_data_dir() else { return };
        let html = shared.join("extraction/html");
        let ids: Vec<&str> =
            PAGE_STORIES.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).flat_map(|(_, ids)| ids.split_whitespace()).collect();
        assert_eq!(ids.len(), 25);
        for id in ids {
            assert!(html.join(format!("{id}.html.gz")).is_file(), "{id} is not a page of {}", html.display());
        }
        let documents = source_documents(&html, InputFormat::Auto).unwrap();
        let labels = page_labels(&documents);
        let stories: std::collections::HashSet<&str> = labels.iter().map(|l| l.label.as_str()).collect();
        assert_eq!((labels.len(), stories.len()), (121, 108), "12 stories of 25 pages, 96 pages alone");
    }
}
