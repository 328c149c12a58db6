//! Full-text search over titles and bodies (SQLite FTS5, BM25-ranked, with snippets).

use std::sync::LazyLock;

use regex::Regex;
use rusqlite::params;

use crate::{Result, Store};

/// One search result.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct SearchHit {
    /// Article id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// Story the article belongs to.
    pub story_id: Option<String>,
    /// Matching passage; the matched terms are wrapped in `[` `]`.
    pub snippet: String,
    /// BM25 rank (lower is better).
    pub rank: f64,
}

/// A word as the index's tokenizer reads one: letters, numbers, private-use
/// characters and combining marks (the `categories` of migration 5).
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}\p{Co}\p{M}]+").expect("word regex"));

/// Turns free text into an FTS5 query of quoted words, so user input can
/// never be read as FTS5 syntax; each is one term of the index.
fn fts_query(query: &str) -> String {
    WORD.find_iter(query)
        .take(32)
        .map(|t| format!("\"{}\"", t.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Store {
    /// Articles matching every word of `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let q = fts_query(query);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.title, a.outlet, a.published, a.story_id, \
                    snippet(articles_fts, 1, '[', ']', ' … ', 24), bm25(articles_fts, 4.0, 1.0) AS rank \
             FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid \
             WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![q, limit as i64], |r| {
            Ok(SearchHit {
                id: r.get(0)?,
                title: r.get(1)?,
                outlet: r.get(2)?,
                published: r.get(3)?,
                story_id: r.get(4)?,
                snippet: r.get(5)?,
                rank: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::{Analysis, Article};

    #[test]
    fn finds_ranked_snippets_and_ignores_syntax() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("a", "h", "text", "now").unwrap();
        for (id, title, body) in [
            ("a", "Flood in Riverton", "The river rose overnight in Riverton."),
            ("b", "Budget vote", "The council passed the budget."),
        ] {
            let art = Article { id: id.into(), title: Some(title.into()), body: body.into(), ..Default::default() };
            batch.insert_article(doc, &art, &Analysis::default(), "now").unwrap();
        }
        batch.commit().unwrap();
        let hits = store.search("riverton", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].id, "a");
        assert!(hits[0].snippet.contains("[Riverton]"));
        assert!(store.search("\"budget (:", 10).unwrap().len() == 1);
        assert!(store.search("***", 10).unwrap().is_empty());
    }

    #[test]
    fn each_committed_batch_indexes_only_its_own_articles() {
        let mut store = Store::open_in_memory().unwrap();
        let add = |store: &mut Store, hash: &str, id: &str, commit: bool| {
            let batch = store.batch().unwrap();
            let doc = batch.insert_document(id, hash, "text", "now").unwrap();
            let art = Article { id: id.into(), body: format!("Flood in Riverton, report {id}."), ..Default::default() };
            batch.insert_article(doc, &art, &Analysis::default(), "now").unwrap();
            if commit {
                batch.commit().unwrap();
            }
        };
        add(&mut store, "h1", "a", true);
        add(&mut store, "h2", "b", false);
        add(&mut store, "h3", "c", true);
        let mut ids: Vec<String> = store.search("riverton", 10).unwrap().into_iter().map(|h| h.id).collect();
        ids.sort();
        assert_eq!(ids, ["a", "c"], "one hit per committed article, none for the rolled-back one");
        store.conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')", []).unwrap();
    }

    #[test]
    fn words_with_marks_accents_or_symbols_inside_are_found_and_never_fail() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("a", "h", "text", "now").unwrap();
        let body = "नमस्ते दुनिया. The café in Zürich (x²) opened.";
        let art = Article { id: "a".into(), body: body.into(), ..Default::default() };
        batch.insert_article(doc, &art, &Analysis::default(), "now").unwrap();
        batch.commit().unwrap();
        // A Devanagari word holds combining vowel signs: one term, not three.
        assert_eq!(store.search("नमस्ते", 10).unwrap().len(), 1);
        assert_eq!(store.search("cafe zurich", 10).unwrap().len(), 1, "accents are folded");
        for odd in ["x²", "a\u{24b6}b", "\u{301}", "\"x y\" NEAR(", "ⓐ"] {
            assert!(store.search(odd, 10).is_ok(), "{odd:?}");
        }
    }
}
