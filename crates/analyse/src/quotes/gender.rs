//! Grammatical gender of people, so that "he" and "she" (and "er"/"sie",
//! "il"/"elle", "él"/"ella", "lui"/"lei", "ele"/"ela") take the nearest
//! person they can refer to: from a courtesy title before a name ("Mrs.
//! Varga"), else from the given name (US census given names, `data/README.md`,
//! plus a hand-compiled list of international ones, and the few names whose
//! gender a language turns: Italian "Andrea", French "Jean"). A name given to
//! both sexes, or not listed, has no gender and fits either pronoun.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::Language;

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

/// Given names that are men's in Italian though the lists give them to
/// women (as English and German do).
const ITALIAN_MEN: &[&str] = &["Andrea", "Nicola", "Simone", "Michele", "Daniele", "Gabriele", "Emanuele", "Samuele", "Raffaele", "Felice"];

/// The gender of a given name in a text of `language`, as written or
/// without its accents ("Lucía" as "Lucia"); a hyphenated name takes its
/// first part's ("Jean-Marie", "Marie-Christine", "Frank-Walter").
fn given(first: &str, language: Language) -> Option<Gender> {
    match (language, first) {
        (Language::Italian, _) if ITALIAN_MEN.contains(&first) => return Some(Gender::Male),
        (Language::French, "Jean") => return Some(Gender::Male),
        _ => {}
    }
    let listed = |name: &str| GIVEN.get(name).copied().or_else(|| GIVEN.get(deunicode::deunicode(name).as_str()).copied());
    listed(first).or_else(|| first.split_once('-').and_then(|(head, _)| given(head, language)))
}

/// The gender of a person's name in a text of `language`: its title if it
/// opens with one, else its first word as a given name.
pub fn of_name(name: &str, language: Language) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    if let Some(g) = of_title(first) {
        return Some(g);
    }
    if first.starts_with(char::is_lowercase) || ["The", "A", "An"].contains(&first) {
        // a phrase: its head noun's ("the woman", "a police spokesman")
        return name.rsplit(char::is_whitespace).next().and_then(of_noun);
    }
    // a lone word is a surname as often as a given name
    words.next()?;
    given(first, language)
}

/// Nouns for people of one sex.
const MEN: &[&str] = &["man", "boy", "father", "son", "husband", "brother", "uncle", "spokesman", "chairman", "congressman", "businessman", "king", "prince", "actor", "grandfather", "nephew", "widower", "policeman", "fireman"];
const WOMEN: &[&str] = &["woman", "girl", "mother", "daughter", "wife", "sister", "aunt", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "actress", "grandmother", "niece", "widow", "policewoman"];

/// The gender of an English noun for a person ("woman", "spokesman").
fn of_noun(word: &str) -> Option<Gender> {
    let word = word.to_lowercase();
    if MEN.contains(&word.as_str()) {
        Some(Gender::Male)
    } else if WOMEN.contains(&word.as_str()) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The pronoun's gender ("he", "she"); none for other words.
pub fn of_pronoun(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender of a third-person singular pronoun of `language` that may
/// name a speaker: "er"/"sie", "il"/"elle" (also after a verb: "a-t-il",
/// "estime-t-elle"), "lui" after "selon", "él"/"ella", "lui"/"lei"/"egli",
/// "ele"/"ela". None for English, whose pronouns [`of_pronoun`] reads, and
/// for other words. German "sie" and Italian "lei" are also other persons'
/// pronouns: the caller checks their context.
pub fn of_foreign_pronoun(language: Language, word: &str) -> Option<Gender> {
    let lower = word.to_lowercase();
    let word = match language {
        // the pronoun after a hyphen closes an inverted verb ("dit-il", "a-t-elle")
        Language::French => lower.rsplit('-').next().unwrap_or(""),
        _ => lower.as_str(),
    };
    let (men, women): (&[&str], &[&str]) = match language {
        Language::English => return None,
        Language::German => (&["er"], &["sie"]),
        Language::French => (&["il", "lui"], &["elle"]),
        Language::Spanish => (&["él"], &["ella"]),
        Language::Italian => (&["lui", "egli"], &["lei"]),
        Language::Portuguese => (&["ele"], &["ela"]),
    };
    if men.contains(&word) {
        Some(Gender::Male)
    } else if women.contains(&word) {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_given_names_carry_gender_and_shared_names_none() {
        let en = Language::English;
        assert_eq!(of_name("Mrs. Jordan", en), Some(Gender::Female));
        assert_eq!(of_name("Mary Smith", en), Some(Gender::Female));
        assert_eq!(of_name("Vladimir Putin", en), Some(Gender::Male));
        assert_eq!(of_name("Kamala Harris", en), Some(Gender::Female));
        assert_eq!(of_name("Jordan Smith", en), None, "given to both");
        assert_eq!(of_name("Mary", en), None, "a lone word may be a surname");
        assert_eq!(of_name("Qwxz Smith", en), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }

    #[test]
    fn a_language_may_turn_a_name_and_tells_its_pronouns() {
        assert_eq!(of_name("Andrea Berlotti", Language::German), Some(Gender::Female));
        assert_eq!(of_name("Andrea Berlotti", Language::Italian), Some(Gender::Male));
        assert_eq!(of_name("Jean-Marie Dufresne", Language::French), Some(Gender::Male));
        assert_eq!(of_name("Marie-Hélène Dufresne", Language::French), Some(Gender::Female));
        assert_eq!(of_name("Lucía Martínez", Language::Spanish), Some(Gender::Female));
        assert_eq!(of_foreign_pronoun(Language::German, "Er"), Some(Gender::Male));
        assert_eq!(of_foreign_pronoun(Language::French, "a-t-elle"), Some(Gender::Female));
        assert_eq!(of_foreign_pronoun(Language::French, "dit-il"), Some(Gender::Male));
        assert_eq!(of_foreign_pronoun(Language::Spanish, "ella"), Some(Gender::Female));
        assert_eq!(of_foreign_pronoun(Language::Spanish, "el"), None, "the article");
        assert_eq!(of_foreign_pronoun(Language::Portuguese, "ele"), Some(Gender::Male));
        assert_eq!(of_foreign_pronoun(Language::English, "he"), None);
        assert_eq!(of_foreign_pronoun(Language::German, "ihr"), None);
    }
}
