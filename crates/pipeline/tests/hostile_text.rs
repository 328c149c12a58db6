//! Hostile article text through every stage after reading: the example
//! corpus's pages and texts, mangled by a seeded generator (cuts inside
//! characters and tags, stray and unbalanced quotation marks, cue words
//! without speakers, dates without anchors, combining marks, bidi and
//! zero-width characters, huge numbers and words, deep nesting), are
//! extracted, analysed, clustered and synthesised. Nothing may panic, every
//! article the run reports must be stored, and every span the analysis gives
//! must point at its own text in the stored body.

mod common;

use std::path::PathBuf;

use concord_model::Analysis;
use concord_store::Store;

/// Pieces spliced into the texts: each one is what some stage has a rule for.
const ROUNDS: usize = 400;

const SPLICES: &[&str] = &[
    "\"",
    "“",
    "”",
    "«",
    "‘",
    "''",
    "``",
    " said ",
    ", according to ",
    " told reporters that ",
    "Mr. ",
    "U.S. ",
    "J.D.",
    "(ODNI)",
    " the Office of the Director of National Intelligence (",
    "APT42",
    "Storm-",
    "UNC",
    " Monday",
    " last week",
    " on August 10",
    " in 2016",
    " earlier this month",
    " 31 February 2024",
    " 99/99/9999",
    "12:99 p.m.",
    " 1,000,000,000,000,000,000,000 ",
    " -0.0e999 ",
    "e\u{301}\u{301}\u{301}",
    "\u{202e}",
    "\u{200b}\u{200d}",
    "\u{feff}",
    "\u{1F1EE}\u{1F1F7}",
    "\r",
    "\n\n",
    "\t",
    "\u{0}",
    "&#xFFFFFFFF;",
    "&amp;amp;",
    "<p>",
    "</div>",
    "<script>",
    "<!--",
    "]]>",
    "...",
    ".\u{2026}.",
    "?!",
    "\u{5d0}\u{5d1} \u{627}\u{644}",
    "日本語の文章。",
];

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// The example corpus's HTML pages and plain texts.
fn corpus() -> Vec<(bool, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut texts = Vec::new();
    for (dir, html) in [("html", true), ("text", false)] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        texts.extend(paths.iter().map(|p| (html, std::fs::read_to_string(p).unwrap())));
    }
    assert!(texts.len() >= 10, "the example corpus is missing");
    texts
}

/// `text` mangled: a few splices at random byte positions (cutting
/// characters, read back lossily), sometimes a cut-off end, a repeated
/// stretch, a thousand-fold nesting or a word of 100,000 letters.
fn mangle(text: &str, rng: &mut Rng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..1 + rng.below(12) {
        let at = rng.below(bytes.len() + 1);
        let piece = SPLICES[rng.below(SPLICES.len())].repeat(1 + rng.below(3));
        bytes.splice(at..at, piece.into_bytes());
    }
    match rng.below(8) {
        0 => bytes.truncate(rng.below(bytes.len() + 1)),
        1 => {
            let (from, len) = (rng.below(bytes.len()), rng.below(400));
            let stretch = bytes[from..(from + len).min(bytes.len())].to_vec();
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, stretch.repeat(20));
        }
        2 => {
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, "<div><b>".repeat(1000).into_bytes());
        }
        3 => {
            let at = rng.below(bytes.len() + 1);
            bytes.splice(at..at, "x".repeat(100_000).into_bytes());
        }
        _ => {}
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Every span of `analysis` must hold its own text within `body`.
fn assert_spans_point_into(id: &str, body: &str, analysis: &Analysis) {
    let at = |start: usize, end: usize| body.get(start..end);
    for s in &analysis.sentences {
        assert_eq!(at(s.start, s.end), Some(s.text.as_str()), "{id}: sentence {}..{}", s.start, s.end);
    }
    for e in &analysis.entities {
        for m in &e.mentions {
            assert_eq!(at(m.start, m.end), Some(m.text.as_str()), "{id}: mention of {}", e.name);
        }
    }
    for t in &analysis.timexes {
        assert_eq!(at(t.start, t.end), Some(t.text.as_str()), "{id}: timex {:?}", t.text);
        assert!(t.sentence < analysis.sentences.len(), "{id}: timex in sentence {}", t.sentence);
    }
    for q in &analysis.quotes {
        assert!(at(q.start, q.end).is_some(), "{id}: quote {}..{} not on character boundaries", q.start, q.end);
        assert!(q.sentence <= q.last_sentence && q.last_sentence < analysis.sentences.len(), "{id}: quote sentences");
    }
}

#[test]
fn mangled_pages_and_texts_go_through_every_stage() {
    let mut rng = Rng(std::env::var("HOSTILE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x2545_F491_4F6C_DD1D));
    let texts = corpus();
    let mut lines = Vec::new();
    for round in 0..ROUNDS {
        let (html, text) = &texts[round % texts.len()];
        let field = if *html { "html" } else { "text" };
        let record = serde_json::json!({
            "id": format!("m{round}"),
            "outlet": format!("Outlet {}", round % 7),
            "published": if round % 3 == 0 { serde_json::Value::Null } else { format!("2025-03-{:02}", 1 + round % 28).into() },
            field: mangle(text, &mut rng),
        });
        lines.push(record.to_string());
    }
    let mut store = Store::open_in_memory().unwrap();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let stored = common::ingest_lines(&mut store, &lines).expect("a hostile batch stops nothing");
    let articles = store.articles().unwrap();
    assert_eq!(articles.len(), stored, "every article the run reports is stored");
    assert!(stored >= ROUNDS * 2 / 3, "most mangled texts still hold an article: {stored} of {ROUNDS}");
    let (mut quotes, mut timexes) = (0, 0);
    for a in &articles {
        let analysis = a.analysis.as_ref().unwrap_or_else(|| panic!("{} stored without analysis", a.article.id));
        assert_spans_point_into(&a.article.id, &a.article.body, analysis);
        let story = common::story_of(&store, &a.article.id);
        assert!(story.is_some() && story == a.story_id, "{} not in the story it has", a.article.id);
        (quotes, timexes) = (quotes + analysis.quotes.len(), timexes + analysis.timexes.len());
    }
    assert!(quotes > ROUNDS && timexes > ROUNDS, "the spans checked are few: {quotes} quotes, {timexes} time expressions");
    let stories = store.stories().unwrap();
    assert!(!stories.is_empty());
    for story in &stories {
        assert!(store.dossier(&story.story.id).unwrap().is_some(), "story {} has no dossier", story.story.id);
    }
    assert!(store.dirty_stories().unwrap().is_empty(), "every dossier synthesised");
}
