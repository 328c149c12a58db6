//! Line classification of a text scrape: each line is blank, boilerplate,
//! a date line, a byline, or text (a headline-shaped line or prose).

use super::boilerplate;
use super::dates::{self, DateLine};

/// What one line of a scrape is.
#[derive(Debug, PartialEq, Eq)]
pub enum Kind {
    /// Empty or whitespace.
    Blank,
    /// Boilerplate, with the reason.
    Dropped(&'static str),
    /// A date line.
    Date(DateLine),
    /// A "By …" line, with the names.
    Byline(String),
    /// Article text.
    Text,
}

/// A classified line.
#[derive(Debug)]
pub struct Line<'a> {
    /// The line as written.
    pub text: &'a str,
    /// Its class.
    pub kind: Kind,
}

impl Line<'_> {
    /// True for text shaped like a headline: short, no closing punctuation, no bullet.
    pub fn is_headline(&self) -> bool {
        self.kind == Kind::Text && is_headline(self.text)
    }

    /// True for prose text (text that is not headline-shaped; a lone word
    /// is a section label, not prose).
    pub fn is_prose(&self) -> bool {
        self.kind == Kind::Text && !is_headline(self.text) && self.text.split_whitespace().nth(1).is_some()
    }

    /// True for running text: eight words or more, ending like a sentence
    /// (menus and link lists run long too, but do not end with a full stop).
    pub fn is_running_text(&self) -> bool {
        let t = self.text.trim_end();
        self.kind == Kind::Text
            && t.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…'])
            && t.split_whitespace().count() >= 8
    }
}

/// Classifies every line of `text`.
pub fn classify(text: &str) -> Vec<Line<'_>> {
    let raw: Vec<&str> = text.lines().collect();
    let widgets = boilerplate::widget_lines(&raw);
    let mut lines: Vec<Line<'_>> = raw
        .iter()
        .enumerate()
        .map(|(i, &line)| {
            let kind = if line.trim().is_empty() {
                Kind::Blank
            } else if widgets.binary_search(&i).is_ok() {
                Kind::Dropped("widget list")
            } else if let Some(reason) = boilerplate::line_reason(line) {
                Kind::Dropped(reason)
            } else if is_navigation_bar(line) {
                Kind::Dropped("navigation")
            } else if let Some(date) = dates::classify(line) {
                Kind::Date(date)
            } else if let Some(names) = dates::byline(line) {
                Kind::Byline(names)
            } else {
                Kind::Text
            };
            Line { text: line, kind }
        })
        .collect();
    drop_link_lists(&mut lines);
    lines
}

/// The headline-shaped lines right under a "Read more" / "Related" label are
/// links to other stories, up to the first blank line or sentence.
fn drop_link_lists(lines: &mut [Line<'_>]) {
    let mut in_list = false;
    for line in lines.iter_mut() {
        match line.kind {
            Kind::Dropped(_) => in_list = boilerplate::is_list_heading(line.text),
            Kind::Text if in_list && is_headline(line.text) => line.kind = Kind::Dropped("link list"),
            _ => in_list = false,
        }
    }
}

/// A menu of section names: "Home  World  Sport", "News | Politics | Weather"
/// (three or more capitalised items of one to three words, or two single words).
pub fn is_navigation_bar(line: &str) -> bool {
    let items: Vec<&str> =
        line.split(['|', '·', '•']).flat_map(|part| part.split("  ")).map(str::trim).filter(|i| !i.is_empty()).collect();
    let words = |item: &str| item.split_whitespace().count();
    let is_item = |item: &&str| {
        words(item) <= 3
            && item.chars().next().is_some_and(char::is_uppercase)
            && !item.ends_with(['.', '!', '?', ':', ','])
    };
    line.len() <= 300
        && items.iter().all(is_item)
        && (items.len() >= 3 || (items.len() == 2 && items.iter().all(|i| words(i) == 1)))
}

/// Headline shape: 2 to 30 words, under 250 bytes, starts with a capital,
/// a digit or a quote, ends without sentence punctuation, not a bullet item.
pub fn is_headline(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    let starts_well = t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c));
    (2..=30).contains(&words)
        && t.len() < 250
        && starts_well
        && !t.ends_with(['.', ',', ';', ':', '…'])
        && boilerplate::bullet_item(t).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_shape() {
        assert!(is_headline("Storm Closes Harbour as Ferries Stay in Port"));
        assert!(is_headline("Is the bridge safe? Engineers disagree"));
        assert!(!is_headline("The harbour closed on Monday after the storm."));
        assert!(!is_headline("  • Ferries stay in port for a second day"));
        assert!(!is_headline("Word"));
    }

    #[test]
    fn running_text_ends_like_a_sentence() {
        let lines = classify("The harbour closed on Monday after the storm damaged the pier.\nHome News Sport Business Culture Travel Weather Video Audio Opinion");
        assert!(lines[0].is_running_text());
        assert!(!lines[1].is_running_text());
    }

    #[test]
    fn navigation_bars() {
        assert!(is_navigation_bar("Home  World  Business  Markets  Sport"));
        assert!(is_navigation_bar("News | Politics | Weather"));
        assert!(is_navigation_bar("Menu  Search"));
        assert!(!is_navigation_bar("Ferry Fares Rise  As Fuel Costs Climb"));
        assert!(!is_navigation_bar("Ferry fares rise in April"));
        assert!(!is_navigation_bar("Storm | What we know so far | Live updates."));
    }

    #[test]
    fn links_under_a_read_more_label_are_dropped() {
        let lines = classify("Read more\nFerry fares rise in April\nNew pier opens\n\nHarbour Budget Passes");
        assert_eq!(lines[1].kind, Kind::Dropped("link list"));
        assert_eq!(lines[2].kind, Kind::Dropped("link list"));
        assert_eq!(lines[4].kind, Kind::Text, "a blank line ends the list");
    }

    #[test]
    fn classification() {
        let lines = classify("Harbour Closes\n\nUpdated 2 March 2024\nFollow\nBy Ann Lee\nText of the story.");
        let kinds: Vec<&Kind> = lines.iter().map(|l| &l.kind).collect();
        assert_eq!(kinds[0], &Kind::Text);
        assert_eq!(kinds[1], &Kind::Blank);
        assert_eq!(kinds[2], &Kind::Date(DateLine::Updated(Some("2024-03-02".into()))));
        assert_eq!(kinds[3], &Kind::Dropped("label"));
        assert_eq!(kinds[4], &Kind::Byline("Ann Lee".into()));
    }
}
