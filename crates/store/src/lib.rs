//! The embedded store: one SQLite file (WAL mode) holding documents, articles
//! with their analyses, stories, story redirects, cached dossiers and the
//! sentence vectors of articles in stories told in several languages.
//!
//! Writes go through a [`Batch`], one transaction per batch of documents, so a
//! process killed mid-ingest leaves every committed batch intact and the file
//! valid. Schema changes are versioned migrations ([`schema`]), applied on open.

#![deny(missing_docs)]

mod articles;
mod listing;
mod schema;
mod search;
mod stories;
mod vectors;

use std::cell::Cell;
use std::path::Path;

use rusqlite::{Connection, Transaction};

pub use articles::{Placement, StoredArticle};
pub use listing::{StoryFilter, StoryOrder};
pub use search::SearchHit;
pub use stories::{FeatureRow, StoryRow};
pub use vectors::SentenceVectorRow;

/// A store error: what failed, with SQLite's reason.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused an operation.
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored JSON column did not parse (the store was written by another version).
    #[error("store: corrupt {what}: {err}")]
    Corrupt {
        /// Which column.
        what: &'static str,
        /// The parse error.
        err: serde_json::Error,
    },
    /// The file could not be opened.
    #[error("{path}: {reason}")]
    Open {
        /// The database path.
        path: String,
        /// Why.
        reason: String,
    },
}

/// Result alias for store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// An open store.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, in WAL mode, migrating
    /// the schema to the current version.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
        }
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // Checkpoint every ~40 MB of WAL rather than SQLite's 4 MB: pages that
        // every batch rewrites (index interiors, the full-text index's
        // structure, story cards) are copied into the database once per ten
        // batches instead of once per batch (100k-article ingest: 7% less CPU,
        // a fifth less system time).
        conn.pragma_update(None, "wal_autocheckpoint", 10_000)?;
        Store::init(conn)
    }

    /// Opens a private in-memory store (tests, `concord eval`).
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store> {
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 64 MiB of page cache (SQLite's default is 2 MiB): the id, hash and
        // story indexes of a million-article store stay in memory.
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // Every statement of a batch is prepared once per connection.
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store { conn };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// The schema version of this store.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Starts a write batch: everything written through it lands in one
    /// transaction when [`Batch::commit`] is called, or not at all.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        Ok(Batch { tx: self.conn.transaction()?, first_article: Cell::new(None) })
    }

    /// Runs SQLite's integrity check; `Ok(true)` when the file is sound.
    pub fn integrity_ok(&self) -> Result<bool> {
        let r: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(r == "ok")
    }
}

/// One write transaction. Dropping it without [`Batch::commit`] rolls back.
pub struct Batch<'a> {
    tx: Transaction<'a>,
    /// Row id of the first article this batch inserted: the full-text index
    /// of the batch's articles is written at commit, in one statement.
    first_article: Cell<Option<i64>>,
}

impl Batch<'_> {
    /// Indexes the batch's new articles for full-text search and makes every
    /// write of this batch durable. (FTS5 writes its pending terms out at every
    /// statement savepoint, so indexing article by article, as an insert
    /// trigger did, wrote and later merged one index segment per article.)
    pub fn commit(self) -> Result<()> {
        if let Some(first) = self.first_article.get() {
            self.run(
                "INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body FROM articles WHERE rowid >= ?1",
                [first],
            )?;
        }
        Ok(self.tx.commit()?)
    }

    /// Runs one write statement, prepared once per connection.
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_store_writes_ahead_and_checkpoints_every_ten_thousand_pages() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.db")).unwrap();
        let mode: String = store.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        let every: i64 = store.conn.pragma_query_value(None, "wal_autocheckpoint", |r| r.get(0)).unwrap();
        assert_eq!((mode.as_str(), every), ("wal", 10_000));
    }
}
