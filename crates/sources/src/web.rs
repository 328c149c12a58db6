//! http(s) URLs: fetched with a blocking client under a timeout, a redirect
//! limit and a size cap, identifying as concord, and only where the site's
//! robots.txt (read once per host) allows. The response's `Content-Type`
//! decides between page, feed, text and JSONL unless `--format` forces one.

use std::collections::HashMap;
use std::io::Read;

use concord_model::InputFormat;
use texting_robots::Robot;
use url::Url;

use crate::load::{self, read_up_to, Source};
use crate::{Documents, Options, SourceError};

/// Largest robots.txt read.
const MAX_ROBOTS_BYTES: usize = 512 << 10;

/// True when the input names an http(s) URL rather than a path.
pub(crate) fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A client that remembers each host's robots.txt.
pub(crate) struct Fetcher {
    agent: ureq::Agent,
    /// The name robots.txt groups are matched against.
    robot_name: String,
    /// Per `scheme://host:port`: the rules (`None` when the site has none),
    /// or why robots.txt could not be read (then the host is not fetched).
    robots: HashMap<String, Result<Option<Robot>, String>>,
    opts: Options,
}

impl Fetcher {
    pub(crate) fn new(opts: &Options) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(opts.timeout))
            .max_redirects(opts.max_redirects)
            .user_agent(opts.user_agent.as_str())
            .http_status_as_error(false)
            .build();
        let robot_name = opts.user_agent.split(['/', ' ']).next().unwrap_or("concord").to_string();
        Fetcher { agent: config.into(), robot_name, robots: HashMap::new(), opts: opts.clone() }
    }

    /// The documents at `url`, or the error that refuses it.
    pub(crate) fn documents(&mut self, url: &str) -> Documents {
        match self.fetch(url) {
            Ok(source) => load::documents(source, &self.opts),
            Err(reason) => Box::new(std::iter::once(Err(SourceError::new(url, reason)))),
        }
    }

    fn fetch(&mut self, input: &str) -> Result<Source, String> {
        let url = Url::parse(input).map_err(|e| format!("invalid URL ({e})"))?;
        if url.host_str().is_none() {
            return Err("invalid URL (no host)".to_string());
        }
        if !self.allowed(&url)? {
            return Err("disallowed by the site's robots.txt".to_string());
        }
        let response = self.agent.get(url.as_str()).call().map_err(|e| transport_reason(&e))?;
        let status = response.status().as_u16();
        if status != 200 {
            return Err(format!("HTTP status {status}"));
        }
        let declared = response.headers().get("content-type").and_then(|v| v.to_str().ok()).and_then(declared_format);
        let name = url
            .path_segments()
            .and_then(|mut segments| segments.rfind(|s| !s.is_empty()).map(str::to_string))
            .or_else(|| url.host_str().map(str::to_string))
            .unwrap_or_else(|| "page".to_string());
        let reader: Box<dyn Read> = Box::new(response.into_body().into_reader());
        Ok(Source { origin: input.to_string(), name, reader, declared })
    }

    /// Whether robots.txt lets us fetch `url`; fetched once per host.
    fn allowed(&mut self, url: &Url) -> Result<bool, String> {
        let origin = url.origin().ascii_serialization();
        if !self.robots.contains_key(&origin) {
            let rules = self.robots_of(&origin).map_err(|reason| format!("robots.txt unreachable: {reason}"));
            self.robots.insert(origin.clone(), rules);
        }
        match self.robots.get(&origin) {
            Some(Ok(Some(robot))) => Ok(robot.allowed(url.as_str())),
            Some(Err(reason)) => Err(reason.clone()),
            _ => Ok(true),
        }
    }

    /// The rules of one site; `None` when it serves no robots.txt.
    fn robots_of(&self, origin: &str) -> Result<Option<Robot>, String> {
        let response = self.agent.get(format!("{origin}/robots.txt")).call().map_err(|e| transport_reason(&e))?;
        if response.status().as_u16() != 200 {
            return Ok(None);
        }
        let mut reader = response.into_body().into_reader();
        let txt = read_up_to(&mut reader, MAX_ROBOTS_BYTES).map_err(|e| load::io_reason(&e))?;
        Ok(Robot::new(&self.robot_name, &txt).ok())
    }
}

/// The format a `Content-Type` announces, if it announces one.
fn declared_format(content_type: &str) -> Option<InputFormat> {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Some(InputFormat::Html),
        "application/rss+xml" | "application/atom+xml" | "application/rdf+xml" | "application/feed+xml" => Some(InputFormat::Feed),
        "text/plain" => Some(InputFormat::Text),
        "application/x-ndjson" | "application/jsonl" | "application/jsonlines" => Some(InputFormat::Jsonl),
        "application/warc" => Some(InputFormat::Warc),
        _ => None, // text/xml, application/xml, octet-stream...: sniff the bytes
    }
}

/// A one-line reason for a failed request.
fn transport_reason(err: &ureq::Error) -> String {
    match err {
        ureq::Error::Timeout(_) => "timed out".to_string(),
        ureq::Error::TooManyRedirects => "too many redirects".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("httpdocs/a.html"));
        assert!(!is_url("é"));
    }

    #[test]
    fn content_type_decides_the_format() {
        assert_eq!(declared_format("text/html; charset=utf-8"), Some(InputFormat::Html));
        assert_eq!(declared_format("application/rss+xml"), Some(InputFormat::Feed));
        assert_eq!(declared_format("application/xml"), None);
    }
}
