//! The threat-intelligence knowledge compiled into the crate: threat actors
//! and ATT&CK techniques (from `data/cti.json`, built by
//! `scripts/build-cti-tables`), the phrase table that maps news wording to
//! techniques, the states that sponsor actors, and the parties that attribute.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

/// A threat actor from the table.
#[derive(Clone, Debug, Deserialize)]
pub struct Actor {
    /// Canonical name.
    pub name: String,
    /// Other names vendors use for the same actor.
    pub aliases: Vec<String>,
    /// ATT&CK group id (`G1044`) when ATT&CK tracks it.
    pub attack_id: Option<String>,
    /// The ATT&CK intrusion-set STIX uuid, when known.
    pub stix_uuid: Option<String>,
    /// ISO country code of the suspected sponsor.
    pub country: Option<String>,
    /// Related but distinct actors (kept as links, never merged).
    pub related: Vec<String>,
}

#[derive(Deserialize)]
struct Table {
    actors: Vec<Actor>,
    techniques: HashMap<String, (String, String)>,
}

/// The loaded tables with their matchers.
pub struct Cti {
    /// Every actor.
    pub actors: Vec<Actor>,
    /// ATT&CK technique id → (name, STIX uuid).
    pub techniques: HashMap<String, (String, String)>,
    /// Matches actor names and aliases (case-sensitive); pattern i → actor index.
    actor_matcher: AhoCorasick,
    actor_of_pattern: Vec<usize>,
    /// Matches technique phrases (ASCII case-insensitive); pattern i → PHRASES index.
    phrase_matcher: AhoCorasick,
}

/// News wording → ATT&CK techniques. The phrase that triggered a technique is
/// kept with it in the export.
pub const PHRASES: &[(&str, &[&str])] = &[
    ("spear-phishing email", &["T1566.001", "T1566.002"]),
    ("spear-phishing emails", &["T1566.001", "T1566.002"]),
    ("spearphishing email", &["T1566.001", "T1566.002"]),
    ("spear phishing email", &["T1566.001", "T1566.002"]),
    ("spear-phishing", &["T1566"]),
    ("spearphishing", &["T1566"]),
    ("spear phishing", &["T1566"]),
    ("phishing email", &["T1566"]),
    ("phishing emails", &["T1566"]),
    ("phishing campaign", &["T1566"]),
    ("phishing", &["T1566"]),
    ("malicious attachment", &["T1566.001"]),
    ("booby-trapped attachment", &["T1566.001"]),
    ("infected attachment", &["T1566.001"]),
    ("malicious link", &["T1566.002"]),
    ("phishing link", &["T1566.002"]),
    ("voice phishing", &["T1566.004"]),
    ("vishing", &["T1566.004"]),
    ("social engineering", &["T1566", "T1598"]),
    ("credential harvesting", &["T1598.003"]),
    ("harvest credentials", &["T1598.003"]),
    ("fake login page", &["T1598.003"]),
    ("fake login pages", &["T1598.003"]),
    ("took control of an account", &["T1078"]),
    ("took over the account", &["T1078"]),
    ("compromised account", &["T1078"]),
    ("compromised accounts", &["T1078"]),
    ("compromised the email account", &["T1078", "T1114"]),
    ("hijacked account", &["T1078"]),
    ("stolen credentials", &["T1078"]),
    ("valid accounts", &["T1078"]),
    ("legitimate credentials", &["T1078"]),
    ("password spraying", &["T1110.003"]),
    ("password spray", &["T1110.003"]),
    ("brute-force", &["T1110"]),
    ("brute force", &["T1110"]),
    ("credential stuffing", &["T1110.004"]),
    ("hack-and-leak", &["T1567", "T1585"]),
    ("hack and leak", &["T1567", "T1585"]),
    ("leaked documents", &["T1567"]),
    ("exfiltrated", &["T1041"]),
    ("data exfiltration", &["T1041"]),
    ("ransomware", &["T1486"]),
    ("encrypted the files", &["T1486"]),
    ("wiper", &["T1485"]),
    ("wiper malware", &["T1485"]),
    ("denial-of-service", &["T1498"]),
    ("ddos", &["T1498"]),
    ("supply-chain attack", &["T1195"]),
    ("supply chain attack", &["T1195"]),
    ("exploited a vulnerability", &["T1190"]),
    ("exploited a flaw", &["T1190"]),
    ("exploiting a vulnerability", &["T1190"]),
    ("zero-day", &["T1190"]),
    ("watering hole", &["T1189"]),
    ("watering-hole", &["T1189"]),
    ("drive-by", &["T1189"]),
    ("keylogger", &["T1056.001"]),
    ("impersonating", &["T1656"]),
    ("impersonated", &["T1656"]),
    ("posing as", &["T1656"]),
    ("fake personas", &["T1585.001"]),
    ("fake persona", &["T1585.001"]),
    ("sock puppet", &["T1585.001"]),
    ("mfa fatigue", &["T1621"]),
    ("push bombing", &["T1621"]),
    ("session cookies", &["T1539"]),
    ("credential dumping", &["T1003"]),
    ("remote desktop", &["T1021.001"]),
    ("lateral movement", &["T1021"]),
    ("moved laterally", &["T1021"]),
    ("powershell", &["T1059.001"]),
    ("backdoor", &["T1505"]),
    ("web shell", &["T1505.003"]),
    ("webshell", &["T1505.003"]),
    ("typosquatted domain", &["T1583.001"]),
    ("lookalike domain", &["T1583.001"]),
    ("lookalike domains", &["T1583.001"]),
    ("read emails", &["T1114"]),
    ("email collection", &["T1114"]),
    ("accessed emails", &["T1114"]),
];

/// Parties that attribute: (names as written, canonical name, identity class).
pub const ATTRIBUTORS: &[(&[&str], &str, &str)] = &[
    (&["Office of the Director of National Intelligence", "ODNI"], "ODNI", "organization"),
    (&["Federal Bureau of Investigation", "FBI"], "FBI", "organization"),
    (&["Cybersecurity and Infrastructure Security Agency", "CISA"], "CISA", "organization"),
    (&["National Security Agency", "NSA"], "NSA", "organization"),
    (&["National Cyber Security Centre", "NCSC"], "NCSC", "organization"),
    (&["Threat Analysis Group", "Google TAG", "Mandiant", "Google"], "Google", "organization"),
    (&["Microsoft Threat Analysis Center", "MTAC", "Microsoft"], "Microsoft", "organization"),
    (&["CrowdStrike"], "CrowdStrike", "organization"),
    (&["Recorded Future"], "Recorded Future", "organization"),
    (&["Proofpoint"], "Proofpoint", "organization"),
];

/// States named as sponsors: (names and demonyms as written, canonical name).
pub const STATES: &[(&[&str], &str)] = &[
    (&["Iran", "Iranian", "Tehran"], "Iran"),
    (&["Russia", "Russian", "Moscow", "Kremlin"], "Russia"),
    (&["China", "Chinese", "Beijing"], "China"),
    (&["North Korea", "North Korean", "Pyongyang", "DPRK"], "North Korea"),
    (&["Belarus", "Belarusian"], "Belarus"),
];

/// Last words of vendor naming schemes (Microsoft weather, CrowdStrike animals):
/// an unknown name ending in one of them is taken as a threat actor.
pub const ACTOR_FAMILIES: &[&str] = &[
    "Typhoon", "Sandstorm", "Blizzard", "Sleet", "Tempest", "Tsunami", "Cyclone", "Hail", "Dust", "Panda", "Bear",
    "Kitten", "Chollima", "Spider", "Jackal", "Tiger", "Leopard", "Buffalo",
];

fn build(patterns: &[&str], case_insensitive: bool) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(case_insensitive)
        .build(patterns)
        .expect("the compiled tables build")
}

/// The tables, loaded once.
pub fn cti() -> &'static Cti {
    static CTI: OnceLock<Cti> = OnceLock::new();
    CTI.get_or_init(|| {
        let table: Table = serde_json::from_str(include_str!("../../data/cti.json")).expect("data/cti.json parses");
        let mut patterns = Vec::new();
        let mut actor_of_pattern = Vec::new();
        for (i, a) in table.actors.iter().enumerate() {
            for name in std::iter::once(&a.name).chain(&a.aliases) {
                patterns.push(name.as_str());
                actor_of_pattern.push(i);
            }
        }
        let actor_matcher = build(&patterns, false);
        let phrases: Vec<&str> = PHRASES.iter().map(|(p, _)| *p).collect();
        Cti {
            phrase_matcher: build(&phrases, true),
            actor_matcher,
            actor_of_pattern,
            actors: table.actors,
            techniques: table.techniques,
        }
    })
}

/// True when `text[start..end]` is a whole word (or words).
pub fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(|c| c.is_alphanumeric())
}

impl Cti {
    /// Actors named in `text`: (actor index, byte start, the name as written).
    pub fn actors_in<'t>(&self, text: &'t str) -> Vec<(usize, usize, &'t str)> {
        self.actor_matcher
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .map(|m| (self.actor_of_pattern[m.pattern().as_usize()], m.start(), &text[m.start()..m.end()]))
            .collect()
    }

    /// Technique phrases in `text`: (phrase as written, technique ids).
    pub fn phrases_in<'t>(&self, text: &'t str) -> Vec<(&'t str, &'static [&'static str])> {
        self.phrase_matcher
            .find_iter(text)
            .filter(|m| whole_word(text, m.start(), m.end()))
            .map(|m| (&text[m.start()..m.end()], PHRASES[m.pattern().as_usize()].1))
            .collect()
    }

    /// The actor called `name` (canonical name or alias), case-insensitively.
    pub fn actor_named(&self, name: &str) -> Option<usize> {
        let exact = self.actors.iter().position(|a| a.name.eq_ignore_ascii_case(name));
        exact.or_else(|| self.actors.iter().position(|a| a.aliases.iter().any(|x| x.eq_ignore_ascii_case(name))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_and_match_whole_words() {
        let cti = cti();
        let apt42 = cti.actor_named("APT42").expect("APT42 in the table");
        assert_eq!(cti.actors[apt42].attack_id.as_deref(), Some("G1044"));
        assert!(cti.actors_in("The APT420 group").iter().all(|(i, ..)| *i != apt42));
        assert_eq!(cti.actors_in("Google said APT42 was behind it")[0].0, apt42);
        let phrases = cti.phrases_in("They sent Spear-Phishing emails and took control of an account.");
        assert_eq!(phrases[0], ("Spear-Phishing emails", &["T1566.001", "T1566.002"][..]));
        assert_eq!(phrases[1].1, &["T1078"]);
        for (_, ids) in PHRASES {
            for id in *ids {
                assert!(cti.techniques.contains_key(*id), "{id} not in ATT&CK");
            }
        }
    }
}
