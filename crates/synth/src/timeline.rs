//! The timeline: dated events from the articles' time expressions (each
//! already resolved against its own article's date), merged across outlets
//! when they share a date and say alike things, in date order. Spans such as
//! "in May and June" become `START/END`. A date inferred only from the story
//! ("on Saturday" in an undated article) stays off unless another article
//! gives the same date.

use chrono::{Datelike, NaiveDate, Weekday};
use concord_model::{Timex, TimelineEntry, TimexType};

use crate::desk::Desk;
use crate::text;

/// Events on one date merge at this sentence similarity or above.
const SAME_EVENT: f32 = 0.2;

/// A dated mention of something happening.
#[derive(Clone, Debug)]
pub struct Event {
    /// Desk line.
    pub line: usize,
    /// TimeML value or `START/END` span.
    pub date: String,
    /// False when the date was inferred from the story's date alone.
    pub firm: bool,
}

/// Words that join two dates into one span ("May and June", "2019 to 2021").
const SPAN_JOINERS: &[&str] = &["and", "to", "through", "until", "till", "-", "–", "—"];

/// Every dated event mentioned in the desk's lines.
pub fn events(desk: &Desk) -> Vec<Event> {
    let mut out = Vec::new();
    for (l, line) in desk.lines.iter().enumerate() {
        // credits, bylines and headlines in title case ("© 2019 The Kiplinger
        // Editors", "By: Ann Lee Posted on: January 01, 2020") date nothing
        if line.content_words < 4 || !crate::facts::is_prose(line.text) {
            continue;
        }
        let body = &desk.members[line.article].article.body;
        let mut dated: Vec<(&Timex, &str)> =
            line.timexes.iter().filter_map(|t| Desk::date_value(t).map(|v| (*t, v))).collect();
        dated.sort_by_key(|(t, _)| t.start);
        // "met on Friday … the draw for the 2026 World Cup" in an undated
        // article: the sentence's own day is unknown, and a coarser date
        // beside it names something else, not when this happened.
        if let Some(finest) = line.timexes.iter().filter(|t| t.value.is_none() && matches!(t.kind, TimexType::Date | TimexType::Time)).filter_map(|t| t.granularity).min() {
            dated.retain(|(t, _)| t.granularity.is_some_and(|g| g <= finest));
        }
        let mut i = 0;
        while i < dated.len() {
            let (t, v) = dated[i];
            let mut date = v.to_string();
            let mut firm = Desk::firm(t);
            if let Some(&(t2, v2)) = dated.get(i + 1) {
                let gap = body.get(t.end..t2.start).unwrap_or("").trim().to_lowercase();
                if t.granularity == t2.granularity && v2 > v && SPAN_JOINERS.contains(&gap.as_str()) {
                    date = format!("{v}/{v2}");
                    firm = firm && Desk::firm(t2);
                    i += 1;
                }
            }
            i += 1;
            let story_year = desk.story_year.map(|y| y.to_string());
            if date.len() == 4 && story_year.as_deref() == Some(date.as_str()) {
                continue; // "the 2024 election": the story's own year places nothing
            }
            out.push(Event { line: l, date, firm });
        }
    }
    out
}

/// The first day a TimeML value (or span) covers, for ordering.
pub fn first_day(value: &str) -> Option<NaiveDate> {
    let start = value.split('/').next()?;
    let mut parts = start.split('-');
    let year: i32 = parts.next()?.get(..4)?.parse().ok()?;
    match parts.next() {
        None => NaiveDate::from_ymd_opt(year, 1, 1),
        Some(p) if p.starts_with('W') => NaiveDate::from_isoywd_opt(year, p.get(1..)?.parse().ok()?, Weekday::Mon),
        Some(p) if p.starts_with('Q') => {
            let q: u32 = p.get(1..)?.parse().ok()?;
            NaiveDate::from_ymd_opt(year, (q.clamp(1, 4) - 1) * 3 + 1, 1)
        }
        Some(m) => {
            let month: u32 = m.get(..2)?.parse().ok()?;
            let day: u32 = parts.next().and_then(|d| d.get(..2)?.parse().ok()).unwrap_or(1);
            NaiveDate::from_ymd_opt(year, month, day)
        }
    }
}

/// Groups of events that are one entry: same date, alike sentences.
pub fn entries(desk: &Desk, events: &[Event]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| events[a].date.cmp(&events[b].date).then(a.cmp(&b)));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let date = &events[order[start]].date;
        let end = order[start..].iter().position(|&e| &events[e].date != date).map_or(order.len(), |p| start + p);
        let mut day: Vec<Vec<usize>> = Vec::new();
        for &e in &order[start..end] {
            let joins: Vec<usize> = day
                .iter()
                .enumerate()
                .filter(|(_, g)| g.iter().any(|&o| {
                    let (a, b) = (events[o].line, events[e].line);
                    a == b || desk.sim(a, b) >= SAME_EVENT
                }))
                .map(|(i, _)| i)
                .collect();
            let mut merged = vec![e];
            for &i in joins.iter().rev() {
                merged.extend(day.remove(i));
            }
            day.push(merged);
        }
        // A story-anchored date stays only when another article gives the same date firmly.
        for g in day {
            let firm_articles: Vec<usize> =
                order[start..end].iter().filter(|&&e| events[e].firm).map(|&e| desk.lines[events[e].line].article).collect();
            let keep = g.iter().any(|&e| events[e].firm)
                || g.iter().any(|&e| firm_articles.iter().any(|&a| a != desk.lines[events[e].line].article));
            if keep {
                groups.push(g);
            }
        }
        start = end;
    }
    groups
}

/// The story's timeline, earliest first.
pub fn timeline(desk: &Desk) -> Vec<TimelineEntry> {
    let events = events(desk);
    let mut out: Vec<(Option<NaiveDate>, usize, TimelineEntry)> = entries(desk, &events)
        .into_iter()
        .map(|g| {
            let mut lines: Vec<usize> = g.iter().map(|&e| events[e].line).collect();
            lines.sort_unstable();
            lines.dedup();
            let date = events[g[0]].date.clone();
            let text = text::clip(desk.statement_text(central(desk, &lines)), 320);
            (first_day(&date), desk.support(&lines), TimelineEntry { date, text, sources: desk.sources(&lines) })
        })
        .collect();
    out.sort_by(|a, b| {
        let ka = (a.0.map(|d| d.num_days_from_ce()), a.2.date.len());
        let kb = (b.0.map(|d| d.num_days_from_ce()), b.2.date.len());
        ka.cmp(&kb).then(b.1.cmp(&a.1)).then(a.2.text.cmp(&b.2.text))
    });
    out.into_iter().map(|x| x.2).collect()
}

/// The line most alike the others, shorter ones winning ties.
pub fn central(desk: &Desk, lines: &[usize]) -> usize {
    let score = |&l: &usize| -> f32 {
        let c: f32 = lines.iter().filter(|&&o| o != l).map(|&o| desk.sim(l, o)).sum();
        c - desk.lines[l].text.len() as f32 / 10_000.0
    };
    lines.iter().copied().max_by(|a, b| score(a).total_cmp(&score(b)).then(b.cmp(a))).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{member, timex};
    use concord_model::{AnchorKind, Granularity};

    #[test]
    fn events_merge_across_outlets_and_spans_join() {
        let mut a = member("a", Some("Ledger"), "2031-03-04", &[
            "On Monday the port authority closed the northern pier after inspectors found cracks.",
            "Inspectors had flagged the pier in May and June without result.",
            "The pier was built in 1998 by a local firm from the harbour district.",
        ]);
        timex(&mut a, 0, "Monday", "2031-03-03", Granularity::Day, Some(AnchorKind::Published));
        timex(&mut a, 1, "May", "2030-05", Granularity::Month, Some(AnchorKind::Published));
        timex(&mut a, 1, "June", "2030-06", Granularity::Month, Some(AnchorKind::Published));
        timex(&mut a, 2, "1998", "1998", Granularity::Year, None);
        let mut b = member("b", Some("Courier"), "", &[
            "The port authority closed the northern pier on Monday, citing cracks found by inspectors.",
            "On Saturday a crowd of fishermen gathered at the closed northern pier to protest.",
            "In January the harbour board had ordered new inspections of every pier.",
        ]);
        timex(&mut b, 0, "Monday", "2031-03-03", Granularity::Day, Some(AnchorKind::Story));
        timex(&mut b, 1, "Saturday", "2031-03-01", Granularity::Day, Some(AnchorKind::Story));
        timex(&mut b, 2, "January", "2031-01", Granularity::Month, Some(AnchorKind::Story));
        let members = vec![a, b];
        let desk = Desk::new(&members);
        let t = timeline(&desk);
        let dates: Vec<&str> = t.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, vec!["1998", "2030-05/2030-06", "2031-01", "2031-03-03"], "{t:#?}");
        let monday = &t[3];
        assert_eq!(monday.sources.len(), 2, "the undated article's Monday is confirmed by the dated one");
        assert!(!t.iter().any(|e| e.text.contains("fishermen")), "an unconfirmed story-anchored Saturday stays off");
        assert!(t[2].text.contains("January"), "a named month takes only its year from the story");
    }

    #[test]
    fn credit_lines_date_nothing() {
        let mut a = member("a", Some("Ledger"), "2031-03-04", &[
            "© 2029 The Harbour Ledger Editors, Inc. All Rights Reserved",
            "By: Ana Ruiz Posted on: March 04, 2031",
            "The pier was built in 1998 by a local firm from the harbour district.",
        ]);
        timex(&mut a, 0, "2029", "2029", Granularity::Year, None);
        timex(&mut a, 1, "March 04, 2031", "2031-03-04", Granularity::Day, Some(AnchorKind::Published));
        timex(&mut a, 2, "1998", "1998", Granularity::Year, None);
        let members = vec![a];
        let t = timeline(&Desk::new(&members));
        let dates: Vec<&str> = t.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, vec!["1998"], "{t:#?}");
    }

    #[test]
    fn a_year_beside_a_day_that_could_not_be_dated_dates_nothing() {
        let mut a = member("a", Some("Ledger"), "", &[
            "The mayor met the minister on Friday at the draw for the 2031 Harbour Games in the capital.",
            "The northern pier was built in 1998 by a local firm from the harbour district.",
        ]);
        timex(&mut a, 0, "Friday", "XXXX-XX-XX", Granularity::Day, None);
        a.analysis.timexes[0].value = None;
        timex(&mut a, 0, "2031", "2031", Granularity::Year, None);
        timex(&mut a, 1, "1998", "1998", Granularity::Year, None);
        let members = vec![a];
        let t = timeline(&Desk::new(&members));
        let dates: Vec<&str> = t.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, vec!["1998"], "{t:#?}");
    }

    #[test]
    fn first_day_orders_weeks_months_and_days() {
        assert_eq!(first_day("2024-W33"), NaiveDate::from_ymd_opt(2024, 8, 12));
        assert_eq!(first_day("2024-05/2024-06"), NaiveDate::from_ymd_opt(2024, 5, 1));
        assert_eq!(first_day("2024-08-19"), NaiveDate::from_ymd_opt(2024, 8, 19));
        assert_eq!(first_day("garbage"), None);
    }
}
