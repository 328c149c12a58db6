//! What a story is called where a title is expected: its headline, or,
//! when none of its articles has one, "(untitled)" and the opening words of
//! its first article.

use concord_model::Story;
use concord_store::Store;

use crate::PipelineError;

/// Characters of an untitled story's opening words shown in its place.
const OPENING_CHARS: usize = 60;

/// The story's headline, or "(untitled)" and the opening words of its first
/// article, so that stories without a headline (JSONL text without a title)
/// can be told apart in a list.
pub fn story_title(store: &Store, story: &Story) -> Result<String, PipelineError> {
    if let Some(title) = &story.title {
        return Ok(title.clone());
    }
    let Some(first) = story.article_ids.first() else { return Ok("(untitled)".into()) };
    let body = store.article(first)?.map(|a| a.article.body).unwrap_or_default();
    Ok(untitled(&body))
}

/// "(untitled)" and the opening words of `body`.
fn untitled(body: &str) -> String {
    // every word is a character or more: no more words than characters are needed
    let opening = body.split_whitespace().take(OPENING_CHARS + 1).collect::<Vec<_>>().join(" ");
    match opening.char_indices().nth(OPENING_CHARS) {
        Some((at, _)) => format!("(untitled) {}…", &opening[..at]),
        None if opening.is_empty() => "(untitled)".into(),
        None => format!("(untitled) {opening}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_words_are_cut_to_sixty_characters() {
        assert_eq!(untitled(""), "(untitled)");
        assert_eq!(untitled("  The pier\nclosed. "), "(untitled) The pier closed.");
        let long = untitled(&"Überschwemmung ".repeat(10));
        assert!(long.ends_with('…') && long.chars().count() == "(untitled) ".len() + OPENING_CHARS + 1, "{long}");
    }
}
