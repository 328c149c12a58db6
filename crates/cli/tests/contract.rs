//! The command-line contract of DESIGN.md, driven through the real binary on
//! the bundled example corpus: ingest, articles, stories, story, search,
//! extract, analyze, and refusals of bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

fn concord(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("concord runs")
}

fn jsonl(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn ingested_corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let out = concord(&db, &["ingest", "--quiet", corpus().to_str().unwrap()]);
    assert!(out.status.success(), "ingest failed: {}", String::from_utf8_lossy(&out.stderr));
    (dir, db)
}

#[test]
fn ingest_articles_stories_story_and_search_follow_the_contract() {
    let (_dir, db) = ingested_corpus();
    let articles = jsonl(&concord(&db, &["articles", "--json"]));
    assert!(articles.len() >= 18, "expected the whole corpus, got {}", articles.len());
    for a in &articles {
        for key in ["id", "source", "segment", "outlet", "url", "title", "published", "language", "byline", "dateline", "body"] {
            assert!(a.get(key).is_some(), "article {} lacks {key}", a["id"]);
        }
    }
    let ids: Vec<&str> = articles.iter().filter_map(|a| a["id"].as_str()).collect();
    assert!(ids.contains(&"hc-water-authority-attack"), "file stem is the id: {ids:?}");
    assert!(ids.contains(&"gl-storm-idris-insurers"), "JSONL id is the id");
    assert!(ids.contains(&"meridian-wire/1"), "feed items are STEM/N");
    assert!(ids.contains(&"vd-water-authority-hack#2"), "glued article is ID#2");

    let stories = jsonl(&concord(&db, &["stories", "--json"]));
    assert!(stories.len() >= 4, "four events and a glued article");
    for s in &stories {
        for key in ["id", "title", "article_ids", "first_seen", "last_updated"] {
            assert!(s.get(key).is_some(), "story lacks {key}");
        }
    }
    let biggest = stories.iter().max_by_key(|s| s["article_ids"].as_array().map_or(0, |a| a.len())).unwrap();
    let id = biggest["id"].as_str().unwrap();
    let json: Value = serde_json::from_slice(&concord(&db, &["story", id, "--format", "json"]).stdout).unwrap();
    for key in ["id", "title", "articles", "summary", "facts", "quotes", "timeline", "discrepancies", "entities"] {
        assert!(json.get(key).is_some(), "dossier lacks {key}");
    }
    let md = concord(&db, &["story", id, "--format", "md"]);
    assert!(md.status.success() && !md.stdout.is_empty());
    assert!(!concord(&db, &["story", "no-such-story"]).status.success());

    let hits = jsonl(&concord(&db, &["search", "Ember Typhoon", "--json"]));
    assert!(!hits.is_empty(), "search finds the water-utility story");
    assert!(hits.iter().all(|h| h["snippet"].as_str().is_some()));

    let again = concord(&db, &["ingest", "--quiet", corpus().to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("ingested 0 articles"), "re-ingest adds nothing");
    assert_eq!(jsonl(&concord(&db, &["articles", "--json"])).len(), articles.len());
}

#[test]
fn extract_prints_a_json_array_and_analyze_gives_byte_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    let file = corpus().join("text/vd-water-authority-hack.txt");
    let out = concord(&db, &["extract", file.to_str().unwrap(), "--format", "text"]);
    assert!(out.status.success());
    let arts: Value = serde_json::from_slice(&out.stdout).unwrap();
    let arts = arts.as_array().expect("an array");
    assert_eq!(arts.len(), 2, "the glued tram article is split off");
    assert!(arts[1]["body"].as_str().unwrap().contains("tram"));

    let text = "Officials said on Monday that the river had risen. “We are ready,” said Mayor Jonas Pell.";
    let input = dir.path().join("a.txt");
    std::fs::write(&input, text).unwrap();
    let out = concord(&db, &["analyze", "--published", "2025-03-11", input.to_str().unwrap()]);
    assert!(out.status.success());
    let an: Value = serde_json::from_slice(&out.stdout).unwrap();
    for s in an["sentences"].as_array().unwrap() {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], s["text"].as_str().unwrap(), "sentence offsets are UTF-8 bytes");
    }
    assert!(!concord(&db, &["analyze", "--published", "11/03/2025", input.to_str().unwrap()]).status.success());
}

#[test]
fn bad_inputs_are_refused_one_line_each_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::write(inputs.join("good.txt"), "Harbour reopens\n\nThe harbour at Port Ellery reopened on Friday after repairs.\n").unwrap();
    std::fs::write(inputs.join("empty.txt"), "").unwrap();
    std::fs::write(inputs.join("blob.bin"), [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0]).unwrap();
    std::fs::write(inputs.join("cut.txt.gz"), [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x4b]).unwrap();
    std::fs::write(inputs.join("feed.jsonl"), "{\"id\": \"j1\", \"text\": \"A record that parses fine.\"}\n{not json\n").unwrap();
    let db = dir.path().join("c.db");
    let out = concord(&db, &["ingest", "--quiet", inputs.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "refusals make the exit status non-zero");
    for name in ["empty.txt", "blob.bin", "cut.txt.gz", "feed.jsonl:line 2"] {
        assert!(err.lines().any(|l| l.contains(name)), "no one-line refusal naming {name}: {err}");
    }
    let mut ids: Vec<String> =
        jsonl(&concord(&db, &["articles", "--json"])).iter().map(|a| a["id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    assert_eq!(ids, vec!["good", "j1"], "the good inputs are stored");
}

#[test]
fn the_stories_table_shows_an_untitled_storys_opening_words_and_no_ingest_day_as_its_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("u.db");
    let input = dir.path().join("untitled.jsonl");
    let text = "The harbour board closed the northern pier on Tuesday after a crane collapsed onto the quay, damaging two boats.";
    let dated = "Orchard growers in the valley began the apple harvest early after a dry, warm summer shortened the season.";
    std::fs::write(
        &input,
        format!("{{\"id\":\"u1\",\"text\":\"{text}\"}}\n{{\"id\":\"d1\",\"title\":\"Early harvest\",\"published\":\"2031-09-02\",\"text\":\"{dated}\"}}\n"),
    )
    .unwrap();
    assert!(concord(&db, &["ingest", "--quiet", input.to_str().unwrap()]).status.success());
    let table = String::from_utf8_lossy(&concord(&db, &["stories"]).stdout).to_string();
    let untitled = table.lines().find(|l| l.contains("(untitled) The harbour board closed the northern pier on Tuesday after…"));
    let untitled = untitled.unwrap_or_else(|| panic!("{table}"));
    let is_day = |w: &str| w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-';
    assert!(untitled.contains("undated") && !untitled.split_whitespace().any(is_day), "the day it was stored is not its date: {table}");
    assert!(table.lines().any(|l| l.contains("Early harvest") && l.contains("2031-09-02  2031-09-02")), "{table}");
    let stories = jsonl(&concord(&db, &["stories", "--json"]));
    let u1 = stories.iter().find(|s| s["article_ids"][0] == "u1").unwrap();
    assert!(u1["title"].is_null(), "the JSON invents no title");
    assert!(u1["first_seen"].is_string(), "the JSON keeps when it was first seen");
}

#[test]
fn eval_cluster_reads_labelled_html_records_as_ingest_does() {
    let dir = tempfile::tempdir().unwrap();
    let events = [
        ("E1", &["hc-water-authority-attack", "nt-karvonia-linked-hackers", "cp-water-hack-wire"][..]),
        ("E2", &["hc-storm-idris-floods", "nt-storm-idris-death-toll"]),
        ("E3", &["nt-bank-raises-rate", "cp-central-bank-rates"]),
        ("E4", &["hc-rovers-win-cup", "gl-rovers-end-wait"]),
    ];
    let mut lines = String::new();
    for (label, ids) in events {
        for id in ids {
            let html = std::fs::read_to_string(corpus().join("html").join(format!("{id}.html"))).unwrap();
            lines += &serde_json::json!({ "id": id, "html": html, "label": label }).to_string();
            lines.push('\n');
        }
    }
    let input = dir.path().join("labelled.jsonl");
    std::fs::write(&input, lines).unwrap();
    let out = concord(&dir.path().join("unused.db"), &["eval", "cluster", input.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.contains("stories 4 predicted / 4 gold  9 articles"), "the pages are extracted and placed: {report}");
    assert!(report.contains("BCubed P 1.0000  R 1.0000"), "{report}");
}
