//! Turning a `POST /api/ingest` body into raw documents: the format from the
//! `format` parameter or the Content-Type, then one document per JSONL
//! record or one for an HTML or text body.

use concord_model::{InputFormat, RawDocument, RecordHints};
use concord_sources::SourceError;
use serde::Deserialize;

use crate::error::ApiError;

/// Most JSONL records one request may carry.
const MAX_RECORDS: usize = 10_000;

/// The input format asked for, or implied by the Content-Type.
pub fn format_of(param: Option<&str>, content_type: &str) -> Result<InputFormat, ApiError> {
    let ct = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    Ok(match param.unwrap_or("auto") {
        "jsonl" => InputFormat::Jsonl,
        "html" => InputFormat::Html,
        "text" => InputFormat::Text,
        "auto" => match ct.as_str() {
            "application/x-ndjson" | "application/jsonl" | "application/json" | "application/x-jsonlines" => {
                InputFormat::Jsonl
            }
            "text/html" | "application/xhtml+xml" => InputFormat::Html,
            _ => InputFormat::Text,
        },
        other => return Err(ApiError::bad_request(format!("unknown format {other:?} (jsonl, html or text)"))),
    })
}

/// A JSONL record (DESIGN.md: any of id, url, outlet, title, published, text, html).
#[derive(Deserialize)]
struct Record {
    id: Option<String>,
    url: Option<String>,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    language: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// The documents of a request body.
pub fn documents(body: &[u8], format: InputFormat) -> Result<Vec<Result<RawDocument, SourceError>>, ApiError> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S").to_string();
    if format != InputFormat::Jsonl {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(ApiError::bad_request("empty body"));
        }
        return Ok(vec![Ok(RawDocument {
            origin: "POST /api/ingest".into(),
            id: format!("posted-{stamp}"),
            format,
            bytes: body.to_vec(),
            hints: RecordHints::default(),
        })]);
    }
    let text = std::str::from_utf8(body).map_err(|_| ApiError::bad_request("JSONL body is not UTF-8"))?;
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        if docs.len() == MAX_RECORDS {
            return Err(ApiError::bad_request(format!("more than {MAX_RECORDS} records")));
        }
        let origin = format!("POST /api/ingest:line {}", n + 1);
        docs.push(match serde_json::from_str::<Record>(line) {
            Err(e) => Err(SourceError { input: origin, reason: e.to_string() }),
            Ok(r) => {
                let (format, bytes, clean_text) = match (r.html, r.text) {
                    (Some(html), _) => (InputFormat::Html, html.into_bytes(), false),
                    (None, Some(text)) => (InputFormat::Text, text.into_bytes(), true),
                    (None, None) => {
                        docs.push(Err(SourceError { input: origin, reason: "record has neither text nor html".into() }));
                        continue;
                    }
                };
                Ok(RawDocument {
                    id: r.id.unwrap_or_else(|| format!("posted-{stamp}/{}", n + 1)),
                    origin,
                    format,
                    bytes,
                    hints: RecordHints {
                        url: r.url,
                        outlet: r.outlet,
                        title: r.title,
                        published: r.published,
                        language: r.language,
                        clean_text,
                    },
                })
            }
        });
    }
    if docs.is_empty() {
        return Err(ApiError::bad_request("no records"));
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_records_become_documents_with_hints() {
        let body = b"{\"id\":\"a\",\"title\":\"T\",\"text\":\"Body.\"}\n\nnot json\n{\"id\":\"b\"}\n";
        let docs = documents(body, InputFormat::Jsonl).unwrap();
        assert_eq!(docs.len(), 3);
        let a = docs[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.hints.title.as_deref(), a.hints.clean_text), ("a", Some("T"), true));
        assert!(docs[1].is_err() && docs[2].is_err());
        assert!(documents(b"  ", InputFormat::Text).is_err());
        assert_eq!(format_of(None, "text/html; charset=utf-8").unwrap(), InputFormat::Html);
        assert_eq!(format_of(None, "application/x-ndjson").unwrap(), InputFormat::Jsonl);
        assert!(format_of(Some("warc"), "").is_err());
    }
}
