//! The sentence vectors by which synthesis pairs statements across languages
//! (see `concord_synth::across`). Builds with the `embeddings` feature and the
//! multilingual model loaded embed the sentences of the articles of stories
//! told in two languages or more, once per article: the vectors are stored
//! per article and model (quantised to a byte per value, as the clusterer
//! keeps its embeddings) with a digest of the sentences they were made from,
//! and read back at every later refresh. Other builds, other models and
//! stories in one language have none, and their dossiers are as before.

use std::collections::HashMap;

use concord_store::{SentenceVectorRow, Store, StoredArticle};
use concord_synth::across::SentenceVectors;
use concord_synth::Member;

use crate::PipelineError;

/// The model whose vectors are kept, by its name: multilingual-e5-small,
/// the only one whose vectors compare sentences across languages.
pub const MODEL: &str = "multilingual-e5-small";

/// The stored vectors of a story's articles, by article id; `None` when the
/// story gets no vectors (one language, another model or build).
pub type Cached = Option<HashMap<String, SentenceVectorRow>>;

/// Vectors made now, to store: article id, digest, encoding.
pub type Fresh = Vec<(String, i64, Vec<u8>)>;

#[cfg(feature = "embeddings")]
mod model {
    use concord_stories::embedding::Embedding;
    use rayon::prelude::*;

    use super::*;
    use crate::cluster;

    /// Sentences of an article embedded (the first; the rest go without).
    pub const MAX_SENTENCES: usize = 64;
    /// Characters of a sentence embedded (the model reads 128 tokens anyway).
    pub const MAX_CHARS: usize = 400;

    /// Whether `articles` are written in two languages or more.
    fn multilingual<'a>(languages: impl IntoIterator<Item = Option<&'a str>>) -> bool {
        let mut languages = languages.into_iter().flatten();
        let Some(first) = languages.next() else { return false };
        languages.any(|l| l != first)
    }

    /// The texts embedded for an article: its first [`MAX_SENTENCES`]
    /// sentences, each cut to [`MAX_CHARS`] characters.
    pub fn texts(member: &Member) -> Vec<&str> {
        member
            .analysis
            .sentences
            .iter()
            .take(MAX_SENTENCES)
            .map(|s| s.text.char_indices().nth(MAX_CHARS).map_or(s.text.as_str(), |(at, _)| &s.text[..at]))
            .collect()
    }

    /// FNV-1a of the texts, each closed by a NUL: which sentences vectors were made from.
    fn digest(texts: &[&str]) -> i64 {
        let bytes = texts.iter().flat_map(|t| t.bytes().chain([0]));
        bytes.fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)) as i64
    }

    /// Sentences per forward pass.
    const CHUNK: usize = 16;

    /// Whether the model loaded is [`MODEL`].
    fn multilingual_model() -> Result<bool, PipelineError> {
        Ok(cluster::model()?.kind().name() == MODEL)
    }

    /// The stored vectors of a story's `articles` when the story needs them.
    pub fn cached(store: &Store, articles: &[StoredArticle]) -> Result<Cached, PipelineError> {
        if !multilingual(articles.iter().map(|a| a.article.language.as_deref())) || !multilingual_model()? {
            return Ok(None);
        }
        let mut rows = HashMap::new();
        for a in articles {
            if let Some(row) = store.sentence_vectors(&a.article.id, MODEL)? {
                rows.insert(a.article.id.clone(), row);
            }
        }
        Ok(Some(rows))
    }

    /// Unit-length sentence vectors of `texts` (as passages).
    fn embed(texts: &[&str]) -> Result<Vec<Vec<f32>>, PipelineError> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(CHUNK) {
            out.extend(cluster::model()?.embed(chunk)?);
        }
        Ok(out)
    }

    /// The vectors as stored: each quantised (see [`Embedding`]), one after
    /// another; a vector the quantiser refuses ends them.
    pub fn encode(vectors: &[Vec<f32>]) -> Vec<u8> {
        let mut out = Vec::new();
        vectors.iter().map_while(|v| Embedding::quantise(v)).for_each(|e| e.encode_into(&mut out));
        out
    }

    /// The dense vectors of a stored encoding (`None` when it is corrupt).
    pub fn decode(mut data: &[u8]) -> Option<Vec<Vec<f32>>> {
        let mut out = Vec::new();
        while !data.is_empty() {
            let (e, rest) = Embedding::decode_from(data)?;
            let mut dense = Vec::new();
            e.add_to(&mut dense, 1.0);
            out.push(dense);
            data = rest;
        }
        Some(out)
    }

    /// The sentence vectors of the `members` that synthesis aligns: read
    /// from `cached` when made from the same sentences, else embedded now
    /// (those returned as [`Fresh`], to store). None without `cached`.
    pub fn complete(members: &[Member], cached: Cached) -> Result<(SentenceVectors, Fresh), PipelineError> {
        let Some(mut cached) = cached else { return Ok((SentenceVectors::new(), Fresh::new())) };
        let aligned = concord_synth::aligned_members(members);
        let mut vectors = SentenceVectors::new();
        let mut missing = Vec::new();
        for m in aligned.iter() {
            let texts = texts(m);
            let digest = digest(&texts);
            let stored = cached.remove(&m.article.id).filter(|row| row.0 == digest).and_then(|row| decode(&row.1));
            match stored {
                Some(v) => {
                    vectors.insert(m.article.id.clone(), v);
                }
                None => missing.push((m.article.id.clone(), digest, texts)),
            }
        }
        let fresh: Fresh = missing
            .into_par_iter()
            .map(|(id, digest, texts)| Ok((id, digest, encode(&embed(&texts)?))))
            .collect::<Result<_, PipelineError>>()?;
        for (id, _, data) in &fresh {
            vectors.insert(id.clone(), decode(data).unwrap_or_default());
        }
        Ok((vectors, fresh))
    }

    #[cfg(test)]
    mod tests {
        use concord_model::{Analysis, Article, Sentence};

        use super::*;

        fn member(language: Option<&str>, sentences: &[String]) -> Member {
            let sentences = sentences.iter().map(|t| Sentence { start: 0, end: t.len(), text: t.clone() }).collect();
            Member {
                article: Article { language: language.map(str::to_string), ..Default::default() },
                analysis: Analysis { sentences, ..Default::default() },
                duplicate_of: None,
            }
        }

        #[test]
        fn hostile_articles_embed_a_bounded_text() {
            let long = "Ä".repeat(10 * MAX_CHARS);
            let many: Vec<String> = (0..3 * MAX_SENTENCES).map(|_| long.clone()).collect();
            let member = member(Some("de"), &many);
            let texts = texts(&member);
            assert_eq!(texts.len(), MAX_SENTENCES);
            assert!(texts.iter().all(|t| t.chars().count() == MAX_CHARS));
            assert_ne!(digest(&["a", "bc"]), digest(&["ab", "c"]), "sentences are told apart");
        }

        #[test]
        fn only_stories_in_two_languages_are_multilingual() {
            assert!(multilingual([Some("en"), None, Some("de")].into_iter()));
            assert!(!multilingual([Some("en"), None, Some("en")].into_iter()));
            assert!(!multilingual([None, None].into_iter()));
        }
    }
}

#[cfg(feature = "embeddings")]
pub use model::{cached, complete, decode, encode, texts};

/// Builds without embeddings have no sentence vectors.
#[cfg(not(feature = "embeddings"))]
pub fn cached(_: &Store, _: &[StoredArticle]) -> Result<Cached, PipelineError> {
    Ok(None)
}

/// Builds without embeddings have no sentence vectors.
#[cfg(not(feature = "embeddings"))]
pub fn complete(_: &[Member], _: Cached) -> Result<(SentenceVectors, Fresh), PipelineError> {
    Ok((SentenceVectors::new(), Fresh::new()))
}

