//! JSONL inputs: one JSON object per line with any of `id`, `url`, `outlet`,
//! `title`, `published`, `language`, `text`, `html` (other fields are ignored). `html`
//! makes an HTML document; otherwise `text` makes a clean-text one. A record
//! without `id` gets `STEM/N`, N counting non-blank lines from 1; a bad line
//! is refused as `path:line N` and reading goes on.

use std::io::{self, BufRead, Read};

use concord_model::{InputFormat, RawDocument, RecordHints};
use serde_json::{Map, Value};

use crate::load::io_reason;
use crate::{Documents, SourceError};

/// The documents in a JSONL stream, read line by line.
pub(crate) fn records(origin: String, stem: String, mut reader: impl BufRead + 'static, max_line: usize) -> Documents {
    let mut line_no = 0usize;
    let mut ordinal = 0usize;
    let mut buf = Vec::new();
    let mut failed = false;
    Box::new(std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        let overlong = match read_line(&mut reader, max_line, &mut buf) {
            Ok(None) => return None,
            Ok(Some(overlong)) => overlong,
            Err(err) => {
                failed = true;
                return Some(Err(SourceError::new(format!("{origin}:line {}", line_no + 1), io_reason(&err))));
            }
        };
        line_no += 1;
        // A byte-order mark (as Windows tools write one) opens the first line.
        if line_no == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
            buf.drain(..3);
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        ordinal += 1;
        let at = format!("{origin}:line {line_no}");
        if overlong {
            return Some(Err(SourceError::new(at, format!("line longer than {max_line} bytes"))));
        }
        return Some(record(&buf, at, || format!("{stem}/{ordinal}")));
    }))
}

/// Reads one line into `buf` (at most `max + 1` bytes kept, the rest of an
/// over-long line skipped). `None` at the end; `Some(true)` when over-long.
fn read_line(reader: &mut impl BufRead, max: usize, buf: &mut Vec<u8>) -> io::Result<Option<bool>> {
    buf.clear();
    let n = (&mut *reader).take(max as u64 + 1).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') || buf.len() <= max {
        return Ok(Some(false));
    }
    let mut rest = Vec::new();
    loop {
        rest.clear();
        let k = (&mut *reader).take(1 << 16).read_until(b'\n', &mut rest)?;
        if k == 0 || rest.last() == Some(&b'\n') {
            return Ok(Some(true));
        }
    }
}

/// One line's document.
fn record(line: &[u8], at: String, default_id: impl FnOnce() -> String) -> Result<RawDocument, SourceError> {
    let value: Value = serde_json::from_slice(line).map_err(|e| SourceError::new(at.clone(), format!("malformed JSON ({e})")))?;
    let Value::Object(obj) = value else {
        return Err(SourceError::new(at, "not a JSON object"));
    };
    let (format, content, clean_text) = match (field(&obj, "html"), field(&obj, "text")) {
        (Some(html), _) => (InputFormat::Html, html, false),
        (None, Some(text)) => (InputFormat::Text, text, true),
        (None, None) => return Err(SourceError::new(at, "record has neither `text` nor `html`")),
    };
    let hints = RecordHints {
        url: field(&obj, "url"),
        outlet: field(&obj, "outlet"),
        title: field(&obj, "title"),
        published: field(&obj, "published"),
        language: field(&obj, "language"),
        clean_text,
    };
    let id = field(&obj, "id").unwrap_or_else(default_id);
    Ok(RawDocument { origin: at, id, format, bytes: content.into_bytes(), hints })
}

/// A non-blank string (or number) field.
fn field(obj: &Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
