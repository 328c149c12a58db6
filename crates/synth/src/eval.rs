//! `concord eval summary`: ROUGE of the synthesis summary against the
//! editors' summaries of the AllSides roundups (three outlets' title and lead
//! per row), next to two baselines: the first sentence of each article, and
//! the sentences closest to the story centroid. `--bench` times synthesis of a
//! 50-article story built from the seed corpus. `--alarms` counts the
//! discrepancies raised on the roundups (unlabelled, three outlets retelling
//! one story: nearly every alarm there is paraphrase taken for disagreement)
//! and prints the wording ones.

mod rouge;

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context};
use concord_model::{Article, Story};

use crate::desk::{dot, Desk};
use crate::{synthesise, Member};

const USAGE: &str = "usage: concord eval summary [--data DIR] [--limit N] [--bench] [--members FILE]
  --data DIR      folder with train.source and train.target (default: shared data roundups/)
  --limit N       score only the first N rows
  --bench         time synthesis of a 50-article story made from the seeds instead
  --alarms        also count the discrepancies raised per kind, printing each wording one
  --members FILE  synthesise the articles in FILE (JSON lines as `concord article ID --json`
                  prints them) as one story and print its dossier JSON";

/// Runs this evaluation with its command-line arguments.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let mut data: Option<PathBuf> = None;
    let mut limit = usize::MAX;
    let mut bench = false;
    let mut members_file: Option<PathBuf> = None;
    let mut alarms: Option<std::collections::BTreeMap<String, usize>> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = Some(it.next().context("--data needs a folder")?.into()),
            "--limit" => limit = it.next().context("--limit needs a number")?.parse()?,
            "--bench" => bench = true,
            "--alarms" => alarms = Some(Default::default()),
            "--members" => members_file = Some(it.next().context("--members needs a file")?.into()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => bail!("unknown argument {other}\n{USAGE}"),
        }
    }
    if bench {
        return run_bench();
    }
    if let Some(file) = members_file {
        return print_dossier(&file);
    }
    let dir = match data {
        Some(d) => d,
        None => concord_model::shared_data_dir().context("shared data absent; pass --data")?.join("roundups"),
    };
    let source = std::fs::read_to_string(dir.join("train.source")).context("train.source")?;
    let target = std::fs::read_to_string(dir.join("train.target")).context("train.target")?;
    let mut totals = [[0f64; 3]; 3];
    let mut rows = 0usize;
    let started = Instant::now();
    for (row, (src, reference)) in source.lines().zip(target.lines()).take(limit).enumerate() {
        let members = roundup_members(row, src);
        if members.is_empty() {
            continue;
        }
        let story = Story { id: format!("roundup-{row}"), ..Story::default() };
        let dossier = synthesise(&story, &members);
        if let Some(counts) = alarms.as_mut() {
            for d in &dossier.discrepancies {
                *counts.entry(serde_json::to_string(&d.kind)?.trim_matches('"').to_string()).or_default() += 1;
                if d.kind == concord_model::DiscrepancyKind::Wording {
                    println!("row {row}: {}", d.description);
                    for side in &d.sides {
                        println!("    {}", side.text);
                    }
                }
            }
        }
        let ours: Vec<String> = dossier.summary.iter().map(|s| s.text.clone()).collect();
        let n = ours.len().max(1);
        let systems = [ours.join(" "), lead(&members), centroid(&members, n)];
        for (k, text) in systems.iter().enumerate() {
            let s = rouge::score(text, reference);
            totals[k][0] += s.r1;
            totals[k][1] += s.r2;
            totals[k][2] += s.rl;
        }
        rows += 1;
    }
    if rows == 0 {
        bail!("no rows in {}", dir.display());
    }
    println!("summary ROUGE F1 (stemmed) on {rows} roundups from {} in {:.1}s", dir.display(), started.elapsed().as_secs_f64());
    println!("{:<28} {:>8} {:>8} {:>8}", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L");
    for (k, name) in ["concord synthesis", "baseline: first sentences", "baseline: centroid"].iter().enumerate() {
        let m = |i: usize| 100.0 * totals[k][i] / rows as f64;
        println!("{name:<28} {:>8.2} {:>8.2} {:>8.2}", m(0), m(1), m(2));
    }
    if let Some(counts) = alarms {
        let listed: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
        println!("discrepancies raised on {rows} roundups: {}", if listed.is_empty() { "none".to_string() } else { listed.join(", ") });
    }
    Ok(())
}

/// Synthesises the members listed in a JSONL file and prints the dossier.
fn print_dossier(file: &std::path::Path) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| file.display().to_string())?;
    let mut members = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let value: serde_json::Value = serde_json::from_str(line)?;
        let duplicate_of = value.get("duplicate_of").and_then(|d| d.as_str()).map(str::to_string);
        let article: Article = serde_json::from_value(value.clone())?;
        let analysis: concord_model::Analysis = serde_json::from_value(value)?;
        members.push(Member { article, analysis, duplicate_of });
    }
    let story = Story { id: "members".into(), ..Story::default() };
    println!("{}", serde_json::to_string_pretty(&synthesise(&story, &members))?);
    Ok(())
}

/// The articles of one roundup row: `TITLE=> … ARTICLE=> …` segments split by `[SEP]`.
fn roundup_members(row: usize, line: &str) -> Vec<Member> {
    line.split("[SEP]")
        .enumerate()
        .filter_map(|(k, seg)| {
            let seg = seg.trim();
            let (title, body) = match seg.split_once("ARTICLE=>") {
                Some((t, b)) => (t.trim().trim_start_matches("TITLE=>").trim(), b.trim()),
                None => ("", seg.trim_start_matches("TITLE=>").trim()),
            };
            if body.is_empty() {
                return None;
            }
            let article = Article {
                id: format!("r{row}-{k}"),
                outlet: Some(format!("outlet {k}")),
                title: (!title.is_empty()).then(|| title.to_string()),
                body: body.to_string(),
                ..Article::default()
            };
            let analysis = concord_analyse::analyse(body, None, None);
            Some(Member { article, analysis, duplicate_of: None })
        })
        .collect()
}

/// Baseline: the first sentence of each article.
fn lead(members: &[Member]) -> String {
    let firsts: Vec<&str> = members.iter().filter_map(|m| m.analysis.sentences.first().map(|s| s.text.as_str())).collect();
    firsts.join(" ")
}

/// Baseline: the `n` sentences closest to the centroid of all sentences, in text order.
fn centroid(members: &[Member], n: usize) -> String {
    let desk = Desk::new(members);
    let c = desk.centroid();
    let mut ranked: Vec<(usize, f32)> = desk.lines.iter().enumerate().map(|(i, l)| (i, dot(&l.terms, &c))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut chosen: Vec<usize> = ranked.into_iter().take(n).map(|x| x.0).collect();
    chosen.sort_unstable();
    chosen.iter().map(|&i| desk.lines[i].text).collect::<Vec<_>>().join(" ")
}

/// Times synthesis of a 50-article story: the seed articles, analysed, ten copies each.
fn run_bench() -> anyhow::Result<()> {
    let seeds = concord_model::shared_data_dir().context("shared data absent")?.join("seeds");
    let mut base = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&seeds)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.sort();
    for f in files {
        let body = std::fs::read_to_string(&f)?;
        let anchor = Some(concord_model::Anchor { year: 2024, month: 8, day: 20, kind: concord_model::AnchorKind::Published });
        base.push((body.clone(), concord_analyse::analyse(&body, anchor, None)));
    }
    if base.is_empty() {
        bail!("no seeds in {}", seeds.display());
    }
    let members: Vec<Member> = (0..50)
        .map(|i| {
            let (body, analysis) = &base[i % base.len()];
            let article = Article {
                id: format!("bench-{i}"),
                outlet: Some(format!("outlet {i}")),
                published: Some("2024-08-20".into()),
                body: body.clone(),
                ..Article::default()
            };
            Member { article, analysis: analysis.clone(), duplicate_of: None }
        })
        .collect();
    let sentences: usize = members.iter().map(|m| m.analysis.sentences.len()).sum();
    let story = Story { id: "bench".into(), ..Story::default() };
    let mut times = Vec::new();
    let mut dossier = None;
    for _ in 0..5 {
        let t = Instant::now();
        dossier = Some(synthesise(&story, &members));
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let d = dossier.context("no run")?;
    println!(
        "synthesis of a {}-article story ({sentences} sentences): median {:.1} ms, max {:.1} ms over 5 runs ({} facts, {} quote groups, {} timeline entries, {} discrepancies)",
        members.len(),
        times[2] * 1000.0,
        times[4] * 1000.0,
        d.facts.len(),
        d.quotes.len(),
        d.timeline.len(),
        d.discrepancies.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundup_rows_split_into_titled_articles() {
        let row = "TITLE=> Pier shut. ARTICLE=> The port closed the pier. [SEP] TITLE=> Port acts. ARTICLE=> Officials shut the northern pier on Monday. [SEP]  ";
        let m = roundup_members(7, row);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].article.title.as_deref(), Some("Pier shut."));
        assert_eq!(m[1].article.body, "Officials shut the northern pier on Monday.");
        assert_eq!(m[1].article.id, "r7-1");
        assert!(!m[0].analysis.sentences.is_empty());
    }

    #[test]
    fn lead_baseline_takes_each_first_sentence() {
        let m = roundup_members(0, "TITLE=> A. ARTICLE=> First one. Second one. [SEP] TITLE=> B. ARTICLE=> Another first. More.");
        assert_eq!(lead(&m), "First one. Another first.");
    }
}
