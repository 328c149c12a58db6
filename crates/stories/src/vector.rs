//! Sparse term vectors: `(term, weight)` lists sorted by term.

/// A sparse vector sorted by term.
pub type Vector = Vec<(u32, f32)>;

/// The sum of two sorted sparse vectors.
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vector {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// Dot product with a factor per matching entry, given by its index in `a`
/// (so a caller can look the factors of `a`'s terms up once for many `b`).
pub fn dot_by(a: &[(u32, f32)], b: &[(u32, f32)], factor: impl Fn(usize) -> f32) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].0, b[j].0);
        if x == y {
            sum += a[i].1 * b[j].1 * factor(i);
        }
        // Advancing without a branch on the order: the sides interleave unpredictably.
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    sum
}

/// The vector scaled to unit length (unchanged when zero).
pub fn normalised(mut v: Vector) -> Vector {
    let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|e| e.1 /= norm);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_merges_and_dot_matches() {
        let a = vec![(1, 1.0), (3, 2.0)];
        let b = vec![(2, 1.0), (3, 1.0)];
        assert_eq!(add(&a, &b), vec![(1, 1.0), (2, 1.0), (3, 3.0)]);
        assert_eq!(dot_by(&a, &b, |_| 2.0), 4.0);
        assert_eq!(dot_by(&a, &b, |i| i as f32), 2.0, "the factor of the match at index 1 of a");
        assert!((normalised(vec![(1, 3.0), (2, 4.0)])[1].1 - 0.8).abs() < 1e-6);
    }
}
