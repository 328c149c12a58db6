//! `concord eval bench`: speed of analysis and of whole ingest on real pages
//! (../shared/data/extraction), in one thread unless `--threads N` is given.
//!
//! Figures: analysis articles/s normalised to 700-word articles (words/s ÷ 700),
//! and whole-pipeline ingest of the HTML pages (sources, extraction, analysis,
//! dedupe, clustering, synthesis) in pages/s and MB/s into an in-memory store.
//!
//! `concord eval bench --ingest FILE... [--stages cluster|analyse|all] [--db PATH]`
//! times the ingest of the given inputs instead (a JSONL stream from
//! `concord eval cluster --generate N --out FILE`, say) into a store file (a
//! temporary one unless `--db` names it): with `cluster` only sources,
//! extraction, dedupe and clustering run, committed batch by batch; `analyse`
//! adds analysis, `all` (the default of `concord ingest`) synthesis too. It
//! prints articles/s by wall clock and by process CPU time, the seconds of each
//! stage and the peak resident memory.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context};
use concord_model::shared_data_dir;
use concord_store::Store;

use crate::Stages;

const USAGE: &str = "usage: concord eval bench [--data SHARED/data] [--threads N]\n       \
     concord eval bench --ingest FILE... [--stages cluster|analyse|all] [--db PATH] [--threads N]";

struct Args {
    data: Option<PathBuf>,
    threads: usize,
    ingest: Vec<String>,
    stages: Stages,
    db: Option<PathBuf>,
}

fn parse(args: &[String]) -> anyhow::Result<Args> {
    let mut parsed = Args { data: None, threads: 1, ingest: Vec::new(), stages: Stages::default(), db: None };
    let mut it = args.iter().peekable();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => parsed.data = it.next().map(PathBuf::from),
            "--threads" => parsed.threads = it.next().context("--threads needs a number")?.parse()?,
            "--db" => parsed.db = Some(it.next().context("--db needs a path")?.into()),
            "--stages" => {
                parsed.stages = match it.next().map(String::as_str) {
                    Some("cluster") => Stages { analyse: false, synthesise: false },
                    Some("analyse") => Stages { analyse: true, synthesise: false },
                    Some("all") => Stages::default(),
                    _ => bail!("--stages takes cluster, analyse or all"),
                }
            }
            "--ingest" => {
                while let Some(file) = it.next_if(|f| !f.starts_with("--")) {
                    parsed.ingest.push(file.clone());
                }
                if parsed.ingest.is_empty() {
                    bail!("--ingest needs at least one input");
                }
            }
            "-h" | "--help" => bail!(USAGE),
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    Ok(parsed)
}

/// Runs the benchmark and prints one line per figure plus a JSON summary.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let args = parse(args)?;
    rayon::ThreadPoolBuilder::new().num_threads(args.threads).build_global().ok();
    if !args.ingest.is_empty() {
        return ingest(&args);
    }
    let Some(data) = args.data.clone().or_else(shared_data_dir) else {
        bail!("shared data not found: pass --data or set CONCORD_SHARED")
    };
    let truth_path = data.join("extraction/ground-truth.json");
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(&truth_path).with_context(|| format!("{}: cannot read", truth_path.display()))?,
    )?;
    let bodies: Vec<String> = truth
        .as_object()
        .context("ground truth is not an object")?
        .values()
        .filter_map(|v| v["articleBody"].as_str().map(str::to_string))
        .collect();

    // Analysis alone, repeated until it has run for a second at least.
    let words: usize = bodies.iter().map(|b| b.split_whitespace().count()).sum();
    let start = Instant::now();
    let mut rounds = 0;
    while rounds == 0 || start.elapsed().as_secs_f64() < 1.0 {
        for b in &bodies {
            std::hint::black_box(concord_analyse::analyse(b, None, None));
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let words_per_s = (words * rounds) as f64 / secs;
    println!(
        "analysis: {} articles x{rounds}, {:.0} words/s = {:.0} articles/s of 700 words",
        bodies.len(),
        words_per_s,
        words_per_s / 700.0
    );

    // Whole pipeline on the HTML pages.
    let html_dir = data.join("extraction/html");
    let bytes: u64 = std::fs::read_dir(&html_dir)?.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum();
    let mut store = Store::open_in_memory()?;
    let opts = concord_sources::Options::default();
    let start = Instant::now();
    let summary = crate::ingest(&mut store, &[html_dir.display().to_string()], &opts, &mut |_| {})?;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ingest: {} pages ({:.1} MB gzipped) in {secs:.2}s = {:.0} pages/s, {:.1} MB/s; {summary}",
        summary.documents,
        bytes as f64 / 1e6,
        summary.documents as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!(
        "{}",
        serde_json::json!({
            "threads": args.threads,
            "analysis_words_per_s": words_per_s.round(),
            "analysis_articles_per_s_700w": (words_per_s / 700.0).round(),
            "ingest_pages_per_s": (summary.documents as f64 / secs).round(),
            "ingest_mb_per_s": bytes as f64 / 1e6 / secs,
        })
    );
    Ok(())
}

/// Times the ingest of `args.ingest` with the chosen stages into a store file.
fn ingest(args: &Args) -> anyhow::Result<()> {
    let scratch = std::env::temp_dir().join(format!("concord-bench-{}.db", std::process::id()));
    let path = args.db.clone().unwrap_or_else(|| scratch.clone());
    let result = timed_ingest(args, &path);
    if args.db.is_none() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", scratch.display()));
        }
    }
    result
}

fn timed_ingest(args: &Args, path: &std::path::Path) -> anyhow::Result<()> {
    let mut store = Store::open(path)?;
    let opts = concord_sources::Options::default();
    let (cpu0, start) = (cpu_seconds(), Instant::now());
    let mut seen = 0usize;
    let mut progress = |event: crate::Event<'_>| {
        if let crate::Event::Document(_) = event {
            seen += 1;
            if seen.is_multiple_of(100_000) {
                let peak = peak_rss_mb().unwrap_or(0.0);
                eprintln!("{seen} documents after {:.0}s, peak RSS {peak:.0} MB", start.elapsed().as_secs_f64());
            }
        }
    };
    let summary = crate::ingest_with(&mut store, concord_sources::read(&args.ingest, &opts), args.stages, &mut progress)?;
    // Closing checkpoints what is left in the write-ahead log: part of the cost.
    drop(store);
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
    let t = &summary.seconds;
    let rate = |s: f64| summary.articles as f64 / s.max(1e-9);
    println!(
        "ingest ({}): {} articles in {secs:.1}s = {:.0} articles/s wall{}; {summary}",
        stage_names(args.stages),
        summary.articles,
        rate(secs),
        cpu.map(|c| format!(", {:.0} per CPU-second ({c:.1}s CPU)", rate(c))).unwrap_or_default(),
    );
    println!(
        "stages: dedupe {:.1}s, extract+analyse {:.1}s (on the pool, beside the store), store+cluster+commit {:.1}s, synthesis {:.1}s; peak RSS {}",
        t.dedupe,
        t.extract_analyse,
        t.store_cluster,
        t.synthesise,
        peak_rss_mb().map(|m| format!("{m:.0} MB")).unwrap_or_else(|| "unknown".into()),
    );
    println!(
        "{}",
        serde_json::json!({
            "threads": args.threads,
            "stages": stage_names(args.stages),
            "articles": summary.articles,
            "seconds": secs,
            "articles_per_s": rate(secs).round(),
            "cpu_seconds": cpu,
            "articles_per_cpu_s": cpu.map(|c| rate(c).round()),
            "peak_rss_mb": peak_rss_mb().map(f64::round),
        })
    );
    Ok(())
}

fn stage_names(s: Stages) -> &'static str {
    match (s.analyse, s.synthesise) {
        (false, false) => "sources, extraction, dedupe, clustering",
        (true, false) => "sources, extraction, analysis, dedupe, clustering",
        (_, true) => "sources, extraction, analysis, dedupe, clustering, synthesis",
    }
}

/// User plus system CPU seconds of this process so far (Linux `/proc`; `None` elsewhere).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let mut rest = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let ticks: f64 = rest.next()?.parse::<f64>().ok()? + rest.next()?.parse::<f64>().ok()?;
    // Linux reports these in USER_HZ, 100 per second on every architecture it exports.
    Some(ticks / 100.0)
}

/// Peak resident memory of this process in MB (Linux `/proc`; `None` elsewhere).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}
