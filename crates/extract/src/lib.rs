//! Extraction: find the article(s) inside a raw document.

use concord_model::{Article, RawDocument};

/// Why a document yielded no article; displays as `input: reason`.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {reason}")]
pub struct ExtractError {
    /// The document's origin.
    pub input: String,
    /// Why.
    pub reason: String,
}

/// The articles found in `doc` (several when articles were glued together).
pub fn extract(doc: &RawDocument) -> Result<Vec<Article>, ExtractError> {
    let body = String::from_utf8_lossy(&doc.bytes).into_owned();
    Ok(vec![Article { id: doc.id.clone(), source: doc.origin.clone(), body, ..Default::default() }])
}
pub mod eval;
