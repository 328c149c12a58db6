//! Who an account names as the actor behind a possessive or a demonym:
//! "Karvonia's Ministry of State Security", "Karvonian military
//! intelligence". Two aligned accounts whose phrases after the same owner
//! share no word name different actors.

use crate::text;

/// Content words a common-noun phrase keeps at most.
const PHRASE_WORDS: usize = 3;
/// Tokens a sentence is read for at most (bounds work on hostile input).
const MAX_TOKENS: usize = 400;

/// An owner and what the sentence names as belonging to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    /// The owner, lowercased ("karvonia", "karvonian").
    pub owner: String,
    /// The phrase as written ("Ministry of State Security").
    pub phrase: String,
    /// Its stems, sorted.
    pub stems: Vec<String>,
    /// True when the phrase is a proper name (capitalised).
    pub proper: bool,
}

/// Words and punctuation marks of `text`, case kept; `'s` stays on its word.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inner = (c == '\'' || c == '’' || c == '-') && start.is_some();
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        if !c.is_whitespace() {
            out.push(&text[i..i + c.len_utf8()]);
        }
        if out.len() >= MAX_TOKENS {
            return out;
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
}

fn is_word(w: &str) -> bool {
    w.starts_with(char::is_alphanumeric)
}

/// The owner/phrase slots of a sentence.
pub fn slots(sentence: &str) -> Vec<Slot> {
    let toks = tokens(sentence);
    let mut out = Vec::new();
    for (i, &w) in toks.iter().enumerate() {
        if !capitalised(w) {
            continue;
        }
        let possessive = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        let owner = match possessive {
            Some(o) => o,
            // A demonym: a capitalised adjective before a common noun.
            None if i > 0 && w.ends_with('n') && toks.get(i + 1).is_some_and(|n| is_word(n) && !capitalised(n)) => w,
            None => continue,
        };
        let Some(&first) = toks.get(i + 1) else { continue };
        let proper = capitalised(first);
        let mut words: Vec<&str> = Vec::new();
        let mut j = i + 1;
        while let Some(&t) = toks.get(j) {
            let lower = t.to_lowercase();
            let joins = proper && matches!(lower.as_str(), "of" | "for") && toks.get(j + 1).is_some_and(|n| capitalised(n));
            let fits = is_word(t)
                && (joins
                    || (proper && capitalised(t))
                    || (!proper && !capitalised(t) && !text::is_stopword(&lower) && words.len() < PHRASE_WORDS));
            if !fits {
                break;
            }
            words.push(t);
            j += 1;
        }
        let phrase = words.join(" ");
        let mut stems = text::content_stems(&phrase);
        stems.sort();
        stems.dedup();
        if !stems.is_empty() {
            out.push(Slot { owner: owner.to_lowercase(), phrase, stems, proper });
        }
    }
    out
}

/// True when two owners are one: the same word, or a name and its demonym
/// ("karvonia" / "karvonian", "iran" / "iranian").
pub fn same_owner(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || (short.chars().count() >= 4 && long.starts_with(short) && long.len() - short.len() <= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_demonyms_give_slots() {
        let s = slots("It said Karvonia's Ministry of State Security ran the group, tied to Karvonian military intelligence.");
        let phrases: Vec<(&str, &str, bool)> = s.iter().map(|x| (x.owner.as_str(), x.phrase.as_str(), x.proper)).collect();
        assert_eq!(phrases, vec![("karvonia", "Ministry of State Security", true), ("karvonian", "military intelligence", false)]);
        assert!(slots("The embassy's statement was read.").is_empty(), "a lowercase owner is no name");
        assert!(same_owner("karvonia", "karvonian") && same_owner("iran", "iranian") && !same_owner("iran", "ireland"));
    }
}
