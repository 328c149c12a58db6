//! Grammatical gender of people, so that "he" and "she" take the nearest
//! person they can refer to: from a courtesy title before a name ("Mrs.
//! Varga"), else from the given name (US census given names, `data/README.md`,
//! plus a hand-compiled list of international ones). A name given to both
//! sexes, or not listed, has no gender and fits either pronoun.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Given names with their usual gender (generated, see `data/build.py`).
const CENSUS: &str = include_str!("../../data/given_names_gender.tsv");
/// International given names with their usual gender (hand-compiled).
const EXTRA: &str = include_str!("../../data/given_names_gender_extra.tsv");

/// A person's grammatical gender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

static GIVEN: LazyLock<HashMap<&'static str, Gender>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    // the hand-compiled list comes last and wins
    for line in CENSUS.lines().chain(EXTRA.lines()).filter(|l| !l.starts_with('#')) {
        let gender = match line.split_once('\t') {
            Some((name, "m")) => (name, Gender::Male),
            Some((name, "f")) => (name, Gender::Female),
            _ => continue,
        };
        map.insert(gender.0, gender.1);
    }
    map
});

/// The gender a courtesy title marks ("Mr.", "Mrs", "Ms.", "Miss").
pub fn of_title(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "Mr" | "Sir" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender of a person's name: its title if it opens with one, else its
/// first word as a given name.
pub fn of_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    if let Some(g) = of_title(first) {
        return Some(g);
    }
    // a lone word is a surname as often as a given name
    words.next()?;
    GIVEN.get(first).copied()
}

/// The pronoun's gender ("he", "she"); none for other words.
pub fn of_pronoun(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_given_names_carry_gender_and_shared_names_none() {
        assert_eq!(of_name("Mrs. Jordan"), Some(Gender::Female));
        assert_eq!(of_name("Mary Smith"), Some(Gender::Female));
        assert_eq!(of_name("Vladimir Putin"), Some(Gender::Male));
        assert_eq!(of_name("Kamala Harris"), Some(Gender::Female));
        assert_eq!(of_name("Jordan Smith"), None, "given to both");
        assert_eq!(of_name("Mary"), None, "a lone word may be a surname");
        assert_eq!(of_name("Qwxz Smith"), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
