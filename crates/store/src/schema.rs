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
    // 2: story cards, the denormalised listing rows of stories that have members
    // (kept by `Batch::touch_story`, `upsert_story` and `merge_story`), so that a
    // listing page is an index walk instead of a scan of every story's articles.
    r#"
    CREATE TABLE story_cards (
        story_id      TEXT PRIMARY KEY,
        title         TEXT,
        first_seen    TEXT,
        last_updated  TEXT,
        recency       TEXT NOT NULL,
        first_key     TEXT NOT NULL,
        article_count INTEGER NOT NULL,
        article_ids   TEXT NOT NULL,
        outlets       TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE INDEX story_cards_newest ON story_cards(recency DESC, story_id);
    CREATE INDEX story_cards_biggest ON story_cards(article_count DESC, recency DESC, story_id);
    INSERT INTO story_cards
    SELECT s.id, s.title, s.first_seen, s.last_updated,
           coalesce(s.last_updated, s.created_at), coalesce(s.first_seen, s.created_at),
           (SELECT count(*) FROM articles WHERE story_id = s.id),
           (SELECT group_concat(id, char(31)) FROM
               (SELECT id FROM articles WHERE story_id = s.id ORDER BY coalesce(published, ingested_at), rowid)),
           coalesce((SELECT group_concat(o, char(31)) FROM
               (SELECT DISTINCT outlet AS o FROM articles WHERE story_id = s.id AND outlet IS NOT NULL ORDER BY outlet)), '')
    FROM stories s WHERE EXISTS (SELECT 1 FROM articles WHERE story_id = s.id);
    "#,
    // 3: new articles enter the full-text index once per batch (`Batch::commit`)
    // rather than through a per-row trigger, which made FTS5 write one index
    // segment per article.
    r#"
    DROP TRIGGER articles_ai;
    "#,
    // 4: the sentence vectors of an article, by the model that made them, so
    // that a story told in several languages embeds each article's sentences
    // once (`Batch::save_sentence_vectors`); `digest` names the sentences
    // they were made from.
    r#"
    CREATE TABLE sentence_vectors (
        article_id TEXT NOT NULL REFERENCES articles(id),
        model      TEXT NOT NULL,
        digest     INTEGER NOT NULL,
        data       BLOB NOT NULL,
        PRIMARY KEY (article_id, model)
    ) WITHOUT ROWID;
    "#,
    // 5: the full-text index takes combining marks as part of a word, so
    // that a Hindi or Thai word is one term, as a query word is
    // (`search::fts_query`), and merges its segments eight at a time rather
    // than four (ingest writes each batch as a segment, and merged them
    // more often than searches gain from it). The index is rebuilt from the
    // articles.
    r#"
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);
    "#,
];

/// Brings the schema up to the latest version, each step in its own
/// immediate transaction that re-reads the version, so two processes opening
/// a new store at once cannot both apply a step. A store already up to date
/// is only read: opening it never waits for a running ingest's write lock.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    loop {
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version as usize >= MIGRATIONS.len() {
            return Ok(());
        }
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

    #[test]
    fn a_version_1_store_gains_story_cards_for_stories_with_members_and_a_rebuilt_search_index() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO documents (id, origin, hash, format, ingested_at) VALUES (1, 'o', 'h', 'text', '2024-09-09');
             INSERT INTO articles (id, document_id, segment, outlet, published, body, story_id, ingested_at) VALUES
               ('late', 1, 0, 'Ledger', '2024-08-03', 'x', 's1', '2024-09-09'),
               ('early', 1, 1, 'Courier', '2024-08-01', 'x', 's1', '2024-09-09'),
               ('again', 1, 2, 'Ledger', '2024-08-02', 'x', 's1', '2024-09-09'),
               ('lone', 1, 3, NULL, NULL, 'x', 's2', '2024-09-09');
             INSERT INTO stories (id, title, first_seen, last_updated, created_at) VALUES
               ('s1', 'Flood', '2024-08-01', '2024-08-03', '2024-09-09'),
               ('s2', NULL, NULL, NULL, '2024-09-10'),
               ('empty', 'Left behind', NULL, NULL, '2024-09-11');",
        )
        .unwrap();
        let store = crate::Store::init(conn).unwrap();
        assert_eq!(store.schema_version().unwrap() as usize, CURRENT_VERSION);
        let rows = store.stories().unwrap();
        let ids: Vec<&str> = rows.iter().map(|r| r.story.id.as_str()).collect();
        assert_eq!(ids, ["s2", "s1"], "newest first, the memberless story left out");
        assert_eq!(rows[1].story.article_ids, ["early", "again", "late"]);
        assert_eq!(rows[1].outlets, ["Courier", "Ledger"]);
        assert!(rows[0].outlets.is_empty());
        let big = crate::StoryFilter { min_articles: 2, limit: 10, ..Default::default() };
        assert_eq!(store.story_page(&big).unwrap().1, 1);
        assert_eq!(store.search("x", 10).unwrap().len(), 4, "migration 5 indexes the articles anew");
    }
}
