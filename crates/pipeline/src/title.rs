//! What a story is called where a title is expected: its headline, or,
//! when none of its articles has one, "(untitled)" and the opening words of
//! its first article.

use concord_model::{opening_words, untitled, Story};
use concord_store::Store;

use crate::PipelineError;

/// The story's headline, or "(untitled)" and the opening words of its first
/// article, so that stories without a headline (JSONL text without a title)
/// can be told apart in a list.
pub fn story_title(store: &Store, story: &Story) -> Result<String, PipelineError> {
    if let Some(title) = &story.title {
        return Ok(title.clone());
    }
    let Some(first) = story.article_ids.first() else { return Ok(untitled(None)) };
    let body = store.article(first)?.map(|a| a.article.body).unwrap_or_default();
    Ok(untitled(opening_words(&body).as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untitled_story_is_called_by_its_opening_words() {
        let title = |body: &str| untitled(opening_words(body).as_deref());
        assert_eq!(title(""), "(untitled)");
        assert_eq!(title("  The pier\nclosed. "), "(untitled) The pier closed.");
    }
}
