//! `concord eval extract`: body F1 on 4-token shingles, date accuracy and
//! single-threaded speed on the labelled pages of `shared/data/extraction`.
//!
//! Metric: the text is split into Unicode `\w+` tokens (case kept); each page's
//! 4-token shingles are counted as a multiset; precision and recall are taken
//! per page, averaged over pages, and F1 is computed from the two averages.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use concord_model::{InputFormat, RawDocument, RecordHints};
use once_cell::sync::Lazy;
use regex::Regex;

/// Runs the evaluation: `[--data DIR] [--limit N] [--pages]` (`--pages` prints per-page scores).
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let mut data: Option<PathBuf> = None;
    let mut limit = usize::MAX;
    let mut per_page = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--data" => data = Some(it.next().context("--data needs a directory")?.into()),
            "--limit" => limit = it.next().context("--limit needs a number")?.parse()?,
            "--pages" => per_page = true,
            "-h" | "--help" => {
                println!("concord eval extract [--data DIR] [--limit N] [--pages]");
                return Ok(());
            }
            other => bail!("unknown argument {other}"),
        }
    }
    let dir = match data {
        Some(d) => d,
        None => concord_model::shared_data_dir().context("shared data not found; pass --data DIR")?.join("extraction"),
    };
    let pages = load(&dir, limit)?;
    let report = evaluate(&pages, per_page);
    report.print();
    Ok(())
}

/// A labelled page.
struct Page {
    name: String,
    html: Vec<u8>,
    truth: String,
    url: String,
}

fn load(dir: &Path, limit: usize) -> anyhow::Result<Vec<Page>> {
    let truth_path = dir.join("ground-truth.json");
    let truth: HashMap<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&truth_path).with_context(|| truth_path.display().to_string())?)?;
    let mut names: Vec<&String> = truth.keys().collect();
    names.sort();
    let mut pages = Vec::new();
    for name in names.into_iter().take(limit) {
        let path = dir.join("html").join(format!("{name}.html.gz"));
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).with_context(|| path.display().to_string())?)
            .read_to_end(&mut html)
            .with_context(|| path.display().to_string())?;
        let field = |k: &str| truth[name].get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        pages.push(Page { name: name.clone(), html, truth: field("articleBody"), url: field("url") });
    }
    Ok(pages)
}

impl Page {
    fn document(&self) -> RawDocument {
        RawDocument {
            origin: self.name.clone(),
            id: self.name.clone(),
            format: InputFormat::Html,
            bytes: self.html.clone(),
            hints: RecordHints::default(),
        }
    }
}

struct Report {
    pages: usize,
    precision: f64,
    recall: f64,
    dated: usize,
    dates_right: usize,
    bytes: usize,
    elapsed: Duration,
    cpu: Duration,
    /// CPU time of a second, timing-only pass: the steady state of a long
    /// ingest, once the lazily compiled patterns exist.
    warm_cpu: Duration,
}

impl Report {
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision, self.recall);
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn print(&self) {
        let per_s = |d: Duration, n: f64| n / d.as_secs_f64().max(1e-9);
        let (pages, mb) = (self.pages as f64, self.bytes as f64 / 1e6);
        let (pages_s, mb_s) = (per_s(self.cpu, pages), per_s(self.cpu, mb));
        let wall_pages_s = per_s(self.elapsed, pages);
        let date_acc = if self.dated == 0 { 0.0 } else { self.dates_right as f64 / self.dated as f64 };
        println!("pages        {}", self.pages);
        println!("F1           {:.4}  (P {:.4}, R {:.4}; 4-token shingles, averaged over pages)", self.f1(), self.precision, self.recall);
        println!("date acc.    {:.3}  ({} of {} pages whose URL carries /yyyy/mm/dd/)", date_acc, self.dates_right, self.dated);
        let warm_pages_s = per_s(self.warm_cpu, pages);
        println!("speed        {pages_s:.1} pages/s, {mb_s:.2} MB/s (one thread's CPU time, in-process, first pass incl. start-up; wall clock {wall_pages_s:.1} pages/s)");
        println!("warm speed   {warm_pages_s:.1} pages/s (second pass over the same pages, one thread's CPU time)");
        println!(
            "{}",
            serde_json::json!({"eval": "extract", "pages": self.pages, "f1": self.f1(), "precision": self.precision,
                "recall": self.recall, "date_accuracy": date_acc, "dated_pages": self.dated,
                "pages_per_s": pages_s, "mb_per_s": mb_s, "wall_pages_per_s": wall_pages_s,
                "warm_pages_per_s": warm_pages_s})
        );
    }
}

fn evaluate(pages: &[Page], per_page: bool) -> Report {
    let mut report = Report { pages: pages.len(), precision: 0.0, recall: 0.0, dated: 0, dates_right: 0, bytes: 0, elapsed: Duration::ZERO, cpu: Duration::ZERO, warm_cpu: Duration::ZERO };
    for page in pages {
        let doc = page.document();
        let (started, cpu_started) = (Instant::now(), thread_cpu_time());
        let articles = crate::extract(&doc);
        report.elapsed += started.elapsed();
        let cpu = thread_cpu_time().saturating_sub(cpu_started);
        report.cpu += cpu;
        report.bytes += page.html.len();
        let (body, published) = match &articles {
            Ok(a) => (a[0].body.clone(), a[0].published.clone()),
            Err(_) => (String::new(), None),
        };
        let (p, r) = shingle_scores(&body, &page.truth);
        report.precision += p;
        report.recall += r;
        if let Some(want) = crate::dates::date_in_url(&page.url) {
            report.dated += 1;
            let got = published.as_deref().unwrap_or("");
            if got.starts_with(&want) {
                report.dates_right += 1;
            } else if per_page {
                println!("date  {} want {want} got {got:?}", short(&page.name));
            }
        }
        if per_page {
            let ms = cpu.as_secs_f64() * 1e3;
            println!("page  {} P {p:.3} R {r:.3} len {} {ms:.1} ms  {}", short(&page.name), body.chars().count(), page.url);
        }
    }
    for page in pages {
        let doc = page.document();
        let cpu_started = thread_cpu_time();
        let _ = crate::extract(&doc);
        report.warm_cpu += thread_cpu_time().saturating_sub(cpu_started);
    }
    let n = pages.len().max(1) as f64;
    report.precision /= n;
    report.recall /= n;
    report
}

/// The first 12 characters of a page name, for per-page lines.
fn short(name: &str) -> &str {
    name.char_indices().nth(12).map_or(name, |(end, _)| &name[..end])
}

/// CPU time this thread has used (wall clock would count other processes on a busy machine).
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes into the timespec we own.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(u64::try_from(ts.tv_sec).unwrap_or(0), u32::try_from(ts.tv_nsec).unwrap_or(0))
}

/// Per-page shingle precision and recall of `predicted` against `truth`.
fn shingle_scores(predicted: &str, truth: &str) -> (f64, f64) {
    let got = shingles(predicted);
    let want = shingles(truth);
    let total = |m: &HashMap<Vec<&str>, usize>| m.values().sum::<usize>();
    let overlap: usize = got.iter().map(|(k, n)| (*n).min(want.get(k).copied().unwrap_or(0))).sum();
    let ratio = |num: usize, den: usize| if den == 0 { if num == 0 { 1.0 } else { 0.0 } } else { num as f64 / den as f64 };
    let (g, w) = (total(&got), total(&want));
    let precision = if g == 0 && w > 0 { 0.0 } else { ratio(overlap, g) };
    (precision, ratio(overlap, w))
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    static WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"\w+").expect("static regex"));
    let tokens: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut counts = HashMap::new();
    for window in tokens.windows(4) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingle_scores_count_multisets() {
        let (p, r) = shingle_scores("a b c d e", "a b c d e f");
        assert!((p - 1.0).abs() < 1e-9);
        assert!((r - 2.0 / 3.0).abs() < 1e-9);
        let (p, r) = shingle_scores("", "a b c d");
        assert_eq!((p, r), (0.0, 0.0));
    }
}
