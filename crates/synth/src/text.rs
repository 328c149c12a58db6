//! Wording normalised for comparison: tokens, stems with a small synonym
//! table (so that two translations of one statement compare equal), numbers
//! and negations of a sentence or quotation.

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

/// True for a function word.
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// Words of `text`, lowercased, with `U.S.`-style acronyms joined, possessive
/// `'s` dropped and `n't` split off as `not`. Apostrophes inside words are kept out.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut acronym = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if cur.is_empty() {
            return;
        }
        let mut w = std::mem::take(cur);
        if w == "US" {
            w = "usa".into();
        }
        let lower = w.to_lowercase();
        if let Some(stem) = lower.strip_suffix("n't").or_else(|| lower.strip_suffix("n’t")) {
            if !stem.is_empty() {
                out.push(match stem {
                    "ca" => "can".to_string(),
                    "wo" => "will".to_string(),
                    _ => stem.to_string(),
                });
            }
            out.push("not".into());
            return;
        }
        let lower = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
            .map(str::to_string)
            .unwrap_or(lower);
        let lower: String = lower.chars().filter(|c| *c != '\'' && *c != '’').collect();
        if !lower.is_empty() {
            out.push(lower);
        }
    };
    while i < chars.len() {
        let c = chars[i];
        // U.S., U.N., D.C.: single capitals separated by dots.
        if c.is_uppercase()
            && cur.is_empty()
            && chars.get(i + 1) == Some(&'.')
            && chars.get(i + 2).is_some_and(|n| n.is_uppercase())
            && (i == 0 || !chars[i - 1].is_alphanumeric())
        {
            let mut j = i;
            acronym.clear();
            while j + 1 < chars.len() && chars[j].is_uppercase() && chars[j + 1] == '.' {
                acronym.push(chars[j]);
                j += 2;
            }
            if acronym.len() >= 2 {
                cur = std::mem::take(&mut acronym);
                flush(&mut cur, &mut out);
                i = j;
                continue;
            }
        }
        let joins = (c == '\'' || c == '’')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || joins {
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
        }
        i += 1;
    }
    flush(&mut cur, &mut out);
    out
}

/// The comparable form of a word: synonym-mapped, then stemmed.
pub fn stem(word: &str) -> String {
    let word = SYNONYMS.iter().find(|(w, _)| *w == word).map_or(word, |(_, c)| c);
    STEMMER.stem(word).into_owned()
}

/// Content stems of `text`: stopwords and one-letter words removed.
pub fn content_stems(text: &str) -> Vec<String> {
    words(text)
        .into_iter()
        .filter(|w| !is_stopword(w) && !NEGATORS.contains(&w.as_str()) && (w.chars().count() > 1))
        .map(|w| stem(&w))
        .collect()
}

/// How many negating words `text` holds ("not only" does not negate).
pub fn negations(text: &str) -> usize {
    let ws = words(text);
    ws.iter()
        .enumerate()
        .filter(|(i, w)| NEGATORS.contains(&w.as_str()) && !(*w == "not" && ws.get(i + 1).is_some_and(|n| n == "only")))
        .count()
}

/// Numbers stated in `text`, normalised (`10,000` → `10000`, `three` → `3`),
/// with `percent` kept as a unit; four-digit years are left to the dates.
pub fn numbers(text: &str) -> Vec<String> {
    let ws = words(&number_marks(text));
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let value = if let Some((whole, frac)) = w.split_once('p').filter(|(a, b)| is_digits(a) && is_digits(b)) {
            Some(format!("{}.{frac}", whole.trim_start_matches('0')))
        } else if is_digits(w) {
            let is_year = w.len() == 4 && (w.as_str() >= "1900" && w.as_str() <= "2100");
            if is_year {
                continue;
            }
            Some(w.trim_start_matches('0').to_string())
        } else {
            NUMBER_WORDS.iter().find(|(n, _)| n == w).map(|(_, v)| v.to_string())
        };
        let Some(mut value) = value else { continue };
        if value.is_empty() {
            value.push('0');
        }
        if ws.get(i + 1).is_some_and(|n| n == "percent" || n == "per") {
            value.push('%');
        }
        out.push(value);
    }
    out.sort();
    out.dedup();
    out
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

/// Number punctuation made word-safe: `2,300` → `2300`, `4.25` → `4p25`, `%` → ` percent`.
fn number_marks(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between = i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        match c {
            ',' if between => {}
            '.' if between => out.push('p'),
            '%' => out.push_str(" percent"),
            _ => out.push(c),
        }
    }
    out
}

/// Numbers with what they count: each number (as [`numbers`] reads it) keyed
/// by the first two content stems after it ("12 people were killed" and
/// "Fourteen people have died" both count `died`).
pub fn counts(text: &str) -> Vec<(String, String)> {
    let ws = words(&number_marks(text));
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let Some(value) = numbers(w).into_iter().next() else { continue };
        let counted: Vec<String> = ws[i + 1..]
            .iter()
            .take(4)
            .filter(|x| !is_stopword(x) && !is_digits(x) && x.as_str() != "percent")
            .take(2)
            .map(|x| stem(x))
            .collect();
        if let Some(first) = counted.first() {
            out.push((first.clone(), value.clone()));
        }
        if let Some(second) = counted.get(1) {
            out.push((second.clone(), value));
        }
    }
    out
}

/// Penalty for wording that is someone's voice rather than the report's:
/// first-person speech (quotation content) or a sentence opening on a quote.
pub fn voice(text: &str) -> f32 {
    let first_person = words(text).iter().any(|w| matches!(w.as_str(), "we" | "our" | "us" | "i" | "my"));
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(a.contains(&("die".to_string(), "12".to_string())), "{a:?}");
        assert!(b.contains(&("die".to_string(), "14".to_string())), "{b:?}");
    }

    #[test]
    fn negations_counted() {
        assert_eq!(negations("The ministry did not comment and never will"), 2);
        assert_eq!(negations("The ministry commented"), 0);
        assert_eq!(negations("not only here but also there"), 0);
    }

    #[test]
    fn clip_respects_char_boundaries() {
        let s = "ééééé ééééé ééééé";
        let c = clip(s, 9);
        assert!(c.ends_with('…'));
        assert!(c.len() < s.len());
    }
}
