//! Quotations and their speakers.

use concord_model::{Entity, Quote, Sentence};

/// Finds the quotations of `text` (provisional: none).
pub fn find(text: &str, sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    let _ = (text, sentences, entities);
    Vec::new()
}
