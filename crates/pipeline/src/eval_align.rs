//! `concord eval cluster --semeval --align [--pairs even|odd] [--sample N]`
//! (builds with `embeddings`, `CONCORD_EMBEDDING_MODEL=multilingual-e5-small`):
//! how synthesis pairs sentences across languages on SemEval-2022's rated
//! article pairs in two languages. Each pair is laid out as a story of its
//! two articles (analysed as ingest would), their sentences embedded as
//! refresh embeds them (cut and quantised alike; cached by text under
//! `target/models/cache`). Per threshold of the hubness-discounted cosine:
//! how many same-story pairs (Overall ≤ 1.5) get at least one sentence pair
//! aligned, and how many different-story pairs (≥ 3.5) get any (each such
//! alignment is a false one), by meaning alone and with the names-and-figures
//! route. `--sample N` prints N aligned sentence pairs of same-story pairs,
//! drawn at random at the shipped threshold, for reading.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use anyhow::Context;
use concord_stories::data::{self, Rng};
use concord_synth::across::{self, SentenceVectors, MEANING_MIN};
use concord_synth::desk::Desk;
use concord_synth::Member;
use rayon::prelude::*;

use crate::sentence_vectors;

/// Thresholds of the discounted cosine reported.
const GRID: [f32; 10] = [0.02, 0.03, 0.035, 0.04, 0.045, 0.05, 0.055, 0.06, 0.07, 0.08];

/// One rated pair in two languages, laid out as a story of its two articles.
struct Pair {
    langs: String,
    same: bool,
    members: [usize; 2],
}

/// Runs the measurement on the SemEval CSV at `path`, over the rated pairs
/// that `keep` leaves.
pub fn main(path: &Path, args: &[String], keep: impl Fn(usize) -> bool) -> anyhow::Result<()> {
    let model = crate::cluster::model()?;
    anyhow::ensure!(
        model.kind().name() == sentence_vectors::MODEL,
        "--align needs CONCORD_EMBEDDING_MODEL={}",
        sentence_vectors::MODEL
    );
    let (articles, rated) = data::semeval(path)?;
    let by_id: HashMap<&str, usize> = articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let lang = |i: usize| articles[i].language.as_deref().unwrap_or("");
    let mut used: BTreeSet<usize> = BTreeSet::new();
    let mut pairs = Vec::new();
    for (n, p) in rated.iter().enumerate() {
        let (Some(&a), Some(&b)) = (by_id.get(p.a.as_str()), by_id.get(p.b.as_str())) else { continue };
        if !keep(n) || lang(a) == lang(b) || (p.overall > 1.5 && p.overall < 3.5) {
            continue;
        }
        used.extend([a, b]);
        pairs.push(Pair { langs: p.langs.clone(), same: p.overall <= 1.5, members: [a, b] });
    }
    let members: HashMap<usize, Member> = used
        .par_iter()
        .map(|&i| {
            let article = concord_stories::eval::article_of(&articles[i]);
            let analysis = concord_analyse::analyse(&article.body, None, article.language.as_deref());
            (i, Member { article, analysis, duplicate_of: None })
        })
        .collect();
    let vectors = embed(&members)?;
    let mut counts = vec![[0usize; 4]; GRID.len()];
    let (mut same, mut different, mut by_names) = (0, 0, [0, 0]);
    let mut aligned: Vec<(String, String, f32)> = Vec::new();
    for p in &pairs {
        let story = [members[&p.members[0]].clone(), members[&p.members[1]].clone()];
        let desk = Desk::new(&story);
        let names = !across::with_pairs_across_languages(&desk, &[], &SentenceVectors::new()).is_empty();
        let scored = across::meaning_pairs(&desk, &vectors, GRID[0]);
        let side = usize::from(!p.same);
        match p.same {
            true => same += 1,
            false => different += 1,
        }
        by_names[side] += usize::from(names);
        for (t, row) in GRID.iter().zip(counts.iter_mut()) {
            let any = scored.iter().any(|s| s.2 >= *t);
            row[side] += usize::from(any);
            row[2 + side] += usize::from(any || names);
        }
        if p.same {
            for &(a, b, s) in scored.iter().filter(|s| s.2 >= MEANING_MIN) {
                aligned.push((format!("[{}] {}", p.langs, desk.lines[a].text), desk.lines[b].text.to_string(), s));
            }
        }
    }
    println!("{} pairs in two languages: {same} same-story, {different} different-story", pairs.len());
    let [names_same, names_different] = by_names;
    println!("names and figures alone: same-story pairs aligned {names_same}/{same}, different-story {names_different}/{different}");
    println!("threshold  by meaning: same / different   with names and figures: same / different");
    for (t, [s, d, sn, dn]) in GRID.iter().zip(&counts) {
        let shipped = if (t - MEANING_MIN).abs() < 1e-6 { "  (shipped)" } else { "" };
        println!("{t:9.3}  {s:>14}/{same} / {d}/{different}   {sn:>18}/{same} / {dn}/{different}{shipped}");
    }
    println!("aligned sentence pairs in same-story pairs at {MEANING_MIN}: {}", aligned.len());
    if let Some(n) = args.iter().position(|a| a == "--sample").and_then(|i| args.get(i + 1)) {
        let n: usize = n.parse().context("--sample takes a number")?;
        Rng::new(1).shuffle(&mut aligned);
        for (k, (a, b, s)) in aligned.iter().take(n).enumerate() {
            println!("\n{}. score {s:.3}\n  {a}\n  {b}", k + 1);
        }
    }
    Ok(())
}

/// The sentence vectors of `members`, cut, embedded and quantised as
/// refresh makes them; read from the cache where known.
fn embed(members: &HashMap<usize, Member>) -> anyhow::Result<SentenceVectors> {
    let kind = crate::cluster::model()?.kind();
    let cache = concord_embed::model_dir(kind).join("../cache").join(format!("{}.bin", kind.name()));
    let mut cache = concord_embed::Cache::open(&cache)?;
    let mut missing: Vec<&str> =
        members.values().flat_map(sentence_vectors::texts).filter(|t| cache.get(t).is_none()).collect();
    missing.sort_unstable();
    missing.dedup();
    let started = std::time::Instant::now();
    // Chunks across the pool, as refresh embeds several articles at once.
    for (n, chunk) in missing.chunks(256).enumerate() {
        let embedded: Vec<Vec<Vec<f32>>> = chunk
            .par_chunks(16)
            .map(|c| crate::cluster::model()?.embed(c).map_err(Into::into))
            .collect::<Result<_, crate::PipelineError>>()?;
        for (text, v) in chunk.iter().zip(embedded.into_iter().flatten()) {
            cache.put(text, v)?;
        }
        let done = n * 256 + chunk.len();
        eprintln!("embedded {done} of {} sentences in {:.0}s", missing.len(), started.elapsed().as_secs_f64());
    }
    let mut out = SentenceVectors::new();
    for m in members.values() {
        let texts = sentence_vectors::texts(m);
        let raw: Vec<Vec<f32>> = texts.iter().map(|t| cache.get(t).map(<[f32]>::to_vec).unwrap_or_default()).collect();
        let dense = sentence_vectors::decode(&sentence_vectors::encode(&raw)).unwrap_or_default();
        out.insert(m.article.id.clone(), dense);
    }
    Ok(out)
}
