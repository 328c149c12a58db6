//! Documents and articles: idempotent inserts keyed by content hash, id
//! allocation (`ID-2` when an id is taken), and reads.

use concord_model::{Analysis, Article};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::{Batch, Result, Store, StoreError};

/// An article as stored, with what later stages attached to it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredArticle {
    /// The extracted article.
    pub article: Article,
    /// Its analysis, once computed.
    pub analysis: Option<Analysis>,
    /// The article it duplicates, if any.
    pub duplicate_of: Option<String>,
    /// The story it belongs to, once clustered.
    pub story_id: Option<String>,
    /// When it was ingested (RFC 3339).
    pub ingested_at: String,
}

/// Where a new article went in the clustering, stored with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Placement<'a> {
    /// The story it joined (`None`: not clustered yet).
    pub story_id: Option<&'a str>,
    /// The first article of its duplicate group, if it duplicates one.
    pub duplicate_of: Option<&'a str>,
}

const COLUMNS: &str = "a.id, d.origin, a.segment, a.outlet, a.url, a.title, a.published, a.modified, \
     a.language, a.byline, a.dateline, a.body, a.dropped, a.analysis, a.duplicate_of, a.story_id, a.ingested_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<(StoredArticle, String, Option<String>)> {
    let article = Article {
        id: row.get(0)?,
        source: row.get(1)?,
        segment: row.get(2)?,
        outlet: row.get(3)?,
        url: row.get(4)?,
        title: row.get(5)?,
        published: row.get(6)?,
        modified: row.get(7)?,
        language: row.get(8)?,
        byline: row.get(9)?,
        dateline: row.get(10)?,
        body: row.get(11)?,
        dropped: Vec::new(),
    };
    let dropped: String = row.get(12)?;
    let analysis: Option<String> = row.get(13)?;
    Ok((
        StoredArticle {
            article,
            analysis: None,
            duplicate_of: row.get(14)?,
            story_id: row.get(15)?,
            ingested_at: row.get(16)?,
        },
        dropped,
        analysis,
    ))
}

fn decode(parts: (StoredArticle, String, Option<String>)) -> Result<StoredArticle> {
    let (mut stored, dropped, analysis) = parts;
    stored.article.dropped =
        serde_json::from_str(&dropped).map_err(|err| StoreError::Corrupt { what: "dropped", err })?;
    stored.analysis = match analysis {
        Some(json) => Some(
            serde_json::from_str(&json).map_err(|err| StoreError::Corrupt { what: "analysis", err })?,
        ),
        None => None,
    };
    Ok(stored)
}

/// True when a document with this content hash is stored (read through a
/// connection or an open transaction alike).
fn document_exists(conn: &Connection, hash: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")?
        .query_row([hash], |_| Ok(()))
        .optional()?
        .is_some())
}

impl Store {
    /// One article by id (a `#` may be written `%23`).
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let id = id.replace("%23", "#");
        let sql = format!("SELECT {COLUMNS} FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?1");
        let row = self.conn.query_row(&sql, [id], from_row).optional()?;
        row.map(decode).transpose()
    }

    /// Every article in arrival order.
    pub fn articles(&self) -> Result<Vec<StoredArticle>> {
        self.articles_where("1 = 1", [])
    }

    /// The articles of one story, in arrival order.
    pub fn story_articles(&self, story_id: &str) -> Result<Vec<StoredArticle>> {
        self.articles_where("a.story_id = ?1", [story_id])
    }

    /// Articles not yet assigned to a story, in arrival order.
    pub fn unclustered_articles(&self) -> Result<Vec<StoredArticle>> {
        self.articles_where("a.story_id IS NULL", [])
    }

    fn articles_where<P: rusqlite::Params>(&self, cond: &str, params: P) -> Result<Vec<StoredArticle>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM articles a JOIN documents d ON d.id = a.document_id WHERE {cond} ORDER BY a.rowid"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params, from_row)?;
        rows.map(|r| decode(r?)).collect()
    }

    /// True when a document with this content hash is already stored.
    pub fn has_document(&self, hash: &str) -> Result<bool> {
        document_exists(&self.conn, hash)
    }

    /// Number of articles stored.
    pub fn article_count(&self) -> Result<usize> {
        Ok(self.conn.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))? as usize)
    }

    /// Ids of the articles that mention an entity.
    pub fn entity_articles(&self, entity_id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT article_id FROM entity_mentions WHERE entity_id = ?1 ORDER BY mentions DESC")?;
        let rows = stmt.query_map([entity_id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Name and type of an entity, from any article that mentions it.
    pub fn entity_name(&self, entity_id: &str) -> Result<Option<(String, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, type FROM entity_mentions WHERE entity_id = ?1 ORDER BY length(name) DESC LIMIT 1",
                [entity_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }
}

impl Batch<'_> {
    /// The label and publication date of a stored article: the original it
    /// is a copy of (None for an original) and its `published`.
    pub fn copy_label(&self, id: &str) -> Result<Option<(Option<String>, Option<String>)>> {
        Ok(self
            .tx
            .prepare_cached("SELECT duplicate_of, published FROM articles WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Makes `original` the original of `former`'s duplicate group: `former`
    /// and its copies become copies of `original`.
    pub fn relabel_copies(&self, former: &str, original: &str) -> Result<()> {
        self.run(
            "UPDATE articles SET duplicate_of = ?2 WHERE id = ?1 OR duplicate_of = ?1",
            params![former, original],
        )?;
        Ok(())
    }

    /// True when a document with this content hash is already stored.
    pub fn has_document(&self, hash: &str) -> Result<bool> {
        document_exists(&self.tx, hash)
    }

    /// Records a document; returns its row id.
    pub fn insert_document(&self, origin: &str, hash: &str, format: &str, now: &str) -> Result<i64> {
        self.run(
            "INSERT INTO documents (origin, hash, format, ingested_at) VALUES (?1, ?2, ?3, ?4)",
            params![origin, hash, format, now],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    /// `id` if no article has it yet, else the first free `id-2`, `id-3`, ….
    pub fn free_article_id(&self, id: &str) -> Result<String> {
        let taken = |candidate: &str| -> Result<bool> {
            Ok(self
                .tx
                .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
                .query_row([candidate], |_| Ok(()))
                .optional()?
                .is_some())
        };
        if !taken(id)? {
            return Ok(id.to_string());
        }
        // A glued `ID#2` keeps its suffix last: `ID-2#2`.
        let (base, tail) = match id.find('#') {
            Some(i) => (&id[..i], &id[i..]),
            None => (id, ""),
        };
        let mut n = 2;
        loop {
            let candidate = format!("{base}-{n}{tail}");
            if !taken(&candidate)? {
                return Ok(candidate);
            }
            n += 1;
        }
    }

    /// Stores an article of a document, with its analysis and entity index.
    pub fn insert_article(&self, document_id: i64, article: &Article, analysis: &Analysis, now: &str) -> Result<()> {
        self.insert_clustered_article(document_id, article, Some(analysis), &Placement::default(), now)
    }

    /// Stores an article with its analysis and its place among the stories,
    /// in one row write. An article stored without analysis (`None`) has NULL
    /// there until [`Batch::update_analysis`]; synthesis analyses such articles first.
    pub fn insert_clustered_article(
        &self,
        document_id: i64,
        article: &Article,
        analysis: Option<&Analysis>,
        placement: &Placement<'_>,
        now: &str,
    ) -> Result<()> {
        let dropped = serde_json::to_string(&article.dropped).expect("strings serialise");
        let analysis_json = analysis.map(|a| serde_json::to_string(a).expect("analysis serialises"));
        self.tx
            .prepare_cached(
                "INSERT INTO articles (id, document_id, segment, outlet, url, title, published, modified, language, \
                 byline, dateline, body, dropped, analysis, ingested_at, story_id, duplicate_of) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
            )?
            .execute(params![
                article.id,
                document_id,
                article.segment,
                article.outlet,
                article.url,
                article.title,
                article.published,
                article.modified,
                article.language,
                article.byline,
                article.dateline,
                article.body,
                dropped,
                analysis_json,
                now,
                placement.story_id,
                placement.duplicate_of
            ])?;
        if self.first_article.get().is_none() {
            self.first_article.set(Some(self.tx.last_insert_rowid()));
        }
        match analysis {
            Some(analysis) => self.index_entities(&article.id, analysis),
            None => Ok(()),
        }
    }

    /// Replaces an article's analysis (re-anchored dates, for instance).
    pub fn update_analysis(&self, article_id: &str, analysis: &Analysis) -> Result<()> {
        let json = serde_json::to_string(analysis).expect("analysis serialises");
        self.run("UPDATE articles SET analysis = ?2 WHERE id = ?1", params![article_id, json])?;
        self.run("DELETE FROM entity_mentions WHERE article_id = ?1", [article_id])?;
        self.index_entities(article_id, analysis)
    }

    fn index_entities(&self, article_id: &str, analysis: &Analysis) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(
            "INSERT OR REPLACE INTO entity_mentions (entity_id, article_id, name, type, mentions) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for e in &analysis.entities {
            stmt.execute(params![e.id, article_id, e.name, e.kind.as_str(), e.mentions.len() as i64])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str) -> Article {
        Article { id: id.into(), source: "x.txt".into(), body: "Body text.".into(), ..Default::default() }
    }

    #[test]
    fn taken_ids_get_numbered_suffixes() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("x.txt", "h1", "text", "now").unwrap();
        batch.insert_article(doc, &article("x"), &Analysis::default(), "now").unwrap();
        assert_eq!(batch.free_article_id("x").unwrap(), "x-2");
        batch.insert_article(doc, &article("x-2"), &Analysis::default(), "now").unwrap();
        assert_eq!(batch.free_article_id("x").unwrap(), "x-3");
        assert_eq!(batch.free_article_id("y").unwrap(), "y");
        batch.commit().unwrap();
        assert_eq!(store.article_count().unwrap(), 2);
        assert_eq!(store.article("x").unwrap().unwrap().article.body, "Body text.");
    }

    #[test]
    fn uncommitted_batches_leave_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        {
            let batch = store.batch().unwrap();
            let doc = batch.insert_document("x.txt", "h1", "text", "now").unwrap();
            batch.insert_article(doc, &article("x"), &Analysis::default(), "now").unwrap();
        }
        assert_eq!(store.article_count().unwrap(), 0);
    }
}
