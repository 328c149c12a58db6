//! Groups that speak together: organisations named side by side in one
//! sentence ("the FBI, CISA and ODNI", "the Office of … (ODNI), the Federal
//! Bureau of Investigation (FBI) …"), and people named so ("Tom Hale and
//! Maria Ruiz said in a joint statement"). DESIGN.md: such a group is one
//! speaker whose name lists its members; members are sorted so that every
//! article names the same group the same way.

use concord_model::{Entity, EntityType, Speaker};

use super::cues::is_role;
use super::doc::Doc;
use crate::entities::cues::{is_party_tag, is_title};

/// A group of organisations mentioned together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Byte offset of the sentence where they are named together.
    pub pos: usize,
    /// Byte span from the first member's mention to the last's.
    pub span: (usize, usize),
    /// The group as a speaker.
    pub speaker: Speaker,
    /// Its members are people, not bodies: "the agencies" or "the
    /// statement" are never such a group.
    pub people: bool,
}

fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Lowercase letters and digits joined by dashes: "CG NB" → "cg-nb".
fn slug(name: &str) -> String {
    let words: Vec<String> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.join("-")
}

/// "A, B and C" from member names.
fn list(mut names: Vec<String>) -> String {
    names.sort();
    names.dedup();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// The group of these members as a speaker, named and identified the same
/// whatever their order.
pub fn of_members(mut members: Vec<String>) -> Speaker {
    members.sort();
    let entity = Some(format!("group:{}", slug(&members.join(" "))));
    Speaker { name: list(members), entity }
}

/// The member name shown for an entity: its acronym when it has one, else
/// the initials of an institution's long name ("Office of the Director of
/// National Intelligence" is ODNI), so that articles that spell a member
/// out and articles that abbreviate it name the group alike. A name without
/// "of", "for" or "and" is no such institution ("The New York Times").
fn short_name(e: &Entity) -> String {
    if let Some(acronym) = e.aliases.iter().find(|a| is_acronym(a)) {
        return acronym.clone();
    }
    let words: Vec<&str> = e.name.split_whitespace().collect();
    let institution = words.iter().any(|w| matches!(*w, "of" | "for" | "and"));
    let initials: String = words.iter().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect();
    if institution && initials.chars().count() >= 3 { initials } else { e.name.clone() }
}

/// Does only punctuation, "and", "the", "as well as", a party label, a
/// title (and anything in parentheses) separate two mentions, with a comma or a conjunction among
/// them ("the Google Transparency Report" is one name)? Between `people`
/// a role with its modifiers may open the next name too ("Moon Jae-in and
/// Chinese leader Xi Jinping").
fn adjacent(gap: &str, people: bool) -> bool {
    let mut depth = 0u32;
    let mut outside = String::new();
    for c in gap.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let words = || outside.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
    let separated = outside.contains([',', '&']) || words().any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("well"));
    // a lawmaker's party and state label her, a title opens a name ("Bob
    // Corker, R-Tenn., and Sen. Lindsey Graham")
    let allowed = |w: &str| ["and", "the", "as", "well"].iter().any(|a| a.eq_ignore_ascii_case(w)) || is_party_tag(w) || is_title(w);
    let role = words().next_back().is_some_and(is_role) && words().any(|w| w.eq_ignore_ascii_case("and"));
    let modifier = |w: &str| allowed(w) || is_role(w) || w.starts_with(char::is_uppercase);
    gap.len() < 80 && separated && (words().all(allowed) || people && role && words().all(modifier))
}

/// Groups named from the entities' mentions: two or more organisations, or
/// two or more people (`people`), next to each other.
/// `mentions` are those of all entities, sorted, as (start, end, entity).
fn from_entities(doc: &Doc, entities: &[Entity], mentions: &[(usize, usize, usize)], people: bool) -> Vec<Group> {
    let member = |kind: EntityType| if people { kind == EntityType::Person } else { matches!(kind, EntityType::Organisation | EntityType::Group) };
    let mentions = mentions.iter().filter(|m| member(entities[m.2].kind));
    let mut out = Vec::new();
    let mut chain: Vec<usize> = Vec::new();
    let mut chain_start = 0;
    let mut last_end = 0;
    let mut flush = |chain: &mut Vec<usize>, start: usize, end: usize| {
        let mut ids: Vec<&Entity> = chain.iter().map(|&i| &entities[i]).collect();
        ids.sort_by(|a, b| a.id.cmp(&b.id));
        ids.dedup_by(|a, b| a.id == b.id);
        if ids.len() >= 2 {
            let members: Vec<String> = ids.iter().map(|e| if people { e.name.clone() } else { short_name(e) }).collect();
            out.push(Group { pos: start, span: (start, end), speaker: of_members(members), people });
        }
        chain.clear();
    };
    // names are a group when "and" (or "as well as") joins the last of them
    // ("Hale and Ruiz", "the FBI, CISA and ODNI"); a comma alone ends a
    // clause or sets off an apposition as often ("having signed Rory
    // MacDonald, Sefo said", "in Peeragarhi, the Delhi Fire Services said")
    let mut and_last = false;
    for &(start, end, i) in mentions {
        let gap = doc.text.get(last_end..start);
        // a name's acronym in parentheses keeps its list going ("… Intelligence (ODNI), the FBI")
        let acronym = chain.last() == Some(&i) && gap.is_some_and(|g| g.trim() == "(");
        let joined = !chain.is_empty() && start >= last_end && (acronym || gap.is_some_and(|g| adjacent(g, people)));
        if !joined {
            if and_last {
                flush(&mut chain, chain_start, last_end);
            }
            chain.clear();
            chain_start = start;
        }
        if !acronym {
            and_last = joined && gap.is_some_and(|g| g.split_whitespace().any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("well")));
        }
        chain.push(i);
        last_end = last_end.max(end);
    }
    if and_last {
        flush(&mut chain, chain_start, last_end);
    }
    out
}

/// Groups named in the text alone: two or more parenthesised acronyms in one
/// sentence, or acronyms in a list ("FBI, CISA and ODNI").
fn from_text(doc: &Doc) -> Vec<Group> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.toks.len() {
        let (from, to) = doc.clause(i);
        let mut names = Vec::new();
        let mut span = (usize::MAX, 0);
        for k in from..to {
            let w = doc.word(k);
            // "the Office of … Intelligence (ODNI)", not a credit after a dateline, "Jan 2 (IANS)"
            let named_before = k >= 2 && doc.toks[k - 2].capitalised(doc.text);
            let bracketed = doc.word(k.wrapping_sub(1)) == "(" && doc.word(k + 1) == ")" && named_before;
            let listed = ["," , "and"].contains(&doc.word(k + 1)) && is_acronym(doc.word(k + 2))
                || k > from && ["and", ","].contains(&doc.word(k - 1)) && is_acronym(doc.word(k.wrapping_sub(2)));
            if is_acronym(w) && (bracketed || listed) {
                names.push(w.to_string());
                span = (span.0.min(doc.toks[k].start), doc.toks[k].end);
            }
        }
        names.sort();
        names.dedup();
        if names.len() >= 2 {
            let pos = doc.toks[from].start;
            out.push(Group { pos, span, speaker: Speaker { name: list(names), entity: None }, people: false });
        }
        i = to.max(i + 1);
    }
    out
}

/// The groups of `doc`, in text order: groups of bodies from entities when
/// they name any, else from the text; and groups of people.
pub fn find(doc: &Doc, entities: &[Entity]) -> Vec<Group> {
    let mut mentions: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EntityType::Organisation | EntityType::Group | EntityType::Person))
        .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, m.end, i)))
        .collect();
    mentions.sort_unstable();
    let mut groups = from_entities(doc, entities, &mentions, false);
    if groups.is_empty() {
        groups = from_text(doc);
    }
    groups.extend(from_entities(doc, entities, &mentions, true));
    groups.sort_by_key(|g| g.pos);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::Mention;

    fn org(id: &str, name: &str, alias: &str, spans: &[(usize, usize)], text: &str) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind: EntityType::Organisation,
            aliases: vec![alias.into()],
            mentions: spans
                .iter()
                .map(|&(s, e)| Mention { start: s, end: e, text: text[s..e].into(), sentence: 0 })
                .collect(),
            related: vec![],
            country: None,
        }
    }

    #[test]
    fn lists_parenthesised_acronyms_sorted() {
        let text = "The Port Office (PO), the Coast Guard (CG) and the Navy Board (NB) met.";
        let doc = Doc::new(text, &[]);
        let groups = find(&doc, &[]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].speaker.name, "CG, NB and PO");
    }

    #[test]
    fn joins_adjacent_organisation_mentions() {
        let text = "The Coast Guard and the Navy Board said so. Later the Navy Board left.";
        let doc = Doc::new(text, &[]);
        let cg = org("organisation:coast-guard", "Coast Guard", "CG", &[(4, 15)], text);
        let nb = org("organisation:navy-board", "Navy Board of Vigo Port", "Board", &[(24, 34), (54, 64)], text);
        let groups = find(&doc, &[cg, nb]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].speaker.name, "CG and NBVP");
        assert_eq!(groups[0].speaker.entity.as_deref(), Some("group:cg-nbvp"));
    }

    /// The byte span of the first `name` in `text`.
    fn span_of(text: &str, name: &str) -> (usize, usize) {
        let i = text.find(name).unwrap();
        (i, i + name.len())
    }

    fn person(id: &str, name: &str, spans: &[(usize, usize)], text: &str) -> Entity {
        Entity { kind: EntityType::Person, aliases: vec![], ..org(id, name, "", spans, text) }
    }

    #[test]
    fn people_joined_by_and_are_a_group_but_not_a_clause_ending_at_a_comma() {
        let text = "Tom Hale and Maria Ruiz said so. Having signed Ada Lind, Hale said more.";
        let doc = Doc::new(text, &[]);
        let hale = person("person:tom-hale", "Tom Hale", &[(0, 8), (58, 62)], text);
        let ruiz = person("person:maria-ruiz", "Maria Ruiz", &[(13, 23)], text);
        let lind = person("person:ada-lind", "Ada Lind", &[(47, 55)], text);
        let groups = find(&doc, &[hale, ruiz, lind]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].speaker.name, "Maria Ruiz and Tom Hale");
        assert!(groups[0].people);
    }

    #[test]
    fn a_role_may_open_the_second_name_of_people_named_together() {
        let text = "President Tom Hale and Valdorian leader Maria Ruiz urged calm.";
        let doc = Doc::new(text, &[]);
        let hale = person("person:tom-hale", "Tom Hale", &[span_of(text, "Tom Hale")], text);
        let ruiz = person("person:maria-ruiz", "Maria Ruiz", &[span_of(text, "Maria Ruiz")], text);
        let groups = find(&doc, &[hale, ruiz]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].speaker.name, "Maria Ruiz and Tom Hale");
        assert!(!adjacent(" and Valdorian leader ", false), "not between bodies");
    }

    #[test]
    fn an_acronym_in_parentheses_keeps_the_list_going() {
        let text = "The Office of Port Safety (OPS), the Coast Guard (CG) and the Navy Board (NB) said so.";
        let doc = Doc::new(text, &[]);
        let at = |name: &str| span_of(text, name);
        let ops = org("organisation:ops", "Office of Port Safety", "OPS", &[at("Office of Port Safety"), at("OPS")], text);
        let cg = org("organisation:coast-guard", "Coast Guard", "CG", &[at("Coast Guard"), at("CG")], text);
        let nb = org("organisation:navy-board", "Navy Board", "NB", &[at("Navy Board"), at("NB")], text);
        let groups = find(&doc, &[ops, cg, nb]);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].speaker.name, "CG, NB and OPS");
    }

    #[test]
    fn a_comma_alone_joins_no_bodies_nor_does_a_credit_after_a_dateline() {
        let text = "A fire broke out in Verlo, the Harbour Fire Service (HFS) said.";
        let doc = Doc::new(text, &[]);
        let at = |name: &str| span_of(text, name);
        let verlo = org("organisation:verlo", "Verlo", "Verlo", &[at("Verlo")], text);
        let hfs = org("organisation:hfs", "Harbour Fire Service", "HFS", &[at("Harbour Fire Service"), at("HFS")], text);
        assert!(find(&doc, &[verlo, hfs]).is_empty());
        let credit = "VERLO, Jan 2 (VNA) A fire broke out, the Harbour Fire Service (HFS) said.";
        assert!(find(&Doc::new(credit, &[]), &[]).is_empty(), "an agency's credit is no member");
    }

    #[test]
    fn names_with_nothing_between_them_are_one_name_not_a_group() {
        let text = "The Google Transparency Report said so.";
        let doc = Doc::new(text, &[]);
        let google = org("organisation:google", "Google", "Google", &[(4, 10)], text);
        let report = org("organisation:transparency-report", "Transparency Report", "Report", &[(11, 30)], text);
        assert!(find(&doc, &[google, report]).is_empty());
    }

    #[test]
    fn a_newspaper_keeps_its_name_among_the_members() {
        let text = "The Harbour Times and the Coast Guard said so.";
        let doc = Doc::new(text, &[]);
        let times = org("organisation:harbour-times", "The Harbour Times", "Times", &[(0, 17)], text);
        let cg = org("organisation:coast-guard", "Coast Guard", "CG", &[(26, 37)], text);
        let groups = find(&doc, &[times, cg]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].speaker.name, "CG and The Harbour Times");
    }
}
