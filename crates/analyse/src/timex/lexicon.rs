//! Words of time: month and weekday names, calendar units, number words.
//!
//! Each list is given once as a regex alternation (for the grammar) and read
//! back by a parser (for the resolver), so the two cannot drift apart.

use chrono::Weekday;

/// Month names and abbreviations, capitalised (case-sensitive in the grammar).
pub const MONTH: &str = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec)";

/// Full month names only (for months standing alone).
pub const MONTH_FULL: &str =
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.)";

/// Weekday names, capitalised.
pub const WEEKDAY: &str = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/// Parts of the day.
pub const PART: &str = r"morning|afternoon|evening|night|overnight";

/// Calendar units, singular or plural.
pub const UNIT: &str = r"(?:second|minute|hour|day|weekend|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?";

/// Cardinal numbers as digits or words, and vague amounts ("several").
pub const NUMBER: &str = r"(?:\d{1,3}(?:\.\d+|\s+1/2|-1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a few|few|several|some|many|a couple of|a couple|couple of|a dozen|dozens of|a|an)";

/// A number read from [`NUMBER`]: known, or vague (TimeML "X").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    /// A definite count.
    Known(f64),
    /// Several, a few, many.
    Vague,
}

/// Reads a number phrase matched by [`NUMBER`].
pub fn amount(phrase: &str) -> Option<Amount> {
    let p = phrase.trim().to_ascii_lowercase();
    if let Ok(n) = p.parse::<f64>() {
        return n.is_finite().then_some(Amount::Known(n));
    }
    if let Some(whole) = p.strip_suffix("1/2").map(|w| w.trim_end_matches([' ', '-'])) {
        return whole.parse::<f64>().ok().map(|n| Amount::Known(n + 0.5));
    }
    let word = |w: &str| -> Option<f64> {
        const ONES: [&str; 20] = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        if let Some(i) = ONES.iter().position(|o| *o == w) {
            return Some(i as f64);
        }
        TENS.iter().position(|t| *t == w).map(|i| (i as f64 + 2.0) * 10.0)
    };
    match p.as_str() {
        "a" | "an" => return Some(Amount::Known(1.0)),
        "a dozen" => return Some(Amount::Known(12.0)),
        "a hundred" | "hundred" => return Some(Amount::Known(100.0)),
        "a couple" | "a couple of" | "couple of" => return Some(Amount::Known(2.0)),
        _ => {}
    }
    let parts: Vec<&str> = p.split(['-', ' ']).filter(|s| !s.is_empty()).collect();
    match parts.as_slice() {
        [w] => word(w).map(Amount::Known).or(Some(Amount::Vague)),
        [t, o] => match (word(t), word(o)) {
            (Some(t), Some(o)) if t >= 20.0 && o < 10.0 => Some(Amount::Known(t + o)),
            _ => Some(Amount::Vague),
        },
        _ => Some(Amount::Vague),
    }
}

/// The month number of a name or abbreviation.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let head = w.get(..3)?;
    NAMES.iter().position(|n| *n == head).map(|i| i as u32 + 1)
}

/// The weekday of a name.
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    Some(match w.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Saturday and Sunday.
    Weekend,
    /// Week.
    Week,
    /// Two weeks.
    Fortnight,
    /// Month.
    Month,
    /// Quarter year.
    Quarter,
    /// Year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// Reads a unit word (singular or plural).
pub fn unit(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase();
    let w = w.strip_suffix("ies").map(|s| format!("{s}y")).unwrap_or(w);
    Some(match w.trim_end_matches('s') {
        "second" => Unit::Second,
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "weekend" => Unit::Weekend,
        "week" => Unit::Week,
        "fortnight" => Unit::Fortnight,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        _ => return None,
    })
}

/// The TimeML part-of-day code ("MO", "AF", "EV"); "night" gets none, as
/// it straddles two dates and news annotators mostly give the date alone.
pub fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words() {
        assert_eq!(amount("twenty-four"), Some(Amount::Known(24.0)));
        assert_eq!(amount("three"), Some(Amount::Known(3.0)));
        assert_eq!(amount("several"), Some(Amount::Vague));
        assert_eq!(amount("72"), Some(Amount::Known(72.0)));
        assert_eq!(amount("5 1/2"), Some(Amount::Known(5.5)));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("August"), Some(8));
        assert_eq!(weekday("Monday"), Some(Weekday::Mon));
        assert_eq!(unit("centuries"), Some(Unit::Century));
        assert_eq!(unit("weeks"), Some(Unit::Week));
    }
}
