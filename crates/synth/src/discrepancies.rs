//! Discrepancies: aligned statements from different outlets that disagree on
//! a date, a number, an actor or a negation; an article telling an earlier
//! stage of the story; an article updated long after publication. (Speakers
//! and quote wordings come from the quotes, charged answers from `tone`.)
//! Paraphrase alone raises nothing:
//! a pair must share most of its wording (dates and numbers aside) and differ
//! on something checkable.

use std::cell::OnceCell;

use chrono::NaiveDate;
use concord_model::{Discrepancy, DiscrepancyKind, EntityType, Granularity, Side, Source, TimelineEntry};

use crate::actors;
use crate::desk::Desk;
use crate::text;
use crate::timeline::first_day;

/// Sentences tell the same event when they share this much wording (Dice
/// over core stems: dates and numbers aside).
const SAME_EVENT: f32 = 0.35;
/// Different actors need sentences sharing at least this much wording.
const ACTOR_ALIGNED: f32 = 0.45;
/// A negation must differ between sentences sharing at least this much wording.
const NEGATION_ALIGNED: f32 = 0.7;
/// An update this many days after publication is worth a note.
const UPDATE_DAYS: i64 = 3;

/// One disagreement seen in many sentence pairs, gathered into two sides.
struct Tally {
    kind: DiscrepancyKind,
    description: String,
    /// Per side: what it says (the value's stems) and its citations.
    keys: [Vec<String>; 2],
    sides: [(String, Vec<Source>); 2],
}

/// True when two values name the same thing (share a stem).
fn overlaps(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// Dates, numbers, actors and negations on which aligned sentences disagree;
/// the same disagreement seen in several pairs is reported once with all its
/// sources.
pub fn disagreements(desk: &Desk, pairs: &[(usize, usize, f32)]) -> Vec<Discrepancy> {
    let mut tallies: Vec<Tally> = Vec::new();
    let mut note = |kind, what: &str, (va, a): (String, usize), (vb, b): (String, usize)| {
        // Order the sides so that every pair telling the same disagreement agrees.
        let ((va, a), (vb, b)) = if va <= vb { ((va, a), (vb, b)) } else { ((vb, b), (va, a)) };
        let (ka, kb) = (key(&va), key(&vb));
        let same = |t: &Tally| t.kind == kind && overlaps(&t.keys[0], &ka) && overlaps(&t.keys[1], &kb);
        let i = match tallies.iter().position(same) {
            Some(i) => i,
            None => {
                let side = |l: usize| (text::clip(desk.lines[l].text, 400), Vec::new());
                let description = format!("{what}: {va} vs {vb}.");
                tallies.push(Tally { kind, description, keys: [ka, kb], sides: [side(a), side(b)] });
                tallies.len() - 1
            }
        };
        tallies[i].sides[0].1.push(desk.source(a));
        tallies[i].sides[1].1.push(desk.source(b));
    };
    let article_stems = article_stems(desk);
    // What each line dates, names and negates, worked out once (pairs share
    // lines) and only for lines of pairs aligned enough to need it.
    let n = desk.lines.len();
    let dated: Vec<OnceCell<Vec<DatedEvent>>> = vec![OnceCell::new(); n];
    let dated = |l: usize| dated[l].get_or_init(|| dated_events(desk, l)).as_slice();
    let slots: Vec<OnceCell<Vec<actors::Slot>>> = vec![OnceCell::new(); n];
    let slots = |l: usize| slots[l].get_or_init(|| actors::slots(desk.lines[l].text)).as_slice();
    let negated: Vec<OnceCell<(Vec<Vec<String>>, bool)>> = vec![OnceCell::new(); n];
    let negated = |l: usize| negated[l].get_or_init(|| desk.lines[l].wording.negated_phrases());
    for &(a, b, _) in pairs {
        let (la, lb) = (&desk.lines[a], &desk.lines[b]);
        // The same words (a copy) cannot disagree.
        if desk.articles[la.article].source_key == desk.articles[lb.article].source_key || la.text == lb.text {
            continue;
        }
        let wording = desk.wording_overlap(a, b);
        if wording < SAME_EVENT {
            continue;
        }
        // A count of the same thing that no reading of the other admits.
        for (thing, va, ba) in &la.counts {
            let other: Vec<(&String, text::Bound)> =
                lb.counts.iter().filter(|(t, _, _)| t == thing).map(|(_, v, b)| (v, *b)).collect();
            let same = other.iter().any(|&(vb, bb)| text::agree((va, *ba), (vb, bb)))
                || lb.numbers.contains(va)
                || other.iter().any(|(v, _)| la.numbers.contains(v));
            if let (Some((vb, _)), false) = (other.first(), same) {
                let what = format!("Different numbers for “{thing}”");
                note(DiscrepancyKind::Number, &what, (text::readable(va), a), (text::readable(vb), b));
                break;
            }
        }
        if let ([(va, ka, ta)], [(vb, kb, tb)]) = (dated(a), dated(b)) {
            // Different days for what the words around each date say happened
            // (the same words, "on Saturday" in both, differ only in how they
            // were resolved, not in what the accounts say).
            if va != vb && ta != tb && overlaps(ka, kb) {
                note(DiscrepancyKind::Date, "Different dates for the same event", (va.clone(), a), (vb.clone(), b));
            }
        }
        if wording >= ACTOR_ALIGNED {
            let (sa, sb) = (&article_stems[la.article], &article_stems[lb.article]);
            if let Some((pa, pb)) = different_actors(desk, (a, b), (slots(a), slots(b)), (sa, sb)) {
                note(DiscrepancyKind::Actor, "Different actors named", (pa, a), (pb, b));
            }
        }
        if wording >= NEGATION_ALIGNED {
            if let Some(a_negates) = text::negates_read((negated(a), &la.stems), (negated(b), &lb.stems)) {
                let (yes, no) = if a_negates { (b, a) } else { (a, b) };
                note(DiscrepancyKind::Negation, "One account negates what the other asserts", ("asserted".into(), yes), ("negated".into(), no));
            }
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

/// The comparable form of a disagreeing value: its stems, or the value itself.
fn key(value: &str) -> Vec<String> {
    let stems = text::content_stems(value);
    if stems.is_empty() {
        vec![value.to_string()]
    } else {
        stems
    }
}

/// Every content stem of each member, sorted.
fn article_stems(desk: &Desk) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<&String>> = vec![Vec::new(); desk.members.len()];
    for line in &desk.lines {
        all[line.article].extend(&line.stems);
    }
    all.into_iter()
        .map(|mut v| {
            v.sort_unstable();
            v.dedup();
            v.into_iter().cloned().collect()
        })
        .collect()
}

/// True when `phrase` names an organisation, group or person the line mentions.
fn names_actor(desk: &Desk, l: usize, phrase: &[String]) -> bool {
    let line = &desk.lines[l];
    desk.members[line.article].analysis.entities.iter().any(|e| {
        let mut name = text::content_stems(&e.name);
        name.sort();
        matches!(e.kind, EntityType::Organisation | EntityType::Group | EntityType::Person)
            && line.entities.contains(&e.id.as_str())
            && (phrase.iter().all(|s| name.binary_search(s).is_ok()) || name.iter().all(|s| phrase.contains(s)))
    })
}

/// Two aligned sentences naming different actors for the same owner
/// ("Karvonia's Ministry of State Security" / "Karvonia's military
/// intelligence"): the phrases share no word, one names an organisation,
/// group or person, and neither article names the other's actor anywhere (an
/// outlet naming both contradicts nobody).
fn different_actors(
    desk: &Desk,
    (a, b): (usize, usize),
    (sa, sb): (&[actors::Slot], &[actors::Slot]),
    (stems_a, stems_b): (&[String], &[String]),
) -> Option<(String, String)> {
    let named_in = |stems: &[String], article: &[String]| stems.iter().all(|s| article.binary_search(s).is_ok());
    for x in sa {
        let same: Vec<&actors::Slot> = sb.iter().filter(|y| actors::same_owner(&x.owner, &y.owner)).collect();
        if same.is_empty() || same.iter().any(|y| overlaps(&x.stems, &y.stems)) {
            continue;
        }
        let actor = |y: &actors::Slot| (x.proper && names_actor(desk, a, &x.stems)) || (y.proper && names_actor(desk, b, &y.stems));
        if let Some(y) = same.into_iter().find(|y| !named_in(&x.stems, stems_b) && !named_in(&y.stems, stems_a) && actor(y)) {
            return Some((x.phrase.clone(), y.phrase.clone()));
        }
    }
    None
}

/// Words on each side of a date that say what happened on it.
const EVENT_WINDOW: usize = 3;

/// A firm day date of a line: its value, the core stems around it, its wording.
type DatedEvent = (String, Vec<String>, String);

/// The firm day dates of a line, each with the core stems just before and
/// after it ("voted on Monday to raise" → `vote`, `rais`) and its wording.
fn dated_events(desk: &Desk, l: usize) -> Vec<DatedEvent> {
    let line = &desk.lines[l];
    let start = desk.members[line.article].analysis.sentences.get(line.index).map_or(0, |s| s.start);
    let mut out: Vec<DatedEvent> = line
        .timexes
        .iter()
        .filter(|t| t.granularity == Some(Granularity::Day) && Desk::firm(t))
        .filter_map(|t| {
            let value: String = Desk::date_value(t)?.chars().take(10).collect();
            let before = text::core_stems(line.text.get(..t.start.checked_sub(start)?)?);
            let after = text::core_stems(line.text.get(t.end.checked_sub(start)?..)?);
            let mut around = before[before.len().saturating_sub(EVENT_WINDOW)..].to_vec();
            around.extend(after.into_iter().take(EVENT_WINDOW));
            Some((value, around, text::wording_key(&t.text)))
        })
        .collect();
    out.sort();
    out.dedup_by(|x, y| x.0 == y.0);
    out
}

/// Articles that tell an earlier stage. The story's central event is the
/// dated entry most articles report in hindsight (published on or after it,
/// or undated): an article published before that day can only have told what
/// led up to it (or anticipated it: "is likely to miss the final on March
/// 15"); an undated article that does not report it and mentions nothing
/// dated on or after it tells an earlier stage too.
pub fn earlier_stages(desk: &Desk, timeline: &[TimelineEntry]) -> Vec<Discrepancy> {
    let index_of = |id: &str| desk.members.iter().position(|m| m.article.id == id);
    let hindsight = |e: &TimelineEntry| -> Vec<usize> {
        let day = first_day(&e.date);
        let mut v: Vec<usize> = e
            .sources
            .iter()
            .filter_map(|s| index_of(&s.article))
            .filter(|&a| match (desk.articles[a].published, day) {
                (Some(p), Some(d)) => p >= d,
                _ => true,
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let Some((central, reporters)) = timeline
        .iter()
        .filter(|e| !e.date.contains('/') && e.date.len() >= 10)
        .map(|e| (e, hindsight(e)))
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(a.0.date.cmp(&b.0.date)))
    else {
        return Vec::new();
    };
    let Some(central_day) = first_day(&central.date).filter(|_| reporters.len() >= 2) else { return Vec::new() };
    let mut out = Vec::new();
    for (a, m) in desk.members.iter().enumerate() {
        if m.duplicate_of.is_some() || m.analysis.sentences.is_empty() || reporters.contains(&a) {
            continue;
        }
        let lines: Vec<usize> = desk.lines_of(a).collect();
        let day_of = |l: usize| {
            desk.lines[l].timexes.iter().filter(|t| Desk::firm(t)).filter_map(|t| Desk::date_value(t).and_then(first_day)).max()
        };
        let latest: Option<NaiveDate> = lines.iter().filter_map(|&l| day_of(l)).max();
        let published = desk.articles[a].published;
        let earlier = match published {
            Some(p) => p < central_day,
            None => latest.is_none_or(|d| d < central_day),
        };
        if !earlier {
            continue;
        }
        // Its account: where it looks ahead to the central day, else its lead
        // (the first sentence of prose naming someone or a date).
        let ahead = lines.iter().copied().find(|&l| day_of(l) == Some(central_day));
        let lead = ahead
            .or_else(|| {
                lines.iter().copied().find(|&l| {
                    let line = &desk.lines[l];
                    line.content_words >= 6 && crate::facts::is_prose(line.text) && !(line.entities.is_empty() && line.timexes.is_empty())
                })
            })
            .unwrap_or(lines[0]);
        let what = match published {
            Some(p) => format!("published {p}, before the {} event that {} other articles report", central.date, reporters.len()),
            None => format!("undated, it does not report the {} event that {} other articles carry", central.date, reporters.len()),
        };
        out.push(Discrepancy {
            kind: DiscrepancyKind::EarlierStage,
            description: format!("{} tells an earlier stage ({what}).", desk.articles[a].outlet),
            sides: vec![
                Side { text: text::clip(desk.statement_text(lead), 400), sources: vec![desk.source(lead)] },
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
    use crate::testkit::{entity, member, timex};
    use crate::timeline::timeline;
    use concord_model::{AnchorKind, EntityType};

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
    fn a_date_told_around_another_verb_and_bounded_numbers() {
        let mut a = member("a", Some("Ledger"), "2031-03-05", &[
            "The harbour board voted on Monday by five votes to two to close the northern pier, more than 40 berths in all.",
        ]);
        timex(&mut a, 0, "Monday", "2031-03-03", Granularity::Day, Some(AnchorKind::Published));
        let mut b = member("b", Some("Courier"), "2031-03-05", &[
            "The harbour board closed the northern pier on Tuesday after a 5-2 vote, shutting 46 berths.",
        ]);
        timex(&mut b, 0, "Tuesday", "2031-03-04", Granularity::Day, Some(AnchorKind::Published));
        let members = vec![a, b];
        let desk = Desk::new(&members);
        let d = disagreements(&desk, &desk.alike_pairs(0.2));
        assert_eq!(d.len(), 1, "the date, not the bounded count: {d:#?}");
        assert_eq!(d[0].kind, DiscrepancyKind::Date);
    }

    #[test]
    fn different_actors_behind_the_same_owner() {
        let story = |id: &str, outlet: &str, text: &str, actor: Option<(&str, &str)>| {
            let mut m = member(id, Some(outlet), "2031-03-05", &[text]);
            if let Some((eid, name)) = actor {
                entity(&mut m, eid, name, EntityType::Organisation, 0, name);
            }
            m
        };
        let mk = |actor: &str| {
            vec![
                story("a", "Ledger", "Officials said the Grey Heron group that hacked the port answers to Ostland's Bureau of Coastal Affairs.", Some(("organisation:bca", "Bureau of Coastal Affairs"))),
                story("b", "Courier", &format!("Officials said the Grey Heron group that hacked the port answers to Ostland's {actor}."), None),
            ]
        };
        let members = mk("naval intelligence");
        let desk = Desk::new(&members);
        let d = disagreements(&desk, &desk.alike_pairs(0.2));
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].kind, DiscrepancyKind::Actor);
        assert!(d[0].description.contains("Bureau of Coastal Affairs") && d[0].description.contains("naval intelligence"));
        let members = mk("coastal affairs bureau");
        let desk = Desk::new(&members);
        assert!(disagreements(&desk, &desk.alike_pairs(0.2)).is_empty(), "the same actor in other words");
    }

    #[test]
    fn an_article_published_before_the_event_others_report_is_an_earlier_stage() {
        let report = |id: &str, outlet: &str| {
            let mut m = member(id, Some(outlet), "2031-03-09", &[
                "The northern pier reopened on Saturday after repairs, the harbour board said.",
            ]);
            timex(&mut m, 0, "Saturday", "2031-03-08", Granularity::Day, Some(AnchorKind::Published));
            m
        };
        let mut preview = member("preview", Some("Gazette"), "2031-03-06", &[
            "Repairs to the northern pier are running late.",
            "The harbour board said the pier may not reopen on March 8.",
        ]);
        timex(&mut preview, 1, "March 8", "2031-03-08", Granularity::Day, Some(AnchorKind::Published));
        let members = vec![report("a", "Ledger"), report("b", "Courier"), preview];
        let desk = Desk::new(&members);
        let d = earlier_stages(&desk, &timeline(&desk));
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].sides[0].sources[0], Source { article: "preview".into(), sentence: 1 }, "where it looks ahead");
        assert!(d[0].description.contains("2031-03-08"));
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
