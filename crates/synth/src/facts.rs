//! Facts: sentences from different articles that state the same thing,
//! grouped, with the clearest wording chosen and independent support counted.

use concord_model::Fact;

use crate::desk::Desk;

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
/// alike pairs, never two lines of one article in one statement.
pub fn statements(desk: &Desk, pairs: &[(usize, usize, f32)]) -> Vec<Statement> {
    let n = desk.lines.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut articles: Vec<Vec<usize>> = desk.lines.iter().map(|l| vec![l.article]).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b, sim) in pairs {
        if sim < SAME_STATEMENT {
            break;
        }
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra == rb || articles[ra].iter().any(|x| articles[rb].contains(x)) {
            continue;
        }
        parent[rb] = ra;
        let moved = std::mem::take(&mut articles[rb]);
        articles[ra].extend(moved);
    }
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); n];
    for l in 0..n {
        let r = root(&mut parent, l);
        groups[r].push(l);
    }
    groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|lines| Statement { canonical: canonical(desk, &lines), support: desk.support(&lines), lines })
        .collect()
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
        let fragment = if line.text.starts_with(|c: char| c.is_lowercase()) || line.text.contains('[') { -0.5 } else { 0.0 };
        centrality + length + fragment - line.voice + 0.01 * line.content_words.min(25) as f32
    };
    pool.iter().copied().max_by(|a, b| score(a).total_cmp(&score(b)).then(b.cmp(a))).unwrap_or(0)
}

/// True when a lone sentence is a claim worth listing: long enough, naming
/// someone or something, a number or a date.
pub fn is_claim(desk: &Desk, l: usize) -> bool {
    let line = &desk.lines[l];
    let named = !line.entities.is_empty()
        || !line.numbers.is_empty()
        || !line.timexes.is_empty()
        || line.text.split_whitespace().skip(1).any(|w| w.starts_with(|c: char| c.is_uppercase()));
    line.content_words >= 6 && named && is_prose(line.text) && !line.text.trim_end().ends_with('?')
}

/// True for running text rather than a menu or a headline run: at least a
/// third of its words start in lower case.
pub fn is_prose(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    let lower = words.iter().filter(|w| w.starts_with(char::is_lowercase)).count();
    !words.is_empty() && lower * 3 >= words.len()
}

/// The facts of the story, corroborated first.
pub fn facts(desk: &Desk, statements: &[Statement]) -> Vec<Fact> {
    let mut chosen: Vec<&Statement> = statements
        .iter()
        .filter(|s| s.lines.len() > 1 || is_claim(desk, s.lines[0]))
        .collect();
    chosen.sort_by(|a, b| {
        b.support.cmp(&a.support).then(b.lines.len().cmp(&a.lines.len())).then(a.lines[0].cmp(&b.lines[0]))
    });
    chosen
        .into_iter()
        .map(|s| Fact {
            text: desk.lines[s.canonical].text.trim().to_string(),
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
