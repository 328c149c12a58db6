//! The dossier as a Markdown brief a journalist can paste: coverage, a cited
//! summary, corroborated facts, single-source claims, quotes by speaker with
//! their variants, the timeline and the discrepancies. Every citation is a
//! footnote naming the article and sentence it points to.

use std::collections::HashMap;
use std::fmt::Write;

use concord_model::{Dossier, Source, plural};

/// Items listed per section at most (the JSON carries them all).
const MAX_FACTS: usize = 20;
const MAX_CLAIMS: usize = 15;
const MAX_QUOTES: usize = 15;
const MAX_TIMELINE: usize = 40;
const MAX_DISCREPANCIES: usize = 30;
/// Wordings shown per quote at most (most cited first).
const MAX_VARIANTS: usize = 6;
/// Footnotes shown per item at most.
const MAX_CITES: usize = 8;
/// Articles listed one per row at most; a bigger story's coverage is a row
/// per outlet.
const MAX_COVERAGE_ROWS: usize = 40;

/// Footnote numbering: one note per cited sentence, in order of first use.
struct Notes<'a> {
    dossier: &'a Dossier,
    order: Vec<Source>,
    index: HashMap<Source, usize>,
}

impl<'a> Notes<'a> {
    fn cite(&mut self, sources: &[Source]) -> String {
        let mut out = String::new();
        for s in sources.iter().take(MAX_CITES) {
            let n = match self.index.get(s) {
                Some(&n) => n,
                None => {
                    self.order.push(s.clone());
                    self.index.insert(s.clone(), self.order.len());
                    self.order.len()
                }
            };
            let _ = write!(out, "[^{n}]");
        }
        if sources.len() > MAX_CITES {
            let _ = write!(out, " (+{} more)", sources.len() - MAX_CITES);
        }
        out
    }

    fn render(&self, out: &mut String) {
        for (i, s) in self.order.iter().enumerate() {
            let art = self.dossier.articles.iter().find(|a| a.id == s.article);
            let outlet = art.and_then(|a| a.outlet.as_deref()).unwrap_or("unknown outlet");
            let date = art.and_then(|a| a.published.as_deref()).unwrap_or("undated");
            let _ = writeln!(out, "[^{}]: article {}, sentence {} ({}, {})", i + 1, clean(&s.article), s.sentence + 1, clean(outlet), clean(date));
        }
    }
}

/// Text made safe for inline Markdown: one line, markup characters escaped.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if matches!(c, '\\' | '[' | ']' | '<' | '>' | '|' | '*' | '_' | '`' | '#') {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// How many articles and outlets tell the story: "5 articles from 1 outlet
/// and 4 of no named outlet" (articles without an outlet are not counted as
/// outlets of their own).
pub fn coverage(d: &Dossier) -> String {
    let mut outlets: Vec<&str> = d.articles.iter().filter_map(|a| a.outlet.as_deref()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let unnamed = d.articles.iter().filter(|a| a.outlet.is_none()).count();
    let articles = format!("{} {}", d.articles.len(), plural(d.articles.len(), "article"));
    match (outlets.len(), unnamed) {
        (n, 0) => format!("{articles} from {n} {}", plural(n, "outlet")),
        (0, _) => format!("{articles}, none with its outlet named"),
        (n, u) => format!("{articles} from {n} {} and {u} of no named outlet", plural(n, "outlet")),
    }
}

/// The coverage table, an article a row.
fn article_rows(d: &Dossier, out: &mut String) {
    out.push_str("## Coverage\n\n| Outlet | Published | Headline | Article |\n|---|---|---|---|\n");
    for a in &d.articles {
        let dup = a.duplicate_of.as_deref().map(|x| format!(" (copy of {})", clean(x))).unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {}{dup} |",
            clean(a.outlet.as_deref().unwrap_or("unknown")),
            clean(a.published.as_deref().unwrap_or("undated")),
            clean(&a.headline()),
            clean(&a.id)
        );
    }
}

/// The coverage table of a big story, an outlet a row (in order of its
/// first article): how many articles it ran (copies of another article
/// counted apart), its first and last dates, and its first headline.
fn outlet_rows(d: &Dossier, out: &mut String) {
    struct Row<'a> {
        outlet: &'a str,
        articles: usize,
        copies: usize,
        first: Option<&'a str>,
        last: Option<&'a str>,
        headline: String,
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut row_of: HashMap<&str, usize> = HashMap::new();
    for a in &d.articles {
        let outlet = a.outlet.as_deref().unwrap_or("unknown");
        let headline = a.headline();
        let i = *row_of.entry(outlet).or_insert_with(|| {
            rows.push(Row { outlet, articles: 0, copies: 0, first: None, last: None, headline: headline.clone() });
            rows.len() - 1
        });
        let row = &mut rows[i];
        row.articles += 1;
        row.copies += usize::from(a.duplicate_of.is_some());
        if let Some(p) = a.published.as_deref() {
            if row.first.is_none_or(|f| p < f) {
                (row.first, row.headline) = (Some(p), headline);
            }
            row.last = row.last.max(Some(p));
        }
    }
    // dated outlets by their first article, undated ones after them
    rows.sort_by(|a, b| (a.first.is_none(), a.first, a.outlet).cmp(&(b.first.is_none(), b.first, b.outlet)));
    let _ = writeln!(out, "## Coverage\n\nAn outlet a row ({} articles; `--format json` lists each).\n", d.articles.len());
    out.push_str("| Outlet | Articles | First | Last | First headline |\n|---|---|---|---|---|\n");
    for r in rows {
        let copies = match r.copies {
            0 => String::new(),
            1 => " (1 copy)".to_string(),
            n => format!(" ({n} copies)"),
        };
        let (first, last) = (r.first.unwrap_or("undated"), r.last.unwrap_or("undated"));
        let _ = writeln!(out, "| {} | {}{copies} | {} | {} | {} |", clean(r.outlet), r.articles, clean(first), clean(last), clean(&r.headline));
    }
}

/// The dossier as a Markdown brief.
pub fn markdown(d: &Dossier) -> String {
    let mut notes = Notes { dossier: d, order: Vec::new(), index: HashMap::new() };
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", clean(d.title.as_deref().unwrap_or("Untitled story")));
    // days, so that "2024-08-20" and "2024-08-20T08:40:00" are one day
    let days: Vec<&str> = d.articles.iter().filter_map(|a| a.published.as_deref()).map(|p| p.get(..10).unwrap_or(p)).collect();
    let span = match (days.iter().min(), days.iter().max()) {
        (Some(a), Some(b)) if a != b => format!(", {} to {}", clean(a), clean(b)),
        (Some(a), _) => format!(", {}", clean(a)),
        _ => String::new(),
    };
    let _ = writeln!(out, "*Story {} · {}{span}*\n", clean(&d.id), coverage(d));

    if d.articles.len() > MAX_COVERAGE_ROWS {
        outlet_rows(d, &mut out);
    } else {
        article_rows(d, &mut out);
    }

    out.push_str("\n## Summary\n\n");
    for s in &d.summary {
        let _ = write!(out, "{}{} ", clean(&s.text), notes.cite(&s.sources));
    }
    out.push_str("\n\n## Corroborated facts\n\n");
    let (corroborated, single): (Vec<_>, Vec<_>) = d.facts.iter().partition(|f| !f.single_source);
    if corroborated.is_empty() {
        out.push_str("No statement is reported by more than one independent outlet.\n");
    }
    for f in corroborated.iter().take(MAX_FACTS) {
        let outlets: Vec<String> = f.outlets.iter().map(|o| clean(o)).collect();
        let _ = writeln!(out, "- {} — *{} (support {})*{}", clean(&f.text), outlets.join(", "), f.support, notes.cite(&f.sources));
    }
    more(&mut out, corroborated.len(), MAX_FACTS, "facts");
    out.push_str("\n## Single-source claims\n\n");
    for f in single.iter().take(MAX_CLAIMS) {
        let _ = writeln!(out, "- {} — *{} only*{}", clean(&f.text), clean(f.outlets.first().map_or("one outlet", |o| o)), notes.cite(&f.sources));
    }
    more(&mut out, single.len(), MAX_CLAIMS, "claims");

    out.push_str("\n## Quotes by speaker\n\n");
    let mut shown = 0;
    for (speaker, groups) in d.quotes_by_speaker() {
        if shown >= MAX_QUOTES {
            break;
        }
        let _ = writeln!(out, "**{}**\n", clean(speaker));
        for q in groups.iter().take(MAX_QUOTES - shown) {
            shown += 1;
            // Quotation marks only for words an outlet ran in them.
            let worded = |w: &str| match (q.quoted(w), q.denied(w)) {
                (true, _) => format!("“{}”", clean(w)),
                (false, true) => format!("(denied) {}", clean(w)),
                (false, false) => format!("(reported) {}", clean(w)),
            };
            let _ = writeln!(out, "- {}{}", worded(&q.text), notes.cite(&q.sources));
            let others = q.other_wordings();
            for v in others.iter().take(MAX_VARIANTS) {
                let _ = writeln!(out, "  - also worded: {}{}", worded(&v.text), notes.cite(&v.sources));
            }
            if others.len() > MAX_VARIANTS {
                let _ = writeln!(out, "  - (+{} more wordings)", others.len() - MAX_VARIANTS);
            }
        }
        out.push('\n');
    }
    if d.quotes.len() > shown {
        more(&mut out, d.quotes.len(), shown, "statements");
        out.push('\n');
    }

    out.push_str("## Timeline\n\n");
    for t in d.timeline.iter().take(MAX_TIMELINE) {
        let _ = writeln!(out, "- **{}** — {}{}", clean(&t.date), clean(&t.text), notes.cite(&t.sources));
    }
    more(&mut out, d.timeline.len(), MAX_TIMELINE, "dated events");

    out.push_str("\n## Discrepancies\n\n");
    if d.discrepancies.is_empty() {
        out.push_str("None found.\n");
    }
    for x in d.discrepancies.iter().take(MAX_DISCREPANCIES) {
        let kind = serde_json::to_value(x.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let _ = writeln!(out, "- **{}**: {}", clean(&kind), clean(&x.description));
        for s in &x.sides {
            let _ = writeln!(out, "  - {}{}", clean(&s.text), notes.cite(&s.sources));
        }
    }
    more(&mut out, d.discrepancies.len(), MAX_DISCREPANCIES, "discrepancies");

    if !notes.order.is_empty() {
        out.push_str("\n---\n\n");
        notes.render(&mut out);
    }
    out
}

/// A line saying how many items of a section the brief leaves out (the
/// JSON dossier has them all), when it leaves any out.
fn more(out: &mut String, total: usize, shown: usize, what: &str) {
    if total > shown {
        let _ = writeln!(out, "- *(+{} more {what}: `--format json` lists all)*", total - shown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::{CoverageItem, Fact, SummarySentence};

    fn dossier() -> Dossier {
        Dossier {
            id: "s1".into(),
            title: Some("Pier <b>closed</b>".into()),
            articles: vec![CoverageItem {
                id: "a".into(),
                outlet: Some("Ledger | Daily".into()),
                title: Some("Pier shut".into()),
                published: Some("2031-03-04".into()),
                url: None,
                duplicate_of: None,
                opening: None,
            }],
            summary: vec![SummarySentence {
                text: "The port closed the pier.".into(),
                sources: vec![Source { article: "a".into(), sentence: 0 }],
            }],
            facts: vec![Fact {
                text: "The port closed the pier.".into(),
                sources: vec![Source { article: "a".into(), sentence: 0 }],
                outlets: vec!["Ledger | Daily".into()],
                support: 1,
                single_source: true,
            }],
            quotes: Vec::new(),
            timeline: Vec::new(),
            discrepancies: Vec::new(),
            entities: Vec::new(),
        }
    }

    #[test]
    fn citations_become_footnotes_and_markup_is_escaped() {
        let md = markdown(&dossier());
        assert!(md.contains("The port closed the pier.[^1]"), "{md}");
        assert_eq!(md.matches("[^1]:").count(), 1, "one note per sentence cited twice");
        assert!(md.contains("[^1]: article a, sentence 1 (Ledger \\| Daily, 2031-03-04)"), "{md}");
        assert!(md.contains("\\<b\\>"), "{md}");
        assert!(!md.contains("<b>"));
        assert!(md.contains("1 article from 1 outlet, 2031-03-04*"), "{md}");
    }

    #[test]
    fn a_section_cut_short_says_how_much_it_leaves_out() {
        let mut d = dossier();
        let claim = d.facts[0].clone();
        d.facts = vec![claim; MAX_CLAIMS + 3];
        let md = markdown(&d);
        assert!(md.contains("(+3 more claims: `--format json` lists all)"), "{md}");
        assert!(!markdown(&dossier()).contains("more claims"), "a section shown whole says nothing");
    }

    #[test]
    fn a_speakers_quotes_share_one_heading_and_list_their_other_wordings_each_as_what_it_is() {
        use concord_model::{QuoteGroup, QuoteVariant, Speaker};
        let mut d = dossier();
        let at = |sentence| vec![Source { article: "a".into(), sentence }];
        d.quotes.push(QuoteGroup {
            speaker: Speaker { name: "Ada Quill".into(), entity: None },
            text: "the pier stays shut until May".into(),
            variants: vec![
                QuoteVariant { text: "the pier stays shut until May".into(), sources: at(1), direct: true, denied: false },
                QuoteVariant { text: "the pier is closed till May".into(), sources: at(2), direct: false, denied: false },
                QuoteVariant { text: "the pier was ever unsafe".into(), sources: at(3), direct: false, denied: true },
            ],
            sources: [at(1), at(2)].concat(),
            direct: false,
        });
        let mut second = d.quotes[0].clone();
        second.speaker.name = "ada quill".into();
        second.text = "the ferry runs again in June".into();
        second.variants.clear();
        d.quotes.push(second);
        let md = markdown(&d);
        assert_eq!(md.matches("the pier stays shut until May").count(), 1, "{md}");
        assert!(md.contains("- “the pier stays shut until May”[^"), "quoted by one outlet: {md}");
        assert!(md.contains("  - also worded: (reported) the pier is closed till May[^"), "{md}");
        assert!(md.contains("  - also worded: (denied) the pier was ever unsafe[^"), "what the speaker denied says so: {md}");
        assert_eq!(md.to_lowercase().matches("**ada quill**").count(), 1, "one heading for the speaker's two statements: {md}");
        assert!(md.contains("- (reported) the ferry runs again in June[^"), "{md}");
    }

    #[test]
    fn an_untitled_article_is_listed_by_its_opening_words() {
        let mut d = dossier();
        let untitled = CoverageItem { id: "b".into(), title: None, opening: Some("The harbour board closed the | pier…".into()), ..d.articles[0].clone() };
        d.articles.push(untitled);
        let md = markdown(&d);
        assert!(md.contains("| (untitled) The harbour board closed the \\| pier… | b |"), "{md}");
    }

    #[test]
    fn the_header_counts_named_outlets_and_days() {
        let mut d = dossier();
        let unnamed = CoverageItem { id: "b".into(), outlet: None, published: Some("2031-03-04T08:40:00".into()), ..d.articles[0].clone() };
        d.articles.push(unnamed);
        let md = markdown(&d);
        assert!(md.contains("2 articles from 1 outlet and 1 of no named outlet, 2031-03-04*"), "{md}");
    }

    #[test]
    fn a_big_story_lists_its_coverage_an_outlet_a_row() {
        let mut d = dossier();
        let base = d.articles[0].clone();
        d.articles = (0..45)
            .map(|i| CoverageItem {
                id: format!("a{i}"),
                outlet: Some(["Ledger | Daily", "Courier", "Herald"][i % 3].into()),
                title: Some(format!("Pier report {i}")),
                published: (i != 1).then(|| format!("2031-03-{:02}", 28 - i / 2)),
                duplicate_of: (i == 5).then(|| "a2".to_string()),
                ..base.clone()
            })
            .collect();
        let md = markdown(&d);
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| Outlet")).collect();
        assert_eq!(rows.len(), 3, "{md}");
        // the earliest article (a44, 2031-03-06) is the Herald's, which also
        // ran the copy a5; the Courier's a1, undated, counts but dates nothing
        assert_eq!(rows[0], "| Herald | 15 (1 copy) | 2031-03-06 | 2031-03-27 | Pier report 44 |", "{md}");
        assert!(rows.contains(&"| Courier | 15 | 2031-03-07 | 2031-03-26 | Pier report 43 |"), "{md}");
        assert!(rows.contains(&"| Ledger \\| Daily | 15 | 2031-03-07 | 2031-03-28 | Pier report 42 |"), "{md}");
        assert!(md.contains("An outlet a row (45 articles"), "{md}");
    }
}
