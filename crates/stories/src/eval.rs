//! Evaluation helpers that need no store: clustering labelled articles in
//! memory, fitting the weights on dev data (`concord eval cluster fit`) and
//! generating large dated streams (`concord eval cluster --generate N --out FILE`).
//! The full evaluation through the ingest pipeline lives in
//! `concord_pipeline::eval_cluster`, which hands these sub-commands here.

use std::io::Write;
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

/// Clusters `articles` in the given order with an in-memory index (with their
/// analyses when given, else text alone); scores against the labels.
pub fn cluster_in_memory(articles: &[Labelled], analyses: Option<&[Analysis]>, params: &Params) -> Scores {
    let mut index = StoryIndex::new(params.clone());
    let none = Analysis::default();
    for (i, a) in articles.iter().enumerate() {
        index.add(&article_of(a), analyses.and_then(|an| an.get(i)).unwrap_or(&none));
    }
    let story: std::collections::HashMap<&str, &str> = index.placements().collect();
    let items: Vec<(&str, &str)> =
        articles.iter().map(|a| (a.label.as_str(), story.get(a.id.as_str()).copied().unwrap_or(""))).collect();
    metrics::score(&items)
}

/// Runs `fit` or `generate` (see the module doc).
pub fn main(args: &[String]) -> anyhow::Result<()> {
    match args.first().map(String::as_str) {
        Some("fit") => fit(&args[1..]),
        Some("--generate") => generate(args),
        _ => bail!("usage: concord eval cluster fit [--roundups PATH] [--limit N] | --generate N --out FILE [--words W] [--seed S]"),
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
    write_jsonl(Path::new(out), &stream)?;
    eprintln!("wrote {} articles to {out} in {:.1}s", stream.len(), started.elapsed().as_secs_f64());
    Ok(())
}

fn write_jsonl(path: &Path, items: &[Labelled]) -> anyhow::Result<()> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?);
    for a in items {
        serde_json::to_writer(&mut w, a)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}

/// Grid search of the text weights on the roundups (no dates), then of the
/// time weight on a generated stream with dates.
fn fit(args: &[String]) -> anyhow::Result<()> {
    let limit = number(args, "--limit")?;
    let mut rows = data::roundups(&dev_path(args, "--roundups", "roundups/train.source")?, limit)?;
    Rng::new(7).shuffle(&mut rows);
    let base = Params::default();
    let mut best: (f64, Params) = (0.0, base.clone());
    let grid = text_grid();
    for (title_boost, lead_boost, member_link, join, merge) in grid {
        let p = Params { title_boost, lead_boost, member_link, join, merge, time_weight: 0.0, ..base.clone() };
        let s = cluster_in_memory(&rows, None, &p);
        println!(
            "title {title_boost} lead {lead_boost} link {member_link} join {join} merge {merge}: BCubed {} pairs F1 {:.4} stories {}/{}",
            s.bcubed, s.pairwise.f1, s.predicted, s.gold
        );
        if s.bcubed.f1 > best.0 {
            best = (s.bcubed.f1, p);
        }
    }
    println!("best text weights: {:?} (BCubed F1 {:.4})", best.1, best.0);
    if args.iter().any(|a| a == "--text-only") {
        return Ok(());
    }
    let opts = GenOptions { count: rows.len() * 3, words: 0, span_days: 365.0, ..Default::default() };
    let stream = data::generate(&rows, &[], &opts);
    for time_weight in [0.5, 1.0, 1.5] {
        for time_scale_days in [3.0, 5.0, 7.0] {
            for join_dated in [0.15, 0.2, 0.25] {
                let p = Params { time_weight, time_scale_days, join_dated, ..best.1.clone() };
                let s = cluster_in_memory(&stream, None, &p);
                println!(
                    "time {time_weight} scale {time_scale_days}d join {join_dated}: BCubed {} stories {}/{}",
                    s.bcubed, s.predicted, s.gold
                );
            }
        }
    }
    Ok(())
}

/// The text-weight grid around the chosen values (title, lead, member link, join, merge).
fn text_grid() -> Vec<(f32, f32, f32, f32, f32)> {
    let mut grid = Vec::new();
    for title in [1.0, 2.0, 3.0] {
        for lead in [0.0, 1.0] {
            for link in [0.0, 0.5, 1.0] {
                for join in [0.3, 0.35, 0.4] {
                    for merge in [0.6, f32::INFINITY] {
                        grid.push((title, lead, link, join, merge));
                    }
                }
            }
        }
    }
    grid
}
