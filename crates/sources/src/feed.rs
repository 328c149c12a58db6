//! RSS and Atom feeds (parsed by feed-rs): each item becomes an HTML
//! document from its content (or summary), with the item's title, link and
//! publication date and the feed's title as outlet. Items get `STEM/N` and
//! origins `path#record N`, N counting items from 1.

use std::io::Read;

use concord_model::{InputFormat, RawDocument, RecordHints};

use crate::load::{io_reason, read_up_to};
use crate::{Documents, SourceError};

/// The items of a feed (read whole, up to `max_bytes`).
pub(crate) fn items(origin: String, stem: String, mut reader: impl Read, max_bytes: usize) -> Documents {
    let bytes = match read_up_to(&mut reader, max_bytes.saturating_add(1)) {
        Ok(bytes) if bytes.len() > max_bytes => return refuse(origin, format!("feed larger than {max_bytes} bytes")),
        Ok(bytes) => bytes,
        Err(err) => return refuse(origin, io_reason(&err)),
    };
    let parser = feed_rs::parser::Builder::new().sanitize_content(false).build();
    let feed = match parser.parse(bytes.as_slice()) {
        Ok(feed) => feed,
        Err(err) => return refuse(origin, format!("not a valid RSS/Atom feed ({err})")),
    };
    let outlet = feed.title.map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty());
    let language = feed.language;
    Box::new(feed.entries.into_iter().enumerate().map(move |(i, entry)| {
        let n = i + 1;
        let at = format!("{origin}#record {n}");
        let content = entry.content.and_then(|c| c.body).or(entry.summary.map(|s| s.content)).filter(|c| !c.trim().is_empty());
        let Some(content) = content else {
            return Err(SourceError::new(at, "feed item has neither content nor summary"));
        };
        let hints = RecordHints {
            url: entry.links.first().map(|l| l.href.clone()),
            outlet: outlet.clone(),
            title: entry.title.map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty()),
            published: entry.published.map(|d| d.to_rfc3339()),
            language: entry.language.or_else(|| language.clone()),
            clean_text: true,
        };
        Ok(RawDocument { origin: at, id: format!("{stem}/{n}"), format: InputFormat::Html, bytes: content.into_bytes(), hints })
    }))
}

fn refuse(origin: String, reason: String) -> Documents {
    Box::new(std::iter::once(Err(SourceError::new(origin, reason))))
}
