//! Containers: JSONL records, WARC responses, RSS/Atom items, uploads.

use std::io::Write;
use std::path::Path;

use concord_model::{InputFormat, RawDocument};
use concord_sources::{from_bytes, read, Options, SourceError};
use flate2::write::GzEncoder;
use flate2::Compression;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_path(path: &Path) -> Vec<Result<RawDocument, SourceError>> {
    read(&[path.display().to_string()], &Options::default()).collect()
}

const JSONL: &str = r#"{"id": "courier-1", "outlet": "The Harbour Courier", "title": "Bridge closed", "published": "2025-03-10", "language": "en-GB", "text": "The old bridge closed on Monday.", "label": "infrastructure"}
{"url": "https://tribune.example/a", "html": "<html><body><p>Council vote</p></body></html>"}
{"title": "broken", "text": "unterminated
"just a string"

{"outlet": "Ledger", "text": "  Rates rose on Tuesday.  "}
{"outlet": "No body here"}
"#;

#[test]
fn jsonl_records_become_documents_and_bad_lines_are_refused_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.jsonl");
    std::fs::write(&path, JSONL).unwrap();
    let out = read_path(&path);
    assert_eq!(out.len(), 6);
    let first = out[0].as_ref().unwrap();
    assert_eq!(first.id, "courier-1");
    assert_eq!(first.format, InputFormat::Text);
    assert!(first.hints.clean_text);
    assert_eq!(first.hints.outlet.as_deref(), Some("The Harbour Courier"));
    assert_eq!(first.hints.published.as_deref(), Some("2025-03-10"));
    assert_eq!(first.hints.language.as_deref(), Some("en-GB"));
    assert_eq!(first.origin, format!("{}:line 1", path.display()));
    assert_eq!(first.bytes, b"The old bridge closed on Monday.");

    let second = out[1].as_ref().unwrap();
    assert_eq!((second.id.as_str(), second.format), ("export/2", InputFormat::Html));
    assert_eq!(second.hints.url.as_deref(), Some("https://tribune.example/a"));
    assert!(!second.hints.clean_text);

    let malformed = out[2].as_ref().unwrap_err();
    assert_eq!(malformed.input, format!("{}:line 3", path.display()));
    assert!(malformed.reason.starts_with("malformed JSON"), "{}", malformed.reason);
    assert_eq!(out[3].as_ref().unwrap_err().reason, "not a JSON object");

    // line 5 is blank: numbering follows lines, ids follow records
    let fifth = out[4].as_ref().unwrap();
    assert_eq!(fifth.origin, format!("{}:line 6", path.display()));
    assert_eq!(fifth.id, "export/5");
    assert_eq!(fifth.bytes, b"Rates rose on Tuesday.");
    assert!(out[5].as_ref().unwrap_err().reason.contains("neither"));
}

#[test]
fn a_jsonl_export_with_a_byte_order_mark_and_crlf_lines_is_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("windows.jsonl");
    std::fs::write(&path, b"\xEF\xBB\xBF{\"text\": \"The pier closed.\"}\r\n{\"text\": \"Ferries resume.\"}\r\n").unwrap();
    let out = read_path(&path);
    let texts: Vec<&[u8]> = out.iter().map(|d| d.as_ref().expect("both lines read").bytes.as_slice()).collect();
    assert_eq!(texts, [b"The pier closed.".as_slice(), b"Ferries resume.".as_slice()]);
}

#[test]
fn gzipped_jsonl_is_read_and_overlong_lines_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dump.jsonl.gz");
    let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(5000));
    let body = format!("{long}{{\"id\": \"short\", \"text\": \"ok\"}}\n");
    std::fs::write(&path, gzip(body.as_bytes())).unwrap();
    let opts = Options { max_bytes: 1000, ..Options::default() };
    let out: Vec<_> = read(&[path.display().to_string()], &opts).collect();
    assert_eq!(out.len(), 2);
    assert!(out[0].as_ref().unwrap_err().reason.contains("longer than 1000"));
    assert_eq!(out[1].as_ref().unwrap().id, "short");
}

fn warc_record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\nWARC-Date: 2025-03-10T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len() * 31 + kind.len(),
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn sample_warc() -> Vec<Vec<u8>> {
    vec![
        warc_record("warcinfo", "", b"software: test\r\n"),
        warc_record("request", "https://news.example/a", b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        warc_record("response", "https://news.example/a", b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Storm update</p></body></html>\n"),
        warc_record("response", "https://news.example/logo.png", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNGDATA"),
        warc_record("response", "https://news.example/gone", b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>"),
        warc_record("response", "https://news.example/b", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n<p>Rat\r\nb\r\nes rose</p>\r\n0\r\n\r\n"),
    ]
}

fn check_warc(out: &[Result<RawDocument, SourceError>], path: &Path) {
    assert_eq!(out.len(), 2, "{out:?}");
    let a = out[0].as_ref().unwrap();
    assert_eq!((a.id.as_str(), a.format), ("crawl/1", InputFormat::Html));
    assert_eq!(a.origin, format!("{}#record 3", path.display()));
    assert_eq!(a.hints.url.as_deref(), Some("https://news.example/a"));
    assert_eq!(a.bytes, b"<html><body><p>Storm update</p></body></html>\n");
    let b = out[1].as_ref().unwrap();
    assert_eq!(b.id, "crawl/2");
    assert_eq!(b.bytes, b"<p>Rates rose</p>");
}

#[test]
fn warc_keeps_only_200_html_responses_without_http_headers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc");
    std::fs::write(&path, sample_warc().concat()).unwrap();
    check_warc(&read_path(&path), &path);
}

#[test]
fn warc_gz_with_one_member_per_record_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc.gz");
    let members: Vec<u8> = sample_warc().iter().flat_map(|r| gzip(r)).collect();
    std::fs::write(&path, members).unwrap();
    check_warc(&read_path(&path), &path);
}

#[test]
fn malformed_warc_ends_with_one_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.warc");
    let mut bytes = sample_warc()[2].clone();
    bytes.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort body");
    std::fs::write(&path, bytes).unwrap();
    let out = read_path(&path);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].as_ref().unwrap().id, "broken/1");
    let err = out[1].as_ref().unwrap_err();
    assert_eq!(err.input, format!("{}#record 2", path.display()));
    assert!(err.reason.starts_with("malformed WARC record"), "{}", err.reason);
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Harbour Wire</title><link>https://wire.example/</link><description>Top</description><language>en-us</language>
  <item><title>Rates rise</title><link>https://wire.example/rates</link>
    <pubDate>Tue, 11 Mar 2025 13:05:00 GMT</pubDate>
    <description><![CDATA[<p>The bank raised rates on Tuesday.</p>]]></description></item>
  <item><title>Storm toll</title><link>https://wire.example/storm</link>
    <description>Twelve people died.</description></item>
  <item><title>Empty</title><link>https://wire.example/empty</link></item>
</channel></rss>
"#;

#[test]
fn rss_items_become_html_documents_with_hints() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("top.xml");
    std::fs::write(&path, RSS).unwrap();
    let out = read_path(&path);
    assert_eq!(out.len(), 3);
    let first = out[0].as_ref().unwrap();
    assert_eq!((first.id.as_str(), first.format), ("top/1", InputFormat::Html));
    assert_eq!(first.origin, format!("{}#record 1", path.display()));
    assert_eq!(first.hints.title.as_deref(), Some("Rates rise"));
    assert_eq!(first.hints.outlet.as_deref(), Some("Harbour Wire"));
    assert_eq!(first.hints.language.as_deref(), Some("en-us"), "the channel's language");
    assert_eq!(first.hints.url.as_deref(), Some("https://wire.example/rates"));
    assert!(first.hints.published.as_deref().unwrap().starts_with("2025-03-11T13:05:00"));
    assert_eq!(first.bytes, b"<p>The bank raised rates on Tuesday.</p>");
    let second = out[1].as_ref().unwrap();
    assert_eq!(second.id, "top/2");
    assert_eq!(second.hints.published, None);
    assert!(out[2].as_ref().unwrap_err().reason.contains("neither content nor summary"));
}

#[test]
fn atom_entries_use_content() {
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:x</id><updated>2025-03-16T09:00:00Z</updated>
<entry><title>Cup final</title><id>urn:e1</id><link href="https://ledger.example/cup"/><published>2025-03-16T09:00:00+01:00</published>
<updated>2025-03-16T10:00:00Z</updated><content type="html">&lt;p&gt;Rovers won 2-1.&lt;/p&gt;</content></entry></feed>"#;
    let docs = from_bytes("ledger.atom", atom.as_bytes().to_vec(), InputFormat::Auto);
    assert_eq!(docs.len(), 1);
    let doc = docs[0].as_ref().unwrap();
    assert_eq!(doc.id, "ledger/1");
    assert_eq!(doc.bytes, b"<p>Rovers won 2-1.</p>");
    assert_eq!(doc.hints.outlet.as_deref(), Some("Ledger"));
    assert!(doc.hints.published.as_deref().unwrap().starts_with("2025-03-16T08:00:00"));
}

#[test]
fn invalid_feeds_are_refused() {
    let docs = from_bytes("bad.rss", b"<rss><channel><title>x</tit".to_vec(), InputFormat::Auto);
    assert_eq!(docs.len(), 1);
    let err = docs[0].as_ref().unwrap_err();
    assert_eq!(err.input, "bad.rss");
    assert!(err.reason.starts_with("not a valid RSS/Atom feed"), "{}", err.reason);
}

#[test]
fn uploads_are_sniffed_by_name_or_forced() {
    let docs = from_bytes("story.html", b"<html><body>x</body></html>".to_vec(), InputFormat::Auto);
    let doc = docs[0].as_ref().unwrap();
    assert_eq!((doc.id.as_str(), doc.format, doc.origin.as_str()), ("story", InputFormat::Html, "story.html"));
    let forced = from_bytes("upload", b"{\"id\": \"j1\", \"text\": \"hello\"}\n".to_vec(), InputFormat::Jsonl);
    assert_eq!(forced[0].as_ref().unwrap().id, "j1");
    let empty = from_bytes("nothing.txt", Vec::new(), InputFormat::Auto);
    assert_eq!(empty[0].as_ref().unwrap_err().reason, "empty file");
}

#[test]
fn big_warc_records_are_skipped_or_cut_and_the_next_ones_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.warc");
    let mut video = b"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n".to_vec();
    video.resize(3 << 20, b'v');
    let mut long_page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    long_page.extend_from_slice(format!("{:x}\r\n", 200_000).as_bytes());
    long_page.resize(long_page.len() + 200_000, b'p');
    long_page.extend_from_slice(b"\r\n0\r\n\r\n");
    let records = [
        warc_record("response", "https://news.example/clip.mp4", &video),
        warc_record("response", "https://news.example/long", &long_page),
        sample_warc()[2].clone(),
    ];
    std::fs::write(&path, records.concat()).unwrap();
    let opts = Options { max_bytes: 1000, ..Options::default() };
    let out: Vec<_> = read(&[path.display().to_string()], &opts).collect();
    assert_eq!(out.len(), 2, "{out:?}");
    let long = out[0].as_ref().unwrap();
    assert_eq!((long.id.as_str(), long.bytes.len()), ("big/1", 1000));
    assert!(long.bytes.iter().all(|&b| b == b'p'));
    let short = out[1].as_ref().unwrap();
    assert_eq!(short.origin, format!("{}#record 3", path.display()));
}

#[test]
fn warc_record_headers_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("headers.warc");
    let mut bytes = b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: ".to_vec();
    bytes.resize(100_000, b'a');
    bytes.extend_from_slice(b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
    std::fs::write(&path, bytes).unwrap();
    let out = read_path(&path);
    assert_eq!(out.len(), 1);
    assert!(out[0].as_ref().unwrap_err().reason.contains("header longer than"), "{out:?}");
}
