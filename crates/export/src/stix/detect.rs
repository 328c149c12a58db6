//! Reading cyber claims out of one article: which threat actors and ATT&CK
//! techniques it names, who it says attributes the intrusion to which state,
//! who was targeted, who denies, and the CVE ids and indicators it quotes.
//! Each claim keeps the sentence it came from and the party asserting it.

use std::sync::OnceLock;

use concord_model::{Analysis, EntityType};
use regex::Regex;

use super::cti::{cti, whole_word, ACTOR_FAMILIES, ATTRIBUTORS, STATES};

/// A party that asserts something (an agency, a company, several speaking together).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Party {
    /// Display name; a joint statement lists its members (`FBI, ODNI and CISA`).
    pub name: String,
    /// STIX identity class.
    pub class: &'static str,
}

/// A threat actor as named in the article.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorRef {
    /// Canonical name (the table's, or the name as written).
    pub name: String,
    /// Index in the compiled table, when known.
    pub table: Option<usize>,
}

/// What an attribution points from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    /// A named actor.
    Actor(ActorRef),
    /// The operation the story is about.
    Operation,
}

/// `subject` is attributed to `target` by `source`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Attribution {
    /// What is attributed.
    pub subject: Subject,
    /// To whom: a state, or a named actor (`Subject::Operation` → actor).
    pub target: Target,
    /// Who says so; `None` means the outlet itself.
    pub source: Option<Party>,
}

/// The far end of an attribution.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// A state sponsor.
    State(String),
    /// A named actor.
    Actor(ActorRef),
}

/// A technique an actor (or the operation) used.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Use {
    /// Who used it.
    pub subject: Subject,
    /// ATT&CK id.
    pub technique: String,
    /// The wording that named it.
    pub phrase: String,
    /// Who says so; `None` means the outlet.
    pub source: Option<Party>,
}

/// A denial of an attribution to `state`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Denial {
    /// Who denies.
    pub denier: String,
    /// The state whose involvement is denied.
    pub state: String,
    /// The denial's wording.
    pub text: String,
}

/// Everything one article claims.
#[derive(Clone, Debug, Default)]
pub struct Claims {
    /// Actors named.
    pub actors: Vec<ActorRef>,
    /// Attributions.
    pub attributions: Vec<Attribution>,
    /// Techniques used.
    pub uses: Vec<Use>,
    /// Organisations targeted.
    pub victims: Vec<String>,
    /// Denials.
    pub denials: Vec<Denial>,
    /// CVE ids.
    pub cves: Vec<String>,
    /// IPv4 addresses given as indicators.
    pub ipv4: Vec<String>,
    /// Parties quoted as attributing.
    pub parties: Vec<Party>,
}

impl Claims {
    /// True when the article reads as a cyber story.
    pub fn is_cyber(&self) -> bool {
        !self.actors.is_empty() || !self.uses.is_empty() || !self.cves.is_empty()
            || self.attributions.iter().any(|a| matches!(a.target, Target::Actor(_)))
    }
}

struct Patterns {
    actor_id: Regex,
    family: Regex,
    campaign: Regex,
    cve: Regex,
    ipv4: Regex,
    attribution: Regex,
    targeting: Regex,
    denial: Regex,
    cyber: Regex,
    collective: Regex,
    split: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let families = ACTOR_FAMILIES.join("|");
        Patterns {
            actor_id: Regex::new(r"\b(?:APT ?\d{1,3}|UNC\d{2,5}|Storm-\d{3,4}|TA\d{3,4}|DEV-\d{3,4}|FIN\d{1,2})\b").unwrap(),
            family: Regex::new(&format!(r"\b(?:[A-Z][a-z]+ )({families})\b")).unwrap(),
            campaign: Regex::new(r"\b((?:[A-Z][\w.'’]*[- ]?)+) (?:presidential |re-?election )?campaign\b").unwrap(),
            cve: Regex::new(r"\bCVE-\d{4}-\d{4,7}\b").unwrap(),
            ipv4: Regex::new(r"\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\[?\.\]?(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b").unwrap(),
            attribution: Regex::new(r"(?i)\b(behind|responsible|attribut\w*|linked to|tied to|on behalf of|backed|sponsored|working for|carried out by|conducted by|orchestrated|blamed|affiliated with|part of)\b").unwrap(),
            targeting: Regex::new(r"(?i)\b(hack\w*|breach\w*|target\w*|compromis\w*|attack\w*|infiltrat\w*|intrusion|phish\w*|stole|stolen|spied|break into|broke into)\b").unwrap(),
            denial: Regex::new(r"(?i)\b(den(y|ied|ies|ial)|unsubstantiated|baseless|groundless|rejects?|rejected|no involvement|not involved|fabricat\w*|categorically|unfounded)\b").unwrap(),
            cyber: Regex::new(r"(?i)\b(hack\w*|cyber\w*|breach\w*|phish\w*|malware|ransomware|intrusion|threat actor|espionage)\b").unwrap(),
            collective: Regex::new(r"(?i)\b(the agencies|the (joint )?statement|officials|intelligence community|the three agencies|investigators)\b").unwrap(),
            split: Regex::new(r#"[.!?]["”’)]?\s+"#).unwrap(),
        }
    })
}

/// The sentences of the article: from its analysis, else split crudely.
fn sentences(body: &str, analysis: &Analysis) -> Vec<String> {
    if !analysis.sentences.is_empty() {
        return analysis.sentences.iter().map(|s| s.text.clone()).collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for m in patterns().split.find_iter(body) {
        out.push(body[start..m.end()].trim().to_string());
        start = m.end();
    }
    out.push(body[start..].trim().to_string());
    out.retain(|s| !s.is_empty());
    out
}

fn mentions(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, m)| whole_word(text, i, i + m.len()))
}

/// States named in `text`, canonical names.
fn states_in(text: &str, analysis: &Analysis, sentence: usize) -> Vec<String> {
    let mut out: Vec<String> = STATES
        .iter()
        .filter(|(names, _)| names.iter().any(|n| mentions(text, n)))
        .map(|(_, canon)| canon.to_string())
        .collect();
    if out.is_empty() {
        // A country the analysis found here (place, or demonym naming one).
        for e in &analysis.entities {
            let here = e.mentions.iter().any(|m| m.sentence == sentence);
            if here && e.kind == EntityType::Place && e.country.as_deref().is_none_or(|c| c == e.name) {
                out.push(e.name.clone());
            } else if here && e.country.is_some() && e.kind != EntityType::Place {
                out.extend(e.country.clone());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The attributing parties named in `text`, joined when several speak together.
fn party_in(text: &str, analysis: &Analysis, sentence: usize) -> Option<Party> {
    let mut named: Vec<&str> = ATTRIBUTORS
        .iter()
        .filter(|(names, ..)| names.iter().any(|n| mentions(text, n)))
        .map(|(_, canon, _)| *canon)
        .collect();
    if named.is_empty() {
        // An agency-like organisation the analysis found ("National Cyber Security Directorate").
        let agency = Regex::new(r"\b(Directorate|Agency|Bureau|Ministry|Department|Cent(er|re)|Command|Office)\b").ok()?;
        named.extend(analysis.entities.iter().filter(|e| {
            e.kind == EntityType::Organisation && agency.is_match(&e.name) && e.mentions.iter().any(|m| m.sentence == sentence)
        }).map(|e| e.name.as_str()));
    }
    match named.as_slice() {
        [] => None,
        [one] => Some(Party { name: one.to_string(), class: "organization" }),
        [init @ .., last] => Some(Party { name: format!("{} and {last}", init.join(", ")), class: "group" }),
    }
}

/// Actors named in a sentence; the loose patterns (vendor naming schemes,
/// `APT28`-style ids, group entities) only count in a cyber article.
fn actors_in(text: &str, analysis: &Analysis, sentence: usize, cyber_article: bool) -> Vec<ActorRef> {
    let cti = cti();
    let p = patterns();
    let mut out: Vec<ActorRef> = cti
        .actors_in(text)
        .into_iter()
        .map(|(i, ..)| ActorRef { name: cti.actors[i].name.clone(), table: Some(i) })
        .collect();
    let loose = p.actor_id.find_iter(text).map(|m| m.as_str().replace(' ', "")).chain(p.family.find_iter(text).map(|m| m.as_str().to_string()));
    let groups = analysis.entities.iter().filter(|e| {
        e.kind == EntityType::Group
            && e.mentions.iter().any(|m| m.sentence == sentence)
            && (p.actor_id.is_match(&e.name) || ACTOR_FAMILIES.iter().any(|f| e.name.ends_with(f)))
    });
    for name in loose.chain(groups.map(|e| e.name.clone())).filter(|_| cyber_article) {
        let table = cti.actor_named(&name);
        let name = table.map(|i| cti.actors[i].name.clone()).unwrap_or(name);
        out.push(ActorRef { name, table });
    }
    out.sort();
    out.dedup();
    out
}

/// Whose campaign a "X campaign" phrase names, as the candidate's surname
/// (`Donald Trump’s` → `Trump`, `Biden-Harris` stays), or `None` for
/// "the campaign", "a U.S. campaign" and the like.
fn campaign_owner(words: &str) -> Option<String> {
    const NOT_NAMES: &[&str] = &["The", "A", "An", "U.S.", "US", "His", "Her", "Their", "Its", "This", "That", "Election",
                                 "Presidential", "Phishing", "Influence", "Hacking", "Social", "Media", "Campaign", "Democratic",
                                 "Republican", "American", "Iranian", "Russian", "Chinese"];
    let last = words.split_whitespace().last()?;
    let name = last.trim_end_matches(['\'', '’']).trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’']);
    let capitalised = name.chars().next().is_some_and(char::is_uppercase) && name.chars().any(char::is_lowercase);
    (capitalised && name.chars().count() >= 2 && !NOT_NAMES.contains(&name)).then(|| name.to_string())
}

/// The denier's name, normalised so that outlets' wordings meet.
fn denier(raw: &str, state: &str) -> String {
    let lower = raw.to_lowercase();
    if lower.contains("mission") {
        format!("{state}'s mission to the United Nations")
    } else if lower.contains("embassy") {
        format!("Embassy of {state}")
    } else if lower.contains("ministry") {
        format!("{state}'s foreign ministry")
    } else {
        raw.trim_start_matches("the ").to_string()
    }
}

fn push<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// The claims of one article.
pub fn claims(body: &str, analysis: &Analysis) -> Claims {
    let p = patterns();
    let mut c = Claims::default();
    let mut last_party: Option<Party> = None;
    let sents = sentences(body, analysis);
    let cyber_article = p.cyber.is_match(body) || p.cve.is_match(body) || !cti().phrases_in(body).is_empty();
    for (i, text) in sents.iter().enumerate() {
        let actors = actors_in(text, analysis, i, cyber_article);
        let states = states_in(text, analysis, i);
        let named_party = party_in(text, analysis, i);
        if named_party.is_some() {
            last_party.clone_from(&named_party);
        }
        let party = named_party.or_else(|| p.collective.is_match(text).then(|| last_party.clone()).flatten());
        if let Some(pt) = &party {
            push(&mut c.parties, pt.clone());
        }
        for a in &actors {
            push(&mut c.actors, a.clone());
        }
        let subject = |a: Option<&ActorRef>| a.map(|a| Subject::Actor(a.clone())).unwrap_or(Subject::Operation);
        let attributes = p.attribution.is_match(text);
        let denies = p.denial.is_match(text);
        if attributes && !denies && cyber_article {
            for s in &states {
                if actors.is_empty() {
                    push(&mut c.attributions, Attribution { subject: Subject::Operation, target: Target::State(s.clone()), source: party.clone() });
                }
                for a in &actors {
                    push(&mut c.attributions, Attribution { subject: subject(Some(a)), target: Target::State(s.clone()), source: party.clone() });
                }
            }
        }
        if (attributes || p.targeting.is_match(text)) && !denies {
            for a in &actors {
                push(&mut c.attributions, Attribution { subject: Subject::Operation, target: Target::Actor(a.clone()), source: party.clone() });
            }
        }
        for (phrase, ids) in cti().phrases_in(text) {
            for id in ids {
                let u = Use { subject: subject(actors.first()), technique: id.to_string(), phrase: phrase.to_string(), source: party.clone() };
                push(&mut c.uses, u);
            }
        }
        if p.targeting.is_match(text) && cyber_article {
            for m in p.campaign.captures_iter(text) {
                if let Some(who) = campaign_owner(&m[1]) {
                    push(&mut c.victims, format!("{who} campaign"));
                }
            }
        }
        if denies {
            for s in &states {
                let quoted = analysis.quotes.iter().find(|q| q.sentence <= i && i <= q.last_sentence && q.speaker.is_some());
                let raw = quoted.and_then(|q| q.speaker.as_ref()).map(|sp| sp.name.clone());
                let phrase = Regex::new(&format!(r"(?i)\b{}(?:['’]s|ian)? (?:mission to the (?:United Nations|U\.?N\.?)|U\.?N\.? mission|embassy|foreign ministry)", regex::escape(s))).ok();
                let raw = raw.filter(|r| r.contains(s.as_str()) || r.to_lowercase().contains("mission"))
                    .or_else(|| phrase.and_then(|re| re.find(text).map(|m| m.as_str().to_string())))
                    .unwrap_or_else(|| s.clone());
                push(&mut c.denials, Denial { denier: denier(&raw, s), state: s.clone(), text: text.clone() });
            }
        }
        for m in p.cve.find_iter(text) {
            push(&mut c.cves, m.as_str().to_string());
        }
        if cyber_article {
            for m in p.ipv4.find_iter(text) {
                push(&mut c.ipv4, m.as_str().replace("[.]", "."));
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_attributions_techniques_victims_and_denials() {
        let body = "The FBI, ODNI and CISA said Iran was behind the hack of the Trump campaign. \
            The agencies said the hackers used spear-phishing emails. \
            Google said APT42 targeted the Biden-Harris campaign. \
            Iran's mission to the United Nations called the claims unsubstantiated. \
            The flaw CVE-2024-12345 was not involved.";
        let c = claims(body, &Analysis::default());
        let agencies = Party { name: "ODNI, FBI and CISA".into(), class: "group" };
        assert!(c.attributions.contains(&Attribution {
            subject: Subject::Operation, target: Target::State("Iran".into()), source: Some(agencies.clone()) }), "{:?}", c.attributions);
        assert!(c.uses.iter().any(|u| u.technique == "T1566.001" && u.phrase == "spear-phishing emails" && u.source == Some(agencies.clone())));
        assert!(c.actors.iter().any(|a| a.name == "APT42"));
        assert!(c.attributions.iter().any(|a| matches!(&a.target, Target::Actor(x) if x.name == "APT42")
            && a.source.as_ref().map(|p| p.name.as_str()) == Some("Google")));
        assert_eq!(c.victims, vec!["Trump campaign", "Biden-Harris campaign"]);
        assert_eq!(campaign_owner("Donald Trump’s").as_deref(), Some("Trump"));
        assert_eq!(campaign_owner("Kamala Harris'").as_deref(), Some("Harris"));
        assert_eq!(campaign_owner("President Trump's").as_deref(), Some("Trump"));
        assert_eq!(campaign_owner("The"), None);
        assert_eq!(campaign_owner("A U.S."), None);
        assert_eq!(c.denials[0].denier, "Iran's mission to the United Nations");
        assert_eq!(c.cves, vec!["CVE-2024-12345"]);
        assert!(c.is_cyber());
        assert!(!claims("The council met on Monday. The budget passed.", &Analysis::default()).is_cyber());
    }
}
