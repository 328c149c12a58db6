//! Boilerplate lines of text scrapes, recognised by their shape and by
//! keyword families: headline tickers, cookie and consent notices, comment
//! forms, share/follow/navigation labels, section labels, photo captions,
//! copyright lines and widget lists (prayer times and other short bullet runs).

use once_cell::sync::Lazy;
use regex::Regex;

/// Notices and forms are shorter than this; a longer paragraph is article text.
const MAX_NOTICE_BYTES: usize = 400;

/// Why a single line is boilerplate, if it is.
pub fn line_reason(line: &str) -> Option<&'static str> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return None;
    }
    let lower = trimmed.to_lowercase();
    if is_ticker(trimmed) {
        Some("ticker")
    } else if is_cookie_notice(&lower) {
        Some("cookie notice")
    } else if is_comment_form(&lower) {
        Some("comment form")
    } else if is_ui_label(&lower) || is_share_bar(&lower) || is_follow_promo(&lower) || is_link_teaser(&lower) {
        Some("label")
    } else if is_caption(trimmed) {
        Some("caption")
    } else if is_rights_line(&lower) {
        Some("copyright")
    } else {
        None
    }
}

/// Clock times followed by a headline: "12:45 Paris mayoral candidate…".
static TICKER_ITEM: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?:^|\s)(?:[01]?\d|2[0-3])[:.h][0-5]\d\s+[\p{Lu}\d“\x22']").expect("static regex"));

/// A line listing several timed headlines.
pub fn is_ticker(line: &str) -> bool {
    TICKER_ITEM.find_iter(line).take(3).count() >= 3
}

/// Cookie and consent notices: short, about cookies, addressed to the reader.
fn is_cookie_notice(lower: &str) -> bool {
    if lower.len() > MAX_NOTICE_BYTES {
        return false;
    }
    let addresses_reader = ["you", "our "].iter().any(|w| lower.contains(w));
    (lower.contains("cookie")
        && addresses_reader
        && ["use", "accept", "consent", "brows", "agree", "policy", "experience", "settings"].iter().any(|w| lower.contains(w)))
        || lower.starts_with("we value your privacy")
        || lower.contains("by continuing to browse")
        || lower.contains("by continuing to use this site")
}

fn is_comment_form(lower: &str) -> bool {
    const FORM: [&str; 9] = [
        "leave a reply",
        "leave a comment",
        "your email address will not be published",
        "required fields are marked",
        "post comment",
        "cancel reply",
        "save my name, email",
        "you must be logged in to post",
        "comments are closed",
    ];
    static FIELD: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"^(?:your\s+)?(?:name|e-?mail(?: address)?|website|url|comment|reply)\s*\*?$").expect("static regex"));
    FORM.iter().any(|p| lower.starts_with(p))
        || (lower.len() < 160 && FORM.iter().any(|p| lower.contains(p)))
        || FIELD.is_match(lower)
}

/// A bar of share and follow buttons: "Share on X  Share on Facebook  Copy link".
fn is_share_bar(lower: &str) -> bool {
    static BAR: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:[\s|·•/]*(?:share(?:\s+(?:on|via)\s+[\w.]+)?|copy(?:\s+the)?\s+link|link\s+copied|follow(?:\s+us)?(?:\s+on\s+[\w.]+)?|tweet|email|e-mail|print|whatsapp|facebook|linkedin|telegram|reddit|x)\b)+[\s|·•/]*$")
            .expect("static regex")
    });
    lower.len() <= 200 && BAR.is_match(lower)
}

/// A note on where a syndicated story first ran: "This story originally
/// appeared on MJBizDaily", "This article is republished from The
/// Conversation", "(This story has not been edited by … and is
/// auto-generated from a syndicated feed.)". Part of the story (the
/// extraction set's bodies keep it), but never its headline.
pub fn is_syndication_note(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    static NOTE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^\(?(?:this (?:story|article|post|piece|report) (?:was |is |has been )?(?:(?:originally|first) (?:appeared|published|ran|posted)|republished|appeared (?:first |originally )?(?:on|in))\b|this (?:story|article) has not been edited\b|originally (?:published|appeared|posted) (?:on|in|at|by)\b)")
            .expect("static regex")
    });
    lower.len() <= 200 && NOTE.is_match(&lower)
}

/// "Follow Example News on X and LinkedIn for the latest headlines".
fn is_follow_promo(lower: &str) -> bool {
    static PROMO: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:follow|like|join)\b.{0,60}?\bon\s+(?:x|twitter|facebook|linkedin|instagram|tiktok|youtube|threads|bluesky|whatsapp|telegram)\b")
            .expect("static regex")
    });
    lower.len() <= 120 && PROMO.is_match(lower)
}

/// A single link teaser: "Read more: Council approves the budget", "Our Standards: The Trust Principles".
fn is_link_teaser(lower: &str) -> bool {
    const LEADS: [&str; 8] =
        ["read more:", "read also:", "see also:", "also read:", "related:", "read next:", "our standards:", "editorial standards:"];
    lower.len() <= 200 && LEADS.iter().any(|l| lower.starts_with(l))
}

/// Share, follow, navigation and section labels that make up a whole line.
fn is_ui_label(lower: &str) -> bool {
    const LABELS: &[&str] = &[
        // share and follow bars
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "share on x", "tweet", "print", "email", "e-mail", "whatsapp", "copy link", "link copied", "short url",
        "short link", "follow", "follow us", "follow us on", "subscribe", "sign up", "sign in", "log in", "login",
        "register", "comments", "comment", "view comments", "show comments",
        // navigation
        "read more", "read next", "read also", "see also", "also read", "related", "related articles",
        "related news", "related stories", "more", "more on this story", "advertisement", "ad", "sponsored",
        "skip to content", "skip to main content", "menu", "search", "home", "back to top", "show more",
        "load more", "listen", "listen to this article", "top stories", "most read", "most popular", "trending",
        "latest", "latest news", "breaking", "breaking news", "live", "video", "photos", "gallery",
        // section labels
        "news", "world", "world news", "politics", "business", "economy", "opinion", "analysis", "us", "u.s",
        "us news", "middle east", "americas", "europe", "asia", "africa", "tech", "technology", "science",
        "sport", "sports", "health", "national", "international", "elections", "local", "culture",
    ];
    let label = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if label.len() > 40 {
        return false;
    }
    LABELS.contains(&label) || is_read_time(label)
}

/// A label that heads a list of links to other stories ("Read more", "Related stories").
pub fn is_list_heading(line: &str) -> bool {
    const HEADINGS: [&str; 12] = [
        "read more", "read next", "read also", "see also", "also read", "related", "related articles", "related news",
        "related stories", "more on this story", "most read", "top stories",
    ];
    let lower = line.trim().trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    HEADINGS.contains(&lower.as_str())
}

/// "5 min read", "Reading time: 3 minutes".
fn is_read_time(label: &str) -> bool {
    static READ_TIME: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:reading time:?\s*)?\d+\s*(?:min|mins|minutes?)(?:\s+read)?$").expect("static regex")
    });
    READ_TIME.is_match(label)
}

/// Photo captions: short, with a credit in parentheses at the end or a "Photo:" lead.
fn is_caption(line: &str) -> bool {
    static CREDIT_END: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)\((?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty(?: Images)?|Bloomberg|Xinhua|Anadolu|SPA|WAM|File(?: photo)?|Photo[^)]{0,40}|[^)]{0,40}/\s*(?:AFP|AP|Reuters|Getty Images|EPA))\)\s*$")
            .expect("static regex")
    });
    static CREDIT_LEAD: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)^(?:photo|image|picture|file photo|photograph|credit|caption)\s*(?:credit)?\s*[:/|]").expect("static regex")
    });
    line.len() <= MAX_NOTICE_BYTES && (CREDIT_END.is_match(line) || CREDIT_LEAD.is_match(line))
}

fn is_rights_line(lower: &str) -> bool {
    const FOOTER_LINKS: [&str; 5] = ["cookie settings", "privacy policy", "terms of use", "terms and conditions", "terms of service"];
    lower.len() < 200
        && (lower.starts_with('©')
            || lower.starts_with("copyright")
            || lower.contains("all rights reserved")
            || FOOTER_LINKS.iter().any(|l| lower.contains(l)) && !lower.ends_with('.'))
}

/// A bullet list item ("• Fajr", "- Sunrise", "* Isha"); returns the item text.
pub fn bullet_item(line: &str) -> Option<&str> {
    let t = line.trim();
    let rest = t.strip_prefix(['•', '·', '▪', '■', '*', '-', '–', '►', '›'])?;
    Some(rest.trim())
}

/// Indices of lines that form widget lists: runs of at least three short
/// bullet items (blank lines between them allowed) or of prayer-time names.
pub fn widget_lines(lines: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<usize>| {
        if run.len() >= 3 {
            out.append(run);
        }
        run.clear();
    };
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if is_widget_item(line) {
            run.push(i);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn is_widget_item(line: &str) -> bool {
    const PRAYERS: [&str; 8] = ["fajr", "sunrise", "dhuhr", "zuhr", "asr", "maghrib", "isha", "imsak"];
    let item = bullet_item(line).unwrap_or(line.trim());
    let first = item.split_whitespace().next().unwrap_or("").to_lowercase();
    let short = item.split_whitespace().count() <= 3 && !item.ends_with(['.', '!', '?', '"', '”']);
    short && (bullet_item(line).is_some() || PRAYERS.contains(&first.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickers() {
        assert!(is_ticker("Latest 09:15 Rain expected 09:00 Markets open higher 08:45 Minister resigns"));
        assert!(!is_ticker("The meeting ran from 09:00 to 11:30 and ended with a vote."));
    }

    #[test]
    fn cookie_and_consent() {
        assert_eq!(line_reason("This site uses cookies to improve your experience."), Some("cookie notice"));
        assert_eq!(line_reason("By continuing to browse, you agree to our terms."), Some("cookie notice"));
        assert_eq!(line_reason("The bakery sold 300 cookies on Monday."), None);
        assert_eq!(line_reason("The bakery used a new recipe for its cookies and agreed to expand."), None);
        let article = format!("You may have seen our story on cookies: we use butter. {}", "More text follows here. ".repeat(20));
        assert_eq!(line_reason(&article), None);
    }

    #[test]
    fn syndication_notes_are_told_apart_from_text() {
        for note in ["This story originally appeared on MJBizDaily", "This article is republished from The Conversation under a Creative Commons license.", "(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)"] {
            assert!(is_syndication_note(note), "{note}");
        }
        assert!(!is_syndication_note("This story ran long because the harbour vote ran late."));
    }

    #[test]
    fn comment_forms() {
        assert_eq!(line_reason("Leave a Reply"), Some("comment form"));
        assert_eq!(line_reason("Your email address will not be published. Required fields are marked *"), Some("comment form"));
    }

    #[test]
    fn labels_are_whole_lines_only() {
        for label in ["Short Url", "Follow", "Read more", "News", "  Share »", "4 min read", "Advertisement"] {
            assert_eq!(line_reason(label), Some("label"), "{label}");
        }
        assert_eq!(line_reason("News of the vote spread quickly through the capital."), None);
    }

    #[test]
    fn share_bars_follow_promos_and_teasers_are_labels() {
        for bar in ["Share on X   Share on LinkedIn   Copy link", "Share on Bluesky Share on Facebook Follow us", "Share | Tweet | Email"] {
            assert_eq!(line_reason(bar), Some("label"), "{bar}");
        }
        assert_eq!(line_reason("Follow the Harbour Gazette on Instagram for daily photos"), Some("label"));
        assert_eq!(line_reason("Read more: Ferry fares to rise in April"), Some("label"));
        assert_eq!(line_reason("Our Standards: The Coast Wire Editorial Code."), Some("label"));
        assert_eq!(line_reason("Share prices on the exchange fell sharply on Monday."), None);
        assert_eq!(line_reason("Follow-up talks on the harbour deal are due in May."), None);
    }

    #[test]
    fn comment_fields_and_footer_links() {
        for field in ["Name *", "Website", "Email *"] {
            assert!(line_reason(field).is_some(), "{field}");
        }
        assert!(line_reason("Harbour Gazette Ltd · Privacy policy · Cookie settings").is_some());
        assert_eq!(line_reason("Her website drew complaints about its privacy policy, regulators said."), None);
    }

    #[test]
    fn captions() {
        assert_eq!(line_reason("The minister speaks to reporters in Lyon, June 3, 2024 (AFP)"), Some("caption"));
        assert_eq!(line_reason("Photo: Harbour workers at dawn"), Some("caption"));
        assert_eq!(line_reason("He said the AP report (published Monday) was wrong."), None);
    }

    #[test]
    fn widget_runs() {
        let lines = ["Body text ends here.", "", "  • Fajr", "  • Sunrise", "  • Dhuhr", "", "Read more"];
        assert_eq!(widget_lines(&lines), vec![2, 3, 4]);
        let single = ["  • A long standfirst that summarises the article in one full sentence."];
        assert!(widget_lines(&single).is_empty());
    }
}
