//! Facts: sentences from different articles that state the same thing,
//! grouped, with the clearest wording chosen and independent support counted.

use concord_model::Fact;

use crate::desk::{Desk, Line};
use crate::union_find::root;

/// Two sentences state the same thing at this similarity or above.
pub const SAME_STATEMENT: f32 = 0.42;

/// A group of lines stating one thing (a single line when nobody else says it).
#[derive(Clone, Debug)]
pub struct Statement {
    /// Desk lines, in desk order.
    pub lines: Vec<usize>,
    /// The line whose wording stands for the group.
    pub canonical: usize,
    /// Independent support.
    pub support: usize,
}

/// Groups the lines of the desk into statements: greedy single-link over
/// alike pairs, never two lines of one article in one statement. An
/// article's headline repeated in its body states nothing of its own (two
/// outlets' headlines are not a corroborated fact) and joins no statement.
pub fn statements(desk: &Desk, pairs: &[(usize, usize, f32)]) -> Vec<Statement> {
    let n = desk.lines.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut articles: Vec<Vec<usize>> = desk.lines.iter().map(|l| vec![l.article]).collect();
    for &(a, b, sim) in pairs {
        if sim < SAME_STATEMENT {
            break;
        }
        if desk.lines[a].headline || desk.lines[b].headline {
            continue;
        }
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra == rb || articles[ra].iter().any(|x| articles[rb].contains(x)) {
            continue;
        }
        parent[rb] = ra;
        let moved = std::mem::take(&mut articles[rb]);
        articles[ra].extend(moved);
    }
    join_echoes(desk, &mut parent, &mut articles);
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for l in 0..n {
        let r = root(&mut parent, l);
        groups[r].push(l);
    }
    groups
        .into_iter()
        .filter(|g| !g.is_empty() && !desk.lines[g[0]].headline)
        .map(|lines| Statement { canonical: canonical(desk, &lines), support: desk.support(&lines), lines })
        .collect()
}

/// Two lines of one article this alike say one thing twice: a standfirst
/// and the lede that restates it, a summary box, a caption.
const ECHO: f32 = 0.8;

/// Joins each line left alone to the statement of the line of its own
/// article that it repeats (at least [`ECHO`] alike), so that an article's
/// standfirst is not listed as a claim of its own beside the fact its lede
/// is part of. Only lone lines move: statements never chain through them.
fn join_echoes(desk: &Desk, parent: &mut [usize], articles: &mut [Vec<usize>]) {
    for l in 0..desk.lines.len() {
        if root(parent, l) != l || articles[l].len() != 1 || desk.lines[l].headline {
            continue;
        }
        let echoed = desk
            .lines_of(desk.lines[l].article)
            .filter(|&o| o != l && !desk.lines[o].headline)
            .map(|o| (o, desk.sim(l, o)))
            .filter(|&(o, sim)| sim >= ECHO && says_nothing_else(&desk.lines[l], &desk.lines[o]))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((o, _)) = echoed {
            let r = root(parent, o);
            parent[l] = r;
            let moved = std::mem::take(&mut articles[l]);
            articles[r].extend(moved);
        }
    }
}

/// True when `line` states no number or date that `other` lacks ("1 Green,
/// 1 Blue" is not "1 Green, 1 Purple, 1 Blue" said again).
fn says_nothing_else(line: &Line, other: &Line) -> bool {
    line.numbers.iter().all(|n| other.numbers.contains(n))
        && line.timexes.iter().all(|t| other.timexes.iter().any(|o| o.value == t.value))
}

/// The clearest, most complete wording: central to the group, carrying its
/// shared content, not overlong, not a fragment, in the report's own voice,
/// and in the story's main language when a line of the group is.
fn canonical(desk: &Desk, lines: &[usize]) -> usize {
    let preferred: Vec<usize> = lines.iter().copied().filter(|&l| desk.in_main_language(l)).collect();
    let pool = if preferred.is_empty() { lines } else { &preferred };
    let score = |&l: &usize| {
        let line = &desk.lines[l];
        let centrality: f32 = lines.iter().filter(|&&o| o != l).map(|&o| desk.sim(l, o)).sum();
        let words = line.text.split_whitespace().count() as f32;
        let length = if words < 8.0 { (words - 8.0) * 0.05 } else if words > 40.0 { (40.0 - words) * 0.03 } else { 0.0 };
        let fragment = if fragmentary(line.text) { -0.5 } else { 0.0 };
        centrality + length + fragment - line.voice + 0.01 * line.content_words.min(25) as f32
    };
    pool.iter().copied().max_by(|a, b| score(a).total_cmp(&score(b)).then(b.cmp(a))).unwrap_or(0)
}

/// True for a wording that is a piece of a sentence (it opens in lower
/// case) or carries an editor's bracket ("the IC [intelligence community]
/// The IC believes…", often where a scrape lost words).
pub fn fragmentary(text: &str) -> bool {
    text.starts_with(|c: char| c.is_lowercase()) || text.contains('[')
}

/// True when a lone sentence is a claim worth listing: long enough, naming
/// someone or something, a number or a date.
pub fn is_claim(desk: &Desk, l: usize) -> bool {
    let line = &desk.lines[l];
    let named = !line.entities.is_empty()
        || !line.numbers.is_empty()
        || !line.timexes.is_empty()
        || line.text.split_whitespace().skip(1).any(|w| w.starts_with(|c: char| c.is_uppercase()));
    line.content_words >= 6 && named && is_prose(line.text) && !line.text.trim_end().ends_with('?') && !speculates(line.text)
}

/// Phrases of a sentence that guesses or comments rather than claims ("it
/// remains to be seen how…", "will undoubtedly remain…").
const SPECULATION: &[&str] = &["remains to be seen", "remain to be seen", "time will tell", "undoubtedly", "it is unclear", "it's unclear", "it is too early to"];

/// Does the sentence guess or comment rather than claim?
fn speculates(text: &str) -> bool {
    let lower = text.to_lowercase();
    SPECULATION.iter().any(|p| lower.contains(p))
}

/// How much a sentence gives a reader to check: a firm date, a number, a
/// quoted or credited source (2 each), and up to three named entities.
fn checkable(desk: &Desk, l: usize) -> usize {
    let line = &desk.lines[l];
    let dated = line.timexes.iter().any(|t| Desk::firm(t) && Desk::date_value(t).is_some());
    let credited = desk.members[line.article].analysis.quotes.iter().any(|q| q.speaker.is_some() && q.sentence <= line.index && line.index <= q.last_sentence);
    2 * usize::from(dated) + 2 * usize::from(!line.numbers.is_empty()) + 2 * usize::from(credited) + line.entities.len().min(3)
}

/// True for running text rather than a menu or a headline run: at least a
/// third of its words start in lower case.
pub fn is_prose(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    let lower = words.iter().filter(|w| w.starts_with(char::is_lowercase)).count();
    !words.is_empty() && lower * 3 >= words.len()
}

/// The facts of the story, corroborated first, and among facts of equal
/// support those with dates, numbers, sources and names before commentary.
pub fn facts(desk: &Desk, statements: &[Statement]) -> Vec<Fact> {
    let mut chosen: Vec<&Statement> = statements
        .iter()
        .filter(|s| s.lines.len() > 1 || is_claim(desk, s.lines[0]))
        .collect();
    // most supported first; among equals, what gives the most to check
    chosen.sort_by_cached_key(|s| {
        (std::cmp::Reverse((s.support, s.lines.len(), checkable(desk, s.canonical))), s.lines[0])
    });
    chosen
        .into_iter()
        .map(|s| Fact {
            text: desk.statement_text(s.canonical).to_string(),
            sources: desk.sources(&s.lines),
            outlets: desk.outlets(&s.lines),
            support: s.support,
            single_source: s.support <= 1,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::member;

    #[test]
    fn same_statement_from_two_outlets_is_one_corroborated_fact() {
        let members = vec![
            member("a", Some("Daily Ledger"), "2031-03-02", &[
                "The harbour authority closed the northern pier after a crane collapsed on Tuesday.",
                "Fishermen were told to moor elsewhere.",
            ]),
            member("b", Some("Coast Courier"), "2031-03-02", &[
                "A crane collapsed on Tuesday and the harbour authority closed the northern pier.",
                "Mayor Ines Dorr promised an inquiry into the maintenance contracts of the port cranes.",
            ]),
        ];
        let desk = Desk::new(&members);
        let st = statements(&desk, &desk.alike_pairs(0.1));
        let facts = facts(&desk, &st);
        let top = &facts[0];
        assert_eq!(top.support, 2);
        assert!(!top.single_source);
        assert_eq!(top.outlets, vec!["Daily Ledger", "Coast Courier"]);
        assert!(top.text.contains("crane"));
        assert!(facts.iter().any(|f| f.single_source && f.text.contains("Mayor")));
    }

    #[test]
    fn claims_that_give_something_to_check_come_before_commentary_and_guesses_are_none() {
        let mut a = member("a", Some("Daily Ledger"), "2031-03-02", &[
            "As the Carrow inquiry continues, questions about the Ellery harbour authority keep growing.",
            "It remains to be seen how the Ellery harbour authority will answer the Carrow inquiry.",
            "The Ellery harbour authority paid 40 million euros for the cranes on 4 March, its director Ines Dorr said.",
        ]);
        crate::testkit::timex(&mut a, 2, "4 March", "2031-03-04", concord_model::Granularity::Day, Some(concord_model::AnchorKind::Published));
        crate::testkit::quote(&mut a, 2, "paid 40 million euros for the cranes", "Ines Dorr", None, false);
        let members = vec![a];
        let desk = Desk::new(&members);
        let facts = facts(&desk, &statements(&desk, &desk.alike_pairs(0.1)));
        let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].contains("40 million"), "{texts:?}");
        assert!(texts[1].contains("questions"), "{texts:?}");
    }

    #[test]
    fn a_standfirst_restated_by_its_lede_is_one_fact_not_a_claim_of_its_own() {
        let members = vec![
            member("a", Some("Daily Ledger"), "2031-03-02", &[
                "Harbour officials closed the northern pier after a crane collapsed onto the quay",
                "In a statement on Tuesday, harbour officials closed the northern pier after a crane collapsed onto the quay.",
                "The crane fell 30 metres onto the quay beside the Ellery fish market.",
                "Witnesses said the crane fell 40 metres onto the quay beside the Ellery fish market.",
            ]),
            member("b", Some("Coast Courier"), "2031-03-02", &[
                "A crane collapsed onto the quay and harbour officials closed the northern pier in a statement on Tuesday.",
            ]),
        ];
        let desk = Desk::new(&members);
        let facts = facts(&desk, &statements(&desk, &desk.alike_pairs(0.1)));
        let pier: Vec<&Fact> = facts.iter().filter(|f| f.text.contains("northern pier")).collect();
        assert_eq!(pier.len(), 1, "{facts:#?}");
        assert_eq!((pier[0].support, pier[0].sources.len()), (2, 3), "both sentences of the Ledger cited, counted once");
        let heights = facts.iter().filter(|f| f.text.contains("metres")).count();
        assert_eq!(heights, 2, "a restatement with another number is a claim of its own");
    }

    #[test]
    fn headlines_repeated_in_bodies_are_no_fact_and_datelines_leave_the_wording() {
        let titled = |id: &str, outlet: &str, title: &str, lede: &str| {
            let mut m = member(id, Some(outlet), "2031-03-02", &[title, lede]);
            m.article.title = Some(title.to_string());
            m
        };
        let mut members = vec![
            titled("a", "Daily Ledger", "Crane collapse shuts the northern pier at Port Ellery",
                "Port Ellery: The harbour authority closed the northern pier after a crane collapsed on Tuesday."),
            titled("b", "Coast Courier", "Northern pier at Port Ellery shut after crane collapse",
                "PORT ELLERY (Coast Wire) — A crane collapsed on Tuesday and the harbour authority closed the northern pier."),
        ];
        members[0].article.dateline = Some("Port Ellery".into());
        let desk = Desk::new(&members);
        assert!(desk.lines[0].headline && !desk.lines[1].headline);
        assert!(desk.statement_text(1).starts_with("The harbour"), "the article's own dateline goes");
        assert!(desk.statement_text(3).starts_with("A crane"), "a wire dateline goes by its shape");
        let facts = facts(&desk, &statements(&desk, &desk.alike_pairs(0.1)));
        assert!(facts.iter().all(|f| !f.text.contains("shut")), "{facts:#?}");
        let pier = facts.iter().find(|f| f.support == 2).expect("the ledes agree");
        assert!(pier.text.starts_with("The harbour authority") || pier.text.starts_with("A crane"), "{pier:#?}");
    }

    #[test]
    fn menus_are_not_prose() {
        assert!(!is_prose("News | Politics | Business | Sport | Culture | Opinion"));
        assert!(is_prose("The port authority closed the pier on Monday."));
    }

    #[test]
    fn a_wire_copy_counts_once() {
        let mut members = vec![
            member("a", Some("Wire"), "2031-03-02", &["The harbour authority closed the northern pier after a crane collapsed."]),
            member("b", Some("Reprint Daily"), "2031-03-02", &["The harbour authority closed the northern pier after a crane collapsed."]),
            member("c", None, "2031-03-02", &["The harbour authority shut the northern pier after the crane collapsed."]),
        ];
        members[1].duplicate_of = Some("a".into());
        let desk = Desk::new(&members);
        let st = statements(&desk, &desk.alike_pairs(0.1));
        let f = facts(&desk, &st);
        assert_eq!(f[0].sources.len(), 3);
        assert_eq!(f[0].support, 2, "the reprint counts with its wire original; the unknown outlet counts alone");
        assert!(f[0].outlets.contains(&"c".to_string()));
    }
}
