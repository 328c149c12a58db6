//! What sources deliver ([`RawDocument`]) and what extraction finds in it ([`Article`]).

use serde::{Deserialize, Serialize};

/// The input formats concord understands. `Auto` sniffs the bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Sniff the format from the name and the first bytes.
    #[default]
    Auto,
    /// An HTML page.
    Html,
    /// A plain-text scrape (boilerplate lines are removed, glued articles split).
    Text,
    /// One JSON object per line.
    Jsonl,
    /// A WARC archive (optionally gzipped); response records are pages.
    Warc,
    /// An RSS or Atom feed.
    Feed,
}

impl InputFormat {
    /// Every format, in the order the command line lists them.
    pub const ALL: [InputFormat; 6] = [
        InputFormat::Auto,
        InputFormat::Html,
        InputFormat::Text,
        InputFormat::Jsonl,
        InputFormat::Warc,
        InputFormat::Feed,
    ];

    /// The format with this lowercase name.
    pub fn from_name(name: &str) -> Option<InputFormat> {
        InputFormat::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// The lowercase name used on the command line and in the store.
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Auto => "auto",
            InputFormat::Html => "html",
            InputFormat::Text => "text",
            InputFormat::Jsonl => "jsonl",
            InputFormat::Warc => "warc",
            InputFormat::Feed => "feed",
        }
    }
}

/// Metadata that came with a record (JSONL fields, feed items, WARC headers).
/// Extraction prefers these over what it finds in the content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RecordHints {
    /// URL of the page.
    pub url: Option<String>,
    /// Outlet (site) name.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date as given (any common format; extraction normalises it).
    pub published: Option<String>,
    /// Language as given (`de`, `en-GB`); extraction keeps an ISO 639-1
    /// code and detects the language of anything else.
    pub language: Option<String>,
    /// True when the text is an already-clean article body (JSONL `text`, feed
    /// content): extraction keeps it whole instead of hunting boilerplate.
    pub clean_text: bool,
}

/// One unit of input, ready for extraction: a page, a text file or a record.
#[derive(Clone, Debug, PartialEq)]
pub struct RawDocument {
    /// Where it came from: a path, a URL, or `path:line N` / `path#record N`.
    pub origin: String,
    /// The article id the first article found in it gets (DESIGN.md id rules).
    pub id: String,
    /// `Html` or `Text` (containers are unpacked by the sources stage).
    pub format: InputFormat,
    /// The content, still undecoded (extraction sniffs the charset).
    pub bytes: Vec<u8>,
    /// Metadata delivered beside the content.
    pub hints: RecordHints,
}

/// An article found in a document. Field names follow `articles --json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id (`ID`, `ID#2` for a glued second article, `STEM/N` in containers).
    pub id: String,
    /// Origin of the document it came from.
    pub source: String,
    /// 0-based index of this article within its document.
    pub segment: u32,
    /// Outlet or site name; null when the input names none.
    pub outlet: Option<String>,
    /// URL (canonical when the page declares one).
    pub url: Option<String>,
    /// Headline; null when the input has none.
    pub title: Option<String>,
    /// ISO 8601 publication date (`2024-08-20` or with time); null if unknown.
    pub published: Option<String>,
    /// ISO 8601 modification ("Updated …") date, never used as `published`.
    #[serde(default)]
    pub modified: Option<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// Author line.
    pub byline: Option<String>,
    /// Place line that opens the article ("WASHINGTON").
    pub dateline: Option<String>,
    /// The article text: paragraphs separated by a blank line.
    pub body: String,
    /// Lines or blocks extraction dropped as boilerplate (shown on demand in the UI).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
}
