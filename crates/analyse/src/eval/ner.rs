//! `concord eval ner`: exact-span micro precision, recall and F1 of entity
//! mentions on CoNLL-2003 English dev and MEANTIME English (named mentions,
//! reduced to CoNLL-style name spans: see [`meantime`] for what is scored
//! there and why), per type and overall, plus documents per second.
//!
//! Type mapping: person = PER, organisation and group = ORG (threat actors,
//! parties and militias are organisations in both schemes), place = LOC;
//! `other` (demonyms, events) is not scored, nor is gold MISC. A mention that
//! contains another mention (an owner-named organisation such as "Iran's UN
//! mission") is a compound of ours that neither scheme marks, so only the
//! innermost mentions are scored.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use concord_model::EntityType;

use crate::{entities, sentences};

mod meantime;

/// A scored entity type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// A person.
    Per,
    /// An organisation.
    Org,
    /// A place.
    Loc,
}

impl Label {
    fn of_gold(tag: &str) -> Option<Label> {
        match tag {
            "PER" => Some(Label::Per),
            "ORG" => Some(Label::Org),
            "LOC" => Some(Label::Loc),
            _ => None,
        }
    }

    fn of_entity(kind: EntityType) -> Option<Label> {
        match kind {
            EntityType::Person => Some(Label::Per),
            EntityType::Organisation | EntityType::Group => Some(Label::Org),
            EntityType::Place => Some(Label::Loc),
            EntityType::Other => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
        }
    }
}

/// A labelled span: byte offsets and type.
pub type Span = (usize, usize, Label);

/// A document with its gold mentions.
pub struct Document {
    /// Its name.
    pub name: String,
    /// Tokens joined by spaces, sentences by newlines.
    pub text: String,
    /// Gold mentions.
    pub gold: Vec<Span>,
    /// Byte offset where annotation stops (MEANTIME marks only the opening sentences).
    pub annotated: usize,
    /// Spans whose status the gold leaves open: a prediction there is not scored.
    pub ignored: Vec<(usize, usize)>,
}

/// A token with its gold label: `None` outside any mention, else the label
/// (`None` for an unscored type) and whether the token opens the mention.
type Tagged = (String, Option<(Option<Label>, bool)>);

/// Builds text and gold spans from sentences of (token, gold label) pairs,
/// where a label opens a mention when `Some((label, begins))` starts one.
fn assemble(name: String, sentences: &[Vec<Tagged>]) -> Document {
    let mut text = String::new();
    let mut gold = Vec::new();
    for sentence in sentences {
        if !text.is_empty() {
            text.push('\n');
        }
        let mut open: Option<(usize, usize, Option<Label>)> = None;
        for (k, (token, tag)) in sentence.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(token);
            let end = text.len();
            match tag {
                Some((label, begins)) => {
                    let continues = !begins && open.is_some_and(|o| o.2 == *label);
                    if continues {
                        if let Some(o) = open.as_mut() {
                            o.1 = end;
                        }
                    } else {
                        if let Some((s, e, Some(l))) = open.take() {
                            gold.push((s, e, l));
                        }
                        open = Some((start, end, *label));
                    }
                }
                None => {
                    if let Some((s, e, Some(l))) = open.take() {
                        gold.push((s, e, l));
                    }
                }
            }
        }
        if let Some((s, e, Some(l))) = open.take() {
            gold.push((s, e, l));
        }
    }
    let annotated = text.len();
    Document { name, text, gold, annotated, ignored: Vec::new() }
}

/// Reads CoNLL-2003 (IOB1): one document per `-DOCSTART-`.
pub fn read_conll(raw: &str) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut sentences: Vec<Vec<Tagged>> = Vec::new();
    let mut current = Vec::new();
    let flush = |sentences: &mut Vec<Vec<_>>, docs: &mut Vec<Document>| {
        if !sentences.is_empty() {
            docs.push(assemble(format!("conll#{}", docs.len() + 1), sentences));
            sentences.clear();
        }
    };
    for line in raw.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            flush(&mut sentences, &mut docs);
            continue;
        }
        let tag = cols.last().copied().unwrap_or("O");
        let parsed = tag.split_once('-').map(|(bio, t)| (Label::of_gold(t), bio == "B"));
        current.push((cols[0].to_string(), parsed));
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    flush(&mut sentences, &mut docs);
    docs
}

/// Our mentions of a text, innermost only, as labelled spans.
pub fn predict(text: &str) -> Vec<Span> {
    let sentences = sentences::split(text);
    let mut spans: Vec<Span> = entities::recognise(text, &sentences, crate::Language::English)
        .iter()
        .filter_map(|e| Label::of_entity(e.kind).map(|l| (e, l)))
        .flat_map(|(e, l)| e.mentions.iter().map(move |m| (m.start, m.end, l)))
        .collect();
    spans.sort_unstable();
    spans.dedup();
    let outer = |s: &Span| spans.iter().any(|o| o != s && o.0 >= s.0 && o.1 <= s.1 && (o.0, o.1) != (s.0, s.1));
    spans.iter().filter(|s| !outer(s)).copied().collect()
}

/// True positives, predictions and gold mentions per label.
#[derive(Default)]
pub struct Tally(BTreeMap<Label, [usize; 3]>);

impl Tally {
    /// Counts one document.
    pub fn add(&mut self, gold: &[Span], predicted: &[Span]) {
        let gold_set: HashSet<&Span> = gold.iter().collect();
        for p in predicted {
            let row = self.0.entry(p.2).or_default();
            row[1] += 1;
            if gold_set.contains(p) {
                row[0] += 1;
            }
        }
        for g in gold {
            self.0.entry(g.2).or_default()[2] += 1;
        }
    }

    fn prf(row: [usize; 3]) -> (f64, f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (p, r) = (ratio(row[0], row[1]), ratio(row[0], row[2]));
        (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
    }

    /// Micro P/R/F1 over all labels.
    pub fn overall(&self) -> (f64, f64, f64) {
        let sum = self.0.values().fold([0; 3], |a, r| [a[0] + r[0], a[1] + r[1], a[2] + r[2]]);
        Self::prf(sum)
    }

    fn print(&self, corpus: &str, docs: usize, seconds: f64) {
        println!("{corpus}: {docs} documents, {:.0} docs/s", docs as f64 / seconds.max(1e-9));
        for (label, row) in &self.0 {
            let (p, r, f) = Self::prf(*row);
            println!("  {:<7} P {p:.3}  R {r:.3}  F1 {f:.3}  (tp {}, predicted {}, gold {})", label.name(), row[0], row[1], row[2]);
        }
        let (p, r, f) = self.overall();
        println!("  overall P {p:.3}  R {r:.3}  F1 {f:.3}");
    }
}

/// Scores `docs`, printing up to `errors` misses and false alarms.
pub fn evaluate(docs: &[Document], errors: usize) -> (Tally, f64) {
    let mut tally = Tally::default();
    let mut shown = 0;
    // Build the name lists before timing: they are built once per process.
    entities::gazetteer::gazetteer();
    let clock = Instant::now();
    let mut elapsed = 0.0;
    for doc in docs {
        let started = clock.elapsed().as_secs_f64();
        let mut predicted = predict(&doc.text);
        predicted.retain(|p| p.1 <= doc.annotated && (!doc.ignored.contains(&(p.0, p.1)) || doc.gold.iter().any(|g| (g.0, g.1) == (p.0, p.1))));
        elapsed += clock.elapsed().as_secs_f64() - started;
        tally.add(&doc.gold, &predicted);
        if shown < errors {
            let show = |s: &Span| doc.text.get(s.0..s.1).unwrap_or("?").to_string();
            for p in predicted.iter().filter(|p| !doc.gold.contains(p)) {
                println!("FP {} {} {:?} {}", doc.name, p.2.name(), show(p), p.0);
                shown += 1;
            }
            for g in doc.gold.iter().filter(|g| !predicted.contains(g)) {
                println!("FN {} {} {:?} {}", doc.name, g.2.name(), show(g), g.0);
                shown += 1;
            }
        }
    }
    (tally, elapsed)
}

pub(super) fn meantime_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("meantime").join("intra-doc_annotation"))
        .into_iter()
        .flatten()
        .flatten()
        .flat_map(|corpus| std::fs::read_dir(corpus.path()).into_iter().flatten().flatten())
        .map(|f| f.path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    files.sort();
    files
}

/// Reads the MEANTIME English documents under `dir`.
pub fn read_meantime_dir(dir: &Path) -> anyhow::Result<Vec<Document>> {
    meantime_files(dir)
        .iter()
        .map(|f| {
            let raw = std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            let name = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            meantime::read(name, &raw).with_context(|| format!("parsing {}", f.display()))
        })
        .collect()
}

/// `concord eval ner [--data DIR] [--errors N]`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let mut data: Option<PathBuf> = None;
    let mut errors = 0;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => data = it.next().map(PathBuf::from),
            "--errors" => errors = it.next().and_then(|n| n.parse().ok()).unwrap_or(50),
            other => anyhow::bail!("unknown argument {other:?} (usage: eval ner [--data DIR] [--errors N])"),
        }
    }
    let dir = match data {
        Some(d) => d,
        None => concord_model::shared_data_dir().map(|d| d.join("ner")).context("no --data and no shared data folder")?,
    };
    let conll = dir.join("conll2003-eng.testa.iob1");
    if conll.is_file() {
        let docs = read_conll(&std::fs::read_to_string(&conll)?);
        let (tally, seconds) = evaluate(&docs, errors);
        tally.print("CoNLL-2003 eng dev", docs.len(), seconds);
    }
    let meantime = read_meantime_dir(&dir)?;
    if !meantime.is_empty() {
        let (tally, seconds) = evaluate(&meantime, errors);
        tally.print("MEANTIME en (names, first 6 sentences)", meantime.len(), seconds);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_into_byte_spans() {
        let docs = read_conll("-DOCSTART- -X- O O\n\nPeter NNP I-NP I-PER\nBlack NNP I-NP I-PER\nvisited VBD I-VP O\nNew NNP I-NP I-LOC\nYork NNP I-NP I-LOC\n. . O O\n");
        assert_eq!(docs.len(), 1);
        let d = &docs[0];
        let words: Vec<&str> = d.gold.iter().map(|s| &d.text[s.0..s.1]).collect();
        assert_eq!(words, ["Peter Black", "New York"]);
        assert_eq!(d.gold[1].2, Label::Loc);
    }

    #[test]
    fn smoke_on_shared_conll() {
        let Some(dir) = concord_model::shared_data_dir().map(|d| d.join("ner")) else {
            println!("skipping: shared data absent");
            return;
        };
        let Ok(raw) = std::fs::read_to_string(dir.join("conll2003-eng.testa.iob1")) else {
            println!("skipping: shared data absent");
            return;
        };
        let docs: Vec<Document> = read_conll(&raw).into_iter().take(20).collect();
        let (tally, _) = evaluate(&docs, 0);
        let (_, _, f1) = tally.overall();
        assert!(f1 > 0.5, "F1 on 20 CoNLL documents fell to {f1:.3}");
    }

    #[test]
    fn meantime_gold_is_names_of_the_opening_sentences() {
        let Some(dir) = concord_model::shared_data_dir().map(|d| d.join("ner")) else {
            println!("skipping: shared data absent");
            return;
        };
        let docs = read_meantime_dir(&dir).unwrap_or_default();
        if docs.is_empty() {
            println!("skipping: shared data absent");
            return;
        }
        // No gold span past the scored opening, none opening with a determiner.
        for d in &docs {
            for g in &d.gold {
                assert!(g.1 <= d.annotated, "{}: gold past the annotated sentences", d.name);
                let first = d.text[g.0..g.1].split(' ').next().unwrap_or("");
                assert!(!matches!(first, "the" | "The" | "a" | "an"), "{}: {:?}", d.name, &d.text[g.0..g.1]);
            }
        }
        let (tally, _) = evaluate(&docs, 0);
        let (_, _, f1) = tally.overall();
        assert!(f1 > 0.8, "MEANTIME F1 fell to {f1:.3}");
    }
}
