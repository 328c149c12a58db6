//! Speakers named by what they are rather than who: a phrase that stands for
//! a body named elsewhere in the text. "The mission" and "the agencies" take
//! the nearest earlier phrase, entity or group with the same head (a lead's
//! "US security agencies" the group named in the paragraphs after it); "the
//! company" the nearest business named before; "the spokesperson" whoever
//! the nearest named spokesperson speaks for; a document speaks for its
//! author ("a report from Microsoft", and later "the report" → Microsoft);
//! "the campaign of Democratic nominee Kamala Harris" is the Harris campaign.

use concord_model::{EntityType, Speaker};

use super::{has_word, last_word, latest, named, of_entity, plain, Resolver, LOOK_BACK, ROLE_RANKS};
use crate::quotes::attribution::{joins_names, speaker_before};
use crate::quotes::cues::{is_company, is_determiner, is_document, is_group_head, is_org_word, is_role, is_spokes_role};

/// How many tokens after a document's head its author may be named ("a
/// report released on Friday by Microsoft").
const AUTHOR_REACH: usize = 8;

/// How many tokens back "the company" looks for the business it stands for.
const COMPANY_LOOK_BACK: usize = 250;

/// How many bytes after a plural head ("US security agencies said") the
/// group it stands for may be named.
const GROUP_AHEAD: usize = 3000;

/// Head nouns for a kind of business, with the words that name such a
/// business ("the airline": "Carrow Air", "Qantas Airways").
const BUSINESS_KINDS: &[(&[&str], &[&str])] = &[
    (&["airline", "carrier"], &["air", "airlines", "airways", "airline"]),
    (&["bank", "lender"], &["bank", "bancorp", "bankshares"]),
    (&["insurer"], &["insurance", "assurance"]),
    (&["automaker", "carmaker"], &["motors", "motor", "automotive", "auto"]),
    (&["miner"], &["mining", "resources", "minerals"]),
    (&["broadcaster"], &["tv", "television", "radio", "broadcasting", "media"]),
    (&["publisher"], &["press", "publishing", "books", "media"]),
    (&["utility"], &["water", "power", "electric", "electricity", "energy", "gas", "utilities", "utility"]),
];

/// Words of a public body's name: such a body is not "the company".
const PUBLIC_BODY: &[&str] = &[
    "agency", "agencies", "mission", "ministry", "committee", "party", "office", "department", "government",
    "bureau", "council", "house", "administration", "commission", "court", "congress", "senate", "parliament",
    "embassy", "consulate", "police", "army", "navy", "force", "campaign", "university", "union", "coalition",
    "nations", "authority", "tribunal", "assembly", "cabinet", "organization", "organisation", "reserve",
    "military", "intelligence", "directorate", "service",
];

/// Words before a role that make it someone other than whom it named before
/// ("the other actor", "the new coach").
const OTHER_ONE: &[&str] = &["other", "another", "new", "second", "third", "next", "previous", "fellow", "rival", "opposing"];

/// Participles of reading a document, whose agent is no author ("seen by
/// Reuters", "obtained by Politico").
const ACCESS: &[&str] = &["seen", "obtained", "reviewed", "cited", "quoted", "read", "viewed", "leaked", "shared"];

/// Determiners of a phrase that points back to one named before.
const DEFINITE: &[&str] = &["the", "this", "that", "these", "those"];

/// Determiners of a phrase that brings in one not named before.
const INDEFINITE: &[&str] = &["a", "an", "one", "another", "some"];

/// Abbreviated titles and the roles they stand for ("Gov. Mike DeWine", later
/// "the governor").
const ABBREVIATED_TITLES: &[(&str, &str)] =
    &[("gov.", "governor"), ("sen.", "senator"), ("rep.", "representative"), ("gen.", "general"), ("prof.", "professor")];

/// Words that join a document to its author ("a report by", "from", "of").
const AUTHOR_JOINERS: &[&str] = &["by", "from", "of"];

impl Resolver<'_> {
    /// A lowercase phrase ("the mission", "the company", "the report")
    /// resolved by its head.
    pub(super) fn nominal(&self, from: usize, to: usize, pos: usize) -> Option<Speaker> {
        if !self.is_nominal(from, to) {
            return None;
        }
        let head = self.doc.word(to - 1);
        // "the report", not "a new report": only a definite phrase points back
        let definite = DEFINITE.iter().any(|d| self.doc.word(from).eq_ignore_ascii_case(d));
        if definite && is_document(head) {
            if let Some(author) = self.document_before(head, from) {
                return Some(author);
            }
        }
        if is_spokes_role(head) {
            return self.spokes_before(head, from).filter(|_| definite);
        }
        if INDEFINITE.iter().any(|d| self.doc.word(from).eq_ignore_ascii_case(d)) {
            // "a new report", "one company": someone not named before
            return None;
        }
        if !is_org_word(head) && !is_group_head(head) && !is_company(head) {
            // "the candidate", "the executive": people are not guessed from a title
            return None;
        }
        if head.eq_ignore_ascii_case("statement") {
            // a statement speaks for whoever issued it, most often agencies together
            return self.groups.iter().rev().find(|g| !g.people && g.pos < pos).map(|g| g.speaker.clone());
        }
        if is_group_head(head) {
            let before = self.groups.iter().rev().find(|g| !g.people && g.pos < pos);
            // a lead's "agencies" are most often named in the paragraphs after it
            let after = || self.groups.iter().find(|g| !g.people && g.pos > pos && g.pos - pos <= GROUP_AHEAD);
            if let Some(g) = before.or_else(after) {
                return Some(g.speaker.clone());
            }
        }
        // ("Montgomery County police" after "Arlington County police": the
        // place a phrase names must be the one it points back to)
        let places: Vec<usize> = (from..to).filter_map(|k| self.place_entity_at(k)).collect();
        let same_place = |name: &str| {
            places.iter().all(|&p| {
                let place = &self.entities[p];
                std::iter::once(&place.name).chain(&place.aliases).chain(place.mentions.iter().map(|m| &m.text)).any(|n| name.contains(n.as_str()))
            })
        };
        let seen = self
            .seen
            .iter()
            .rev()
            .find(|s| s.pos < pos && has_word(&s.speaker.name, head) && named(&s.speaker.name) && same_place(&s.speaker.name))
            .map(|s| (s.pos, s.speaker.clone()));
        let mention = self.last_mention(pos, |m| (has_word(&self.entities[m.2].name, head) && same_place(&self.entities[m.2].name)).then_some(m.2));
        let in_text = self.named_in_text(head, from).filter(|(_, s)| same_place(&s.name));
        let found = latest([seen, mention, in_text, self.unnamed_before(head, from)]).map(|c| c.1);
        found.or_else(|| (definite && is_company(head)).then(|| self.company_before(head, from)).flatten())
    }

    /// A definite title standing alone ("The President", "the governor",
    /// "the Chief Minister", "the longtime senator"): the person last named right after the same
    /// title ("President Donald Trump", "Gov. Mike DeWine"); none when the
    /// title named no one before.
    pub(super) fn title_holder(&self, from: usize, to: usize) -> Option<Speaker> {
        let doc = self.doc;
        if to < from + 2 || !DEFINITE.iter().any(|d| doc.word(from).eq_ignore_ascii_case(d)) {
            return None;
        }
        let head = doc.word(to - 1).to_lowercase();
        let ranked = |k: usize| is_role(doc.word(k)) || ROLE_RANKS.iter().any(|r| doc.word(k).eq_ignore_ascii_case(r));
        // ("the two-term president" after "President Barack Obama"; "the
        // other senator" is someone else)
        let described = |k: usize| doc.toks[k].word && !doc.toks[k].capitalised(doc.text) && !OTHER_ONE.contains(&doc.word(k));
        if !is_role(&head) || !(from + 1..to - 1).all(|k| ranked(k) || described(k)) {
            return None;
        }
        let same = |k: usize| {
            let w = doc.word(k).to_lowercase();
            w == head || ABBREVIATED_TITLES.iter().any(|&(short, long)| w == short && long == head)
        };
        let person = |k: usize| self.body_starting(k + 1).filter(|s| s.entity.as_deref().is_some_and(|id| id.starts_with("person:")));
        // "Former President Barack Obama" is no longer "the president"
        let former = |k: usize| k > 0 && ["former", "ex", "late"].iter().any(|f| doc.word(k - 1).eq_ignore_ascii_case(f));
        let k = self.earlier(from, |k| same(k) && !former(k) && person(k).is_some())?;
        person(k)
    }

    /// For a demonstrative phrase opening at token `from` ("That court
    /// said"): the nearest earlier phrase with the same head when it names
    /// no one ("a 2013 law that a federal appeals court struck down"), which
    /// "that" points back to rather than an older named one.
    fn unnamed_before(&self, head: &str, from: usize) -> Option<(usize, Speaker)> {
        let doc = self.doc;
        // (the speaker phrase leaves a "that" out: "That court said" gives "court")
        let demonstrative = |k: usize| ["that", "this"].iter().any(|d| doc.word(k).eq_ignore_ascii_case(d));
        // (not a complementiser before an article: "said that the company felt")
        if !(demonstrative(from) || from > 0 && demonstrative(from - 1) && !is_determiner(doc.word(from))) {
            return None;
        }
        const MAX_MODIFIERS: usize = 4;
        let k = self.earlier(from, |k| doc.word(k).eq_ignore_ascii_case(head))?;
        // the head and its modifiers back to an article ("a federal appeals court")
        let start = (k.saturating_sub(MAX_MODIFIERS)..k).rev().take_while(|&j| doc.toks[j].word).find(|&j| is_determiner(doc.word(j)))?;
        let unnamed = (start..=k).all(|j| !doc.toks[j].capitalised(doc.text) || is_determiner(doc.word(j)));
        unnamed.then(|| (doc.toks[start].start, plain(doc.slice(start, k + 1))))
    }

    /// The nearest earlier phrase of the text with `head` and a capitalised
    /// word ("Iran’s mission to the United Nations").
    fn named_in_text(&self, head: &str, before: usize) -> Option<(usize, Speaker)> {
        let doc = self.doc;
        let low = before.saturating_sub(LOOK_BACK);
        (low..before).rev().filter(|&k| doc.word(k).eq_ignore_ascii_case(head)).find_map(|k| {
            let (floor, _) = doc.clause(k);
            let (start, _) = speaker_before(doc, k + 1, floor)?;
            let mut end = k + 1;
            while joins_names(doc, end) {
                end += 1;
                while doc.word(end).eq_ignore_ascii_case("the") {
                    end += 1;
                }
                while doc.toks.get(end).is_some_and(|t| t.word && t.capitalised(doc.text)) {
                    end += 1;
                }
            }
            let named = (start..end).any(|j| !is_determiner(doc.word(j)) && doc.toks[j].capitalised(doc.text));
            if !named {
                return None;
            }
            let (cs, ce) = self.core(start, end);
            let speaker = self.entity_by_mention(cs, ce.min(k + 1)).unwrap_or_else(|| plain(doc.slice(cs, ce)));
            Some((doc.toks[start].start, speaker))
        })
    }

    /// A speaker phrase naming a document and its author ("reports from
    /// Google", "a threat report released by Google"): the author.
    pub(super) fn document(&self, from: usize, to: usize) -> Option<Speaker> {
        let doc = self.doc;
        // the document heads the phrase: "study researcher Leena Hale" is a researcher
        let head = |k: usize| {
            let next = doc.word(k + 1);
            k + 1 == to || AUTHOR_JOINERS.iter().any(|a| next.eq_ignore_ascii_case(a)) || next.ends_with("ed") || ACCESS.contains(&next)
        };
        let k = (from..to).find(|&k| is_document(doc.word(k)) && head(k))?;
        self.author_of(k)
    }

    /// The author of the nearest earlier document with the same head ("the
    /// report" after "a report released by Microsoft researchers").
    fn document_before(&self, head: &str, before: usize) -> Option<Speaker> {
        let doc = self.doc;
        let same = |k: usize| {
            let w = doc.word(k);
            w.eq_ignore_ascii_case(head) || w.strip_suffix('s').is_some_and(|stem| stem.eq_ignore_ascii_case(head))
        };
        self.author_of(self.earlier(before, same)?)
    }

    /// The nearest token before token `before`, at most [`LOOK_BACK`] back, that `pick` takes.
    fn earlier(&self, before: usize, pick: impl Fn(usize) -> bool) -> Option<usize> {
        (before.saturating_sub(LOOK_BACK)..before).rev().find(|&k| pick(k))
    }

    /// The body whose mention starts at token `j`, or after a "the" there.
    fn body_after(&self, j: usize) -> Option<Speaker> {
        self.body_starting(j + usize::from(self.doc.word(j).eq_ignore_ascii_case("the")))
    }

    /// The author of the document whose head is token `k`: a body named
    /// after it through "by", "from" or "of" ("a report released on Friday
    /// by Microsoft researchers"), else its owner or a name modifying it
    /// ("Google's report", "a Google threat report").
    fn author_of(&self, k: usize) -> Option<Speaker> {
        let doc = self.doc;
        let (_, end) = doc.clause(k);
        for j in k + 1..end.min(k + 1 + AUTHOR_REACH) {
            let w = doc.word(j);
            if !doc.toks[j].word || ACCESS.contains(&w) {
                // "a U.N. report seen by Reuters": who saw it did not write it
                break;
            }
            if AUTHOR_JOINERS.iter().any(|a| w.eq_ignore_ascii_case(a)) {
                return self.body_after(j + 1);
            }
        }
        // up to two lowercase words between the name and the head
        let low = k.saturating_sub(3);
        for j in (low..k).rev() {
            if let Some(body) = self.body_ending(j) {
                return Some(body);
            }
            if !doc.toks[j].word || doc.toks[j].capitalised(doc.text) {
                break;
            }
        }
        None
    }

    /// The body a mention starting at token `j` names: its group when it is
    /// one of several named together, else its organisation, group or person.
    fn body_starting(&self, j: usize) -> Option<Speaker> {
        let start = self.doc.toks.get(j)?.start;
        let at = self.mentions.partition_point(|m| m.0 < start);
        let &(m_start, m_end, i) = self.mentions.get(at).filter(|m| m.0 == start)?;
        if let Some(g) = self.groups.iter().find(|g| !g.people && g.span.0 <= m_start && m_end <= g.span.1 && g.span != (m_start, m_end)) {
            return Some(g.speaker.clone());
        }
        let e = &self.entities[i];
        matches!(e.kind, EntityType::Organisation | EntityType::Group | EntityType::Person).then(|| of_entity(e))
    }

    /// The organisation or group a mention ending in token `j` names, alone
    /// or as an owner ("Google", "Google's").
    fn body_ending(&self, j: usize) -> Option<Speaker> {
        let tok = self.doc.toks.get(j)?;
        let rest = |end: usize| self.doc.text.get(end..tok.end).is_some_and(|r| r.is_empty() || r == "'s" || r == "’s");
        let upto = self.mentions.partition_point(|m| m.0 < tok.end);
        let &(_, _, i) = self.mentions[..upto].iter().rev().take(8).find(|m| m.1 > tok.start && m.1 <= tok.end && rest(m.1))?;
        let e = &self.entities[i];
        matches!(e.kind, EntityType::Organisation | EntityType::Group).then(|| of_entity(e))
    }

    /// Whoever the nearest earlier holder of the role `head` speaks as: the
    /// person named after the role ("spokesperson Steven Cheung"), else the
    /// body it serves ("a Microsoft spokesperson", "a spokesman for the
    /// Navy Board").
    fn spokes_before(&self, head: &str, before: usize) -> Option<Speaker> {
        let doc = self.doc;
        let k = self.earlier(before, |k| doc.word(k).eq_ignore_ascii_case(head))?;
        if let Some(person) = self.body_starting(k + 1).filter(|s| s.entity.as_deref().is_some_and(|id| id.starts_with("person:"))) {
            return Some(person);
        }
        if ["for", "of", "at"].iter().any(|p| doc.word(k + 1).eq_ignore_ascii_case(p)) {
            return self.body_after(k + 2);
        }
        k.checked_sub(1).and_then(|j| self.body_ending(j))
    }

    /// The nearest business named before token `before` that the head noun
    /// `head` may stand for: an organisation whose name is not a public
    /// body's, at most [`COMPANY_LOOK_BACK`] tokens back; one whose name
    /// says it is of the head's kind first ("the airline" is "Carrow Air"
    /// rather than a bank named since).
    fn company_before(&self, head: &str, before: usize) -> Option<Speaker> {
        let doc = self.doc;
        let floor = doc.toks.get(before.saturating_sub(COMPANY_LOOK_BACK)).map_or(0, |t| t.start);
        let pos = doc.toks.get(before).map_or(doc.text.len(), |t| t.start);
        let name_has = |i: usize, words: &[&str]| self.entities[i].name.split_whitespace().any(|w| words.iter().any(|p| w.eq_ignore_ascii_case(p)));
        let organisation = |i: usize| self.entities[i].kind == EntityType::Organisation;
        // a body of the kind may be public ("the utility": "Port Ellery Water Authority"); any business may not
        let fits = |i: usize, kind: &[&str]| if kind.is_empty() { !name_has(i, PUBLIC_BODY) } else { name_has(i, kind) };
        let pick = |kind: &[&str]| self.last_mention(pos, |m| (m.0 >= floor && organisation(m.2) && fits(m.2, kind)).then_some(m.2));
        let kind = BUSINESS_KINDS.iter().find(|(heads, _)| heads.iter().any(|h| head.eq_ignore_ascii_case(h))).map(|(_, names)| *names);
        let (_, speaker) = kind.and_then(pick).or_else(|| pick(&[]))?;
        Some(speaker)
    }

    /// A body named after its leader ("the campaign of Democratic nominee
    /// Kamala Harris", "the campaign team for … Donald Trump"): the body
    /// under the leader's surname ("Harris campaign"), as an entity when
    /// the text has one of that name.
    pub(super) fn body_of_person(&self, from: usize, to: usize) -> Option<Speaker> {
        let doc = self.doc;
        let first = from + usize::from(is_determiner(doc.word(from)));
        let body = doc.word(first);
        if first >= to || !is_org_word(body) || doc.toks[first].capitalised(doc.text) {
            return None;
        }
        let joiner = (first + 1..(first + 3).min(to)).find(|&k| ["of", "for"].contains(&doc.word(k)))?;
        if !(first + 1..joiner).all(|k| is_org_word(doc.word(k))) {
            return None;
        }
        let (start, end) = doc.span(joiner + 1, to);
        let at = self.mentions.partition_point(|m| m.0 < start);
        let person = self.mentions[at..]
            .iter()
            .take_while(|m| m.0 < end)
            .find(|m| m.1 + 3 >= end && self.entities[m.2].kind == EntityType::Person)?;
        let name = format!("{} {}", last_word(&self.entities[person.2].name), body.to_lowercase());
        Some(self.entity_by_name(&name).unwrap_or_else(|| plain(&name)))
    }
}
