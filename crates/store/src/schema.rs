//! Versioned schema migrations, tracked in SQLite's `user_version`.
//! A migration is appended, never edited, once it has shipped.

use rusqlite::{Connection, TransactionBehavior};

use crate::Result;

/// Migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: documents, articles with analyses, full-text search, stories, entities.
    r#"
    CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        origin      TEXT NOT NULL,
        hash        TEXT NOT NULL UNIQUE,
        format      TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE articles (
        id           TEXT PRIMARY KEY,
        document_id  INTEGER NOT NULL REFERENCES documents(id),
        segment      INTEGER NOT NULL,
        outlet       TEXT,
        url          TEXT,
        title        TEXT,
        published    TEXT,
        modified     TEXT,
        language     TEXT,
        byline       TEXT,
        dateline     TEXT,
        body         TEXT NOT NULL,
        dropped      TEXT NOT NULL DEFAULT '[]',
        analysis     TEXT,
        duplicate_of TEXT,
        story_id     TEXT,
        ingested_at  TEXT NOT NULL
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_document ON articles(document_id);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TABLE entity_mentions (
        entity_id  TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        mentions   INTEGER NOT NULL,
        PRIMARY KEY (entity_id, article_id)
    );
    CREATE INDEX entity_mentions_article ON entity_mentions(article_id);
    CREATE TABLE stories (
        id           TEXT PRIMARY KEY,
        title        TEXT,
        first_seen   TEXT,
        last_updated TEXT,
        created_at   TEXT NOT NULL,
        dossier      TEXT,
        dirty        INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE story_redirects (
        old_id    TEXT PRIMARY KEY,
        new_id    TEXT NOT NULL,
        reason    TEXT NOT NULL,
        at        TEXT NOT NULL
    );
    CREATE TABLE article_features (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        data       BLOB NOT NULL
    );
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
];

/// Brings the schema up to the latest version, each step in its own
/// immediate transaction that re-reads the version, so two processes opening
/// a new store at once cannot both apply a step.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let Some(step) = MIGRATIONS.get(version as usize) else { return Ok(()) };
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

#[cfg(test)]
const CURRENT_VERSION: usize = MIGRATIONS.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrating_twice_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v as usize, CURRENT_VERSION);
    }
}
