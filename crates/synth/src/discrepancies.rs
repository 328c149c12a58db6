//! Discrepancies: aligned statements from different outlets that disagree on
//! a date, a number or a negation; an article telling an earlier stage of the
//! story; an article updated long after publication. (Speaker and wording
//! disagreements come from the quotes.) Paraphrase alone raises nothing: a
//! pair must be closely aligned and differ on something checkable.

use chrono::NaiveDate;
use concord_model::{Discrepancy, DiscrepancyKind, Granularity, Side, Source, TimelineEntry};

use crate::desk::Desk;
use crate::text;
use crate::timeline::first_day;

/// Sentences are aligned (about the same thing) when at least this similar...
const ALIGNED_SIM: f32 = 0.3;
/// ...and sharing this much wording (Dice over content stems, dates and numbers aside).
const SAME_EVENT: f32 = 0.35;
/// A negation must differ between sentences sharing at least this much wording.
const NEGATION_ALIGNED: f32 = 0.7;
/// An update this many days after publication is worth a note.
const UPDATE_DAYS: i64 = 3;

/// One disagreement seen in many sentence pairs, gathered into two sides.
struct Tally {
    kind: DiscrepancyKind,
    description: String,
    sides: [(String, Vec<Source>); 2],
}

/// Dates, numbers and negations on which aligned sentences disagree; the same
/// disagreement seen in several pairs is reported once with all its sources.
pub fn disagreements(desk: &Desk, pairs: &[(usize, usize, f32)]) -> Vec<Discrepancy> {
    let mut tallies: Vec<Tally> = Vec::new();
    let mut note = |kind, what: &str, (va, a): (String, usize), (vb, b): (String, usize)| {
        // Order the sides so that every pair telling the same disagreement agrees.
        let ((va, a), (vb, b)) = if va <= vb { ((va, a), (vb, b)) } else { ((vb, b), (va, a)) };
        let description = format!("{what}: {va} vs {vb}.");
        let i = match tallies.iter().position(|t| t.kind == kind && t.description == description) {
            Some(i) => i,
            None => {
                let side = |l: usize| (text::clip(desk.lines[l].text, 400), Vec::new());
                tallies.push(Tally { kind, description, sides: [side(a), side(b)] });
                tallies.len() - 1
            }
        };
        tallies[i].sides[0].1.push(desk.source(a));
        tallies[i].sides[1].1.push(desk.source(b));
    };
    for &(a, b, sim) in pairs {
        let (la, lb) = (&desk.lines[a], &desk.lines[b]);
        if desk.articles[la.article].source_key == desk.articles[lb.article].source_key {
            continue;
        }
        // A count of the same thing (the thing counted aligns the sentences).
        for (thing, va) in &la.counts {
            let other: Vec<&String> = lb.counts.iter().filter(|(t, _)| t == thing).map(|(_, v)| v).collect();
            let same = other.contains(&va) || lb.numbers.contains(va) || other.iter().any(|v| la.numbers.contains(v));
            if let (Some(vb), false) = (other.first(), same) {
                note(DiscrepancyKind::Number, &format!("Different numbers for “{thing}”"), (va.clone(), a), ((*vb).clone(), b));
                break;
            }
        }
        if sim < ALIGNED_SIM {
            continue;
        }
        let wording = desk.wording_overlap(a, b);
        if wording < SAME_EVENT {
            continue;
        }
        let (da, db) = (dated_events(desk, a), dated_events(desk, b));
        if let ([(va, ka)], [(vb, kb)]) = (da.as_slice(), db.as_slice()) {
            // Different days for what the words before each date say happened.
            if va != vb && ka.iter().any(|w| kb.contains(w)) {
                note(DiscrepancyKind::Date, "Different dates for the same event", (va.clone(), a), (vb.clone(), b));
            }
        }
        if wording >= NEGATION_ALIGNED && (la.negations == 0) != (lb.negations == 0) {
            let (yes, no) = if la.negations == 0 { (a, b) } else { (b, a) };
            note(DiscrepancyKind::Negation, "One account negates what the other asserts", ("asserted".into(), yes), ("negated".into(), no));
        }
    }
    tallies
        .into_iter()
        .map(|t| Discrepancy {
            kind: t.kind,
            description: t.description,
            sides: t
                .sides
                .into_iter()
                .map(|(text, mut sources)| {
                    sources.sort();
                    sources.dedup();
                    Side { text, sources }
                })
                .collect(),
        })
        .collect()
}

/// Words before a date that say what happened on it.
const EVENT_WINDOW: usize = 3;

/// The firm day dates of a line, each with the content stems just before it
/// ("triggered on March 3" → `trigger`).
fn dated_events(desk: &Desk, l: usize) -> Vec<(String, Vec<String>)> {
    let line = &desk.lines[l];
    let start = desk.members[line.article].analysis.sentences.get(line.index).map_or(0, |s| s.start);
    let mut out: Vec<(String, Vec<String>)> = line
        .timexes
        .iter()
        .filter(|t| t.granularity == Some(Granularity::Day) && Desk::firm(t))
        .filter_map(|t| {
            let value: String = Desk::date_value(t)?.chars().take(10).collect();
            let before = line.text.get(..t.start.checked_sub(start)?)?;
            let stems = text::content_stems(before);
            Some((value, stems[stems.len().saturating_sub(EVENT_WINDOW)..].to_vec()))
        })
        .collect();
    out.sort();
    out.dedup_by(|x, y| x.0 == y.0);
    out
}

/// Articles that tell an earlier stage: they lack the story's central event
/// (the timeline entry most outlets report) and were published before it or
/// mention nothing dated on or after it.
pub fn earlier_stages(desk: &Desk, timeline: &[TimelineEntry]) -> Vec<Discrepancy> {
    fn articles_of(e: &TimelineEntry) -> Vec<&str> {
        let mut v: Vec<&str> = e.sources.iter().map(|s| s.article.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
    let Some(central) = timeline
        .iter()
        .filter(|e| !e.date.contains('/') && e.date.len() >= 10)
        .max_by(|a, b| articles_of(a).len().cmp(&articles_of(b).len()).then(a.date.cmp(&b.date)))
    else {
        return Vec::new();
    };
    let reporters = articles_of(central);
    let Some(central_day) = first_day(&central.date).filter(|_| reporters.len() >= 2) else { return Vec::new() };
    let mut out = Vec::new();
    for (a, m) in desk.members.iter().enumerate() {
        if m.duplicate_of.is_some() || m.analysis.sentences.is_empty() || reporters.contains(&m.article.id.as_str()) {
            continue;
        }
        let lines: Vec<usize> = (desk.first_line[a]..desk.first_line[a] + m.analysis.sentences.len()).collect();
        let latest: Option<NaiveDate> = lines
            .iter()
            .flat_map(|&l| desk.lines[l].timexes.iter())
            .filter(|t| Desk::firm(t))
            .filter_map(|t| Desk::date_value(t).and_then(first_day))
            .max();
        let published = desk.articles[a].published;
        let earlier = match published {
            Some(p) => p < central_day,
            None => latest.is_none_or(|d| d < central_day),
        };
        if !earlier {
            continue;
        }
        // Its account: its lead, the first sentence of prose naming someone or a date.
        let lead = lines
            .iter()
            .copied()
            .find(|&l| {
                let line = &desk.lines[l];
                line.content_words >= 6 && crate::facts::is_prose(line.text) && !(line.entities.is_empty() && line.timexes.is_empty())
            })
            .unwrap_or(lines[0]);
        let when = published.map_or("undated".to_string(), |p| format!("published {p}"));
        out.push(Discrepancy {
            kind: DiscrepancyKind::EarlierStage,
            description: format!(
                "{} ({when}) tells an earlier stage: it does not report the {} event that {} other articles carry.",
                desk.articles[a].outlet,
                central.date,
                reporters.len()
            ),
            sides: vec![
                Side { text: text::clip(desk.lines[lead].text, 400), sources: vec![desk.source(lead)] },
                Side { text: central.text.clone(), sources: central.sources.clone() },
            ],
        });
    }
    out
}

/// Articles updated long after they were published (or after the story began,
/// when their own publication date is unknown).
pub fn updates(desk: &Desk) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for (a, c) in desk.articles.iter().enumerate() {
        let (Some(modified), Some(base)) = (c.modified, c.published.or(desk.story_date)) else { continue };
        let days = (modified - base).num_days();
        if days < UPDATE_DAYS {
            continue;
        }
        let basis = if c.published.is_some() { "after its publication" } else { "after the story's first coverage" };
        let m = &desk.members[a];
        let lead = desk.first_line[a];
        let sources = if m.analysis.sentences.is_empty() { Vec::new() } else { vec![desk.source(lead)] };
        out.push(Discrepancy {
            kind: DiscrepancyKind::Updated,
            description: format!("{} was updated on {modified}, {days} days {basis} ({base}); its text may mix stages.", c.outlet),
            sides: vec![
                Side { text: format!("first coverage: {base}"), sources: sources.clone() },
                Side { text: format!("updated: {modified}"), sources },
            ],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{member, timex};
    use crate::timeline::timeline;
    use concord_model::AnchorKind;

    #[test]
    fn aligned_statements_disagreeing_on_a_number_and_a_date() {
        let mut a = member("a", Some("Ledger"), "2031-03-04", &[
            "Rescuers pulled 12 miners from the flooded shaft at Carrow on Monday after a two-day effort.",
            "The company praised the rescuers.",
        ]);
        timex(&mut a, 0, "Monday", "2031-03-03", Granularity::Day, Some(AnchorKind::Published));
        let mut b = member("b", Some("Courier"), "2031-03-04", &[
            "Rescuers pulled 14 miners from the flooded shaft at Carrow on Sunday after a two-day effort.",
            "The company thanked the rescue teams.",
        ]);
        timex(&mut b, 0, "Sunday", "2031-03-02", Granularity::Day, Some(AnchorKind::Published));
        let members = vec![a, b];
        let desk = Desk::new(&members);
        let d = disagreements(&desk, &desk.alike_pairs(0.2));
        let kinds: Vec<DiscrepancyKind> = d.iter().map(|x| x.kind).collect();
        assert_eq!(kinds.len(), 2, "{d:#?}");
        assert!(kinds.contains(&DiscrepancyKind::Date) && kinds.contains(&DiscrepancyKind::Number));
        let number = d.iter().find(|x| x.kind == DiscrepancyKind::Number).map(|x| x.description.as_str()).unwrap_or("");
        assert!(number.contains("12") && number.contains("14"), "{number}");
    }

    #[test]
    fn paraphrase_raises_nothing_and_negation_does() {
        let a = member("a", Some("Ledger"), "2031-03-04", &["The mine operator confirmed that the shaft had flooded overnight."]);
        let b = member("b", Some("Courier"), "2031-03-04", &["The mine operator confirmed the shaft flooded overnight."]);
        let c = member("c", Some("Herald"), "2031-03-04", &["The mine operator did not confirm that the shaft had flooded overnight."]);
        let members = vec![a, b];
        let desk = Desk::new(&members);
        assert!(disagreements(&desk, &desk.alike_pairs(0.2)).is_empty());
        let members = vec![members[0].clone(), c];
        let desk = Desk::new(&members);
        let d = disagreements(&desk, &desk.alike_pairs(0.2));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].kind, DiscrepancyKind::Negation);
    }

    #[test]
    fn an_article_missing_the_central_event_is_an_earlier_stage() {
        let mk = |id: &str, outlet: &str| {
            let mut m = member(id, Some(outlet), "2031-03-10", &[
                "The regulator fined the mine operator on Monday for ignoring flood warnings.",
                "The operator had reported the flooding of the shaft to the regulator.",
            ]);
            timex(&mut m, 0, "Monday", "2031-03-09", Granularity::Day, Some(AnchorKind::Published));
            m
        };
        let early = member("early", Some("Gazette"), "", &["The operator reported the flooding of the shaft to the regulator."]);
        let mut members = vec![mk("a", "Ledger"), mk("b", "Courier"), early];
        members[0].article.modified = Some("2031-04-01".into());
        let desk = Desk::new(&members);
        let t = timeline(&desk);
        let d = earlier_stages(&desk, &t);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].sides[0].sources[0].article, "early");
        assert_eq!(d[0].sides[1].sources.len(), 2);
        let u = updates(&desk);
        assert_eq!(u.len(), 1);
        assert!(u[0].description.contains("22 days"));
    }
}
