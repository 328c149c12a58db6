//! MEANTIME English (NewsReader, Wikinews) read as a name-tagging gold
//! standard with CoNLL-style spans.
//!
//! What MEANTIME annotates, and what is scored here:
//!
//! - **Only the title, the date line and the first four sentences** of each
//!   article (token `sentence` 0 to 5) carry entity annotation; the rest of
//!   the text is analysed but not scored. Every article with a mention past
//!   sentence 5 has none, and the six articles whose last mention is earlier
//!   simply have no entity in their remaining opening sentences.
//! - A mention's extent is the **whole noun phrase** (guidelines NWR-2014-2-2):
//!   determiners, modifiers, titles, appositions and relative clauses are
//!   inside it ("the Prime Minister of Singapore, Mr. Lee Hsien Loong",
//!   "U.S. automaker GM", "Suvarnabhumi Airport, which serves Bangkok,
//!   Thailand"), and the head word is rarely filled in. A name tagger marks
//!   the name only, as CoNLL does, so each gold mention is reduced to the
//!   **name that heads it** ([`name_core`]): the phrase is cut at its first
//!   comma, bracket or post-modifying preposition or relative word, the last
//!   run of capitalised words before the cut is taken (joined by "of",
//!   "and", "&", "de", "-"…), and for people the titles and names of other
//!   entities in front of it are peeled off ("U.S. President Barack Obama" →
//!   "Barack Obama"); a determiner is never part of the name, even when
//!   capitalised at the start of a sentence ("The GAO"). Names inside a mention that are annotated mentions of
//!   their own ("Alabama" in "Mobile, Alabama") are scored as themselves.
//! - Gold mentions are those of **syntactic type NAM (a name) and PRE.NAM (a
//!   name used as a pre-modifier: "Apple" in "Apple engineers")** whose
//!   entity is PER, ORG or LOC. Nominal (NOM), pronominal (PRO) and the
//!   phrase-level types (APP apposition, CONJ coordination, ARC, HLS, PTV)
//!   are not names; the names inside them are annotated separately. A
//!   PRE.NAM inside a longer name ("United States" in "the United States
//!   Senate") is part of that name, as in CoNLL, and is not scored apart.
//! - **Not scored either way** (a prediction there is neither right nor
//!   wrong): adjectival PRE.NAM that MEANTIME types as the place they come
//!   from ("German" in "German airline"; CoNLL's MISC, our `other`) and
//!   hyphenated modifiers ("EADS-led"); mentions whose syntactic type or
//!   entity type the annotators left empty (MEANTIME gives about a hundred
//!   such, "GM" and "Ian MacDonald" among them), since whether they count
//!   as names is unknown.
//! - Products, financial objects and mixed entities (PRO, FIN, MIX: "A380",
//!   "iPhone", "FTSE 100") are not PER/ORG/LOC, so a prediction of one of our
//!   types there is a false alarm, as with CoNLL's MISC.
//! - The XML stores mentions as token lists that may nest; gold spans are
//!   built from each mention's own tokens (a per-token label, as for CoNLL,
//!   would let a nested mention overwrite its container's tokens).

use std::collections::HashMap;

use super::{Document, Label, Span};
use crate::entities::gazetteer::{gazetteer, key};

/// Sentences 0 (title) to 5 are annotated.
const ANNOTATED_SENTENCES: usize = 6;

/// Words that join two capitalised words into one name.
const CONNECTORS: &[&str] = &["of", "and", "&", "de", "du", "da", "la", "le", "van", "von", "der", "-", "y"];

/// Tokens that end the part of a phrase that can hold its head name.
const CUTS: &[&str] = &[",", "(", ")", "[", "]", ";", ":", "--", "-LRB-", "-RRB-"];

/// Lower-case words that open a post-modifier ("Moscone Center in San Francisco").
const POST_MODIFIERS: &[&str] = &["in", "near", "at", "which", "who", "that", "from", "with", "on", "by", "to", "for", "as"];

/// Titles and role words written before a person's name.
const TITLES: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Senator", "Sen.", "Rep.", "President",
    "Vice", "Prime", "Minister", "Secretary", "Press", "Chief", "Executive", "Operating", "Financial", "Officer",
    "CEO", "CFO", "COO", "Chairman", "Chairwoman", "Judge", "Justice", "Presiding", "Spokesman", "Spokeswoman",
    "Governor", "Gov.", "General", "Gen.", "Director", "Chancellor", "King", "Queen", "Prince", "Princess",
    "Founder", "Co-founder", "Analyst", "Deputy", "Mayor", "Ambassador", "Commissioner", "Captain", "Coach", "Professor",
    "Prof.", "Rev.", "Pope", "Sheikh",
];

/// Determiners, capitalised or not, that open a noun phrase before its name.
const DETERMINERS: &[&str] = &["the", "The", "a", "A", "an", "An"];

/// A word with a capital letter in it ("Airbus", "U.S.", "iPhone").
fn capitalised(word: &str) -> bool {
    word.chars().any(char::is_uppercase)
}

/// The token range of the name that heads the mention `first..last`, or
/// `None` when it holds no name. `person` peels titles and the `inner`
/// names (token ranges of other mentions) off its front.
pub fn name_core(words: &[&str], first: usize, last: usize, person: bool, inner: &[(usize, usize)]) -> Option<(usize, usize)> {
    let mut end = last;
    let mut seen_capital = false;
    for (i, w) in words.iter().enumerate().take(last).skip(first) {
        if seen_capital && (CUTS.contains(w) || POST_MODIFIERS.contains(w)) {
            end = i;
            break;
        }
        seen_capital |= capitalised(w);
    }
    let run_end = (first..end).rev().find(|&i| capitalised(words[i]))? + 1;
    let mut start = run_end - 1;
    loop {
        if start > first && capitalised(words[start - 1]) {
            start -= 1;
        } else if start >= first + 2 && CONNECTORS.contains(&words[start - 1]) && capitalised(words[start - 2]) {
            start -= 2;
        } else if start >= first + 3 && words[start - 1] == "the" && words[start - 2] == "of" && capitalised(words[start - 3]) {
            start -= 3;
        } else {
            break;
        }
    }
    while start < run_end {
        let w = words[start];
        if let Some(&(_, e)) = inner.iter().filter(|_| person).find(|&&(a, e)| a == start && e < run_end) {
            start = e;
        } else if (person && TITLES.contains(&w)) || !capitalised(w) || DETERMINERS.contains(&w) {
            start += 1;
        } else {
            break;
        }
    }
    (start < run_end).then_some((start, run_end))
}

/// One ENTITY_MENTION: its token range and annotation.
struct Mention<'a> {
    first: usize,
    last: usize,
    syntactic: Option<&'a str>,
    kind: Option<&'a str>,
}

/// True for a single adjectival word MEANTIME types as a place ("German"),
/// or a hyphenated modifier ("EADS-led", "City-based").
fn is_adjectival(words: &[&str]) -> bool {
    let hyphenated = words.last().and_then(|w| w.rsplit_once('-')).is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase));
    let demonym = words.len() == 1 && gazetteer().get(&key(words.iter().copied())).is_some_and(|e| e.kind == concord_model::EntityType::Other);
    hyphenated || demonym
}

/// Reads one MEANTIME NAF/CAT file (see the module comment for what counts).
pub fn read(name: String, raw: &str) -> anyhow::Result<Document> {
    let xml = roxmltree::Document::parse(raw)?;
    let root = xml.root_element();
    let entity_type: HashMap<&str, &str> = root
        .descendants()
        .filter(|n| n.has_tag_name("ENTITY"))
        .filter_map(|n| Some((n.attribute("m_id")?, n.attribute("ent_type")?)))
        .collect();
    let mut mention_type: HashMap<&str, &str> = HashMap::new();
    for rel in root.descendants().filter(|n| n.has_tag_name("REFERS_TO")) {
        let target = rel.children().find(|c| c.has_tag_name("target")).and_then(|c| c.attribute("m_id"));
        let Some(kind) = target.and_then(|t| entity_type.get(t)) else { continue };
        for source in rel.children().filter(|c| c.has_tag_name("source")) {
            if let Some(m) = source.attribute("m_id") {
                mention_type.insert(m, kind);
            }
        }
    }
    // Tokens, and the text: tokens joined by spaces, sentences by newlines.
    let mut text = String::new();
    let mut words: Vec<&str> = Vec::new();
    let mut offsets: Vec<(usize, usize)> = Vec::new();
    let mut position: HashMap<&str, usize> = HashMap::new();
    let mut annotated = 0;
    let mut last_sentence = None;
    for t in root.children().filter(|n| n.has_tag_name("token")) {
        let (Some(id), Some(sentence)) = (t.attribute("t_id"), t.attribute("sentence")) else { continue };
        if let Some(last) = last_sentence {
            text.push(if last == sentence { ' ' } else { '\n' });
        }
        last_sentence = Some(sentence);
        let word = t.text().unwrap_or("");
        position.insert(id, words.len());
        offsets.push((text.len(), text.len() + word.len()));
        text.push_str(word);
        words.push(word);
        if sentence.parse::<usize>().is_ok_and(|s| s < ANNOTATED_SENTENCES) {
            annotated = text.len();
        }
    }
    let mentions: Vec<Mention> = root
        .descendants()
        .filter(|n| n.has_tag_name("ENTITY_MENTION"))
        .filter_map(|m| {
            let at: Vec<usize> = m.children().filter_map(|a| a.attribute("t_id")).filter_map(|id| position.get(id).copied()).collect();
            let (first, last) = (*at.iter().min()?, *at.iter().max()? + 1);
            let syntactic = m.attribute("syntactic_type").filter(|s| !s.is_empty());
            Some(Mention { first, last, syntactic, kind: m.attribute("m_id").and_then(|id| mention_type.get(id)).copied() })
        })
        .collect();
    // Each mention's name without peeling (what an inner mention leaves in front of a person).
    let plain: Vec<(usize, usize)> = mentions.iter().filter_map(|m| name_core(&words, m.first, m.last, false, &[])).collect();
    // (core, label, extent length, is a pre-modifier) of every scored mention.
    let mut scored: Vec<((usize, usize), Label, usize, bool)> = Vec::new();
    let mut ignored: Vec<(usize, usize)> = Vec::new();
    for m in &mentions {
        let label = m.kind.and_then(Label::of_gold);
        let inner: Vec<(usize, usize)> = plain.iter().copied().filter(|&(a, b)| a >= m.first && b <= m.last && (a, b) != (m.first, m.last)).collect();
        let Some(core) = name_core(&words, m.first, m.last, label == Some(Label::Per), &inner) else { continue };
        let name = matches!(m.syntactic, Some("NAM" | "PRE.NAM"));
        let pre = m.syntactic == Some("PRE.NAM");
        match label {
            Some(label) if name && !(pre && is_adjectival(&words[core.0..core.1])) => scored.push((core, label, m.last - m.first, pre)),
            _ if matches!(m.kind, Some("PRO" | "FIN" | "MIX")) => {}
            _ if name || m.syntactic.is_none() => ignored.push(core),
            _ => {}
        }
    }
    // One label per span: the innermost mention's. A pre-modifier inside a
    // longer name, and a name made of other names ("Boeing and Lockheed
    // Martin"), are not scored.
    scored.sort_by_key(|s| (s.0, s.2));
    scored.dedup_by_key(|s| s.0);
    let inside = |a: (usize, usize), b: (usize, usize)| b.0 <= a.0 && a.1 <= b.1 && a != b;
    let keep: Vec<bool> = scored
        .iter()
        .map(|s| {
            let within_name = s.3 && scored.iter().any(|o| !o.3 && inside(s.0, o.0));
            let holds_names = !s.3 && scored.iter().any(|o| !o.3 && inside(o.0, s.0));
            !within_name && !holds_names
        })
        .collect();
    // A token may carry the comma after it ("Inc.,"): the name ends before it.
    let span = |(a, b): (usize, usize)| (offsets[a].0, offsets[b - 1].1 - usize::from(words[b - 1].len() > 1 && words[b - 1].ends_with(',')));
    let gold: Vec<Span> = scored.iter().zip(keep).filter(|(_, k)| *k).map(|(s, _)| (span(s.0).0, span(s.0).1, s.1)).collect();
    let ignored = ignored.into_iter().map(span).collect();
    Ok(Document { name, text, gold, annotated, ignored })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn core(phrase: &str, person: bool, inner: &[(usize, usize)]) -> Option<String> {
        let words: Vec<&str> = phrase.split(' ').collect();
        name_core(&words, 0, words.len(), person, inner).map(|(a, b)| words[a..b].join(" "))
    }

    #[test]
    fn reduces_noun_phrases_to_their_head_name() {
        assert_eq!(core("the Royal Navy", false, &[]).as_deref(), Some("Royal Navy"));
        assert_eq!(core("The Harbour Board", false, &[]).as_deref(), Some("Harbour Board"));
        assert_eq!(core("Dutch shipbuilder Damen", false, &[]).as_deref(), Some("Damen"));
        assert_eq!(core("Harbour Tower near Leeds , England", false, &[]).as_deref(), Some("Harbour Tower"));
        assert_eq!(core("the Bank of the North ( BN", false, &[]).as_deref(), Some("Bank of the North"));
        assert_eq!(core("Lyon , France", false, &[]).as_deref(), Some("Lyon"));
        assert_eq!(core("a small firm", false, &[]), None);
    }

    #[test]
    fn peels_titles_and_other_names_off_people() {
        assert_eq!(core("Senator Jane Doe", true, &[]).as_deref(), Some("Jane Doe"));
        assert_eq!(core("Acme Corp CEO John Roe", true, &[(0, 2)]).as_deref(), Some("John Roe"));
        assert_eq!(core("Acme Corp CEO", true, &[(0, 2)]), None);
        // Organisations keep their full name.
        assert_eq!(core("General Widgets", false, &[]).as_deref(), Some("General Widgets"));
    }

    #[test]
    fn reads_nested_mentions_without_overwriting() {
        let xml = r#"<Document><token t_id="1" sentence="0">Rain</token>
<token t_id="2" sentence="2">Mayor</token><token t_id="3" sentence="2">Ann</token><token t_id="4" sentence="2">Lee</token>
<token t_id="5" sentence="2">visited</token><token t_id="6" sentence="2">Lyon</token><token t_id="7" sentence="2">,</token>
<token t_id="8" sentence="2">France</token><token t_id="9" sentence="7">Paris</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="PER"/><ENTITY m_id="11" ent_type="LOC"/><ENTITY m_id="12" ent_type="LOC"/>
</Markables><Relations>
<REFERS_TO><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO><source m_id="2"/><target m_id="11"/></REFERS_TO>
<REFERS_TO><source m_id="3"/><target m_id="12"/></REFERS_TO>
</Relations></Document>"#;
        let doc = read("t".into(), xml).expect("parses");
        let names: Vec<(&str, Label)> = doc.gold.iter().map(|s| (&doc.text[s.0..s.1], s.2)).collect();
        assert_eq!(names, [("Ann Lee", Label::Per), ("Lyon", Label::Loc), ("France", Label::Loc)]);
        assert!(!doc.text[..doc.annotated].contains("Paris"));
    }
}
