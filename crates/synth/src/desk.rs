//! The story laid out on the desk for cross-checking: every member sentence
//! as a weighted term vector (stems, entities, dates, numbers), who counts as
//! an independent source, and which sentence pairs across articles are alike.

use std::collections::HashMap;

use chrono::NaiveDate;
use concord_model::{Granularity, Source, Timex, TimexType};
use rustc_hash::FxHashMap;

use crate::{text, Member};

/// One member article as synthesis sees it.
#[derive(Clone, Debug)]
pub struct Desk<'a> {
    /// The members, in the order given.
    pub members: &'a [Member],
    /// Per member: outlet label, independence key, dates.
    pub articles: Vec<Coverage>,
    /// Every sentence of every member.
    pub lines: Vec<Line<'a>>,
    /// Per member: index of its first line in `lines`.
    pub first_line: Vec<usize>,
    /// The year most members were published in (or the year of the first dated one).
    pub story_year: Option<i32>,
    /// Earliest publication date of a member.
    pub story_date: Option<NaiveDate>,
    /// The language most members are written in, when they are written in
    /// more than one (ties go to the language met first); `None` when they
    /// share one or say none.
    pub main_language: Option<&'a str>,
}

/// Who published a member and when.
#[derive(Clone, Debug)]
pub struct Coverage {
    /// The outlet, or the article id when the outlet is unknown.
    pub outlet: String,
    /// Independence key: a duplicate group counts once, an unknown outlet is its own.
    pub source_key: String,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Modification ("Updated") date.
    pub modified: Option<NaiveDate>,
}

/// One sentence with what it says in comparable form.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    /// Member index.
    pub article: usize,
    /// Sentence index in that member's analysis.
    pub index: usize,
    /// Sentence text.
    pub text: &'a str,
    /// L2-normalised weighted terms, sorted by term id.
    pub terms: Vec<(u32, f32)>,
    /// Content words in the sentence.
    pub content_words: usize,
    /// Distinct content stems, sorted.
    pub stems: Vec<String>,
    /// Distinct stems of what the sentence says happened (no dates, numbers), sorted.
    pub core: Vec<String>,
    /// Its words and their stems, read once for every measure taken from them.
    pub wording: text::Wording,
    /// How much it speaks in someone's voice (see [`text::voice`]).
    pub voice: f32,
    /// Entity ids mentioned.
    pub entities: Vec<&'a str>,
    /// Numbers stated outside time expressions.
    pub numbers: Vec<String>,
    /// Those numbers keyed by what they count (see [`text::counts`]).
    pub counts: Vec<(String, String, text::Bound)>,
    /// Dated time expressions in the sentence.
    pub timexes: Vec<&'a Timex>,
    /// True when the sentence is its article's own headline, repeated in
    /// the body as pages print it: a title, not a statement.
    pub headline: bool,
}

/// Extra weight of an entity, date or number term next to a word stem.
const ENTITY_WEIGHT: f32 = 1.5;
const DATE_WEIGHT: f32 = 1.5;

/// See [`Desk::main_language`].
fn main_language(members: &[Member]) -> Option<&str> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for lang in members.iter().filter_map(|m| m.article.language.as_deref()) {
        match counts.iter_mut().find(|c| c.0 == lang) {
            Some(c) => c.1 += 1,
            None => counts.push((lang, 1)),
        }
    }
    if counts.len() < 2 {
        return None;
    }
    // The first of the most frequent: `max_by_key` keeps the last of equals.
    counts.iter().rev().max_by_key(|c| c.1).map(|c| c.0)
}

impl<'a> Desk<'a> {
    /// Lays out `members`.
    pub fn new(members: &'a [Member]) -> Self {
        let articles = coverage(members);
        let mut lines: Vec<Line<'a>> = Vec::new();
        // Term ids in order of first use; entity, date and number terms carry
        // a mark no word has.
        let mut vocab: FxHashMap<String, u32> = FxHashMap::default();
        let mut id = |term: &str| match vocab.get(term) {
            Some(&id) => id,
            None => {
                let id = vocab.len() as u32;
                vocab.insert(term.to_string(), id);
                id
            }
        };
        let mut key = String::new();
        let mut marked = |mark: &str, value: &str| {
            key.clear();
            key.push_str(mark);
            key.push_str(value);
            id(&key)
        };
        let mut first_line = Vec::with_capacity(members.len());
        for (a, m) in members.iter().enumerate() {
            first_line.push(lines.len());
            let title = m.article.title.as_deref().map(text::words).filter(|t| !t.is_empty());
            let n = m.analysis.sentences.len();
            let mut named: Vec<Vec<&str>> = vec![Vec::new(); n];
            for e in &m.analysis.entities {
                for x in e.mentions.iter().filter(|x| x.sentence < n) {
                    named[x.sentence].push(e.id.as_str());
                }
            }
            let mut dated: Vec<Vec<&Timex>> = vec![Vec::new(); n];
            for t in m.analysis.timexes.iter().filter(|t| t.sentence < n) {
                dated[t.sentence].push(t);
            }
            for (i, s) in m.analysis.sentences.iter().enumerate() {
                let timexes = std::mem::take(&mut dated[i]);
                let mut entities = std::mem::take(&mut named[i]);
                entities.sort_unstable();
                entities.dedup();
                let masked = mask_spans(&s.text, s.start, &timexes);
                let wording = text::Wording::new(&s.text);
                let (numbers, counts) = text::figures(&masked, (masked == s.text).then_some(&wording.words[..]));
                let stems = wording.content_stems();
                let mut terms: Vec<(u32, f32)> = Vec::with_capacity(stems.len() + entities.len() + timexes.len() + numbers.len());
                for st in &stems {
                    terms.push((marked("", st), 1.0));
                }
                for e in &entities {
                    terms.push((marked("\u{1}e:", e), ENTITY_WEIGHT));
                }
                for t in &timexes {
                    if let Some(v) = t.value.as_deref().filter(|_| t.kind == TimexType::Date) {
                        terms.push((marked("\u{1}d:", v), DATE_WEIGHT));
                    }
                }
                for n in &numbers {
                    terms.push((marked("\u{1}n:", n), 1.0));
                }
                let line = Line {
                    article: a,
                    index: i,
                    text: &s.text,
                    terms,
                    content_words: stems.len(),
                    stems: {
                        let mut u = stems;
                        u.sort();
                        u.dedup();
                        u
                    },
                    core: {
                        let mut u = wording.core_stems();
                        u.sort();
                        u.dedup();
                        u
                    },
                    voice: text::voice(&s.text, &wording.words),
                    headline: title.as_ref().is_some_and(|t| wording.words == *t),
                    wording,
                    entities,
                    numbers,
                    counts,
                    timexes,
                };
                lines.push(line);
            }
        }
        weigh(&mut lines, vocab.len());
        let mut years: Vec<i32> = articles.iter().filter_map(|c| c.published).map(|d| chrono::Datelike::year(&d)).collect();
        years.sort_unstable();
        let story_year = years.get(years.len() / 2).copied();
        let story_date = articles.iter().filter_map(|c| c.published).min();
        Desk { members, articles, lines, first_line, story_year, story_date, main_language: main_language(members) }
    }

    /// The citation of line `l`.
    pub fn source(&self, l: usize) -> Source {
        let line = &self.lines[l];
        Source { article: self.members[line.article].article.id.clone(), sentence: line.index }
    }

    /// Line `l` as a statement of the story: trimmed, without its article's
    /// dateline (the place extraction found, or a wire dateline's shape).
    pub fn statement_text(&self, l: usize) -> &'a str {
        let line = &self.lines[l];
        let text = line.text.trim();
        let text = match &self.members[line.article].article.dateline {
            Some(place) => text::without_place(text, place),
            None => text,
        };
        text::without_dateline(text)
    }

    /// One past the highest term id of any line.
    fn vocabulary(&self) -> usize {
        self.lines.iter().filter_map(|l| l.terms.last()).map(|t| t.0 as usize + 1).max().unwrap_or(0)
    }

    /// The lines of member `a`, one per sentence of its analysis.
    pub fn lines_of(&self, a: usize) -> std::ops::Range<usize> {
        self.first_line[a]..self.first_line[a] + self.members[a].analysis.sentences.len()
    }

    /// Cosine similarity of two lines.
    pub fn sim(&self, a: usize, b: usize) -> f32 {
        dot(&self.lines[a].terms, &self.lines[b].terms)
    }

    /// Dice overlap of two lines' core stems: how much wording they share,
    /// whatever dates and numbers they give.
    pub fn wording_overlap(&self, a: usize, b: usize) -> f32 {
        let (x, y) = (&self.lines[a].core, &self.lines[b].core);
        let shared = x.iter().filter(|s| y.binary_search(s).is_ok()).count();
        (2 * shared) as f32 / (x.len() + y.len()).max(1) as f32
    }

    /// Every pair of lines from different articles with similarity at least
    /// `min`, as `(a, b, sim)` with `a < b`, most similar first.
    pub fn alike_pairs(&self, min: f32) -> Vec<(usize, usize, f32)> {
        let mut postings: Vec<Vec<(usize, f32)>> = vec![Vec::new(); self.vocabulary()];
        for (l, line) in self.lines.iter().enumerate() {
            for &(t, w) in &line.terms {
                postings[t as usize].push((l, w));
            }
        }
        let mut acc = vec![0f32; self.lines.len()];
        let mut touched = Vec::new();
        let mut out = Vec::new();
        for (a, line) in self.lines.iter().enumerate() {
            for &(t, w) in &line.terms {
                for &(b, wb) in &postings[t as usize] {
                    if b > a && self.lines[b].article != line.article {
                        if acc[b] == 0.0 {
                            touched.push(b);
                        }
                        acc[b] += w * wb;
                    }
                }
            }
            for b in touched.drain(..) {
                if acc[b] >= min {
                    out.push((a, b, acc[b]));
                }
                acc[b] = 0.0;
            }
        }
        out.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
        out
    }

    /// Independent support of a set of lines: distinct source keys.
    pub fn support(&self, lines: &[usize]) -> usize {
        let mut keys: Vec<&str> = lines.iter().map(|&l| self.articles[self.lines[l].article].source_key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len()
    }

    /// Distinct outlets of a set of lines, in member order.
    pub fn outlets(&self, lines: &[usize]) -> Vec<String> {
        let mut arts: Vec<usize> = lines.iter().map(|&l| self.lines[l].article).collect();
        arts.sort_unstable();
        let mut out: Vec<String> = Vec::new();
        for a in arts {
            let o = &self.articles[a].outlet;
            if !out.contains(o) {
                out.push(o.clone());
            }
        }
        out
    }

    /// Citations of a set of lines, sorted and unique.
    pub fn sources(&self, lines: &[usize]) -> Vec<Source> {
        let mut s: Vec<Source> = lines.iter().map(|&l| self.source(l)).collect();
        s.sort();
        s.dedup();
        s
    }

    /// The sum of all line vectors, normalised: what the story is about.
    pub fn centroid(&self) -> Vec<(u32, f32)> {
        let mut acc = vec![0f32; self.vocabulary()];
        for line in &self.lines {
            for &(t, w) in &line.terms {
                acc[t as usize] += w;
            }
        }
        // Every term id up to the vocabulary's size is some line's term.
        let mut v: Vec<(u32, f32)> = acc.into_iter().enumerate().map(|(t, w)| (t as u32, w)).collect();
        normalise(&mut v);
        v
    }

    /// The language of line `l`'s article, when known.
    pub fn language(&self, l: usize) -> Option<&str> {
        self.members[self.lines[l].article].article.language.as_deref()
    }

    /// Whether line `l` is in the story's [`Desk::main_language`] (always,
    /// for a story in one language or a line of unknown language).
    pub fn in_main_language(&self, l: usize) -> bool {
        self.main_language.is_none_or(|main| self.language(l).is_none_or(|lang| lang == main))
    }

    /// Relative position of a line in its article, 0 for the lead.
    pub fn position(&self, l: usize) -> f32 {
        let line = &self.lines[l];
        let n = self.members[line.article].analysis.sentences.len().max(1);
        line.index as f32 / n as f32
    }

    /// True when a time expression's value is trustworthy: anchored on its own
    /// article's date, absolute, or naming a month or year (only the year
    /// could then come from the story).
    pub fn firm(t: &Timex) -> bool {
        t.anchor != Some(concord_model::AnchorKind::Story) || names_calendar(&t.text)
    }

    /// The dated value of a time expression worth placing in time (a calendar
    /// date, month, week or year, not a duration or "now").
    pub fn date_value(t: &Timex) -> Option<&str> {
        let v = t.value.as_deref()?;
        let dated = matches!(t.kind, TimexType::Date | TimexType::Time)
            && v.chars().next().is_some_and(|c| c.is_ascii_digit())
            && t.granularity != Some(Granularity::Duration);
        dated.then_some(v)
    }
}

/// Dot product of two sorted sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

fn normalise(v: &mut [(u32, f32)]) {
    let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        for x in v.iter_mut() {
            x.1 /= norm;
        }
    }
}

/// Turns each line's raw terms (ids below `vocabulary`, a weight per use)
/// into an idf-weighted, normalised vector.
fn weigh(lines: &mut [Line], vocabulary: usize) {
    let mut df: Vec<u32> = vec![0; vocabulary];
    for line in lines.iter_mut() {
        let mut v = std::mem::take(&mut line.terms);
        v.sort_unstable_by_key(|x| x.0);
        let mut merged: Vec<(u32, f32)> = Vec::with_capacity(v.len());
        for (id, w) in v {
            match merged.last_mut() {
                Some(last) if last.0 == id => last.1 += w,
                _ => merged.push((id, w)),
            }
        }
        for &(id, _) in &merged {
            df[id as usize] += 1;
        }
        line.terms = merged;
    }
    let n = lines.len().max(1) as f32;
    for line in lines {
        for x in line.terms.iter_mut() {
            let idf = (1.0 + n / df[x.0 as usize] as f32).ln();
            // Linear up to one weighted mention, sublinear beyond.
            let tf = if x.1 <= ENTITY_WEIGHT { x.1 } else { ENTITY_WEIGHT + (x.1 / ENTITY_WEIGHT).ln() };
            x.1 = tf * idf;
        }
        normalise(&mut line.terms);
    }
}

/// Blanks out time-expression spans so their digits are not read as numbers.
fn mask_spans(sentence: &str, offset: usize, timexes: &[&Timex]) -> String {
    let mut out = sentence.to_string();
    for t in timexes {
        let (Some(s), Some(e)) = (t.start.checked_sub(offset), t.end.checked_sub(offset)) else { continue };
        if let Some(span) = out.get(s..e) {
            let blank = " ".repeat(span.len());
            out.replace_range(s..e, &blank);
        }
    }
    out
}

const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// True when an expression names a month or a year ("August 10", "in July", "2016").
fn names_calendar(expr: &str) -> bool {
    text::words(expr)
        .iter()
        .any(|w| (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) || MONTHS.contains(&w.as_str()))
}

/// Outlet labels and independence keys of the members.
fn coverage(members: &[Member]) -> Vec<Coverage> {
    let index: HashMap<&str, usize> = members.iter().enumerate().map(|(i, m)| (m.article.id.as_str(), i)).collect();
    let outlet = |m: &Member| {
        m.article.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()).map(str::to_string)
    };
    members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            // Follow the duplicate chain to its root (bounded: chains may loop).
            let mut root = i;
            for _ in 0..members.len() {
                match members[root].duplicate_of.as_deref().and_then(|d| index.get(d)) {
                    Some(&next) if next != root => root = next,
                    _ => break,
                }
            }
            let source_key = match outlet(&members[root]) {
                Some(o) => format!("outlet:{}", o.to_lowercase()),
                None => format!("article:{}", members[root].article.id),
            };
            Coverage {
                outlet: outlet(m).unwrap_or_else(|| m.article.id.clone()),
                source_key,
                published: parse_date(m.article.published.as_deref()),
                modified: parse_date(m.article.modified.as_deref()),
            }
        })
        .collect()
}

/// The date part of an ISO 8601 date or date-time.
pub fn parse_date(s: Option<&str>) -> Option<NaiveDate> {
    let s = s?.trim();
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}
