//! Organisations named through their owner: "Iran's mission to the United
//! Nations", "Iran's UN mission", "the Trump campaign", "Biden-Harris
//! campaign", and later short references to them ("the mission").

use concord_model::EntityType;

use super::classify::Named;
use super::cues::ORG_NOUNS;
use super::token::{Shape, Token};

/// An organisation named as owner + noun (+ target).
#[derive(Clone, Debug)]
pub struct Compound {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    /// Index (into the named list) of the owner ("Iran", "Trump").
    pub owner: usize,
    /// The organisation noun ("mission", "campaign").
    pub noun: &'static str,
    /// Index (into the named list) of what it is attached to ("United Nations").
    pub target: Option<usize>,
}

fn org_noun(word: &str) -> Option<&'static str> {
    ORG_NOUNS.iter().find(|n| **n == word).copied()
}

/// Finds owner-named organisations and their later "the NOUN" references.
pub fn find(tokens: &[Token<'_>], named: &[Named]) -> Vec<Compound> {
    let at: std::collections::HashMap<usize, usize> = named.iter().enumerate().map(|(k, n)| (n.span.first, k)).collect();
    let mut out: Vec<Compound> = Vec::new();
    for (k, n) in named.iter().enumerate() {
        // a ticket ("Biden-Harris", see `classify`) owns a campaign only
        let ticket = n.kind == EntityType::Other && tokens[n.span.first].text.contains('-');
        let owner_ok = ticket || matches!(n.kind, EntityType::Place | EntityType::Person | EntityType::Organisation | EntityType::Group);
        if !owner_ok {
            continue;
        }
        let mut j = n.span.last;
        let possessive = tokens.get(j).is_some_and(Token::is_possessive);
        if possessive {
            j += 1;
        }
        // Up to two modifiers: lower-case adjectives or a name ("UN", "presidential").
        let mut target = None;
        let mut noun = None;
        for _ in 0..3 {
            let Some(t) = tokens.get(j) else { break };
            if let Some(found) = org_noun(t.text) {
                noun = Some(found);
                j += 1;
                break;
            }
            if let Some(&m) = at.get(&j).filter(|_| possessive) {
                target = Some(m);
                j = named[m].span.last;
            } else if t.shape == Shape::Lower && possessive && t.text.len() > 3 {
                j += 1;
            } else {
                break;
            }
        }
        let Some(noun) = noun.filter(|&noun| !ticket || noun == "campaign") else { continue };
        if !possessive && (noun != "campaign" || n.kind == EntityType::Place) {
            continue;
        }
        // "... mission to the United Nations"
        let mut last = j;
        if target.is_none() && noun != "campaign" && tokens.get(j).is_some_and(|t| t.text == "to") {
            let after = if tokens.get(j + 1).is_some_and(|t| t.text == "the") { j + 2 } else { j + 1 };
            if let Some(&m) = at.get(&after) {
                target = Some(m);
                last = named[m].span.last;
            }
        }
        out.push(Compound { first: n.span.first, last, owner: k, noun, target });
    }
    // Later "the mission": the latest compound with that noun.
    let mut refs = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(noun) = org_noun(t.text) else { continue };
        if i == 0 || !tokens[i - 1].text.eq_ignore_ascii_case("the") {
            continue;
        }
        let earlier = out.iter().filter(|c| c.noun == noun && c.last < i).max_by_key(|c| c.first);
        if let Some(c) = earlier {
            refs.push(Compound { first: i - 1, last: i + 1, ..c.clone() });
        }
    }
    out.extend(refs);
    out
}
