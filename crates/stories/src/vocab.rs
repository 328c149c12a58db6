//! The vocabulary of the story index: a dense id for every hashed term seen,
//! its document frequency and its inverse document frequency. Term vectors
//! in the index hold dense ids (so the document frequency of a term is a
//! vector index, not a hash lookup) but stay sorted by the hashed term, so
//! every sum runs in the same order whatever ids the terms got.

use rustc_hash::FxHashMap;

/// `ln(df + 0.5)` for small document frequencies (the idf is computed millions of times).
static LN_DF: std::sync::OnceLock<Vec<f32>> = std::sync::OnceLock::new();
const LN_TABLE: usize = 1 << 16;

/// Dense term ids with document frequencies.
pub struct Vocab {
    /// Dense id of each hashed term.
    ids: FxHashMap<u32, u32>,
    /// Hashed term of each dense id (the order of term vectors).
    hashes: Vec<u32>,
    /// Document frequency of each dense id.
    df: Vec<u32>,
    /// `ln(documents + prior + 1)`, the numerator of the idf.
    ln_docs: f32,
    documents: usize,
    /// Virtual articles added to the document count of the idf
    /// ([`crate::Params::idf_prior_docs`]).
    prior: usize,
    /// The shared [`LN_DF`] table.
    ln_df: &'static [f32],
}

impl Vocab {
    /// An empty vocabulary whose idf counts `prior` virtual articles more.
    pub fn new(prior: usize) -> Vocab {
        Vocab {
            ids: FxHashMap::default(),
            hashes: Vec::new(),
            df: Vec::new(),
            ln_docs: ((prior + 1) as f32).ln(),
            documents: 0,
            prior,
            ln_df: LN_DF.get_or_init(|| (0..LN_TABLE).map(|d| (d as f32 + 0.5).ln()).collect()),
        }
    }

    /// Counts one more document holding the distinct hashed `terms`; returns
    /// their dense ids, in the same order.
    pub fn add_document(&mut self, terms: &[u32]) -> Vec<u32> {
        let ids = terms
            .iter()
            .map(|&h| {
                let id = *self.ids.entry(h).or_insert_with(|| {
                    self.hashes.push(h);
                    self.df.push(0);
                    (self.hashes.len() - 1) as u32
                });
                self.df[id as usize] += 1;
                id
            })
            .collect();
        self.documents += 1;
        self.ln_docs = ((self.documents + self.prior + 1) as f32).ln();
        ids
    }

    /// Documents counted so far (the idf of every term changes with each).
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// The hashed term of a dense id: the sort key of term vectors.
    #[inline]
    pub fn hash(&self, id: u32) -> u32 {
        self.hashes[id as usize]
    }

    /// Inverse document frequency, as if the archive also held the prior's
    /// articles without the term: in a small archive every term is about
    /// equally telling, since nothing shows yet which are common.
    #[inline]
    pub fn idf(&self, id: u32) -> f32 {
        let df = self.df[id as usize] as usize;
        let ln_df = self.ln_df.get(df).copied().unwrap_or_else(|| (df as f32 + 0.5).ln());
        (self.ln_docs - ln_df).max(0.05)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_dense_and_frequencies_lower_the_idf() {
        let mut vocab = Vocab::new(1000);
        assert_eq!(vocab.add_document(&[70, 9]), vec![0, 1]);
        assert_eq!(vocab.add_document(&[9, 5]), vec![1, 2]);
        assert_eq!((vocab.hash(0), vocab.hash(1), vocab.hash(2)), (70, 9, 5));
        assert!(vocab.idf(1) < vocab.idf(0), "a term in both documents tells less");
        assert_eq!(vocab.idf(0), vocab.idf(2));
        assert!((vocab.idf(0) - ((1003.0f32).ln() - 1.5f32.ln())).abs() < 1e-6);
    }
}
