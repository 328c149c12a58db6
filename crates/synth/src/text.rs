//! Wording normalised for comparison: tokens, stems with a small synonym
//! table (so that two translations of one statement compare equal), numbers
//! and what the negations of a sentence or quotation bear on.

use std::cell::RefCell;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Function words that carry no content for matching.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "during",
    "each", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
    "most", "much", "must", "my", "of", "on", "once", "only", "or", "other", "our", "ours", "out",
    "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t", "us",
    "said", "says", "say", "told", "according", "however", "whether", "per", "still", "least",
    "people",
];

/// Words that negate a statement.
const NEGATORS: &[&str] = &["not", "no", "never", "neither", "nor", "none", "nothing", "nobody", "cannot"];

/// Translation and paraphrase variants mapped to one canonical word (applied
/// before stemming). Short on purpose: it covers the wordings news agencies
/// and machine translation swap most often.
const SYNONYMS: &[(&str, &str)] = &[
    ("unsubstantiated", "baseless"),
    ("unfounded", "baseless"),
    ("groundless", "baseless"),
    ("devoid", "without"),
    ("lacking", "without"),
    ("standing", "foundation"),
    ("basis", "foundation"),
    ("grounds", "foundation"),
    ("merit", "foundation"),
    ("allegations", "claims"),
    ("allegation", "claim"),
    ("accusations", "claims"),
    ("accusation", "claim"),
    ("stated", "announced"),
    ("declared", "announced"),
    ("harbors", "has"),
    ("harbours", "has"),
    ("furnish", "provide"),
    ("give", "provide"),
    ("pertinent", "relevant"),
    ("genuinely", "sincerely"),
    ("truly", "sincerely"),
    ("breached", "hacked"),
    ("breach", "hack"),
    ("utilized", "used"),
    ("utilised", "used"),
    ("employed", "used"),
    ("prior", "previous"),
    ("specifically", "including"),
    ("involving", "including"),
    ("aimed", "intended"),
    ("spokesperson", "spokesman"),
    ("reelection", "election"),
    ("cyberattack", "attack"),
    ("cyberattacks", "attacks"),
    ("persistent", "stubborn"),
    ("hoped", "expected"),
    ("anticipated", "expected"),
    ("killed", "died"),
    ("dead", "died"),
    ("deaths", "died"),
    ("lives", "died"),
];

/// Number words read as numbers ("three outlets" agrees with "3 outlets").
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"),
    ("eight", "8"), ("nine", "9"), ("ten", "10"), ("eleven", "11"), ("twelve", "12"),
    ("thirteen", "13"), ("fourteen", "14"), ("fifteen", "15"), ("sixteen", "16"),
    ("seventeen", "17"), ("eighteen", "18"), ("nineteen", "19"), ("twenty", "20"),
    ("dozen", "12"), ("hundred", "100"), ("thousand", "1000"),
];

/// The value of a number word.
fn number_word(w: &str) -> Option<&'static str> {
    NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
}

fn is_number_word(w: &str) -> bool {
    number_word(w).is_some()
}

/// [`STOPWORDS`] as a set: synthesis asks about every word of every line.
static STOPWORD_SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| STOPWORDS.iter().copied().collect());

/// True for a function word.
pub fn is_stopword(word: &str) -> bool {
    STOPWORD_SET.contains(word)
}

/// Words of `text`, lowercased, with `U.S.`-style acronyms joined, possessive
/// `'s` dropped and `n't` split off as `not`. Apostrophes inside words are kept out.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_word(text, &mut |w| out.push(w.to_string()));
    out
}

/// Hands each of the [`words`] of `text` to `emit`, in order.
fn each_word(text: &str, emit: &mut impl FnMut(&str)) {
    let mut buf = String::new();
    let mut acronym = String::new();
    // Byte offset where the word being read starts (words are runs of the text).
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let next = || text[i + c.len_utf8()..].chars().next();
        // U.S., U.N., D.C.: single capitals separated by dots.
        if c.is_uppercase()
            && start.is_none()
            && next() == Some('.')
            && text[i + c.len_utf8() + 1..].chars().next().is_some_and(char::is_uppercase)
            && !prev.is_some_and(char::is_alphanumeric)
        {
            let mut j = i;
            acronym.clear();
            loop {
                let mut ahead = text[j..].chars();
                match (ahead.next(), ahead.next()) {
                    (Some(a), Some('.')) if a.is_uppercase() => {
                        acronym.push(a);
                        j += a.len_utf8() + 1;
                    }
                    _ => break,
                }
            }
            if acronym.len() >= 2 {
                flush_word(&acronym, &mut buf, emit);
                prev = Some('.');
                i = j;
                continue;
            }
        }
        let joins = (c == '\'' || c == '’') && start.is_some() && next().is_some_and(char::is_alphanumeric);
        if c.is_alphanumeric() || joins {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            flush_word(&text[s..i], &mut buf, emit);
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    if let Some(s) = start {
        flush_word(&text[s..], &mut buf, emit);
    }
}

/// Emits the word `w` as read: lowercased (in `buf`), `n't` split off as
/// `not`, a possessive `'s` and inner apostrophes dropped.
fn flush_word(w: &str, buf: &mut String, emit: &mut impl FnMut(&str)) {
    buf.clear();
    if w == "US" {
        buf.push_str("usa");
    } else if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&w.to_lowercase());
    }
    if let Some(stem) = buf.strip_suffix("n't").or_else(|| buf.strip_suffix("n’t")) {
        if !stem.is_empty() {
            emit(match stem {
                "ca" => "can",
                "wo" => "will",
                _ => stem,
            });
        }
        emit("not");
        return;
    }
    if let Some(stem) = buf.strip_suffix("'s").or_else(|| buf.strip_suffix("’s")) {
        buf.truncate(stem.len());
    }
    if buf.contains('\'') || buf.contains('’') {
        buf.retain(|c| c != '\'' && c != '’');
    }
    if !buf.is_empty() {
        emit(buf);
    }
}

thread_local! {
    /// Comparable forms already computed on this thread (a story's lines
    /// repeat most of their words; stemming each anew was most of synthesis).
    static STEMS: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// Words whose comparable forms a thread remembers before it forgets them all.
const REMEMBERED_STEMS: usize = 100_000;

/// The comparable form of a word: synonym-mapped, then stemmed.
pub fn stem(word: &str) -> String {
    if let Some(known) = STEMS.with_borrow(|stems| stems.get(word).cloned()) {
        return known;
    }
    let mapped = SYNONYMS.iter().find(|(w, _)| *w == word).map_or(word, |(_, c)| c);
    let stemmed = STEMMER.stem(mapped).into_owned();
    STEMS.with_borrow_mut(|stems| {
        if stems.len() >= REMEMBERED_STEMS {
            stems.clear();
        }
        stems.insert(word.to_string(), stemmed.clone());
    });
    stemmed
}

/// True for a content word: not a stopword, a negator or a single letter.
fn is_content(w: &str) -> bool {
    !is_stopword(w) && !NEGATORS.contains(&w) && w.chars().nth(1).is_some()
}

/// Content stems of `text`: stopwords and one-letter words removed.
pub fn content_stems(text: &str) -> Vec<String> {
    words(text).iter().filter(|w| is_content(w)).map(|w| stem(w)).collect()
}

/// Calendar words: they name when, not what.
const CALENDAR: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "yesterday", "tomorrow", "week", "month", "year",
];

/// True for a content word that says what happened: no number, number word
/// or calendar word.
fn is_core(w: &str) -> bool {
    is_content(w)
        && !w.chars().any(|c| c.is_ascii_digit())
        && !is_number_word(w)
        && !CALENDAR.contains(&w)
}

/// Content stems of `text` that say what happened: [`content_stems`] less
/// numbers, number words and calendar words, so that two accounts giving
/// different dates or figures for one event still compare equal.
pub fn core_stems(text: &str) -> Vec<String> {
    words(text).iter().filter(|w| is_core(w)).map(|w| stem(w)).collect()
}

/// A text read once for every measure taken from its words: its [`words`]
/// and the comparable form ([`stem`]) of each.
#[derive(Clone, Debug, Default)]
pub struct Wording {
    /// The words.
    pub words: Vec<String>,
    /// The comparable form of each word, in the same order.
    pub stems: Vec<String>,
}

impl Wording {
    /// Reads `text`.
    pub fn new(text: &str) -> Self {
        let words = words(text);
        let stems = words.iter().map(|w| stem(w)).collect();
        Wording { words, stems }
    }

    fn stems_of(&self, keep: fn(&str) -> bool) -> Vec<String> {
        self.words.iter().zip(&self.stems).filter(|(w, _)| keep(w)).map(|(_, s)| s.clone()).collect()
    }

    /// The text's [`content_stems`].
    pub fn content_stems(&self) -> Vec<String> {
        self.stems_of(is_content)
    }

    /// The text's [`core_stems`].
    pub fn core_stems(&self) -> Vec<String> {
        self.stems_of(is_core)
    }

    /// What each negation in the text bears on (the first content stems
    /// after a negating word or a negative verb), and whether the text
    /// negates anything.
    pub fn negated_phrases(&self) -> (Vec<Vec<String>>, bool) {
        let (ws, stems) = (&self.words, &self.stems);
        let mut out = Vec::new();
        let mut any = false;
        for (i, w) in ws.iter().enumerate() {
            let negator = NEGATORS.contains(&w.as_str()) && !(w == "not" && ws.get(i + 1).is_some_and(|n| n == "only"));
            if !(negator || NEGATIVE_WORDS.contains(&stems[i].as_str())) {
                continue;
            }
            any = true;
            let scope: Vec<String> = (i + 1..ws.len())
                .filter(|&k| !is_stopword(&ws[k]) && !NEGATORS.contains(&ws[k].as_str()) && !NEGATIVE_WORDS.contains(&stems[k].as_str()))
                .take(NEGATION_SCOPE)
                .map(|k| stems[k].clone())
                .collect();
            // A negation closing the text bears on too little to compare.
            if scope.len() == NEGATION_SCOPE {
                out.push(scope);
            }
        }
        (out, any)
    }

    /// The text's [`Polarity`].
    pub fn polarity(&self) -> Polarity {
        let mut stems = self.content_stems();
        stems.sort();
        (self.negated_phrases(), stems)
    }
}

/// Words that negate what follows them ("declined to indict", "unlikely to meet").
const NEGATIVE_WORDS: &[&str] = &["declin", "refus", "fail", "deni", "denial", "reject", "unlik", "yet"];
/// Content words after a negation that it bears on.
const NEGATION_SCOPE: usize = 2;

/// What [`negates_read`] needs of a text: its [`Wording::negated_phrases`]
/// and its sorted content stems, read once per text rather than once per
/// comparison.
pub type Polarity = ((Vec<Vec<String>>, bool), Vec<String>);

/// Which of two wordings negates what the other states with no negation at
/// all ("did not confirm the flood" / "confirmed the flood"): `Some(true)`
/// for `a`, `Some(false)` for `b`. A negation bearing on words the other does
/// not use, or one answered by a negative verb ("decided not to indict" /
/// "declined to indict"), flips nothing. Each text comes as its
/// [`Wording::negated_phrases`] and its sorted content stems.
pub fn negates_read(
    (na, stems_a): (&(Vec<Vec<String>>, bool), &[String]),
    (nb, stems_b): (&(Vec<Vec<String>>, bool), &[String]),
) -> Option<bool> {
    let bears_on = |negated: &[Vec<String>], other: &[String]| {
        negated.iter().any(|scope| scope.iter().all(|s| other.binary_search(s).is_ok()))
    };
    match (na.1, nb.1) {
        (true, false) if bears_on(&na.0, stems_b) => Some(true),
        (false, true) if bears_on(&nb.0, stems_a) => Some(false),
        _ => None,
    }
}

/// Numbers stated in `text`, normalised (`10,000` → `10000`, `three` → `3`),
/// with `percent` kept as a unit; four-digit years are left to the dates.
pub fn numbers(text: &str) -> Vec<String> {
    numbers_of(&words(&number_marks(text)))
}

/// The [`numbers`] and the [`counts`] of `text`, its number marks read once.
/// `words`, when given, are the [`words`] of `text`: a text with no digit and
/// no percent sign (which its number marks leave as it is) whose words are
/// ASCII and no number words states no number, and is not read again.
pub fn figures(text: &str, words_of_text: Option<&[String]>) -> (Vec<String>, Vec<(String, String, Bound)>) {
    let unmarked = !text.bytes().any(|b| b.is_ascii_digit() || b == b'%');
    if unmarked && words_of_text.is_some_and(|ws| ws.iter().all(|w| w.is_ascii() && !is_number_word(w))) {
        return (Vec::new(), Vec::new());
    }
    // Clause marks are no word characters, so the text's words are its
    // clauses' words one after another: each clause is read once for both.
    let mut all = Vec::new();
    let mut counts = Vec::new();
    for clause in number_marks(text).split(CLAUSE_MARKS) {
        let ws = words(clause);
        counts.extend(clause_counts(&ws));
        all.extend(ws);
    }
    (numbers_of(&all), counts)
}

/// [`numbers`] among the words of a text with its number marks made word-safe.
fn numbers_of(ws: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let Some(mut value) = number_value(w) else { continue };
        if ws.get(i + 1).is_some_and(|n| n == "percent" || n == "per") {
            value.push('%');
        }
        out.push(value);
    }
    out.sort();
    out.dedup();
    out
}

/// The number one word states (`4p25` → `4.25`, `three` → `3`); none for a
/// year or a word that is no number.
fn number_value(w: &str) -> Option<String> {
    let mut value = if let Some((whole, frac)) = w.split_once('p').filter(|(a, b)| is_digits(a) && is_digits(b)) {
        format!("{}.{frac}", whole.trim_start_matches('0'))
    } else if is_digits(w) {
        let is_year = w.len() == 4 && ("1900"..="2100").contains(&w);
        if is_year {
            return None;
        }
        w.trim_start_matches('0').to_string()
    } else {
        number_word(w)?.to_string()
    };
    if value.is_empty() {
        value.push('0');
    }
    Some(value)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// Number punctuation made word-safe: `2,300` → `2300`, `4.25` → `4p25`, `%` → ` percent`.
fn number_marks(text: &str) -> String {
    if !text.bytes().any(|b| b.is_ascii_digit() || b == b'%') {
        return text.to_string(); // every mark needs a digit beside it or is a percent sign
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between = i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        let named = i > 0 && chars[i - 1].is_alphabetic() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        match c {
            ',' if between => {}
            '-' if named => {} // "COVID-19", "F-35": part of a name, not a count
            '.' if between => out.push('p'),
            '%' => out.push_str(" percent"),
            _ => out.push(c),
        }
    }
    out
}

/// How a stated number bounds the quantity ("more than 1,000", "about 40").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// Stated plainly.
    Exact,
    /// "more than", "over", "at least".
    AtLeast,
    /// "nearly", "almost", "up to", "fewer than".
    AtMost,
    /// "about", "around", "some", "roughly".
    About,
}

/// The bound the words just before a number put on it.
fn bound(before: &[String]) -> Bound {
    let last = |k: usize| before.len().checked_sub(k).map_or("", |i| before[i].as_str());
    match (last(2), last(1)) {
        ("more" | "greater" | "upwards", "than" | "of") | ("at", "least") | (_, "over" | "above" | "exceeding") => Bound::AtLeast,
        ("less" | "fewer", "than") | ("up", "to") | (_, "nearly" | "almost" | "under" | "below") => Bound::AtMost,
        (_, "about" | "around" | "some" | "roughly" | "approximately" | "estimated") => Bound::About,
        _ => Bound::Exact,
    }
}

/// Numbers with what they count: each number (as [`numbers`] reads it) keyed
/// by the first two content stems after it ("12 people were killed" and
/// "Fourteen people have died" both count `died`), with its [`Bound`].
pub fn counts(text: &str) -> Vec<(String, String, Bound)> {
    counts_marked(&number_marks(text))
}

/// [`counts`] of a text with its number marks made word-safe.
fn counts_marked(marked: &str) -> Vec<(String, String, Bound)> {
    // A number counts what follows it in its own clause.
    marked.split(CLAUSE_MARKS).flat_map(|clause| clause_counts(&words(clause))).collect()
}

/// Marks that end a clause.
const CLAUSE_MARKS: [char; 7] = [',', ';', ':', '(', ')', '—', '–'];

/// [`counts`] among the words `ws` of one clause.
fn clause_counts(ws: &[String]) -> Vec<(String, String, Bound)> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        // "sixty-seven", "two dozen": a word alone would misread the number.
        let compound = (i > 0 && ws[i - 1].ends_with("ty") && !is_digits(w))
            || w == "dozen"
            || ws.get(i + 1).is_some_and(|n| n == "dozen");
        // An ASCII word is one word again, its own number (what `numbers` would read).
        let value = if w.is_ascii() { number_value(w) } else { numbers(w).into_iter().next() };
        let Some(mut value) = value.filter(|_| !compound) else { continue };
        // "20 percent" is a share; "1.5 million" is 1500000.
        let mut next = i + 1;
        match ws.get(next).map(String::as_str) {
            Some("percent") => value.push('%'),
            Some(unit @ ("million" | "billion" | "trillion")) => {
                let scale = match unit {
                    "million" => 1e6,
                    "billion" => 1e9,
                    _ => 1e12,
                };
                if let Ok(v) = value.parse::<f64>() {
                    value = format!("{}", (v * scale).round());
                    next += 1;
                }
            }
            _ => {}
        }
        let before: Vec<String> = ws[..i].iter().filter(|x| !matches!(x.as_str(), "a" | "an")).cloned().collect();
        let b = bound(&before);
        let counted: Vec<String> = ws[next..]
            .iter()
            .take(4)
            .filter(|x| !is_stopword(x) && !is_digits(x) && x.as_str() != "percent")
            .take(2)
            .map(|x| stem(x))
            .collect();
        for thing in counted {
            out.push((thing, value.clone(), b));
        }
    }
    out
}

/// A count as a reader writes it: `30000000` → `30 million`.
pub fn readable(value: &str) -> String {
    let Ok(v) = value.parse::<f64>() else { return value.to_string() };
    for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= scale {
            return format!("{} {name}", (v / scale * 1000.0).round() / 1000.0);
        }
    }
    value.to_string()
}

/// True when two stated numbers can describe the same quantity (or are no
/// comparable quantities, a share and a count): equal, equal
/// once the more precise is rounded like the other ("2.1" / "2.123"), or
/// within what a bound admits ("more than 1,000" / "1,800"; "about 40" / "42").
pub fn agree((a, ba): (&str, Bound), (b, bb): (&str, Bound)) -> bool {
    if a == b {
        return true;
    }
    let parse = |v: &str| v.trim_end_matches('%').parse::<f64>().ok();
    let (Some(x), Some(y)) = (parse(a), parse(b)) else { return false };
    if a.ends_with('%') != b.ends_with('%') {
        return true; // a share and a count are different quantities, not a disagreement
    }
    let decimals = |v: &str| v.split_once('.').map_or(0, |(_, f)| f.len() as i32);
    let places = decimals(a).min(decimals(b));
    let round = |v: f64| (v * 10f64.powi(places)).round();
    if round(x) == round(y) {
        return true;
    }
    let admits = |v: f64, bound: Bound, other: f64| match bound {
        Bound::Exact => false,
        Bound::AtLeast => other >= v,
        Bound::AtMost => other <= v,
        Bound::About => (other - v).abs() <= 0.1 * v.abs(),
    };
    admits(x, ba, y) || admits(y, bb, x)
}

/// Penalty for wording that is someone's voice rather than the report's:
/// first-person speech (quotation content) or a sentence opening on a quote.
/// `words` are the [`words`] of `text`.
pub fn voice(text: &str, words: &[String]) -> f32 {
    let first_person = words.iter().any(|w| matches!(w.as_str(), "we" | "our" | "us" | "i" | "my"));
    let quoted = text.trim_start().starts_with(['"', '“', '\'']);
    0.5 * f32::from(u8::from(first_person)) + 0.3 * f32::from(u8::from(quoted))
}

/// `text` cut to at most `max` bytes at a word boundary, with an ellipsis when cut.
pub fn clip(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = text.floor_char_boundary(max);
    if let Some(space) = text[..end].rfind(' ') {
        end = space;
    }
    format!("{}…", text[..end].trim_end_matches([',', ';', ':', ' ']))
}

/// Whitespace collapsed, quotes and trailing punctuation trimmed, lowercased: the
/// key under which two wordings count as the same variant.
pub fn wording_key(text: &str) -> String {
    words(text).join(" ")
}

/// Words before a dateline dash at most ("WASHINGTON (Reuters) -").
const DATELINE_WORDS: usize = 6;

/// A sentence without its wire dateline ("WASHINGTON (Reuters) - ", "(CNN) "):
/// a short head before a dash that is all capitals or holds a parenthesis or
/// a comma.
pub fn without_dateline(sentence: &str) -> &str {
    let mut s = sentence;
    for dash in [" - ", " — ", " – ", " -- "] {
        if let Some(i) = s.find(dash) {
            let head = &s[..i];
            let capitals = head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            if head.split_whitespace().count() <= DATELINE_WORDS && (capitals || head.contains(['(', ','])) {
                s = &s[i + dash.len()..];
                break;
            }
        }
    }
    if let Some(rest) = s.strip_prefix('(') {
        if let Some(i) = rest.find(')').filter(|&i| i < 20) {
            s = rest[i + 1..].trim_start();
        }
    }
    if opens_a_sentence(s) {
        s
    } else {
        sentence
    }
}

/// True when `s` reads as a sentence start: a capital, a digit or a quote mark.
fn opens_a_sentence(s: &str) -> bool {
    s.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
}

/// Bytes after the place that a dateline's date and credit may take
/// ("Washington, Aug 19 (AFP) -").
const DATELINE_TAIL: usize = 40;

/// A sentence without the dateline its article was found to open with
/// (`place`, as extraction stored it): the place, any date or credit after
/// it, and the colon or dash that ends it ("Washington: Iran was …"). The
/// sentence is returned whole unless what follows reads as a sentence start.
pub fn without_place<'t>(sentence: &'t str, place: &str) -> &'t str {
    let opens = sentence.get(..place.len()).is_some_and(|head| head.eq_ignore_ascii_case(place));
    if !opens {
        return sentence;
    }
    let tail = &sentence[place.len()..];
    let window = tail.char_indices().take_while(|&(i, _)| i <= DATELINE_TAIL).last().map_or(0, |(i, c)| i + c.len_utf8());
    let end = [":", " - ", " — ", " – ", " -- ", " _ ", "—", "–"]
        .iter()
        .filter_map(|sep| tail[..window].find(sep).map(|i| (i, i + sep.len())))
        .min();
    // Between the place and the separator only a date or a credit: ", Nov 16 (AP)".
    let dated = |gap: &str| gap.trim().is_empty() || gap.starts_with([',', ' ']) && gap.trim_start().starts_with([',', '(']);
    let rest = end.filter(|&(start, _)| dated(&tail[..start])).map_or("", |(_, e)| tail[e..].trim_start());
    if opens_a_sentence(rest) {
        rest
    } else {
        sentence
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_articles_own_dateline_leaves_its_first_sentence() {
        assert_eq!(without_place("Washington: Iran was behind a hack.", "Washington"), "Iran was behind a hack.");
        assert_eq!(without_place("MEXICO CITY, Nov 16 (AP) — Protesters marched.", "MEXICO CITY"), "Protesters marched.");
        let prose = "Washington said on Monday: Iran was behind it.";
        assert_eq!(without_place(prose, "Washington"), prose);
        assert_eq!(without_place("Paris is calm.", "Washington"), "Paris is calm.");
    }

    #[test]
    fn datelines_are_dropped_and_prose_kept() {
        assert_eq!(without_dateline("WASHINGTON (Reuters) - The Senate passed the bill."), "The Senate passed the bill.");
        assert_eq!(without_dateline("VALMONT, March 6 (Meridian Wire) - The bank raised rates."), "The bank raised rates.");
        assert_eq!(without_dateline("(CNN) The Senate passed the bill."), "The Senate passed the bill.");
        let prose = "The Senate passed the bill - a long-delayed measure - on Monday.";
        assert_eq!(without_dateline(prose), prose);
    }

    #[test]
    fn words_join_acronyms_and_split_negation() {
        assert_eq!(words("The U.S. didn't say"), vec!["the", "usa", "did", "not", "say"]);
        assert_eq!(words("Iran’s mission"), vec!["iran", "mission"]);
    }

    #[test]
    fn synonyms_make_translations_agree() {
        let a = content_stems("unsubstantiated and devoid of any standing");
        let b = content_stems("baseless and without any foundation");
        assert_eq!(a, b);
    }

    #[test]
    fn numbers_skip_years_and_read_words() {
        assert_eq!(numbers("Three outlets in 2024 saw 10 attacks, 74 percent"), vec!["10", "3", "74%"]);
        assert_eq!(numbers("About 2,300 left; the rate is 4.25%."), vec!["2300", "4.25%"]);
    }

    #[test]
    fn counts_key_numbers_by_what_they_count() {
        let a = counts("At least 12 people were killed overnight");
        let b = counts("Fourteen people have died in the floods");
        assert!(a.contains(&("die".to_string(), "12".to_string(), Bound::AtLeast)), "{a:?}");
        assert!(b.contains(&("die".to_string(), "14".to_string(), Bound::Exact)), "{b:?}");
        assert!(counts("Sixty-seven Republicans voted").iter().all(|c| c.1 != "7"), "no unit read out of a compound");
        assert!(counts("The rate stood at 5.9%, up from 5.8% in May, the Bureau said").iter().all(|c| c.0 != "bureau"), "{:?}", counts("x"));
        assert_eq!(counts("More than a dozen Marines were held").len(), 0);
        assert!(counts("COVID-19 vaccines were given").is_empty());
        assert_eq!(readable("1500000"), "1.5 million");
        assert_eq!(readable("4.25%"), "4.25%");
        let shares = counts("linked to 20 percent of new cases");
        assert!(shares.iter().any(|c| c.1 == "20%"), "{shares:?}");
        let scaled = counts("roughly 1.5 million signatures required");
        assert!(scaled.contains(&("signatur".to_string(), "1500000".to_string(), Bound::About)), "{scaled:?}");
    }

    #[test]
    fn figures_read_once_are_numbers_and_counts() {
        for t in [
            "Twelve miners, 40 hours, 2,300 left; about 4.25% more",
            "No figures here at all, only words",
            "Ten people died and a dozen were hurt",
            "İTEN KELVIN 𝟙𝟚 fünf",
            "Rates rose (sharply) – analysts said",
        ] {
            let whole = (numbers(t), counts(t));
            assert_eq!(figures(t, None), whole, "{t}");
            assert_eq!(figures(t, Some(&words(t))), whole, "{t}");
        }
    }

    #[test]
    fn bounded_and_rounded_numbers_agree() {
        assert!(agree(("1000", Bound::AtLeast), ("1800", Bound::Exact)));
        assert!(agree(("2.1", Bound::Exact), ("2.123", Bound::Exact)));
        assert!(agree(("40", Bound::About), ("42", Bound::Exact)));
        assert!(!agree(("12", Bound::Exact), ("14", Bound::Exact)));
        assert!(!agree(("1000", Bound::AtMost), ("1800", Bound::Exact)));
        assert!(agree(("6%", Bound::Exact), ("9210", Bound::Exact)), "a share and a count do not compare");
    }

    #[test]
    fn core_stems_leave_out_when_and_how_many() {
        assert_eq!(core_stems("Twelve miners were rescued on Monday, March 3, after 40 hours"), vec!["miner", "rescu", "hour"]);
    }

    #[test]
    fn negation_scope_and_negative_verbs() {
        let negated_phrases = |t: &str| Wording::new(t).negated_phrases();
        let (scopes, any) = negated_phrases("The operator did not confirm that the shaft flooded.");
        assert!(any, "{scopes:?}");
        assert_eq!(scopes, vec![vec!["confirm".to_string(), "shaft".to_string()]]);
        assert!(negated_phrases("The jury declined to indict the officers.").1);
        assert!(!negated_phrases("The jury indicted the officers.").1);
        assert!(!negated_phrases("not only here but also there").1);
        let negates = |a: &str, b: &str| {
            let (pa, pb) = (Wording::new(a).polarity(), Wording::new(b).polarity());
            negates_read((&pa.0, &pa.1), (&pb.0, &pb.1))
        };
        assert_eq!(negates("The operator confirmed the flood.", "The operator did not confirm the flood."), Some(false));
        assert_eq!(negates("The jury declined to indict them.", "The jury decided not to indict them."), None);
        assert_eq!(negates("Staff worked in his office.", "Others did not work for his administration."), None);
    }

    #[test]
    fn clip_respects_char_boundaries() {
        let s = "ééééé ééééé ééééé";
        let c = clip(s, 9);
        assert!(c.ends_with('…'));
        assert!(c.len() < s.len());
    }
}
