//! The seed corpus (shared data): the extract-stage acceptance criteria of
//! `check-seeds`, run in-process. Skips visibly when the shared data is absent.

use concord_model::{Article, InputFormat, RawDocument};

fn seed(stem: &str) -> Option<Vec<Article>> {
    let Some(data) = concord_model::shared_data_dir() else {
        println!("skipping: shared data absent");
        return None;
    };
    let path = data.join("seeds").join(format!("{stem}.txt"));
    let bytes = std::fs::read(&path).ok()?;
    let doc = RawDocument {
        origin: path.display().to_string(),
        id: stem.to_string(),
        format: InputFormat::Text,
        bytes,
        hints: Default::default(),
    };
    Some(concord_extract::extract(&doc).expect("seed extracts"))
}

#[test]
fn seed_000_ticker_widgets_and_cookies_gone_title_and_date_found() {
    let Some(arts) = seed("000_7b1148aa8294a083") else { return };
    let a = &arts[0];
    for junk in ["Fajr", "cookies", "12:45 Paris", "Read more"] {
        assert!(!a.body.contains(junk), "{junk} left in body");
    }
    assert!(a.title.as_deref().unwrap_or("").starts_with("U.S. Intelligence Agencies Confirm"));
    assert!(a.published.as_deref().unwrap_or("").starts_with("2024-08-20"));
    assert!(a.body.starts_with("In a significant development"));
    assert!(a.dropped.iter().any(|d| d.contains("cookies")));
}

#[test]
fn seed_001_glued_mexico_article_is_split_off() {
    let Some(arts) = seed("001_c463bc47bbcbec49") else { return };
    assert_eq!(arts.len(), 2);
    assert!(!arts[0].body.contains("Sheinbaum"));
    assert!(arts[1].body.contains("Sheinbaum"));
    assert_eq!(arts[1].id, "001_c463bc47bbcbec49#2");
    assert_eq!(arts[1].segment, 1);
    assert!(!arts[0].published.as_deref().unwrap_or("").starts_with("2024-09-27"));
    assert_eq!(arts[0].modified.as_deref(), Some("2024-09-27"));
    assert_eq!(arts[0].dateline.as_deref(), Some("Washington"));
    assert!(!arts[0].body.contains("Short Url") && !arts[0].body.contains("(AP)"));
}

#[test]
fn seed_002_and_004_have_no_title_and_are_dated() {
    for stem in ["002_5ecafe787e0acf0b", "004_752e9e9cb9abfdf9"] {
        let Some(arts) = seed(stem) else { return };
        assert_eq!(arts[0].title, None, "{stem}");
        assert!(arts[0].published.as_deref().unwrap_or("").starts_with("2024-08-20"), "{stem}");
        assert!(!arts[0].body.contains("2024-08-20"), "{stem}");
    }
}

#[test]
fn seed_003_comment_form_and_section_label_gone() {
    let Some(arts) = seed("003_937334168066ed15") else { return };
    assert!(!arts[0].body.contains("Leave a Reply"));
    assert!(!arts[0].body.contains("marked *"));
    assert!(!arts[0].body.starts_with("News"));
    assert_eq!(arts[0].dateline.as_deref(), Some("WASHINGTON"));
}
