//! Evaluation helpers that need no store: clustering labelled articles in
//! memory, fitting the weights on dev data (`concord eval cluster fit`) and
//! generating large dated streams (`concord eval cluster --generate N --out FILE`).
//! The full evaluation through the ingest pipeline lives in
//! `concord_pipeline::eval_cluster`, which hands these sub-commands here.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use concord_model::{Analysis, Article};

use crate::data::{self, GenOptions, Labelled, Rng};
use crate::metrics::{self, Scores};
use crate::{Params, StoryIndex};

/// The article a labelled record becomes when ingested as clean JSONL text.
pub fn article_of(l: &Labelled) -> Article {
    Article {
        id: l.id.clone(),
        title: l.title.clone(),
        outlet: l.outlet.clone(),
        published: l.published.clone(),
        language: l.language.clone(),
        body: l.text.clone(),
        ..Default::default()
    }
}

/// Sentence embeddings of labelled articles, aligned with them (`None` when
/// the build or the command has no embeddings).
pub type Embeddings = Option<Vec<Vec<f32>>>;

/// Clusters `articles` in the given order with an in-memory index (with their
/// analyses and embeddings when given, else text alone); scores against the labels.
pub fn cluster_in_memory(
    articles: &[Labelled],
    analyses: Option<&[Analysis]>,
    embeddings: Option<&[Vec<f32>]>,
    params: &Params,
) -> Scores {
    let story = place_in_memory(articles, analyses, embeddings, params);
    let items: Vec<(&str, &str)> =
        articles.iter().map(|a| (a.label.as_str(), story.get(&a.id).map_or("", String::as_str))).collect();
    metrics::score(&items)
}

/// The story of each article (by id) after clustering `articles` in the given
/// order in memory, as [`cluster_in_memory`] does.
pub fn place_in_memory(
    articles: &[Labelled],
    analyses: Option<&[Analysis]>,
    embeddings: Option<&[Vec<f32>]>,
    params: &Params,
) -> std::collections::HashMap<String, String> {
    let mut index = StoryIndex::new(params.clone());
    let none = Analysis::default();
    for (i, a) in articles.iter().enumerate() {
        let embedding = embeddings.and_then(|e| e.get(i)).map(Vec::as_slice);
        index.add_embedded(&article_of(a), analyses.and_then(|an| an.get(i)).unwrap_or(&none), embedding);
    }
    index.recheck(articles.len());
    index.placements().map(|(id, story)| (id.to_string(), story.to_string())).collect()
}

/// Computes the embeddings of labelled articles for `fit --embeddings` (the
/// pipeline supplies a model-backed one when built with embeddings).
pub type Embed<'a> = &'a dyn Fn(&[Labelled]) -> anyhow::Result<Embeddings>;

/// Runs `fit` or `generate` (see the module doc).
pub fn main(args: &[String], embed: Embed<'_>) -> anyhow::Result<()> {
    match args.first().map(String::as_str) {
        Some("fit") => fit(&args[1..], embed),
        Some("grid") => grid(&args[1..], embed),
        Some("probe") => {
            let mut rows = data::roundups(&dev_path(args, "--roundups", "roundups/train.source")?, None)?;
            Rng::new(7).shuffle(&mut rows);
            let [(fit_rows, _), (held_rows, _)] = halves(&rows, &None);
            crate::probe::probe(&rows, [fit_rows, held_rows]);
            Ok(())
        }
        Some("--generate") => generate(args),
        _ => bail!("usage: concord eval cluster fit [--roundups PATH] [--limit N] [--text-only] [--embeddings] | --generate N --out FILE [--words W] [--seed S]"),
    }
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

fn number(args: &[String], name: &str) -> anyhow::Result<Option<usize>> {
    flag(args, name).map(|v| v.parse().with_context(|| format!("{name} takes a number"))).transpose()
}

/// The shared dev file `rel` (under `../shared/data`) unless `--NAME PATH` overrides it.
pub fn dev_path(args: &[String], name: &str, rel: &str) -> anyhow::Result<PathBuf> {
    if let Some(p) = flag(args, name).filter(|p| !p.starts_with("--")) {
        return Ok(PathBuf::from(p));
    }
    let dir = concord_model::shared_data_dir().context("shared data absent: pass a path")?;
    Ok(dir.join(rel))
}

/// English SemEval texts used as background padding by the generator (empty when absent).
fn background() -> Vec<String> {
    let Some(dir) = concord_model::shared_data_dir() else { return Vec::new() };
    let Ok((arts, _)) = data::semeval(&dir.join("similarity/semeval2022-task8-train.csv")) else { return Vec::new() };
    arts.into_iter().filter(|a| a.language.as_deref() == Some("en")).map(|a| a.text).collect()
}

fn generate(args: &[String]) -> anyhow::Result<()> {
    let count = number(args, "--generate")?.context("--generate takes a count")?;
    let out = flag(args, "--out").context("--generate needs --out FILE.jsonl")?;
    let opts = GenOptions {
        count,
        words: number(args, "--words")?.unwrap_or(700),
        seed: number(args, "--seed")?.unwrap_or(1) as u64,
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let sources = data::roundups(&dev_path(args, "--roundups", "roundups/train.source")?, None)?;
    let background = if opts.words > 0 { background() } else { Vec::new() };
    let stream = data::generate(&sources, &background, &opts);
    data::write_jsonl(Path::new(out), &stream)?;
    eprintln!("wrote {} articles to {out} in {:.1}s", stream.len(), started.elapsed().as_secs_f64());
    Ok(())
}

/// Splits rows into the stories with an even number (fitted on) and the rest
/// (held out), keeping each row's embedding with it.
fn halves(rows: &[Labelled], emb: &Embeddings) -> [(Vec<Labelled>, Embeddings); 2] {
    let even = |l: &Labelled| l.label.bytes().filter(u8::is_ascii_digit).fold(0u64, |n, d| n * 10 + u64::from(d - b'0')) % 2 == 0;
    [true, false].map(|want| {
        let keep: Vec<usize> = (0..rows.len()).filter(|&i| even(&rows[i]) == want).collect();
        let part = keep.iter().map(|&i| rows[i].clone()).collect();
        let part_emb = emb.as_ref().map(|e| keep.iter().map(|&i| e[i].clone()).collect());
        (part, part_emb)
    })
}

/// Best parameters of a grid by BCubed F1 on `rows`, each line printed.
fn search(rows: &[Labelled], emb: &Embeddings, grid: impl Iterator<Item = Params>) -> (f64, Params) {
    let mut best: (f64, Params) = (-1.0, Params::default());
    for p in grid {
        let s = cluster_in_memory(rows, None, emb.as_deref(), &p);
        println!(
            "title {} lead {} link {} join {} merge {} embedding {} offset {}: BCubed {} pairs F1 {:.4} stories {}/{}",
            p.title_boost,
            p.lead_boost,
            p.member_link,
            p.join,
            p.merge,
            p.embedding_weight,
            p.embedding_offset,
            s.bcubed,
            s.pairwise.f1,
            s.predicted,
            s.gold
        );
        if s.bcubed.f1 > best.0 {
            best = (s.bcubed.f1, p);
        }
    }
    best
}

/// Grid search of the weights on one half of the roundup stories (no dates),
/// each choice reported on the other half: text weights (with the shipped
/// hubness discount), then the hubness discount with the join threshold, then
/// the embedding weight (with `--embeddings`); then the time weight on a
/// generated stream with dates.
fn fit(args: &[String], embed: Embed<'_>) -> anyhow::Result<()> {
    let limit = number(args, "--limit")?;
    let mut rows = data::roundups(&dev_path(args, "--roundups", "roundups/train.source")?, limit)?;
    Rng::new(7).shuffle(&mut rows);
    let emb = if args.iter().any(|a| a == "--embeddings") { embed(&rows)? } else { None };
    let [(fit_rows, fit_emb), (held_rows, held_emb)] = halves(&rows, &emb);
    let held = |p: &Params, emb: &Embeddings| cluster_in_memory(&held_rows, None, emb.as_deref(), p).bcubed;
    let base = Params { time_weight: 0.0, embedding_weight: 0.0, ..Params::default() };
    let (f1, text) = search(&fit_rows, &None, text_grid().into_iter().map(|(title_boost, lead_boost, member_link, join, merge)| {
        Params { title_boost, lead_boost, member_link, join, merge, ..base.clone() }
    }));
    println!("best text weights: {text:?}\n  fitted half BCubed F1 {f1:.4}; held-out half {}", held(&text, &None));
    // The hubness discount moves every score, so the join threshold moves with it.
    let (f1, hub) = search(&fit_rows, &None, [0.0f32, 0.25, 0.5, 0.75, 1.0].into_iter().flat_map(|hub_weight| {
        let text = text.clone();
        [0.2f32, 0.225, 0.25, 0.275, 0.3, 0.35].into_iter().map(move |join| Params { hub_weight, join, ..text.clone() })
    }));
    println!(
        "best hubness discount: {} (join {})\n  fitted half BCubed F1 {f1:.4}; held-out half {}",
        hub.hub_weight,
        hub.join,
        held(&hub, &None)
    );
    let shipped = Params { time_weight: 0.0, embedding_weight: 0.0, ..Params::default() };
    let fitted = cluster_in_memory(&fit_rows, None, None, &shipped).bcubed;
    println!("shipped text weights: fitted half {fitted}; held-out half {}", held(&shipped, &None));
    if emb.is_some() {
        // On the shipped text weights and join threshold (README: why they
        // differ a little from the best of the text grid); the offset moves
        // the embedding cosines onto the scale of the text scores.
        let grid = [0.25f32, 0.35, 0.5, 0.75].into_iter().flat_map(|embedding_weight| {
            let text = Params { time_weight: 0.0, ..Params::default() };
            [0.3f32, 0.35, 0.4, 0.45, 0.5]
                .into_iter()
                .map(move |embedding_offset| Params { embedding_weight, embedding_offset, ..text.clone() })
        });
        let (f1, with) = search(&fit_rows, &fit_emb, grid);
        println!(
            "best with embeddings: weight {} offset {}\n  fitted half BCubed F1 {f1:.4}; held-out half {}",
            with.embedding_weight,
            with.embedding_offset,
            held(&with, &held_emb)
        );
    }
    if args.iter().any(|a| a == "--text-only") {
        return Ok(());
    }
    let opts = GenOptions { count: rows.len() * 3, words: 0, span_days: 365.0, ..Default::default() };
    let stream = data::generate(&rows, &[], &opts);
    for time_weight in [0.5, 1.0, 1.5] {
        for time_scale_days in [3.0, 5.0, 7.0] {
            for join_dated in [0.1, 0.15, 0.2] {
                let p = Params { time_weight, time_scale_days, join_dated, ..hub.clone() };
                let s = cluster_in_memory(&stream, None, None, &p);
                println!(
                    "time {time_weight} scale {time_scale_days}d join {join_dated}: BCubed {} stories {}/{}",
                    s.bcubed, s.predicted, s.gold
                );
            }
        }
    }
    Ok(())
}

/// Join thresholds tried with the other text weights (BCubed F1 moves by
/// about 0.02 for 0.05 of threshold).
const JOINS: [f32; 5] = [0.175, 0.2, 0.225, 0.25, 0.275];

/// The text-weight grid around the chosen values (title, lead, member link, join, merge).
fn text_grid() -> Vec<(f32, f32, f32, f32, f32)> {
    let mut grid = Vec::new();
    for title in [2.0, 3.0, 4.0] {
        for lead in [0.5, 1.0] {
            for link in [0.25, 0.5, 0.75] {
                for join in JOINS {
                    for merge in [0.6, f32::INFINITY] {
                        grid.push((title, lead, link, join, merge));
                    }
                }
            }
        }
    }
    grid
}

/// Sets the weight `name` of `p` (the names of [`Params`]' fields).
pub fn set(p: &mut Params, name: &str, v: f32) -> anyhow::Result<()> {
    match name {
        "title_boost" => p.title_boost = v,
        "lead_boost" => p.lead_boost = v,
        "member_link" => p.member_link = v,
        "join" => p.join = v,
        "merge" => p.merge = v,
        "split" => p.split = v,
        "entity_weight" => p.entity_weight = v,
        "hub_weight" => p.hub_weight = v,
        "recheck_hub_weight" => p.recheck_hub_weight = v,
        "recheck_join" => p.recheck_join = v,
        "recheck_join_dated" => p.recheck_join_dated = v,
        "recheck_floor" => p.recheck_floor = v,
        "idf_prior_docs" => p.idf_prior_docs = v as usize,
        "recheck_newest_floor" => p.recheck_newest_floor = v,
        "join_dated" => p.join_dated = v,
        "embedding_weight" => p.embedding_weight = v,
        "embedding_offset" => p.embedding_offset = v,
        "cross_join" => p.cross_join = v,
        "cross_embedding_join" => p.cross_embedding_join = Some(v),
        "cross_embedding_prior" => p.cross_embedding_prior = v,
        "time_weight" => p.time_weight = v,
        "time_scale_days" => p.time_scale_days = v,
        _ => bail!("unknown weight {name}"),
    }
    Ok(())
}

/// `concord eval cluster grid [--dated|--embeddings] NAME=V1,V2… …`: every combination of
/// the given weights (the others as shipped), clustered on the fitted half of
/// the roundup stories and reported on the held-out half, best on the fitted
/// half last. Without dates by default (no time penalty); `--dated` clusters
/// a stream generated from each half instead (as `fit` does for the time weights).
fn grid(args: &[String], embed: Embed<'_>) -> anyhow::Result<()> {
    let mut rows = data::roundups(&dev_path(args, "--roundups", "roundups/train.source")?, number(args, "--limit")?)?;
    Rng::new(7).shuffle(&mut rows);
    let embeddings = args.iter().any(|a| a == "--embeddings");
    let emb = if embeddings { embed(&rows)? } else { None };
    let [(mut fit_rows, fit_emb), (mut held_rows, held_emb)] = halves(&rows, &emb);
    let dated = args.iter().any(|a| a == "--dated");
    anyhow::ensure!(!(dated && embeddings), "--dated and --embeddings do not go together");
    if dated {
        for rows in [&mut fit_rows, &mut held_rows] {
            let opts = GenOptions { count: rows.len() * 3, words: 0, span_days: 365.0, ..Default::default() };
            *rows = data::generate(rows, &[], &opts);
        }
    }
    let time_weight = if dated { Params::default().time_weight } else { 0.0 };
    let embedding_weight = if embeddings { Params::default().embedding_weight } else { 0.0 };
    let mut grid = vec![(String::new(), Params { time_weight, embedding_weight, ..Params::default() })];
    for arg in args.iter().filter(|a| a.contains('=')) {
        let (name, values) = arg.split_once('=').context("NAME=V1,V2")?;
        let mut next = Vec::new();
        for (label, p) in &grid {
            for v in values.split(',') {
                let mut p = p.clone();
                set(&mut p, name, v.parse().with_context(|| format!("{name}: {v} is not a number"))?)?;
                next.push((format!("{label} {name} {v}"), p));
            }
        }
        grid = next;
    }
    let mut best = (-1.0, String::new());
    for (label, p) in &grid {
        let fitted = cluster_in_memory(&fit_rows, None, fit_emb.as_deref(), p);
        let held = cluster_in_memory(&held_rows, None, held_emb.as_deref(), p);
        println!("{label}: fitted {} | held out {} | stories {}/{}", fitted.bcubed, held.bcubed, held.predicted, held.gold);
        if fitted.bcubed.f1 > best.0 {
            best = (fitted.bcubed.f1, format!("{label}: fitted F1 {:.4}, held out F1 {:.4}", fitted.bcubed.f1, held.bcubed.f1));
        }
    }
    println!("best on the fitted half:{}", best.1);
    Ok(())
}
