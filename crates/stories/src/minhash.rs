//! Near-duplicate detection: MinHash signatures over word 4-shingles and a
//! banded LSH table. Wire copies, re-publications and updated versions of one
//! text share most shingles; unrelated articles on the same event do not.

use rustc_hash::FxHashMap;

use crate::text::mix64;

/// Hash functions per signature.
pub const HASHES: usize = 64;
/// LSH bands (rows per band = HASHES / BANDS): candidates above Jaccard ~0.5.
const BANDS: usize = 16;
const ROWS: usize = HASHES / BANDS;
/// Words per shingle.
const SHINGLE: usize = 4;
/// Fewer shingles than this and a text is too short to call a duplicate.
const MIN_SHINGLES: usize = 8;

/// A MinHash signature.
pub type Signature = Box<[u32; HASHES]>;

/// The signature of a word sequence given as each word's [`crate::text::hash64`], `None`
/// when it is too short.
pub fn signature(hashes: &[u64]) -> Option<Signature> {
    if hashes.len() < SHINGLE + MIN_SHINGLES - 1 {
        return None;
    }
    let mut sig: Signature = Box::new([u32::MAX; HASHES]);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        unsafe { fold_shingles_avx2(hashes, &mut sig) };
        return Some(sig);
    }
    fold_shingles(hashes, &mut sig);
    Some(sig)
}

/// Lowers each slot of `sig` to the minimum of its hash over the shingles of `hashes`.
#[inline(always)]
fn fold_shingles(hashes: &[u64], sig: &mut [u32; HASHES]) {
    for win in hashes.windows(SHINGLE) {
        let h = win.iter().fold(0u64, |acc, w| mix64(acc.rotate_left(17) ^ w));
        // Double hashing: h_i = a + i*b gives independent-enough permutations
        // (stepped by additions, which vectorise where the multiplications did not).
        let (mut h_i, b) = (h, mix64(h) | 1);
        for slot in sig.iter_mut() {
            *slot = (*slot).min((h_i >> 32) as u32);
            h_i = h_i.wrapping_add(b);
        }
    }
}

/// [`fold_shingles`] compiled for AVX2, where the 64 slots update four or
/// eight at a time (the same values: only the instructions differ).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn fold_shingles_avx2(hashes: &[u64], sig: &mut [u32; HASHES]) {
    fold_shingles(hashes, sig);
}

/// Estimated Jaccard similarity of two signatures' shingle sets.
pub fn jaccard(a: &[u32; HASHES], b: &[u32; HASHES]) -> f32 {
    a.iter().zip(b.iter()).filter(|(x, y)| x == y).count() as f32 / HASHES as f32
}

/// Banded LSH over signatures; remembers the latest group head seen in each bucket.
#[derive(Default)]
pub struct DuplicateIndex {
    buckets: FxHashMap<u64, u32>,
    signatures: FxHashMap<u32, Signature>,
}

impl DuplicateIndex {
    /// The indexed article most similar to `sig` (at least `min_jaccard`) that
    /// `accept`s it (then `sig` is not indexed), or `None` after indexing `sig`
    /// under `article`.
    pub fn find_or_insert(
        &mut self,
        article: u32,
        sig: &Signature,
        min_jaccard: f32,
        accept: impl Fn(u32) -> bool,
    ) -> Option<u32> {
        let keys = band_keys(sig);
        let mut best: Option<(f32, u32)> = None;
        for key in &keys {
            if let Some(&other) = self.buckets.get(key) {
                if let Some(osig) = self.signatures.get(&other) {
                    let j = jaccard(sig, osig);
                    if j >= min_jaccard && accept(other) && best.is_none_or(|(bj, bo)| j > bj || (j == bj && other < bo)) {
                        best = Some((j, other));
                    }
                }
            }
        }
        if let Some((_, other)) = best {
            return Some(other);
        }
        for key in keys {
            self.buckets.insert(key, article);
        }
        self.signatures.insert(article, sig.clone());
        None
    }
}

fn band_keys(sig: &[u32; HASHES]) -> [u64; BANDS] {
    let mut keys = [0u64; BANDS];
    for (band, key) in keys.iter_mut().enumerate() {
        let rows = &sig[band * ROWS..(band + 1) * ROWS];
        *key = rows.iter().fold(band as u64, |acc, v| mix64(acc ^ u64::from(*v)).rotate_left(5));
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{hash64, words};

    fn signature_of(text: &str) -> Option<Signature> {
        signature(&words(text).iter().map(|w| hash64(w.as_bytes())).collect::<Vec<_>>())
    }

    const TEXT: &str = "The ministry said on Tuesday that the new bridge over the river would open to traffic \
        next spring after three years of delays caused by flooding, a shortage of steel and a dispute with the \
        contractor over the cost of the foundations, which engineers had to redesign twice.";

    #[test]
    fn copies_and_updates_are_found_unrelated_texts_are_not() {
        let mut idx = DuplicateIndex::default();
        let orig = signature_of(TEXT).unwrap();
        assert_eq!(idx.find_or_insert(0, &orig, 0.5, |_| true), None);
        let updated = format!("{TEXT} Local residents welcomed the news.");
        let updated = signature_of(&updated).unwrap();
        assert_eq!(idx.find_or_insert(1, &updated, 0.5, |_| true), Some(0));
        assert_eq!(idx.find_or_insert(2, &updated, 0.5, |_| false), None, "refused matches are no duplicates");
        let other = "Heavy rain flooded the lower town overnight and the fire brigade pumped water out of \
            dozens of cellars while the mayor asked drivers to avoid the riverside road until the weekend.";
        assert_eq!(idx.find_or_insert(3, &signature_of(other).unwrap(), 0.5, |_| true), None);
        assert!(signature_of("Too short to judge.").is_none());
    }

    #[test]
    fn every_cpu_computes_the_stored_values() {
        // Signatures are persisted in feature blobs: the AVX2 and portable
        // folds must agree, and neither may drift from the values stores hold.
        let hashes: Vec<u64> = words(TEXT).iter().map(|w| hash64(w.as_bytes())).collect();
        let mut portable = [u32::MAX; HASHES];
        fold_shingles(&hashes, &mut portable);
        let sig = signature(&hashes).unwrap();
        assert_eq!(*sig, portable);
        assert_eq!(sig[..4], [131_302_973, 140_628_452, 94_321_490, 140_186_628]);
    }
}
