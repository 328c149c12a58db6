//! Splitting glued articles: a scrape sometimes holds a second, unrelated
//! article after the first. A new article may start where a header block
//! turns up (an "Updated …" or date line, or a headline repeated a few lines
//! later), at the headline just above it, or at a headline that follows the
//! closing chrome of a page (comment form, copyright footer) and opens prose. The split is made only when the
//! article it closes and the one it opens both carry running text (sentences,
//! not menus), so lists of related-article teasers (headline, date, one-line
//! summary) and page chrome stay unsplit.

use std::ops::Range;

use super::lines::{Kind, Line};

/// Running text (bytes) each article on either side of a split must hold.
const MIN_ARTICLE_PROSE: usize = 400;
/// How many lines apart a repeated headline may be.
const REPEAT_WINDOW: usize = 8;
/// Paragraphs of running text that must open an article glued after a page's end.
const OPENING_PARAGRAPHS: usize = 2;

/// Line ranges of the articles in `lines` (one range when nothing is glued).
pub fn split(lines: &[Line<'_>]) -> Vec<Range<usize>> {
    let prose_before = prose_prefix(lines);
    let prose = |a: usize, b: usize| prose_before[b] - prose_before[a];
    let mut candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| is_header_signal(lines, i))
        .map(|i| headline_before(lines, i).unwrap_or(i))
        .filter(|&start| start > 0)
        .collect();
    candidates.dedup();
    let mut starts = vec![0];
    for (n, &start) in candidates.iter().enumerate() {
        let previous = *starts.last().unwrap_or(&0);
        // The article this start opens runs to the next header block that follows some prose.
        let end = candidates[n + 1..].iter().copied().find(|&next| prose(start, next) > 0).unwrap_or(lines.len());
        if prose(previous, start) >= MIN_ARTICLE_PROSE && prose(start, end) >= MIN_ARTICLE_PROSE {
            starts.push(start);
        }
    }
    let mut ranges: Vec<Range<usize>> = starts.windows(2).map(|w| w[0]..w[1]).collect();
    ranges.push(*starts.last().unwrap_or(&0)..lines.len());
    ranges
}

/// An "Updated" or date line, a headline repeated within a few lines, or a
/// headline after a page's closing chrome with running text under it.
fn is_header_signal(lines: &[Line<'_>], i: usize) -> bool {
    match &lines[i].kind {
        Kind::Date(_) => true,
        Kind::Text if lines[i].is_headline() => {
            let text = lines[i].text.trim();
            lines.iter().skip(i + 1).take(REPEAT_WINDOW).any(|l| l.kind == Kind::Text && l.text.trim() == text)
                || follows_page_end(lines, i)
        }
        _ => false,
    }
}

/// Line `i` comes right after a comment form or footer and paragraphs of
/// running text follow it (a teaser list alternates headlines and one-liners).
fn follows_page_end(lines: &[Line<'_>], i: usize) -> bool {
    let previous = lines[..i].iter().rev().find(|l| l.kind != Kind::Blank);
    let next: Vec<&Line<'_>> = lines.iter().skip(i + 1).filter(|l| l.kind != Kind::Blank).take(OPENING_PARAGRAPHS).collect();
    previous.is_some_and(|l| matches!(l.kind, Kind::Dropped("comment form" | "copyright")))
        && next.len() == OPENING_PARAGRAPHS
        && next.iter().all(|l| l.is_running_text())
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

/// `out[i]`: bytes of running text in the lines before line `i` (`out` has
/// one more entry than `lines`).
fn prose_prefix(lines: &[Line<'_>]) -> Vec<usize> {
    let mut out = Vec::with_capacity(lines.len() + 1);
    let mut total = 0;
    out.push(0);
    for line in lines {
        if line.is_running_text() {
            total += line.text.len();
        }
        out.push(total);
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
        let text = format!("First Story Headline\n\n{PROSE}\n{PROSE}\n{PROSE}\n\nSecond Story About Ferries\n\nUpdated 3 sec ago\nFollow\n\nSecond Story About Ferries\n\n{PROSE}\n{PROSE}\n{PROSE}");
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
    fn splits_at_a_headline_after_the_comment_form() {
        let text = format!("First Story Headline\n\n{PROSE}\n{PROSE}\n{PROSE}\n\nLeave a Reply\nName *\nPost Comment\n\nSecond Story About Ferries\n\n{PROSE}\n{PROSE}\n{PROSE}");
        let lines = classify(&text);
        let ranges = split(&lines);
        assert_eq!(ranges.len(), 2);
        assert_eq!(lines[ranges[1].start].text, "Second Story About Ferries");
    }

    #[test]
    fn a_teaser_after_the_footer_does_not_split() {
        let teaser = "Ferry Fares Rise Again\nFares rise in April for the second time this year, the operator said on Monday.\n\n";
        let text = format!("First Story Headline\n\n{PROSE}\n{PROSE}\n{PROSE}\n\n© 2024 Harbour Gazette\n\n{}", teaser.repeat(8));
        assert_eq!(split(&classify(&text)).len(), 1);
    }

    #[test]
    fn teaser_lists_do_not_split() {
        let teaser = "Council Approves Harbour Budget\n\nPublished 3 March 2024\nThe council agreed the harbour budget on Tuesday evening.\n\n";
        let text = format!("Main Story Headline\n\n{PROSE}\n{PROSE}\n{PROSE}\n\n{}", teaser.repeat(6));
        assert_eq!(split(&classify(&text)).len(), 1);
    }

    #[test]
    fn a_trailing_date_line_does_not_split() {
        let text = format!("{PROSE}\n{PROSE}\n\nPublished 20 August 2024");
        assert_eq!(split(&classify(&text)).len(), 1);
    }
}
