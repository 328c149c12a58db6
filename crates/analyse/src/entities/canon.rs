//! Canonicalisation within an article: mentions that name the same thing are
//! merged into one entity (acronyms with their expansions, surnames and
//! initials with full names, owner-named organisations), named by the
//! longest full form, with a store-wide stable id `type:slug`.

use std::collections::HashMap;

use concord_model::{Entity, EntityType, Mention, Related};

use super::classify::Named;
use super::compound::Compound;
use super::gazetteer::gazetteer;
use super::token::{without_particle, Shape, Token};

/// The store-wide id of an entity: `type:slug-of-name`.
pub fn entity_id(kind: EntityType, name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if c != '.' && c != '\'' && c != '’' && !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    format!("{}:{}", kind.as_str(), slug.trim_end_matches('-'))
}

/// A person's name as a key: lower case, initials closed up ("J.D." = "JD"),
/// middle initials dropped ("Donald J. Trump" = "Donald Trump").
fn person_key(words: &[&str]) -> String {
    let parts: Vec<String> = words.iter().map(|w| w.replace('.', "").to_lowercase()).filter(|w| !w.is_empty()).collect();
    let keep: Vec<&String> = parts
        .iter()
        .enumerate()
        .filter(|(i, w)| *i == 0 || *i + 1 == parts.len() || w.chars().count() > 1)
        .map(|(_, w)| w)
        .collect();
    keep.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
}

/// Initials of an organisation's significant words ("Federal Bureau of Investigation" = "FBI").
fn initials(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !matches!(**w, "of" | "the" | "and" | "for" | "on" | "&"))
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

/// A name without its leading article ("The IC" → "IC").
fn without_the(name: &str) -> &str {
    ["The ", "the "].iter().find_map(|the| name.strip_prefix(the)).unwrap_or(name)
}

/// An entity under construction.
struct Draft {
    kind: EntityType,
    name: String,
    fixed_name: bool,
    surfaces: Vec<String>,
    mentions: Vec<Mention>,
    country: Option<String>,
    actor: Option<usize>,
}

impl Draft {
    fn new(kind: EntityType) -> Draft {
        Draft { kind, name: String::new(), fixed_name: false, surfaces: Vec::new(), mentions: Vec::new(), country: None, actor: None }
    }
}

/// Merges typed names and owner-named organisations into entities.
/// An unlisted demonym takes the country of the text whose name it is
/// formed from ("Karvonian" from "Karvonia", "Valdorian" from "Valdoria",
/// "Zembalan" from "Zembala"): listed ones know their country already.
fn link_unlisted_demonyms(drafts: &mut [Draft]) {
    let lands: Vec<String> = drafts
        .iter()
        .filter(|d| matches!(d.kind, EntityType::Place | EntityType::Organisation) && !d.name.contains(' ') && d.name.len() >= 4)
        .map(|d| d.name.clone())
        .collect();
    for d in drafts.iter_mut().filter(|d| d.kind == EntityType::Other && d.country.is_none() && !d.fixed_name) {
        let formed = |land: &String| ["n", "an", "ian"].iter().any(|e| d.name == format!("{land}{e}"));
        d.country = lands.iter().find(|l| formed(l)).cloned();
    }
}

pub fn merge(text: &str, tokens: &[Token<'_>], named: &[Named], compounds: &[Compound]) -> Vec<Entity> {
    let surface = |first: usize, last: usize| &text[tokens[first].start..tokens[last - 1].end];
    let words = |n: &Named| tokens[n.span.first..n.span.last].iter().map(|t| t.text).collect::<Vec<_>>();
    // The key of each name's entity; identical keys merge.
    let mut keys: Vec<String> = named
        .iter()
        .map(|n| match n.span.listed {
            // (lower-cased as unlisted names are: a headline's "Mississippi" the
            // lists do not vouch for is the listed Mississippi of the text)
            Some(e) => format!("{}|{}", n.kind.as_str(), e.name.to_lowercase()),
            None if n.kind == EntityType::Person => format!("person|{}", person_key(&words(n))),
            // "The IC" is the IC
            None => format!("{}|{}", n.kind.as_str(), without_the(&surface(n.span.first, n.span.last).to_lowercase())),
        })
        .collect();
    // Acronyms: "Long Form (LF)" and any LF whose letters spell a long form in the text.
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    for (k, n) in named.iter().enumerate() {
        if matches!(n.kind, EntityType::Organisation | EntityType::Group) && n.span.last - n.span.first >= 2 {
            acronyms.entry(initials(&words(n))).or_insert(k);
        }
        let bracketed = k + 1 < named.len()
            && tokens.get(n.span.last).is_some_and(|t| t.text == "(")
            && named[k + 1].span.first == n.span.last + 1
            && named[k + 1].span.last - named[k + 1].span.first == 1
            && tokens.get(named[k + 1].span.last).is_some_and(|t| t.text == ")")
            && tokens[named[k + 1].span.first].shape == Shape::Upper;
        // The acronym must start like the long form and not name something else on the lists.
        let fits = bracketed && {
            let short = &named[k + 1];
            let same_letter = tokens[short.span.first].text.chars().next() == initials(&words(n)).chars().next();
            let other = short.span.listed.is_some_and(|s| n.span.listed.is_none_or(|l| l.name != s.name));
            same_letter && !other
        };
        if fits && n.kind != EntityType::Person {
            acronyms.insert(tokens[named[k + 1].span.first].text.to_string(), k);
        }
    }
    for k in 0..named.len() {
        let n = &named[k];
        if n.span.last - n.span.first == 1 && tokens[n.span.first].shape == Shape::Upper {
            if let Some(&long) = acronyms.get(tokens[n.span.first].text).filter(|&&l| l != k) {
                keys[k] = keys[long].clone();
            }
        }
    }
    // People: a lone surname or given name joins the full name it belongs to.
    // Full names by surname and by given name, each list in text order.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_given: HashMap<&str, Vec<usize>> = HashMap::new();
    for (f, n) in named.iter().enumerate().filter(|(_, n)| n.kind == EntityType::Person && n.span.last - n.span.first >= 2) {
        let surname = tokens[n.span.last - 1].text;
        by_surname.entry(surname).or_default().push(f);
        if let Some(bare) = without_particle(surname) {
            // "Assad" after "Bashar al-Assad"
            by_surname.entry(bare).or_default().push(f);
        }
        by_given.entry(tokens[n.span.first].text).or_default().push(f);
    }
    // the nearest full name before `k`, else the first after it
    let owner = |owners: Option<&Vec<usize>>, k: usize| {
        let owners = owners?;
        let before = owners.partition_point(|&f| f < k);
        before.checked_sub(1).map_or(owners.first(), |b| owners.get(b)).copied()
    };
    for k in 0..named.len() {
        let n = &named[k];
        if n.kind != EntityType::Person || n.span.last - n.span.first != 1 {
            continue;
        }
        let word = tokens[n.span.first].text;
        // (a transcript's "REYES:" is Tomas Reyes)
        let shouted = (tokens[n.span.first].shape == Shape::Upper).then(|| super::cues::title_case(word));
        let surname = by_surname.get(word).or_else(|| shouted.as_deref().and_then(|w| by_surname.get(w)));
        if let Some(owner) = owner(surname, k).or_else(|| owner(by_given.get(word), k)) {
            keys[k] = keys[owner].clone();
        }
    }
    // Build the drafts.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for (k, n) in named.iter().enumerate() {
        let at = *index.entry(keys[k].clone()).or_insert_with(|| {
            drafts.push(Draft::new(n.kind));
            drafts.len() - 1
        });
        let d = &mut drafts[at];
        let written = surface(n.span.first, n.span.last).to_string();
        // (a listed town that names a person here, "Merrick B. Garland … Garland
        // said", does not name the person)
        if let Some(entry) = n.span.listed.filter(|e| e.kind == n.kind) {
            d.name = entry.name.to_string();
            d.fixed_name = true;
            d.country = entry.country.map(str::to_string).or(d.country.take());
            d.actor = entry.actor.or(d.actor);
        } else if !d.fixed_name && without_the(&written).len() > without_the(&d.name).len() && !(n.kind == EntityType::Person && tokens[n.span.first].shape == Shape::Upper && written.len() <= 3) {
            d.name = written.clone();
        }
        d.mentions.push(Mention { start: tokens[n.span.first].start, end: tokens[n.span.last - 1].end, text: written.clone(), sentence: tokens[n.span.first].sentence });
        d.surfaces.push(written);
    }
    let draft_of: Vec<usize> = keys.iter().map(|k| index[k]).collect();
    // Owner-named organisations.
    let mut owned: HashMap<String, usize> = HashMap::new();
    for c in compounds {
        let owner = &drafts[draft_of[c.owner]];
        let name = if c.noun == "campaign" {
            let surname = owner.name.rsplit(' ').next().unwrap_or(&owner.name).to_string();
            let written = surface(named[c.owner].span.first, named[c.owner].span.last);
            let owner_word = if written.contains('-') { written.to_string() } else { surname };
            format!("{owner_word} campaign")
        } else {
            match c.target {
                Some(t) => format!("{}'s {} to the {}", owner.name, c.noun, drafts[draft_of[t]].name),
                None => format!("{}'s {}", owner.name, c.noun),
            }
        };
        let at = *owned.entry(name.clone()).or_insert_with(|| {
            let mut d = Draft::new(EntityType::Organisation);
            d.name = name;
            d.fixed_name = true;
            drafts.push(d);
            drafts.len() - 1
        });
        let written = surface(c.first, c.last).to_string();
        drafts[at].mentions.push(Mention { start: tokens[c.first].start, end: tokens[c.last - 1].end, text: written.clone(), sentence: tokens[c.first].sentence });
        drafts[at].surfaces.push(written);
    }
    link_unlisted_demonyms(&mut drafts);
    let g = gazetteer();
    let ids: HashMap<String, String> = drafts.iter().map(|d| (d.name.clone(), entity_id(d.kind, &d.name))).collect();
    let mut entities: Vec<Entity> = drafts
        .into_iter()
        .filter(|d| !d.mentions.is_empty() && !d.name.is_empty())
        .map(|mut d| {
            let mut aliases: Vec<String> = Vec::new();
            for s in &d.surfaces {
                if *s != d.name && !aliases.contains(s) {
                    aliases.push(s.clone());
                }
            }
            let mut related = Vec::new();
            if let Some(actor) = d.actor.and_then(|a| g.actors.get(a)) {
                if actor.name != d.name {
                    related.push(Related { id: entity_id(EntityType::Group, actor.name), name: actor.name.to_string(), weight: 0.9 });
                }
                for r in &actor.related {
                    related.push(Related { id: entity_id(EntityType::Group, r), name: r.to_string(), weight: 0.6 });
                }
            }
            if d.kind == EntityType::Other {
                if let Some(country) = &d.country {
                    let id = ids.get(country).cloned().unwrap_or_else(|| entity_id(EntityType::Place, country));
                    related.push(Related { id, name: country.clone(), weight: 1.0 });
                }
            }
            if d.kind != EntityType::Place && d.kind != EntityType::Other {
                d.country = None;
            }
            d.mentions.sort_by_key(|m| m.start);
            Entity { id: entity_id(d.kind, &d.name), name: d.name, kind: d.kind, aliases, mentions: d.mentions, related, country: d.country }
        })
        .collect();
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |m| m.start));
    one_per_id(entities)
}

/// Entities whose names differ only where an id does not look ("Breitbart
/// News" and a compound "Breitbart news") are one: the first keeps the
/// other's mentions, names and links, so that no id repeats.
fn one_per_id(entities: Vec<Entity>) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(entities.len());
    let mut at: HashMap<String, usize> = HashMap::new();
    for e in entities {
        let Some(&k) = at.get(&e.id) else {
            at.insert(e.id.clone(), out.len());
            out.push(e);
            continue;
        };
        let kept = &mut out[k];
        for name in std::iter::once(e.name).chain(e.aliases) {
            if name != kept.name && !kept.aliases.contains(&name) {
                kept.aliases.push(name);
            }
        }
        kept.mentions.extend(e.mentions);
        kept.mentions.sort_by_key(|m| m.start);
        for r in e.related {
            if !kept.related.iter().any(|k| k.id == r.id) {
                kept.related.push(r);
            }
        }
        kept.country = kept.country.take().or(e.country);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_of_one_id_become_one() {
        let mention = |start: usize| Mention { start, end: start + 5, text: "x".into(), sentence: 0 };
        let entity = |name: &str, start: usize| Entity {
            id: entity_id(EntityType::Organisation, name),
            name: name.into(),
            kind: EntityType::Organisation,
            aliases: Vec::new(),
            mentions: vec![mention(start)],
            related: Vec::new(),
            country: None,
        };
        let one = one_per_id(vec![entity("Breitbart News", 0), entity("Ledger", 3), entity("Breitbart news", 9)]);
        assert_eq!(one.len(), 2);
        assert_eq!((one[0].name.as_str(), one[0].aliases.clone(), one[0].mentions.len()), ("Breitbart News", vec!["Breitbart news".to_string()], 2));
    }
}
