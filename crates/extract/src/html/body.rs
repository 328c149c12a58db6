//! The main text of a page: trafilatura's extraction (without its own
//! fallbacks), checked against the page's paragraph markup. When it looks
//! wrong there (far shorter than the text in the `<p>` elements, or a page
//! with hardly any `<p>` text at all), readability (dom_smoothie) is run too,
//! and its text wins when the two disagree by more than half. Running
//! trafilatura's fallbacks on every page halves the speed for a worse result.

use once_cell::sync::Lazy;
use regex::Regex;
use trafilatura::{ExtractionFocus, Options};

/// A paragraph shorter than this (chars) is not counted as article prose.
const MIN_PARAGRAPH_CHARS: usize = 60;
/// Below this much `<p>` prose the markup says nothing about the article.
const MIN_MARKUP_PROSE: usize = 200;
/// An extraction shorter than this share of the `<p>` prose missed part of the article.
const MIN_SHARE_OF_PROSE: f64 = 0.5;

/// What the body extractor found.
#[derive(Debug, Default)]
pub struct MainText {
    /// Paragraph text, one paragraph a line.
    pub text: String,
    /// Title as the extractor saw it.
    pub title: Option<String>,
    /// Author as the extractor saw it.
    pub byline: Option<String>,
    /// Publication date (htmldate logic), ISO.
    pub date: Option<String>,
}

/// Extracts the main text of `html`.
pub fn main_text(html: &str, url: Option<&str>) -> MainText {
    let fast = run(html, url);
    let prose = markup_prose_chars(html);
    let found = fast.text.chars().count();
    if prose >= MIN_MARKUP_PROSE && (found as f64) >= MIN_SHARE_OF_PROSE * prose as f64 {
        return fast;
    }
    match readability(html, url) {
        Some(text) if disagree(found, text.chars().count()) => MainText { text, ..fast },
        _ => fast,
    }
}

/// True when two extractions differ in length by more than half: one of
/// them missed part of the article or took in the page around it.
fn disagree(a: usize, b: usize) -> bool {
    let (short, long) = (a.min(b) as f64, a.max(b) as f64);
    long > 1.5 * short
}

/// The main text as readability (dom_smoothie) sees it, when it finds some.
fn readability(html: &str, url: Option<&str>) -> Option<String> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let article = dom_smoothie::Readability::new(html, url, Some(cfg)).ok()?.parse().ok()?;
    let text = article.text_content.to_string();
    (text.chars().count() >= MIN_MARKUP_PROSE).then_some(text)
}

/// One trafilatura run (its own fallback extractors off: see the module doc).
fn run(html: &str, url: Option<&str>) -> MainText {
    // The language is told from the text kept, once, by `crate::language`.
    let mut opts = Options::default()
        .with_focus(ExtractionFocus::Balanced)
        .with_exclude_comments(true)
        .with_text_only(true)
        .with_skip_language(true);
    if let Some(parsed) = url.and_then(|u| url::Url::parse(u).ok()) {
        opts = opts.with_url(parsed);
    }
    match trafilatura::extract(html, &opts) {
        Ok(result) => {
            let meta = result.metadata;
            MainText {
                text: result.content_text,
                title: non_empty(meta.title),
                byline: non_empty(meta.author),
                date: meta.date.map(|d| d.format("%Y-%m-%d").to_string()),
            }
        }
        Err(_) => MainText::default(),
    }
}

/// Characters of prose in the page's `<p>` elements (tags stripped, short ones skipped).
fn markup_prose_chars(html: &str) -> usize {
    static PARAGRAPH_START: Lazy<Regex> = Lazy::new(|| Regex::new(r"(?i)<p[\s>]").expect("static regex"));
    PARAGRAPH_START
        .find_iter(html)
        .map(|m| paragraph_chars(&html[m.start() + 2..]))
        .filter(|&n| n >= MIN_PARAGRAPH_CHARS)
        .sum()
}

/// Characters outside tags from the rest of a `<p` tag up to `</p` (or the
/// next `<p`), whitespace runs counted once.
fn paragraph_chars(markup: &str) -> usize {
    let bytes = markup.as_bytes();
    let (mut in_tag, mut last_space, mut n) = (true, true, 0);
    for (i, c) in markup.char_indices() {
        match c {
            '<' => {
                let next = bytes.get(i + 1..i + 3).unwrap_or_default();
                let ends = matches!(next, [b'/', b'p' | b'P']) || matches!(next, [b'p' | b'P', _]);
                let boundary = bytes.get(i + 2 + usize::from(next.first() == Some(&b'/'))).is_none_or(|b| !b.is_ascii_alphanumeric());
                if ends && boundary {
                    break;
                }
                in_tag = true;
            }
            '>' => in_tag = false,
            _ if in_tag => {}
            c if c.is_whitespace() => {
                n += usize::from(!last_space);
                last_space = true;
            }
            _ => {
                n += 1;
                last_space = false;
            }
        }
    }
    n
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_counts_long_paragraphs_only() {
        let long = "word ".repeat(20);
        let html = format!("<p class=x>{long}</p><p>short</p><P>{long}<a href=y>link</a></P>");
        assert_eq!(markup_prose_chars(&html), 100 + 104);
        assert_eq!(paragraph_chars(" class=x>a  <b>b</b>\n c</p>tail"), 5);
        assert_eq!(paragraph_chars(">a <pre>b</pre> c<p>next"), 5);
    }

    #[test]
    fn disagreement_is_a_length_gap_over_half() {
        assert!(disagree(1000, 1600) && disagree(1600, 1000));
        assert!(!disagree(1000, 1400));
    }

    #[test]
    fn extracts_the_article_paragraphs() {
        let para = "The harbour authority said on Tuesday that ferries would run again from Friday after repairs to the pier were finished ahead of schedule. ";
        let html = format!(
            "<html><head><title>Ferries return</title></head><body><nav><a href=/>Home</a></nav>\
             <article><h1>Ferries return</h1><p>{para}</p><p>{para}</p><p>{para}</p></article>\
             <footer>Contact us</footer></body></html>"
        );
        let main = main_text(&html, None);
        assert!(main.text.contains("ferries would run again"));
        assert!(!main.text.contains("Contact us"));
    }
}
