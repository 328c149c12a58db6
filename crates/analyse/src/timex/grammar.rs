//! The grammar of time expressions: one regex per kind of expression, each
//! with a builder that reads its groups into an [`Expr`].
//!
//! Rules are tried on a whole text; where matches overlap, the caller
//! keeps the longest. A named group `t`, when a rule has one, is the span to
//! tag (the rest of the match is context, as "for" in "for years").

use std::sync::LazyLock;

use concord_model::{Granularity, TimexType};
use regex::{Captures, Regex};

use super::lexicon::{self, amount, Amount, Unit, MONTH, MONTH_FULL, NUMBER, PART, UNIT, WEEKDAY};
use super::resolve::{self, duration, Expr};

/// What a builder may look at besides its match.
pub struct Context<'a> {
    /// The sentence.
    pub sentence: &'a str,
    /// Byte offset of the match in the sentence.
    pub start: usize,
    /// Byte offset one past the match.
    pub end: usize,
    /// Whether the article reports by quarters (earnings news): "a year ago"
    /// then means the same quarter a year before.
    pub quarterly: bool,
    /// The language of the text.
    pub language: crate::Language,
}

/// Most bytes of a sentence a rule reads either side of its match: a few
/// words are all any rule needs, and reading no further keeps a text without
/// sentence breaks linear.
const REACH: usize = 200;

/// The last [`REACH`] bytes of `s` (fewer, to keep whole characters).
pub(super) fn tail(s: &str) -> &str {
    &s[s.ceil_char_boundary(s.len().saturating_sub(REACH))..]
}

/// The first [`REACH`] bytes of `s` (fewer, to keep whole characters).
pub(super) fn head(s: &str) -> &str {
    &s[..s.floor_char_boundary(REACH)]
}

impl Context<'_> {
    /// The sentence's words before the match, up to [`REACH`] bytes.
    pub(super) fn before(&self) -> &str {
        tail(self.sentence.get(..self.start).unwrap_or(""))
    }

    /// The sentence's words after the match, up to [`REACH`] bytes.
    pub(super) fn after(&self) -> &str {
        head(self.sentence.get(self.end..).unwrap_or(""))
    }

    /// The word just before the match, lower-cased.
    pub(super) fn previous_word(&self) -> String {
        let b = self.before().trim_end();
        let from = b.rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '$')).map_or(0, |i| i + 1);
        b.get(from..).unwrap_or("").to_lowercase()
    }
}

pub(super) type Build = fn(&Captures, &Context) -> Option<Expr>;

/// A regex and the builder of its expression.
pub struct Rule {
    /// Words one of which every match holds: a cheap literal search that
    /// picks the sentences worth the full pattern (None: every sentence).
    pub trigger: Option<Regex>,
    /// The pattern (case-insensitive except for names).
    pub regex: Regex,
    /// Reads a match; None rejects it.
    pub build: Build,
    /// Whether a match must stand as whole words (for patterns without
    /// word boundaries of their own).
    pub whole_words: bool,
}

/// Modifiers kept inside the span ("early", "the end of", "mid-").
const MOD: &str = r"(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of|end of|beginning of|start of|middle of|earlier|later)\s+|(?:early|late|mid)-)";
/// Approximations kept inside a duration's span.
const APPROX: &str = r"(?:(?:about|almost|at least|roughly|approximately|only|just|around|over)\s+)";
/// Bounds kept inside a duration's span ("nearly two years", "up to 180 days").
const BOUND: &str = r"(?:(?:nearly|more than|less than|no more than|fewer than|up to)\s+)";
const YEAR: &str = r"(?:1[5-9]\d\d|20\d\d)";
/// A year in words, as broadcast transcripts write it ("nineteen ninety-four"):
/// century in group `c`, the rest in `y`.
const SPELLED_YEAR: &str = r"(?P<c>nineteen|twenty)[- ](?P<y>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b";
const ORDINAL: &str = r"first|second|third|fourth|1st|2nd|3rd|4th|final";

fn fixed(value: String, kind: TimexType, granularity: Option<Granularity>) -> Expr {
    Expr::Fixed { value, kind, granularity }
}

fn date(value: String, granularity: Granularity) -> Expr {
    fixed(value, TimexType::Date, Some(granularity))
}

fn reference(value: &str) -> Expr {
    fixed(value.to_string(), TimexType::Date, None)
}

fn group<'a>(c: &'a Captures, name: &str) -> Option<&'a str> {
    c.name(name).map(|m| m.as_str())
}

fn year_of(c: &Captures, name: &str) -> Option<i32> {
    group(c, name).and_then(|y| y.parse().ok())
}

/// The year of a match in digits (group `year`) or in words ([`SPELLED_YEAR`]).
fn digits_or_words(c: &Captures) -> Option<i32> {
    year_of(c, "year").or_else(|| {
        let century = if group(c, "c")?.eq_ignore_ascii_case("nineteen") { 1900 } else { 2000 };
        let Amount::Known(n) = amount(group(c, "y")?)? else { return None };
        Some(century + n as i32)
    })
}

/// last/this/next as a shift.
fn shift_of(rel: Option<&str>) -> Option<i32> {
    let r = rel?.to_ascii_lowercase();
    Some(match r.as_str() {
        "last" | "past" | "this past" | "previous" | "the previous" | "the last" | "prior" | "the prior"
        | "the preceding" => -1,
        "next" | "coming" | "this coming" | "the coming" | "the next" | "the following" => 1,
        "this" | "current" | "the current" | "the same" => 0,
        _ => return None,
    })
}

/// Month-and-day dates, with optional year ("Aug. 19, 2024", "19 August").
fn month_day(c: &Captures, x: &Context) -> Option<Expr> {
    let month = lexicon::month(group(c, "mon")?)?;
    let day: u32 = group(c, "day")?.parse().ok()?;
    if !(1..=31).contains(&day) || x.after().starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    match year_of(c, "year") {
        Some(y) => {
            chrono::NaiveDate::from_ymd_opt(y, month, day)?;
            Some(date(format!("{y}-{month:02}-{day:02}"), Granularity::Day))
        }
        None => Some(Expr::MonthDay { month, day, shift: None }),
    }
}

fn numeric_date(c: &Captures, _: &Context) -> Option<Expr> {
    let y: i32 = group(c, "year")?.parse().ok()?;
    let y = if y < 100 { 2000 + y } else { y };
    let m: u32 = group(c, "mon")?.parse().ok()?;
    let d: u32 = group(c, "day")?.parse().ok()?;
    chrono::NaiveDate::from_ymd_opt(y, m, d)?;
    Some(date(format!("{y}-{m:02}-{d:02}"), Granularity::Day))
}

fn month_year(c: &Captures, _: &Context) -> Option<Expr> {
    let month = lexicon::month(group(c, "mon")?)?;
    let y = digits_or_words(c)?;
    Some(date(format!("{y}-{month:02}"), Granularity::Month))
}

/// Words before a lone month that show it is one ("in May", not "may").
const MONTH_CUES: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "through", "during", "of", "and", "or", "to", "before", "after",
    "between", "early", "late", "mid", "last", "next", "this", "each", "every", "on", "around", "for",
];

fn month_alone(c: &Captures, x: &Context) -> Option<Expr> {
    let name = group(c, "mon")?;
    let month = lexicon::month(name)?;
    let rel = group(c, "rel");
    let modified = rel.is_some() || group(c, "mod").is_some();
    // "the March accession" names the month; "the March of Dimes" does not.
    let next = x.after().trim_start();
    let named = ["of ", "on ", "for ", "to ", "against "].iter().any(|p| next.starts_with(p)); // "the March on Washington"
    let attributive = x.previous_word() == "the" && next.starts_with(|ch: char| ch.is_lowercase()) && !named;
    if !modified && !attributive && !MONTH_CUES.contains(&x.previous_word().as_str()) && matches!(name, "May" | "March") {
        return None;
    }
    Some(Expr::Month { month, shift: shift_of(rel) })
}

pub(super) fn year(c: &Captures, x: &Context) -> Option<Expr> {
    let y = group(c, "year")?;
    let before = x.before();
    let after = x.after();
    if before.ends_with(['$', '€', '£', '#', '.', ',', '/', ':']) || before.ends_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    if after.starts_with(['%', ',', '.', '/', ':']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
        || after.starts_with('%')
        || after.trim_start().to_ascii_lowercase().starts_with("percent")
    {
        return None;
    }
    Some(date(y.to_string(), Granularity::Year))
}

/// Years in words: "nineteen ninety-six", "the year two thousand".
fn spelled_year(c: &Captures, x: &Context) -> Option<Expr> {
    if group(c, "k").is_some() {
        let year_named = c.get(0).is_some_and(|m| m.as_str().to_ascii_lowercase().starts_with("the"));
        return year_named.then(|| date("2000".to_string(), Granularity::Year));
    }
    if x.after().trim_start().to_ascii_lowercase().starts_with("percent") {
        return None;
    }
    Some(date(digits_or_words(c)?.to_string(), Granularity::Year))
}

fn decade(c: &Captures, _: &Context) -> Option<Expr> {
    if let Some(w) = group(c, "w") {
        const TENS: [&str; 8] = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        let i = TENS.iter().position(|t| w.eq_ignore_ascii_case(t))?;
        return Some(date(format!("19{}", i + 2), Granularity::Year));
    }
    if let Some(y) = group(c, "year") {
        return Some(date(y.get(..3)?.to_string(), Granularity::Year));
    }
    let yy: u32 = group(c, "yy").or(group(c, "yy2"))?.parse().ok()?; // "the '90s", "the 70s"
    let century = if yy <= 20 { 20 } else { 19 };
    Some(date(format!("{century}{}", yy / 10), Granularity::Year))
}

fn weekday(c: &Captures, x: &Context) -> Option<Expr> {
    // "Good Friday agreement", "Black Friday", "Super Tuesday": named days.
    const NAMING: [&str; 6] = ["Good", "Black", "Bloody", "Super", "Cyber", "Easter"];
    let word = x.before().trim_end().rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
    if group(c, "rel").is_none() && NAMING.contains(&word) {
        return None;
    }
    // Newspapers: "the Sunday Times", "the Mail on Sunday".
    const PAPERS: [&str; 7] = ["Times", "Telegraph", "Express", "Mirror", "Herald", "Tribune", "Observer"];
    let next = x.after().trim_start().split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
    if PAPERS.contains(&next) || x.before().trim_end().ends_with("Mail on") {
        return None;
    }
    let weekday = lexicon::weekday(group(c, "wd")?)?;
    let part = group(c, "part").and_then(lexicon::part_of_day);
    let rel = group(c, "rel").map(str::to_ascii_lowercase);
    let day = Expr::Weekday { weekday, shift: shift_of(rel.as_deref()).filter(|s| *s != 0), part };
    // "the previous Friday" counts from the day the text last mentioned.
    let anaphoric = matches!(rel.as_deref(), Some("the previous" | "the following"));
    Some(if anaphoric { Expr::Anaphoric(Box::new(day)) } else { day })
}

/// "every Monday", "Mondays", "Tuesday nights" (a part of each such day).
fn weekday_set(c: &Captures, _: &Context) -> Option<Expr> {
    let weekday = lexicon::weekday(group(c, "wd").or(group(c, "wd2")).or(group(c, "wd3"))?)?;
    let n = weekday.number_from_monday();
    let part = match group(c, "parts").map(str::to_ascii_lowercase).as_deref() {
        Some("mornings") => "TMO",
        Some("afternoons") => "TAF",
        Some("evenings") => "TEV",
        Some(_) => "TNI",
        None => "",
    };
    Some(fixed(format!("XXXX-WXX-{n}{part}"), TimexType::Set, None))
}

/// "yesterday", "tonight", "this morning", "last night", "mid-afternoon yesterday".
fn day_word(c: &Captures, x: &Context) -> Option<Expr> {
    let quoted = x.before().ends_with(['\'', '"', '“']) && x.after().starts_with(['\'', '"', '”']);
    if c.get(0)?.as_str().starts_with(|ch: char| ch.is_uppercase()) && (after_a_name(x) || quoted) {
        return None; // a title: "USA Today", "CBS This Morning", "the ''Today'' show"
    }
    if let Some(p) = group(c, "part3") {
        let offset = match group(c, "w3").map(str::to_ascii_lowercase).as_deref() {
            Some("yesterday") => -1,
            Some("tomorrow") => 1,
            _ => 0,
        };
        return Some(Expr::Day { offset, part: lexicon::part_of_day(p) });
    }
    if let Some(p) = group(c, "part2") {
        let offset = if group(c, "rel")?.to_ascii_lowercase().ends_with("last") { -1 } else { 0 };
        // "last night" names the night itself (TimeML's TNI), unlike a
        // weekday's night, which annotators mostly give as the date.
        let night = (offset < 0 && p.eq_ignore_ascii_case("night")).then_some("NI");
        return Some(Expr::Day { offset, part: lexicon::part_of_day(p).or(night) });
    }
    let part = group(c, "part").and_then(lexicon::part_of_day);
    if let Some(w) = group(c, "w") {
        let w = w.to_ascii_lowercase();
        let offset = match w.as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            "the day before yesterday" => -2,
            "the day after tomorrow" => 2,
            _ => 0,
        };
        return Some(Expr::Day { offset, part });
    }
    let rel = group(c, "rel")?.to_ascii_lowercase();
    let offset = if rel.ends_with("last") { -1 } else { 0 };
    Some(Expr::Day { offset, part })
}

/// Whether the match follows a capitalised word in the same sentence.
fn after_a_name(x: &Context) -> bool {
    let word = x.before().trim_end().rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
    word.starts_with(|ch: char| ch.is_uppercase())
}

/// Whether a unit word is capitalised mid-sentence, as in a title ("This Week", "60 Minutes").
fn titled(unit: &str, x: &Context) -> bool {
    x.start > 0 && unit.starts_with(|ch: char| ch.is_uppercase())
}

fn relative_period(c: &Captures, x: &Context) -> Option<Expr> {
    if titled(group(c, "unit")?, x) {
        return None;
    }
    let unit = lexicon::unit(group(c, "unit")?)?;
    let rel = group(c, "rel")?.to_ascii_lowercase();
    if x.after().starts_with('-') {
        return None; // "the year-ago quarter"
    }
    if let Some(dir) = group(c, "ago") {
        let dir = dir.trim().to_ascii_lowercase();
        if dir.ends_with("last") {
            return Some(Expr::Period { unit, offset: -2 }); // "the week before last"
        }
        if is_offset(Amount::Known(1.0), unit, &dir) {
            return Some(fixed(duration(Amount::Known(1.0), unit), TimexType::Duration, Some(Granularity::Duration)));
        }
        let offset = if dir == "later" { 1 } else { -1 };
        return Some(ago(Amount::Known(1.0), unit, offset, x));
    }
    match rel.as_str() {
        "the past" | "past" => return Some(fixed(duration(Amount::Known(1.0), unit), TimexType::Duration, Some(Granularity::Duration))),
        "the latest" | "the most recent" if unit == Unit::Quarter => return Some(Expr::LatestQuarter { back: 0 }),
        "a" | "the latest" | "the most recent" => return None,
        "the" if unit == Unit::Weekend => return Some(Expr::Weekend),
        "the" if group(c, "mod").is_some() => return Some(Expr::Period { unit, offset: 0 }),
        // "the year ended March 31" is a fiscal year's length; "for the
        // year" alone is the current one.
        "the" if unit == Unit::Year => {
            let after = x.after().trim_start().to_ascii_lowercase();
            if after.starts_with("ended") || after.starts_with("ending") {
                return Some(fixed(duration(Amount::Known(1.0), unit), TimexType::Duration, Some(Granularity::Duration)));
            }
            return Some(Expr::Period { unit, offset: 0 });
        }
        "the full" => return Some(Expr::Period { unit, offset: 0 }),
        "the" => return None,
        _ => {}
    }
    let offset = shift_of(Some(&rel))?;
    Some(Expr::Period { unit, offset: offset.into() })
}

/// "the following day", "that year", "later that month": counted from the
/// date last mentioned. "The next day" is narrative, "the next year" is
/// counted from the anchor (the period rule).
fn narrative(c: &Captures, _: &Context) -> Option<Expr> {
    let word = group(c, "unit")?.to_ascii_lowercase();
    let unit = if word == "morning" { Unit::Day } else { lexicon::unit(&word)? };
    let rel = group(c, "rel")?.to_ascii_lowercase();
    let offset = match rel.as_str() {
        "the following" => 1,
        "the next" if unit == Unit::Day => 1,
        "the previous" if unit == Unit::Day => -1,
        "that" | "that same" | "the same" => 0,
        _ => return None,
    };
    if group(c, "ya").is_some() {
        // "the same month a year ago": that month's counterpart a year before.
        return match (offset, unit) {
            (0, Unit::Month) => Some(Expr::Narrative { unit, offset: -12 }),
            (0, Unit::Week) => Some(Expr::Narrative { unit, offset: -52 }),
            _ => None,
        };
    }
    Some(Expr::Narrative { unit, offset })
}

/// "to end the day", "finished the day": the day the text last spoke of,
/// as market reports close one ("the Dow ended the day down 31 points").
/// Elsewhere "the day" is no date of its own ("the day before the plunge");
/// TimeBank leaves "later in the day" untagged three times in four.
fn narrative_day(_: &Captures, x: &Context) -> Option<Expr> {
    const CUES: [&str; 8] = ["end", "ends", "ended", "ending", "finish", "finished", "finishing", "closed"];
    let before = x.before().trim_end().to_ascii_lowercase();
    let cued = CUES.iter().any(|cue| {
        before.strip_suffix(cue).is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
    });
    cued.then_some(Expr::Narrative { unit: Unit::Day, offset: 0 })
}

/// "two years ago": a date `n` units before (offset -1) or after the anchor.
pub(super) fn ago(n: Amount, unit: Unit, offset: i64, x: &Context) -> Expr {
    match n {
        Amount::Vague => reference(if offset < 0 { "PAST_REF" } else { "FUTURE_REF" }),
        Amount::Known(k) => {
            let k = k.round() as i64 * offset;
            match unit {
                Unit::Year if x.quarterly && k == -1 => Expr::LatestQuarter { back: 1 },
                Unit::Decade => Expr::Period { unit: Unit::Year, offset: 10 * k },
                Unit::Fortnight => Expr::Period { unit: Unit::Week, offset: 2 * k },
                _ => Expr::Period { unit, offset: k },
            }
        }
    }
}

/// Whether "`n` `unit` `dir`" counts from an event rather than from the
/// anchor ("three days later", "a day earlier"): TimeML tags the amount as a
/// duration. "Ago" counts from the anchor, and "a year earlier" in news
/// means the year (or quarter) before ("a year later" still counts from
/// the event).
fn is_offset(n: Amount, unit: Unit, dir: &str) -> bool {
    matches!(dir, "later" | "earlier" | "before") && !(n == Amount::Known(1.0) && unit == Unit::Year && dir != "later")
}

fn counted_ago(c: &Captures, x: &Context) -> Option<Expr> {
    let n = amount(group(c, "n")?)?;
    let unit = lexicon::unit(group(c, "unit")?)?;
    let dir = group(c, "dir")?.to_ascii_lowercase();
    if is_offset(n, unit, &dir) {
        return None; // the duration rule tags "three days" of "three days later"
    }
    let offset = if matches!(dir.as_str(), "later" | "from now" | "hence") { 1 } else { -1 };
    Some(ago(n, unit, offset, x))
}

/// Words before "a year" that make it a rate ("$5 a year", "twice a year").
fn is_rate(previous: &str) -> bool {
    previous.starts_with(|ch: char| ch.is_ascii_digit() || ch == '$')
        || matches!(previous, "once" | "twice" | "times" | "percent" | "million" | "billion" | "dollars" | "cents")
}

fn counted(c: &Captures, x: &Context) -> Option<Expr> {
    if titled(group(c, "unit")?, x) {
        return None;
    }
    let n_text = group(c, "n")?;
    let n = match amount(n_text)? {
        // "two and a half years", "a minute and a half"
        Amount::Known(k) if group(c, "half").or(group(c, "half2")).is_some() => Amount::Known(k + 0.5),
        n => n,
    };
    let unit = lexicon::unit(group(c, "unit")?)?;
    let after = x.after().to_ascii_lowercase();
    // "three-quarters", "a quarter of the market": fractions, not periods.
    let fraction = group(c, "t").is_some_and(|t| t.to_ascii_lowercase().contains("-quarter"))
        || (unit == Unit::Quarter
            && after.starts_with(" of ")
            && matches!(n_text.to_ascii_lowercase().as_str(), "a" | "an" | "one" | "three"));
    if fraction || after.starts_with("-old") || after.starts_with(" old") || after.starts_with("-year-old") {
        return None;
    }
    // "a second betrayal", "a second group": the ordinal, not the unit.
    if unit == Unit::Second && matches!(n_text.to_ascii_lowercase().as_str(), "a" | "another") {
        let next = after.trim_start().split(|ch: char| !ch.is_alphabetic()).next().unwrap_or("");
        const UNIT_FOLLOWERS: [&str; 11] = ["", "later", "earlier", "ago", "before", "after", "of", "or", "and", "to", "in"];
        if !UNIT_FOLLOWERS.contains(&next) {
            return None;
        }
    }
    let bare = group(c, "pre").is_none() && group(c, "approx").is_none();
    if bare && matches!(n_text.to_ascii_lowercase().as_str(), "a" | "an") && is_rate(&x.previous_word()) {
        return Some(fixed(duration(Amount::Known(1.0), unit), TimexType::Set, None));
    }
    // "Islam will one day be ...": an indefinite time to come, not a length.
    const MODALS: [&str; 8] = ["will", "would", "could", "might", "may", "can", "shall", "should"];
    if bare && unit == Unit::Day && n_text.eq_ignore_ascii_case("one") && MODALS.contains(&x.previous_word().as_str()) {
        return Some(reference("FUTURE_REF"));
    }
    Some(fixed(duration(n, unit), TimexType::Duration, Some(Granularity::Duration)))
}

/// "day-long" (one unit), "decades-long" (a vague number), "three-week-long".
fn lasting(c: &Captures, _: &Context) -> Option<Expr> {
    let word = group(c, "unit")?;
    let unit = lexicon::unit(word)?;
    let n = match group(c, "n") {
        Some(n) => amount(n)?,
        None if word.ends_with('s') => Amount::Vague,
        None => Amount::Known(1.0),
    };
    Some(fixed(duration(n, unit), TimexType::Duration, Some(Granularity::Duration)))
}

fn plural_units(c: &Captures, _: &Context) -> Option<Expr> {
    let unit = lexicon::unit(group(c, "unit")?)?;
    Some(fixed(duration(Amount::Vague, unit), TimexType::Duration, Some(Granularity::Duration)))
}

/// "half an hour", "a half-hour".
fn half_unit(c: &Captures, _: &Context) -> Option<Expr> {
    let value = match lexicon::unit(group(c, "unit").or(group(c, "unit2"))?)? {
        Unit::Hour => "PT30M",
        Unit::Day => "PT12H",
        Unit::Year => "P6M",
        Unit::Month => "P2W",
        Unit::Century => "P50Y",
        _ => return None,
    };
    Some(fixed(value.to_string(), TimexType::Duration, Some(Granularity::Duration)))
}

fn refs(c: &Captures, x: &Context) -> Option<Expr> {
    let w = group(c, "w")?.to_ascii_lowercase();
    let value = match w.as_str() {
        "recently" | "lately" | "the past" => "PAST_REF",
        "the future" | "the near future" | "the near term" | "the short term" | "the long term" | "a later date" => {
            "FUTURE_REF"
        }
        w if w.starts_with("then") => "PAST_REF",
        _ => "PRESENT_REF",
    };
    if w == "now" && (x.after().starts_with('-') || group(c, "w")?.starts_with('N') && after_a_name(x)) {
        return None; // "now-defunct"; "Larry King Now", a title
    }
    // "Now, he says, ...": opening a sentence before a comma, "now" turns
    // to a new point (a discourse marker), it does not place anything in time.
    let opening = x.before().trim_start_matches(|ch: char| ch.is_whitespace() || "\"'`“‘".contains(ch)).is_empty();
    if w == "now" && opening && x.after().starts_with(',') {
        return None;
    }
    // "the future of the alliance" is its fate, not a time; "the past nine
    // elections" counts elections.
    let counted = x.after().trim_start().split(' ').next().is_some_and(|n| amount(n).is_some_and(|a| a != Amount::Vague));
    if w == "the future" && x.after().starts_with(" of ") || w == "the past" && counted {
        return None;
    }
    Some(reference(value))
}

/// "recent weeks", "the past few days", "coming months", "the weeks ahead": a vague duration.
fn recent_units(c: &Captures, _: &Context) -> Option<Expr> {
    let unit = lexicon::unit(group(c, "unit").or(group(c, "unit2"))?)?;
    Some(fixed(duration(Amount::Vague, unit), TimexType::Duration, Some(Granularity::Duration)))
}

fn set(c: &Captures, x: &Context) -> Option<Expr> {
    if titled(group(c, "w")?, x) {
        return None; // "The Daily Beast", "the Weekly Standard"
    }
    let unit = match group(c, "w")?.to_ascii_lowercase().as_str() {
        "hourly" => Unit::Hour,
        "daily" | "nightly" => Unit::Day,
        "weekly" => Unit::Week,
        "monthly" => Unit::Month,
        _ => Unit::Year,
    };
    Some(fixed(duration(Amount::Known(1.0), unit), TimexType::Set, None))
}

fn every(c: &Captures, _: &Context) -> Option<Expr> {
    let word = group(c, "unit")?.to_ascii_lowercase();
    let unit = lexicon::unit(&word).or(match word.as_str() {
        "morning" | "night" | "evening" | "afternoon" => Some(Unit::Day),
        _ => None,
    })?;
    Some(fixed(duration(Amount::Known(1.0), unit), TimexType::Set, None))
}

/// The year a quarter or half is "of" when the next words name it
/// relatively ("the second half of the year", "of last year"): years back
/// from the anchor's. The year phrase stays an expression of its own.
fn year_after(after: &str) -> Option<i32> {
    let rest = after.trim_start().strip_prefix("of ")?.trim_start().to_ascii_lowercase();
    let rest = rest.strip_prefix("fiscal ").unwrap_or(&rest);
    [("the year", 0), ("this year", 0), ("the current year", 0), ("last year", 1), ("next year", -1)]
        .into_iter()
        .find(|(p, _)| rest.strip_prefix(p).is_some_and(|r| !r.starts_with(|ch: char| ch.is_alphanumeric() || ch == '-')))
        .map(|(_, back)| back)
}

fn quarter(c: &Captures, x: &Context) -> Option<Expr> {
    let ord = group(c, "ord")?.to_ascii_lowercase();
    if ord == "last" && group(c, "y2").is_none() {
        return None; // "last quarter" is the one before; "the last half of 1989" the final one
    }
    let half = group(c, "q")?.eq_ignore_ascii_case("half");
    let n = match ord.as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => if half { 2 } else { 4 },
    };
    if half && n > 2 {
        return None;
    }
    let back = match group(c, "relq") {
        Some(r) => shift_of(Some(r)).map(|s| -s),
        None => group(c, "ya").map(|_| 1).or_else(|| year_after(x.after())),
    };
    let year = year_of(c, "py").or_else(|| year_of(c, "py2")).or_else(|| year_of(c, "y2"));
    Some(Expr::Quarter { n, half, year, back })
}

fn quarter_code(c: &Captures, _: &Context) -> Option<Expr> {
    let n: u32 = group(c, "n")?.parse().ok()?;
    Some(Expr::Quarter { n, half: false, year: year_of(c, "year"), back: None })
}

/// "the latest quarter", "the year-ago period", "year-earlier": in quarterly
/// reporting the latest completed quarter (or its counterpart a year before).
///
/// With a year ("the 1988 quarter") or a year back ("last year's period",
/// "the same period a year ago") it is that year's counterpart, in
/// quarterly reports only.
fn latest_quarter(c: &Captures, x: &Context) -> Option<Expr> {
    if let Some(year) = year_of(c, "py") {
        return x.quarterly.then_some(Expr::LatestQuarterIn { year });
    }
    if group(c, "ly").is_some() {
        return x.quarterly.then_some(Expr::LatestQuarter { back: 1 });
    }
    if group(c, "w2").is_some() {
        let mut next = x.after().split_whitespace().skip(1);
        if next.next().is_some_and(|w| matches!(w, "months" | "weeks" | "years" | "quarters")) {
            return None; // "the year-earlier nine months": the duration is the expression
        }
        let year_ago = Expr::LatestQuarter { back: 1 };
        return Some(if x.quarterly { year_ago } else { Expr::Period { unit: Unit::Year, offset: -1 } });
    }
    if group(c, "noun2").is_some() {
        let fraction = x.after().starts_with(" of ") || x.previous_word() == "a";
        let back = i32::from(group(c, "ya2").is_some()); // "the quarter a year ago"
        return (x.quarterly && !fraction).then_some(Expr::LatestQuarter { back });
    }
    let w = group(c, "w")?.to_ascii_lowercase();
    if w == "same" {
        return None;
    }
    let year_ago = w.starts_with("year") || w.starts_with("prior") || w == "a year earlier";
    let noun = group(c, "noun").unwrap_or("").to_ascii_lowercase();
    if noun == "period" && !x.quarterly {
        return None;
    }
    if noun.is_empty() && !x.quarterly {
        return year_ago.then_some(Expr::Period { unit: Unit::Year, offset: -1 });
    }
    Some(Expr::LatestQuarter { back: i32::from(year_ago) })
}

fn season(c: &Captures, x: &Context) -> Option<Expr> {
    let s = group(c, "s")?.to_ascii_lowercase();
    let code = match s.as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        _ => "WI",
    };
    let rel = group(c, "rel");
    let year = digits_or_words(c);
    let anchored = rel.is_some() || year.is_some() || group(c, "mod").is_some();
    let ambiguous = matches!(code, "FA" | "SP");
    if !anchored && (ambiguous || !MONTH_CUES.contains(&x.previous_word().as_str())) {
        return None;
    }
    // Part of a name: "the Winter Olympics", "the summer Games", "the Arab Spring".
    let named = x.after().trim_start().starts_with(|ch: char| ch.is_uppercase())
        || group(c, "s").is_some_and(|w| w.starts_with(|ch: char| ch.is_uppercase())) && after_a_name(x);
    if year.is_none() && named {
        return None;
    }
    if let Some(y) = year {
        return Some(date(format!("{y}-{code}"), Granularity::Quarter));
    }
    Some(Expr::Season { code, shift: shift_of(rel), year: None })
}

fn holiday(c: &Captures, x: &Context) -> Option<Expr> {
    if group(c, "week").is_some() {
        // Holy Week ends on Easter Sunday, so it is the ISO week holding it.
        return Some(Expr::WeekOf(Box::new(Expr::Holiday { date: resolve::easter, shift: shift_of(group(c, "rel")) })));
    }
    let h = group(c, "h")?.to_ascii_lowercase();
    let after = x.after().trim_start().to_ascii_lowercase();
    if h == "good friday" && (after.starts_with("agreement") || after.starts_with("accord")) {
        return None; // the Northern Ireland accord's name
    }
    if x.after().trim_start().starts_with(|ch: char| ch.is_uppercase()) {
        return None; // a place or title: "Easter Island", "Christmas Island"
    }
    // Things named for a holiday: "Christmas trees", "Christmas cards".
    const THINGS: [&str; 8] = ["tree", "card", "carol", "light", "decoration", "gift", "present", "ornament"];
    let next = after.split(|ch: char| !ch.is_alphabetic()).next().unwrap_or("");
    if THINGS.iter().any(|t| next.strip_prefix(t).is_some_and(|rest| rest.is_empty() || rest == "s")) {
        return None;
    }
    let date: fn(i32) -> Option<chrono::NaiveDate> = match h.as_str() {
        "good friday" => |y| resolve::easter_plus(y, -2),
        "palm sunday" => |y| resolve::easter_plus(y, -7),
        "ash wednesday" => |y| resolve::easter_plus(y, -46),
        "easter monday" => |y| resolve::easter_plus(y, 1),
        x if x.ends_with("thursday") => |y| resolve::easter_plus(y, -3),
        x if x.starts_with("holy") => |y| resolve::easter_plus(y, -1),
        x if x.starts_with("easter") => resolve::easter,
        x if x.starts_with("christmas eve") => resolve::christmas_eve,
        x if x.starts_with("christmas") => resolve::christmas,
        x if x.starts_with("new year") && x.ends_with("eve") => resolve::new_year_eve,
        x if x.starts_with("new year") => resolve::new_year,
        x if x.starts_with("thanksgiving") => resolve::thanksgiving,
        x if x.starts_with("independence") || x.starts_with("fourth") => resolve::independence_day,
        x if x.starts_with("labor") => resolve::labor_day,
        x if x.starts_with("memorial") => resolve::memorial_day,
        x if x.starts_with("election") => resolve::election_day,
        x if x.starts_with("halloween") => resolve::halloween,
        _ => resolve::valentines,
    };
    Some(Expr::Holiday { date, shift: shift_of(group(c, "rel")) })
}

/// Time zones that make "14:30" a clock time.
const CLOCK_ZONES: [&str; 14] = ["GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "BST", "CET", "CEST"];

fn clock(c: &Captures, x: &Context) -> Option<Expr> {
    if x.previous_word() == "high" {
        return None; // "high noon", the idiom
    }
    if let Some(h24) = c.name("h24") {
        // "14:30 GMT", "at 10:30": a 24-hour clock needs a zone or "at"
        // ("John 3:16", "a 2:45 run" are not times of day).
        let zoned = group(c, "zone").is_some_and(|z| CLOCK_ZONES.contains(&z.to_ascii_uppercase().as_str()) || z.starts_with("local"));
        let at = tail(x.sentence.get(..x.start + (h24.start() - c.get(0)?.start()))?).trim_end().to_ascii_lowercase();
        if !(zoned || at.ends_with(" at") || at == "at") {
            return None;
        }
    }
    let (mut hour, minute) = match group(c, "named").map(|n| n.to_ascii_lowercase()) {
        Some(n) if n != "midnight" => (12, 0),
        Some(_) => (0, 0),
        None => match (group(c, "h"), group(c, "h24"), group(c, "h4")) {
            (Some(h), _, _) => (h.parse::<u32>().ok()?, group(c, "m").map_or(Some(0), |m| m.parse().ok())?),
            (None, Some(h), _) => (h.parse::<u32>().ok()?, group(c, "m24")?.parse().ok()?),
            (None, None, h) => (h?.parse::<u32>().ok()?, group(c, "m4")?.parse().ok()?), // "0900 GMT"
        },
    };
    if let Some(ap) = group(c, "ap") {
        let pm = ap.to_ascii_lowercase().starts_with('p');
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = match (pm, hour) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    }
    if hour > 23 || minute > 59 {
        return None;
    }
    // "14:30 GMT", "0900 UTC": ISO 8601 marks universal time with "Z".
    let utc = group(c, "h4").is_some() || group(c, "zone").is_some_and(|z| matches!(z, "GMT" | "UTC"));
    if let (Some(mon), Some(mday)) = (group(c, "mon"), group(c, "mday")) {
        let day = Expr::MonthDay { month: lexicon::month(mon)?, day: mday.parse().ok().filter(|d| (1..=31).contains(d))?, shift: None };
        return Some(Expr::Clock { hour, minute, utc, day: Some(Box::new(day)) });
    }
    let day_word = group(c, "day").or(group(c, "day0")).or(group(c, "pday"));
    let day = day_word.map(|w| match lexicon::weekday(w) {
        Some(weekday) => Expr::Weekday { weekday, shift: None, part: None },
        None => {
            let offset = match w.to_ascii_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            Expr::Day { offset, part: None }
        }
    });
    Some(Expr::Clock { hour, minute, utc, day: day.map(Box::new) })
}

fn century(c: &Captures, _: &Context) -> Option<Expr> {
    let n: u32 = match group(c, "ord") {
        Some(d) => d.parse().ok()?,
        None => match group(c, "w")?.to_ascii_lowercase().as_str() {
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            _ => 21,
        },
    };
    if !(1..=30).contains(&n) {
        return None;
    }
    Some(date(format!("{:02}", n - 1), Granularity::Year))
}

/// Compiles a rule that fires only in sentences holding one of the `trigger`
/// words ("" for every sentence). Word boundaries are ASCII ones, which keep
/// the regex engine on its fast automaton for text with curly quotes and accents.
fn rule(trigger: &str, pattern: String, build: Build) -> Rule {
    let compile = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("time grammar: {e}"));
    let pattern = format!(r"(?i)\b(?:{pattern})").replace(r"\b", r"(?-u:\b)");
    let trigger = (!trigger.is_empty()).then(|| compile(&format!("(?i){trigger}")));
    Rule { trigger, regex: compile(&pattern), build, whole_words: false }
}

/// Trigger words.
const MONTHS: &str = "(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const WEEKDAYS: &str = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const UNITS: &str = "second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur";

/// The rules, compiled once.
pub static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let rel = r"last|this|next|this past|this coming|the coming|coming|past";
    vec![
        rule(MONTHS, 
            format!(r"(?:{MOD})?(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s?,?\s+(?P<year>{YEAR})\b)?"),
            month_day,
        ),
        rule(MONTHS, 
            format!(r"(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?\b"),
            month_day,
        ),
        // The second day of a pair ("April 24 and 25").
        rule(MONTHS,
            format!(r"(?P<mon>{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|or|to)\s+(?P<t>(?P<day>\d{{1,2}}))(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR})\b)?"),
            month_day,
        ),
        rule("week of", format!(r"the\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR})\b)?"), |c, x| {
            Some(Expr::WeekOf(Box::new(month_day(c, x)?)))
        }),
        rule("", format!(r"(?P<year>{YEAR})-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}})\b"), numeric_date),
        rule("", r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})\b".to_string(), numeric_date),
        rule(MONTHS, format!(r"(?:{MOD})?(?P<mon>{MONTH_FULL}|{MONTH})(?:\s+of)?,?\s+(?:(?P<year>{YEAR})\b|{SPELLED_YEAR})"), month_year),
        rule(MONTHS, format!(r"(?:{MOD})?(?P<mon>{MONTH_FULL})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"), |c, _| {
            let month = lexicon::month(group(c, "mon")?)?;
            Some(Expr::MonthOfYear { month, years: shift_of(group(c, "rel"))? })
        }),
        rule(MONTHS, format!(r"(?P<mod>{MOD})?(?:(?P<rel>{rel})\s+)?(?P<mon>{MONTH_FULL})(?:\b|\s|$)"), month_alone),
        rule("19|20|15|16|17|18", format!(r"(?:{MOD}|(?:fiscal|calendar|fiscal year|the year)\s+|(?:pre|post)-)?(?P<year>{YEAR})\b"), year),
        rule("nineteen|twenty|thousand", 
            format!(r"(?:the\s+year\s+)?{SPELLED_YEAR}|(?:the\s+year\s+)?(?P<k>two\s+thousand)\b"),
            spelled_year,
        ),
        rule("0s|0's|0’s", format!(r"(?:the\s+)?(?:(?:early|late|mid)[- ])?(?P<year>{YEAR})['’]?s\b|(?:the\s+)?['’](?P<yy>\d0)s\b|the\s+(?:(?:early|late|mid)[- ])?(?P<yy2>\d0)s\b"), decade),
        // "the nineties" (with "the": "in their forties" is an age).
        rule("twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties", r"the\s+(?:(?:early|late|mid)[- ])?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b".to_string(), decade),
        rule(WEEKDAYS, 
            format!(r"(?:(?P<rel>{rel}|the previous|the following|early|late)\s+)?(?P<wd>{WEEKDAY})\b(?:\s+(?P<part>{PART})\b)?"),
            weekday,
        ),
        rule("every|each", format!(r"(?:every|each)\s+(?P<mon>{MONTH_FULL})\b"), |c, _| {
            let month = lexicon::month(group(c, "mon")?)?;
            Some(fixed(format!("XXXX-{month:02}"), TimexType::Set, None))
        }),
        rule(WEEKDAYS, format!(r"(?:(?:every|each)\s+(?P<wd>{WEEKDAY})\b|(?:on\s+)?(?-i:(?P<wd2>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))\b|(?P<wd3>{WEEKDAY})\s+(?P<parts>mornings|afternoons|evenings|nights)\b)"), weekday_set),
        rule("yesterday|today|tomorrow|tonight|morning|afternoon|evening|night", 
            format!(r"(?:(?:early|late|earlier|later)\s+)?(?P<w>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight)\b(?:\s+(?P<part>{PART})\b)?|(?P<rel>this|last|earlier this|later this|early this|late last)\s+(?P<part2>morning|afternoon|evening|night)\b|mid[- ]?(?P<part3>morning|afternoon|evening)\b(?:\s+(?P<w3>yesterday|today|tomorrow)\b)?"),
            day_word,
        ),
        rule("that (?:same )?(?:day|morning|week|month|year)|(?:following|next|previous|same) (?:day|morning|week|month|year)",
            r"(?:(?:earlier|later)\s+)?(?P<rel>that same|that|the same|the following|the next|the previous)\s+(?P<unit>day|morning|week|month|year)\b(?P<ya>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?".to_string(),
            narrative,
        ),
        rule("the day", r"the day\b".to_string(), narrative_day),
        // "last month", "the year"; "a year ago", "the day before last" (a
        // direction follows only "a" or "the": in "this month before the
        // vote" it starts a phrase of its own).
        rule("week|month|year|quarter|decade|century", 
            format!(r"(?P<mod>{MOD}|earlier in\s+|later in\s+)?(?P<rel>this|last|next|the past|past|previous|the previous|the coming|coming|the current|current|the following|the last|the next|this past|the latest|the most recent|the same|the prior|prior|the preceding|the full)\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century)\b"),
            relative_period,
        ),
        rule("week|month|year|quarter|decade|century", 
            format!(r"(?P<mod>{MOD}|earlier in\s+|later in\s+)?(?P<rel>the|a)\s+(?:fiscal\s+)?(?P<unit>week|weekend|month|year|quarter|decade|century)\b(?P<ago>\s+(?:ago|earlier|before(?:\s+last)?|later)\b)?"),
            relative_period,
        ),
        rule(UNITS, 
            r"(?P<rel>recent|the past few|past few|the last few|the past several|the last several|coming|the next few)\s+(?P<unit>days|weeks|months|years|decades|quarters)\b|the\s+(?P<unit2>days|weeks|months|years)\s+ahead\b".to_string(),
            recent_units,
        ),
        rule("ago|earlier|before|later|from now|hence|back", 
            format!(r"(?P<approx>{APPROX}|{BOUND})?(?P<n>{NUMBER})\s+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|before|later|from now|hence|back)\b"),
            counted_ago,
        ),
        rule(UNITS, 
            format!(r"(?P<approx>{APPROX})?(?P<t>(?P<pre>(?:the\s+)?(?:past|last|next|first|previous|coming|final|remaining|initial|latest)\s+|the\s+following\s+|the\s+|another\s+)?{BOUND}?(?P<n>{NUMBER})(?P<half>\s+and\s+a\s+half)?(?:\s+(?:more|additional|trading|business|working|straight|consecutive|successive))?\s+(?P<unit>{UNIT})(?P<half2>\s+and\s+a\s+half)?)\b"),
            counted,
        ),
        rule(UNITS, format!(r"(?P<t>(?P<n>{NUMBER})-(?P<unit>{UNIT}))\b"), counted),
        // "a day-long meeting", "the decades-long feud", "a three-week-long strike".
        rule("-long", format!(r"(?:(?P<n>{NUMBER})-)?(?P<unit>{UNIT})-long\b"), lasting),
        rule(UNITS, r"(?:for|over|in|within|after|lasting)\s+(?P<t>(?P<unit>years|months|weeks|days|decades|hours|minutes))\b".to_string(), plural_units),
        // "over the years", "in the early years" (not "the years 1990 to 1995").
        rule("years", r"(?:over|in|during|throughout)\s+(?P<t>the\s+(?:early\s+)?(?P<unit>years))\b".to_string(), |c, x| {
            if x.after().trim_start().starts_with(|ch: char| ch.is_ascii_digit()) {
                return None;
            }
            plural_units(c, x)
        }),
        rule("half", r"half\s+an?\s+(?P<unit>hour|day|year|month|century)\b|a\s+half[- ](?P<unit2>hour)\b".to_string(), half_unit),
        rule("now|current|present|these days|recently|lately|past|future|term|later date", 
            r"(?P<w>now|currently|then[- ]current|current|at present|nowadays|these days|recently|lately|the past|the near future|the future|the (?:near|short|long) term|a later date)\b".to_string(),
            refs,
        ),
        rule("daily|weekly|monthly|yearly|hourly|nightly", r"(?P<w>daily|weekly|monthly|yearly|hourly|nightly)\b".to_string(), set),
        rule("every|each|per", r"(?:every|each|per)\s+(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|morning|afternoon|evening|night)\b".to_string(), every),
        rule("quarter|half", 
            format!(r"(?:(?P<relq>this|last|next)\s+year['’]s\s+|(?P<py>{YEAR})['’]s\s+|(?:the\s+)?(?P<ya>year-ago|year-earlier|prior-year|year-before|comparable)\s+|(?:the\s+)?(?P<py2>{YEAR})\s+|(?:the|its)\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<ord>{ORDINAL}|last)\s+(?:fiscal\s+)?(?P<q>quarter|half)\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y2>{YEAR})\b)?"),
            quarter,
        ),
        rule("quarter|half", format!(r"(?:(?:fiscal|calendar)[- ])?(?P<ord>{ORDINAL})-(?:fiscal-)?(?P<q>quarter|half)\b"), quarter),
        rule("", r"(?-i:Q(?P<n>[1-4]))(?:\s+(?P<year>(?:19|20)\d\d))?\b".to_string(), quarter_code),
        rule("quarter|period|year-", 
            format!(r"(?P<ly>last\s+year['’]s\s+(?:fiscal\s+)?(?:quarter|period)|the\s+(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year))\b|(?:the\s+)?(?P<w>latest|most recent|year-ago|year-earlier|prior-year|year-before|same)\s+(?:fiscal\s+)?(?P<noun>quarter|period)\b|(?:the\s+)?(?P<noun2>quarter)\b(?P<ya2>\s+a\s+year\s+(?:ago|earlier)\b)?|(?P<w2>year-earlier|year-ago)\b|the\s+(?P<py>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period)\b"),
            latest_quarter,
        ),
        rule("spring|summer|fall|autumn|winter", 
            format!(r"(?P<mod>{MOD})?(?:(?P<rel>{rel}|the)\s+)?(?P<s>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})\b|{SPELLED_YEAR}))?"),
            season,
        ),
        rule("(?-i:Christmas|New Year|Thanksgiving|Independence|Fourth of July|Labor Day|Memorial|Election|Halloween|Valentine|Easter|Good Friday|Palm Sunday|Ash Wednesday|Holy|Maundy)", 
            r"(?:(?P<rel>last|this|next)\s+)?(?-i:(?P<week>Holy\s+Week|Easter\s+[Ww]eek)|(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year(?:'s|’s|s)(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Fourth\s+of\s+July|Labor\s+Day|Memorial\s+Day|Election\s+Day|Halloween|Valentine's\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|(?:Holy|Maundy)\s+Thursday|Holy\s+Saturday))\b".to_string(),
            holiday,
        ),
        rule(r"\d\s*[ap]\.?m|noon|midday|midnight|\d:\d\d|\d\d\d\d (?-i:GMT|UTC)", 
            format!(r"(?P<t>(?:(?P<day0>yesterday|today|tomorrow|{WEEKDAY})\s+(?:at\s+)?)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)|(?P<named>noon|midday|midnight)\b|(?P<h24>\d{{1,2}}):(?P<m24>\d{{2}})\b|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s+(?-i:GMT|UTC)\b)(?:\s+(?P<zone>(?-i:[A-Z]{{2,4}})\b|local\s+time\b))?(?:,?\s+(?:on\s+)?(?:(?P<day>yesterday|today|tomorrow|{WEEKDAY})\b|(?P<mon>{MONTH})\s+(?P<mday>\d{{1,2}})\b))?)(?:\s*\([^()]{{1,16}}\)\s+(?:on\s+)?(?P<pday>yesterday|today|tomorrow|{WEEKDAY})\b)?"),
            clock,
        ),
        // "by year-end", "since year end": the year (TimeML's mod END),
        // the one before after "since".
        rule("year[- ]end|year['’]s end", r"(?:(?P<p>by|at|since|before|until|through)\s+)?(?P<t>(?P<around>around\s+)?(?:year[- ]end|year['’]s\s+end))\b".to_string(), |c, _| {
            let since = match (group(c, "p"), group(c, "around")) {
                (Some(p), _) => p.eq_ignore_ascii_case("since"),
                (None, Some(_)) => false,
                (None, None) => return None, // "year-end net" is an adjective
            };
            Some(Expr::Period { unit: Unit::Year, offset: if since { -1 } else { 0 } })
        }),
        rule("century", r"(?:the\s+)?(?:(?P<ord>\d{1,2})(?:st|nd|rd|th)|(?P<w>eighteenth|nineteenth|twentieth|twenty-first))\s+century\b".to_string(), century),
    ]
});

#[cfg(test)]
mod tests {
    use super::RULES;

    #[test]
    fn rules_compile() {
        assert!(RULES.len() > 20);
    }
}
