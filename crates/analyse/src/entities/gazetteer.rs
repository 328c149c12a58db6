//! The compiled-in name lists: places with their countries, organisations with
//! their acronyms, demonyms, given names and MISP threat actors. Lookups are
//! hash lookups on lower-cased token sequences, built once per process.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use concord_model::EntityType;

use super::token::words;

const PLACES: &str = include_str!("../../data/places.tsv");
const PLACES_EXTRA: &str = include_str!("../../data/places_extra.tsv");
const PLACE_ALIASES: &str = include_str!("../../data/place_aliases.tsv");
const ORGANISATIONS: &str = include_str!("../../data/organisations.tsv");
const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");
const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");
const GIVEN_NAMES_EXTRA: &str = include_str!("../../data/given_names_extra.txt");
const THREAT_ACTORS: &str = include_str!("../../data/threat_actors.tsv");
const COMMON_WORDS: &str = include_str!("../../data/common_words.txt");
const SURNAMES: &str = include_str!("../../data/surnames.txt");

/// Longest name, in tokens, that the lists hold.
pub const MAX_TOKENS: usize = 8;

/// What a listed name refers to.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The canonical name (for a threat actor: the name itself).
    pub name: &'static str,
    /// The entity type (`Other` for a demonym).
    pub kind: EntityType,
    /// A place's country, or the country a demonym names.
    pub country: Option<&'static str>,
    /// True for a short all-capitals acronym, which must match case exactly.
    pub acronym: bool,
    /// The threat-actor cluster, for a threat-actor name.
    pub actor: Option<usize>,
}

/// A MISP threat-actor cluster.
#[derive(Debug)]
pub struct Actor {
    /// The cluster's name.
    pub name: &'static str,
    /// Names of clusters MISP relates to it.
    pub related: Vec<&'static str>,
}

/// All lists, keyed for lookup.
pub struct Gazetteer {
    names: HashMap<String, Entry>,
    given: HashSet<&'static str>,
    common: HashSet<&'static str>,
    surnames: HashSet<&'static str>,
    /// Threat-actor clusters.
    pub actors: Vec<Actor>,
}

/// The lower-cased lookup key of a token sequence.
pub fn key<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }));
    }
    out
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    letters <= 5 && !name.chars().any(char::is_lowercase) && !name.contains(' ')
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let common = COMMON_WORDS.lines().collect();
        let surnames = SURNAMES.lines().collect();
        let mut g = Gazetteer { names: HashMap::new(), given: HashSet::new(), common, surnames, actors: Vec::new() };
        let aliases: HashMap<&str, &str> = rows(PLACE_ALIASES).filter_map(|r| Some((r[0], *r.get(1)?))).collect();
        for r in rows(PLACES).chain(rows(PLACES_EXTRA)) {
            let country = r.get(2).filter(|c| !c.is_empty()).copied();
            // (the fourth column: the spelling a city written with diacritics is known by, "Bogotá" → "Bogota")
            let name = aliases.get(r[0]).copied().or(r.get(3).copied()).unwrap_or(r[0]);
            let country = if r.get(1) == Some(&"country") { Some(name) } else { country };
            g.insert(r[0], Entry { name, kind: EntityType::Place, country, acronym: false, actor: None }, true);
        }
        for r in rows(DEMONYMS) {
            let country = r.get(1).filter(|c| !c.is_empty()).map(|c| aliases.get(c).copied().unwrap_or(c));
            let entry = Entry { name: r[0], kind: EntityType::Other, country, acronym: false, actor: None };
            g.insert(r[0], entry, false);
            if !["s", "sh", "ch", "ese", "ic"].iter().any(|end| r[0].ends_with(end)) {
                g.insert(&format!("{}s", r[0]), entry, false);
            }
        }
        for r in rows(THREAT_ACTORS) {
            let index = g.actors.len();
            let related = r.get(2).map(|s| s.split('|').filter(|s| !s.is_empty()).collect()).unwrap_or_default();
            g.actors.push(Actor { name: r[0], related });
            let synonyms = r.get(1).map(|s| s.split('|').filter(|s| !s.is_empty()).collect::<Vec<_>>()).unwrap_or_default();
            for name in std::iter::once(r[0]).chain(synonyms) {
                let entry = Entry { name, kind: EntityType::Group, country: None, acronym: false, actor: Some(index) };
                g.insert(name, entry, false);
            }
        }
        for r in rows(ORGANISATIONS) {
            let kind = if r.get(1) == Some(&"group") { EntityType::Group } else { EntityType::Organisation };
            let names = std::iter::once(r[0]).chain(r.get(2).into_iter().flat_map(|s| s.split('|')));
            for alias in names.filter(|s| !s.is_empty()) {
                let entry = Entry { name: r[0], kind, country: None, acronym: false, actor: None };
                g.insert(alias, entry, true);
            }
        }
        for line in GIVEN_NAMES.lines().chain(GIVEN_NAMES_EXTRA.lines().filter(|l| !l.starts_with('#'))) {
            g.given.extend(line.split_whitespace());
        }
        g
    }

    fn insert(&mut self, surface: &str, mut entry: Entry, replace: bool) {
        let tokens = words(surface, &[]);
        if tokens.is_empty() || tokens.len() > MAX_TOKENS {
            return;
        }
        entry.acronym = is_acronym(surface);
        let k = key(tokens.iter().map(|t| t.text));
        if replace {
            self.names.insert(k, entry);
        } else {
            self.names.entry(k).or_insert(entry);
        }
    }

    /// The entry for a lower-cased key, if listed.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.names.get(key)
    }

    /// True when `lower` is an English word that is never a proper noun.
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common.contains(lower)
    }

    /// True when `word` is a common surname.
    pub fn is_surname(&self, word: &str) -> bool {
        // (the census writes "Mcdonald", "Desantis": a capital inside a
        // mixed-case name is looked up as the census writes it)
        let inner_capital = word.chars().any(char::is_lowercase) && word.chars().skip(1).any(char::is_uppercase);
        self.surnames.contains(word) || inner_capital && self.surnames.contains(super::cues::title_case(word).as_str())
    }

    /// True when `word` is a listed given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
    }
}

/// The lists, built on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);
    &GAZETTEER
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_places_organisations_actors_and_demonyms() {
        let g = gazetteer();
        assert_eq!(g.get("u.s.").map(|e| e.name), Some("United States"));
        let fbi = g.get("fbi").expect("FBI listed");
        assert_eq!((fbi.name, fbi.kind, fbi.acronym), ("Federal Bureau of Investigation", EntityType::Organisation, true));
        assert_eq!(g.get("apt42").map(|e| e.kind), Some(EntityType::Group));
        // movements and militant groups are groups, as parties are
        for name in ["black lives matter", "blm", "boko haram", "al shabaab", "pkk", "republican party"] {
            assert_eq!(g.get(name).map(|e| e.kind), Some(EntityType::Group), "{name}");
        }
        assert_eq!(g.get("iranian").and_then(|e| e.country), Some("Iran"));
        // a city with diacritics, as written and as wire copy folds it
        for (spelling, name) in [("kiev", "Kyiv"), ("kyiv", "Kyiv"), ("bogotá", "Bogota"), ("bogota", "Bogota"), ("montréal", "Montreal"), ("montreal", "Montreal"), ("łódź", "Lodz"), ("lodz", "Lodz")] {
            assert_eq!(g.get(spelling).map(|e| (e.name, e.kind)), Some((name, EntityType::Place)), "{spelling}");
        }
        // a saint's town however "Saint" is written; the name GeoNames gives keeps its place
        for (spelling, name, country) in [("st louis", "St. Louis", "United States"), ("saint louis", "St. Louis", "United States"), ("st petersburg", "Saint Petersburg", "Russia"), ("st. petersburg", "St. Petersburg", "United States"), ("st lucia", "Saint Lucia", "Saint Lucia")] {
            assert_eq!(g.get(spelling).map(|e| (e.name, e.country)), Some((name, Some(country))), "{spelling}");
        }
        assert!(g.is_given_name("Steven"));
        assert!(g.is_common_word("however") && !g.is_common_word("iran"));
    }
}
