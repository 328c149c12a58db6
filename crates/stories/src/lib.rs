//! Stories: duplicate groups and incremental clustering of articles into stories.
//!
//! [`StoryIndex::add`] places one article at a time: a near-copy of an earlier
//! article (MinHash over word shingles, [`minhash`]) joins that article's story
//! and names the first article of its group in `duplicate_of`; any other
//! article joins the story it scores best against (tf-idf cosine over title,
//! lead and body terms, shared entities, publication-time distance) or opens a
//! new one whose id hashes the founding article's id. Weights and how they were
//! fitted: `README.md` beside this crate.

#![deny(missing_docs)]

pub mod data;
pub mod embedding;
pub mod eval;
mod features;
#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;
mod index;
pub mod metrics;
mod minhash;
mod params;
mod probe;
mod text;
mod vector;
mod vocab;

pub use features::{embedding_text, hours_of, Features};
pub use index::{Assignment, Change, StoryIndex};
pub use params::Params;
