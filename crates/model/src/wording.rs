//! How things are worded for people: counts with their noun in the right
//! number, and the label that stands in for a missing headline.

/// `word` in the plural unless `n` is one ("article" → "articles", "story" → "stories").
pub fn plural(n: usize, word: &str) -> String {
    match word.strip_suffix('y') {
        _ if n == 1 => word.to_string(),
        Some(stem) if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
}

/// "(untitled)", and the opening words (see [`opening_words`]) when there are any.
pub fn untitled(opening: Option<&str>) -> String {
    opening.map_or_else(|| "(untitled)".into(), |opening| format!("(untitled) {opening}"))
}

/// Characters of an untitled article's opening words shown in its place.
const OPENING_CHARS: usize = 60;

/// The words of `body` that fit in [`OPENING_CHARS`] characters, whitespace
/// collapsed, with "…" when cut (inside a word only when the first is that
/// long); `None` for an empty body.
pub fn opening_words(body: &str) -> Option<String> {
    // every word is a character or more: no more words than characters are needed
    let opening = body.split_whitespace().take(OPENING_CHARS + 1).collect::<Vec<_>>().join(" ");
    match opening.char_indices().nth(OPENING_CHARS) {
        Some((at, _)) => {
            let word_ends = opening[at..].starts_with(' ');
            let cut = if word_ends { at } else { opening[..at].rfind(' ').unwrap_or(at) };
            Some(format!("{}…", &opening[..cut]))
        }
        None if opening.is_empty() => None,
        None => Some(opening),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CoverageItem;

    #[test]
    fn a_count_takes_its_noun_in_the_right_number() {
        assert_eq!(plural(1, "article"), "article");
        assert_eq!(plural(0, "article"), "articles");
        assert_eq!(plural(2, "story"), "stories");
        assert_eq!(plural(3, "day"), "days");
        assert_eq!(plural(1, "story"), "story");
    }

    #[test]
    fn an_untitled_article_is_headed_by_its_opening_words() {
        assert_eq!(opening_words("  "), None);
        assert_eq!(opening_words("  The pier\nclosed. ").as_deref(), Some("The pier closed."));
        let long = opening_words(&"Überschwemmung ".repeat(10)).unwrap();
        assert_eq!(long, format!("{}…", ["Überschwemmung"; 4].join(" ")), "cut between words");
        let word = opening_words(&"x".repeat(100)).unwrap();
        assert_eq!(word.chars().count(), OPENING_CHARS + 1, "a first word too long is cut inside");
        let item = CoverageItem { id: "a".into(), outlet: None, title: None, published: None, url: None, duplicate_of: None, opening: Some("The pier closed.".into()) };
        assert_eq!(item.headline(), "(untitled) The pier closed.");
        assert_eq!(CoverageItem { opening: None, ..item.clone() }.headline(), "(untitled)");
        assert_eq!(CoverageItem { title: Some("Pier shut".into()), ..item }.headline(), "Pier shut");
    }
}
