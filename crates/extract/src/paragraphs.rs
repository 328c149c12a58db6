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
        if is_collapsed(line) {
            out.push_str(line);
        } else {
            push_collapsed(&mut out, first, words);
        }
    }
    out
}

/// `line` with runs of whitespace (including NBSP) turned into one space, trimmed.
pub fn collapse(line: &str) -> String {
    if is_collapsed(line) {
        return line.to_string();
    }
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

/// True when `line` has no whitespace but single spaces between words, so
/// collapsing it would copy it unchanged (most lines of clean text). Chars
/// are decoded only when a byte could start other whitespace.
fn is_collapsed(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.first().is_none_or(|&b| b == b' ') || bytes.last() == Some(&b' ') || line.contains("  ") {
        return false;
    }
    // Control whitespace, and the lead bytes of U+0085, U+00A0, U+1680, U+2000–U+205F and U+3000.
    let may_be_space = |b: &u8| matches!(b, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | 0xc2 | 0xe1 | 0xe2 | 0xe3);
    let mut from = 0;
    while let Some(at) = bytes[from..].iter().position(may_be_space).map(|p| from + p) {
        if line[at..].chars().next().is_some_and(char::is_whitespace) {
            return false;
        }
        from = at + 1;
    }
    true
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
    fn lines_already_collapsed_are_recognised_and_no_others() {
        let mut lines = vec!["One two", "“Quoted,” she said — twice’s", "x", "Ünïcödé wörds here"];
        let spaces = ["  ", "\t", "\u{85}", "\u{a0}", "\u{1680}", "\u{2002}", "\u{2028}", "\u{202f}", "\u{205f}", "\u{3000}", "\r"];
        let spoiled: Vec<String> = spaces.iter().map(|ws| format!("One{ws}two")).collect();
        lines.extend(spoiled.iter().map(String::as_str));
        lines.extend([" One two", "One two ", ""]);
        for line in lines {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(is_collapsed(line), !line.is_empty() && words.join(" ") == line, "{line:?}");
            assert_eq!(collapse(line), words.join(" "), "{line:?}");
        }
    }

    #[test]
    fn blank_line_between_paragraphs() {
        assert_eq!(normalise("  One  two\n\n\nThree\u{a0} four \r\nFive"), "One two\n\nThree four\n\nFive");
    }
}
