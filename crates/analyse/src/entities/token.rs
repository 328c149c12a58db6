//! Word tokens with byte offsets and the features the tagger reads: shape,
//! sentence index, whether a word opens a sentence, and whether its line is
//! an all-capitals headline.

use concord_model::Sentence;

/// The written shape of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a capital and has lower-case letters ("Iran", "McDonald").
    Cap,
    /// Letters all capitals ("FBI", "U.S.", "APT42").
    Upper,
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a digit.
    Number,
    /// Punctuation or a symbol.
    Punct,
}

/// One token of the text.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The token as written.
    pub text: &'a str,
    /// Its shape.
    pub shape: Shape,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// True for the first word of a sentence, a line or a quotation.
    pub initial: bool,
    /// True on an all-capitals line (headline), where capitals say nothing.
    pub shouting: bool,
}

impl Token<'_> {
    /// A capitalised word (not on a shouting line).
    pub fn is_capital(&self) -> bool {
        matches!(self.shape, Shape::Cap | Shape::Upper)
    }

    /// The possessive clitic `'s` / `’s` / a lone apostrophe.
    pub fn is_possessive(&self) -> bool {
        matches!(self.text, "'s" | "’s" | "'" | "’" | "'S" | "’S")
    }
}

/// Abbreviations that keep their full stop.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj",
    "Adm", "Inc", "Corp", "Co", "Ltd", "Bros", "Prof", "Rev", "Mt", "Ft", "Messrs", "Cmdr", "Supt", "Insp",
    "Pres", "Plc", "Assn", "Dept", "Univ",
];

fn shape_of(word: &str) -> Shape {
    let Some(first) = word.chars().next() else { return Shape::Punct };
    if first.is_ascii_digit() || first.is_numeric() {
        return Shape::Number;
    }
    if !first.is_alphabetic() {
        return Shape::Punct;
    }
    if first.is_lowercase() {
        // "al-Assad", "el-Sisi": an Arabic particle opens a name
        return if without_particle(word).is_some() { Shape::Cap } else { Shape::Lower };
    }
    if word.rsplit('-').next().is_some_and(|tail| tail.starts_with(char::is_lowercase)) && word.contains('-') {
        return Shape::Lower;
    }
    if word.chars().any(char::is_lowercase) {
        Shape::Cap
    } else {
        Shape::Upper
    }
}

/// Arabic articles and kinship words written before a name with a hyphen.
const NAME_PARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu"];

/// A name without its Arabic particle ("al-Assad" → "Assad"), if it has one.
pub fn without_particle(word: &str) -> Option<&str> {
    word.split_once('-').filter(|(head, tail)| NAME_PARTICLES.contains(head) && tail.starts_with(char::is_uppercase)).map(|(_, tail)| tail)
}

/// Is `word` a South Asian Muslim name joined by a linking particle
/// ("Inzamam-ul-Haq", "Ata-ur-Rehman", "Salah-ud-Din")? Such a word is a person.
pub fn linked_name(word: &str) -> bool {
    let mut parts = word.split('-');
    let (Some(head), Some(link), Some(tail), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return false };
    let capital = |p: &str| p.chars().count() >= 2 && p.starts_with(char::is_uppercase) && p.chars().all(char::is_alphabetic);
    capital(head) && capital(tail) && matches!(link, "ul" | "ur" | "ud" | "uz" | "us" | "un")
}

/// Prefixes of hyphenated words that are no given names ("Non-stop").
const WORD_PREFIXES: &[&str] = &["non", "mid", "pre", "post", "pro", "ex", "co", "anti", "semi", "self", "re", "sub", "neo", "well", "half", "all", "far", "off", "one", "two", "six", "ten"];

/// Is `word` a hyphenated given name of one syllable and another in lower
/// case, as Korean and Chinese names are written ("Jong-un", "Ing-wen",
/// "Kai-shek")? Only after a capitalised word: the family name before it.
fn syllable_pair(word: &str) -> bool {
    let Some((head, tail)) = word.split_once('-') else { return false };
    let letters = |p: &str, n: std::ops::RangeInclusive<usize>| n.contains(&p.chars().count()) && p.chars().all(char::is_alphabetic);
    head.starts_with(char::is_uppercase)
        && head.chars().skip(1).all(char::is_lowercase)
        && tail.starts_with(char::is_lowercase)
        && letters(head, 2..=5)
        && letters(tail, 1..=5)
        && !WORD_PREFIXES.contains(&head.to_lowercase().as_str())
        // ("Mexico City-based", "Swiss-born", "Talk-like": an English word after the hyphen)
        && (tail.len() <= 2 || !super::gazetteer::gazetteer().is_common_word(tail) && !ENGLISH_TAILS.contains(&tail))
}

/// Words after a hyphen that make an English compound of a name.
const ENGLISH_TAILS: &[&str] = &["born", "based", "led", "backed", "like", "style", "era", "linked", "owned", "run", "made", "held", "free", "wide", "fresh", "sized", "type", "bound", "proof"];

fn joins_word(c: char) -> bool {
    matches!(c, '.' | '-' | '\'' | '’' | '&' | '‑')
}

/// True for initials like "U.S" or "J" (before their final full stop).
fn is_initials(word: &str) -> bool {
    let mut letters = 0;
    for part in word.split('.') {
        let mut cs = part.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
    }
    letters >= 1
}

/// Splits `text` into tokens; `sentences` gives each its sentence index.
pub fn tokenise<'a>(text: &'a str, sentences: &[Sentence]) -> Vec<Token<'a>> {
    let mut tokens = words(text, sentences);
    mark_initials(text, &mut tokens);
    mark_shouting(text, &mut tokens);
    tokens
}

/// Splits `text` into tokens without line or sentence features (for list entries).
pub fn words<'a>(text: &'a str, sentences: &[Sentence]) -> Vec<Token<'a>> {
    let mut raw: Vec<(usize, usize)> = Vec::new();
    let bytes = text.char_indices().collect::<Vec<_>>();
    let mut i = 0;
    while i < bytes.len() {
        let (start, c) = bytes[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            raw.push((start, start + c.len_utf8()));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() {
            let c = bytes[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if joins_word(c) && j + 1 < bytes.len() && bytes[j + 1].1.is_alphanumeric() {
                j += 2;
            } else {
                break;
            }
        }
        let end = bytes.get(j).map_or(text.len(), |b| b.0);
        let word = &text[start..end];
        // A possessive clitic becomes its own token.
        let clitic = ["'s", "’s", "'S", "’S"].iter().find(|s| word.len() > s.len() && word.ends_with(*s));
        if let Some(clitic) = clitic {
            raw.push((start, end - clitic.len()));
            raw.push((end - clitic.len(), end));
            i = j;
            continue;
        }
        // Keep the full stop of initials and abbreviations.
        let keeps_stop = bytes.get(j).is_some_and(|b| b.1 == '.')
            && (is_initials(word) || ABBREVIATIONS.contains(&word));
        if keeps_stop {
            raw.push((start, end + 1));
            i = j + 1;
        } else {
            raw.push((start, end));
            i = j;
        }
    }
    let mut tokens: Vec<Token<'a>> = raw
        .into_iter()
        .map(|(start, end)| {
            let text = &text[start..end];
            let sentence = sentences.partition_point(|s| s.end <= start).min(sentences.len().saturating_sub(1));
            Token { start, end, text, shape: shape_of(text), sentence, initial: false, shouting: false }
        })
        .collect();
    for k in 1..tokens.len() {
        let after_name = || tokens[k - 1].shape == Shape::Cap && text[tokens[k - 1].end..tokens[k].start].chars().all(|c| c == ' ');
        if tokens[k].shape == Shape::Lower && syllable_pair(tokens[k].text) && after_name() {
            tokens[k].shape = Shape::Cap;
        }
    }
    tokens
}

fn mark_initials(text: &str, tokens: &mut [Token<'_>]) {
    for k in 0..tokens.len() {
        let initial = match k.checked_sub(1).map(|p| &tokens[p]) {
            None => true,
            Some(prev) => {
                prev.sentence != tokens[k].sentence
                    || text[prev.end..tokens[k].start].contains('\n')
                    || matches!(prev.text, "“" | "\"" | "‘" | "„" | "«" | "»" | "‚" | "‹" | ":" | "(" | "•" | "—" | "–" | "-" | "[" | "*" | "." | "?" | "!" | "'" | "`")
            }
        };
        tokens[k].initial = initial;
    }
}

/// A headline in Title Case ("Intelligence Agencies Confirm Hackers Targeted Campaign"):
/// every word capitalised, several of them ordinary words, no commas; or,
/// a longer one, with commas and a word or so in lower case ("Top Cannabis
/// Stories: Vape Crisis, Industry Challenges, Landmark Legalization Moves",
/// "Trump ‘Sicced’ Police on Peaceful Protesters So He Could Go out").
fn is_title_case(line: &[Token<'_>]) -> bool {
    const MINOR: &[&str] = &["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with", "from", "as", "vs", "is"];
    let words: Vec<&Token<'_>> = line.iter().filter(|t| matches!(t.shape, Shape::Cap | Shape::Upper | Shape::Lower)).collect();
    let major: Vec<&&Token<'_>> = words.iter().filter(|t| !MINOR.contains(&t.text.to_lowercase().as_str())).collect();
    let capital = major.iter().filter(|t| t.is_capital()).count();
    let ordinary = major
        .iter()
        .filter(|t| t.shape == Shape::Cap && super::gazetteer::gazetteer().is_common_word(&t.text.to_lowercase()))
        .count();
    // (a full stop may end a headline whose six major words or more are all
    // capitalised: some scrapes add one; "Did Not Bat: A. Mullally." is a
    // scorecard's line, and a sentence dense with names has a verb in lower case)
    let full_stop = line.last().is_some_and(|t| t.text == ".");
    let ends_sentence = line.last().is_some_and(|t| matches!(t.text, "?" | "!" | "”" | "\""));
    let strict = major.len() >= 4 && capital == major.len() && !line.iter().any(|t| t.text == ",") && (!full_stop || major.len() >= 6);
    let long = major.len() >= LONG_HEADLINE && capital * 10 >= major.len() * 9 && ordinary >= 4 && !full_stop;
    (strict || long) && ordinary >= 2 && !ends_sentence
}

/// Major words of a headline that may hold commas and a word in lower case.
const LONG_HEADLINE: usize = 8;

fn mark_shouting(text: &str, tokens: &mut [Token<'_>]) {
    let mut k = 0;
    while k < tokens.len() {
        let line_end = text[tokens[k].start..].find('\n').map_or(text.len(), |p| tokens[k].start + p);
        let mut m = k;
        let (mut upper, mut words) = (0, 0);
        while m < tokens.len() && tokens[m].start < line_end {
            match tokens[m].shape {
                Shape::Upper => {
                    upper += 1;
                    words += 1;
                }
                Shape::Cap | Shape::Lower => words += 1,
                _ => {}
            }
            m += 1;
        }
        let line = &tokens[k..m];
        let shouting = words > 0 && (upper == words || (words >= 3 && upper * 5 >= words * 4)) && {
            // A lone acronym line ("FBI") is not a headline; need some length.
            line.iter().filter(|t| t.shape == Shape::Upper).map(|t| t.text.len()).sum::<usize>() > 5
        };
        let shouting = shouting || is_title_case(line);
        for t in &mut tokens[k..m] {
            t.shouting = shouting;
        }
        k = m.max(k + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenise(text, &[]).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_initials() {
        assert_eq!(words("Iran’s U.S. mission, J.D. Vance."), ["Iran", "’s", "U.S.", "mission", ",", "J.D.", "Vance", "."]);
        assert_eq!(words("Mr. Cheung and Storm-0501"), ["Mr.", "Cheung", "and", "Storm-0501"]);
    }

    #[test]
    fn marks_headlines_as_shouting() {
        let toks = tokenise("SOCCER - LAZIO BEAT ROMA\nLazio won.", &[]);
        assert!(toks[0].shouting && toks[2].shouting);
        assert!(!toks.last().is_some_and(|t| t.shouting));
    }
}
