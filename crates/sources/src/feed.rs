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
        Err(err) => match as_rss2(&bytes).and_then(|b| parser.parse(b.as_slice()).ok()) {
            Some(feed) => feed,
            None => return refuse(origin, format!("not a valid RSS/Atom feed ({err})")),
        },
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

/// The feed with its `<rss>` root marked version 2.0, for feeds whose root
/// gives no version or one feed-rs does not know ("2.01", "0.93"), which it
/// refuses outright; RSS 2.0 reads the elements all of them share. `None`
/// when the text has no `<rss>` tag.
fn as_rss2(bytes: &[u8]) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let start = text.find("<rss")? + "<rss".len();
    if !text[start..].starts_with(|c: char| c.is_whitespace() || c == '>') {
        return None;
    }
    let end = start + text[start..].find('>')?;
    let attributes = without_attribute(&text[start..end], "version");
    Some(format!("{}<rss version=\"2.0\"{attributes}{}", &text[..start - "<rss".len()], &text[end..]).into_bytes())
}

/// A start tag's attributes without `name="…"` (or `name='…'`).
fn without_attribute(attributes: &str, name: &str) -> String {
    let found = attributes.match_indices(name).find(|(at, _)| attributes[..*at].ends_with(char::is_whitespace));
    let value = found.and_then(|(at, _)| {
        let rest = attributes[at + name.len()..].trim_start().strip_prefix('=')?.trim_start();
        let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
        let close = rest[1..].find(quote)?;
        Some((at, attributes.len() - rest.len() + close + 2))
    });
    match value {
        Some((from, to)) => format!("{}{}", attributes[..from].trim_end(), &attributes[to..]),
        None => attributes.to_string(),
    }
}

fn refuse(origin: String, reason: String) -> Documents {
    Box::new(std::iter::once(Err(SourceError::new(origin, reason))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_rss_root_without_a_known_version_is_read_as_rss_2() {
        let fixed = |feed: &str| as_rss2(feed.as_bytes()).map(|b| String::from_utf8(b).unwrap());
        assert_eq!(fixed("<rss><channel/></rss>").as_deref(), Some("<rss version=\"2.0\"><channel/></rss>"));
        assert_eq!(
            fixed("<?xml version=\"1.0\"?>\n<rss version='2.01' xmlns:dc=\"x\"><channel/></rss>").as_deref(),
            Some("<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:dc=\"x\"><channel/></rss>")
        );
        assert_eq!(fixed("<rssx><channel/></rssx>"), None);
        assert_eq!(fixed("<feed/>"), None);
    }
}
