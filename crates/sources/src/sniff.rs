//! Format sniffing and refusal of non-text content, from a name and the
//! first bytes; also the id stem of a name.

use concord_model::InputFormat;

/// Magic numbers of common binary formats that are never articles.
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7FELF", "executable"),
    (b"BZh", "bzip2 data"),
    (b"\xFD7zXZ", "xz data"),
    (b"7z\xBC\xAF", "7-Zip archive"),
    (b"\x28\xB5\x2F\xFD", "zstd data"),
    (b"SQLite format 3", "SQLite database"),
];

/// The id stem of a file name: the name with every extension stripped
/// (`x.html.gz` -> `x`); the whole name when nothing would remain.
pub(crate) fn stem(name: &str) -> String {
    match name.split_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name.to_string(),
    }
}

/// True when the bytes open a gzip stream.
pub(crate) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// Why these first bytes are not text, if they are not.
pub(crate) fn binary(head: &[u8]) -> Option<String> {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return None; // UTF-16 text with a byte-order mark; extraction decodes it
    }
    if let Some((_, what)) = BINARY_MAGIC.iter().find(|(magic, _)| head.starts_with(magic)) {
        return Some(format!("binary file ({what}), not text"));
    }
    if head.contains(&0) {
        return Some("binary file (NUL bytes), not text".to_string());
    }
    None
}

/// The format of an input: by extension when it names one, else by content.
pub(crate) fn detect(name: &str, head: &[u8]) -> InputFormat {
    let lower = name.to_ascii_lowercase();
    let name = lower.strip_suffix(".gz").unwrap_or(&lower);
    let ext = name.rsplit_once('.').map_or("", |(_, ext)| ext);
    match ext {
        "html" | "htm" | "xhtml" | "shtml" => InputFormat::Html,
        "txt" | "text" => InputFormat::Text,
        "jsonl" | "ndjson" => InputFormat::Jsonl,
        "warc" => InputFormat::Warc,
        "rss" | "atom" => InputFormat::Feed,
        _ => by_content(head),
    }
}

/// The format the first bytes look like.
fn by_content(head: &[u8]) -> InputFormat {
    let start = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = &start[start.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(start.len())..];
    let lower: Vec<u8> = start.iter().take(2048).map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if lower.starts_with(b"warc/") {
        InputFormat::Warc
    } else if lower.starts_with(b"<rss") || lower.starts_with(b"<feed") || lower.starts_with(b"<rdf:rdf") {
        InputFormat::Feed
    } else if lower.starts_with(b"<?xml") {
        if has(b"<html") { InputFormat::Html } else { InputFormat::Feed }
    } else if lower.starts_with(b"{") {
        InputFormat::Jsonl
    } else if lower.starts_with(b"<") || has(b"<html") || has(b"<body") || has(b"<!doctype html") {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_strips_every_extension() {
        assert_eq!(stem("x.html.gz"), "x");
        assert_eq!(stem("000_7b11.txt"), "000_7b11");
        assert_eq!(stem("plain"), "plain");
        assert_eq!(stem(".hidden"), ".hidden");
    }

    #[test]
    fn extension_wins_then_content() {
        assert_eq!(detect("a.txt", b"<html>"), InputFormat::Text);
        assert_eq!(detect("a.html.gz", b"hello"), InputFormat::Html);
        assert_eq!(detect("a.warc.gz", b""), InputFormat::Warc);
        assert_eq!(detect("a", b"WARC/1.0\r\n"), InputFormat::Warc);
        assert_eq!(detect("a.xml", b"<?xml version=\"1.0\"?>\n<rss>"), InputFormat::Feed);
        assert_eq!(detect("feed", b"  <feed xmlns=\"http://www.w3.org/2005/Atom\">"), InputFormat::Feed);
        assert_eq!(detect("a.json", b"{\"id\": 1}\n{\"id\": 2}"), InputFormat::Jsonl);
        assert_eq!(detect("page", b"\xEF\xBB\xBF<!DOCTYPE html><html>"), InputFormat::Html);
        assert_eq!(detect("notes", b"Breaking 12:45 Something happened"), InputFormat::Text);
    }

    #[test]
    fn binary_content_is_named() {
        assert_eq!(binary(b"%PDF-1.7 ...").as_deref(), Some("binary file (PDF), not text"));
        assert!(binary(b"abc\0def").is_some());
        assert!(binary(b"\xFF\xFEa\0b\0").is_none());
        assert!(binary("plain text, café".as_bytes()).is_none());
    }
}
