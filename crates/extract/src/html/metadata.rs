//! Page metadata declared in the markup: `<meta>` tags (OpenGraph, article:,
//! Dublin Core, parsely…), `<link rel=canonical>`, `<html lang>` and JSON-LD
//! (`datePublished`, `dateModified`, publisher name). Scans the raw markup
//! (a tag scanner and a few regular expressions): cheap, and independent of
//! the body extractor.

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::dates;

/// Metadata declared by the page itself.
#[derive(Debug, Default, PartialEq)]
pub struct PageMeta {
    /// Headline.
    pub title: Option<String>,
    /// Site name.
    pub outlet: Option<String>,
    /// Author.
    pub byline: Option<String>,
    /// Canonical URL.
    pub canonical: Option<String>,
    /// Publication date, ISO (with time when declared).
    pub published: Option<String>,
    /// Modification date, ISO.
    pub modified: Option<String>,
    /// Declared language (ISO 639-1).
    pub language: Option<String>,
}

const PUBLISHED_KEYS: [&str; 10] = [
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created",
];
const MODIFIED_KEYS: [&str; 4] = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified"];
const OUTLET_KEYS: [&str; 3] = ["og:site_name", "application-name", "publisher"];
const TITLE_KEYS: [&str; 3] = ["og:title", "twitter:title", "headline"];
const AUTHOR_KEYS: [&str; 4] = ["author", "article:author", "parsely-author", "dc.creator"];

/// Reads the metadata of `html`.
pub fn read(html: &str) -> PageMeta {
    let head = head_of(html);
    let meta = meta_tags(head);
    let pick = |keys: &[&str]| keys.iter().find_map(|k| meta.get(*k)).cloned();
    let json_ld = |key: &str| json_ld_string(html, key);
    let date = |keys: &[&str], ld_key: &str| {
        pick(keys).or_else(|| json_ld(ld_key)).and_then(|v| dates::normalise(&v))
    };
    PageMeta {
        title: pick(&TITLE_KEYS),
        outlet: pick(&OUTLET_KEYS).or_else(|| json_ld_publisher(html)),
        byline: pick(&AUTHOR_KEYS).filter(|a| !a.starts_with("http")),
        canonical: canonical(head).or_else(|| meta.get("og:url").cloned()),
        published: date(&PUBLISHED_KEYS, "datePublished"),
        modified: date(&MODIFIED_KEYS, "dateModified"),
        language: html_lang(html),
    }
}

/// The markup up to `</head>` (all of it when there is none); `<meta>` and
/// `<link>` tags outside it are page furniture, not page metadata.
fn head_of(html: &str) -> &str {
    let closes_head = |at: usize| {
        let rest = &html[at + 1..];
        rest.get(..5).is_some_and(|n| n.eq_ignore_ascii_case("/head")) && rest[5..].trim_start().starts_with('>')
    };
    html.match_indices('<').map(|(at, _)| at).find(|&at| closes_head(at)).map_or(html, |at| &html[..at])
}

/// The start tags `<name …>` in `html` (any case; the name followed by
/// whitespace), whole, in order.
fn tags_named<'a>(html: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(rel) = html.get(at..)?.find('<') {
            let lt = at + rel;
            let rest = &html[lt + 1..];
            let named = rest.get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name))
                && rest[name.len()..].starts_with(char::is_whitespace);
            if !named {
                at = lt + 1;
                continue;
            }
            let gt = lt + rest.find('>')? + 1;
            at = gt + 1;
            return Some(&html[lt..=gt]);
        }
        None
    })
}

/// `name`/`property`/`itemprop` → `content` of the `<meta>` tags (first wins, keys lowercased).
fn meta_tags(html: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for tag in tags_named(html, "meta") {
        let attrs = attributes(tag);
        let key = ["property", "name", "itemprop"].iter().find_map(|k| attrs.get(*k));
        if let (Some(key), Some(content)) = (key, attrs.get("content")) {
            let content = content.trim();
            if !content.is_empty() {
                out.entry(key.to_lowercase()).or_insert_with(|| content.to_string());
            }
        }
    }
    out
}

/// Attributes (`name=value`, the value quoted or bare) of one tag, names
/// lowercased, values entity-decoded; a repeated name keeps its last value.
fn attributes(tag: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut at = 0;
    while at < tag.len() {
        match attribute_at(tag, at) {
            Ok((name, value, end)) => {
                out.insert(name.to_lowercase(), decode_entities(value));
                at = end;
            }
            Err(next) => at = next,
        }
    }
    out
}

/// The attribute `(name, value, end)` starting at byte `at` of `tag`, or
/// where to look next (no attribute starts inside a name that failed).
fn attribute_at(tag: &str, at: usize) -> Result<(&str, &str, usize), usize> {
    let is_name = |c: char| c.is_ascii_alphabetic() || matches!(c, '_' | ':' | '.' | '-');
    let rest = &tag[at..];
    let name_len = rest.find(|c: char| !is_name(c)).unwrap_or(rest.len());
    if name_len == 0 {
        return Err(at + rest.chars().next().map_or(1, char::len_utf8));
    }
    let fail = Err(at + name_len);
    let Some(after_eq) = rest[name_len..].trim_start().strip_prefix('=') else { return fail };
    let value_at = after_eq.trim_start();
    let offset = tag.len() - value_at.len();
    let (value, end) = match value_at.chars().next() {
        Some(q @ ('"' | '\'')) => match value_at[1..].find(q) {
            Some(close) => (&value_at[1..=close], offset + close + 2),
            None => return fail,
        },
        Some(_) => {
            let len = value_at.find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '>')).unwrap_or(value_at.len());
            if len == 0 {
                return fail;
            }
            (&value_at[..len], offset + len)
        }
        None => return fail,
    };
    Ok((&rest[..name_len], value, end))
}

fn canonical(html: &str) -> Option<String> {
    tags_named(html, "link").map(attributes).find_map(|attrs| {
        let rel = attrs.get("rel")?;
        let href = attrs.get("href")?;
        (rel.eq_ignore_ascii_case("canonical") && href.starts_with("http")).then(|| href.clone())
    })
}

fn html_lang(html: &str) -> Option<String> {
    let attrs = attributes(tags_named(html, "html").next()?);
    let lang = attrs.get("lang").or(attrs.get("xml:lang"))?;
    let code: String = lang.chars().take_while(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    (code.len() == 2).then_some(code)
}

/// The first JSON-LD string value of `key` (`"datePublished": "…"`).
fn json_ld_string(html: &str, key: &str) -> Option<String> {
    let pattern = format!("\"{key}\"");
    let at = html.find(&pattern)? + pattern.len();
    let rest = html[at..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}

/// The publisher's name in JSON-LD.
fn json_ld_publisher(html: &str) -> Option<String> {
    static PUBLISHER: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r#""publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,100})""#).expect("static regex")
    });
    Some(decode_entities(&PUBLISHER.captures(html)?[1]))
}

/// Decodes the entities common in attribute values.
fn decode_entities(value: &str) -> String {
    if !value.contains('&') {
        return value.to_string();
    }
    static ENTITY: Lazy<Regex> = Lazy::new(|| Regex::new(r"&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});").expect("static regex"));
    ENTITY
        .replace_all(value, |c: &regex::Captures<'_>| {
            let name = &c[1];
            let ch = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                _ if name.starts_with("#x") => u32::from_str_radix(&name[2..], 16).ok().and_then(char::from_u32),
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            ch.map_or_else(|| c[0].to_string(), |ch| ch.to_string())
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html lang="en-GB"><head>
        <meta property="og:site_name" content="The Harbour Gazette">
        <meta property="og:title" content="Ferry strike ends &amp; crews return">
        <meta name="author" content="Ann Lee">
        <meta property="article:published_time" content="2024-03-04T10:15:00+01:00">
        <link rel="canonical" href="https://gazette.example/2024/03/04/ferry">
        <script type="application/ld+json">{"dateModified": "2024-03-05T09:00:00Z"}</script>
        </head><body></body></html>"#;

    #[test]
    fn reads_declared_metadata() {
        let m = read(PAGE);
        assert_eq!(m.outlet.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(m.title.as_deref(), Some("Ferry strike ends & crews return"));
        assert_eq!(m.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(m.published.as_deref(), Some("2024-03-04T10:15:00+01:00"));
        assert_eq!(m.modified.as_deref(), Some("2024-03-05T09:00:00Z"));
        assert_eq!(m.canonical.as_deref(), Some("https://gazette.example/2024/03/04/ferry"));
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn absent_metadata_stays_absent() {
        assert_eq!(read("<html><body><p>Hi</p></body></html>"), PageMeta::default());
    }

    #[test]
    fn attributes_quoted_bare_and_malformed() {
        let a = attributes(r#"<meta NAME=author Content='Ann "A" Lee' data-x="1" h1=x broken="open x=y>"#);
        assert_eq!(a.get("name").map(String::as_str), Some("author"));
        assert_eq!(a.get("content").map(String::as_str), Some(r#"Ann "A" Lee"#));
        assert_eq!(a.get("data-x").map(String::as_str), Some("1"));
        assert_eq!(a.get("h").map(String::as_str), None);
        assert_eq!(a.get("x").map(String::as_str), Some("y"));
        assert_eq!(attributes("<link rel = a rel=b>").get("rel").map(String::as_str), Some("b"));
    }

    #[test]
    fn tags_and_head_end_in_any_case() {
        let html = "<META\tname=a content=b><metadata x=1><meta name=c content=d</HEAD >tail";
        let tags: Vec<&str> = tags_named(html, "meta").collect();
        assert_eq!(tags, vec!["<META\tname=a content=b>", "<meta name=c content=d</HEAD >"]);
        assert_eq!(head_of("<head><title>t</title></head\n><body>"), "<head><title>t</title>");
        assert_eq!(head_of("<body>no head</body>"), "<body>no head</body>");
    }

    #[test]
    fn json_ld_publisher_name() {
        let html = r#"{"publisher": {"@type": "Organization", "name": "Coast Radio"}}"#;
        assert_eq!(json_ld_publisher(html).as_deref(), Some("Coast Radio"));
    }
}
