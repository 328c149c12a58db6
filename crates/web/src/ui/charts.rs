//! Inline SVG charts: the coverage strip (outlets × time) and the timeline.
//! Plain markup with presentation attributes, so the strict CSP allows them.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use concord_model::{CoverageItem, TimelineEntry};
use maud::{html, Markup};

use super::layout::outlet_name;
use crate::links;

const WIDTH: f64 = 720.0;
const LABELS: f64 = 165.0;
const ROW: f64 = 22.0;

/// Days since the epoch of a date or date-time prefix (`2024-08-20T08:40`).
fn instant(date: &str) -> Option<f64> {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    if let Some(dt) = date.get(..16).and_then(|d| NaiveDateTime::parse_from_str(d, "%Y-%m-%dT%H:%M").ok()) {
        return Some((dt - epoch.and_hms_opt(0, 0, 0)?).num_minutes() as f64 / 1440.0);
    }
    let day = NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
    Some((day - epoch).num_days() as f64)
}

/// The days a TimeML value covers (`2024-08-19`, `2024-08`, `2024-W33`, `2024`, `A/B`).
fn span(value: &str) -> Option<(f64, f64)> {
    if let Some((a, b)) = value.split_once('/') {
        return Some((span(a)?.0, span(b)?.1));
    }
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    let days = |d: NaiveDate| (d - epoch).num_days() as f64;
    let year: i32 = value.get(..4)?.parse().ok()?;
    let rest = value.get(4..).unwrap_or("");
    if rest.is_empty() {
        return Some((days(NaiveDate::from_ymd_opt(year, 1, 1)?), days(NaiveDate::from_ymd_opt(year, 12, 31)?)));
    }
    if let Some(week) = rest.strip_prefix("-W").and_then(|w| w.get(..2)).and_then(|w| w.parse().ok()) {
        let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
        return Some((days(monday), days(monday) + 6.0));
    }
    if let Some(day) = value.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
        return Some((days(day), days(day)));
    }
    let month: u32 = value.get(5..7)?.parse().ok()?;
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(year, month + 1, 1)? };
    Some((days(first), days(next) - 1.0))
}

/// Maps days onto the plot's x range, from the labels to `end`.
struct Scale {
    lo: f64,
    hi: f64,
    end: f64,
}

/// Where the date axis ends when nothing stands right of it.
const AXIS_END: f64 = WIDTH - 50.0;

impl Scale {
    fn new(values: impl Iterator<Item = f64>, end: f64) -> Scale {
        let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let (lo, hi) = if lo > hi { (0.0, 1.0) } else { (lo, hi.max(lo + 1.0)) };
        Scale { lo, hi, end }
    }
    fn x(&self, v: f64) -> f64 {
        LABELS + 10.0 + (v - self.lo) / (self.hi - self.lo) * (self.end - LABELS - 10.0)
    }
    fn label(&self, v: f64) -> String {
        let day = NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|e| e.checked_add_days(chrono::Days::new(v.max(0.0) as u64)));
        day.map(|d| format!("{}-{:02}-{:02}", d.year(), d.month(), d.day())).unwrap_or_default()
    }
}

fn clip(label: &str) -> String {
    if label.chars().count() > 22 { format!("{}…", label.chars().take(21).collect::<String>()) } else { label.to_string() }
}

/// Where undated articles stand in the coverage strip: a column of their
/// own right of the date axis, which then ends at [`UNDATED_AXIS_END`].
const UNDATED_X: f64 = WIDTH - 40.0;
const UNDATED_AXIS_END: f64 = WIDTH - 110.0;

/// Which outlet ran what when: one row per outlet, one dot per article (linked);
/// undated articles in a column of their own.
pub fn coverage_strip<'a>(articles: &'a [CoverageItem]) -> Markup {
    let row_name = |a: &'a CoverageItem| outlet_name(a.outlet.as_deref());
    let mut outlets: Vec<&str> = Vec::new();
    for a in articles {
        if !outlets.contains(&row_name(a)) {
            outlets.push(row_name(a));
        }
    }
    let dated = articles.iter().any(|a| a.published.as_deref().and_then(instant).is_some());
    let undated = articles.iter().any(|a| a.published.as_deref().and_then(instant).is_none());
    let end = if undated { UNDATED_AXIS_END } else { AXIS_END };
    let scale = Scale::new(articles.iter().filter_map(|a| a.published.as_deref().and_then(instant)), end);
    let height = 30.0 + outlets.len() as f64 * ROW;
    html! {
        svg.chart viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label="Coverage by outlet over time" {
            @for (i, o) in outlets.iter().enumerate() {
                @let y = 18.0 + i as f64 * ROW;
                text x="8" y=(y + 4.0) font-size="12" fill="#1d2330" { (clip(o)) }
                line x1=(LABELS) x2=(WIDTH - 10.0) y1=(y) y2=(y) stroke="#e3e6ec" {}
            }
            @for a in articles {
                @let row = outlets.iter().position(|&o| o == row_name(a)).unwrap_or(0);
                @let y = 18.0 + row as f64 * ROW;
                @let x = a.published.as_deref().and_then(instant).map_or(UNDATED_X, |v| scale.x(v));
                a href=(links::article(&a.id)) {
                    title { (a.title.as_deref().unwrap_or(&a.id)) " (" (a.published.as_deref().unwrap_or("undated")) ")" }
                    circle cx=(format!("{x:.1}")) cy=(y) r="6" fill=(if a.duplicate_of.is_some() { "#9aa3b2" } else { "#1f5fae" }) {}
                }
            }
            @if dated {
                text x=(LABELS + 10.0) y=(height - 6.0) font-size="11" fill="#5b6475" { (scale.label(scale.lo)) }
                text x=(scale.end) y=(height - 6.0) font-size="11" fill="#5b6475" text-anchor="end" { (scale.label(scale.hi)) }
            }
            // no date to lay the dots out by: no axis, only their column's label
            @if undated {
                text x=(UNDATED_X) y=(height - 6.0) font-size="11" fill="#5b6475" text-anchor="middle" { "undated" }
            }
        }
    }
}

/// The timeline as a chart: one row per entry, a dot for a day, a bar for a span.
pub fn timeline(entries: &[TimelineEntry]) -> Markup {
    let spans: Vec<Option<(f64, f64)>> = entries.iter().map(|e| span(&e.date)).collect();
    let scale = Scale::new(spans.iter().flatten().flat_map(|&(a, b)| [a, b]), AXIS_END);
    let height = 30.0 + entries.len() as f64 * ROW;
    html! {
        svg.chart viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label="Timeline" {
            @for (i, (e, s)) in entries.iter().zip(&spans).enumerate() {
                @let y = 18.0 + i as f64 * ROW;
                a href=(format!("#t{i}")) {
                    title { (e.date) ": " (e.text) }
                    text x="8" y=(y + 4.0) font-size="12" fill="#1d2330" { (clip(&e.date)) }
                    @if let Some((a, b)) = s {
                        @if b > a {
                            rect x=(format!("{:.1}", scale.x(*a))) y=(y - 5.0) width=(format!("{:.1}", (scale.x(*b) - scale.x(*a)).max(4.0))) height="10" rx="4" fill="#7fa6d8" {}
                        } @else {
                            circle cx=(format!("{:.1}", scale.x(*a))) cy=(y) r="5" fill="#1f5fae" {}
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeml_values_become_day_spans() {
        let day = span("2024-08-19").unwrap();
        assert_eq!(day.0, day.1);
        let month = span("2024-08").unwrap();
        assert_eq!(month.1 - month.0, 30.0);
        let week = span("2024-W33").unwrap();
        assert_eq!(week.1 - week.0, 6.0);
        let both = span("2024-05/2024-06").unwrap();
        assert_eq!(both.1 - both.0, 60.0);
        assert!(span("PRESENT_REF").is_none() && span("P1M").is_none() && span("ü").is_none());
        assert!(instant("2024-08-20T08:40:00+02:00").unwrap() > instant("2024-08-20").unwrap());
    }

    fn item(id: &str, outlet: Option<&str>, published: Option<&str>) -> CoverageItem {
        CoverageItem {
            id: id.into(),
            outlet: outlet.map(str::to_string),
            title: None,
            published: published.map(str::to_string),
            url: None,
            duplicate_of: None,
            opening: None,
        }
    }

    #[test]
    fn undated_coverage_draws_no_date_axis() {
        let undated = coverage_strip(&[item("a", None, None), item("b", None, None)]).into_string();
        assert!(undated.contains("undated") && !undated.contains("1970"), "{undated}");
        let dated = coverage_strip(&[item("a", None, Some("2031-03-04")), item("b", None, None)]).into_string();
        assert!(dated.contains("2031-03-04") && dated.contains(">undated</text>"), "the undated column is labelled: {dated}");
    }

    #[test]
    fn articles_of_no_named_outlet_sit_on_their_own_row() {
        let day = Some("2031-03-04");
        let svg = coverage_strip(&[item("a", None, day), item("b", Some("Ledger"), day)]).into_string();
        let dot = |id: &str| {
            let at = svg.find(&format!("/articles/{id}")).expect("linked");
            svg[at..].split("cy=\"").nth(1).and_then(|r| r.split('"').next()).map(str::to_string)
        };
        assert_eq!((dot("a").as_deref(), dot("b").as_deref()), (Some("18"), Some("40")), "{svg}");
    }
}
