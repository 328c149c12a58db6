//! HTML pages: main text via trafilatura (readability as a fallback judge),
//! metadata from `<meta>`, JSON-LD and the URL.

mod body;
mod flat;
mod metadata;
mod prune;

use concord_model::Article;

use crate::paragraphs;

/// Extracts the article of an HTML page (`url` is the page URL when known).
pub fn extract(html: &str, url: Option<&str>) -> Article {
    let html = prune::prune(html);
    if flat::too_deep(&html) {
        let mut article = crate::text::clean(&flat::to_text(&html));
        article.url = url.map(str::to_string);
        return article;
    }
    let page = metadata::read(&html);
    let main = body::main_text(&html, url);
    let (body, dropped) = drop_boilerplate(&paragraphs::normalise(&main.text));
    let published = agree_on_date(page.published, main.date);
    let (dateline, credit) = crate::text::opening_dateline(&body);
    Article {
        outlet: page.outlet.or(credit),
        url: page.canonical.or_else(|| url.map(str::to_string)),
        title: main.title.or(page.title),
        published,
        modified: page.modified,
        // what the page declares; `crate::extract` lets the text decide first
        language: page.language,
        byline: main.byline.or(page.byline),
        dateline,
        body,
        dropped,
        ..Default::default()
    }
}

/// The text of an HTML fragment that is all article (a feed item's
/// content): scripts and the like pruned, tags stripped, block elements as
/// line breaks, entities decoded. Nothing is judged boilerplate.
pub fn fragment_text(html: &str) -> String {
    flat::to_text(&prune::prune(html))
}

/// The body without whole paragraphs that are boilerplate by the plain-text
/// rules (share and subscribe labels, cookie notices, comment forms…), and those.
fn drop_boilerplate(body: &str) -> (String, Vec<String>) {
    let (dropped, kept): (Vec<&str>, Vec<&str>) =
        body.split("\n\n").partition(|p| crate::text::boilerplate::line_reason(p).is_some());
    (kept.join("\n\n"), dropped.into_iter().map(str::to_string).collect())
}

/// The declared publication date (it may carry a time) when it agrees with
/// the one htmldate's logic settled on, else htmldate's.
fn agree_on_date(declared: Option<String>, settled: Option<String>) -> Option<String> {
    match (declared, settled) {
        (Some(d), Some(s)) if d.starts_with(&s) => Some(d),
        (_, Some(s)) => Some(s),
        (d, None) => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_paragraphs_are_moved_to_dropped() {
        let (body, dropped) = drop_boilerplate("The pier reopened on Monday.\n\nSUBSCRIBE\n\nFerries resume on Friday.");
        assert_eq!(body, "The pier reopened on Monday.\n\nFerries resume on Friday.");
        assert_eq!(dropped, vec!["SUBSCRIBE"]);
    }

    #[test]
    fn declared_time_is_kept_when_the_day_agrees() {
        let declared = Some("2024-03-04T10:15:00+01:00".to_string());
        assert_eq!(agree_on_date(declared.clone(), Some("2024-03-04".into())), declared);
        assert_eq!(agree_on_date(declared.clone(), Some("2024-03-01".into())).as_deref(), Some("2024-03-01"));
        assert_eq!(agree_on_date(declared.clone(), None), declared);
    }
}
