//! Paragraph normalisation: one paragraph per block, blocks separated by a
//! blank line, whitespace inside a paragraph collapsed.

/// Normalises `text` whose paragraphs are separated by line breaks.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let collapsed = collapse(line);
        if collapsed.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&collapsed);
    }
    out
}

/// `line` with runs of whitespace (including NBSP) turned into one space, trimmed.
pub fn collapse(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
pub fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_line_between_paragraphs() {
        assert_eq!(normalise("  One  two\n\n\nThree\u{a0} four \r\nFive"), "One two\n\nThree four\n\nFive");
    }
}
