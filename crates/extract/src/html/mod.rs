//! HTML pages: main text via trafilatura (readability as a fallback judge),
//! metadata from `<meta>`, JSON-LD and the URL.

mod body;
mod metadata;
mod prune;

use concord_model::Article;

use crate::paragraphs;

/// Extracts the article of an HTML page (`url` is the page URL when known).
pub fn extract(html: &str, url: Option<&str>) -> Article {
    let html = prune::prune(html);
    let page = metadata::read(&html);
    let main = body::main_text(&html, url);
    let body = paragraphs::normalise(&main.text);
    let published = page.published.clone().or(main.date);
    let language = main.language.or(page.language);
    Article {
        outlet: page.outlet,
        url: page.canonical.or_else(|| url.map(str::to_string)),
        title: page.title.or(main.title),
        published,
        modified: page.modified,
        language,
        byline: page.byline.or(main.byline),
        body,
        ..Default::default()
    }
}
