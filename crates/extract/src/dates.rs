//! Date parsing shared by the HTML and plain-text paths: finds a calendar date
//! (with its clock time and UTC offset when given) in free text or metadata
//! values and renders it as ISO 8601 (`2024-08-20`, `2024-08-20T08:40:00`,
//! `2024-08-20T08:40:00+02:00`).

use chrono::{NaiveDate, NaiveTime};
use once_cell::sync::Lazy;
use regex::Regex;

/// A date found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// ISO 8601 rendering.
    pub iso: String,
    /// Byte span of the match in the searched text.
    pub start: usize,
    /// End of the match (exclusive).
    pub end: usize,
}

const MONTHS: &str = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t|tember|\.)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";
const TIME: &str = r"(?:\s*(?:[-–—,|@]|at)?\s*(?P<h>[01]?\d|2[0-3])[:.h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>Z|[+-]\d\d:?\d\d|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d\d)?|UTC|GMT)\b)?)?";

static ISO: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<y>(?:19|20)\d\d)[-/.](?P<m>0?[1-9]|1[0-2])[-/.](?P<d>0?[1-9]|[12]\d|3[01])(?:T|\b){TIME}"))
        .expect("static regex")
});
static DAY_MONTH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon>{MONTHS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b{TIME}"))
        .expect("static regex")
});
static MONTH_DAY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<mon>{MONTHS})\.?\s+(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b{TIME}"))
        .expect("static regex")
});
static NUMERIC_DMY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"\b(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d\d)\b{TIME}")).expect("static regex")
});

fn month_number(name: &str) -> Option<u32> {
    let key: String = name.chars().take(3).collect::<String>().to_ascii_lowercase();
    let n = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .iter()
        .position(|m| *m == key)?;
    u32::try_from(n + 1).ok()
}

/// The first date in `text`, if any (ISO first, then written-out and numeric
/// day-month-year; on a tie the earlier form wins). A date at the very start
/// cannot be beaten, so the later forms are not tried (nor compiled) then.
pub fn find_date(text: &str) -> Option<FoundDate> {
    let forms: [&Lazy<Regex>; 4] = [&ISO, &DAY_MONTH, &MONTH_DAY, &NUMERIC_DMY];
    let mut best: Option<FoundDate> = None;
    for form in forms {
        if best.as_ref().is_some_and(|b| b.start == 0) {
            break;
        }
        let found = form.captures_iter(text).find_map(|c| from_captures(&c));
        if let Some(found) = found.filter(|f| best.as_ref().is_none_or(|b| f.start < b.start)) {
            best = Some(found);
        }
    }
    best
}

/// Normalises a whole date value (metadata, feed field) to ISO 8601.
pub fn normalise(value: &str) -> Option<String> {
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(value.trim()) {
        return Some(dt.format("%Y-%m-%dT%H:%M:%S%:z").to_string());
    }
    find_date(value).map(|found| found.iso)
}

fn from_captures(c: &regex::Captures<'_>) -> Option<FoundDate> {
    let whole = c.get(0)?;
    let year: i32 = c.name("y")?.as_str().parse().ok()?;
    let month = match c.name("m") {
        Some(m) => m.as_str().parse().ok()?,
        None => month_number(c.name("mon")?.as_str())?,
    };
    let day: u32 = c.name("d")?.as_str().parse().ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let mut iso = date.format("%Y-%m-%d").to_string();
    if let (Some(h), Some(mi)) = (c.name("h"), c.name("mi")) {
        let mut hour: u32 = h.as_str().parse().ok()?;
        let minute: u32 = mi.as_str().parse().ok()?;
        let second: u32 = c.name("s").and_then(|s| s.as_str().parse().ok()).unwrap_or(0);
        if let Some(ampm) = c.name("ampm") {
            let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
            hour = match (hour, pm) {
                (12, false) => 0,
                (h, true) if h < 12 => h + 12,
                (h, _) => h,
            };
        }
        if let Some(time) = NaiveTime::from_hms_opt(hour, minute, second) {
            iso.push_str(&time.format("T%H:%M:%S").to_string());
            if let Some(tz) = c.name("tz") {
                iso.push_str(&render_offset(tz.as_str()));
            }
        }
    }
    Some(FoundDate { iso, start: whole.start(), end: whole.end() })
}

fn render_offset(tz: &str) -> String {
    let upper = tz.to_ascii_uppercase();
    if let Some(shift) = upper.strip_prefix("GMT").or_else(|| upper.strip_prefix("UTC")).map(str::trim).filter(|s| !s.is_empty()) {
        return zone_shift(shift);
    }
    match upper.as_str() {
        "Z" | "UTC" | "GMT" => "Z".to_string(),
        other if other.len() == 5 => format!("{}:{}", &other[..3], &other[3..]),
        other => other.to_string(),
    }
}

/// "+1", "-05", "+5:30", "+0530" (after "GMT"/"UTC") as "+01:00".
fn zone_shift(shift: &str) -> String {
    let (sign, digits) = shift.split_at(shift.len().min(1));
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    let (hours, minutes) = match digits.len() {
        1 | 2 => (digits.as_str(), "00"),
        3 => digits.split_at(1),
        _ => digits.split_at(2),
    };
    format!("{sign}{hours:0>2}:{minutes:0>2}")
}

/// The `yyyy-mm-dd` date a URL path carries (`/2024/08/20/`), if any.
pub fn date_in_url(url: &str) -> Option<String> {
    static URL_DATE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:/|$)").expect("static regex")
    });
    let c = URL_DATE.captures(url)?;
    let date = NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earliest_date_wins_whatever_its_form() {
        let iso = |t: &str| find_date(t).map(|f| f.iso);
        assert_eq!(iso("Posted 3 March 2024, updated 2024-03-05").as_deref(), Some("2024-03-03"));
        assert_eq!(iso("2024-03-05, first posted 3 March 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(iso("on 04.03.2024 or March 5, 2024").as_deref(), Some("2024-03-04"));
    }

    #[test]
    fn iso_forms() {
        assert_eq!(normalise("2024-08-20").as_deref(), Some("2024-08-20"));
        assert_eq!(normalise("2024-08-20T08:40:00Z").as_deref(), Some("2024-08-20T08:40:00Z"));
        assert_eq!(normalise("2024-08-20T08:40:00+0200").as_deref(), Some("2024-08-20T08:40:00+02:00"));
        assert_eq!(normalise(" date 2024-08-20 ").as_deref(), Some("2024-08-20"));
    }

    #[test]
    fn written_out_forms() {
        assert_eq!(normalise("Tuesday 20 August 2024 - 08:40").as_deref(), Some("2024-08-20T08:40:00"));
        assert_eq!(normalise("Updated 27 September 2024").as_deref(), Some("2024-09-27"));
        assert_eq!(normalise("Monday, Aug. 19, 2024").as_deref(), Some("2024-08-19"));
        assert_eq!(normalise("March 3rd, 2023 at 4:05 pm").as_deref(), Some("2023-03-03T16:05:00"));
        assert_eq!(normalise("05.11.2024").as_deref(), Some("2024-11-05"));
        assert_eq!(normalise("June 2, 2025 7:05 AM GMT+2").as_deref(), Some("2025-06-02T07:05:00+02:00"));
        assert_eq!(normalise("2 June 2025 19:05 UTC-5:30").as_deref(), Some("2025-06-02T19:05:00-05:30"));
        assert_eq!(normalise("2 June 2025 19:05 GMT").as_deref(), Some("2025-06-02T19:05:00Z"));
    }

    #[test]
    fn rfc2822_from_feeds() {
        assert_eq!(normalise("Tue, 20 Aug 2024 08:40:00 +0000").as_deref(), Some("2024-08-20T08:40:00+00:00"));
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert_eq!(normalise("2024-02-31"), None);
        assert_eq!(normalise("no date here"), None);
    }

    #[test]
    fn span_points_at_the_match() {
        let text = "Posted on 20 August 2024 by staff";
        let found = find_date(text).expect("date");
        assert_eq!(&text[found.start..found.end], "20 August 2024");
    }

    #[test]
    fn url_dates() {
        assert_eq!(date_in_url("https://x.com/2019/11/05/story.html").as_deref(), Some("2019-11-05"));
        assert_eq!(date_in_url("https://x.com/news/12345"), None);
    }
}
