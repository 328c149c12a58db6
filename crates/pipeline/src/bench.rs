//! `concord eval bench`: speed of analysis and of whole ingest on real pages
//! (../shared/data/extraction), in one thread unless `--threads N` is given.
//!
//! Figures: analysis articles/s normalised to 700-word articles (words/s ÷ 700),
//! and whole-pipeline ingest of the HTML pages (sources, extraction, analysis,
//! dedupe, clustering, synthesis) in pages/s and MB/s into an in-memory store.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context};
use concord_model::shared_data_dir;
use concord_store::Store;

struct Args {
    data: PathBuf,
    threads: usize,
}

fn parse(args: &[String]) -> anyhow::Result<Args> {
    let mut data = None;
    let mut threads = 1;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = it.next().map(PathBuf::from),
            "--threads" => threads = it.next().context("--threads needs a number")?.parse()?,
            "-h" | "--help" => bail!("usage: concord eval bench [--data SHARED/data] [--threads N]"),
            other => bail!("unknown argument {other:?}"),
        }
    }
    let data = match data.or_else(shared_data_dir) {
        Some(d) => d,
        None => bail!("shared data not found: pass --data or set CONCORD_SHARED"),
    };
    Ok(Args { data, threads })
}

/// Runs the benchmark and prints one line per figure plus a JSON summary.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let args = parse(args)?;
    rayon::ThreadPoolBuilder::new().num_threads(args.threads).build_global().ok();
    let truth_path = args.data.join("extraction/ground-truth.json");
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
            std::hint::black_box(concord_analyse::analyse(b, None));
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
    let html_dir = args.data.join("extraction/html");
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
