//! Paragraph normalisation: one paragraph per block, blocks separated by a
//! blank line, whitespace inside a paragraph collapsed.

/// Normalises `text` whose paragraphs are separated by line breaks.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        push_collapsed(&mut out, first, words);
    }
    out
}

/// `line` with runs of whitespace (including NBSP) turned into one space, trimmed.
pub fn collapse(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut words = line.split_whitespace();
    if let Some(first) = words.next() {
        push_collapsed(&mut out, first, words);
    }
    out
}

/// Appends `first` and then each of `rest` after one space.
fn push_collapsed<'a>(out: &mut String, first: &str, rest: impl Iterator<Item = &'a str>) {
    out.push_str(first);
    for word in rest {
        out.push(' ');
        out.push_str(word);
    }
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
