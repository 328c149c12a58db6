//! WARC archives (plain or gzipped): every `response` record holding an HTTP
//! 200 `text/html` page becomes an HTML document with the HTTP header
//! stripped and the URL from `WARC-Target-URI`. Documents get `STEM/N`, N
//! counting the pages kept from 1; origins say `path#record K`, K counting
//! every record. A malformed record ends the archive with one error.

use std::io::BufRead;

use concord_model::{InputFormat, RawDocument, RecordHints};
use flate2::read::MultiGzDecoder;
use warc::{RecordType, WarcHeader, WarcReader};

use crate::load::{cap, read_up_to};
use crate::{Documents, SourceError};

/// HTTP headers parsed per response.
const MAX_HTTP_HEADERS: usize = 128;

/// The pages in a WARC stream, read record by record.
pub(crate) fn records(origin: String, stem: String, reader: impl BufRead + 'static, max_bytes: usize) -> Documents {
    let mut records = WarcReader::new(reader).iter_records();
    let mut record_no = 0usize;
    let mut pages = 0usize;
    let mut failed = false;
    Box::new(std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        record_no += 1;
        let at = format!("{origin}#record {record_no}");
        let record = match records.next()? {
            Ok(record) => record,
            Err(err) => {
                failed = true;
                return Some(Err(SourceError::new(at, format!("malformed WARC record ({err})"))));
            }
        };
        if record.warc_type() != &RecordType::Response {
            continue;
        }
        let page = match http_page(record.body(), max_bytes) {
            Ok(Some(page)) => page,
            Ok(None) => continue,
            Err(reason) => return Some(Err(SourceError::new(at, reason))),
        };
        pages += 1;
        let url = record.header(WarcHeader::TargetURI).map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        let hints = RecordHints { url, ..RecordHints::default() };
        let bytes = cap(&at, page, max_bytes);
        return Some(Ok(RawDocument { origin: at, id: format!("{stem}/{pages}"), format: InputFormat::Html, bytes, hints }));
    }))
}

/// The HTML payload of an HTTP response, `None` when it is not a 200
/// `text/html` page.
fn http_page(raw: &[u8], max_bytes: usize) -> Result<Option<Vec<u8>>, String> {
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
        Some(te) if te.contains("chunked") => dechunk(payload).ok_or("malformed chunked HTTP body")?,
        _ => payload.to_vec(),
    };
    match header("content-encoding") {
        Some(ce) if ce.contains("gzip") => read_up_to(&mut MultiGzDecoder::new(payload.as_slice()), max_bytes.saturating_add(1))
            .map(Some)
            .map_err(|e| format!("truncated or corrupt gzip body ({e})")),
        _ => Ok(Some(payload)),
    }
}

/// Joins the chunks of a `Transfer-Encoding: chunked` body.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = body.windows(2).position(|w| w == b"\r\n")?;
        let size_field = std::str::from_utf8(body.get(..line_end)?).ok()?;
        let size = usize::from_str_radix(size_field.split(';').next()?.trim(), 16).ok()?;
        body = body.get(line_end + 2..)?;
        if size == 0 {
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
        assert_eq!(dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n").as_deref(), Some(&b"hello world"[..]));
        assert_eq!(dechunk(b"ff\r\nshort"), None);
        assert_eq!(dechunk(b"zz\r\n"), None);
    }

    #[test]
    fn only_200_html_responses_are_pages() {
        let page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html>hi</html>";
        assert_eq!(http_page(page, 100).unwrap().as_deref(), Some(&b"<html>hi</html>"[..]));
        let missing = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>no</html>";
        assert_eq!(http_page(missing, 100).unwrap(), None);
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        assert_eq!(http_page(image, 100).unwrap(), None);
        assert!(http_page(b"GARBAGE\r\n\r\n", 100).is_err());
    }
}
