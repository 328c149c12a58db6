//! Splitting glued articles: a scrape sometimes holds a second, unrelated
//! article after the first. A new article starts where a header block turns
//! up after the first article's prose: an "Updated …" or date line, or a
//! headline repeated a few lines later, preceded by the new headline.

use std::ops::Range;

use super::lines::{Kind, Line};

/// Prose (bytes) each side of a split point needed before splitting.
const MIN_PROSE: usize = 300;
/// How many lines apart a repeated headline may be.
const REPEAT_WINDOW: usize = 8;

/// Line ranges of the articles in `lines` (one range when nothing is glued).
pub fn split(lines: &[Line<'_>]) -> Vec<Range<usize>> {
    let prose_after = prose_from(lines);
    let mut starts = vec![0];
    let mut prose_since_start = 0;
    for i in 0..lines.len() {
        if prose_since_start >= MIN_PROSE && is_header_signal(lines, i) && prose_after[i] >= MIN_PROSE {
            let start = headline_before(lines, i).unwrap_or(i);
            if start > *starts.last().unwrap_or(&0) {
                starts.push(start);
                prose_since_start = 0;
            }
        }
        if lines[i].is_prose() {
            prose_since_start += lines[i].text.len();
        }
    }
    let mut ranges: Vec<Range<usize>> = starts.windows(2).map(|w| w[0]..w[1]).collect();
    ranges.push(*starts.last().unwrap_or(&0)..lines.len());
    ranges
}

/// An "Updated" or date line, or a headline repeated within a few lines.
fn is_header_signal(lines: &[Line<'_>], i: usize) -> bool {
    match &lines[i].kind {
        Kind::Date(_) => true,
        Kind::Text if lines[i].is_headline() => {
            let text = lines[i].text.trim();
            lines.iter().skip(i + 1).take(REPEAT_WINDOW).any(|l| l.kind == Kind::Text && l.text.trim() == text)
        }
        _ => false,
    }
}

/// The headline line just above line `i` (skipping blanks and boilerplate).
fn headline_before(lines: &[Line<'_>], i: usize) -> Option<usize> {
    if lines[i].is_headline() {
        return Some(i);
    }
    let mut j = i;
    while j > 0 {
        j -= 1;
        match lines[j].kind {
            Kind::Blank | Kind::Dropped(_) => continue,
            _ if lines[j].is_headline() => return Some(j),
            _ => return None,
        }
    }
    None
}

/// For each line, the prose bytes from it to the end.
fn prose_from(lines: &[Line<'_>]) -> Vec<usize> {
    let mut out = vec![0; lines.len()];
    let mut total = 0;
    for (i, line) in lines.iter().enumerate().rev() {
        if line.is_prose() {
            total += line.text.len();
        }
        out[i] = total;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::classify;

    const PROSE: &str = "The council met on Tuesday evening and agreed a budget that raises spending on roads, \
        schools and the harbour while cutting the cost of permits for small shops, officials said afterwards.";

    #[test]
    fn splits_at_the_headline_before_an_updated_block() {
        let text = format!("First Story Headline\n\n{PROSE}\n{PROSE}\n\nSecond Story About Ferries\n\nUpdated 3 sec ago\nFollow\n\nSecond Story About Ferries\n\n{PROSE}\n{PROSE}");
        let lines = classify(&text);
        let ranges = split(&lines);
        assert_eq!(ranges.len(), 2);
        assert_eq!(lines[ranges[1].start].text, "Second Story About Ferries");
    }

    #[test]
    fn header_block_before_prose_does_not_split() {
        let text = format!("One Headline Here\n\nTuesday 20 August 2024 - 08:40\nOne Headline Here\n\n{PROSE}\n{PROSE}");
        assert_eq!(split(&classify(&text)).len(), 1);
    }

    #[test]
    fn a_trailing_date_line_does_not_split() {
        let text = format!("{PROSE}\n{PROSE}\n\nPublished 20 August 2024");
        assert_eq!(split(&classify(&text)).len(), 1);
    }
}
