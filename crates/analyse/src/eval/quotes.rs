//! Quotation evaluation on PolNeAR (BRAT standoff attributions).
//!
//! For each article of a split (`text/NAME.txt` with the first
//! `attributions/NAME_*.ann`), the gold attributions are Content spans with
//! their Source. A predicted quote matches a gold Content when their overlap
//! covers at least half of the shorter span. Reported: recall of direct
//! quotations (gold Contents that begin with a quotation mark), precision,
//! recall and F1 against all gold Contents, and speaker accuracy (the
//! predicted speaker shares a content word with the gold Source) over matched
//! pairs whose Source is not a bare pronoun. The predicted speaker is the
//! phrase naming it in the text and its resolved name, plus the aliases of
//! its entity when it resolved to one. Gold offsets count characters;
//! they are converted to bytes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use concord_model::{Entity, Quote};

use crate::{entities, quotes, sentences};

/// One gold attribution.
struct Gold {
    start: usize,
    end: usize,
    direct: bool,
    source: Option<String>,
    cue: Option<String>,
}

/// Counts over one split.
#[derive(Default)]
struct Tally {
    articles: usize,
    words: usize,
    gold: usize,
    gold_found: usize,
    direct: usize,
    direct_found: usize,
    predicted: usize,
    predicted_right: usize,
    speakers: usize,
    speakers_right: usize,
    direct_speakers: usize,
    direct_speakers_right: usize,
    time: Duration,
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which", "that", "this",
    "these", "those", "one", "his", "their", "its",
];

const STOP: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "in", "for", "on", "at", "by", "with", "s", "from", "as", "mr", "mrs", "ms",
];

/// Lowercase content words of a phrase.
fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
        .collect()
}

fn bare_pronoun(s: &str) -> bool {
    let w = content_words(s);
    w.is_empty() || w.len() == 1 && PRONOUNS.contains(&w[0].as_str())
}

/// Byte offset of every char index, plus the end.
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
}

/// Parses a BRAT file into gold attributions with byte offsets.
fn parse_ann(ann: &str, text: &str) -> Vec<Gold> {
    let bytes = byte_offsets(text);
    let at = |c: &str| c.parse::<usize>().ok().and_then(|c| bytes.get(c).copied());
    let mut spans: HashMap<&str, ((usize, usize), &str)> = HashMap::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(kind), Some(surface)) = (cols.next(), cols.next(), cols.next()) else { continue };
        if !id.starts_with('T') {
            continue;
        }
        let ranges = kind.split_once(' ').map_or("", |(_, r)| r);
        let mut lo = usize::MAX;
        let mut hi = 0;
        for frag in ranges.split(';') {
            let mut ends = frag.split_whitespace();
            if let (Some(s), Some(e)) = (ends.next().and_then(at), ends.next().and_then(at)) {
                lo = lo.min(s);
                hi = hi.max(e);
            }
        }
        if lo < hi {
            spans.insert(id, ((lo, hi), surface));
        }
    }
    let mut out = Vec::new();
    for line in ann.lines().filter(|l| l.starts_with('E')) {
        let args = line.split('\t').nth(1).unwrap_or("");
        let role = |r: &str| args.split_whitespace().find_map(|a| a.strip_prefix(r)).and_then(|id| spans.get(id));
        let Some(&((start, end), surface)) = role("Content:") else { continue };
        let direct = surface.trim_start().starts_with(['“', '"', '‘', '«', '\'']);
        let source = role("Source:").map(|&(_, s)| s.to_string());
        let cue = role("Cue:").map(|&(_, s)| s.to_string());
        out.push(Gold { start, end, direct, source, cue });
    }
    out
}

fn overlaps(q: &Quote, g: &Gold) -> usize {
    q.end.min(g.end).saturating_sub(q.start.max(g.start))
}

fn matches(q: &Quote, g: &Gold) -> bool {
    let shorter = (q.end - q.start).min(g.end - g.start).max(1);
    overlaps(q, g) * 2 >= shorter
}

/// Scores one article into `tally`, printing up to `show` speaker errors and
/// up to `misses` unmatched gold attributions (cue, source, content, and the
/// predicted quote overlapping it, if any).
fn score(text: &str, gold: &[Gold], tally: &mut Tally, show: &mut usize, misses: &mut usize) {
    let sents = sentences::split(text);
    let ents = entities::recognise(text, &sents, crate::Language::English);
    // the fastest of three runs: the machine is shared and preemption is noise
    let mut predicted = Vec::new();
    let mut fastest = Duration::MAX;
    for _ in 0..3 {
        let t0 = Instant::now();
        predicted = quotes::find(text, &sents, &ents, crate::Language::English);
        fastest = fastest.min(t0.elapsed());
    }
    tally.time += fastest;
    tally.articles += 1;
    tally.words += text.split_whitespace().count();
    tally.gold += gold.len();
    tally.predicted += predicted.len();
    tally.predicted_right += predicted.iter().filter(|q| gold.iter().any(|g| matches(q, g))).count();
    for g in gold {
        let best = predicted.iter().filter(|q| matches(q, g)).max_by_key(|q| overlaps(q, g));
        tally.gold_found += usize::from(best.is_some());
        if best.is_none() && *misses > 0 {
            *misses -= 1;
            let near = predicted.iter().find(|q| overlaps(q, g) > 0).map_or("", |q| q.text.as_str());
            let (cue, source) = (g.cue.as_deref().unwrap_or(""), g.source.as_deref().unwrap_or(""));
            println!("MISS\t{cue:?}\t{source:?}\t{:?}\t{near:?}", text.get(g.start..g.end).unwrap_or(""));
        }
        if g.direct {
            tally.direct += 1;
            tally.direct_found += usize::from(best.is_some());
            if best.is_none() && *show > 0 {
                *show -= 1;
                let from = text.floor_char_boundary(g.start.saturating_sub(80));
                let to = text.ceil_char_boundary(g.end + 60);
                println!("  missed direct: {:?} in {:?}", text.get(g.start..g.end).unwrap_or(""), text.get(from..to).unwrap_or(""));
            }
        }
        let (Some(q), Some(source)) = (best, g.source.as_deref()) else { continue };
        if bare_pronoun(source) {
            continue;
        }
        tally.speakers += 1;
        tally.direct_speakers += usize::from(g.direct);
        let said = spoken_names(q, &ents);
        let want = content_words(source);
        if content_words(&said).iter().any(|w| want.contains(w)) {
            tally.speakers_right += 1;
            tally.direct_speakers_right += usize::from(g.direct);
        } else if *show > 0 {
            *show -= 1;
            let from = text.floor_char_boundary(q.start.saturating_sub(100));
            let to = text.ceil_char_boundary(q.end + 100);
            let kind = if g.direct { "direct" } else { "reported" };
            let cue = q.cue.as_deref().unwrap_or("");
            println!("  speaker {said:?} cue {cue:?} for gold {source:?} ({kind}): {:?}", text.get(from..to).unwrap_or(""));
        }
    }
}

/// The names a predicted speaker goes by: the words of the text that name
/// it (the span we took for the Source), its resolved name, and when it
/// resolved to an entity, that entity's aliases too ("Associated Press" is
/// also "AP"; "the company" is also "Twitter").
fn spoken_names(q: &Quote, entities: &[Entity]) -> String {
    let Some(speaker) = &q.speaker else { return String::new() };
    let entity = speaker.entity.as_ref().and_then(|id| entities.iter().find(|e| &e.id == id));
    let aliases = entity.map(|e| e.aliases.join(" ")).unwrap_or_default();
    let phrase = q.speaker_mention.as_ref().map_or("", |m| m.text.as_str());
    format!("{phrase} {} {aliases}", speaker.name).trim().to_string()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Evaluates one split folder; `limit` caps the articles read.
fn split(dir: &Path, limit: usize, show: &mut usize, misses: &mut usize) -> anyhow::Result<Tally> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join("text"))
        .with_context(|| format!("{}: no text/ folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok().and_then(|e| e.file_name().into_string().ok()))
        .filter(|n| n.ends_with(".ann"))
        .collect();
    anns.sort();
    let mut tally = Tally::default();
    for path in names.into_iter().take(limit) {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let prefix = format!("{stem}_");
        let Some(ann) = anns.iter().find(|a| a.starts_with(&prefix)) else { continue };
        let text = std::fs::read_to_string(&path)?;
        let ann = std::fs::read_to_string(dir.join("attributions").join(ann))?;
        score(&text, &parse_ann(&ann, &text), &mut tally, show, misses);
    }
    Ok(tally)
}

/// `concord eval quotes [--data DIR] [--split NAME] [--limit N] [--show N] [--misses N]`.
pub fn run(args: &[String]) -> anyhow::Result<()> {
    let mut data = concord_model::shared_data_dir().map(|d| d.join("quotes").join("polnear"));
    let mut splits = vec!["train".to_string(), "dev".to_string()];
    let mut limit = usize::MAX;
    let mut show = 0;
    let mut misses = 0;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().cloned().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--data" => data = Some(PathBuf::from(value()?)),
            "--split" => splits = vec![value()?],
            "--limit" => limit = value()?.parse()?,
            "--show" => show = value()?.parse()?,
            "--misses" => misses = value()?.parse()?,
            other => bail!("unknown argument {other:?} (use --data DIR, --split NAME, --limit N, --show N, --misses N)"),
        }
    }
    let Some(data) = data else { bail!("no data: pass --data DIR (PolNeAR with train/ and dev/)") };
    for name in splits {
        let t = split(&data.join(&name), limit, &mut show, &mut misses)?;
        let p = ratio(t.predicted_right, t.predicted);
        let r = ratio(t.gold_found, t.gold);
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let per_article = t.time.as_secs_f64() * 1000.0 / t.articles.max(1) as f64;
        let per_700 = t.time.as_secs_f64() * 1000.0 * 700.0 / t.words.max(1) as f64;
        println!(
            "{name}: articles {} gold {} predicted {} | direct recall {:.3} ({}/{}) | P {:.3} R {:.3} F1 {:.3} | speaker accuracy {:.3} ({}/{}; direct quotes {:.3}) | {:.3} ms/article, {:.3} ms/700 words",
            t.articles, t.gold, t.predicted, ratio(t.direct_found, t.direct), t.direct_found, t.direct, p, r, f1,
            ratio(t.speakers_right, t.speakers), t.speakers_right, t.speakers,
            ratio(t.direct_speakers_right, t.direct_speakers), per_article, per_700
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_brat_with_character_offsets() {
        let text = "Él dijo: “Hola, amigos.” said Ana.";
        let ann = "T1\tSource 30 33\tAna\nT2\tCue 25 29\tsaid\nT3\tContent 9 24\t“Hola, amigos.”\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        let gold = parse_ann(ann, text);
        assert_eq!(gold.len(), 1);
        assert_eq!(&text[gold[0].start..gold[0].end], "“Hola, amigos.”");
        assert!(gold[0].direct);
        assert_eq!(gold[0].source.as_deref(), Some("Ana"));
    }

    #[test]
    fn compares_speakers_by_content_words_and_skips_pronouns() {
        assert!(bare_pronoun("He") && bare_pronoun("they") && !bare_pronoun("the mayor"));
        assert_eq!(content_words("the Harris campaign's official"), vec!["harris", "campaign", "official"]);
    }
}
