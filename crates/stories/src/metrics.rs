//! Clustering quality against gold labels: pairwise and BCubed precision,
//! recall and F1, computed from the contingency table (no pair enumeration).

use std::collections::HashMap;

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn new(p: f64, r: f64) -> Prf {
        Prf { p, r, f1: if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 } }
    }
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "P {:.4}  R {:.4}  F1 {:.4}", self.p, self.r, self.f1)
    }
}

/// Scores of a predicted clustering against gold labels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    /// Over pairs of articles.
    pub pairwise: Prf,
    /// Per article, averaged.
    pub bcubed: Prf,
    /// Predicted clusters.
    pub predicted: usize,
    /// Gold clusters.
    pub gold: usize,
}

/// Scores `(gold, predicted)` label pairs, one per article.
pub fn score<G: std::hash::Hash + Eq, P: std::hash::Hash + Eq>(items: &[(G, P)]) -> Scores {
    let mut cells: HashMap<(&G, &P), u64> = HashMap::new();
    let mut gold: HashMap<&G, u64> = HashMap::new();
    let mut pred: HashMap<&P, u64> = HashMap::new();
    for (g, p) in items {
        *cells.entry((g, p)).or_default() += 1;
        *gold.entry(g).or_default() += 1;
        *pred.entry(p).or_default() += 1;
    }
    let pairs = |n: u64| (n * n.saturating_sub(1) / 2) as f64;
    let same_both: f64 = cells.values().map(|&n| pairs(n)).sum();
    let same_pred: f64 = pred.values().map(|&n| pairs(n)).sum();
    let same_gold: f64 = gold.values().map(|&n| pairs(n)).sum();
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 1.0 };
    let n = items.len().max(1) as f64;
    // BCubed: each article in cell (g, p) has precision n_gp / n_p and recall n_gp / n_g.
    let (mut bp, mut br) = (0.0, 0.0);
    for ((g, p), &c) in &cells {
        let c = c as f64;
        bp += c * c / pred[p] as f64;
        br += c * c / gold[g] as f64;
    }
    Scores {
        pairwise: Prf::new(ratio(same_both, same_pred), ratio(same_both, same_gold)),
        bcubed: Prf::new(bp / n, br / n),
        predicted: pred.len(),
        gold: gold.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_split_and_lumped_clusterings() {
        let perfect = score(&[(1, "a"), (1, "a"), (2, "b")]);
        assert_eq!((perfect.bcubed.f1, perfect.pairwise.f1), (1.0, 1.0));
        let lumped = score(&[(1, "a"), (1, "a"), (2, "a")]);
        assert!((lumped.pairwise.p - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(lumped.bcubed.r, 1.0);
        assert!((lumped.bcubed.p - (2.0 / 3.0 * 2.0 / 3.0 + 1.0 / 3.0 * 1.0 / 3.0) * 3.0 / 3.0).abs() < 1e-9);
        assert_eq!((lumped.predicted, lumped.gold), (1, 2));
    }
}
