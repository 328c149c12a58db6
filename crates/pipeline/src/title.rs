//! What a story is called where a title is expected: its headline, or,
//! when none of its articles has one, "(untitled)" and the opening words of
//! its first article.

use concord_model::{opening_words, Story};
use concord_store::Store;

use crate::PipelineError;

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
    opening_words(body).map_or_else(|| "(untitled)".into(), |opening| format!("(untitled) {opening}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untitled_story_is_called_by_its_opening_words() {
        assert_eq!(untitled(""), "(untitled)");
        assert_eq!(untitled("  The pier\nclosed. "), "(untitled) The pier closed.");
    }
}
