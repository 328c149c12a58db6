//! Labelled clustering data: JSONL with a `label` field, the AllSides roundups
//! (one story told by three outlets per line) and SemEval-2022 task 8 article
//! pairs; and a generator that turns them into large dated article streams.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

/// An article with its gold story label (the fields of an ingest JSONL line plus `label`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Labelled {
    /// Article id.
    pub id: String,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// ISO 8601 publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Language code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Body text.
    #[serde(default)]
    pub text: String,
    /// Gold story label.
    #[serde(deserialize_with = "label_string")]
    pub label: String,
}

fn label_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    })
}

/// Reads a labelled JSONL file (lines without a label or id are refused with their line number).
pub fn read_jsonl(path: &Path) -> anyhow::Result<Vec<Labelled>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).with_context(|| format!("{}: line {}", path.display(), i + 1)))
        .collect()
}

/// Writes labelled articles as JSONL, one per line (what [`read_jsonl`] reads).
pub fn write_jsonl(path: &Path, items: &[Labelled]) -> anyhow::Result<()> {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?);
    for a in items {
        serde_json::to_writer(&mut w, a)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}

/// Loads the roundups: line `i` holds story `r{i}`, its `[SEP]`-separated
/// parts `TITLE=> … ARTICLE=> …` become articles `r{i}-{j}`.
pub fn roundups(path: &Path, limit: Option<usize>) -> anyhow::Result<Vec<Labelled>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().take(limit.unwrap_or(usize::MAX)) {
        for (j, part) in line.split("[SEP]").enumerate() {
            let part = part.trim();
            let (title, body) = match part.split_once("ARTICLE=>") {
                Some((t, b)) => (t.trim().strip_prefix("TITLE=>").unwrap_or(t).trim(), b.trim()),
                None => ("", part.strip_prefix("TITLE=>").unwrap_or(part).trim()),
            };
            if body.is_empty() && title.is_empty() {
                continue;
            }
            out.push(Labelled {
                id: format!("r{i}-{j}"),
                title: (!title.is_empty()).then(|| title.trim_end_matches('.').to_string()),
                language: Some("en".into()),
                text: body.to_string(),
                label: format!("r{i}"),
                ..Default::default()
            });
        }
    }
    Ok(out)
}

/// A rated SemEval pair.
#[derive(Clone, Debug, PartialEq)]
pub struct RatedPair {
    /// First article id.
    pub a: String,
    /// Second article id.
    pub b: String,
    /// Languages of the two articles (`en-en`).
    pub langs: String,
    /// Overall rating, 1 (same story) to 4 (unrelated).
    pub overall: f32,
}

/// Loads SemEval-2022 task 8 pairs: the distinct articles (labelled by their
/// own id) and the rated pairs. The CSV has `pair_id` `ID1_ID2`, `lang1`,
/// `lang2`, `text1`, `text2` and `Overall`.
pub fn semeval(path: &Path) -> anyhow::Result<(Vec<Labelled>, Vec<RatedPair>)> {
    let mut reader = csv::Reader::from_path(path).with_context(|| format!("reading {}", path.display()))?;
    let headers = reader.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name).with_context(|| format!("no column {name}"));
    let (pid, l1, l2, t1, t2, ov) =
        (col("pair_id")?, col("lang1")?, col("lang2")?, col("text1")?, col("text2")?, col("Overall")?);
    let mut articles: Vec<Labelled> = Vec::new();
    let mut seen: HashMap<String, ()> = HashMap::new();
    let mut pairs = Vec::new();
    for row in reader.records() {
        let row = row?;
        let get = |i: usize| row.get(i).unwrap_or("").to_string();
        let Some((a, b)) = get(pid).split_once('_').map(|(a, b)| (a.to_string(), b.to_string())) else { continue };
        let Ok(overall) = get(ov).trim().parse::<f32>() else { continue };
        for (id, lang, text) in [(&a, get(l1), get(t1)), (&b, get(l2), get(t2))] {
            if !text.trim().is_empty() && seen.insert(id.clone(), ()).is_none() {
                articles.push(Labelled {
                    id: id.clone(),
                    language: Some(lang),
                    text,
                    label: id.clone(),
                    ..Default::default()
                });
            }
        }
        pairs.push(RatedPair { a, b, langs: format!("{}-{}", get(l1), get(l2)), overall });
    }
    Ok((articles, pairs))
}

/// A small deterministic random source (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    /// The next 64 random bits.
    pub fn bits(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::text::mix64(self.0)
    }
    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.bits() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.bits() % n as u64) as usize }
    }
    /// Exponentially distributed with the given mean.
    pub fn exponential(&mut self, mean: f64) -> f64 {
        -mean * (1.0 - self.unit()).ln()
    }
    /// Shuffles a slice in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// Most generated articles per day on average: a longer stream spreads over
/// more days. The dev sets hold a few thousand stories, so a long stream
/// replays each one many times; packed into two years, a million articles
/// would replay each story every five days, and its copies, worded alike and
/// days apart, would rightly merge into one story. At this density (that of
/// the 100,000-article stream, where the time weight was checked) a story
/// comes back about every eight weeks, as a recurring event does.
pub const MAX_PER_DAY: f64 = 137.0;

/// How the generator spreads and perturbs articles.
#[derive(Clone, Debug)]
pub struct GenOptions {
    /// Articles to produce.
    pub count: usize,
    /// Pad bodies with background sentences of the story up to this many words (0: no padding).
    pub words: usize,
    /// Days over which story start dates are spread (widened for long streams,
    /// see [`MAX_PER_DAY`]).
    pub span_days: f64,
    /// Mean delay in hours of an article after its story's start (exponential).
    pub mean_delay_hours: f64,
    /// Share of articles that are re-published wire copies.
    pub wire_share: f64,
    /// Random seed.
    pub seed: u64,
}

impl Default for GenOptions {
    fn default() -> GenOptions {
        GenOptions { count: 10_000, words: 0, span_days: 730.0, mean_delay_hours: 20.0, wire_share: 0.1, seed: 1 }
    }
}

/// Turns labelled articles into `opts.count` new ones: stories are replayed as
/// many times as needed (each replay a new story with its own start date,
/// label `LABEL~N`), article texts are perturbed without paraphrasing (one
/// sentence dropped, later sentences reordered, padding sentences drawn from
/// one text of `background` per replay), dates follow the story start by an
/// exponential delay, and a share of articles is re-run as wire copies by
/// another outlet. The stream is in publication order, ids `g1`, `g2`… in
/// that order.
pub fn generate(sources: &[Labelled], background: &[String], opts: &GenOptions) -> Vec<Labelled> {
    let mut out = replay(sources, background, opts);
    out.sort_by(|a, b| a.published.cmp(&b.published));
    for (i, a) in out.iter_mut().enumerate() {
        a.id = format!("g{}", i + 1);
    }
    out
}

fn replay(sources: &[Labelled], background: &[String], opts: &GenOptions) -> Vec<Labelled> {
    let mut by_story: Vec<Vec<&Labelled>> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for a in sources {
        let i = *index.entry(&a.label).or_insert_with(|| {
            by_story.push(Vec::new());
            by_story.len() - 1
        });
        by_story[i].push(a);
    }
    let mut rng = Rng::new(opts.seed);
    let epoch = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
    let (Some(epoch), false) = (epoch, by_story.is_empty()) else { return Vec::new() };
    let replays = plan(&by_story, opts, &mut rng);
    let padding = padding_of(&replays, background, opts, &mut rng);
    let mut out = Vec::with_capacity(opts.count);
    for (replay, padding) in replays.iter().zip(padding) {
        let filler: Vec<&str> = padding.map(|p| sentences(&background[p])).unwrap_or_default();
        for src in &by_story[replay.story] {
            if out.len() >= opts.count {
                return out;
            }
            let delay = rng.exponential(opts.mean_delay_hours);
            let when = epoch + chrono::Duration::minutes(((replay.start_hours + delay) * 60.0) as i64);
            let text = perturb(&src.text, &filler, opts.words, &mut rng);
            let outlet = format!("Outlet {}", rng.below(60) + 1);
            let article = Labelled {
                id: format!("g{}", out.len() + 1),
                title: src.title.clone(),
                outlet: Some(outlet),
                published: Some(when.format("%Y-%m-%dT%H:%M:%S").to_string()),
                // No language hint: detecting it is part of the ingest measured.
                language: None,
                text,
                label: format!("{}~{}", src.label, replay.round),
            };
            let wire = rng.unit() < opts.wire_share && out.len() + 1 < opts.count;
            out.push(article.clone());
            if wire {
                let later = when + chrono::Duration::minutes(rng.below(600) as i64);
                out.push(Labelled {
                    id: format!("g{}", out.len() + 1),
                    outlet: Some(format!("Outlet {}", rng.below(60) + 1)),
                    published: Some(later.format("%Y-%m-%dT%H:%M:%S").to_string()),
                    text: format!("{}\n\nThis article was republished from a news agency.", article.text),
                    ..article
                });
            }
        }
    }
    out
}

/// One replay of a source story: a new story of its own.
struct Replay {
    /// Index of the source story.
    story: usize,
    /// How many times the source story was replayed before (the label's `~N`).
    round: usize,
    /// Start of the replay, in hours after the epoch.
    start_hours: f64,
}

/// Replays every source story round after round, each at a random start,
/// until the replays hold at least `opts.count` articles.
fn plan(by_story: &[Vec<&Labelled>], opts: &GenOptions, rng: &mut Rng) -> Vec<Replay> {
    let span_days = opts.span_days.max(opts.count as f64 / MAX_PER_DAY);
    let mut replays = Vec::new();
    let (mut articles, mut round) = (0, 0);
    while articles < opts.count {
        for (story, members) in by_story.iter().enumerate() {
            replays.push(Replay { story, round, start_hours: rng.unit() * span_days * 24.0 });
            articles += members.len();
        }
        round += 1;
    }
    replays
}

/// The background text each replay pads its articles with (`None` when there
/// is no padding). Texts are dealt out in order of start, a shuffled round of
/// the pool at a time, so a text comes back only after every other has been
/// used; and the pool holds one text of each topic ([`distinct_topics`]).
/// Drawn at random from all texts instead, two unrelated stories days apart
/// often shared a text, or two reports of one event, and their articles,
/// mostly padding, were rightly merged by the clustering the stream is
/// meant to measure.
fn padding_of(replays: &[Replay], background: &[String], opts: &GenOptions, rng: &mut Rng) -> Vec<Option<usize>> {
    let mut pool = if opts.words == 0 { Vec::new() } else { distinct_topics(background) };
    if pool.is_empty() {
        return vec![None; replays.len()];
    }
    rng.shuffle(&mut pool);
    let mut by_start: Vec<usize> = (0..replays.len()).collect();
    by_start.sort_by(|&a, &b| replays[a].start_hours.total_cmp(&replays[b].start_hours));
    let mut padding = vec![None; replays.len()];
    for (k, &r) in by_start.iter().enumerate() {
        padding[r] = Some(pool[k % pool.len()]);
    }
    padding
}

/// Most words two background texts of different topics share, as a Jaccard
/// index of their sets of words of four letters or more: 99.9% of the pairs
/// of English SemEval texts stay below it, while reports of one event mostly
/// share more.
const SAME_TOPIC_JACCARD: f64 = 0.1;

/// The indices of the background texts kept so that no two share a topic:
/// each text is kept unless it shares [`SAME_TOPIC_JACCARD`] of its words
/// with one kept before it.
fn distinct_topics(background: &[String]) -> Vec<usize> {
    let words = |t: &str| -> HashSet<String> {
        t.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect()
    };
    let mut kept: Vec<(usize, HashSet<String>)> = Vec::new();
    for (i, text) in background.iter().enumerate() {
        let w = words(text);
        let same = |k: &HashSet<String>| {
            let shared = w.intersection(k).count();
            shared as f64 >= SAME_TOPIC_JACCARD * (w.len() + k.len() - shared) as f64
        };
        if !w.is_empty() && !kept.iter().any(|k| same(&k.1)) {
            kept.push((i, w));
        }
    }
    kept.into_iter().map(|k| k.0).collect()
}

/// Sentences of a text, split after `.`, `!` or `?` followed by a space.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..bytes.len().saturating_sub(1) {
        if matches!(bytes[i], b'.' | b'!' | b'?') && bytes[i + 1] == b' ' {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s);
            }
            start = i + 1;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Drops one sentence of a longer text, swaps two later ones, and pads with filler sentences.
fn perturb(text: &str, filler: &[&str], words: usize, rng: &mut Rng) -> String {
    let mut parts: Vec<&str> = sentences(text);
    if parts.len() >= 4 {
        parts.remove(1 + rng.below(parts.len() - 1));
    }
    if parts.len() >= 4 {
        let (i, j) = (1 + rng.below(parts.len() - 1), 1 + rng.below(parts.len() - 1));
        parts.swap(i, j);
    }
    let mut out = parts.join(" ");
    let mut count = out.split_whitespace().count();
    let mut tries = 0;
    while count < words && !filler.is_empty() && tries < 4 * filler.len() + 8 {
        tries += 1;
        let s = filler[rng.below(filler.len())];
        out.push(' ');
        out.push_str(s);
        count += s.split_whitespace().count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(id: &str, label: &str, text: &str) -> Labelled {
        Labelled { id: id.into(), text: text.into(), label: label.into(), ..Default::default() }
    }

    #[test]
    fn generated_streams_have_the_count_fresh_ids_dates_and_replayed_labels() {
        let srcs = vec![src("a", "x", "One. Two. Three. Four. Five."), src("b", "x", "Six."), src("c", "y", "Seven.")];
        let opts = GenOptions { count: 10, wire_share: 0.0, ..Default::default() };
        let g = generate(&srcs, &[], &opts);
        assert_eq!(g.len(), 10);
        assert_eq!(g[0].id, "g1");
        assert!(g.windows(2).all(|w| w[0].published <= w[1].published));
        assert!(g.iter().filter(|a| a.label == "x~1").count() == 2);
        assert!(g.iter().all(|a| a.published.as_deref().is_some_and(|p| p.starts_with("202"))));
        let long = GenOptions { count: 2000, span_days: 1.0, wire_share: 0.0, ..Default::default() };
        let g = generate(&srcs, &[], &long);
        let days = |a: &Labelled| chrono::NaiveDate::parse_from_str(&a.published.as_ref().unwrap()[..10], "%Y-%m-%d").unwrap();
        let spread = (days(&g[g.len() - 1]) - days(&g[0])).num_days();
        assert!(spread as f64 >= 2000.0 / MAX_PER_DAY - 2.0, "a long stream spreads over more days: {spread}");
        let long = g.iter().find(|a| a.text.starts_with("One.")).unwrap();
        assert_eq!(long.text.matches(". ").count(), 3, "one of five sentences dropped: {}", long.text);
    }

    #[test]
    fn a_padding_text_comes_back_only_after_every_other_was_used() {
        let srcs: Vec<Labelled> = (0..4).map(|i| src(&format!("s{i}"), &format!("l{i}"), "A lead.")).collect();
        let background: Vec<String> = ["Alpha", "Beta", "Gamma"].iter().map(|w| format!("{w} one. {w} two.")).collect();
        let opts = GenOptions { count: 24, words: 6, mean_delay_hours: 0.0, wire_share: 0.0, ..Default::default() };
        let g = generate(&srcs, &background, &opts);
        let marker = |a: &Labelled| ["Alpha", "Beta", "Gamma"].into_iter().find(|w| a.text.contains(w)).unwrap();
        let used: Vec<&str> = g.iter().map(marker).collect();
        for w in used.windows(3) {
            assert!(w[0] != w[1] && w[1] != w[2] && w[0] != w[2], "{used:?}");
        }
    }

    #[test]
    fn background_texts_of_one_topic_count_once() {
        let texts = [
            "Protesters stormed the embassy compound in Baghdad after the airstrikes on militia bases.",
            "After airstrikes on militia bases, protesters stormed the Baghdad embassy compound.",
            "The central bank raised interest rates by a quarter point to curb inflation.",
        ];
        let texts: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
        assert_eq!(distinct_topics(&texts), vec![0, 2]);
    }

    #[test]
    fn labels_may_be_numbers() {
        let l: Labelled = serde_json::from_str(r#"{"id":"a","text":"t","label":7}"#).unwrap();
        assert_eq!(l.label, "7");
    }
}
