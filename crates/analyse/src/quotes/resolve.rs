//! Speaker resolution: from the phrase found beside a cue to a name, and to
//! an entity when one matches.
//!
//! A titled name keeps the name ("Trump campaign spokesman Steven Cheung" →
//! Steven Cheung); an unnamed official stands for the body he speaks for ("a
//! Harris campaign official" → Harris campaign). Pronouns take the nearest
//! compatible speaker or entity before them ("he" → the last person not known
//! to be a woman, "she" → the last not known to be a man, "they" → the last
//! group; in German, French, Spanish, Italian and Portuguese "er"/"sie",
//! "il"/"elle", "él"/"ella", "lui"/"lei", "ele"/"ela" take the nearest
//! person named in full of their gender, and plural or polite "sie"/"Lei"
//! no one); nominal phrases take the nearest earlier phrase with the
//! same head ("the mission" → Iran's mission to the United Nations, "the
//! agencies" → the group of agencies named together), and other phrases
//! that name no one the body they stand for (see [`nominal`]). The result
//! maps to an entity by mention span or by name and alias.

mod nominal;

use concord_model::{Entity, EntityType, Speaker};

use super::attribution::subject;
use super::cues::{is_determiner, is_group_head, is_indefinite_pronoun, is_org_word, is_people, is_possessive, is_pronoun, is_role, is_spokes_role, names_people};
use super::doc::Doc;
use super::gender::{self, Gender};
use super::groups::{self, Group};
use crate::entities::canon::entity_id;
use crate::entities::cues::is_party_tag;
use crate::Language;

/// Heads of a phrase that speaks for a state named by its nationality
/// ("Iraqi officials", "the North Korean leader"), besides spokespeople.
const STATE_VOICES: &[&str] = &[
    "officials", "government", "authorities", "leader", "leadership", "president", "minister", "ministry",
    "diplomat", "diplomats", "ambassador", "military", "army", "media",
];

/// Heads of a phrase that names one person who leads a state ("the North
/// Korean leader", "the Iranian president").
const STATE_HEADS: &[&str] = &["leader", "president", "premier", "chancellor", "dictator", "ruler", "monarch", "king", "queen", "emir"];

/// Bytes before a person's mention in which their state may be named.
const STATE_REACH: usize = 40;

/// Words that rank a role ("vice president", "deputy minister").
const ROLE_RANKS: &[&str] = &["vice", "deputy", "acting", "former", "interim", "assistant", "senior", "top", "first", "prime"];

/// Nouns for people that name more than one ("the family", "the crowd").
const COLLECTIVE: &[&str] = &["people", "men", "women", "children", "family", "couple", "crowd", "audience", "staff", "troops"];

/// How many tokens back a nominal head is looked for in the text.
const LOOK_BACK: usize = 600;

/// How many mentions back a pronoun or nominal looks for its entity.
const MENTIONS_BACK: usize = 300;

/// A speaker already resolved, for later pronouns and nominals.
struct Seen {
    pos: usize,
    speaker: Speaker,
    /// Index of its entity, when resolved to one.
    entity: Option<usize>,
    person: bool,
    plural: bool,
}

/// Resolves speaker phrases of one text, in text order.
pub struct Resolver<'a> {
    doc: &'a Doc<'a>,
    entities: &'a [Entity],
    /// Every mention as (start, end, entity index), by start.
    mentions: Vec<(usize, usize, usize)>,
    /// Every entity name and alias, normalised, with its entity index.
    names: Vec<(String, usize)>,
    groups: Vec<Group>,
    seen: Vec<Seen>,
    /// Gender of each entity, when a title, a given name or an earlier
    /// "he"/"she" tells it.
    genders: Vec<Option<Gender>>,
}

/// Is the speaker a group named together ("Maria Ruiz and Tom Hale")?
fn is_group(speaker: &Speaker) -> bool {
    speaker.entity.as_deref().is_some_and(|e| e.starts_with("group:"))
}

fn plain(name: &str) -> Speaker {
    Speaker { name: name.to_string(), entity: None }
}

fn of_entity(e: &Entity) -> Speaker {
    Speaker { name: e.name.clone(), entity: Some(e.id.clone()) }
}

/// Lowercase name without a possessive ending.
fn normalise(name: &str) -> String {
    let lower = name.trim().to_lowercase();
    lower.strip_suffix("’s").or_else(|| lower.strip_suffix("'s")).unwrap_or(&lower).trim_end_matches(['’', '\'']).to_string()
}

fn last_word(name: &str) -> &str {
    name.split_whitespace().next_back().unwrap_or("")
}

/// Does the name hold a capitalised word other than a determiner ("The agencies")?
fn named(name: &str) -> bool {
    name.split_whitespace().any(|w| w.starts_with(char::is_uppercase) && !is_determiner(w))
}

fn has_word(name: &str, word: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(word))
}

/// Does a person of gender `have` fit a pronoun of gender `want`? Unknown fits both.
fn fits(have: Option<Gender>, want: Option<Gender>) -> bool {
    have.is_none() || want.is_none() || have == want
}

/// The gender of the courtesy title before or opening the mention at
/// `[start, end)` ("Mrs. Varga").
fn titled(text: &str, start: usize, end: usize) -> Option<Gender> {
    let word = text.get(..start)?.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    let first = text.get(start..end)?.split_whitespace().next().unwrap_or("");
    gender::of_title(word).or_else(|| gender::of_title(first))
}

/// A person entity's gender: its name or an alias as a given name, else the
/// courtesy title before (or opening) its mentions when they all agree (a
/// "Mrs. Clinton" merged into Bill Clinton's mentions tells nothing).
fn gender_of(text: &str, e: &Entity, language: Language) -> Option<Gender> {
    if e.kind != EntityType::Person {
        return None;
    }
    if let Some(g) = std::iter::once(&e.name).chain(&e.aliases).find_map(|n| gender::of_name(n, language)) {
        return Some(g);
    }
    let mut titles = e.mentions.iter().filter_map(|m| titled(text, m.start, m.end));
    let first = titles.next()?;
    titles.all(|g| g == first).then_some(first)
}

impl<'a> Resolver<'a> {
    /// A resolver over `doc` whose entities are `entities`.
    /// Mentions inside `quoted` (sorted byte spans of quotations) are words
    /// of a speaker, never a speaker.
    pub fn new(doc: &'a Doc<'a>, entities: &'a [Entity], quoted: &[(usize, usize)]) -> Self {
        let inside = |pos: usize| quoted.get(quoted.partition_point(|q| q.1 <= pos)).is_some_and(|q| q.0 <= pos);
        let mut mentions: Vec<(usize, usize, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
            .filter(|m| !inside(m.0))
            .collect();
        mentions.sort_unstable();
        let names = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| std::iter::once(&e.name).chain(&e.aliases).map(move |n| (normalise(n), i)))
            .collect();
        let genders = entities.iter().map(|e| gender_of(doc.text, e, doc.language)).collect();
        Resolver { doc, entities, mentions, names, groups: groups::find(doc, entities), seen: Vec::new(), genders }
    }

    /// The speaker named by the phrase of tokens `[from, to)`, remembered
    /// for the phrases that follow.
    pub fn resolve(&mut self, from: usize, to: usize) -> Speaker {
        let doc = self.doc;
        let pos = doc.toks.get(from).map_or(0, |t| t.start);
        let phrase = doc.slice(from, to);
        let foreign = (to == from + 1).then(|| self.foreign_pronoun(from)).flatten();
        let (speaker, person, plural) = if let Some(want) = foreign {
            // "sagte er", "a-t-elle déclaré", "dijo él": the nearest person of that gender, none when none fits
            let found = self.person_fitting(pos, Some(want));
            if let Some((at, s)) = &found {
                self.learn(*at, pos, s, want);
            }
            (found.map_or_else(|| plain(phrase), |f| f.1), true, false)
        } else if to == from + 1 && (is_pronoun(phrase) || matches!(phrase, "his" | "her" | "their" | "him" | "them")) {
            // ("In his words, “…”": the possessive stands for its subject;
            // "quoted him as saying": the object for the person quoted)
            let lower = match phrase.to_lowercase().as_str() {
                "his" | "him" => "he".to_string(),
                "her" => "she".to_string(),
                "their" | "them" => "they".to_string(),
                other => other.to_string(),
            };
            let found = match lower.as_str() {
                "he" | "she" | "i" => {
                    let want = gender::of_pronoun(&lower);
                    let found = self.person_before(pos, want);
                    if let (Some((at, s)), Some(g)) = (&found, want) {
                        self.learn(*at, pos, s, g);
                    }
                    found.map(|f| f.1)
                }
                "they" | "we" => self.apposed_subject(from).or_else(|| self.previous_plural_subject(from)).or_else(|| self.group_before(pos, true)),
                _ => self.apposed_subject(from).or_else(|| self.group_before(pos, false)),
            };
            let person = matches!(lower.as_str(), "he" | "she" | "i");
            let said_as = if is_pronoun(phrase) { phrase } else { lower.as_str() };
            (found.unwrap_or_else(|| plain(said_as)), person, lower == "they")
        } else {
            let (cs, ce) = self.core(from, self.before_party_tag(from, to));
            let core = doc.slice(cs, ce);
            let head = doc.word(ce.saturating_sub(1));
            // "The Late Show host" is someone "he" may point back to, as is
            // someone new: "a police officer" (whose core is the police), "a
            // woman" ("the actor" is more often a named person again)
            let last = doc.word(to - 1).to_lowercase();
            let indefinite = ["a", "an"].iter().any(|a| doc.word(from).eq_ignore_ascii_case(a));
            let one_person = (is_people(&last) || is_role(&last)) && !last.ends_with('s') && !COLLECTIVE.contains(&last.as_str());
            let person = self.personal(cs, ce) || is_role(head) || indefinite && one_person;
            let plural = head.ends_with('s') && !doc.toks[ce.saturating_sub(1)].capitalised(doc.text);
            let speaker = self
                .described_person(from, to, pos)
                .or_else(|| self.group_member(cs, ce))
                .or_else(|| self.entity_by_mention(cs, ce))
                .or_else(|| self.entity_heading(cs, ce))
                .or_else(|| self.document(cs, ce))
                .or_else(|| self.owners_bodies(from, to))
                .or_else(|| self.national_body(from, to))
                .or_else(|| self.body_of_person(cs, ce))
                .or_else(|| self.title_holder(from, to))
                .or_else(|| self.nominal(cs, ce, pos))
                .or_else(|| self.surname(core, pos))
                .or_else(|| self.entity_by_name(core))
                .unwrap_or_else(|| plain(if named(core) { core } else { phrase }));
            (self.nationality(speaker, phrase, doc.word(to - 1), pos), person, plural)
        };
        let entity = self.index(&speaker);
        let person = entity.map_or(person, |i| self.entities[i].kind == EntityType::Person);
        // ("The Clintons said": people, whom "they" means)
        let plural = plural || entity.is_some_and(|i| self.family(i));
        // a pronoun that found no one is no antecedent ("It said …. They said …")
        let unresolved = to == from + 1 && entity.is_none() && (speaker.name == phrase && foreign.is_some() || is_pronoun(&speaker.name));
        if !unresolved {
            self.seen.push(Seen { pos, speaker: speaker.clone(), entity, person, plural });
        }
        speaker
    }

    /// Can `speaker`, named by the tokens `phrase`, say something: did it
    /// resolve to a person, organisation, group or place, or does the
    /// phrase hold a mention of one that neither owns what follows nor is
    /// a complement ("CNN’s Tara Setmayer", "Cruz continued"; not "Nixon’s
    /// appeal" or "a message to Trump")?
    pub fn can_speak(&self, speaker: &Speaker, phrase: Option<(usize, usize)>) -> bool {
        const SPEAKING: [EntityType; 4] = [EntityType::Person, EntityType::Organisation, EntityType::Group, EntityType::Place];
        let speaks = |i: usize| SPEAKING.contains(&self.entities[i].kind);
        if self.index(speaker).is_some_and(speaks) {
            return true;
        }
        let Some((from, to)) = phrase else { return false };
        let doc = self.doc;
        let (start, end) = doc.span(from, to);
        let first = self.mentions.partition_point(|m| m.0 < start);
        self.mentions[first..].iter().take_while(|m| m.0 < end).any(|&(m_start, m_end, i)| {
            let owner = doc.text.get(m_end..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
            let k = doc.token_at(m_start);
            let complement = (from..k).any(|j| matches!(doc.word(j), "to" | "of" | "for" | "about" | "with" | "by" | "from" | "on"));
            m_end <= end && speaks(i) && !owner && !complement
        })
    }

    /// "the 29-year-old", "the New Yorker", "the Spaniard": a definite
    /// phrase that describes one person by age or origin alone is the
    /// person last named before it.
    fn described_person(&self, from: usize, to: usize, pos: usize) -> Option<Speaker> {
        let doc = self.doc;
        if to < from + 2 || !doc.word(from).eq_ignore_ascii_case("the") {
            return None;
        }
        let aged = to == from + 2 && doc.word(from + 1).strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let (start, end) = doc.span(from + 1, to);
        let first = self.mentions.partition_point(|m| m.0 < start);
        // (one of a people, not "the Iranians")
        let native = self.mentions.get(first).is_some_and(|&(m_start, m_end, i)| {
            let e = &self.entities[i];
            (m_start, m_end) == (start, end) && e.kind == EntityType::Other && e.nation().is_some() && !doc.slice(from + 1, to).ends_with('s')
        });
        if !aged && !native {
            return None;
        }
        self.person_before(pos, None).map(|(_, s)| s)
    }

    /// A speaker resolved to a nationality ("the North Korean leader",
    /// "the Italian expert", "Iraqi officials" → the demonym): its state
    /// when the phrase names someone who speaks for it, else the phrase.
    fn nationality(&self, speaker: Speaker, phrase: &str, head: &str, pos: usize) -> Speaker {
        let Some(demonym) = self.index(&speaker) else { return speaker };
        let Some(nation) = self.entities[demonym].nation() else { return speaker };
        // "the North Korean leader" after "North Korean leader Kim Jong-un": that person
        // (not "the Turkish vice president": a ranked role is someone else)
        let ranked = phrase.split_whitespace().any(|w| ROLE_RANKS.contains(&w.to_lowercase().as_str()));
        let the = phrase.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the")) && !ranked;
        if the && STATE_HEADS.iter().any(|v| head.eq_ignore_ascii_case(v)) {
            if let Some(person) = self.head_of_state_named(&[&self.entities[demonym].name, &nation.name], pos) {
                return person;
            }
        }
        if is_spokes_role(head) || STATE_VOICES.iter().any(|v| head.eq_ignore_ascii_case(v)) {
            Speaker { name: nation.name.clone(), entity: Some(nation.id.clone()) }
        } else {
            plain(phrase)
        }
    }

    /// The person last named before byte `pos` right after one of `words`
    /// ("North Korean leader Kim Jong-un", "North Korea's Kim").
    fn head_of_state_named(&self, words: &[&str], pos: usize) -> Option<Speaker> {
        let text = self.doc.text;
        // only the state's possessive or role words between: "North Korea's
        // Kim", "Iranian President Hassan Rouhani", "North Korean Supreme Leader Kim"
        // (a rank, "Vice President X", names someone else)
        let title = |w: &str| {
            let w = w.to_lowercase();
            STATE_HEADS.contains(&w.as_str()) || matches!(w.as_str(), "supreme" | "minister")
        };
        let named_after = |start: usize| {
            let before = text.get(start.saturating_sub(STATE_REACH)..start).or_else(|| text.get(..start)).unwrap_or("");
            words.iter().filter_map(|w| before.rfind(w).map(|at| &before[at + w.len()..])).any(|between| {
                let between = between.trim_start_matches(['\'', '’']).trim_start_matches('s');
                between.split_whitespace().all(title)
            })
        };
        let before = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..before]
            .iter()
            .rev()
            .find(|&&(start, _, i)| self.entities[i].kind == EntityType::Person && named_after(start))
            .map(|&(_, _, i)| of_entity(&self.entities[i]))
    }

    /// The speaker of the cue at token `k` whose verb carries its subject
    /// ("«…», dijo."): the last person named in full, as for a pronoun of
    /// no known gender; none when there is none.
    pub fn dropped(&mut self, k: usize) -> Option<Speaker> {
        let pos = self.doc.toks.get(k).map_or(0, |t| t.start);
        let (_, speaker) = self.person_fitting(pos, None)?;
        let entity = self.index(&speaker);
        self.seen.push(Seen { pos, speaker: speaker.clone(), entity, person: true, plural: false });
        Some(speaker)
    }

    /// The gender of the pronoun of another language than English at token
    /// `k` when it names one person: German "sie" neither beside a verb in
    /// the plural ("sagten sie": they) nor capitalised inside a sentence
    /// ("Sie": you), Italian "Lei" not capitalised inside a sentence (you).
    fn foreign_pronoun(&self, k: usize) -> Option<Gender> {
        let doc = self.doc;
        let word = doc.word(k);
        let gender = gender::of_foreign_pronoun(doc.language, word)?;
        let opens = k == 0 || doc.toks[k].new_paragraph || matches!(doc.word(k - 1), "." | "!" | "?" | ":" | "„" | "“" | "\"" | "«" | "»" | "”");
        let polite = word.starts_with(char::is_uppercase) && !opens;
        let plural_verb = |j: usize| doc.toks.get(j).is_some_and(|t| t.word) && (doc.word(j).ends_with("en") || doc.word(j) == "sind");
        let ambiguous = match (doc.language, word.to_lowercase().as_str()) {
            (Language::German, "sie") => polite || plural_verb(k + 1) || k > 0 && plural_verb(k - 1),
            (Language::Italian, "lei") => polite,
            _ => false,
        };
        (!ambiguous).then_some(gender)
    }

    /// The name inside a speaker phrase: the name after a title ("spokesman
    /// Steven Cheung"), the body an unnamed official speaks for ("a Harris
    /// campaign official"), or the phrase without a leading article.
    fn core(&self, from: usize, to: usize) -> (usize, usize) {
        let doc = self.doc;
        let cap = |k: usize| doc.toks[k].capitalised(doc.text);
        let preposition = (from..to).find(|&k| ["of", "for", "to", "at", "from"].iter().any(|p| doc.word(k).eq_ignore_ascii_case(p)));
        let name_end = preposition.unwrap_or(to);
        if let Some(r) = (from..name_end).rev().find(|&k| is_role(doc.word(k))) {
            if r + 1 < name_end && (r + 1..name_end).all(cap) {
                // "spokesman Steven Cheung", "researcher Lena Hale from Yale"
                return (r + 1, name_end);
            }
            // "the Turkish vice president": the rank belongs to the role
            let mut role = r;
            while role > from + 1 && ROLE_RANKS.iter().any(|w| doc.word(role - 1).eq_ignore_ascii_case(w)) {
                role -= 1;
            }
            if r + 1 == name_end && role > from + 1 && is_determiner(doc.word(from)) && self.body(from + 1, role) {
                // "a Harris campaign official (from Ohio)": the body he speaks
                // for; "the Chief Minister" is titled, not a body; "the
                // Pentagon press secretary" speaks for the Pentagon, "the
                // Chinese foreign minister" for China
                let mut end = role;
                while end > from + 2 && !doc.toks[end - 1].capitalised(doc.text) && !is_org_word(doc.word(end - 1)) {
                    end -= 1;
                }
                return (from + 1, end);
            }
            let owner = doc.word(role - 1);
            if r + 1 == name_end && role > from && is_spokes_role(doc.word(r)) && is_possessive(owner) && (from..role).any(cap) {
                // "Ruiz's spokesman", "Carrow Air's spokeswoman": whom he speaks for
                return (from, role);
            }
            let indefinite = ["a", "an"].iter().any(|d| doc.word(from).eq_ignore_ascii_case(d));
            let serves = preposition.is_some_and(|p| ["for", "of", "at"].iter().any(|w| doc.word(p).eq_ignore_ascii_case(w)));
            if r + 1 == name_end && role == from + 1 && indefinite && serves && is_spokes_role(doc.word(r)) && name_end + 1 < to {
                // "a spokeswoman for the Harbour Ministry": the body she speaks for
                let body = name_end + 1 + usize::from(doc.word(name_end + 1).eq_ignore_ascii_case("the"));
                if body < to {
                    return (body, to);
                }
            }
        }
        if to > from + 1 && is_determiner(doc.word(from)) && (from + 1..to).any(cap) {
            return (from + 1, to);
        }
        (from, to)
    }

    /// The end of the phrase `[from, to)` before a lawmaker's party and
    /// state in parentheses ("Sen. Rand Paul (R-Ky.)"): the name is hers.
    fn before_party_tag(&self, from: usize, to: usize) -> usize {
        let doc = self.doc;
        if to < from + 4 || doc.word(to - 1) != ")" {
            return to;
        }
        let open = (from + 1..to - 1).rev().take(3).find(|&k| doc.word(k) == "(");
        let tagged = open.is_some_and(|o| (o + 1..to - 1).all(|k| doc.word(k) == "." || is_party_tag(doc.word(k))));
        open.filter(|_| tagged).unwrap_or(to)
    }

    /// Do tokens `[from, to)` name a body someone may speak for: an
    /// organisation word ("Harris campaign"), or a mention of an
    /// organisation, group, place or nationality opening them ("Microsoft",
    /// "the US", "North Korean")? "Chief" or an unknown "Valdorian" does not.
    fn body(&self, from: usize, to: usize) -> bool {
        let doc = self.doc;
        if (from..to).any(|k| is_org_word(doc.word(k))) {
            return true;
        }
        let start = doc.toks[from].start;
        let at = self.mentions.partition_point(|m| m.0 < start);
        self.mentions[at..].iter().take_while(|m| m.0 == start).any(|m| {
            let e = &self.entities[m.2];
            matches!(e.kind, EntityType::Organisation | EntityType::Group | EntityType::Place) || e.nation().is_some()
        })
    }

    /// Is the phrase made of lowercase words only, besides its determiner
    /// and the places that say whose it is ("the agencies", "US security
    /// agencies")?
    fn is_nominal(&self, from: usize, to: usize) -> bool {
        let doc = self.doc;
        (from..to).filter(|&k| !is_determiner(doc.word(k)) && !self.place_at(k)).all(|k| !doc.toks[k].capitalised(doc.text))
    }

    /// Does token `k` lie in a mention of a place ("US", "Iranian")?
    fn place_at(&self, k: usize) -> bool {
        self.place_entity_at(k).is_some()
    }

    /// The place whose mention token `k` lies in, as an index into the entities.
    fn place_entity_at(&self, k: usize) -> Option<usize> {
        let tok = self.doc.toks.get(k)?;
        let upto = self.mentions.partition_point(|m| m.0 <= tok.start);
        self.mentions[..upto].iter().rev().take(8).find(|m| m.1 >= tok.end && self.entities[m.2].kind == EntityType::Place).map(|m| m.2)
    }

    /// Does the name look like a person's: two to four capitalised words, no
    /// organisation word, not an acronym?
    fn personal(&self, from: usize, to: usize) -> bool {
        let doc = self.doc;
        let n = to - from;
        (1..=4).contains(&n)
            && (from..to).all(|k| doc.toks[k].capitalised(doc.text) && !is_org_word(doc.word(k)))
            && (from..to).any(|k| doc.word(k).chars().any(|c| c.is_lowercase()))
            && !doc.word(to - 1).ends_with('s')
            && (n >= 2 || !doc.word(from).chars().skip(1).any(char::is_uppercase))
            && !(n == 1 && is_indefinite_pronoun(doc.word(from)))
    }

    /// The group whose members' span holds the end of the name ("…, and the
    /// Cybersecurity and Infrastructure Security Agency (CISA) said").
    fn group_member(&self, from: usize, to: usize) -> Option<Speaker> {
        let (start, end) = self.doc.span(from, to);
        // a later member ("…, CISA and ODNI said" found as "ODNI"), or the
        // whole list ("Tom Hale and Maria Ruiz said"), with its article at most
        let member = |g: &&Group| g.span.0 < start && end <= g.span.1 + 1;
        let whole = |g: &&Group| start <= g.span.0 && g.span.0 - start <= 4 && g.span.1 <= end + 1 && end <= g.span.1 + 1;
        self.groups.iter().find(|g| member(g) || whole(g)).map(|g| g.speaker.clone())
    }

    /// The entity with a mention ending where the name ends, unless a
    /// preposition puts it in a complement ("professor at Yale").
    fn entity_by_mention(&self, from: usize, to: usize) -> Option<Speaker> {
        let (start, end) = self.doc.span(from, to);
        let first = self.mentions.partition_point(|m| m.0 < start);
        let fits = self.mentions[first..].iter().take_while(|m| m.0 < end).filter(|m| m.1 <= end && m.1 + 3 >= end);
        let (m_start, _, i) = *fits.max_by_key(|m| m.1 - m.0)?;
        let preposition = |k: usize| ["of", "at", "to", "for", "from", "in", "with", "by", "on"].contains(&self.doc.word(k));
        let before: Vec<usize> = (from..to).take_while(|&k| self.doc.toks[k].start < m_start).collect();
        // "Secretary of State Ana Ruiz": a title with an "of" of its own names her
        let titled = before.iter().position(|&k| preposition(k)).is_some_and(|p| p > 0 && is_role(self.doc.word(before[p - 1])));
        let complement = if self.entities[i].kind == EntityType::Person && titled {
            before.iter().rev().find(|&&k| !self.doc.word(k).eq_ignore_ascii_case("the")).is_some_and(|&k| preposition(k))
        } else {
            before.iter().any(|&k| preposition(k))
        };
        (!complement).then(|| of_entity(&self.entities[i]))
    }

    /// The organisation, group or person a mention opening the phrase names
    /// when a preposition follows it ("Iran's U.N. mission to the U.S.",
    /// "Amy Reyes of the Department of Health"): they speak, not the complement.
    fn entity_heading(&self, from: usize, to: usize) -> Option<Speaker> {
        let (start, end) = self.doc.span(from, to);
        let at = self.mentions.partition_point(|m| m.0 < start);
        let &(_, m_end, i) = self.mentions[at..].iter().take_while(|m| m.0 == start).max_by_key(|m| m.1)?;
        let next = self.doc.token_at(m_end);
        let complement = next < to && m_end < end && ["of", "to", "in", "at", "for", "on"].contains(&self.doc.word(next));
        // (so does a person of a body: "Amy Reyes of the Department of Health")
        let person = self.entities[i].kind == EntityType::Person && ["of", "at", "for"].contains(&self.doc.word(next));
        let body = matches!(self.entities[i].kind, EntityType::Organisation | EntityType::Group);
        (complement && (body || person)).then(|| of_entity(&self.entities[i]))
    }

    /// The entity whose name or alias is the name.
    fn entity_by_name(&self, name: &str) -> Option<Speaker> {
        let want = normalise(name);
        self.names.iter().find(|(n, _)| *n == want).map(|&(_, i)| of_entity(&self.entities[i]))
    }

    /// "the Karvonian embassy", "the Iranian mission": the body its state
    /// owns ("Karvonia's embassy"), as the text names it or, where it does
    /// not, under the name and id another article would give it, so that a
    /// story's dossier hears one speaker.
    fn national_body(&self, from: usize, to: usize) -> Option<Speaker> {
        let doc = self.doc;
        let head = doc.word(to - 1);
        // (the bodies a state keeps abroad and at home; "the British government"
        // speaks as the state, "a British medical journal" is no state's, "Nigerian Army" is a name)
        if !["embassy", "mission", "consulate", "delegation", "ministry"].contains(&head) {
            return None;
        }
        let (start, end) = doc.span(from, to - 1);
        let at = self.mentions.partition_point(|m| m.0 < start);
        let nation = self.mentions[at..].iter().take_while(|m| m.0 < end).find_map(|m| self.entities[m.2].nation())?;
        let name = format!("{}'s {}", nation.name, head.to_lowercase());
        self.entity_by_name(&name).or_else(|| Some(Speaker { entity: Some(entity_id(EntityType::Organisation, &name)), name }))
    }

    /// "Trump's and Democratic rival Kamala Harris's campaigns": the bodies
    /// of owners named together, as one group ("Harris campaign and Trump
    /// campaign"), under the names the text gives them where it does.
    fn owners_bodies(&self, from: usize, to: usize) -> Option<Speaker> {
        let doc = self.doc;
        let noun = doc.word(to - 1).strip_suffix('s').filter(|n| is_org_word(n))?;
        let (start, end) = doc.span(from, to - 1);
        let at = self.mentions.partition_point(|m| m.0 < start);
        let mut owners: Vec<usize> = self.mentions[at..].iter().take_while(|m| m.0 < end).filter(|m| self.possessive(m.0)).map(|m| m.2).collect();
        owners.dedup();
        if owners.len() < 2 {
            return None;
        }
        let body = |i: usize| {
            let name = format!("{} {noun}", last_word(&self.entities[i].name));
            self.entity_by_name(&name).map_or(name, |s| s.name)
        };
        Some(groups::of_members(owners.into_iter().map(body).collect()))
    }

    /// A lone surname: the earlier speaker or person entity it ends.
    fn surname(&self, name: &str, pos: usize) -> Option<Speaker> {
        if name.contains(char::is_whitespace) || !name.starts_with(char::is_uppercase) {
            return None;
        }
        let seen = self.seen.iter().rev().find(|s| s.pos < pos && s.person && s.speaker.name.contains(' ') && last_word(&s.speaker.name) == name);
        seen.map(|s| s.speaker.clone()).or_else(|| {
            self.entities.iter().find(|e| e.kind == EntityType::Person && last_word(&e.name) == name).map(of_entity)
        })
    }

    /// Index of the speaker's entity, if it has one.
    fn index(&self, speaker: &Speaker) -> Option<usize> {
        speaker.entity.as_ref().and_then(|id| self.entities.iter().position(|e| &e.id == id))
    }

    /// Remembers the gender a pronoun at `pos` tells of the person it took
    /// (last seen at `at`), unless another person is named between them:
    /// then the pronoun may have been theirs.
    fn learn(&mut self, at: usize, pos: usize, speaker: &Speaker, g: Gender) {
        let Some(i) = self.index(speaker) else { return };
        let from = self.mentions.partition_point(|m| m.0 <= at);
        let to = self.mentions.partition_point(|m| m.0 < pos).max(from);
        let other = self.mentions[from..to].iter().any(|m| m.2 != i && self.entities[m.2].kind == EntityType::Person);
        if !other {
            self.genders[i].get_or_insert(g);
        }
    }

    /// The gender of an earlier speaker: its entity's, else its name's.
    fn seen_gender(&self, s: &Seen) -> Option<Gender> {
        match s.entity {
            Some(i) => self.genders[i],
            None => gender::of_name(&s.speaker.name, self.doc.language),
        }
    }

    /// The last person before `pos` whose gender fits `want` (a person
    /// speaker or a person entity mention); the last person of any gender
    /// when none fits.
    fn person_before(&self, pos: usize, want: Option<Gender>) -> Option<(usize, Speaker)> {
        let found = self.person_fitting(pos, want);
        if found.is_none() && want.is_some() {
            // (not "a woman" for "he", nor "Donald Trump" for "she": a
            // known gender is no guess)
            return self.person_fitting(pos, None).filter(|(_, s)| gender::of_name(&s.name, self.doc.language).is_none());
        }
        found
    }

    fn person_fitting(&self, pos: usize, want: Option<Gender>) -> Option<(usize, Speaker)> {
        let seen = self
            .seen
            .iter()
            .rev()
            // one person: not "experts and officials", nor "Hale and Ruiz" speaking together
            .find(|s| s.pos < pos && s.person && !s.plural && !is_group(&s.speaker) && fits(self.seen_gender(s), want) && self.named_in_full(&s.speaker.name))
            .map(|s| (s.pos, s.speaker.clone()));
        let paragraph = |p: usize| self.doc.paragraph(self.doc.token_at(p)).0;
        let mention = self.last_mention(pos, |m| self.person_of(m, want).filter(|&i| self.named_in_full(&self.entities[i].name) && !self.attributive(m.0, m.1)));
        if let Some(s) = seen.as_ref().filter(|s| paragraph(s.0) == paragraph(pos)) {
            // a speaker of the same paragraph outranks people merely
            // mentioned, not a person opening a sentence after it ("Jonas
            // Berg, a spokesman…, dismissed the report. He called them…")
            let subject = mention.filter(|m| m.0 > s.0 && m.1 != s.1 && self.opens_sentence(m.0) && !self.possessive(m.0));
            return subject.or_else(|| Some(s.clone()));
        }
        latest([seen, mention])
    }

    /// May a person of this name take a pronoun? Any in English; in the
    /// other languages, whose capitalised nouns and headline labels pass for
    /// names more often, one named by two capitalised words or more, with
    /// only particles in lower case and no word in capitals ("Ana Ruiz",
    /// "Ursula von der Leyen", not "Parteien", "der FDP-Bundestagsfraktion"
    /// nor a photo credit run into a dateline, "Ana Ruiz LISBOA").
    fn named_in_full(&self, name: &str) -> bool {
        const PARTICLES: &[&str] = &["von", "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le", "y", "e", "zu"];
        let words: Vec<&str> = name.split_whitespace().collect();
        let initial = |w: &str| w.chars().count() == 2 && w.ends_with('.');
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase) && (w.chars().any(char::is_lowercase) || initial(w));
        self.doc.language == Language::English
            || words.len() >= 2
                && words.first().is_some_and(capitalised)
                && words[1..].iter().any(capitalised)
                && words[1..].iter().all(|w| capitalised(w) || PARTICLES.contains(w))
    }

    /// Is the mention starting at byte `start` a possessive ("Obama's plan")?
    fn possessive(&self, start: usize) -> bool {
        let Some(&(_, end, _)) = self.mentions.iter().find(|m| m.0 == start) else { return false };
        self.doc.text.get(end..).is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"))
    }

    /// Is the mention `[start, end)` a name used as a modifier ("the
    /// Mueller report", "a Biden aide"): after an article and before a
    /// lowercase noun? Such a name is no one a pronoun points back to.
    fn attributive(&self, start: usize, end: usize) -> bool {
        let text = self.doc.text;
        let before = text.get(..start).unwrap_or("").trim_end();
        let article = before.rsplit(char::is_whitespace).next().is_some_and(|w| ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a)));
        let noun = text.get(end..).is_some_and(|rest| rest.starts_with(' ') && rest[1..].starts_with(|c: char| c.is_lowercase()));
        article && noun
    }

    /// Does byte `pos` open its sentence, or follow only a courtesy title
    /// there ("Mr Reynolds died …")?
    fn opens_sentence(&self, pos: usize) -> bool {
        let doc = self.doc;
        let lead = doc.sentences.get(doc.sentence_of(pos)).and_then(|s| doc.text.get(s.start..pos)).map(str::trim);
        lead.is_some_and(|lead| lead.is_empty() || gender::of_title(lead).is_some())
    }

    /// The person a mention names, for a pronoun of gender `want`: its
    /// entity when that fits, else another person of the same surname who
    /// does (a bare "Clinton" once both Clintons are named).
    fn person_of(&self, &(start, end, i): &(usize, usize, usize), want: Option<Gender>) -> Option<usize> {
        if self.entities[i].kind != EntityType::Person || self.family(i) || !fits(titled(self.doc.text, start, end), want) {
            return None;
        }
        if fits(self.genders[i], want) {
            return Some(i);
        }
        let word = self.doc.text.get(start..end).filter(|w| !w.contains(char::is_whitespace))?;
        let namesake = |&(j, e): &(usize, &Entity)| e.kind == EntityType::Person && last_word(&e.name) == word && fits(self.genders[j], want);
        self.entities.iter().enumerate().find(namesake).map(|(j, _)| j)
    }

    /// Is entity `i` a family, named by the plural of someone's surname ("the
    /// Clintons" beside Hillary Clinton)? It is people, no one "he" or "she" means.
    fn family(&self, i: usize) -> bool {
        let name = &self.entities[i].name;
        let stem = name.strip_suffix('s').filter(|stem| !stem.contains(char::is_whitespace));
        stem.is_some_and(|stem| self.entities.iter().any(|e| e.kind == EntityType::Person && e.name.contains(' ') && last_word(&e.name) == stem))
    }

    /// The last group, organisation or plural speaker before `pos` ("they",
    /// "we"); with `plural` false, the last organisation ("it").
    fn group_before(&self, pos: usize, plural: bool) -> Option<Speaker> {
        let last_group = self.groups.iter().rev().find(|g| plural && g.pos < pos);
        // "The Harbour Board and the Port Authority met. They said": the group
        // counts from its last member's mention, which stands after its start
        let group = last_group.map(|g| (g.span.1.min(pos), g.speaker.clone()));
        let seen = self
            .seen
            .iter()
            .rev()
            .find(|s| s.pos < pos && (!s.person || s.plural) && (plural || !s.plural))
            .map(|s| (s.pos, s.speaker.clone()));
        let mention = self.last_mention(pos, |m| matches!(self.entities[m.2].kind, EntityType::Organisation | EntityType::Group).then_some(m.2));
        // a speaker seen outranks a mention inside its phrase ("Cyber security experts …" over "Cyber")
        let mention = mention.filter(|m| seen.as_ref().is_none_or(|s| s.0 != m.0));
        latest([group, seen, mention]).map(|c| c.1)
    }

    /// For "They" opening a sentence at token `pronoun`: the plural subject
    /// of the sentence before in its paragraph, when it names people or
    /// bodies ("U.S. intelligence officials expressed confidence …. They
    /// noted that …"), though it said nothing a cue marks.
    fn previous_plural_subject(&self, pronoun: usize) -> Option<Speaker> {
        let doc = self.doc;
        let tok = doc.toks.get(pronoun)?;
        let i = doc.sentence_of(tok.start);
        if i == 0 || tok.new_paragraph || doc.token_at(doc.sentences.get(i)?.start) != pronoun {
            return None;
        }
        let from = doc.token_at(doc.sentences[i - 1].start);
        let ((s, e), _) = subject(doc, from, pronoun)?;
        let head = doc.word(e - 1);
        let plural = head.len() > 3 && head.ends_with('s') && !doc.toks[e - 1].capitalised(doc.text);
        let named = names_people(head) || is_group_head(head);
        (plural && named).then(|| plain(doc.slice(s, e)))
    }

    /// For "it" or "they" at token `pronoun` in a clause on a noun in
    /// apposition ("… to Ember Typhoon, a hacking group it said works for
    /// …"): the body or group opening the sentence, which speaks of the
    /// named one (never the named one itself).
    fn apposed_subject(&self, pronoun: usize) -> Option<Speaker> {
        const MAX_APPOSITION: usize = 8;
        let doc = self.doc;
        let (floor, _) = doc.clause(pronoun);
        // the apposition: a comma, an article and words up to the pronoun (or its "that")
        let comma = (pronoun.saturating_sub(MAX_APPOSITION).max(floor)..pronoun).rev().find(|&k| !doc.toks[k].word)?;
        let article = ["a", "an", "the"].iter().any(|a| doc.word(comma + 1).eq_ignore_ascii_case(a));
        if doc.word(comma) != "," || !article || comma <= floor {
            return None;
        }
        let (start, _) = doc.span(floor, comma);
        let (named, _) = doc.span(comma - 1, comma);
        let organisation = |i: usize| matches!(self.entities[i].kind, EntityType::Organisation | EntityType::Group);
        let first = self.mentions.partition_point(|m| m.0 < start);
        let owner = self.mentions[first..].iter().take_while(|m| m.1 <= doc.toks[comma].start).find(|m| m.0 >= named || m.1 >= named).map(|m| m.2);
        self.mentions[first..]
            .iter()
            .take_while(|m| m.0 < named)
            .find(|m| organisation(m.2) && Some(m.2) != owner && !self.possessive(m.0))
            .map(|m| of_entity(&self.entities[m.2]))
    }

    /// The entity `pick` takes from the last mention before `pos` it takes one from.
    fn last_mention(&self, pos: usize, pick: impl Fn(&(usize, usize, usize)) -> Option<usize>) -> Option<(usize, Speaker)> {
        let before = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..before]
            .iter()
            .rev()
            .take(MENTIONS_BACK)
            .filter(|m| m.1 <= pos)
            .find_map(|m| pick(m).map(|i| (m.0, of_entity(&self.entities[i]))))
    }
}

/// The speaker found last in the text among positioned candidates.
fn latest<const N: usize>(candidates: [Option<(usize, Speaker)>; N]) -> Option<(usize, Speaker)> {
    candidates.into_iter().flatten().max_by_key(|c| c.0)
}
