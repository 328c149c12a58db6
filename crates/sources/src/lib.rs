//! Sources: turn what the user names (files, directories, JSONL, WARC, feeds,
//! URLs) into [`RawDocument`]s with ids assigned per DESIGN.md.
//!
//! Reading is lazy: [`read`] walks directories and containers one entry at a
//! time, so a large archive never sits in memory whole. Every refusal is a
//! one-line [`SourceError`] naming the input (`path`, `path:line N`,
//! `path#record N`, URL) and the reason; the run goes on with the next input.
//!
//! ```no_run
//! let opts = concord_sources::Options::default();
//! for doc in concord_sources::read(&["scrapes/".to_string()], &opts) {
//!     match doc {
//!         Ok(doc) => println!("{} ({})", doc.id, doc.origin),
//!         Err(err) => eprintln!("refused: {err}"),
//!     }
//! }
//! ```

#![deny(missing_docs)]

mod archive;
mod feed;
mod jsonl;
mod load;
mod sniff;
mod walk;
mod web;

use std::time::Duration;

use concord_model::{InputFormat, RawDocument};

/// Why an input (or one record of it) was refused; displays as `input: reason`.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {reason}")]
pub struct SourceError {
    /// The input (path, URL, `path:line N`).
    pub input: String,
    /// Why it was refused.
    pub reason: String,
}

impl SourceError {
    pub(crate) fn new(input: impl Into<String>, reason: impl Into<String>) -> Self {
        SourceError { input: input.into(), reason: reason.into() }
    }
}

/// How inputs are read.
#[derive(Clone, Debug)]
pub struct Options {
    /// Forced format, or `Auto` to sniff.
    pub format: InputFormat,
    /// Largest document kept; bigger ones are truncated with a warning.
    pub max_bytes: usize,
    /// Most bytes read from one input (a container, or a gzip stream once
    /// decompressed); the rest is ignored with a warning. JSONL (plain or
    /// gzipped) is exempt: it is read one record at a time, each record
    /// bounded by `max_bytes`, so memory stays bounded however long it is.
    pub max_input_bytes: u64,
    /// Time allowed for one HTTP request, body included.
    pub timeout: Duration,
    /// The `User-Agent` sent with every request; its first word is the name
    /// robots.txt rules are matched against.
    pub user_agent: String,
    /// Redirects followed before a URL is refused.
    pub max_redirects: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: InputFormat::Auto,
            max_bytes: 16 << 20,
            max_input_bytes: 4 << 30,
            timeout: Duration::from_secs(20),
            user_agent: "concord/0.1 (+news analysis)".to_string(),
            max_redirects: 5,
        }
    }
}

/// A lazy stream of documents and refusals.
pub(crate) type Documents = Box<dyn Iterator<Item = Result<RawDocument, SourceError>>>;

/// Reads every input in order, yielding documents and per-input errors.
///
/// An input is an `http(s)://` URL, a directory (walked recursively in sorted
/// order, hidden entries skipped) or a file.
pub fn read(inputs: &[String], opts: &Options) -> Box<dyn Iterator<Item = Result<RawDocument, SourceError>>> {
    let opts = opts.clone();
    let inputs: Vec<String> = inputs.to_vec();
    let mut fetcher: Option<web::Fetcher> = None;
    Box::new(inputs.into_iter().flat_map(move |input| -> Documents {
        if web::is_url(&input) {
            fetcher.get_or_insert_with(|| web::Fetcher::new(&opts)).documents(&input)
        } else {
            walk::documents(input, opts.clone())
        }
    }))
}

/// Reads one in-memory input (an upload) named `name`: sniffed like a file of
/// that name unless `format` forces one.
pub fn from_bytes(name: &str, bytes: Vec<u8>, format: InputFormat) -> Vec<Result<RawDocument, SourceError>> {
    let opts = Options { format, ..Options::default() };
    let source = load::Source::new(name, name, Box::new(std::io::Cursor::new(bytes)));
    load::documents(source, &opts).collect()
}
