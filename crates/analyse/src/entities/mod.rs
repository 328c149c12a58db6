//! Named entities: mentions found, typed and merged into canonical entities.
//!
//! No statistical model: a tokenizer ([`token`]) feeds a chunker of
//! capitalised runs and listed names ([`chunk`], [`gazetteer`], [`cues`]);
//! [`classify`] types each candidate from lists, titles, head words, shape and
//! context and makes types consistent over the document; [`compound`] finds
//! owner-named organisations ("Iran's UN mission"); [`canon`] merges mentions
//! into entities with stable `type:slug` ids.

pub mod canon;
pub mod chunk;
pub mod classify;
pub mod compound;
pub mod cues;
pub mod gazetteer;
pub mod token;

use std::collections::HashSet;

use concord_model::{Entity, Sentence};

use token::Shape;

/// Longest text analysed, in bytes; the rest is ignored (bounds time on hostile input).
const MAX_TEXT: usize = 2_000_000;

/// Finds the entities of `text`, whose `sentences` give mentions their sentence index.
pub fn recognise(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut cut = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let tokens = token::tokenise(text, sentences);
    let vocabulary: HashSet<String> =
        tokens.iter().filter(|t| t.shape == Shape::Lower && !t.shouting).map(|t| t.text.to_string()).collect();
    let spans = chunk::chunk(&tokens, &vocabulary);
    let named = classify::classify(&tokens, spans);
    let compounds = compound::find(&tokens, &named);
    canon::merge(text, &tokens, &named, &compounds)
}
