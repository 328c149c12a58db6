//! Calendar arithmetic: turns a recognised expression into a TimeML value
//! against the anchor date.
//!
//! News is past-leaning: an underspecified date ("Monday", "June 5") is the
//! nearest occurrence with the past preferred, unless the sentence looks
//! forward ("will", "scheduled"), when the next occurrence wins.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use concord_model::{Granularity, TimexType};

use super::lexicon::{Amount, Unit};

/// A recognised time expression, before resolution.
#[derive(Clone, Debug)]
pub enum Expr {
    /// Needs no anchor: "Aug. 19, 2024", "2016", "the 1990s", "P3Y", "PRESENT_REF".
    Fixed { value: String, kind: TimexType, granularity: Option<Granularity> },
    /// A day of a month without a year ("August 10").
    MonthDay { month: u32, day: u32, shift: Option<i32> },
    /// A month without a year ("in June", "last April"); `shift` is last/this/next.
    Month { month: u32, shift: Option<i32> },
    /// A month of a year counted from the anchor's ("April next year").
    MonthOfYear { month: u32, years: i32 },
    /// A weekday ("Monday", "last Friday", "Friday morning").
    Weekday { weekday: Weekday, shift: Option<i32>, part: Option<&'static str> },
    /// A day counted from the anchor ("yesterday", "tonight").
    Day { offset: i64, part: Option<&'static str> },
    /// "The weekend": the latest one (a past-leaning sentence) or the coming
    /// one ("ahead of the weekend").
    Weekend,
    /// A calendar period counted from the anchor's ("last week", "two years ago").
    Period { unit: Unit, offset: i64 },
    /// A period counted from the date the story last mentioned ("the
    /// following day", "later that year"); resolved as a [`Expr::Period`]
    /// against that date, or against the anchor when there is none.
    Narrative { unit: Unit, offset: i64 },
    /// A numbered quarter or half of a year ("the third quarter", "1990's
    /// first half"): of `year`, or `back` years before the anchor's, or inferred.
    Quarter { n: u32, half: bool, year: Option<i32>, back: Option<i32> },
    /// The latest completed quarter, `back` years before ("the year-ago quarter").
    LatestQuarter { back: i32 },
    /// The latest completed quarter's counterpart in a named year ("the 1988
    /// quarter" in an earnings report).
    LatestQuarterIn { year: i32 },
    /// A season ("last fall").
    Season { code: &'static str, shift: Option<i32>, year: Option<i32> },
    /// A yearly holiday ("Thanksgiving").
    Holiday { date: fn(i32) -> Option<NaiveDate>, shift: Option<i32> },
    /// A day counted from the date the text last mentioned rather than from
    /// the anchor ("the previous Friday").
    Anaphoric(Box<Expr>),
    /// The week holding a day ("the week of March 6").
    WeekOf(Box<Expr>),
    /// A clock time, on a day given by another expression (today when none).
    /// `utc` when the text gives the time in GMT/UTC (the value ends in "Z").
    Clock { hour: u32, minute: u32, utc: bool, day: Option<Box<Expr>> },
}

/// A resolved value with its type and granularity.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// TimeML value; None when it needs an anchor and there is none.
    pub value: Option<String>,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// Precision.
    pub granularity: Option<Granularity>,
    /// Whether the value depended on the anchor.
    pub relative: bool,
}

/// Which way an underspecified date leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// News default, no tense cue: the past, unless the future is much nearer.
    Neutral,
    /// The sentence speaks of the past ("said", "was"): the latest occurrence.
    Past,
    /// The sentence looks forward.
    Future,
}

/// The TimeML duration of `n` units ("P3Y", "PT5H", "PXW").
pub fn duration(n: Amount, unit: Unit) -> String {
    let (k, letter, time) = match unit {
        Unit::Second => (1.0, 'S', true),
        Unit::Minute => (1.0, 'M', true),
        Unit::Hour => (1.0, 'H', true),
        Unit::Day => (1.0, 'D', false),
        Unit::Weekend => (2.0, 'D', false),
        Unit::Week => (1.0, 'W', false),
        Unit::Fortnight => (2.0, 'W', false),
        Unit::Month => (1.0, 'M', false),
        Unit::Quarter => (1.0, 'Q', false),
        Unit::Year => (1.0, 'Y', false),
        Unit::Decade => (10.0, 'Y', false),
        Unit::Century => (100.0, 'Y', false),
    };
    let t = if time { "T" } else { "" };
    match n {
        Amount::Vague => format!("P{t}X{letter}"),
        Amount::Known(n) => {
            let v = n * k;
            // Fractions move to the next smaller unit: 5.5 hours is PT5H30M.
            let smaller = match letter {
                'H' => Some((60.0, 'M')),
                'M' if time => Some((60.0, 'S')),
                'Y' => Some((12.0, 'M')),
                'D' if !time => Some((24.0, 'H')),
                _ => None,
            };
            if let (Some((per, small)), true) = (smaller, v.fract() != 0.0) {
                let whole = v.trunc() as i64;
                let part = (v.fract() * per).round() as i64;
                let tp = if small == 'H' { "T" } else { "" };
                return match (whole, letter) {
                    (0, _) => format!("P{t}{tp}{part}{small}"),
                    (_, 'D') => format!("P{whole}DT{part}H"),
                    _ => format!("P{t}{whole}{letter}{part}{small}"),
                };
            }
            if v.fract() == 0.0 {
                format!("P{t}{}{letter}", v as i64)
            } else {
                format!("P{t}{v}{letter}")
            }
        }
    }
}

/// Resolves `expr` against `anchor` (None: relative values stay unknown).
pub fn resolve(expr: &Expr, anchor: Option<NaiveDate>, lean: Lean) -> Resolved {
    if let Expr::Fixed { value, kind, granularity } = expr {
        return Resolved { value: Some(value.clone()), kind: *kind, granularity: *granularity, relative: false };
    }
    let (kind, granularity) = shape(expr);
    let value = anchor.and_then(|a| value_of(expr, a, lean));
    Resolved { value, kind, granularity, relative: true }
}

fn shape(expr: &Expr) -> (TimexType, Option<Granularity>) {
    let date = |g| (TimexType::Date, Some(g));
    match expr {
        Expr::Fixed { kind, granularity, .. } => (*kind, *granularity),
        Expr::MonthDay { .. } | Expr::Holiday { .. } => date(Granularity::Day),
        Expr::Weekday { part: Some(_), .. } | Expr::Day { part: Some(_), .. } | Expr::Clock { .. } => {
            (TimexType::Time, Some(Granularity::Time))
        }
        Expr::Weekday { .. } | Expr::Day { .. } => date(Granularity::Day),
        Expr::Month { .. } | Expr::MonthOfYear { .. } => date(Granularity::Month),
        Expr::WeekOf(_) | Expr::Weekend => date(Granularity::Week),
        Expr::Anaphoric(e) => shape(e),
        Expr::Quarter { .. } | Expr::LatestQuarter { .. } | Expr::LatestQuarterIn { .. } | Expr::Season { .. } => {
            date(Granularity::Quarter)
        }
        Expr::Period { unit, .. } | Expr::Narrative { unit, .. } => date(match unit {
            Unit::Second | Unit::Minute | Unit::Hour => Granularity::Time,
            Unit::Day => Granularity::Day,
            Unit::Weekend | Unit::Week | Unit::Fortnight => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Quarter => Granularity::Quarter,
            Unit::Year | Unit::Decade | Unit::Century => Granularity::Year,
        }),
    }
}

/// The year and number of the last quarter completed by `a`.
fn latest_quarter(a: NaiveDate) -> (i32, u32) {
    match a.month().div_ceil(3) {
        1 => (a.year() - 1, 4),
        q => (a.year(), q - 1),
    }
}

fn value_of(expr: &Expr, a: NaiveDate, lean: Lean) -> Option<String> {
    Some(match expr {
        Expr::Fixed { value, .. } => value.clone(),
        Expr::MonthDay { month, day, shift } => {
            let d = nearest(a, *shift, lean, |y| NaiveDate::from_ymd_opt(y, *month, *day))?;
            d.format("%Y-%m-%d").to_string()
        }
        Expr::Holiday { date, shift } => nearest(a, *shift, lean, date)?.format("%Y-%m-%d").to_string(),
        Expr::Month { month, shift } => {
            let d = nearest(a, *shift, lean, |y| NaiveDate::from_ymd_opt(y, *month, 15))?;
            d.format("%Y-%m").to_string()
        }
        Expr::MonthOfYear { month, years } => format!("{}-{month:02}", a.year() + years),
        Expr::Weekday { weekday, shift, part } => {
            let d = weekday_date(a, *weekday, *shift, lean)?;
            with_part(d, *part)
        }
        Expr::Day { offset, part } => with_part(add_days(a, *offset)?, *part),
        Expr::Weekend => format!("{}-WE", iso_week(weekday_date(a, Weekday::Sat, None, lean)?)),
        Expr::Period { unit, offset } | Expr::Narrative { unit, offset } => period(a, *unit, *offset)?,
        Expr::Quarter { n, half, year, back } => {
            let current = if *half { a.month().div_ceil(6) } else { a.month().div_ceil(3) };
            // A later quarter than the anchor's is last year's, unless the
            // sentence looks forward or, without a cue, it is the next one
            // ("cuts during the fourth quarter" in August).
            let ahead = lean == Lean::Future || lean == Lean::Neutral && *n == current + 1;
            let inferred = if *n > current && !ahead { a.year() - 1 } else { a.year() };
            let y = year.or(back.map(|b| a.year() - b)).unwrap_or(inferred);
            format!("{y}-{}{n}", if *half { 'H' } else { 'Q' })
        }
        Expr::LatestQuarter { back } => {
            let (y, q) = latest_quarter(a);
            format!("{}-Q{q}", y - back)
        }
        Expr::LatestQuarterIn { year } => format!("{year}-Q{}", latest_quarter(a).1),
        Expr::Season { code, shift, year } => {
            let y = match year {
                Some(y) => *y,
                None => {
                    // "Last summer" is the one before the current season.
                    let from = if *shift == Some(-1) { add_months(a, -2)? } else { a };
                    let mid = season_month(code);
                    nearest(from, *shift, lean, |y| NaiveDate::from_ymd_opt(y, mid, 15))?.year()
                }
            };
            format!("{y}-{code}")
        }
        Expr::Anaphoric(e) => value_of(e, a, lean)?,
        Expr::WeekOf(day) => {
            let v = value_of(day, a, lean)?;
            iso_week(NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()?)
        }
        Expr::Clock { hour, minute, utc, day } => {
            let d = match day {
                Some(e) => value_of(e, a, lean)?,
                None => a.format("%Y-%m-%d").to_string(),
            };
            format!("{}T{hour:02}:{minute:02}{}", d.get(..10)?, if *utc { "Z" } else { "" })
        }
    })
}

fn with_part(d: NaiveDate, part: Option<&str>) -> String {
    match part {
        Some(p) => format!("{}T{p}", d.format("%Y-%m-%d")),
        None => d.format("%Y-%m-%d").to_string(),
    }
}

fn add_days(a: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        a.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        a.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(a: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 { a.checked_add_months(m) } else { a.checked_sub_months(m) }
}

/// The middle month of a season code (winter counted at its December).
fn season_month(code: &str) -> u32 {
    match code {
        "SP" => 4,
        "SU" => 7,
        "FA" => 10,
        _ => 12,
    }
}

/// The occurrence of a yearly date nearest the anchor: `shift` -1 is the last
/// one before the anchor, +1 the next after it, 0 the anchor's year; without a
/// shift the nearest, future distances weighed by the lean (a date in the
/// near future stays there even in a past-tense sentence: "was extended to
/// Nov. 16").
fn nearest(a: NaiveDate, shift: Option<i32>, lean: Lean, on: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let candidates = [a.year() - 1, a.year(), a.year() + 1].into_iter().filter_map(&on);
    match shift {
        Some(0) => on(a.year()),
        Some(s) if s < 0 => candidates.filter(|d| *d < a).max(),
        Some(_) => candidates.filter(|d| *d > a).min(),
        None => {
            let weight = match lean {
                Lean::Future => 0.25,
                Lean::Neutral => 2.0,
                Lean::Past => 4.0,
            };
            let cost = |d: &NaiveDate| {
                let days = (*d - a).num_days() as f64;
                if days <= 0.0 { -days } else { days * weight }
            };
            candidates.min_by(|x, y| cost(x).total_cmp(&cost(y)))
        }
    }
}

/// The date of a weekday: the latest on or before the anchor (past lean), the
/// first on or after it (future lean), the nearer one, past preferred, without
/// a cue; "last"/"next" exclude the anchor day.
fn weekday_date(a: NaiveDate, wd: Weekday, shift: Option<i32>, lean: Lean) -> Option<NaiveDate> {
    let back = (7 + a.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64) % 7;
    let ahead = (7 - back) % 7;
    match (shift, lean) {
        (Some(s), _) if s < 0 => add_days(a, -(if back == 0 { 7 } else { back })),
        (Some(s), _) if s > 0 => add_days(a, if ahead == 0 { 7 } else { ahead }),
        (_, Lean::Future) => add_days(a, ahead),
        // Without a tense cue the nearer occurrence wins, the past weighed
        // thrice: "Tuesday" in a Monday article is tomorrow.
        (_, Lean::Neutral) if ahead > 0 && 3 * ahead < back => add_days(a, ahead),
        _ => add_days(a, -back),
    }
}

/// The calendar period `offset` units from the anchor's: "2024-W33", "2024-08", "2024".
fn period(a: NaiveDate, unit: Unit, offset: i64) -> Option<String> {
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => add_days(a, offset)?.format("%Y-%m-%d").to_string(),
        Unit::Week | Unit::Fortnight => iso_week(add_days(a, 7 * offset)?),
        Unit::Weekend => {
            // The weekend of the anchor's week, or the latest past one.
            let d = add_days(a, 7 * offset)?;
            format!("{}-WE", iso_week(d))
        }
        Unit::Month => add_months(a, offset)?.format("%Y-%m").to_string(),
        Unit::Quarter => {
            let d = add_months(a, 3 * offset)?;
            format!("{}-Q{}", d.year(), d.month().div_ceil(3))
        }
        Unit::Year => format!("{}", a.year() as i64 + offset),
        Unit::Decade => format!("{}", (a.year() as i64 + 10 * offset).div_euclid(10)),
        Unit::Century => format!("{:02}", (a.year() as i64 + 100 * offset).div_euclid(100)),
    })
}

fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// Thanksgiving (US): the fourth Thursday of November.
pub fn thanksgiving(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)
}

/// US Election Day: the Tuesday after the first Monday of November.
pub fn election_day(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)?.checked_add_days(Days::new(1))
}

/// Labor Day (US): the first Monday of September.
pub fn labor_day(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 9, Weekday::Mon, 1)
}

/// Memorial Day (US): the last Monday of May.
pub fn memorial_day(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 5, Weekday::Mon, 5).or_else(|| NaiveDate::from_weekday_of_month_opt(y, 5, Weekday::Mon, 4))
}

/// Christmas Day.
pub fn christmas(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 12, 25)
}

/// Christmas Eve.
pub fn christmas_eve(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 12, 24)
}

/// New Year's Day.
pub fn new_year(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 1, 1)
}

/// New Year's Eve.
pub fn new_year_eve(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 12, 31)
}

/// US Independence Day.
pub fn independence_day(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 7, 4)
}

/// Halloween.
pub fn halloween(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 10, 31)
}

/// Easter Sunday (Gregorian computus, the anonymous algorithm).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let g = (b - (b + 8) / 25 + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let l = (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(y, u32::try_from(n / 31).ok()?, u32::try_from(n % 31 + 1).ok()?)
}

/// A day `days` from Easter Sunday (Good Friday is -2, Ash Wednesday -46).
pub fn easter_plus(y: i32, days: i64) -> Option<NaiveDate> {
    add_days(easter(y)?, days)
}

/// Valentine's Day.
pub fn valentines(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, 2, 14)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tue() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2024, 8, 20)
    }

    fn v(e: Expr, lean: Lean) -> Option<String> {
        resolve(&e, tue(), lean).value
    }

    #[test]
    fn weekdays_lean_past_unless_forward() {
        let monday = |shift, lean| v(Expr::Weekday { weekday: Weekday::Mon, shift, part: None }, lean);
        assert_eq!(monday(None, Lean::Neutral).as_deref(), Some("2024-08-19"));
        assert_eq!(monday(None, Lean::Future).as_deref(), Some("2024-08-26"));
        let wednesday = |lean| v(Expr::Weekday { weekday: Weekday::Wed, shift: None, part: None }, lean);
        assert_eq!(wednesday(Lean::Neutral).as_deref(), Some("2024-08-21"), "tomorrow is nearer");
        assert_eq!(wednesday(Lean::Past).as_deref(), Some("2024-08-14"));
        let thursday = v(Expr::Weekday { weekday: Weekday::Thu, shift: None, part: None }, Lean::Neutral);
        assert_eq!(thursday.as_deref(), Some("2024-08-15"));
        let fri = Expr::Weekday { weekday: Weekday::Fri, shift: None, part: Some("MO") };
        assert_eq!(v(fri.clone(), Lean::Neutral).as_deref(), Some("2024-08-16TMO"));
        assert_eq!(v(fri, Lean::Future).as_deref(), Some("2024-08-23TMO"));
    }

    #[test]
    fn yearless_dates_take_the_nearest_year() {
        assert_eq!(v(Expr::MonthDay { month: 11, day: 5, shift: None }, Lean::Neutral).as_deref(), Some("2024-11-05"));
        assert_eq!(v(Expr::MonthDay { month: 8, day: 10, shift: None }, Lean::Neutral).as_deref(), Some("2024-08-10"));
        assert_eq!(v(Expr::Month { month: 6, shift: None }, Lean::Neutral).as_deref(), Some("2024-06"));
        assert_eq!(v(Expr::Month { month: 10, shift: Some(-1) }, Lean::Neutral).as_deref(), Some("2023-10"));
        assert_eq!(v(Expr::Month { month: 9, shift: None }, Lean::Neutral).as_deref(), Some("2024-09"));
        assert_eq!(v(Expr::Month { month: 12, shift: None }, Lean::Neutral).as_deref(), Some("2024-12"));
        assert_eq!(v(Expr::Month { month: 12, shift: None }, Lean::Past).as_deref(), Some("2023-12"));
        assert_eq!(v(Expr::MonthDay { month: 8, day: 25, shift: None }, Lean::Past).as_deref(), Some("2024-08-25"));
    }

    #[test]
    fn periods_and_quarters() {
        assert_eq!(v(Expr::Period { unit: Unit::Week, offset: -1 }, Lean::Neutral).as_deref(), Some("2024-W33"));
        assert_eq!(v(Expr::Period { unit: Unit::Month, offset: 1 }, Lean::Neutral).as_deref(), Some("2024-09"));
        assert_eq!(v(Expr::Period { unit: Unit::Year, offset: -1 }, Lean::Neutral).as_deref(), Some("2023"));
        assert_eq!(v(Expr::Quarter { n: 3, half: false, year: None, back: None }, Lean::Neutral).as_deref(), Some("2024-Q3"));
        // A later quarter is last year's in a past-tense sentence; without a
        // cue the next one is this year's, a later one last year's.
        let q = |n, lean| v(Expr::Quarter { n, half: false, year: None, back: None }, lean);
        assert_eq!(q(4, Lean::Past).as_deref(), Some("2023-Q4"));
        assert_eq!(q(4, Lean::Neutral).as_deref(), Some("2024-Q4"));
        assert_eq!(q(4, Lean::Future).as_deref(), Some("2024-Q4"));
        let q = |n, lean| resolve(&Expr::Quarter { n, half: false, year: None, back: None }, NaiveDate::from_ymd_opt(2024, 5, 2), lean).value;
        assert_eq!(q(4, Lean::Neutral).as_deref(), Some("2023-Q4"));
        assert_eq!(v(Expr::LatestQuarter { back: 1 }, Lean::Neutral).as_deref(), Some("2023-Q2"));
        assert_eq!(v(Expr::LatestQuarterIn { year: 2021 }, Lean::Neutral).as_deref(), Some("2021-Q2"));
        assert_eq!(duration(Amount::Known(3.0), Unit::Year), "P3Y");
        assert_eq!(duration(Amount::Vague, Unit::Hour), "PTXH");
        assert_eq!(duration(Amount::Known(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Amount::Known(1.5), Unit::Year), "P1Y6M");
        assert_eq!(duration(Amount::Known(0.5), Unit::Day), "PT12H");
        assert_eq!(duration(Amount::Known(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(duration(Amount::Known(2.5), Unit::Week), "P2.5W");
    }

    #[test]
    fn easter_follows_the_computus() {
        assert_eq!(easter(2013), NaiveDate::from_ymd_opt(2013, 3, 31));
        assert_eq!(easter(2000), NaiveDate::from_ymd_opt(2000, 4, 23));
        assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(easter(2019), NaiveDate::from_ymd_opt(2019, 4, 21));
        assert_eq!(easter_plus(2013, -2), NaiveDate::from_ymd_opt(2013, 3, 29));
    }

    #[test]
    fn no_anchor_no_value() {
        let r = resolve(&Expr::Day { offset: -1, part: None }, None, Lean::Neutral);
        assert_eq!(r.value, None);
        assert!(r.relative);
    }
}
