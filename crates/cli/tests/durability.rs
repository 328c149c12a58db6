//! Durability: a `concord ingest` killed with SIGKILL mid-run leaves a valid
//! store holding every committed batch (and nothing half-written), and a rerun
//! finishes the job without duplicating what was stored.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use concord_store::Store;

const RECORDS: usize = 1500;
/// Documents per transaction in the pipeline (crates/pipeline/src/ingest.rs).
const BATCH: usize = 256;

/// Deterministic filler text in our own words, distinct per record.
fn record(i: usize) -> String {
    const WORDS: &[&str] = &[
        "council", "harbour", "ferry", "budget", "storm", "bridge", "school", "market", "river", "mayor",
        "tariff", "rail", "clinic", "festival", "drought", "orchard", "museum", "union", "strike", "vote",
    ];
    let mut x = (i as u64).wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut text = format!("Record {i} opens here.");
    for w in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push(' ');
        text.push_str(WORDS[(x % WORDS.len() as u64) as usize]);
        if w % 12 == 11 {
            text.push('.');
        }
    }
    serde_json::json!({"id": format!("r{i}"), "title": format!("Record {i}"), "text": text}).to_string()
}

#[test]
fn killed_ingest_keeps_every_committed_batch() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("records.jsonl");
    let mut f = std::fs::File::create(&input).unwrap();
    for i in 0..RECORDS {
        writeln!(f, "{}", record(i)).unwrap();
    }
    drop(f);
    let db = dir.path().join("store.db");
    let bin = env!("CARGO_BIN_EXE_concord");
    let ingest = || {
        Command::new(bin)
            .args(["--db", db.to_str().unwrap(), "ingest", "--quiet", input.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };

    let mut child = ingest();
    let started = Instant::now();
    let mut seen = 0;
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(store) = Store::open(&db) {
            seen = store.article_count().unwrap_or(0);
        }
        if seen >= BATCH || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let finished_early = child.try_wait().unwrap().is_some();
    child.kill().ok(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(seen >= BATCH, "no batch was committed within two minutes");

    let store = Store::open(&db).unwrap();
    assert!(store.integrity_ok().unwrap(), "store is corrupt after kill -9");
    let kept = store.article_count().unwrap();
    if !finished_early {
        assert!(kept < RECORDS, "the run finished before it could be killed; raise RECORDS");
    }
    assert_eq!(kept % BATCH, 0, "a partial batch was stored: {kept} articles");
    assert!(
        store.articles().unwrap().iter().all(|a| a.story_id.is_some()),
        "committed articles must be clustered in the same transaction"
    );
    drop(store);

    let out = ingest().wait_with_output().unwrap();
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "rerun failed: {summary}");
    assert!(
        summary.contains(&format!("{} duplicates skipped", kept)),
        "rerun should skip exactly the {kept} stored documents: {summary}"
    );
    assert_eq!(Store::open(&db).unwrap().article_count().unwrap(), RECORDS);
}
