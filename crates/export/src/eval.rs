//! `concord eval cyber`: precision and recall of threat-actor and ATT&CK
//! technique detection on short annotated cyber news articles (fictional,
//! `tests/cyber/articles.jsonl`: `id`, `text`, gold `actors`, gold `techniques`).

use std::collections::BTreeSet;

use anyhow::Context;
use concord_model::Analysis;
use serde::Deserialize;

use crate::stix::{cti, detect};

const BUNDLED: &str = include_str!("../tests/cyber/articles.jsonl");

#[derive(Deserialize)]
struct Annotated {
    id: String,
    text: String,
    actors: Vec<String>,
    techniques: Vec<String>,
}

/// True/false positives and false negatives.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, gold: &BTreeSet<String>, found: &BTreeSet<String>) {
        self.tp += gold.intersection(found).count();
        self.fp += found.difference(gold).count();
        self.fn_ += gold.difference(found).count();
    }
    fn line(&self, what: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        format!("{what:<20} precision {p:.3}  recall {r:.3}  F1 {f:.3}  (tp {} fp {} fn {})", self.tp, self.fp, self.fn_)
    }
}

fn canonical_actor(name: &str) -> String {
    let cti = cti();
    cti.actor_named(name).map(|i| cti.actors[i].name.clone()).unwrap_or_else(|| name.to_string()).to_lowercase()
}

fn family(ids: &BTreeSet<String>) -> BTreeSet<String> {
    ids.iter().map(|t| t.split('.').next().unwrap_or(t).to_string()).collect()
}

/// Runs the evaluation. Arguments: `[--file PATH] [--verbose]`.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    let mut file = None;
    let mut verbose = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--file" => file = Some(it.next().context("--file needs a path")?.clone()),
            "--verbose" | "-v" => verbose = true,
            "--help" | "-h" => {
                println!("concord eval cyber [--file ARTICLES.jsonl] [--verbose]\n\
                          Precision/recall of threat-actor and ATT&CK technique detection.");
                return Ok(());
            }
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let data = match &file {
        Some(f) => std::fs::read_to_string(f).with_context(|| format!("reading {f}"))?,
        None => BUNDLED.to_string(),
    };
    let (mut actors, mut techniques, mut families) = (Counts::default(), Counts::default(), Counts::default());
    let mut n = 0;
    for (i, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let a: Annotated = serde_json::from_str(line).with_context(|| format!("line {}", i + 1))?;
        let claims = detect::claims(&a.text, &Analysis::default());
        let found_actors: BTreeSet<String> = claims.actors.iter().map(|x| canonical_actor(&x.name)).collect();
        let gold_actors: BTreeSet<String> = a.actors.iter().map(|x| canonical_actor(x)).collect();
        let found_tech: BTreeSet<String> = claims.uses.iter().map(|u| u.technique.clone()).collect();
        let gold_tech: BTreeSet<String> = a.techniques.iter().cloned().collect();
        actors.add(&gold_actors, &found_actors);
        techniques.add(&gold_tech, &found_tech);
        families.add(&family(&gold_tech), &family(&found_tech));
        if verbose && (found_actors != gold_actors || found_tech != gold_tech) {
            println!("{}: actors {:?} (gold {:?}); techniques {:?} (gold {:?})", a.id, found_actors, gold_actors, found_tech, gold_tech);
        }
        n += 1;
    }
    println!("{n} articles");
    println!("{}", actors.line("actors"));
    println!("{}", techniques.line("techniques (exact)"));
    println!("{}", families.line("techniques (family)"));
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn bundled_set_is_big_enough_and_runs() {
        assert!(super::BUNDLED.lines().filter(|l| !l.trim().is_empty()).count() >= 30);
        super::main(&["--verbose".into()]).unwrap();
        assert!(super::main(&["--bogus".into()]).is_err());
    }
}
