//! Analysis: sentences, entities, time expressions and quotations of a text.
//!
//! [`analyse`] runs the four analyses in order: sentences first (everything
//! else refers to sentence indices), then entities, then time expressions
//! resolved against the anchor date, then quotations whose speakers resolve to
//! the entities found. Every span is a UTF-8 byte offset into the input.

pub mod entities;
pub mod eval;
pub mod quotes;
pub mod sentences;
pub mod timex;

use concord_model::{Analysis, Anchor};

/// Analyses `text`; relative dates resolve against `anchor` when given.
pub fn analyse(text: &str, anchor: Option<Anchor>) -> Analysis {
    let sentences = sentences::split(text);
    let entities = entities::recognise(text, &sentences);
    let timexes = timex::tag(text, &sentences, anchor);
    let quotes = quotes::find(text, &sentences, &entities);
    Analysis { sentences, entities, timexes, quotes }
}
