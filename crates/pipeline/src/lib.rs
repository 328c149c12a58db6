//! The ingest pipeline: sources → extract → analyse → store → stories →
//! synthesis, one transaction per batch of documents.
//!
//! Each stage is a pure function of its input (plus, for clustering, the story
//! index restored from the store); this crate only moves data between them and
//! decides what is committed together. A batch is extracted and analysed in
//! parallel, then written, deduplicated and clustered in one transaction, so a
//! process killed mid-run leaves every earlier batch stored and clustered.

#![deny(missing_docs)]

mod anchor;
mod cluster;
mod ingest;
#[cfg(feature = "embeddings")]
mod meaning;
mod refresh;
mod sentence_vectors;
mod title;
pub mod bench;
pub mod eval_cluster;
mod eval_event;
#[cfg(feature = "embeddings")]
mod eval_align;
#[cfg(feature = "embeddings")]
mod eval_search;

pub use anchor::anchor_of;
pub use ingest::{ingest, ingest_documents, ingest_with, Event, StageSeconds, Stages, Summary};
#[cfg(feature = "embeddings")]
pub use meaning::search_by_meaning;
pub use refresh::{dossier, members, refresh_dossiers};
pub use title::story_title;

/// A pipeline error that stops the run (the store failed); bad inputs never do.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The store refused a write or read.
    #[error(transparent)]
    Store(#[from] concord_store::StoreError),
    /// The embedding model could not be loaded or run (builds with `embeddings`).
    #[cfg(feature = "embeddings")]
    #[error(transparent)]
    Embed(#[from] concord_embed::EmbedError),
}
