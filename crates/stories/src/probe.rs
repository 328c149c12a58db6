//! `concord eval cluster probe`: cheap diagnostics of pairwise article
//! similarities on the roundups (batch idf, all pairs inside one half): how
//! often an article's nearest neighbour is in its own story under each score
//! (with and without a hubness discount), a logistic pair scorer fitted on
//! the even half and reported on the odd one, and the sizes of the stories
//! the shipped index makes with the BCubed precision of each size band.

use concord_model::Analysis;
use rustc_hash::FxHashMap;

use crate::data::Labelled;
use crate::eval::article_of;
use crate::features::Features;
use crate::text::{words, Termer};
use crate::vector::{self, Vector};

struct Item {
    label: String,
    title: Vector,
    body: Vector,
    shipped: Vector,
    terms: Vec<u32>,
    numbers: Vec<String>,
}

fn unit(v: Vec<(u32, f32)>, idf: &impl Fn(u32) -> f32) -> Vector {
    vector::normalised(v.into_iter().map(|(t, w)| (t, w * idf(t))).collect())
}

fn cos(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    vector::Spread::new(a, |_| 1.0).dot(b)
}

/// Nearest articles by the shipped cosine kept as candidates per article.
const CANDIDATES: usize = 50;
/// Neighbours averaged into an article's hubness.
const HUB_K: usize = 10;

/// Names of the pair features, in the order of [`pair`].
const NAMES: [&str; 7] = ["shipped", "title", "body", "cross", "max idf", "rare shared", "numbers"];

fn pair(a: &Item, b: &Item, idf: &impl Fn(u32) -> f32, ln_n: f32) -> [f32; 7] {
    let (mut i, mut j, mut max_idf, mut rare) = (0, 0, 0.0f32, 0.0f32);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].cmp(&b.terms[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = idf(a.terms[i]);
                max_idf = max_idf.max(w);
                if w > ln_n - 3.0 {
                    rare += 1.0;
                }
                i += 1;
                j += 1;
            }
        }
    }
    let numbers = a.numbers.iter().any(|n| b.numbers.contains(n));
    [
        cos(&a.shipped, &b.shipped),
        cos(&a.title, &b.title),
        cos(&a.body, &b.body),
        0.5 * (cos(&a.title, &b.body) + cos(&a.body, &b.title)),
        max_idf / ln_n,
        (1.0 + rare).ln(),
        f32::from(u8::from(numbers)),
    ]
}

fn items(rows: &[Labelled]) -> (Vec<Item>, FxHashMap<u32, u32>) {
    let termer = Termer::for_language(None);
    let feats: Vec<Features> = rows.iter().map(|l| Features::of(&article_of(l), &Analysis::default(), &termer)).collect();
    let mut df: FxHashMap<u32, u32> = FxHashMap::default();
    for f in &feats {
        let mut t: Vec<u32> = f.title.iter().chain(&f.lead).chain(&f.body).map(|e| e.0).collect();
        t.sort_unstable();
        t.dedup();
        for x in t {
            *df.entry(x).or_default() += 1;
        }
    }
    let n = rows.len() as f32;
    let idf = |t: u32| ((n + 1.0) / (df.get(&t).copied().unwrap_or(0) as f32 + 0.5)).ln();
    let out = rows
        .iter()
        .zip(&feats)
        .map(|(l, f)| {
            let title: Vector = f.title.iter().map(|&(t, _)| (t, 1.0)).collect();
            let body: Vector = f.body.iter().map(|&(t, c)| (t, 1.0 + f32::from(c).ln())).collect();
            let lead: Vector = f.lead.iter().map(|&(t, _)| (t, 0.5)).collect();
            let title2: Vector = title.iter().map(|&(t, _)| (t, 2.0)).collect();
            let shipped = vector::add(&vector::add(&body, &title2, |t| t), &lead, |t| t);
            let mut terms: Vec<u32> = title.iter().chain(&body).map(|e| e.0).collect();
            terms.sort_unstable();
            terms.dedup();
            let text = format!("{} {}", l.title.as_deref().unwrap_or(""), l.text);
            let mut numbers: Vec<String> =
                words(&text).into_iter().filter(|w| w.chars().any(|c| c.is_ascii_digit())).collect();
            numbers.sort();
            numbers.dedup();
            Item {
                label: l.label.clone(),
                title: unit(title, &idf),
                body: unit(body, &idf),
                shipped: unit(shipped, &idf),
                terms,
                numbers,
            }
        })
        .collect();
    (out, df)
}

/// Logistic regression by plain gradient descent on standardised features.
fn fit_logistic(x: &[[f32; 7]], y: &[bool], use_: &[usize]) -> Vec<f32> {
    let d = use_.len();
    let mut w = vec![0.0f32; d + 1];
    let pos = y.iter().filter(|&&b| b).count() as f32;
    let neg = y.len() as f32 - pos;
    for _ in 0..3000 {
        let mut g = vec![0.0f32; d + 1];
        for (xi, &yi) in x.iter().zip(y) {
            let z = w[d] + use_.iter().enumerate().map(|(k, &f)| w[k] * xi[f]).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            // Classes weighted equally.
            let err = (p - f32::from(u8::from(yi))) * if yi { 0.5 / pos } else { 0.5 / neg };
            for (k, &f) in use_.iter().enumerate() {
                g[k] += err * xi[f];
            }
            g[d] += err;
        }
        for k in 0..=d {
            w[k] -= 2.0 * g[k];
        }
    }
    w
}

/// Runs the probe on the roundups (see the module doc).
pub fn probe(rows: &[Labelled], halves: [Vec<Labelled>; 2]) {
    sizes(rows);
    sizes(&halves[1]);
    let [fit_rows, held_rows] = halves;
    let mut results = Vec::new();
    for rows in [&fit_rows, &held_rows] {
        let (its, df) = items(rows);
        let n = its.len();
        let ln_n = ((n + 1) as f32 / 0.5).ln();
        let idf = |t: u32| ((n as f32 + 1.0) / (df.get(&t).copied().unwrap_or(0) as f32 + 0.5)).ln();
        // For each article: its pairs with the 50 nearest others by the shipped
        // cosine (the candidates) and with its own story's articles.
        let mut pairs: Vec<(usize, usize, [f32; 7])> = Vec::new();
        let mut hub = Vec::with_capacity(n);
        let mut hub_before = Vec::with_capacity(n);
        for i in 0..n {
            let mut near: Vec<(f32, usize)> =
                (0..n).filter(|&j| j != i).map(|j| (cos(&its[i].shipped, &its[j].shipped), j)).collect();
            near.sort_by(|a, b| b.0.total_cmp(&a.0));
            hub.push(near.iter().take(HUB_K).map(|e| e.0).sum::<f32>() / HUB_K as f32);
            let earlier: Vec<f32> = near.iter().filter(|e| e.1 < i).take(HUB_K).map(|e| e.0).collect();
            hub_before.push(earlier.iter().sum::<f32>() / HUB_K as f32);
            let own = (0..n).filter(|&j| j != i && its[j].label == its[i].label);
            let mut keep: Vec<usize> = near.iter().take(CANDIDATES).map(|e| e.1).chain(own).collect();
            keep.sort_unstable();
            keep.dedup();
            pairs.extend(keep.into_iter().map(|j| (i, j, pair(&its[i], &its[j], &idf, ln_n))));
        }
        results.push((its, pairs, hub, hub_before));
    }
    let nn_rate_hub = |its: &[Item], pairs: &[(usize, usize, [f32; 7])], hub: &[f32], lambda: f32, score: &dyn Fn(&[f32; 7]) -> f32| {
        let mut best: Vec<(f32, usize)> = vec![(f32::MIN, usize::MAX); its.len()];
        for (i, j, f) in pairs {
            let s = score(f) - if lambda > 0.0 { lambda * hub[*j] } else { 0.0 };
            if s > best[*i].0 {
                best[*i] = (s, *j);
            }
        }
        let ok = best.iter().enumerate().filter(|(i, b)| b.1 != usize::MAX && its[*i].label == its[b.1].label).count();
        ok as f64 / its.len() as f64
    };
    let nn_rate = |its: &[Item], pairs: &[(usize, usize, [f32; 7])], score: &dyn Fn(&[f32; 7]) -> f32| {
        nn_rate_hub(its, pairs, &[], 0.0, score)
    };
    for lambda in [0.25, 0.5, 0.75, 1.0] {
        println!(
            "shipped - {lambda} * mean of the neighbour's {HUB_K} nearest earlier: {:.4} (fit) {:.4} (held out)",
            nn_rate_hub(&results[0].0, &results[0].1, &results[0].3, lambda, &|f| f[0]),
            nn_rate_hub(&results[1].0, &results[1].1, &results[1].3, lambda, &|f| f[0])
        );
        println!(
            "shipped - {lambda} * mean of the neighbour's {HUB_K} nearest: {:.4} (fit) {:.4} (held out)",
            nn_rate_hub(&results[0].0, &results[0].1, &results[0].2, lambda, &|f| f[0]),
            nn_rate_hub(&results[1].0, &results[1].1, &results[1].2, lambda, &|f| f[0])
        );
    }
    for (k, name) in NAMES.iter().enumerate() {
        println!(
            "{name}: nearest in own story {:.4} (fit half) {:.4} (held-out half)",
            nn_rate(&results[0].0, &results[0].1, &|f| f[k]),
            nn_rate(&results[1].0, &results[1].1, &|f| f[k])
        );
    }
    // Training pairs from the fitted half: every same-story pair and, per
    // article, its 10 nearest other-story articles by the shipped cosine.
    let (its, pairs, _, _) = &results[0];
    let mut by_article: Vec<Vec<&(usize, usize, [f32; 7])>> = vec![Vec::new(); its.len()];
    for p in pairs {
        by_article[p.0].push(p);
    }
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for list in &mut by_article {
        list.sort_by(|a, b| b.2[0].total_cmp(&a.2[0]));
        let mut negatives = 0;
        for p in list.iter() {
            let same = its[p.0].label == its[p.1].label;
            if same || negatives < 10 {
                negatives += usize::from(!same);
                x.push(p.2);
                y.push(same);
            }
        }
    }
    for use_ in [vec![0], vec![1, 2, 3], vec![0, 1, 2, 3], vec![1, 2, 3, 4, 5, 6], vec![0, 1, 2, 3, 4, 5, 6], vec![0, 4, 5, 6], vec![0, 1]] {
        let w = fit_logistic(&x, &y, &use_);
        let d = use_.len();
        let score = |f: &[f32; 7]| use_.iter().enumerate().map(|(k, &i)| w[k] * f[i]).sum::<f32>() + w[d];
        let names: Vec<&str> = use_.iter().map(|&i| NAMES[i]).collect();
        println!(
            "logistic {names:?} weights {w:?}: nearest in own story {:.4} (fit) {:.4} (held out)",
            nn_rate(&results[0].0, &results[0].1, &score),
            nn_rate(&results[1].0, &results[1].1, &score)
        );
    }
}

/// Predicted story sizes of the shipped index and how precise each size band is.
fn sizes(rows: &[Labelled]) {
    let mut index = crate::StoryIndex::default();
    for l in rows {
        index.add(&article_of(l), &Analysis::default());
    }
    let label: FxHashMap<&str, &str> = rows.iter().map(|l| (l.id.as_str(), l.label.as_str())).collect();
    let mut stories: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (a, s) in index.placements() {
        stories.entry(s).or_default().push(label[a]);
    }
    let mut bands: std::collections::BTreeMap<usize, (usize, usize, f64)> = Default::default();
    for members in stories.values() {
        let band = match members.len() { 1..=3 => members.len(), 4..=6 => 6, 7..=12 => 12, 13..=30 => 30, _ => 1000 };
        let e = bands.entry(band).or_default();
        e.0 += 1;
        e.1 += members.len();
        for m in members {
            e.2 += members.iter().filter(|x| *x == m).count() as f64 / members.len() as f64;
        }
    }
    for (band, (n, arts, p)) in bands {
        println!("stories of size <= {band}: {n} stories, {arts} articles, BCubed P {:.3}", p / arts as f64);
    }
}
