//! The summary: a few sentences chosen from the most corroborated and most
//! central statements (early in their articles, close to the headlines, worded
//! the way other outlets word them), none repeating another, told in
//! chronological order, each citing the sentences it stands for. Each
//! statement speaks in its most corroborated wording: the variant whose word
//! pairs most other sources also use. Its length follows the story: about two
//! sentences (some 54 words) for three outlets, up to eight for a big story.

use chrono::NaiveDate;
use concord_model::SummarySentence;
use rustc_hash::FxHashMap;

use crate::desk::{dot, Desk};
use crate::facts::{self, Statement};
use crate::text;
use crate::timeline::first_day;

/// A chosen sentence repeats another at this similarity.
const REDUNDANT: f32 = 0.5;
/// Words per wanted sentence: the summary fills up to this budget.
const WORDS_PER_SENTENCE: usize = 27;
/// Weight of the overlap with the headlines.
const HEADLINE: f32 = 0.6;
/// Weight of the word pairs other sources share.
const SHARED_PAIRS: f32 = 0.2;

/// How many sentences a story of `sources` independent sources gets.
pub fn length_for(sources: usize) -> usize {
    sources.div_ceil(2).clamp(2, 8)
}

/// Whether a statement's wording can stand in a summary.
fn usable(desk: &Desk, s: &Statement) -> bool {
    let line = &desk.lines[s.canonical];
    let text = line.text.trim();
    line.content_words >= 4
        && !text.ends_with('?')
        && !text.ends_with(':')
        && text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
}

/// Per line: how many other independent sources use each of its word pairs
/// (in their text or headline), summed and scaled by the square root of its
/// pair count. Pairs of two function words say nothing and are left out.
fn shared_pairs(desk: &Desk) -> Vec<f32> {
    // Sources by number: each article's is the first article with its key.
    let keys: Vec<usize> = desk
        .articles
        .iter()
        .map(|c| desk.articles.iter().position(|o| o.source_key == c.source_key).unwrap_or(0))
        .collect();
    let titles: Vec<(usize, text::Wording)> = desk
        .members
        .iter()
        .enumerate()
        .filter_map(|(a, m)| Some((a, text::Wording::new(m.article.title.as_deref()?))))
        .collect();
    // Each distinct pair of stems by number.
    fn pairs<'w>(ids: &mut FxHashMap<(&'w str, &'w str), usize>, w: &'w [String]) -> Vec<usize> {
        let mut g: Vec<usize> = w
            .windows(2)
            .filter(|p| !(text::is_stopword(&p[0]) && text::is_stopword(&p[1])))
            .map(|p| {
                let next = ids.len();
                *ids.entry((p[0].as_str(), p[1].as_str())).or_insert(next)
            })
            .collect();
        g.sort_unstable();
        g.dedup();
        g
    }
    let mut ids = FxHashMap::default();
    let per_line: Vec<Vec<usize>> = desk.lines.iter().map(|l| pairs(&mut ids, &l.wording.stems)).collect();
    let titles: Vec<(usize, Vec<usize>)> = titles.iter().map(|(a, t)| (*a, pairs(&mut ids, &t.stems))).collect();
    let mut users: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    let body = per_line.iter().enumerate().map(|(l, g)| (desk.lines[l].article, g));
    for (a, g) in body.chain(titles.iter().map(|(a, g)| (*a, g))) {
        for &p in g {
            if !users[p].contains(&keys[a]) {
                users[p].push(keys[a]);
            }
        }
    }
    per_line
        .iter()
        .enumerate()
        .map(|(l, g)| {
            let own = keys[desk.lines[l].article];
            let shared: usize = g.iter().map(|&p| users[p].iter().filter(|&&k| k != own).count()).sum();
            shared as f32 / (g.len().max(1) as f32).sqrt()
        })
        .collect()
}

/// The line a statement speaks in: its most corroborated wording by
/// `shared` pairs (the canonical one on ties), never a fragment in place of
/// a whole sentence.
fn wording(desk: &Desk, s: &Statement, shared: &[f32]) -> usize {
    let whole = |l: usize| !facts::fragmentary(desk.lines[l].text);
    s.lines.iter().copied().fold(s.canonical, |best, l| if shared[l] > shared[best] && (whole(l) || !whole(best)) { l } else { best })
}

/// Picks and orders the summary sentences.
pub fn summary(desk: &Desk, statements: &[Statement]) -> Vec<SummarySentence> {
    let all: Vec<usize> = (0..desk.lines.len()).collect();
    let want = length_for(desk.support(&all));
    let centroid = desk.centroid();
    let mut headlines: Vec<String> =
        desk.members.iter().filter_map(|m| m.article.title.as_deref()).flat_map(text::content_stems).collect();
    headlines.sort();
    headlines.dedup();
    let shared = shared_pairs(desk);
    let wording: Vec<usize> = statements.iter().map(|s| wording(desk, s, &shared)).collect();
    let max_support = statements.iter().map(|s| s.support).max().unwrap_or(1).max(2);
    // A story told in several languages is summed up in the language most of
    // its articles use, not in a mix of them.
    let mut ranked: Vec<(usize, f32)> = statements
        .iter()
        .enumerate()
        .filter(|&(i, s)| usable(desk, s) && desk.in_main_language(wording[i]))
        .map(|(i, s)| {
            let l = wording[i];
            let line = &desk.lines[l];
            let corroboration = (s.support - 1) as f32 / (max_support - 1) as f32;
            let centrality = dot(&line.terms, &centroid);
            let lead = 1.0 - s.lines.iter().map(|&l| desk.position(l)).fold(1.0, f32::min);
            let named = line.stems.iter().filter(|w| headlines.binary_search(w).is_ok()).count();
            let headline = named as f32 / (line.stems.len().max(1) as f32).sqrt();
            let score = corroboration + centrality + 0.5 * lead + HEADLINE * headline + SHARED_PAIRS * shared[l]
                - line.voice;
            (i, score)
        })
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let budget = WORDS_PER_SENTENCE * want;
    let most = (want + 1).min(8);
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0;
    for (i, _) in ranked {
        if words >= budget || chosen.len() >= most {
            break;
        }
        let c = wording[i];
        if chosen.iter().all(|&o| desk.sim(wording[o], c) < REDUNDANT) {
            chosen.push(i);
            words += desk.lines[c].text.split_whitespace().count();
        }
    }
    chosen.sort_by_key(|&i| (when(desk, &statements[i]), position_key(desk, &statements[i])));
    chosen
        .into_iter()
        .map(|i| SummarySentence {
            text: desk.statement_text(wording[i]).to_string(),
            sources: desk.sources(&statements[i].lines),
        })
        .collect()
}

/// When a statement happened: its earliest firm date, else its earliest
/// publication date (unknown last).
fn when(desk: &Desk, s: &Statement) -> Option<NaiveDate> {
    let dated = s
        .lines
        .iter()
        .flat_map(|&l| desk.lines[l].timexes.iter())
        .filter(|t| Desk::firm(t))
        .filter_map(|t| Desk::date_value(t).and_then(first_day))
        .min();
    dated
        .or_else(|| s.lines.iter().filter_map(|&l| desk.articles[desk.lines[l].article].published).min())
        .or(Some(NaiveDate::MAX))
}

fn position_key(desk: &Desk, s: &Statement) -> u32 {
    (s.lines.iter().map(|&l| desk.position(l)).fold(1.0, f32::min) * 1000.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::statements;
    use crate::testkit::{member, timex};
    use concord_model::{AnchorKind, Granularity};

    #[test]
    fn length_follows_the_story() {
        assert_eq!(length_for(1), 2);
        assert_eq!(length_for(3), 2);
        assert_eq!(length_for(5), 3);
        assert_eq!(length_for(40), 8);
    }

    #[test]
    fn corroborated_facts_come_cited_and_in_order() {
        let story = |id: &str, outlet: &str| {
            let mut m = member(id, Some(outlet), "2031-03-10", &[
                "The regulator fined the mine operator four million euros on Monday for ignoring flood warnings.",
                "In January the operator had reported cracks in the shaft wall to the regulator.",
                "Local cafés reported a busy weekend as visitors arrived for the spring festival.",
            ]);
            timex(&mut m, 0, "Monday", "2031-03-09", Granularity::Day, Some(AnchorKind::Published));
            timex(&mut m, 1, "January", "2031-01", Granularity::Month, Some(AnchorKind::Published));
            m
        };
        let mut c = member("c", Some("Herald"), "2031-03-10", &["The regulator fined the operator four million euros on Monday over flood warnings it ignored."]);
        timex(&mut c, 0, "Monday", "2031-03-09", Granularity::Day, Some(AnchorKind::Published));
        let members = vec![story("a", "Ledger"), story("b", "Courier"), c];
        let desk = Desk::new(&members);
        let st = statements(&desk, &desk.alike_pairs(0.2));
        let s = summary(&desk, &st);
        assert!((2..=3).contains(&s.len()), "{s:#?}");
        assert!(s.iter().all(|x| !x.sources.is_empty()));
        assert!(s[0].text.contains("January"), "chronological: {s:#?}");
        assert!(s[1].text.contains("fined"));
        assert_eq!(s[1].sources.len(), 3);
    }

    #[test]
    fn a_story_in_two_languages_is_summed_up_in_the_main_one() {
        let in_language = |mut m: crate::Member, lang: &str| {
            m.article.language = Some(lang.into());
            m
        };
        let en = |id: &str, outlet: &str| {
            let sentences = [
                "Heavy rain flooded the river town of Valdoria on Tuesday night.",
                "The mayor said that two thousand homes near the river had been evacuated.",
            ];
            in_language(member(id, Some(outlet), "2031-03-10", &sentences), "en")
        };
        let de = |id: &str, outlet: &str| {
            let sentences = [
                "Starker Regen hat am Dienstag die Flussstadt Valdoria überflutet.",
                "Die Bürgermeisterin sagte, zweitausend Häuser am Fluss seien geräumt worden.",
            ];
            in_language(member(id, Some(outlet), "2031-03-09", &sentences), "de")
        };
        // Five outlets: room for three sentences, two of them English.
        let members = vec![de("d", "Beispielzeitung"), de("e", "Morgenblatt"), en("a", "Ledger"), en("b", "Courier"), en("c", "Herald")];
        let desk = Desk::new(&members);
        assert_eq!(desk.main_language, Some("en"));
        let s = summary(&desk, &statements(&desk, &desk.alike_pairs(0.2)));
        assert!(!s.is_empty());
        assert!(s.iter().all(|x| !x.text.contains("Regen") && !x.text.contains("Häuser")), "{s:#?}");
        assert_eq!(s.len(), 2, "{s:#?}");
        let one_language = vec![en("a", "Ledger"), en("b", "Courier")];
        assert_eq!(Desk::new(&one_language).main_language, None);
    }

    #[test]
    fn a_whole_sentence_speaks_for_a_statement_rather_than_a_garbled_one() {
        let members = vec![
            member("a", Some("Ledger"), "2031-03-10", &["This includes the thefts, which the PO [port office] The PO believes raiders took in March."]),
            member("b", Some("Courier"), "2031-03-10", &["The PO believes that raiders from the north took the ledgers in March."]),
            member("c", Some("Herald"), "2031-03-10", &["raiders from the north took the ledgers in March, the PO believes."]),
            member("d", Some("Gazette"), "2031-03-10", &["Raiders took the ledgers in March, the PO believes."]),
        ];
        let desk = Desk::new(&members);
        let statement = Statement { lines: vec![0, 1, 2, 3], canonical: 1, support: 4 };
        // the garbled and the clipped wordings share the most word pairs, the last whole one more than the canonical
        assert_eq!(wording(&desk, &statement, &[9.0, 1.0, 8.0, 2.0]), 3);
        assert_eq!(wording(&desk, &statement, &[9.0, 1.0, 8.0, 0.5]), 1, "the canonical one before a fragment");
    }
}
