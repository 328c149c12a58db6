//! The outlet of a text scrape, from the page chrome around the article: the
//! name in a copyright footer ("© 2025 Harbour Gazette"), a masthead (a short
//! all-caps or Title Case line at the top, right above the navigation bar),
//! or the site a cookie notice names ("This website, example.press, uses cookies").
//! A page naming none of these is credited to the wire its opening dateline
//! names ("LONDON (Reuters) -", `super::opening_dateline`), in the text and
//! the HTML extractor alike.

use once_cell::sync::Lazy;
use regex::Regex;

use super::lines::{Kind, Line};

/// Non-blank lines at the top of a page where a masthead may stand.
const MASTHEAD_REACH: usize = 3;

/// The outlet named by the chrome of `lines`, if any.
pub fn find(lines: &[Line<'_>]) -> Option<String> {
    let footer = lines.iter().filter(|l| l.kind == Kind::Dropped("copyright")).find_map(|l| footer_name(l.text));
    footer.or_else(|| masthead(lines)).or_else(|| {
        lines.iter().filter(|l| l.kind == Kind::Dropped("cookie notice")).find_map(|l| cookie_site(l.text))
    })
}

/// "© 2025 Harbour Gazette. All rights reserved." / "© Harbour Gazette 2025".
fn footer_name(line: &str) -> Option<String> {
    static RIGHTS: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^\s*(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:(?:19|20)\d\d\s*)?(?-i:(\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?))\s*(?:(?:19|20)\d\d)?\s*(?:[.,|·]|all rights|$)")
            .expect("static regex")
    });
    let name = RIGHTS.captures(line)?.get(1)?.as_str().trim().trim_end_matches('.');
    is_name_shaped(name).then(|| display_name(name))
}

/// The first lines of the page: a short name-shaped line followed by a
/// navigation bar or a label.
fn masthead(lines: &[Line<'_>]) -> Option<String> {
    let top: Vec<&Line<'_>> = lines.iter().filter(|l| l.kind != Kind::Blank).take(MASTHEAD_REACH + 1).collect();
    top.windows(2).take(MASTHEAD_REACH).find_map(|pair| {
        let (name, next) = (pair[0].text.trim(), pair[1]);
        let fits = pair[0].kind == Kind::Text && is_name_shaped(name) && is_navigation(next);
        fits.then(|| display_name(name))
    })
}

/// A navigation bar ("Home  World  Sport", "News | Sport") or a UI label.
fn is_navigation(line: &Line<'_>) -> bool {
    let t = line.text.trim();
    matches!(line.kind, Kind::Dropped("label" | "navigation"))
        || (line.kind == Kind::Text && (t.contains(" | ") || t.contains("  ")) && !t.ends_with(['.', '!', '?']))
}

/// "This website, example.press, uses cookies" names the site.
fn cookie_site(line: &str) -> Option<String> {
    static SITE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)\b(?:this\s+(?:web)?site|website)\s*,?\s*((?:[a-z0-9-]+\.)+[a-z]{2,})\b").expect("static regex")
    });
    Some(SITE.captures(line)?.get(1)?.as_str().to_lowercase())
}

/// Last words of an outlet's name ("Kazinform News Agency", "Harbour Times").
const OUTLET_ENDINGS: [&str; 21] = [
    "Agency", "News", "Press", "Times", "Post", "Radio", "Television", "TV", "Service", "Wire", "Daily", "Herald",
    "Tribune", "Journal", "Gazette", "Telegraph", "Courier", "Chronicle", "Network", "Channel", "Broadcasting",
];

/// Capitals that name a country or a body, not an outlet ("a UN correspondent").
const NOT_OUTLETS: [&str; 5] = ["US", "UK", "UN", "EU", "NATO"];

/// The outlet a story names as its own writer in its opening: "according to
/// a Kazinform News Agency correspondent", "an AFP reporter saw". Only a name
/// shaped like an outlet's counts (an acronym, or a name ending as outlets'
/// do): "a White House correspondent" names a beat, "our Moscow
/// correspondent" a post.
pub(super) fn own_correspondent(paragraph: &str) -> Option<String> {
    static OWN: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"\b(?:[Aa]n?|[Oo]ur)\s+((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4})(?:correspondent|reporter)s?\b").expect("static regex")
    });
    // Most paragraphs name neither word: the capturing search is left for those that do.
    if !paragraph.contains("correspondent") && !paragraph.contains("reporter") {
        return None;
    }
    OWN.captures_iter(paragraph).find_map(|c| {
        let name = c[1].trim();
        let last = name.rsplit(' ').next().unwrap_or(name);
        let acronym = name == last && (2..=6).contains(&last.len()) && last.chars().all(|ch| ch.is_ascii_uppercase());
        let outlet = (acronym && !NOT_OUTLETS.contains(&last)) || name != last && OUTLET_ENDINGS.contains(&last);
        (outlet && is_name_shaped(name)).then(|| name.to_string())
    })
}

/// One to five words, each starting with a capital or digit, no sentence punctuation.
pub(super) fn is_name_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && name.len() <= 60
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&'))
        && !name.contains(['|', ':', '!', '?', '"', '“'])
}

/// "GLOBAL LEDGER" reads "Global Ledger"; single-word acronyms ("BBC") stay.
fn display_name(name: &str) -> String {
    let all_caps = !name.chars().any(char::is_lowercase);
    if !all_caps || !name.contains(' ') {
        return name.to_string();
    }
    name.split_whitespace()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::classify;

    #[test]
    fn footer_names_the_outlet() {
        assert_eq!(footer_name("© 2025 Harbour Gazette. All rights reserved.").as_deref(), Some("Harbour Gazette"));
        assert_eq!(footer_name("© Harbour Gazette 2025").as_deref(), Some("Harbour Gazette"));
        assert_eq!(footer_name("Copyright 2024 the authors; reuse permitted under the licence below"), None);
    }

    #[test]
    fn masthead_above_the_navigation() {
        let lines = classify("HARBOUR GAZETTE\nNews | Ports | Weather\n\nFerry Fares Rise\n\nFares rise in April, the operator said on Monday.");
        assert_eq!(find(&lines).as_deref(), Some("Harbour Gazette"));
        let no_nav = classify("Skip To Main Story\nSearch Our Archive\nFerry Fares Rise\n\nFares rise in April, the operator said.");
        assert_eq!(find(&no_nav), None);
    }

    #[test]
    fn a_story_naming_its_own_correspondent_names_its_outlet() {
        let lead = "On Monday the council met, according to a Kestria News Agency correspondent, and voted.";
        assert_eq!(own_correspondent(lead).as_deref(), Some("Kestria News Agency"));
        assert_eq!(own_correspondent("Crowds gathered, an AFP reporter saw.").as_deref(), Some("AFP"));
        assert_eq!(own_correspondent("She told a White House correspondent on Monday."), None, "a beat");
        assert_eq!(own_correspondent("Our Moscow correspondent reports."), None, "a post");
        assert_eq!(own_correspondent("He spoke to a UN correspondent."), None);
        assert_eq!(own_correspondent("A correspondent saw it."), None);
    }

    #[test]
    fn cookie_notice_names_the_site() {
        assert_eq!(cookie_site("This website, harbour.example, uses cookies to improve your experience.").as_deref(), Some("harbour.example"));
    }
}
