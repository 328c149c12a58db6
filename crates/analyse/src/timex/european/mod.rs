//! Time expressions in German, French, Spanish, Italian and Portuguese.
//!
//! Each language gives its words of time as data ([`Words`]: month and
//! weekday names, "yesterday", units, number words, "last"/"next", "ago",
//! tense cues); one day-first grammar ([`rules`]) is built from each
//! language's words, and its expressions go to the shared resolver, so
//! "letzte Woche", "la semaine dernière" and "last week" get the same value.

mod de;
mod es;
mod fr;
mod it;
mod pt;
mod rules;

use std::sync::LazyLock;

use chrono::Weekday;
use regex::Regex;

use super::grammar::Rule;
use super::lexicon::Unit;
use super::Cues;
use crate::Language;

/// The words of time of one language. Names are given as written: German
/// capitalised (and matched so), the others in lower case (matched in any
/// case next to a number, in lower case alone: "Mars" is the planet).
pub struct Words {
    /// Month names and abbreviations ("janv."), with their numbers.
    pub months: &'static [(&'static str, u32)],
    /// Whether names of months and days are capitalised nouns (German).
    pub capitalised: bool,
    /// Month names that stand alone only after a cue word ("en mars", not
    /// "sur Mars"; "im August", not "August Bebel").
    pub ambiguous_months: &'static [&'static str],
    /// Words before a lone ambiguous month that show it is one.
    pub month_cues: &'static [&'static str],
    /// Words before a month kept in its span ("Anfang", "fin", "mediados de").
    pub month_mods: &'static str,
    /// Weekday names.
    pub weekdays: &'static [(&'static str, Weekday)],
    /// Days counted from today ("gestern" -1, "pasado mañana" 2).
    pub days: &'static [(&'static str, i64)],
    /// Parts of a day ("Abend", "soir"), with their TimeML codes.
    pub parts: &'static [(&'static str, &'static str)],
    /// Today's parts in one phrase ("ce matin", "stasera").
    pub this_parts: &'static [(&'static str, &'static str)],
    /// What joins a day word to its part ("gestern Abend", "ayer por la tarde").
    pub day_part_joint: &'static str,
    /// What joins a weekday to its part ("Montagabend", "lundi soir").
    pub weekday_part_joint: &'static str,
    /// Day words that are also nouns, and the words before them that make
    /// them one ("la mañana" is the morning, "il domani" the future).
    pub day_nouns: &'static [(&'static str, &'static [&'static str])],
    /// Calendar units in the singular (German: all its cases).
    pub units: &'static [(&'static str, Unit)],
    /// Their plurals (French "mois" is both and listed once).
    pub plurals: &'static [(&'static str, Unit)],
    /// Number words up to a few dozen, with articles counting one.
    pub numbers: &'static [(&'static str, u32)],
    /// Vague amounts ("mehrere", "plusieurs").
    pub vague: &'static [&'static str],
    /// Modifiers before a unit, weekday or month, with their shift
    /// ("letzte" -1, "la próxima" 1, "cette" 0).
    pub before: &'static [(&'static str, i32)],
    /// Modifiers after one ("dernière", "pasado", "scorso").
    pub after: &'static [(&'static str, i32)],
    /// Definite articles kept with a phrase ("la semaine dernière").
    pub articles: &'static str,
    /// What joins a day number to its month ("19. August", "19 de agosto").
    pub date_joint: &'static str,
    /// What joins a month to its year ("agosto de 2024").
    pub year_joint: &'static str,
    /// The first day of a month in words or as an ordinal ("1er", "1º").
    pub first: &'static str,
    /// A century: its number in group `ord` ("19. Jahrhundert") or in roman
    /// numerals in `rom` ("XIXe siècle", "siglo XIX").
    pub century: &'static str,
    /// Words before an amount meaning "ago" ("vor", "il y a", "hace").
    pub ago_before: &'static str,
    /// Words after it ("fa", "atrás"); empty when the language has none.
    pub ago_after: &'static str,
    /// Words before an amount of years that make it an age ("de 45 ans").
    pub age_before: &'static [&'static str],
    /// Phrases before it ("im alter von").
    pub age_phrases: &'static [&'static str],
    /// Names ending in a weekday, by the words before it ("bild am").
    pub titles_before_weekday: &'static [&'static str],
    /// Words before a weekday that make it every such day ("jeden", "ogni").
    pub every: &'static [&'static str],
    /// Words after it ("45 Jahre alt").
    pub age_after: &'static [&'static str],
    /// Tense cues that look forward (a regex alternation).
    pub forward: &'static str,
    /// Tense cues of the past.
    pub past: &'static str,
}

impl Words {
    /// The number of a month name or abbreviation.
    pub fn month(&self, word: &str) -> Option<u32> {
        lookup(self.months, word)
    }

    /// The weekday of a name.
    pub fn weekday(&self, word: &str) -> Option<Weekday> {
        lookup(self.weekdays, word)
    }

    /// The unit of a unit word.
    pub fn unit(&self, word: &str) -> Option<Unit> {
        lookup(self.units, word).or_else(|| lookup(self.plurals, word))
    }

    /// The shift of a modifier before or after.
    pub fn shift(&self, word: &str) -> Option<i32> {
        lookup(self.before, word).or_else(|| lookup(self.after, word))
    }
}

/// The value of `word` in a table, compared in lower case and with runs of
/// white space as one space.
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let word: String = word.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('’', "'");
    table.iter().find(|(w, _)| w.to_lowercase() == word).map(|(_, v)| *v)
}

/// A language's words, and its grammar and tense cues compiled once.
pub struct Grammar {
    /// The words the rules are built from.
    pub words: &'static Words,
    /// The rules.
    pub rules: Vec<Rule>,
    /// The tense cues.
    pub cues: Cues,
}

static GRAMMARS: LazyLock<[Grammar; 5]> = LazyLock::new(|| {
    [&de::WORDS, &fr::WORDS, &es::WORDS, &it::WORDS, &pt::WORDS].map(|w| Grammar { words: w, rules: rules::rules(w), cues: cues(w) })
});

/// The grammar of a language with rules of its own (None for English).
pub fn grammar(language: Language) -> Option<&'static Grammar> {
    let i = match language {
        Language::English => return None,
        Language::German => 0,
        Language::French => 1,
        Language::Spanish => 2,
        Language::Italian => 3,
        Language::Portuguese => 4,
    };
    Some(&GRAMMARS[i])
}

fn cues(w: &Words) -> Cues {
    let compile = |p: String| Regex::new(&p).unwrap_or_else(|e| panic!("tense cues: {e}"));
    Cues {
        tense: compile(format!(r"(?i)\b(?:{}|{})\b", w.forward, w.past)),
        neutral: None,
        forward: compile(format!(r"(?i)^(?:{})$", w.forward)),
    }
}

#[cfg(test)]
mod tests;
