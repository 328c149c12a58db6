//! The main text of a page: trafilatura's extraction, judged against
//! readability (dom_smoothie) when trafilatura finds little.

use trafilatura::{ExtractionFocus, Options};

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
    /// Language of the text (ISO 639-1).
    pub language: Option<String>,
}

/// Extracts the main text of `html`.
pub fn main_text(html: &str, url: Option<&str>) -> MainText {
    let mut opts = Options::default().with_focus(ExtractionFocus::Balanced).with_fallback(std::env::var("FB").is_ok()).with_exclude_comments(true);
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
                language: non_empty(meta.language),
            }
        }
        Err(_) => MainText::default(),
    }
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}
