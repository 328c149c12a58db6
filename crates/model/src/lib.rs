//! The nouns of concord, shared by every pipeline stage.
//!
//! A [`RawDocument`] is what a source delivered; extraction turns it into one
//! or more [`Article`]s; analysis adds an [`Analysis`] (sentences, entities,
//! time expressions, quotes); clustering groups articles into [`Story`]s; and
//! synthesis turns a story into a [`Dossier`] whose every item cites
//! [`Source`] sentences. These are plain serde types: no I/O lives here, so
//! every stage can be tested on its own and the JSON field names (which the
//! command-line contract in DESIGN.md fixes) are defined in one place.

#![deny(missing_docs)]

mod analysis;
mod article;
mod dossier;
mod paths;
mod wording;

pub use analysis::{
    Analysis, Anchor, AnchorKind, Entity, EntityType, Granularity, Mention, Quote, Related,
    Sentence, Speaker, Timex, TimexType,
};
pub use article::{Article, InputFormat, RawDocument, RecordHints};
pub use dossier::{
    CoverageItem, Discrepancy, DiscrepancyKind, Dossier, EntitySummary, Fact, QuoteGroup,
    QuoteVariant, Source, Story, SummarySentence, Side, TimelineEntry,
};
pub use paths::shared_data_dir;
pub use wording::{opening_words, plural, untitled};
