//! Analysis: sentences, entities, time expressions and quotations of a text.
//!
//! [`analyse`] runs the four analyses in order: sentences first (everything
//! else refers to sentence indices), then entities, then time expressions
//! resolved against the anchor date, then quotations whose speakers resolve to
//! the entities found. Every span is a UTF-8 byte offset into the input.

pub mod entities;
pub mod eval;
pub mod language;
pub mod quotes;
pub mod sentences;
pub mod timex;

use concord_model::{Analysis, Anchor};

pub use language::Language;

/// Analyses `text`, written in `language` (an ISO 639-1 tag; English rules
/// when unknown); relative dates resolve against `anchor` when given.
pub fn analyse(text: &str, anchor: Option<Anchor>, language: Option<&str>) -> Analysis {
    let language = Language::of(language);
    let sentences = sentences::split(text);
    let entities = entities::recognise(text, &sentences, language);
    let timexes = timex::tag(text, &sentences, anchor, language);
    let quotes = quotes::find(text, &sentences, &entities, language);
    Analysis { sentences, entities, timexes, quotes }
}
