//! Extraction behaviour on small hand-written fixtures (tests/fixtures/):
//! the plain-text rules the seed corpus needs, legacy encodings, bad and
//! oversize input. These run everywhere (no shared data needed).

use std::path::PathBuf;

use concord_model::{Article, InputFormat, RawDocument};

fn fixture(rel: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn doc(id: &str, format: InputFormat, bytes: Vec<u8>) -> RawDocument {
    RawDocument { origin: format!("fixtures/{id}"), id: id.to_string(), format, bytes, hints: Default::default() }
}

fn extract(id: &str, format: InputFormat, bytes: Vec<u8>) -> Vec<Article> {
    concord_extract::extract(&doc(id, format, bytes)).expect("extracts")
}

#[test]
fn text_ticker_widgets_cookies_dropped_and_glued_article_split() {
    let arts = extract("harbour", InputFormat::Text, fixture("text/harbour_glued.txt"));
    assert_eq!(arts.len(), 2, "{arts:#?}");
    let (first, second) = (&arts[0], &arts[1]);
    assert_eq!(first.title.as_deref(), Some("Harbour Authority Confirms Pier Repairs Will Reopen Ferry Route"));
    assert_eq!(first.published.as_deref(), Some("2024-03-14T09:05:00"));
    assert!(first.body.starts_with("The harbour authority confirmed"));
    for junk in ["18:30", "Sunrise", "Tides", "cookies", "Read more", "Lighthouse"] {
        assert!(!first.body.contains(junk), "{junk} left in the first body");
    }
    assert!(first.dropped.iter().any(|d| d.starts_with("Latest 18:30")));
    assert_eq!((second.id.as_str(), second.segment), ("harbour#2", 1));
    assert_eq!(second.title.as_deref(), Some("Lighthouse Keepers' Cottage Becomes a Small Museum"));
    assert_eq!(second.dateline.as_deref(), Some("NORTH BAY"));
    assert_eq!(second.published, None, "a relative Updated time is no publication date");
    assert!(second.body.starts_with("NORTH BAY: The old keepers' cottage"));
    assert_eq!(second.body.matches("\n\n").count(), 2, "one paragraph per line");
}

#[test]
fn text_comment_form_and_section_label_dropped() {
    let a = &extract("rivers", InputFormat::Text, fixture("text/comment_form.txt"))[0];
    assert_eq!(a.title.as_deref(), Some("Rivers Rise Across the Valley as Snow Melts Early"));
    assert_eq!(a.dateline.as_deref(), Some("BERLIN"));
    assert!(!a.body.contains("Leave a Reply") && !a.body.contains("marked *"));
    assert!(!a.body.starts_with("World"));
    assert_eq!(a.body.matches("\n\n").count(), 2);
}

#[test]
fn text_without_headline_has_no_title_and_a_glued_date_label_is_the_date() {
    let a = &extract("buses", InputFormat::Text, fixture("text/date_prefix.txt"))[0];
    assert_eq!(a.title, None);
    assert_eq!(a.published.as_deref(), Some("2023-05-04"));
    assert!(a.body.starts_with("On Tuesday, the city council"));
}

#[test]
fn text_masthead_share_bar_bare_byline_and_article_glued_after_the_comment_form() {
    let arts = extract("salthaven", InputFormat::Text, fixture("text/masthead_share_bar_glued.txt"));
    assert_eq!(arts.len(), 2, "{arts:#?}");
    let (first, second) = (&arts[0], &arts[1]);
    assert_eq!(first.title.as_deref(), Some("Dredging of the north channel to start in June"));
    assert_eq!(first.byline.as_deref(), Some("Marta Okonkwo"));
    assert_eq!(first.published.as_deref(), Some("2025-05-02T07:05:00+02:00"));
    assert_eq!(first.modified, None, "a relative Updated note is no date");
    assert_eq!(first.outlet.as_deref(), Some("The Coastal Herald"), "the copyright footer names the outlet");
    assert_eq!(first.dateline.as_deref(), Some("SALTHAVEN"));
    assert!(first.dropped.iter().any(|d| d.starts_with("Share on X")));
    for junk in ["Share on", "Fog delays", "Follow the Coastal", "Name *", "Website", "Leave a Reply", "lantern"] {
        assert!(!first.body.contains(junk), "{junk} left in the first body");
    }
    assert_eq!(first.body.matches("\n\n").count(), 2, "three paragraphs");
    assert_eq!((second.id.as_str(), second.segment), ("salthaven#2", 1));
    assert_eq!(second.title.as_deref(), Some("Lantern festival returns to the old town after five years"));
    assert_eq!(second.outlet.as_deref(), Some("The Coastal Herald"));
    assert!(second.body.starts_with("The lantern festival returns") && !second.body.contains("©"));
}

#[test]
fn text_masthead_above_the_navigation_is_the_outlet() {
    let text = "HARBOUR GAZETTE\nNews | Ports | Weather\n\nFerry fares rise in April\n\nPublished 3 March 2025\n\n\
                Ferry fares on the island routes will rise by six percent in April, the operator said on Monday.";
    let a = &extract("fares", InputFormat::Text, text.as_bytes().to_vec())[0];
    assert_eq!(a.outlet.as_deref(), Some("Harbour Gazette"));
    assert_eq!(a.title.as_deref(), Some("Ferry fares rise in April"));
    assert_eq!(a.published.as_deref(), Some("2025-03-03"));
}

#[test]
fn auto_format_sniffs_plain_text() {
    let a = &extract("rivers", InputFormat::Auto, fixture("text/comment_form.txt"))[0];
    assert_eq!(a.dateline.as_deref(), Some("BERLIN"));
}

#[test]
fn html_in_windows_1252() {
    let a = &extract("cafe", InputFormat::Html, fixture("html/cafe_windows1252.html"))[0];
    assert!(a.body.contains("Das Café am Markt hat nach einer langen Renovierung"), "{}", a.body);
    assert!(a.body.contains("„der Charakter sollte bleiben“"), "{}", a.body);
    assert!(!a.body.contains("Start"));
    assert_eq!(a.outlet.as_deref(), Some("Stadtblatt"));
    assert_eq!(a.language.as_deref(), Some("de"));
}

#[test]
fn html_in_latin1_mislabelled_as_utf8() {
    let a = &extract("cafe", InputFormat::Auto, fixture("html/cafe_latin1_labelled_utf8.html"))[0];
    assert!(a.body.contains("geöffnet") && a.body.contains("Gäste"), "{}", a.body);
    assert!(!a.body.contains('\u{fffd}'));
}

#[test]
fn invalid_utf8_is_replaced_not_fatal() {
    let mut bytes = b"Ferry Timetable Changes Announced\n\nThe ferry company said the ".to_vec();
    bytes.extend_from_slice(b"\xc3\x28 timetable changes on Monday would affect the late sailings to the islands.\n");
    let a = &extract("bad", InputFormat::Text, bytes)[0];
    assert!(a.body.contains("timetable changes on Monday"));
}

#[test]
fn empty_input_is_an_error_naming_the_input() {
    let err = concord_extract::extract(&doc("empty", InputFormat::Html, b" \n ".to_vec())).expect_err("empty");
    assert!(err.to_string().contains("fixtures/empty"), "{err}");
}

#[test]
fn huge_input_is_truncated_not_refused() {
    let paragraph = "The regional council discussed the harbour budget at length and agreed to meet again.\n\n";
    let bytes = paragraph.repeat(concord_extract::decode::MAX_INPUT_BYTES / paragraph.len() + 1000).into_bytes();
    let a = &extract("huge", InputFormat::Text, bytes)[0];
    assert!(a.body.len() <= concord_extract::decode::MAX_INPUT_BYTES);
    assert!(a.body.starts_with("The regional council"));
}

#[test]
fn pathologically_nested_markup_is_read_as_text() {
    let depth = 20_000;
    let page = format!(
        "<html><body>{}<p>The harbour reopened on Monday after a week of repairs to the pier.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let a = &extract("deep", InputFormat::Html, page.into_bytes())[0];
    assert_eq!(a.body, "The harbour reopened on Monday after a week of repairs to the pier.");
}
