//! ROUGE-1, ROUGE-2 and ROUGE-L F1 between a candidate and a reference text:
//! lowercase alphanumeric tokens, Porter-stemmed (as `ROUGE-1.5.5 -m`).

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// Longest token sequence the LCS looks at (bounds time on hostile input).
const MAX_TOKENS: usize = 2000;

/// F1 scores of one candidate against one reference.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    /// Unigram F1.
    pub r1: f64,
    /// Bigram F1.
    pub r2: f64,
    /// Longest-common-subsequence F1.
    pub rl: f64,
}

/// Lowercased, stemmed word tokens.
pub fn tokens(text: &str) -> Vec<String> {
    let stemmer = Stemmer::create(Algorithm::English);
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_TOKENS)
        .map(|w| stemmer.stem(&w.to_lowercase()).into_owned())
        .collect()
}

fn f1(overlap: usize, cand: usize, refr: usize) -> f64 {
    if overlap == 0 || cand == 0 || refr == 0 {
        return 0.0;
    }
    let p = overlap as f64 / cand as f64;
    let r = overlap as f64 / refr as f64;
    2.0 * p * r / (p + r)
}

fn ngram_f1(c: &[String], r: &[String], n: usize) -> f64 {
    fn grams(t: &[String], n: usize) -> HashMap<&[String], usize> {
        let mut m: HashMap<&[String], usize> = HashMap::new();
        for g in t.windows(n) {
            *m.entry(g).or_default() += 1;
        }
        m
    }
    let (gc, gr) = (grams(c, n), grams(r, n));
    let overlap: usize = gc.iter().map(|(g, &k)| k.min(gr.get(g).copied().unwrap_or(0))).sum();
    f1(overlap, c.len().saturating_sub(n - 1), r.len().saturating_sub(n - 1))
}

fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { cur[j].max(prev[j + 1]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// ROUGE-1/2/L F1 of `candidate` against `reference`.
pub fn score(candidate: &str, reference: &str) -> Scores {
    let (c, r) = (tokens(candidate), tokens(reference));
    Scores { r1: ngram_f1(&c, &r, 1), r2: ngram_f1(&c, &r, 2), rl: f1(lcs(&c, &r), c.len(), r.len()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one_and_disjoint_zero() {
        let s = score("The pier was closed.", "the pier was closed");
        assert!((s.r1 - 1.0).abs() < 1e-9 && (s.r2 - 1.0).abs() < 1e-9 && (s.rl - 1.0).abs() < 1e-9);
        assert_eq!(score("apples", "oranges"), Scores::default());
    }

    #[test]
    fn partial_overlap_by_hand() {
        // cand: a b c d ; ref: a b x d -> unigram overlap 3/4, bigram 1/3, LCS 3.
        let s = score("a b c d", "a b x d");
        assert!((s.r1 - 0.75).abs() < 1e-9);
        assert!((s.r2 - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.rl - 0.75).abs() < 1e-9);
        assert!((score("closing piers", "closed pier").r1 - 1.0).abs() < 1e-9, "stemmed");
    }
}
