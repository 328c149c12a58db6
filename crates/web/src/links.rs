//! URLs of the UI's pages, with ids percent-encoded so that `#` (glued
//! articles) and other reserved characters survive, while `/` in container
//! ids (`feed/3`) stays a path separator.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but unreserved characters and `/` is encoded.
const PATH_ID: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');

/// Everything but unreserved characters is encoded (query values, single segments).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// An id for a wildcard path segment.
pub fn path_id(id: &str) -> String {
    // A leading `/` or `.`-segment would change the route; encode those too.
    let encoded = utf8_percent_encode(id, PATH_ID).to_string();
    encoded
        .split('/')
        .map(|seg| match seg {
            "" | "." | ".." => seg.replace('.', "%2E"),
            _ => seg.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A value for a query string.
pub fn component(value: &str) -> String {
    utf8_percent_encode(value, COMPONENT).to_string()
}

/// The page of a story.
pub fn story(id: &str) -> String {
    format!("/stories/{}", component(id))
}

/// The page of an article.
pub fn article(id: &str) -> String {
    format!("/articles/{}", path_id(id))
}

/// The page of an article, scrolled to one sentence (highlighted by `:target`).
pub fn sentence(id: &str, n: usize) -> String {
    format!("{}#s{n}", article(id))
}

/// The stories mentioning an entity.
pub fn entity(id: &str) -> String {
    format!("/entities/{}", path_id(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_slashes_and_encode_hashes() {
        assert_eq!(article("001_x#2"), "/articles/001_x%232");
        assert_eq!(article("feed/3"), "/articles/feed/3");
        assert_eq!(article("../etc"), "/articles/%2E%2E/etc");
        assert_eq!(sentence("a b", 4), "/articles/a%20b#s4");
        assert_eq!(entity("organisation:fbi"), "/entities/organisation%3Afbi");
        assert_eq!(story("s/1"), "/stories/s%2F1");
    }
}
