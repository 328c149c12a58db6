//! Stories: membership, redirects left by merges, clustering features and the
//! cached dossier each story's synthesis produced.

use concord_model::{Dossier, Story};
use rusqlite::{params, OptionalExtension};

use crate::listing::{card_row, CARD};
use crate::{Batch, Result, Store, StoreError};

/// An article's id, its story (if clustered) and its clustering features.
pub type FeatureRow = (String, Option<String>, Vec<u8>);

/// A story row with its member count, for listings.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryRow {
    /// The story.
    pub story: Story,
    /// Distinct outlets among its articles.
    pub outlets: Vec<String>,
    /// Whether any article carries a publication date; when none does, the
    /// story's first seen and last updated are the times it was stored.
    pub dated: bool,
}

impl Store {
    /// Follows merge redirects: the id a (possibly retired) story id now goes by.
    pub fn resolve_story_id(&self, id: &str) -> Result<Option<String>> {
        let mut id = id.to_string();
        for _ in 0..64 {
            let exists = self
                .conn
                .query_row("SELECT 1 FROM stories WHERE id = ?1", [&id], |_| Ok(()))
                .optional()?
                .is_some();
            if exists {
                return Ok(Some(id));
            }
            match self
                .conn
                .query_row("SELECT new_id FROM story_redirects WHERE old_id = ?1", [&id], |r| r.get(0))
                .optional()?
            {
                Some(next) => id = next,
                None => return Ok(None),
            }
        }
        Ok(None)
    }

    /// Every story with its members, most recently updated first.
    pub fn stories(&self) -> Result<Vec<StoryRow>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT {CARD} FROM story_cards c ORDER BY c.recency DESC, c.story_id"))?;
        let rows = stmt.query_map([], card_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One story (after following redirects).
    pub fn story(&self, id: &str) -> Result<Option<StoryRow>> {
        let Some(id) = self.resolve_story_id(id)? else { return Ok(None) };
        self.story_row(&id)
    }

    /// The cached dossier of a story, unless it is stale.
    pub fn dossier(&self, story_id: &str) -> Result<Option<Dossier>> {
        let json: Option<String> = self
            .conn
            .query_row(
                "SELECT dossier FROM stories WHERE id = ?1 AND dirty = 0",
                [story_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        json.map(|j| serde_json::from_str(&j).map_err(|err| StoreError::Corrupt { what: "dossier", err }))
            .transpose()
    }

    /// Ids of stories whose dossier must be recomputed.
    pub fn dirty_stories(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM stories s WHERE dirty = 1 AND EXISTS (SELECT 1 FROM articles WHERE story_id = s.id)",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every article's stored clustering features, in arrival order.
    pub fn all_features(&self) -> Result<Vec<FeatureRow>> {
        let mut rows = Vec::new();
        self.each_feature(|row| rows.push(row))?;
        Ok(rows)
    }

    /// Hands every article's stored clustering features to `visit`, in
    /// arrival order, one row at a time (a scan of a large store holds one
    /// row in memory, not all of them).
    pub fn each_feature(&self, mut visit: impl FnMut(FeatureRow)) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT f.article_id, a.story_id, f.data FROM article_features f JOIN articles a ON a.id = f.article_id ORDER BY a.rowid",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            visit((r.get(0)?, r.get(1)?, r.get(2)?));
        }
        Ok(())
    }

    /// A value from the store's key/value table.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }
}

impl Batch<'_> {
    /// Creates or updates a story's header (title, dates) and marks it dirty.
    pub fn upsert_story(&self, story: &Story, now: &str) -> Result<()> {
        self.run(
            "INSERT INTO stories (id, title, first_seen, last_updated, created_at, dirty) VALUES (?1, ?2, ?3, ?4, ?5, 1) \
             ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen, \
             last_updated = excluded.last_updated, dirty = 1",
            params![story.id, story.title, story.first_seen, story.last_updated, now],
        )?;
        self.refresh_card(&story.id)
    }

    /// Recomputes a story's header from its members and marks it dirty,
    /// creating the story row when it is new. The title is the headline of its
    /// earliest titled article; first/last seen are publication dates, and
    /// ingest times only when no member carries a date.
    pub fn touch_story(&self, story_id: &str, now: &str) -> Result<()> {
        self.run(
            "INSERT INTO stories (id, created_at) VALUES (?1, ?2) ON CONFLICT(id) DO NOTHING",
            params![story_id, now],
        )?;
        self.run(
            "UPDATE stories SET dirty = 1, \
               title = (SELECT title FROM articles WHERE story_id = ?1 AND title IS NOT NULL \
                        ORDER BY coalesce(published, ingested_at), rowid LIMIT 1), \
               first_seen = coalesce((SELECT min(published) FROM articles WHERE story_id = ?1), \
                                     (SELECT min(ingested_at) FROM articles WHERE story_id = ?1)), \
               last_updated = coalesce((SELECT max(published) FROM articles WHERE story_id = ?1), \
                                       (SELECT max(ingested_at) FROM articles WHERE story_id = ?1)) \
             WHERE id = ?1",
            [story_id],
        )?;
        self.refresh_card(story_id)
    }

    /// Rewrites a story's listing card from its row and members; a story
    /// without members has none. (Migration 2 backfilled the cards with the
    /// same query.)
    fn refresh_card(&self, story_id: &str) -> Result<()> {
        self.tx.prepare_cached("DELETE FROM story_cards WHERE story_id = ?1")?.execute([story_id])?;
        self.tx
            .prepare_cached(
                "INSERT INTO story_cards \
                 SELECT s.id, s.title, s.first_seen, s.last_updated, \
                        coalesce(s.last_updated, s.created_at), coalesce(s.first_seen, s.created_at), \
                        (SELECT count(*) FROM articles WHERE story_id = s.id), \
                        (SELECT group_concat(id, char(31)) FROM \
                            (SELECT id FROM articles WHERE story_id = s.id ORDER BY coalesce(published, ingested_at), rowid)), \
                        coalesce((SELECT group_concat(o, char(31)) FROM \
                            (SELECT DISTINCT outlet AS o FROM articles WHERE story_id = s.id AND outlet IS NOT NULL ORDER BY outlet)), '') \
                 FROM stories s WHERE s.id = ?1 AND EXISTS (SELECT 1 FROM articles WHERE story_id = s.id)",
            )?
            .execute([story_id])?;
        Ok(())
    }

    /// Puts an article into a story. The listings see the move once
    /// `touch_story` has run for the stories it left and joined.
    pub fn assign_story(&self, article_id: &str, story_id: &str) -> Result<()> {
        self.run("UPDATE articles SET story_id = ?2 WHERE id = ?1", params![article_id, story_id])?;
        Ok(())
    }

    /// Retires `old` into `new`: its articles move, and `old` keeps resolving to `new`.
    pub fn merge_story(&self, old: &str, new: &str, reason: &str, now: &str) -> Result<()> {
        self.run("UPDATE articles SET story_id = ?2 WHERE story_id = ?1", params![old, new])?;
        self.run("DELETE FROM stories WHERE id = ?1", [old])?;
        self.run(
            "INSERT OR REPLACE INTO story_redirects (old_id, new_id, reason, at) VALUES (?1, ?2, ?3, ?4)",
            params![old, new, reason, now],
        )?;
        self.run("UPDATE stories SET dirty = 1 WHERE id = ?1", [new])?;
        self.refresh_card(old)?;
        self.refresh_card(new)
    }

    /// Stores an article's clustering features (an opaque blob of the stories stage).
    pub fn save_features(&self, article_id: &str, data: &[u8]) -> Result<()> {
        self.run(
            "INSERT OR REPLACE INTO article_features (article_id, data) VALUES (?1, ?2)",
            params![article_id, data],
        )?;
        Ok(())
    }

    /// Caches a story's freshly computed dossier and clears its dirty flag.
    pub fn save_dossier(&self, dossier: &Dossier) -> Result<()> {
        let json = serde_json::to_string(dossier).expect("dossier serialises");
        self.run(
            "UPDATE stories SET dossier = ?2, dirty = 0 WHERE id = ?1",
            params![dossier.id, json],
        )?;
        Ok(())
    }

    /// Sets a value in the store's key/value table.
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.run("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![key, value])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::{Analysis, Article};

    #[test]
    fn merged_story_ids_still_resolve() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("a", "h", "text", "now").unwrap();
        for id in ["a1", "a2"] {
            let art = Article { id: id.into(), body: "x".into(), ..Default::default() };
            batch.insert_article(doc, &art, &Analysis::default(), "now").unwrap();
        }
        for (s, a) in [("s1", "a1"), ("s2", "a2")] {
            batch.upsert_story(&Story { id: s.into(), ..Default::default() }, "now").unwrap();
            batch.assign_story(a, s).unwrap();
        }
        batch.merge_story("s2", "s1", "converged", "now").unwrap();
        batch.commit().unwrap();
        assert_eq!(store.resolve_story_id("s2").unwrap().as_deref(), Some("s1"));
        let s = store.story("s2").unwrap().unwrap();
        assert_eq!(s.story.article_ids, vec!["a1", "a2"]);
        assert_eq!(store.stories().unwrap().len(), 1);
        assert!(store.resolve_story_id("nope").unwrap().is_none());
        assert!(store.story_row("s2").unwrap().is_none(), "a retired story leaves the listings");
    }

    #[test]
    fn a_moved_article_leaves_its_old_story_card_once_both_are_touched() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("a", "h", "text", "now").unwrap();
        for (id, outlet) in [("a1", "Ledger"), ("a2", "Courier")] {
            let art = Article { id: id.into(), outlet: Some(outlet.into()), body: "x".into(), ..Default::default() };
            batch.insert_article(doc, &art, &Analysis::default(), "now").unwrap();
            batch.assign_story(id, "s1").unwrap();
        }
        batch.touch_story("s1", "now").unwrap();
        batch.assign_story("a2", "s2").unwrap();
        batch.touch_story("s1", "now").unwrap();
        batch.touch_story("s2", "now").unwrap();
        batch.commit().unwrap();
        let s1 = store.story("s1").unwrap().unwrap();
        assert_eq!((s1.story.article_ids, s1.outlets), (vec!["a1".to_string()], vec!["Ledger".to_string()]));
        assert_eq!(store.story("s2").unwrap().unwrap().outlets, ["Courier"]);
    }
}
