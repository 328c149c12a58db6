//! What a story without a headline is called where a title is expected.

/// Characters of an untitled story's opening words shown in its place.
const OPENING_CHARS: usize = 60;

/// "(untitled)" and the opening words of `body` (the text of the story's
/// first article), so that stories without a headline (JSONL text without a
/// title) can be told apart in a list.
pub fn untitled(body: &str) -> String {
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
