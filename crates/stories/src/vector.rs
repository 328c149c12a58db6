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

/// A sparse vector spread over a small cuckoo table, each entry with a
/// factor: every term sits in one of two slots given by its hash, so a dot
/// product with another vector reads two slots per entry of the other and
/// never branches on whether the term is there.
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
const NO_SLOT: Slot = Slot { term: EMPTY, weight: 0.0, factor: 0.0 };
/// Evictions tried before the table is grown.
const MAX_KICKS: usize = 64;

impl Spread {
    /// Spreads `v`, whose terms are distinct and below `u32::MAX`, giving the
    /// entry at index `i` the factor `factor(i)`.
    pub fn new(v: &[(u32, f32)], factor: impl Fn(usize) -> f32) -> Spread {
        let mut bits = (4 * v.len()).max(16).next_power_of_two().trailing_zeros();
        loop {
            let mut spread = Spread { slots: vec![NO_SLOT; 1 << bits], shift: 32 - bits };
            let mut entries = v.iter().enumerate().map(|(i, &(term, weight))| Slot { term, weight, factor: factor(i) });
            if entries.all(|slot| spread.insert(slot)) {
                return spread;
            }
            bits += 1;
        }
    }

    /// Cuckoo insertion: takes the term's first slot, moving what was there to
    /// its other slot, and so on; false when that does not settle.
    fn insert(&mut self, mut slot: Slot) -> bool {
        let mut at = self.first(slot.term);
        for _ in 0..MAX_KICKS {
            std::mem::swap(&mut self.slots[at], &mut slot);
            if slot.term == EMPTY {
                return true;
            }
            at = self.other(slot.term, at);
        }
        false
    }

    /// The first slot of a term (Fibonacci hashing).
    fn first(&self, term: u32) -> usize {
        (term.wrapping_mul(0x9e37_79b1) >> self.shift) as usize
    }

    /// The slot of `term` that is not `at` (one of its two).
    fn other(&self, term: u32, at: usize) -> usize {
        at ^ self.step(term)
    }

    /// What tells the two slots of a term apart (a second hash, never 0).
    fn step(&self, term: u32) -> usize {
        (term.wrapping_mul(0x85eb_ca6b) >> self.shift) as usize | 1
    }

    /// The sum, over the terms `b` shares with the spread vector, of its weight
    /// times `b`'s weight times its factor, added up in `b`'s order: bit for
    /// bit the sum a merge of two vectors sorted alike would give (terms
    /// not shared add a zero, which leaves a sum started at +0 unchanged).
    pub fn dot(&self, b: &[(u32, f32)]) -> f32 {
        let mut sum = 0.0;
        // Masked positions in a slice of the mask's length need no bounds checks.
        let mask = self.slots.len() - 1;
        let slots = &self.slots[..=mask];
        for &(term, weight) in b {
            // The first slot unless the term is not there, chosen without a branch.
            let first = self.first(term) & mask;
            let at = std::hint::select_unpredictable(slots[first].term == term, first, first ^ self.step(term));
            let slot = slots[at & mask];
            let keep = 0u32.wrapping_sub(u32::from(slot.term == term));
            let (w, f) = (f32::from_bits(slot.weight.to_bits() & keep), f32::from_bits(slot.factor.to_bits() & keep));
            sum += w * weight * f;
        }
        sum
    }
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
