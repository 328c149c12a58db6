//! Sparse term vectors: `(term, weight)` lists sorted by a key of the term
//! (the index keeps them in the order of the hashed terms behind its dense ids).

/// A sparse vector sorted by the key of its terms.
pub type Vector = Vec<(u32, f32)>;

/// The sum of two sparse vectors sorted by `key` (distinct terms have distinct keys).
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)], key: impl Fn(u32) -> u32) -> Vector {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match key(a[i].0).cmp(&key(b[j].0)) {
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

/// A sparse vector spread over a small open-addressing table, each entry with
/// a factor: its dot product with another vector costs one probe per entry of
/// the other, where a merge would walk both.
pub struct Spread {
    slots: Vec<Slot>,
    shift: u32,
}

#[derive(Clone, Copy)]
struct Slot {
    term: u32,
    weight: f32,
    factor: f32,
}

/// The term of an empty slot (never a term of a spread vector).
const EMPTY: u32 = u32::MAX;

impl Spread {
    /// Spreads `v`, whose terms are distinct and below `u32::MAX`, giving the
    /// entry at index `i` the factor `factor(i)`.
    pub fn new(v: &[(u32, f32)], factor: impl Fn(usize) -> f32) -> Spread {
        let bits = (4 * v.len()).max(16).next_power_of_two().trailing_zeros();
        let mut slots = vec![Slot { term: EMPTY, weight: 0.0, factor: 0.0 }; 1 << bits];
        let shift = 32 - bits;
        for (i, &(term, weight)) in v.iter().enumerate() {
            let mut at = slot_of(term, shift);
            while slots[at].term != EMPTY && slots[at].term != term {
                at = (at + 1) & (slots.len() - 1);
            }
            slots[at] = Slot { term, weight, factor: factor(i) };
        }
        Spread { slots, shift }
    }

    /// The sum, over the terms `b` shares with the spread vector, of its weight
    /// times `b`'s weight times its factor, added up in `b`'s order: bit for
    /// bit the sum a merge of two vectors sorted alike would give.
    pub fn dot(&self, b: &[(u32, f32)]) -> f32 {
        let mask = self.slots.len() - 1;
        let mut sum = 0.0;
        for &(term, weight) in b {
            let mut at = slot_of(term, self.shift);
            loop {
                let slot = self.slots[at & mask];
                if slot.term == term {
                    sum += slot.weight * weight * slot.factor;
                    break;
                }
                if slot.term == EMPTY {
                    break;
                }
                at += 1;
            }
        }
        sum
    }
}

/// The home slot of a term in a table of `2^(32 - shift)` slots (Fibonacci hashing).
fn slot_of(term: u32, shift: u32) -> usize {
    (term.wrapping_mul(0x9e37_79b1) >> shift) as usize
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
        assert_eq!(add(&a, &b, |t| t), vec![(1, 1.0), (2, 1.0), (3, 3.0)]);
        assert_eq!(Spread::new(&a, |_| 2.0).dot(&b), 4.0);
        assert_eq!(Spread::new(&a, |i| i as f32).dot(&b), 2.0, "the factor of the match at index 1 of a");
        // Colliding terms (a full table's worth) are all found.
        let many: Vector = (0..40).map(|t| (t * 64, 1.0)).collect();
        assert_eq!(Spread::new(&many, |_| 1.0).dot(&many), 40.0);
        assert_eq!(Spread::new(&many, |_| 1.0).dot(&[(1, 1.0), (64, 2.0)]), 2.0);
        let descending = |t: u32| u32::MAX - t;
        let (c, d) = ([(3, 2.0), (1, 1.0)], [(3, 1.0), (2, 1.0)]);
        assert_eq!(add(&c, &d, descending), vec![(3, 3.0), (2, 1.0), (1, 1.0)]);
        assert!((normalised(vec![(1, 3.0), (2, 4.0)])[1].1 - 0.8).abs() < 1e-6);
    }
}
