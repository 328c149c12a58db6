//! WARC archives (plain or gzipped): every `response` record holding an HTTP
//! 200 `text/html` page becomes an HTML document with the HTTP header
//! stripped and the URL from `WARC-Target-URI`. Documents get `STEM/N`, N
//! counting the pages kept from 1; origins say `path#record K`, K counting
//! every record. A malformed record ends the archive with one error.
//!
//! Records are streamed: a record header may hold at most 64 KiB, and of a
//! record's block only what a page needs is kept; the rest (images, video)
//! is skipped without being held in memory.

use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

use concord_model::{InputFormat, RawDocument, RecordHints};
use flate2::read::MultiGzDecoder;
use warc::{RecordType, WarcHeader, WarcReader};

use crate::load::{cap, read_up_to};
use crate::{Documents, SourceError};

/// HTTP headers parsed per response.
const MAX_HTTP_HEADERS: usize = 128;
/// Longest WARC record header.
const MAX_RECORD_HEADER: u64 = 64 << 10;
/// Room kept for the HTTP header on top of the page size cap.
const HTTP_HEADER_ROOM: usize = 64 << 10;

/// The pages in a WARC stream, read record by record.
pub(crate) fn records(origin: String, stem: String, reader: impl BufRead + 'static, max_bytes: usize) -> Documents {
    let left = Rc::new(Cell::new(0));
    let mut input = Budget { inner: reader, left: left.clone() };
    let keep = max_bytes.saturating_add(HTTP_HEADER_ROOM);
    let mut record_no = 0usize;
    let mut pages = 0usize;
    let mut done = false;
    Box::new(std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        record_no += 1;
        let at = format!("{origin}#record {record_no}");
        let entry = match next_record(&mut input, &left, keep) {
            Ok(Some(entry)) => entry,
            Ok(None) => return None,
            Err(reason) => {
                done = true;
                return Some(Err(SourceError::new(at, reason)));
            }
        };
        if !entry.is_response {
            continue;
        }
        let page = match http_page(&entry.block, entry.complete, max_bytes) {
            Ok(Some(page)) => page,
            Ok(None) => continue,
            Err(reason) => return Some(Err(SourceError::new(at, reason))),
        };
        pages += 1;
        let hints = RecordHints { url: entry.url, ..RecordHints::default() };
        let bytes = cap(&at, page, max_bytes);
        return Some(Ok(RawDocument { origin: at, id: format!("{stem}/{pages}"), format: InputFormat::Html, bytes, hints }));
    }))
}

/// One record, as far as pages are concerned.
struct Entry {
    is_response: bool,
    url: Option<String>,
    /// The start of the record's block (empty unless a response).
    block: Vec<u8>,
    /// Whether `block` is the whole block.
    complete: bool,
}

/// Reads the next record (`None` at the end of the archive), keeping at most
/// `keep` bytes of a response's block and skipping the rest.
fn next_record<R: BufRead>(input: &mut Budget<R>, left: &Cell<u64>, keep: usize) -> Result<Option<Entry>, String> {
    left.set(MAX_RECORD_HEADER);
    let entry = {
        let mut archive = WarcReader::new(&mut *input);
        let mut stream = archive.stream_records();
        let mut record = match stream.next_item() {
            None if left.get() == 0 => return Err(format!("WARC record header longer than {MAX_RECORD_HEADER} bytes")),
            None => return Ok(None),
            Some(Err(err)) => return Err(format!("malformed WARC record ({err})")),
            Some(Ok(record)) => record,
        };
        let length = record.content_length();
        left.set(length);
        let is_response = record.warc_type() == &RecordType::Response;
        let url = record.header(WarcHeader::TargetURI).map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        let block = if is_response {
            read_up_to(&mut record, keep).map_err(|e| format!("malformed WARC record ({e})"))?
        } else {
            Vec::new()
        };
        let complete = block.len() as u64 == length;
        Entry { is_response, url, block, complete }
    };
    io::copy(input, &mut io::sink()).map_err(|e| format!("malformed WARC record ({e})"))?;
    if left.get() > 0 {
        return Err("malformed WARC record (archive ends inside the record)".to_string());
    }
    left.set(4);
    let mut end = [0u8; 4];
    match input.read_exact(&mut end) {
        Ok(()) if &end == b"\r\n\r\n" => Ok(Some(entry)),
        _ => Err("malformed WARC record (block not followed by CRLF CRLF)".to_string()),
    }
}

/// A reader that yields at most `left` more bytes; the count is shared so it
/// can be reset while the WARC reader borrows this.
struct Budget<R> {
    inner: R,
    left: Rc<Cell<u64>>,
}

impl<R: Read> Read for Budget<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let allowed = self.left.get().min(buf.len() as u64) as usize;
        if allowed == 0 {
            return Ok(0);
        }
        let n = self.inner.read(&mut buf[..allowed])?;
        self.left.set(self.left.get() - n as u64);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Budget<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        let left = self.left.get();
        if left == 0 {
            return Ok(&[]);
        }
        let buf = self.inner.fill_buf()?;
        Ok(&buf[..buf.len().min(left as usize)])
    }

    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt);
        self.left.set(self.left.get().saturating_sub(amt as u64));
    }
}

/// The HTML payload of an HTTP response, `None` when it is not a 200
/// `text/html` page.
/// `complete` is false when `raw` is only the start of a larger block.
fn http_page(raw: &[u8], complete: bool, max_bytes: usize) -> Result<Option<Vec<u8>>, String> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HTTP_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let header_len = match response.parse(raw) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) => return Err("truncated HTTP header in response record".to_string()),
        Err(err) => return Err(format!("malformed HTTP response ({err})")),
    };
    if response.code != Some(200) {
        return Ok(None);
    }
    let header = |name: &str| {
        response.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)).map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
    };
    let is_html = header("content-type").is_some_and(|ct| ct.contains("text/html") || ct.contains("application/xhtml"));
    if !is_html {
        return Ok(None);
    }
    let payload = raw.get(header_len..).unwrap_or_default();
    let payload = match header("transfer-encoding") {
        Some(te) if te.contains("chunked") => dechunk(payload, complete).ok_or("malformed chunked HTTP body")?,
        _ => payload.to_vec(),
    };
    match header("content-encoding") {
        Some(ce) if ce.contains("gzip") => read_up_to(&mut MultiGzDecoder::new(payload.as_slice()), max_bytes.saturating_add(1))
            .map(Some)
            .map_err(|e| format!("truncated or corrupt gzip body ({e})")),
        _ => Ok(Some(payload)),
    }
}

/// Joins the chunks of a `Transfer-Encoding: chunked` body; an incomplete
/// body gives what its first chunks hold.
fn dechunk(mut body: &[u8], complete: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") else {
            return (!complete).then_some(out);
        };
        let size_field = std::str::from_utf8(body.get(..line_end)?).ok()?;
        let size = usize::from_str_radix(size_field.split(';').next()?.trim(), 16).ok()?;
        body = body.get(line_end + 2..)?;
        if size == 0 {
            return Some(out);
        }
        if body.len() < size && !complete {
            out.extend_from_slice(body);
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body.strip_prefix(b"\r\n").unwrap_or(body);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined_and_bad_ones_refused() {
        assert_eq!(dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n", true).as_deref(), Some(&b"hello world"[..]));
        assert_eq!(dechunk(b"ff\r\nshort", true), None);
        assert_eq!(dechunk(b"ff\r\nshort", false).as_deref(), Some(&b"short"[..]));
        assert_eq!(dechunk(b"zz\r\n", true), None);
    }

    #[test]
    fn only_200_html_responses_are_pages() {
        let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>hi</html>";
        assert_eq!(http_page(page, true, 100).unwrap().as_deref(), Some(&b"<html>hi</html>"[..]));
        let missing = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>no</html>";
        assert_eq!(http_page(missing, true, 100).unwrap(), None);
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        assert_eq!(http_page(image, true, 100).unwrap(), None);
        assert!(http_page(b"GARBAGE\r\n\r\n", true, 100).is_err());
    }
}
