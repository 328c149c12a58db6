//! Quotes by speaker, merged across outlets: one statement quoted in full,
//! in part or in another translation becomes one group with its variants.
//! Two quotations are the same statement when their speakers are compatible
//! and either their wording overlaps (after the synonym table) or they sit in
//! alike sentences of their articles. The same words put in different mouths,
//! or one statement worded so differently that its sense may shift, are
//! reported as discrepancies.


use concord_model::{Discrepancy, DiscrepancyKind, EntityType, Quote, QuoteGroup, QuoteVariant, Side, Source, Speaker};
use rustc_hash::FxHashMap;

use crate::desk::Desk;
use crate::union_find::root;
use crate::text;

/// Words quoted alike (a run of this many stems) but put in different mouths
/// make an actor discrepancy.
const ACTOR_RUN: usize = 5;

/// Quotes in other words are one statement only in sentences this alike.
const CONTEXT_SIM: f32 = 0.35;

/// Stems of a quotation compared at most (bounds the run search on hostile input).
const MAX_STEMS: usize = 400;

/// Speakers given a side of their own in one actor discrepancy at most (the
/// description counts the rest).
const MAX_SPEAKERS: usize = 8;

/// One quotation with its comparable wording.
struct Quoted<'a> {
    article: usize,
    quote: &'a Quote,
    /// Content stems in order, as story-wide term ids.
    seq: Vec<u32>,
    /// Distinct term ids, sorted.
    ids: Vec<u32>,
    /// Distinct content stems, sorted.
    stems: Vec<String>,
    /// Stem sets of the speaker's names (its canonical name and aliases);
    /// empty when the speaker is unknown or named inside the quote itself
    /// (people rarely name themselves: that attribution is suspect).
    speaker_names: Vec<Vec<String>>,
    /// The speaker's entity type, when resolved.
    kind: Option<EntityType>,
    /// Desk line of the sentence holding the quote.
    line: Option<usize>,
    /// Stems of that sentence outside the quote: the frame it is set in.
    frame: Vec<String>,
    /// What the quote negates, to tell a sense flipped from a variant.
    polarity: text::Polarity,
}

fn sorted_unique(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v.dedup();
    v
}

/// Wording overlap of two quotations: shared stems and shared / smaller set.
fn overlap<T: Ord>(a: &[T], b: &[T]) -> (usize, f32) {
    let shared = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    let smaller = a.len().min(b.len()).max(1);
    (shared, shared as f32 / smaller as f32)
}

/// Longest run of stems the two quotations share in the same order.
fn common_run<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut best = 0;
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

fn dice(a: &[String], b: &[String]) -> f32 {
    let shared = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    (2 * shared) as f32 / (a.len() + b.len()).max(1) as f32
}

/// Speakers that may be the same: unknown or suspect speakers fit anyone;
/// two resolved ones fit when they are the same entity, when one's name (or
/// alias) lies within the other's (a member of a group), when one's words
/// name the other ("the agencies said the IC is confident that …" quotes the
/// IC through the agencies), or when a person is quoted in a sentence naming
/// the organisation the other is ("campaign spokesman X said").
fn compatible(desk: &Desk, a: &Quoted, b: &Quoted) -> bool {
    let (Some(sa), Some(sb)) = (&a.quote.speaker, &b.quote.speaker) else { return true };
    if a.speaker_names.is_empty() || b.speaker_names.is_empty() || sa.entity.is_none() || sb.entity.is_none() {
        return true;
    }
    if sa.entity == sb.entity {
        return true;
    }
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    let all = |q: &Quoted| q.speaker_names.concat();
    let (all_a, all_b) = (all(a), all(b));
    let sentence = |q: &Quoted| q.line.map(|l| desk.lines[l].stems.clone()).unwrap_or_default();
    let speaks_for = |p: &Quoted, o: &Quoted| {
        p.kind == Some(EntityType::Person)
            && matches!(o.kind, Some(EntityType::Organisation | EntityType::Group))
            && o.speaker_names.iter().any(|n| within(n, &sentence(p)))
    };
    let relays = |p: &Quoted, o: &Quoted| names_one_of(&p.stems, &o.speaker_names);
    a.speaker_names.iter().any(|n| within(n, &all_b))
        || b.speaker_names.iter().any(|n| within(n, &all_a))
        || relays(a, b)
        || relays(b, a)
        || speaks_for(a, b)
        || speaks_for(b, a)
}

/// True when quoted words (`stems`, sorted) hold every stem of one of
/// `names` (a speaker's name or alias, as stem sets).
fn names_one_of(stems: &[String], names: &[Vec<String>]) -> bool {
    names.iter().any(|n| n.iter().all(|w| stems.binary_search(w).is_ok()))
}

/// How two quotations relate.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Link {
    /// The same words (in full, in part, or translated with the synonym table).
    Wording,
    /// The same speaker saying it in partly other words.
    Paraphrase,
    /// Other words in the same frame: same speaker, alike sentence around
    /// the quote or alike sentence after it, comparable length.
    Context,
    /// Unrelated.
    None,
}

fn link(desk: &Desk, a: &Quoted, b: &Quoted) -> Link {
    let (shared, containment) = overlap(&a.ids, &b.ids);
    let shorter = a.ids.len().min(b.ids.len());
    if shared >= shorter.min(3) && containment >= 0.6 && common_run(&a.seq, &b.seq) >= shorter.min(3) {
        return Link::Wording;
    }
    // The same resolved speaker lowers the bar: a paraphrase sharing a phrase.
    let same_speaker = matches!((&a.quote.speaker, &b.quote.speaker),
        (Some(Speaker { entity: Some(x), .. }), Some(Speaker { entity: Some(y), .. })) if x == y);
    if same_speaker && shared >= shorter.min(2) && containment >= 0.5 && common_run(&a.seq, &b.seq) >= 2 {
        return Link::Paraphrase;
    }
    let (Some(x), Some(y)) = (a.line, b.line) else { return Link::None };
    let next = |l: usize| (l + 1 < desk.lines.len() && desk.lines[l + 1].article == desk.lines[l].article).then_some(l + 1);
    let after = match (next(x), next(y)) {
        (Some(nx), Some(ny)) => desk.sim(nx, ny),
        _ => 0.0,
    };
    let framed = a.frame.len() >= 2 && b.frame.len() >= 2 && dice(&a.frame, &b.frame) >= 0.6;
    let comparable = a.ids.len().max(b.ids.len()) <= 2 * shorter.max(1);
    let resolved = |q: &Quoted| q.quote.speaker.as_ref().is_some_and(|s| s.entity.is_some()) && !q.speaker_names.is_empty();
    if comparable && resolved(a) && resolved(b) && desk.sim(x, y) >= CONTEXT_SIM && (framed || after >= 0.5) {
        Link::Context
    } else {
        Link::None
    }
}

/// A quotation prepared for comparison.
fn prepare<'a>(desk: &Desk, vocab: &mut FxHashMap<String, u32>, a: usize, q: &'a Quote) -> Option<Quoted<'a>> {
    let m = &desk.members[a];
    let wording = text::Wording::new(&q.text);
    let polarity = wording.polarity();
    let mut sequence = wording.content_stems();
    sequence.truncate(MAX_STEMS);
    let seq: Vec<u32> = sequence
        .iter()
        .map(|w| {
            let next = vocab.len() as u32;
            *vocab.entry(w.clone()).or_insert(next)
        })
        .collect();
    let mut ids = seq.clone();
    ids.sort_unstable();
    ids.dedup();
    let stems = sorted_unique(sequence);
    if stems.is_empty() {
        return None;
    }
    let line = (q.sentence < m.analysis.sentences.len()).then(|| desk.first_line[a] + q.sentence);
    let mut speaker_names = Vec::new();
    let mut kind = None;
    if let Some(s) = &q.speaker {
        let entity = s.entity.as_deref().and_then(|id| m.analysis.entities.iter().find(|e| e.id == id));
        kind = entity.map(|e| e.kind);
        let names = std::iter::once(&s.name).chain(entity.into_iter().flat_map(|e| std::iter::once(&e.name).chain(e.aliases.iter())));
        for n in names {
            let st = sorted_unique(text::content_stems(n));
            if !st.is_empty() && !speaker_names.contains(&st) {
                speaker_names.push(st);
            }
        }
        if names_one_of(&stems, &speaker_names) {
            speaker_names.clear();
        }
    }
    // The frame: the sentence around the quote, less the quote and the speaker's names.
    let named: Vec<&String> = speaker_names.iter().flatten().collect();
    let frame: Vec<String> = line
        .map(|l| {
            let outside = |s: &&String| stems.binary_search(s).is_err() && !named.contains(s);
            desk.lines[l].stems.iter().filter(outside).cloned().collect()
        })
        .unwrap_or_default();
    Some(Quoted { article: a, quote: q, seq, ids, stems, speaker_names, kind, line, frame, polarity })
}

/// Quote groups (most independently sourced first) and the discrepancies
/// they reveal: the same words from incompatible speakers (`actor`), the
/// same words with the sense flipped by a negation (`wording`).
pub fn quotes(desk: &Desk, pairs: &[(usize, usize, f32)]) -> (Vec<QuoteGroup>, Vec<Discrepancy>) {
    let mut vocab = FxHashMap::default();
    let mut items: Vec<Quoted> = Vec::new();
    for (a, m) in desk.members.iter().enumerate() {
        items.extend(m.analysis.quotes.iter().filter_map(|q| prepare(desk, &mut vocab, a, q)));
    }
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut issues = Vec::new();
    let mut conflicts: Vec<(usize, usize)> = Vec::new();
    let mut shifted: Vec<(usize, usize)> = Vec::new();
    for (i, j) in candidates(&items, pairs) {
        let l = link(desk, &items[i], &items[j]);
        if l == Link::None {
            continue;
        }
        // Two quotations of one article in other words lie one inside the
        // other (see `candidates`): one utterance, whose parts neither
        // shift its sense nor, put in another mouth, make a conflict ("X
        // said Y called it …" quotes Y through X).
        let nested = items[i].article == items[j].article && items[i].seq != items[j].seq;
        if !compatible(desk, &items[i], &items[j]) {
            if l == Link::Wording && !nested && common_run(&items[i].seq, &items[j].seq) >= ACTOR_RUN {
                conflicts.push((i, j));
            }
            continue;
        }
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        parent[rj] = ri;
        let (li, lj) = (items[i].ids.len(), items[j].ids.len());
        let full = li.max(lj) * 2 <= li.min(lj) * 3;
        let (pi, pj) = (&items[i].polarity, &items[j].polarity);
        let polarity = full && text::negates_read((&pi.0, &pi.1), (&pj.0, &pj.1)).is_some();
        // Variants in other words are variants; the same words with the
        // sense flipped (a negation added or dropped) are not.
        if l == Link::Wording && polarity && !nested {
            shifted.push((i, j));
        }
    }
    issues.extend(speaker_conflicts(desk, &items, &conflicts));
    for (i, j) in shifted {
        issues.push(wording_shift(desk, &items[i], &items[j]));
    }
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for i in 0..n {
        let r = root(&mut parent, i);
        members.entry(r).or_default().push(i);
    }
    let mut groups: Vec<(usize, usize, QuoteGroup)> = members
        .into_values()
        .map(|idx| {
            let support = {
                let mut keys: Vec<&str> = idx.iter().map(|&i| desk.articles[items[i].article].source_key.as_str()).collect();
                keys.sort_unstable();
                keys.dedup();
                keys.len()
            };
            let first = idx.iter().copied().min().unwrap_or(0);
            (support, first, group(desk, &items, &idx))
        })
        .collect();
    groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    (groups.into_iter().map(|g| g.2).collect(), gather(issues))
}


/// One actor discrepancy per set of quotations linked by the same words in
/// incompatible mouths, with a side per speaker (the quotations of a speaker
/// cited together): the same statement put in five mouths is one conflict
/// of five speakers, not ten of two. (Quote groups do not join the sets:
/// a group's unattributed members fit any speaker, so two statements could
/// meet in one conflict.)
fn speaker_conflicts(desk: &Desk, items: &[Quoted], conflicts: &[(usize, usize)]) -> Vec<Discrepancy> {
    let mut parent: Vec<usize> = (0..items.len()).collect();
    for &(i, j) in conflicts {
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        parent[rj] = ri;
    }
    // components in order of their first quotation
    let mut involved: Vec<usize> = conflicts.iter().flat_map(|&(i, j)| [i, j]).collect();
    involved.sort_unstable();
    involved.dedup();
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut component_of: FxHashMap<usize, usize> = FxHashMap::default();
    for i in involved {
        let r = root(&mut parent, i);
        let c = *component_of.entry(r).or_insert_with(|| {
            components.push(Vec::new());
            components.len() - 1
        });
        components[c].push(i);
    }
    let name = |q: &Quoted| q.quote.speaker.as_ref().map_or("unattributed".to_string(), |s| s.name.clone());
    let mut out = Vec::new();
    for idx in components {
        // a side per speaker: its first quotation's words, every one's sentences
        let mut sides: Vec<(Option<&Speaker>, String, Side)> = Vec::new();
        for &i in &idx {
            let q = &items[i];
            match sides.iter_mut().find(|(s, _, _)| *s == q.quote.speaker.as_ref()) {
                Some((_, _, side)) => side.sources.extend(cite(desk, q)),
                None => {
                    let name = name(q);
                    let side = side(desk, q, &format!("{name}: "));
                    sides.push((q.quote.speaker.as_ref(), name, side));
                }
            }
        }
        if sides.len() < 2 {
            continue;
        }
        for (_, _, side) in &mut sides {
            side.sources.sort();
            side.sources.dedup();
        }
        sides.sort_by_key(|s| std::cmp::Reverse(s.2.sources.len()));
        let names: Vec<&str> = sides.iter().map(|(_, name, _)| name.as_str()).collect();
        // names may hold commas ("CISA, FBI and ODNI"): three or more are
        // listed with semicolons
        let description = match names.len() {
            2 => format!("The same words are attributed to {} and to {}.", names[0], names[1]),
            n if n > MAX_SPEAKERS => format!("The same words are attributed to {n} speakers: {}; and {} more.", names[..MAX_SPEAKERS].join("; "), n - MAX_SPEAKERS),
            n => format!("The same words are attributed to {n} speakers: {}.", names.join("; ")),
        };
        out.push(Discrepancy {
            kind: DiscrepancyKind::Actor,
            description,
            sides: sides.into_iter().take(MAX_SPEAKERS).map(|(_, _, side)| side).collect(),
        });
    }
    out
}

/// One discrepancy per kind and description, the sources of repeats merged.
fn gather(issues: Vec<Discrepancy>) -> Vec<Discrepancy> {
    let mut out: Vec<Discrepancy> = Vec::new();
    for d in issues {
        match out.iter_mut().find(|o| o.kind == d.kind && o.description == d.description) {
            Some(o) => {
                for (side, more) in o.sides.iter_mut().zip(d.sides) {
                    side.sources.extend(more.sources);
                    side.sources.sort();
                    side.sources.dedup();
                }
            }
            None => out.push(d),
        }
    }
    out
}

/// Quotation pairs worth comparing, `(i, j)` with `i < j`, from different
/// articles (or repeated word for word in one): those sharing enough stems
/// to be the same words, and those in alike sentences.
fn candidates(items: &[Quoted], pairs: &[(usize, usize, f32)]) -> Vec<(usize, usize)> {
    let terms = items.iter().flat_map(|q| q.ids.iter()).max().map_or(0, |&m| m as usize + 1);
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); terms];
    let mut on_line: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, q) in items.iter().enumerate() {
        for &t in &q.ids {
            postings[t as usize].push(i);
        }
        if let Some(l) = q.line {
            on_line.entry(l).or_default().push(i);
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut shared = vec![0u32; items.len()];
    let mut touched = Vec::new();
    for (i, q) in items.iter().enumerate() {
        for &t in &q.ids {
            for &j in postings[t as usize].iter().filter(|&&j| j > i) {
                if shared[j] == 0 {
                    touched.push(j);
                }
                shared[j] += 1;
            }
        }
        for j in touched.drain(..) {
            let shorter = q.ids.len().min(items[j].ids.len()).max(1);
            let n = shared[j] as usize;
            if n >= shorter.min(2) && n as f32 / shorter as f32 >= 0.5 {
                out.push((i, j));
            }
            shared[j] = 0;
        }
    }
    for &(a, b, sim) in pairs {
        if sim < CONTEXT_SIM {
            break;
        }
        if let (Some(qa), Some(qb)) = (on_line.get(&a), on_line.get(&b)) {
            out.extend(qa.iter().flat_map(|&i| qb.iter().map(move |&j| (i.min(j), i.max(j)))));
        }
    }
    out.sort_unstable();
    out.dedup();
    // Within one article only a repeat (a standfirst restating the lead) or
    // a quotation inside another (a phrase in quotation marks within the
    // reported speech around it) is the same statement.
    let nested = |a: &Quote, b: &Quote| (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
    out.retain(|&(i, j)| {
        items[i].article != items[j].article || items[i].seq == items[j].seq || nested(items[i].quote, items[j].quote)
    });
    out
}

/// Citations of one quotation: the sentences it spans (at most ten).
fn cite(desk: &Desk, q: &Quoted) -> Vec<Source> {
    let id = &desk.members[q.article].article.id;
    let last = q.quote.last_sentence.clamp(q.quote.sentence, q.quote.sentence + 9);
    (q.quote.sentence..=last).map(|s| Source { article: id.clone(), sentence: s }).collect()
}

fn group(desk: &Desk, items: &[Quoted], idx: &[usize]) -> QuoteGroup {
    let mut variants: Vec<(String, QuoteVariant)> = Vec::new();
    for &i in idx {
        let q = &items[i];
        let key = text::wording_key(&q.quote.text);
        let sources = cite(desk, q);
        let direct = q.quote.direct;
        let denied = !direct && q.quote.cue.as_deref().is_some_and(concord_analyse::quotes::is_denial);
        match variants.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => {
                v.sources.extend(sources);
                v.direct |= direct;
                v.denied |= denied;
            }
            None => variants.push((key, QuoteVariant { text: q.quote.text.trim().to_string(), sources, direct, denied })),
        }
    }
    let mut variants: Vec<QuoteVariant> = variants.into_iter().map(|(_, v)| v).collect();
    for v in &mut variants {
        v.sources.sort();
        v.sources.dedup();
    }
    variants.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then(b.text.len().cmp(&a.text.len())));
    let mut sources: Vec<Source> = variants.iter().flat_map(|v| v.sources.clone()).collect();
    sources.sort();
    sources.dedup();
    let text = variants.iter().map(|v| v.text.as_str()).max_by_key(|t| t.len()).unwrap_or_default().to_string();
    QuoteGroup {
        speaker: speaker(items, idx),
        text,
        variants,
        sources,
        direct: idx.iter().all(|&i| items[i].quote.direct),
    }
}

/// The group's speaker: the most often named resolved entity, else the most
/// frequent phrase, longer names winning ties.
fn speaker(items: &[Quoted], idx: &[usize]) -> Speaker {
    let mut counts: Vec<(&Speaker, usize)> = Vec::new();
    for &i in idx {
        if let Some(s) = &items[i].quote.speaker {
            match counts.iter_mut().find(|(x, _)| *x == s) {
                Some((_, c)) => *c += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(s, c)| (s.entity.is_some(), *c, s.name.len()))
        .map(|(s, _)| s.clone())
        .unwrap_or(Speaker { name: "unattributed".into(), entity: None })
}

fn side(desk: &Desk, q: &Quoted, prefix: &str) -> Side {
    Side { text: format!("{prefix}“{}”", text::clip(&q.quote.text, 300)), sources: cite(desk, q) }
}

fn wording_shift(desk: &Desk, a: &Quoted, b: &Quoted) -> Discrepancy {
    let who = a.quote.speaker.as_ref().or(b.quote.speaker.as_ref()).map_or("The speaker".to_string(), |s| s.name.clone());
    Discrepancy {
        kind: DiscrepancyKind::Wording,
        description: format!("{who} is quoted in wordings that differ enough to change the meaning."),
        sides: vec![side(desk, a, ""), side(desk, b, "")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{member, quote};

    fn denial_story() -> Vec<crate::Member> {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &[
            "The ministry rejected the report, calling it \"groundless and lacking any merit.\"",
            "It said it had no plans to reopen the mine.",
        ]);
        quote(&mut a, 0, "groundless and lacking any merit.", "the ministry", Some("organisation:ministry"), true);
        let mut b = member("b", Some("Courier"), "2031-05-02", &[
            "\"These claims are baseless and without any foundation,\" the mining ministry said.",
            "The ministry said it had no plans to reopen the mine.",
        ]);
        quote(&mut b, 0, "These claims are baseless and without any foundation,", "the mining ministry", Some("organisation:ministry"), true);
        let mut c = member("c", Some("Herald"), "2031-05-02", &[
            "A spokesman for the ministry called the report \"groundless\".",
        ]);
        quote(&mut c, 0, "groundless", "ministry spokesman", None, true);
        let mut d = member("d", Some("Post"), "2031-05-02", &[
            "The union said the mine \"must reopen before winter\".",
        ]);
        quote(&mut d, 0, "must reopen before winter", "the union", Some("organisation:union"), true);
        vec![a, b, c, d]
    }

    #[test]
    fn translated_denials_merge_into_one_group() {
        let members = denial_story();
        let desk = Desk::new(&members);
        let (groups, issues) = quotes(&desk, &desk.alike_pairs(0.2));
        let denial = &groups[0];
        assert_eq!(denial.variants.len(), 3, "{groups:#?}");
        let articles: std::collections::BTreeSet<_> = denial.sources.iter().map(|s| s.article.as_str()).collect();
        assert_eq!(articles.len(), 3);
        assert!(denial.variants.iter().any(|v| v.text.contains("baseless")));
        assert_eq!(denial.speaker.entity.as_deref(), Some("organisation:ministry"));
        assert_eq!(groups.len(), 2, "the union's quote stays apart");
        assert!(issues.is_empty(), "synonyms are no change of meaning: {issues:#?}");
    }

    #[test]
    fn a_quote_repeated_in_one_article_is_one_statement() {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &[
            "The ministry denied closing the mine and said it would reopen in spring",
            "Harbour traffic resumed on Monday.",
            "The ministry denied closing the mine and said it would reopen in spring.",
            "The ministry said it had also ordered new pumps for the southern shaft.",
        ]);
        quote(&mut a, 0, "it would reopen in spring", "the ministry", Some("organisation:ministry"), false);
        quote(&mut a, 2, "it would reopen in spring", "the ministry", Some("organisation:ministry"), false);
        quote(&mut a, 3, "it had also ordered new pumps for the southern shaft", "the ministry", Some("organisation:ministry"), false);
        let members = vec![a];
        let desk = Desk::new(&members);
        let (groups, _) = quotes(&desk, &desk.alike_pairs(0.2));
        assert_eq!(groups.len(), 2, "{groups:#?}");
        assert_eq!(groups[0].variants.len(), 1);
        assert_eq!(groups[0].sources.len(), 2, "both sentences are cited");
    }

    #[test]
    fn what_a_speaker_denied_is_marked_as_denied_not_as_said() {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &[
            "The ministry denied any role in the spill.",
            "The ministry said the pumps were working.",
        ]);
        quote(&mut a, 0, "any role in the spill", "the ministry", Some("organisation:ministry"), false);
        a.analysis.quotes[0].cue = Some("denied".into());
        quote(&mut a, 1, "the pumps were working", "the ministry", Some("organisation:ministry"), false);
        let members = vec![a];
        let desk = Desk::new(&members);
        let (groups, _) = quotes(&desk, &desk.alike_pairs(0.2));
        let denied = groups.iter().find(|g| g.text == "any role in the spill").expect("the denial is a statement");
        assert!(denied.denied(&denied.text) && denied.variants[0].denied, "{groups:#?}");
        let said = groups.iter().find(|g| g.text == "the pumps were working").expect("the claim is a statement");
        assert!(!said.denied(&said.text));
    }

    #[test]
    fn a_phrase_quoted_within_reported_speech_is_one_statement_with_it() {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &[
            "The analyst said the minister is \u{201c}a careful steward\u{201d} who rarely changes course.",
            "The analyst also said the budget would pass.",
        ]);
        let (reported, phrase) = ("the minister is \u{201c}a careful steward\u{201d} who rarely changes course", "a careful steward");
        quote(&mut a, 0, reported, "Ana Brel", Some("person:ana-brel"), false);
        quote(&mut a, 0, phrase, "Ana Brel", Some("person:ana-brel"), true);
        quote(&mut a, 1, "the budget would pass", "Ana Brel", Some("person:ana-brel"), false);
        let members = vec![a];
        let desk = Desk::new(&members);
        let (groups, _) = quotes(&desk, &desk.alike_pairs(0.2));
        assert_eq!(groups.len(), 2, "{groups:#?}");
        let steward = groups.iter().find(|g| g.variants.iter().any(|v| v.text == phrase)).expect("the phrase is a variant");
        assert_eq!(steward.variants.len(), 2, "the phrase joins the reported speech around it");
        assert!(!steward.direct && steward.quoted(phrase) && !steward.quoted(reported), "each wording keeps its kind");
    }

    #[test]
    fn same_words_from_different_speakers_is_an_actor_discrepancy() {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &["\"The northern reservoir will be fully drained by the end of June for repairs,\" the governor said."]);
        quote(&mut a, 0, "The northern reservoir will be fully drained by the end of June for repairs,", "the governor", Some("person:governor-ada-lind"), true);
        let mut b = member("b", Some("Courier"), "2031-05-02", &["\"The northern reservoir will be fully drained by the end of June for repairs,\" the mayor said."]);
        quote(&mut b, 0, "The northern reservoir will be fully drained by the end of June for repairs,", "the mayor", Some("person:mayor-olu-ekpo"), true);
        let members = vec![a, b];
        let desk = Desk::new(&members);
        let (groups, issues) = quotes(&desk, &desk.alike_pairs(0.2));
        assert_eq!(groups.len(), 2);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].kind, DiscrepancyKind::Actor);
    }

    #[test]
    fn words_relayed_from_a_speaker_named_inside_another_quote_are_no_discrepancy() {
        let relayed = "The water board is confident the northern reservoir will be fully drained by the end of June for repairs,";
        let mut a = member("a", Some("Ledger"), "2031-05-02", &[&format!("\"{relayed}\" the ministries said.")]);
        quote(&mut a, 0, relayed, "the ministries", Some("group:ministries"), true);
        let words = "the northern reservoir will be fully drained by the end of June for repairs";
        let mut b = member("b", Some("Courier"), "2031-05-02", &[&format!("The water board said {words}.")]);
        quote(&mut b, 0, words, "The water board", Some("organisation:water-board"), false);
        let members = vec![a, b];
        let desk = Desk::new(&members);
        let (groups, issues) = quotes(&desk, &desk.alike_pairs(0.2));
        assert!(issues.is_empty(), "the ministries quote the board: {issues:#?}");
        assert_eq!(groups.len(), 1, "{groups:#?}");
    }

    #[test]
    fn the_same_words_in_three_mouths_are_one_discrepancy_with_a_side_each() {
        let words = "The northern reservoir will be fully drained by the end of June for repairs,";
        let speakers = [("a", "Ledger", "the governor", "person:governor-ada-lind"), ("b", "Courier", "the mayor", "person:mayor-olu-ekpo"),
            ("c", "Herald", "the utility", "organisation:water-utility"), ("d", "Post", "the governor", "person:governor-ada-lind")];
        let members: Vec<crate::Member> = speakers
            .iter()
            .map(|&(id, outlet, who, entity)| {
                let mut m = member(id, Some(outlet), "2031-05-02", &[&format!("\"{words}\" {who} said.")]);
                quote(&mut m, 0, words, who, Some(entity), true);
                m
            })
            .collect();
        let desk = Desk::new(&members);
        let (_, issues) = quotes(&desk, &desk.alike_pairs(0.2));
        assert_eq!(issues.len(), 1, "{issues:#?}");
        let sides: Vec<&str> = issues[0].sides.iter().map(|s| s.text.split(':').next().unwrap_or_default()).collect();
        assert_eq!(sides, ["the governor", "the mayor", "the utility"], "the governor, quoted twice, first");
        assert_eq!(issues[0].sides[0].sources.len(), 2);
        assert!(issues[0].description.contains("3 speakers"), "{}", issues[0].description);
    }
}
