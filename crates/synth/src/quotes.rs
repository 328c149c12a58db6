//! Quotes by speaker, merged across outlets: one statement quoted in full,
//! in part or in another translation becomes one group with its variants.
//! Two quotations are the same statement when their speakers are compatible
//! and either their wording overlaps (after the synonym table) or they sit in
//! alike sentences of their articles. The same words put in different mouths,
//! or one statement worded so differently that its sense may shift, are
//! reported as discrepancies.

use std::collections::HashMap;

use concord_model::{Discrepancy, DiscrepancyKind, Quote, QuoteGroup, QuoteVariant, Side, Source, Speaker};

use crate::desk::Desk;
use crate::text;

/// One quotation with its comparable wording.
struct Quoted<'a> {
    article: usize,
    quote: &'a Quote,
    stems: Vec<String>,
    speaker_stems: Vec<String>,
    line: Option<usize>,
}

/// Wording overlap of two quotations: shared stems and shared / smaller set.
fn overlap(a: &[String], b: &[String]) -> (usize, f32) {
    let shared = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    let smaller = a.len().min(b.len()).max(1);
    (shared, shared as f32 / smaller as f32)
}

/// Speakers that may be the same: unknown or unresolved phrases ("the
/// mission") fit anyone; two resolved entities fit when they are the same or
/// one's name is contained in the other's (a member of a group).
fn compatible(a: &Quoted, b: &Quoted) -> bool {
    let (Some(sa), Some(sb)) = (&a.quote.speaker, &b.quote.speaker) else { return true };
    let (Some(ea), Some(eb)) = (&sa.entity, &sb.entity) else { return true };
    if ea == eb {
        return true;
    }
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&a.speaker_stems, &b.speaker_stems) || within(&b.speaker_stems, &a.speaker_stems)
}

/// How two quotations relate.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Link {
    /// The same words (in full, in part, or translated with the synonym table).
    Wording,
    /// Little shared wording but the same place in alike sentences.
    Context,
    /// Unrelated.
    None,
}

fn link(desk: &Desk, a: &Quoted, b: &Quoted) -> Link {
    let (shared, containment) = overlap(&a.stems, &b.stems);
    if (shared >= 3 && containment >= 0.6) || (shared >= 1 && a.stems == b.stems) {
        return Link::Wording;
    }
    let context = match (a.line, b.line) {
        (Some(x), Some(y)) => {
            let next = |l: usize| (l + 1 < desk.lines.len() && desk.lines[l + 1].article == desk.lines[l].article).then_some(l + 1);
            let after = match (next(x), next(y)) {
                (Some(nx), Some(ny)) => desk.sim(nx, ny),
                _ => 0.0,
            };
            desk.sim(x, y).max(after)
        }
        _ => 0.0,
    };
    let same_entity = matches!((&a.quote.speaker, &b.quote.speaker),
        (Some(Speaker { entity: Some(x), .. }), Some(Speaker { entity: Some(y), .. })) if x == y);
    if (context >= 0.35 && containment >= 0.2 && shared >= 1) || (context >= 0.5 && same_entity) {
        Link::Context
    } else {
        Link::None
    }
}

/// Quote groups (most independently sourced first) and the discrepancies they reveal.
pub fn quotes(desk: &Desk) -> (Vec<QuoteGroup>, Vec<Discrepancy>) {
    let mut items: Vec<Quoted> = Vec::new();
    for (a, m) in desk.members.iter().enumerate() {
        for q in &m.analysis.quotes {
            let mut stems = text::content_stems(&q.text);
            stems.sort();
            stems.dedup();
            if stems.is_empty() {
                continue;
            }
            let speaker_stems = q.speaker.as_ref().map(|s| text::content_stems(&s.name)).unwrap_or_default();
            let line = (q.sentence < m.analysis.sentences.len()).then(|| desk.first_line[a] + q.sentence);
            items.push(Quoted { article: a, quote: q, stems, speaker_stems, line });
        }
    }
    let n = items.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let mut issues = Vec::new();
    let mut shifted: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            if items[i].article == items[j].article {
                continue;
            }
            let l = link(desk, &items[i], &items[j]);
            if l == Link::None {
                continue;
            }
            if !compatible(&items[i], &items[j]) {
                if l == Link::Wording && overlap(&items[i].stems, &items[j].stems).0 >= 4 {
                    issues.push(speaker_conflict(desk, &items[i], &items[j]));
                }
                continue;
            }
            let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
            parent[rj] = ri;
            let polarity = text::negations(&items[i].quote.text) != text::negations(&items[j].quote.text);
            let reworded = l == Link::Context && overlap(&items[i].stems, &items[j].stems).1 < 0.3;
            if (reworded && items[i].quote.direct && items[j].quote.direct) || (l == Link::Wording && polarity) {
                shifted.push((i, j));
            }
        }
    }
    for (i, j) in shifted {
        issues.push(wording_shift(desk, &items[i], &items[j]));
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
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
    (groups.into_iter().map(|g| g.2).collect(), issues)
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
        match variants.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.sources.extend(sources),
            None => variants.push((key, QuoteVariant { text: q.quote.text.trim().to_string(), sources })),
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

fn speaker_conflict(desk: &Desk, a: &Quoted, b: &Quoted) -> Discrepancy {
    let name = |q: &Quoted| q.quote.speaker.as_ref().map_or("unattributed".to_string(), |s| s.name.clone());
    Discrepancy {
        kind: DiscrepancyKind::Actor,
        description: format!("The same words are attributed to {} and to {}.", name(a), name(b)),
        sides: vec![side(desk, a, &format!("{}: ", name(a))), side(desk, b, &format!("{}: ", name(b)))],
    }
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
        let (groups, issues) = quotes(&desk);
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
    fn same_words_from_different_speakers_is_an_actor_discrepancy() {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &["\"The reservoir will be drained by the end of June,\" the governor said."]);
        quote(&mut a, 0, "The reservoir will be drained by the end of June,", "the governor", Some("person:governor-ada-lind"), true);
        let mut b = member("b", Some("Courier"), "2031-05-02", &["\"The reservoir will be drained by the end of June,\" the mayor said."]);
        quote(&mut b, 0, "The reservoir will be drained by the end of June,", "the mayor", Some("person:mayor-olu-ekpo"), true);
        let members = vec![a, b];
        let desk = Desk::new(&members);
        let (groups, issues) = quotes(&desk);
        assert_eq!(groups.len(), 2);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].kind, DiscrepancyKind::Actor);
    }
}
