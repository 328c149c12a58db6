//! One input's bytes to documents: gzip unwrapping, size caps, refusal of
//! empty and binary content, format choice, then hand-off to the container
//! readers (JSONL, WARC, feed) or a single page/text document. Every input but
//! JSONL stops at the input cap; JSONL streams record by record, each record
//! bounded by the document cap.

use std::io::{self, BufReader, Cursor, Read};

use concord_model::{InputFormat, RawDocument, RecordHints};
use flate2::read::MultiGzDecoder;

use crate::{archive, feed, jsonl, sniff, Documents, Options, SourceError};

/// Bytes looked at to sniff the format.
const HEAD: usize = 8192;

/// An opened input, not yet read.
pub(crate) struct Source {
    /// Path or URL (errors and `RawDocument::origin` name it).
    pub origin: String,
    /// File name (or last URL segment): extension sniffing and the id stem.
    pub name: String,
    /// The raw bytes, possibly gzipped.
    pub reader: Box<dyn Read>,
    /// A format the transport declared (HTTP `Content-Type`), below `--format`.
    pub declared: Option<InputFormat>,
}

impl Source {
    pub(crate) fn new(origin: &str, name: &str, reader: Box<dyn Read>) -> Self {
        Source { origin: origin.to_string(), name: name.to_string(), reader, declared: None }
    }
}

/// The documents in one input, or the one error that refuses it.
pub(crate) fn documents(source: Source, opts: &Options) -> Documents {
    match open(source, opts) {
        Ok(docs) => docs,
        Err(err) => Box::new(std::iter::once(Err(err))),
    }
}

/// Reads up to `limit` bytes (fewer only at the end of the stream).
pub(crate) fn read_up_to(reader: &mut dyn Read, limit: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader.take(limit as u64).read_to_end(&mut buf)?;
    Ok(buf)
}

/// A one-line reason for a read failure.
pub(crate) fn io_reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => "timed out while reading".to_string(),
        _ => format!("read error: {err}"),
    }
}

/// Cuts `bytes` to `max` bytes, warning that `origin` was truncated.
pub(crate) fn cap(origin: &str, mut bytes: Vec<u8>, max: usize) -> Vec<u8> {
    if bytes.len() > max {
        tracing::warn!(input = origin, max_bytes = max, "document larger than the size cap; truncated");
        bytes.truncate(max);
    }
    bytes
}

/// Names decompression failures so they read as what they are.
struct GzipErrors<R>(R);

impl<R: Read> Read for GzipErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| io::Error::new(e.kind(), format!("truncated or corrupt gzip data ({e})")))
    }
}

/// Stops an input after `left` bytes, warning when there was more.
struct InputCap<R> {
    inner: R,
    left: u64,
    origin: String,
}

impl<R: Read> Read for InputCap<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            if !buf.is_empty() && !self.origin.is_empty() && self.inner.read(&mut [0u8])? > 0 {
                tracing::warn!(input = %self.origin, "input larger than the input size cap; the rest is ignored");
                self.origin.clear(); // warn once
            }
            return Ok(0);
        }
        let allowed = self.left.min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..allowed])?;
        self.left -= n as u64;
        Ok(n)
    }
}

fn open(source: Source, opts: &Options) -> Result<Documents, SourceError> {
    let Source { origin, name, mut reader, declared } = source;
    let refuse = |reason: String| SourceError::new(origin.clone(), reason);
    let magic = read_up_to(&mut reader, 2).map_err(|e| refuse(io_reason(&e)))?;
    let reader: Box<dyn Read> = Box::new(Cursor::new(magic.clone()).chain(reader));
    let mut reader: Box<dyn Read> =
        if sniff::is_gzip(&magic) { Box::new(GzipErrors(MultiGzDecoder::new(reader))) } else { reader };
    let head = read_up_to(&mut reader, HEAD).map_err(|e| refuse(io_reason(&e)))?;
    if head.iter().all(u8::is_ascii_whitespace) && head.len() < HEAD {
        return Err(refuse(if head.is_empty() { "empty file" } else { "empty file (only whitespace)" }.to_string()));
    }
    if let Some(why) = sniff::binary(&head) {
        return Err(refuse(why));
    }
    let format = match opts.format {
        InputFormat::Auto => declared.unwrap_or_else(|| sniff::detect(&name, &head)),
        forced => forced,
    };
    let stem = sniff::stem(&name);
    let body = Cursor::new(head).chain(reader);
    // A JSONL stream is read one record at a time, each bounded by
    // `max_bytes`, so it needs no cap on the whole: it streams to its end.
    let body: Box<dyn Read> = if format == InputFormat::Jsonl {
        Box::new(body)
    } else {
        Box::new(InputCap { inner: body, left: opts.max_input_bytes, origin: origin.clone() })
    };
    Ok(match format {
        InputFormat::Jsonl => jsonl::records(origin, stem, BufReader::new(body), opts.max_bytes),
        InputFormat::Warc => archive::records(origin, stem, BufReader::new(body), opts.max_bytes),
        InputFormat::Feed => feed::items(origin, stem, body, opts.max_bytes),
        InputFormat::Html | InputFormat::Text | InputFormat::Auto => {
            let format = if format == InputFormat::Html { InputFormat::Html } else { InputFormat::Text };
            Box::new(std::iter::once(single(origin, stem, body, format, opts.max_bytes)))
        }
    })
}

/// A whole input as one page or text document.
fn single(origin: String, id: String, mut body: Box<dyn Read>, format: InputFormat, max: usize) -> Result<RawDocument, SourceError> {
    let bytes = read_up_to(&mut body, max.saturating_add(1)).map_err(|e| SourceError::new(origin.clone(), io_reason(&e)))?;
    let bytes = cap(&origin, bytes, max);
    Ok(RawDocument { origin, id, format, bytes, hints: RecordHints::default() })
}
