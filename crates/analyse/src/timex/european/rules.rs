//! The day-first grammar, built from a language's [`Words`]: dates ("19.
//! August 2024", "le 1er août", "19/08/2024"), months, years, weekdays, day
//! words ("gestern Abend"), periods ("la semaine dernière"), "ago" ("hace dos
//! semanas") and amounts of time ("drei Tage").
//!
//! Patterns carry no word boundaries (the ASCII ones fail next to accented
//! letters); every rule asks the caller to check that a match stands as
//! whole words.

use concord_model::{Granularity, TimexType};
use regex::{Captures, Regex};

use super::super::grammar::{self, Context, Rule};
use super::super::lexicon::{Amount, Unit};
use super::super::resolve::{duration, Expr};
use super::{grammar, Words};

/// Years written in digits.
const YEAR: &str = r"(?:1[5-9]\d\d|20\d\d)";

/// A regex alternation of `list`, longest first, spaces as any white space
/// and apostrophes as either kind.
fn alternation<'a>(list: impl Iterator<Item = &'a str>) -> String {
    let mut list: Vec<&str> = list.collect();
    if list.is_empty() {
        return "[a&&b]".to_string(); // matches nothing
    }
    list.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let escaped: Vec<String> = list
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+").replace('\'', "['’]"))
        .collect();
    format!("(?:{})", escaped.join("|"))
}

fn rule(pattern: String, build: fn(&Captures, &Context) -> Option<Expr>) -> Rule {
    let regex = Regex::new(&format!("(?i){pattern}")).unwrap_or_else(|e| panic!("time grammar: {e}"));
    Rule { trigger: None, regex, build, whole_words: true }
}

/// The rules of a language.
pub fn rules(w: &'static Words) -> Vec<Rule> {
    let names = |list: Vec<&str>| {
        let a = alternation(list.into_iter());
        if w.capitalised { format!("(?-i:{a})") } else { a }
    };
    let months = names(w.months.iter().map(|(m, _)| *m).collect());
    let full = names(w.months.iter().map(|(m, _)| *m).filter(|m| !m.ends_with('.')).collect());
    let weekdays = names(w.weekdays.iter().map(|(d, _)| *d).collect());
    // A period takes a singular ("in den letzten Jahren" are recent years);
    // an amount either number.
    let unit = alternation(w.units.iter().map(|(u, _)| *u));
    let units = alternation(w.units.iter().chain(w.plurals).map(|(u, _)| *u));
    let number = format!(r"(?:\d{{1,3}}|{}|{})", alternation(w.numbers.iter().map(|(n, _)| *n)), alternation(w.vague.iter().copied()));
    let before = alternation(w.before.iter().map(|(m, _)| *m));
    let after = alternation(w.after.iter().map(|(m, _)| *m));
    let art = if w.articles.is_empty() { String::new() } else { format!("(?:{})?", w.articles) };
    let days = alternation(w.days.iter().map(|(d, _)| *d));
    let parts = alternation(w.parts.iter().map(|(p, _)| *p));
    let this_parts = alternation(w.this_parts.iter().map(|(p, _)| *p));
    let first = if w.first.is_empty() { String::new() } else { format!("|{}", w.first) };
    let (dj, yj, mods) = (w.date_joint, w.year_joint, w.month_mods);
    let (dpj, wpj) = (w.day_part_joint, w.weekday_part_joint);
    let ago = match (w.ago_before, w.ago_after) {
        ("", after) => format!(r"(?P<n2>{number})\s+(?P<unit2>{units})\s+(?:{after})"),
        (before, "") => format!(r"(?:{before})\s+(?P<n>{number})\s+(?P<unit>{units})"),
        (before, after) => format!(r"(?:{before})\s+(?P<n>{number})\s+(?P<unit>{units})|(?P<n2>{number})\s+(?P<unit2>{units})\s+(?:{after})"),
    };
    vec![
        rule(format!(r"{art}(?P<day>\d{{1,2}}{first}){dj}(?P<mon>{months})(?:{yj}(?P<year>{YEAR}))?"), day_month),
        rule(format!(r"(?P<year>{YEAR})-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}})"), numeric),
        rule(r"(?P<day>\d{1,2})/(?P<mon>\d{1,2})/(?P<year>\d{4}|\d{2})".to_string(), numeric),
        rule(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4}|\d{2})?".to_string(), numeric),
        rule(format!(r"(?:{mods})?(?P<mon>{months}){yj}(?P<year>{YEAR})"), month_year),
        rule(format!(r"{art}(?:(?P<pre>{before})\s+(?P<mon>{full})|(?P<mon2>{full})\s+(?P<post>{after}))"), month_shifted),
        rule(format!(r"(?P<mod>{mods})?(?P<mon>{full})"), month_alone),
        rule(format!(r"(?P<year>{YEAR})"), year),
        rule(format!(r"{art}(?:(?P<pre>{before})\s+)?(?P<wd>{weekdays})(?:{wpj}(?P<part>{parts}))?(?:\s+(?P<post>{after}))?"), weekday),
        rule(format!(r"(?P<w>{days})(?:{dpj}(?P<part>{parts}))?|(?P<tp>{this_parts})"), day_word),
        rule(format!(r"{art}(?:(?P<pre>{before})\s*(?P<unit>{unit})|(?P<unit2>{unit})\s+(?P<post>{after}))"), period),
        rule(ago, ago_rule),
        rule(format!("(?-i:{})", w.century), century),
        rule(format!(r"(?P<n>{number})\s+(?P<unit>{units})"), counted),
    ]
}

fn group<'a>(c: &'a Captures, name: &str) -> Option<&'a str> {
    c.name(name).map(|m| m.as_str())
}

/// The words of the match's language.
fn of(x: &Context) -> Option<&'static Words> {
    grammar(x.language).map(|g| g.words)
}

fn day_date(y: i32, month: u32, day: u32) -> Option<Expr> {
    chrono::NaiveDate::from_ymd_opt(y, month, day)?;
    Some(Expr::Fixed { value: format!("{y}-{month:02}-{day:02}"), kind: TimexType::Date, granularity: Some(Granularity::Day) })
}

/// "19. August 2024", "le 1er août", "19 de agosto".
fn day_month(c: &Captures, x: &Context) -> Option<Expr> {
    let month = of(x)?.month(group(c, "mon")?)?;
    let digits: String = group(c, "day")?.chars().take_while(char::is_ascii_digit).collect();
    let day: u32 = if digits.is_empty() { 1 } else { digits.parse().ok()? };
    if !(1..=31).contains(&day) {
        return None;
    }
    match group(c, "year").and_then(|y| y.parse().ok()) {
        Some(y) => day_date(y, month, day),
        None => Some(Expr::MonthDay { month, day, shift: None }),
    }
}

/// Prepositions before a German day and month without a year ("am 19.08.").
const BEFORE_DOTTED: [&str; 6] = ["am", "vom", "bis", "zum", "seit", "ab"];

/// "19.08.2024", "19/08/2024", "2024-08-19", "am 19.08." (day first).
fn numeric(c: &Captures, x: &Context) -> Option<Expr> {
    let month: u32 = group(c, "mon")?.parse().ok()?;
    let day: u32 = group(c, "day")?.parse().ok()?;
    let Some(y) = group(c, "year") else {
        let ok = (1..=12).contains(&month) && (1..=31).contains(&day) && BEFORE_DOTTED.contains(&x.previous_word().as_str());
        return ok.then_some(Expr::MonthDay { month, day, shift: None });
    };
    let y: i32 = y.parse().ok()?;
    day_date(if y < 100 { 2000 + y } else { y }, month, day)
}

fn month_year(c: &Captures, x: &Context) -> Option<Expr> {
    let month = of(x)?.month(group(c, "mon")?)?;
    let y: i32 = group(c, "year")?.parse().ok()?;
    Some(Expr::Fixed { value: format!("{y}-{month:02}"), kind: TimexType::Date, granularity: Some(Granularity::Month) })
}

/// "im vergangenen August", "août dernier", "el pasado agosto".
fn month_shifted(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    let month = w.month(group(c, "mon").or(group(c, "mon2"))?)?;
    let shift = w.shift(group(c, "pre").or(group(c, "post"))?)?;
    Some(Expr::Month { month, shift: Some(shift) })
}

/// A month standing alone: written as a month (lower case outside German),
/// and after a cue word where the name has another sense.
fn month_alone(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    let name = group(c, "mon")?;
    if group(c, "mod").is_none() {
        if !w.capitalised && name.starts_with(char::is_uppercase) {
            return None; // "Mars", "Julio", "Mayo": a name
        }
        let ambiguous = w.ambiguous_months.iter().any(|a| a.eq_ignore_ascii_case(name));
        if ambiguous && !w.month_cues.contains(&x.previous_word().as_str()) {
            return None;
        }
    }
    Some(Expr::Month { month: w.month(name)?, shift: None })
}

/// Words after a number that make it an amount of money, not a year.
const CURRENCIES: [&str; 12] = ["euro", "euros", "dollar", "dollars", "dólares", "dollari", "dólares", "pfund", "franken", "pesos", "reais", "sterline"];

/// A year, not "2000 Euro".
fn year(c: &Captures, x: &Context) -> Option<Expr> {
    let next = x.after().trim_start().split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    if CURRENCIES.contains(&next.as_str()) {
        return None;
    }
    grammar::year(c, x)
}

/// "am Montag", "lundi prochain", "el próximo lunes", "Montagabend".
fn weekday(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    let name = group(c, "wd")?;
    if !w.capitalised && name.starts_with(char::is_uppercase) && !sentence_initial(x) {
        return None; // "Domingo", "Domenica": names
    }
    let weekday = w.weekday(name)?;
    let before = x.before().trim_end().to_lowercase();
    if w.titles_before_weekday.iter().any(|t| before.ends_with(t)) {
        return None; // "Bild am Sonntag"
    }
    if w.every.contains(&x.previous_word().as_str()) {
        // "ogni mercoledì", "jeden Montag": each such day.
        let n = weekday.number_from_monday();
        return Some(Expr::Fixed { value: format!("XXXX-WXX-{n}"), kind: TimexType::Set, granularity: None });
    }
    let shift = match group(c, "pre").or(group(c, "post")) {
        Some(m) => Some(w.shift(m)?).filter(|s| *s != 0),
        None => None,
    };
    let part = group(c, "part").and_then(|p| lookup_part(w, p));
    Some(Expr::Weekday { weekday, shift, part })
}

fn lookup_part(w: &Words, part: &str) -> Option<&'static str> {
    super::lookup(w.parts, part).filter(|p| *p != "NI")
}

/// Whether the match opens its sentence (after any quotation mark).
fn sentence_initial(x: &Context) -> bool {
    x.before().trim_start_matches(|ch: char| ch.is_whitespace() || "\"'„“”«»‘’(".contains(ch)).is_empty()
}

/// "gestern", "hier soir", "esta mañana", "ieri sera".
fn day_word(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    if let Some(tp) = group(c, "tp") {
        return Some(Expr::Day { offset: 0, part: super::lookup(w.this_parts, tp).filter(|p| *p != "NI") });
    }
    let word = group(c, "w")?;
    if w.capitalised && word.starts_with(char::is_uppercase) && !sentence_initial(x) {
        return None; // German "Morgen" mid-sentence is the morning
    }
    let lower = word.to_lowercase();
    let previous = x.previous_word();
    if w.day_nouns.iter().any(|(noun, after)| *noun == lower && after.contains(&previous.as_str())) {
        return None;
    }
    let offset = super::lookup(w.days, word)?;
    // The night before is TimeML's "TNI"; other nights are given as the date.
    let part = group(c, "part").and_then(|p| super::lookup(w.parts, p)).filter(|p| *p != "NI" || offset == -1);
    Some(Expr::Day { offset, part })
}

/// "letzte Woche", "la semaine dernière", "el año pasado", "quest'anno".
fn period(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    let unit = w.unit(group(c, "unit").or(group(c, "unit2"))?)?;
    if matches!(unit, Unit::Minute | Unit::Hour | Unit::Day) {
        return None; // "am letzten Tag" is the last day of something
    }
    // "die letzte Woche des Wahlkampfs" is the campaign's.
    let next = x.after().trim_start().split(' ').next().unwrap_or("");
    if w.capitalised && matches!(next, "des" | "der") {
        return None;
    }
    let offset = w.shift(group(c, "pre").or(group(c, "post"))?)?;
    Some(Expr::Period { unit, offset: offset.into() })
}

fn amount_of(w: &Words, n: &str) -> Option<Amount> {
    if let Ok(k) = n.parse::<f64>() {
        return Some(Amount::Known(k));
    }
    if w.vague.iter().any(|v| v.eq_ignore_ascii_case(n)) {
        return Some(Amount::Vague);
    }
    super::lookup(w.numbers, n).map(|k| Amount::Known(f64::from(k)))
}

/// "19. Jahrhundert", "XIXe siècle": the century's years ("18").
fn century(c: &Captures, _: &Context) -> Option<Expr> {
    let n: u32 = match group(c, "ord") {
        Some(d) => d.parse().ok()?,
        None => roman(group(c, "rom")?)?,
    };
    if !(1..=30).contains(&n) {
        return None;
    }
    Some(Expr::Fixed { value: format!("{:02}", n - 1), kind: TimexType::Date, granularity: Some(Granularity::Year) })
}

/// The value of a roman numeral up to XXX.
fn roman(numeral: &str) -> Option<u32> {
    let digit = |ch: char| match ch {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        _ => None,
    };
    let values: Vec<u32> = numeral.chars().map(digit).collect::<Option<_>>()?;
    let total = values.iter().enumerate().map(|(i, v)| if values.get(i + 1).is_some_and(|n| n > v) { -(*v as i64) } else { *v as i64 }).sum::<i64>();
    u32::try_from(total).ok()
}

/// "vor zwei Wochen", "il y a deux semaines", "due settimane fa".
fn ago_rule(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    let n = amount_of(w, group(c, "n").or(group(c, "n2"))?)?;
    let unit = w.unit(group(c, "unit").or(group(c, "unit2"))?)?;
    Some(grammar::ago(n, unit, -1, x))
}

/// "drei Tage", "trois jours", "tres días": a duration (not an age, "un
/// homme de 45 ans", nor "un día", which is as often "some day").
fn counted(c: &Captures, x: &Context) -> Option<Expr> {
    let w = of(x)?;
    let n_text = group(c, "n")?;
    let n = amount_of(w, n_text)?;
    let unit = w.unit(group(c, "unit")?)?;
    let before = x.before().trim_end();
    let mut tail = before.chars().rev();
    if matches!(tail.next(), Some('.' | ',')) && tail.next().is_some_and(|ch| ch.is_ascii_digit()) {
        return None; // "1.000 Jahre" is a thousand
    }
    if unit == Unit::Day && !n_text.starts_with(|ch: char| ch.is_ascii_digit()) && super::lookup(w.numbers, n_text) == Some(1) {
        return None;
    }
    if unit == Unit::Year {
        let previous = x.previous_word();
        let next = x.after().trim_start().split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        // "Michael (47 ans)", "Joseph Seals, 40 anni,": an age in apposition.
        let after = x.after().trim_start();
        let apposition = matches!(before.chars().next_back(), Some('(' | ',')) && after.starts_with([')', ',']);
        let phrase = w.age_phrases.iter().any(|p| before.to_lowercase().ends_with(p));
        if apposition || phrase || w.age_before.contains(&previous.as_str()) || w.age_after.contains(&next.as_str()) {
            return None;
        }
    }
    Some(Expr::Fixed { value: duration(n, unit), kind: TimexType::Duration, granularity: Some(Granularity::Duration) })
}
