//! Date lines of text scrapes: a line that is only a date (with words such
//! as "Published", a weekday or a clock time around it) gives the
//! publication date; an "Updated …" line gives the modification date; a date
//! label glued to the first paragraph (" date 2024-08-20 On Monday, …") is
//! split off.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::dates::find_date;

/// What a date-bearing line says.
#[derive(Debug, PartialEq, Eq)]
pub enum DateLine {
    /// A publication date line.
    Published(String),
    /// An "Updated …" line; the date when it is absolute ("3 sec ago" is not).
    Updated(Option<String>),
    /// A publication date glued before text; the text starts at the byte offset.
    PrefixOf { iso: String, text_start: usize },
}

/// Words allowed around a date on a date-only line.
const DATE_WORDS: [&str; 20] = [
    "date", "published", "posted", "on", "at", "last", "first", "am", "pm", "gmt", "utc", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "time", "issued",
];

static UPDATED: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^\s*(?:last\s+)?(?:updated|modified|edited)\b[\s:]*(?:on\s+)?").expect("static regex"));
static UPDATE_NOTE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)\b(?:last\s+)?(?:updated|modified|edited)\b").expect("static regex"));
static READ_TIME_TAIL: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)[\s|·•-]*\d+\s*(?:min|mins|minutes?)(?:\s+read)?\s*$").expect("static regex"));
static LABEL_PREFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:date|published|posted)(?:\s+on)?\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$").expect("static regex")
});

/// Classifies `line` when it is a date line.
pub fn classify(line: &str) -> Option<DateLine> {
    if UPDATED.is_match(line) && line.trim().len() < 80 {
        return Some(DateLine::Updated(find_date(line).map(|d| d.iso)));
    }
    let found = find_date(line)?;
    let (before, after) = (line.get(..found.start)?, line.get(found.end..)?);
    // "March 6, 2025 1:40 PM Updated 2 hours ago": a modification note after the date.
    let before_note = UPDATE_NOTE.find(after).map_or(after, |note| after.get(..note.start()).unwrap_or(after));
    // "January 1, 2020 6 min read": a reading time after the date
    let before_note = READ_TIME_TAIL.find(before_note).map_or(before_note, |tail| before_note.get(..tail.start()).unwrap_or(before_note));
    let leftover = before.split(|c: char| !c.is_alphanumeric()).chain(before_note.split(|c: char| !c.is_alphanumeric()));
    if leftover.filter(|w| !w.is_empty()).all(|w| DATE_WORDS.contains(&w.to_lowercase().as_str())) {
        return Some(DateLine::Published(found.iso));
    }
    // A date label glued to a paragraph: only a label before the date, text after it.
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | ','));
    if LABEL_PREFIX.is_match(before) && rest.split_whitespace().count() >= 8 {
        return Some(DateLine::PrefixOf { iso: found.iso, text_start: line.len() - rest.len() });
    }
    None
}

/// The byline of a "By Jane Doe" / "By Jane Doe and John Roe, Reuters" line.
pub fn byline(line: &str) -> Option<String> {
    static BY: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^\s*(?i:by|written by|reporting by)\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,7})\s*$")
            .expect("static regex")
    });
    let c = BY.captures(line)?;
    Some(c.get(1)?.as_str().trim_end_matches([',', ' ']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_only_lines_are_publication_dates() {
        assert_eq!(classify(" date 2024-08-20 "), Some(DateLine::Published("2024-08-20".into())));
        assert_eq!(classify("Tuesday 20 August 2024 - 08:40"), Some(DateLine::Published("2024-08-20T08:40:00".into())));
        assert_eq!(classify("Published on March 3, 2023"), Some(DateLine::Published("2023-03-03".into())));
        assert_eq!(classify("January 1, 2020 6 min read"), Some(DateLine::Published("2020-01-01".into())));
        assert_eq!(
            classify("June 2, 2025 7:05 AM GMT+2 Updated 40 minutes ago"),
            Some(DateLine::Published("2025-06-02T07:05:00+02:00".into()))
        );
    }

    #[test]
    fn updated_lines_are_modifications() {
        assert_eq!(classify("Updated 27 September 2024"), Some(DateLine::Updated(Some("2024-09-27".into()))));
        assert_eq!(classify("Updated 3 sec ago"), Some(DateLine::Updated(None)));
    }

    #[test]
    fn a_date_glued_to_a_paragraph_is_split_off() {
        let line = " date 2024-08-20 On Monday, the ministry issued a statement about the storm damage.";
        match classify(line) {
            Some(DateLine::PrefixOf { iso, text_start }) => {
                assert_eq!(iso, "2024-08-20");
                assert!(line[text_start..].starts_with("On Monday"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn dates_inside_sentences_are_not_date_lines() {
        assert_eq!(classify("The vote on 20 August 2024 was postponed until the autumn session."), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(byline("By Jane Doe and John Roe").as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(byline("By the time the vote came, most had left."), None);
    }
}
