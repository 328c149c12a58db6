//! Extraction: find the article(s) inside a raw document.
//!
//! Bytes are decoded ([`decode`]), the format is settled (HTML or plain
//! text), then [`html`] finds the main text and metadata of a page while
//! [`text`] strips boilerplate lines from a text scrape and splits articles
//! glued together; [`interstitial`] refuses bot checks and error pages
//! delivered in an article's place. Metadata delivered with the record ([`RecordHints`]) wins
//! over what is found in the content.

pub mod dates;
pub mod decode;
pub mod eval;
mod html;
mod interstitial;
mod language;
mod paragraphs;
mod text;

use concord_model::{Article, InputFormat, RawDocument, RecordHints};

/// Why a document yielded no article; displays as `input: reason`.
#[derive(Debug, thiserror::Error)]
#[error("{input}: {reason}")]
pub struct ExtractError {
    /// The document's origin.
    pub input: String,
    /// Why.
    pub reason: String,
}

/// The articles found in `doc` (several when articles were glued together).
pub fn extract(doc: &RawDocument) -> Result<Vec<Article>, ExtractError> {
    let fail = |reason: &str| ExtractError { input: doc.origin.clone(), reason: reason.to_string() };
    let decoded = decode::decode(&doc.bytes);
    if decoded.text.trim().is_empty() {
        return Err(fail("empty input (no text to extract)"));
    }
    let mut articles = if doc.hints.clean_text && doc.format == InputFormat::Html && has_markup(&decoded.text) {
        // a feed item's content: all article, but marked up
        vec![text::clean(&html::fragment_text(&decoded.text))]
    } else if doc.hints.clean_text {
        vec![text::clean(&decoded.text)]
    } else {
        match settle_format(doc.format, &decoded.text) {
            InputFormat::Html => vec![html::extract(&decoded.text, doc.hints.url.as_deref())],
            _ => text::extract(&decoded.text),
        }
    };
    let mut refused = None;
    articles.retain(|a| match interstitial::reason(&a.body) {
        Some(reason) => {
            refused = Some(reason);
            false
        }
        None => !a.body.trim().is_empty(),
    });
    if articles.is_empty() {
        return Err(fail(refused.unwrap_or("no article text found")));
    }
    for (n, article) in articles.iter_mut().enumerate() {
        article.id = if n == 0 { doc.id.clone() } else { format!("{}#{}", doc.id, n + 1) };
        article.source = doc.origin.clone();
        article.segment = u32::try_from(n).unwrap_or(u32::MAX);
        // A record's own tag first, then the text, then what a page declares.
        let declared = article.language.take();
        if n == 0 {
            apply_hints(article, &doc.hints);
        }
        if article.language.is_none() {
            article.language = language::detect(&article.body).or(declared);
        }
    }
    Ok(articles)
}

/// `Html` or `Text`: containers never reach here; `Auto` sniffs for markup.
fn settle_format(format: InputFormat, text: &str) -> InputFormat {
    match format {
        InputFormat::Html | InputFormat::Text => format,
        _ if looks_like_html(text) => InputFormat::Html,
        _ => InputFormat::Text,
    }
}

/// True when `text` holds a tag anywhere ("<p>", "</em>", "<!--").
fn has_markup(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// True when the start of `text` is markup (a doctype or common page tags).
fn looks_like_html(text: &str) -> bool {
    let head = paragraphs::prefix(text.trim_start_matches('\u{feff}').trim_start(), 2048).to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || ["<head", "<body", "<meta ", "<title", "<div", "<p>", "<article"].iter().any(|t| head.contains(t))
}

/// Record metadata overrides what extraction found (a date only when it parses).
fn apply_hints(article: &mut Article, hints: &RecordHints) {
    let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    if let Some(url) = given(&hints.url) {
        article.url = Some(url);
    }
    if let Some(outlet) = given(&hints.outlet) {
        article.outlet = Some(outlet);
    }
    if let Some(title) = given(&hints.title) {
        article.title = Some(title);
    }
    if let Some(published) = given(&hints.published).and_then(|p| dates::normalise(&p)) {
        article.published = Some(published);
    }
    if let Some(language) = given(&hints.language).and_then(|l| iso_639_1(&l)) {
        article.language = Some(language);
    }
}

/// The ISO 639-1 code a language tag starts with ("en-GB", "de_AT", "FR"),
/// lowercased; `None` for anything else ("deu", "English").
fn iso_639_1(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?;
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_alphabetic())).then(|| primary.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(format: InputFormat, bytes: &[u8]) -> RawDocument {
        RawDocument {
            origin: "fixtures/x.txt".into(),
            id: "x".into(),
            format,
            bytes: bytes.to_vec(),
            hints: RecordHints::default(),
        }
    }

    #[test]
    fn the_text_tells_the_language_before_the_page_declares_one() {
        let page = |lang: &str, text: &str| {
            let paragraphs = format!("<p>{text}</p>").repeat(4);
            format!("<html lang=\"{lang}\"><head><title>Hafen</title></head><body><article><h1>Hafen</h1>{paragraphs}</article></body></html>")
        };
        let german = "Die Fähre nach Nordholm fährt wieder, nachdem der Sturm in der Nacht zum Montag die Anlegestelle \
                      beschädigt hatte. Der Bürgermeister sagte, die Reparatur sei schneller gelungen als erwartet, \
                      und dankte den Arbeitern, die seit Dienstag ohne Pause an der Mole gearbeitet hätten.";
        assert_eq!(extract(&doc(InputFormat::Html, page("en", german).as_bytes())).unwrap()[0].language.as_deref(), Some("de"), "a template's lang is not the text's");
        assert_eq!(extract(&doc(InputFormat::Html, page("de", "12:40 · 13:10 · 14:05").as_bytes())).unwrap()[0].language.as_deref(), Some("de"));
    }

    #[test]
    fn empty_and_whitespace_input_is_an_error_naming_the_input() {
        for bytes in [&b""[..], b"  \n\t  \n"] {
            let err = extract(&doc(InputFormat::Text, bytes)).expect_err("empty input");
            assert!(err.to_string().starts_with("fixtures/x.txt: "), "{err}");
        }
    }

    #[test]
    fn a_bot_check_in_place_of_an_article_is_refused_with_its_reason() {
        let page = b"<html><body><p>We recorded a huge amount of connections from the IP address you use.</p>\
                     <p>Select I AM NOT A ROBOT to continue.</p></body></html>";
        let err = extract(&doc(InputFormat::Auto, page)).expect_err("a bot check");
        assert_eq!(err.to_string(), "fixtures/x.txt: a bot check or access-denied page, not an article");
    }

    #[test]
    fn sniffs_markup() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("\n  <div class=x><p>Hi</p></div>"));
        assert!(!looks_like_html("Plain headline\n\nA paragraph about 3 < 4."));
    }

    #[test]
    fn hints_override_and_clean_text_is_kept_whole() {
        let mut d = doc(InputFormat::Auto, b"First paragraph of a clean body.\nSecond paragraph.\nRead more");
        d.hints = RecordHints {
            url: Some("https://example.org/a".into()),
            outlet: Some("Example Daily".into()),
            title: Some("Given headline".into()),
            published: Some("Tue, 20 Aug 2024 08:40:00 +0000".into()),
            language: Some("DE-at".into()),
            clean_text: true,
        };
        let a = &extract(&d).expect("article")[0];
        assert_eq!(a.language.as_deref(), Some("de"), "the record's language tag wins over detection");
        assert_eq!(a.title.as_deref(), Some("Given headline"));
        assert_eq!(a.outlet.as_deref(), Some("Example Daily"));
        assert_eq!(a.published.as_deref(), Some("2024-08-20T08:40:00+00:00"));
        assert_eq!(a.body, "First paragraph of a clean body.\n\nSecond paragraph.\n\nRead more");
        assert_eq!((a.id.as_str(), a.source.as_str()), ("x", "fixtures/x.txt"));
    }

    #[test]
    fn a_feed_items_marked_up_content_is_kept_whole_as_text() {
        let html = b"<p>PORT ELLERY &ndash; The pier <em>reopened</em> on Monday.</p><p>Ferries run &amp; the caf\xc3\xa9 is open.</p><script>track()</script>";
        let mut d = doc(InputFormat::Html, html);
        d.hints.clean_text = true;
        let a = &extract(&d).expect("article")[0];
        assert_eq!(a.body, "PORT ELLERY \u{2013} The pier reopened on Monday.\n\nFerries run & the caf\u{e9} is open.");
        // plain text in a feed item stays as it is, a "<" included
        let mut d = doc(InputFormat::Html, b"Rates rose as inflation < 3% seemed out of reach.");
        d.hints.clean_text = true;
        assert_eq!(extract(&d).expect("article")[0].body, "Rates rose as inflation < 3% seemed out of reach.");
    }

    #[test]
    fn a_language_hint_is_kept_only_as_an_iso_639_1_code() {
        assert_eq!(iso_639_1("en-GB").as_deref(), Some("en"));
        assert_eq!(iso_639_1("pt_BR").as_deref(), Some("pt"));
        assert_eq!(iso_639_1("deu"), None);
        assert_eq!(iso_639_1("English"), None);
        assert_eq!(iso_639_1("e1"), None);
    }
}
