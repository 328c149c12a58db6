//! Sentence vectors kept per article and model: the pipeline embeds an
//! article's sentences once, when a story told in several languages first
//! needs them, and reads them back at every later refresh. The store keeps
//! the bytes and the digest of the sentences they were made from as given;
//! their encoding is the pipeline's.

use rusqlite::{params, OptionalExtension};

use crate::{Batch, Result, Store};

/// Stored sentence vectors: the digest of the sentences they were made from,
/// and their encoding.
pub type SentenceVectorRow = (i64, Vec<u8>);

impl Store {
    /// The sentence vectors of `article_id` made by `model`, if stored.
    pub fn sentence_vectors(&self, article_id: &str, model: &str) -> Result<Option<SentenceVectorRow>> {
        Ok(self
            .conn
            .prepare_cached("SELECT digest, data FROM sentence_vectors WHERE article_id = ?1 AND model = ?2")?
            .query_row(params![article_id, model], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }
}

impl Batch<'_> {
    /// Stores (or replaces) the sentence vectors of `article_id` made by `model`.
    pub fn save_sentence_vectors(&self, article_id: &str, model: &str, digest: i64, data: &[u8]) -> Result<()> {
        self.run(
            "INSERT INTO sentence_vectors (article_id, model, digest, data) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT(article_id, model) DO UPDATE SET digest = excluded.digest, data = excluded.data",
            params![article_id, model, digest, data],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use concord_model::{Analysis, Article};

    use super::*;

    #[test]
    fn sentence_vectors_are_kept_per_article_and_model_and_replaced() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = store.batch().unwrap();
        let doc = batch.insert_document("a.txt", "h", "text", "now").unwrap();
        let article = Article { id: "a".into(), body: "Text.".into(), ..Default::default() };
        batch.insert_article(doc, &article, &Analysis::default(), "now").unwrap();
        batch.save_sentence_vectors("a", "multilingual-e5-small", 7, &[1, 2, 3]).unwrap();
        batch.commit().unwrap();
        assert_eq!(store.sentence_vectors("a", "multilingual-e5-small").unwrap(), Some((7, vec![1, 2, 3])));
        assert_eq!(store.sentence_vectors("a", "all-minilm-l6-v2").unwrap(), None, "another model's are its own");
        assert_eq!(store.sentence_vectors("b", "multilingual-e5-small").unwrap(), None);
        let batch = store.batch().unwrap();
        batch.save_sentence_vectors("a", "multilingual-e5-small", 8, &[4]).unwrap();
        batch.commit().unwrap();
        assert_eq!(store.sentence_vectors("a", "multilingual-e5-small").unwrap(), Some((8, vec![4])));
        // Vectors of an article the store does not hold are refused.
        let batch = store.batch().unwrap();
        assert!(batch.save_sentence_vectors("nobody", "multilingual-e5-small", 1, &[]).is_err());
    }
}
