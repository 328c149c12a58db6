//! Pages that stand in for an article: bot checks ("we recorded a huge
//! amount of connections from your IP address… select I AM NOT A ROBOT"),
//! browser checks, access-denied and not-found pages. Scrapers deliver them
//! as if they were articles; kept, they would cluster together into one
//! story of walls across outlets and languages. Such a page is short and
//! speaks of the reader's browser, address or humanity, so a short body with
//! two of those signs is refused, with the reason.

/// Bodies longer than this many words are articles whatever they mention.
const MAX_WORDS: usize = 150;

/// Why `body` is a stand-in page rather than an article, if it is one.
pub fn reason(body: &str) -> Option<&'static str> {
    // counted no further than the bound: a long body is an article at once
    let words = body.split_whitespace().take(MAX_WORDS + 1).count();
    if words > MAX_WORDS {
        return None;
    }
    let lower = body.to_lowercase();
    let not_found = ["page not found", "404 not found", "error 404", "seite nicht gefunden", "page introuvable"];
    if words <= 40 && not_found.iter().any(|p| lower.contains(p)) {
        return Some("a not-found page, not an article");
    }
    let signs = [
        // The wall's own words, in any language that borrows them.
        lower.contains("captcha") || lower.contains("robot"),
        // The reader's address, browser or script settings.
        body.split(|c: char| !c.is_alphanumeric()).any(|w| w == "IP")
            || lower.contains("javascript")
            || lower.contains("your browser")
            || lower.contains("cloudflare"),
        // What the wall asks or says.
        [
            "verify you are human",
            "are you a human",
            "unusual traffic",
            "access denied",
            "access to this page has been denied",
            "request blocked",
            "amount of connections",
            "checking your browser",
        ]
        .iter()
        .any(|p| lower.contains(p)),
    ];
    (signs.iter().filter(|&&s| s).count() >= 2).then_some("a bot check or access-denied page, not an article")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bot_checks_in_any_language_are_refused() {
        let english = "Sorry, we have recorded a large amount of connections from the IP address you use. \
                       Someone may have misused it. To continue, tick I AM NOT A ROBOT.";
        assert!(reason(english).is_some());
        let polish = "Przepraszamy, z Twojego adresu IP przyszło bardzo dużo połączeń. Zaznacz NIE JESTEM ROBOTEM.";
        assert!(reason(polish).is_some());
        assert!(reason("Checking your browser before accessing the site. Please enable JavaScript.").is_some());
        assert!(reason("Access denied. Your request was blocked by Cloudflare.").is_some());
        assert!(reason("Error 404: page not found.").is_some());
    }

    #[test]
    fn articles_about_robots_or_addresses_are_kept() {
        // One sign only: a short news item about robots.
        assert!(reason("The factory in Lyon installed 40 robots on Tuesday, the company said.").is_none());
        // Two signs, but an article's length.
        let long = format!("Hackers used a captcha bypass and rotated IP addresses. {}", "The probe went on. ".repeat(60));
        assert!(reason(&long).is_none());
    }
}
