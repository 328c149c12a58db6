//! Plain-text scrapes: boilerplate lines dropped, title, byline, dateline
//! and date lines found, glued articles split apart.
//!
//! Each line is classified ([`lines`]); the lines are cut into articles
//! ([`glued`]); then each article's head (the lines before its first prose
//! paragraph) yields the title, dates and byline, and the rest its body.

pub(crate) mod boilerplate;
mod dates;
mod glued;
mod lines;
mod outlet;

use concord_model::Article;
use once_cell::sync::Lazy;
use regex::Regex;

use self::dates::DateLine;
use self::lines::{Kind, Line};
use crate::paragraphs;

/// An already-clean body (a feed item's or a JSONL record's text): kept
/// whole, paragraphs normalised, its dateline read like a page's.
pub fn clean(text: &str) -> Article {
    let body = paragraphs::normalise(text);
    let (dateline, outlet) = opening_dateline(&body);
    Article { body, dateline, outlet, ..Default::default() }
}

/// The articles in a plain-text scrape.
pub fn extract(text: &str) -> Vec<Article> {
    let lines = lines::classify(text);
    let outlet = outlet::find(&lines);
    glued::split(&lines)
        .into_iter()
        .map(|range| {
            // A page naming no outlet of its own is credited to the wire its dateline names.
            let mut a = article(&lines[range]);
            a.outlet = outlet.clone().or(a.outlet.take());
            a
        })
        .collect()
}

/// Builds one article from its lines. The head (the lines before the first
/// prose) gives the title (its last headline-shaped line: navigation and
/// section lines come before the headline, not after it), dates and byline
/// (a "By" line, or a bare name beside the date line); its other text lines
/// are dropped.
fn article(lines: &[Line<'_>]) -> Article {
    let head_end = lines
        .iter()
        .position(|l| l.is_prose() || matches!(l.kind, Kind::Date(DateLine::PrefixOf { .. })))
        .unwrap_or(lines.len());
    let head = &lines[..head_end];
    // ("This story originally appeared on MJBizDaily" under the headline is no headline)
    let headlines: Vec<usize> = (0..head_end).filter(|&i| head[i].is_headline() && !boilerplate::is_syndication_note(head[i].text)).collect();
    // A bare name next to the date line is the byline, unless it is the only headline candidate.
    let name_at = headlines.iter().copied().rev().find(|&i| is_name_beside_date(head, i)).filter(|_| headlines.len() > 1);
    // (a headline in title case above a standfirst in sentence case, "These
    // are the headlines that dominated … in 2019 -- what can we expect?", is the title)
    let candidates = || headlines.iter().copied().rev().filter(|&i| Some(i) != name_at);
    let title_at = candidates().find(|&i| in_title_case(head[i].text)).or_else(|| candidates().next());
    let mut a = Article {
        title: title_at.map(|i| paragraphs::collapse(lines[i].text)),
        byline: name_at.map(|i| paragraphs::collapse(lines[i].text)),
        ..Default::default()
    };
    let mut paragraphs: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let in_head = i < head_end;
        match &line.kind {
            Kind::Blank => {}
            Kind::Dropped(_) => a.dropped.push(paragraphs::collapse(line.text)),
            Kind::Date(DateLine::Published(iso)) => {
                a.published.get_or_insert_with(|| iso.clone());
            }
            Kind::Date(DateLine::Updated(iso)) => {
                if a.modified.is_none() {
                    a.modified = iso.clone();
                }
            }
            Kind::Date(DateLine::PrefixOf { iso, text_start }) => {
                a.published.get_or_insert_with(|| iso.clone());
                paragraphs.push(paragraphs::collapse(line.text.get(*text_start..).unwrap_or_default()));
            }
            Kind::Byline(names) if in_head => {
                a.byline.get_or_insert_with(|| names.clone());
            }
            Kind::Byline(_) | Kind::Text if in_head => {
                if Some(i) != title_at && Some(i) != name_at {
                    a.dropped.push(paragraphs::collapse(line.text));
                }
            }
            Kind::Byline(_) | Kind::Text => {
                let text = paragraphs::collapse(line.text);
                paragraphs.push(boilerplate::bullet_item(&text).map(str::to_string).unwrap_or(text));
            }
        }
    }
    a.body = paragraphs.join("\n\n");
    (a.dateline, a.outlet) = opening_dateline(&a.body);
    a
}

/// Is `line` a headline in title case: four words or more, nearly all of
/// those longer than three letters capitalised?
fn in_title_case(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3).collect();
    let capitalised = words.iter().filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())).count();
    words.len() >= 4 && capitalised * 10 >= words.len() * 9
}

/// A person's name (two or three capitalised words) on its own line, with a
/// date line as its nearest non-blank neighbour.
fn is_name_beside_date(head: &[Line<'_>], i: usize) -> bool {
    static NAME: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$").expect("static regex"));
    let is_date = |l: &Line<'_>| matches!(l.kind, Kind::Date(_));
    let next = head.iter().skip(i + 1).find(|l| l.kind != Kind::Blank);
    let previous = head.iter().take(i).rev().find(|l| l.kind != Kind::Blank);
    NAME.is_match(head[i].text.trim()) && (next.is_some_and(is_date) || previous.is_some_and(is_date))
}

/// Paragraphs a dateline in capitals may open: pages often print a kicker,
/// the headline and a standfirst above the first paragraph of the story.
const DATELINE_PARAGRAPHS: usize = 5;
/// Bytes of a body's opening those paragraphs are looked for in.
const DATELINE_REACH: usize = 3000;

/// The dateline of a body's opening: its place, and the writer it credits
/// (or, failing a credit, the outlet whose correspondent the opening names).
/// A dateline in capitals ("PORT ELLERY —") is looked for in the first
/// [`DATELINE_PARAGRAPHS`], a place in title case ("Washington:") in the
/// first two only.
pub(crate) fn opening_dateline(body: &str) -> (Option<String>, Option<String>) {
    // the opening only: a body of one paragraph is not scanned to its end
    let head = paragraphs::prefix(body, DATELINE_REACH);
    let opening = || head.split("\n\n").take(DATELINE_PARAGRAPHS).enumerate();
    let place = opening().find_map(|(i, p)| dateline(p).filter(|d| i < 2 || d.chars().all(|c| !c.is_lowercase())));
    let credit = opening().find_map(|(_, p)| dateline_credit(p));
    (place, credit.or_else(|| opening().take(2).find_map(|(_, p)| outlet::own_correspondent(p))))
}

/// The place that opens a paragraph: "WASHINGTON:", "MEXICO CITY (AP) —", "Washington:".
fn dateline(paragraph: &str) -> Option<String> {
    static TITLE: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s*:\s*\p{Lu}").expect("static regex"));
    const NOT_PLACES: [&str; 12] =
        ["UPDATE", "NOTE", "EDITOR", "WATCH", "READ", "PHOTO", "OPINION", "ANALYSIS", "EXCLUSIVE", "BREAKING", "LIVE", "VIDEO"];
    let place = match capitals_dateline(paragraph) {
        Some(c) => c[1].trim().to_string(),
        // in title case only before a paragraph of prose: "Julian Assange:
        // Sweden drops inquiry" is a headline, "Also: See our coverage" a link
        None if is_prose_paragraph(paragraph) => TITLE.captures(paragraph)?[1].trim().to_string(),
        None => return None,
    };
    let upper = place.to_uppercase();
    (!NOT_PLACES.iter().any(|w| upper.starts_with(w))).then_some(place)
}

/// A paragraph of at least eight words ending as a sentence ends.
fn is_prose_paragraph(paragraph: &str) -> bool {
    let end = paragraph.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']);
    end.ends_with(['.', '!', '?']) && paragraph.split_whitespace().nth(7).is_some()
}

/// The wire service or outlet an opening dateline credits: "LONDON
/// (Reuters) -" was written by Reuters, whoever ran it.
fn dateline_credit(paragraph: &str) -> Option<String> {
    let credit = capitals_dateline(paragraph)?.get(2)?.as_str().trim();
    // "(June 4)", "(pictured)" and "(AP Photo)" credit no writer
    let named = outlet::is_name_shaped(credit) && !credit.contains(|c: char| c.is_ascii_digit()) && !credit.contains("Photo");
    named.then(|| credit.to_string())
}

/// A dateline in capitals ("WASHINGTON:", "LONDON, Aug 19 (Reuters) -"):
/// the place, then the credit in brackets if there is one.
fn capitals_dateline(paragraph: &str) -> Option<regex::Captures<'_>> {
    // The place is at most 41 characters; the bound is checked after the
    // match (the shortest place is tried first either way), as a `{1,40}?`
    // in the pattern costs ~10 ms to compile.
    static CAPS: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(\p{Lu}[\p{Lu}.'’ -]+?)(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?){0,2}\s*(?:\(([^)]{1,30})\))?\s*[:—–-]").expect("static regex")
    });
    CAPS.captures(paragraph)
        .filter(|c| c[1].chars().count() <= 41 && c[1].trim().chars().filter(|ch| ch.is_alphabetic()).count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clean_body_keeps_its_dateline_and_wire_credit() {
        let a = clean("VALMONT, March 6 (Meridian Wire) - The council voted.\n\nIt met twice.");
        assert_eq!((a.dateline.as_deref(), a.outlet.as_deref()), (Some("VALMONT"), Some("Meridian Wire")));
        assert_eq!(clean("The council voted on Monday.").dateline, None);
    }

    #[test]
    fn datelines() {
        assert_eq!(dateline("WASHINGTON:The campaign said").as_deref(), Some("WASHINGTON"));
        assert_eq!(dateline("MEXICO CITY: The president").as_deref(), Some("MEXICO CITY"));
        assert_eq!(dateline("Washington: Officials said on Monday that the talks would resume.").as_deref(), Some("Washington"));
        assert_eq!(dateline("Julian Assange: Sweden drops rape investigation").as_deref(), None, "a headline");
        assert_eq!(dateline("Also: See Black Friday coverage at CNET").as_deref(), None, "a link");
        assert_eq!(dateline("LONDON (Reuters) - Prices rose").as_deref(), Some("LONDON"));
        assert_eq!(dateline("NORTH BAY, Kestria, May 2 (Coast Wire) - Ferries").as_deref(), Some("NORTH BAY"));
        assert_eq!(dateline_credit("NORTH BAY, Kestria, May 2 (Coast Wire) - Ferries").as_deref(), Some("Coast Wire"));
        assert_eq!(dateline_credit("LONDON (Reuters) - Prices rose").as_deref(), Some("Reuters"));
        assert_eq!(dateline_credit("WASHINGTON:The campaign said").as_deref(), None);
        assert_eq!(dateline_credit("PARIS (pictured, left) - The mayor").as_deref(), None, "not a name");
        assert_eq!(dateline_credit("PARIS (June 4) - The mayor").as_deref(), None, "a date");
        assert_eq!(dateline("Update: The story was corrected").as_deref(), None);
        assert_eq!(dateline("BREAKING: The council resigned").as_deref(), None);
        assert_eq!(dateline("EDITOR'S NOTE — This story was updated").as_deref(), None);
        assert_eq!(dateline("The agency said on Monday").as_deref(), None);
        assert_eq!(dateline("A spokesman said: Nothing").as_deref(), None);
        // below a kicker, the headline and a standfirst; a place in title
        // case that far down is a label, not a dateline
        let body = "Kestria\n\nFerries halted\n\nStorms close the strait.\n\nNORTH BAY (Coast Wire) — Ferries stopped.";
        assert_eq!(opening_dateline(body), (Some("NORTH BAY".into()), Some("Coast Wire".into())));
        assert_eq!(opening_dateline("Kestria\n\nFerries halted\n\nNorth Bay: Ferries stopped.").0, None);
        let place = |len: usize| dateline(&format!("{}: The council met", "K".repeat(len)));
        assert_eq!((place(41).map(|p| p.len()), place(42)), (Some(41), None));
    }

    #[test]
    fn a_page_naming_no_outlet_is_credited_to_the_wire_of_its_dateline() {
        let text = "Ferry Strike Ends After Two Weeks\n\nPORTSMOUTH, England (Coast Wire) - Ferry crews returned to work on Monday after a deal on pay.\n\nThe union said the deal was fair.";
        assert_eq!(extract(text)[0].outlet.as_deref(), Some("Coast Wire"));
        let footer = format!("{text}\n\n© 2024 Harbour Gazette. All rights reserved.");
        assert_eq!(extract(&footer)[0].outlet.as_deref(), Some("Harbour Gazette"), "the page's own name comes first");
    }

    #[test]
    fn head_gives_title_dates_and_byline_body_keeps_prose() {
        let text = "World\n\nFerry Strike Ends After Two Weeks\n\nMonday 4 March 2024 - 10:15\nBy Ann Lee\n\
                    Ferry Strike Ends After Two Weeks\n\nPORTSMOUTH: Ferry crews returned to work on Monday after a deal on pay.\n\
                    Share\n\nThe union said the deal was fair.";
        let a = &extract(text)[0];
        assert_eq!(a.title.as_deref(), Some("Ferry Strike Ends After Two Weeks"));
        assert_eq!(a.published.as_deref(), Some("2024-03-04T10:15:00"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(a.dateline.as_deref(), Some("PORTSMOUTH"));
        assert_eq!(a.body, "PORTSMOUTH: Ferry crews returned to work on Monday after a deal on pay.\n\nThe union said the deal was fair.");
        assert!(a.dropped.contains(&"Share".to_string()) && a.dropped.contains(&"World".to_string()));
    }

    #[test]
    fn the_headline_is_the_last_headline_shaped_line_before_the_prose() {
        let text = "Skip To Main Story\nSearch Our Archive\nFerry Strike Ends After Two Weeks\n\nFerry crews returned to work on Monday after a deal on pay.";
        let a = &extract(text)[0];
        assert_eq!(a.title.as_deref(), Some("Ferry Strike Ends After Two Weeks"));
        assert_eq!(a.dropped, vec!["Skip To Main Story", "Search Our Archive"]);
    }

    #[test]
    fn share_bar_and_bare_name_are_not_the_title() {
        let text = "World\n\nFerry Strike Ends After Two Weeks\n\nAnna Lindqvist\n4 March 2024, 10:15\n\n\
                    Share on X  Share on Facebook  Copy link\n\nFerry crews returned to work on Monday after a deal on pay.";
        let a = &extract(text)[0];
        assert_eq!(a.title.as_deref(), Some("Ferry Strike Ends After Two Weeks"));
        assert_eq!(a.byline.as_deref(), Some("Anna Lindqvist"));
        assert_eq!(a.published.as_deref(), Some("2024-03-04T10:15:00"));
        assert!(a.dropped.iter().any(|d| d.starts_with("Share on X")));
    }

    #[test]
    fn a_short_headline_above_the_date_stays_the_title() {
        let a = &extract("Harbour Closes\n\n4 March 2024\n\nThe harbour closed on Monday after the storm.")[0];
        assert_eq!(a.title.as_deref(), Some("Harbour Closes"));
        assert_eq!(a.byline, None);
    }

    #[test]
    fn a_syndication_note_under_the_headline_is_not_the_title() {
        let a = &extract("Harbour Budget Passes After Long Night\n\nJanuary 1, 2020\n\nThis story originally appeared on Harbour Times\n\nThe council passed the budget on Tuesday after a debate that ran past midnight, with two members voting against it.\n")[0];
        assert_eq!(a.title.as_deref(), Some("Harbour Budget Passes After Long Night"));
        // a standfirst in sentence case and a reading time under the headline
        let a = &extract("Harbour Budget Passes After Long Night\nThese are the votes that shaped the port this year -- what comes next?\n\nJanuary 1, 2020 6 min read\n\nThe council passed the budget on Tuesday after a debate that ran past midnight, with two members voting against it.\n")[0];
        assert_eq!(a.title.as_deref(), Some("Harbour Budget Passes After Long Night"));
        assert_eq!(a.published.as_deref(), Some("2020-01-01"));
    }

    #[test]
    fn no_headline_means_no_title() {
        let a = &extract(" date 2024-08-20 \n\nThe harbour closed on Monday after the storm.")[0];
        assert_eq!(a.title, None);
        assert_eq!(a.published.as_deref(), Some("2024-08-20"));
    }
}
