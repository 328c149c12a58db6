//! The vocabulary of the story index: a dense id for every hashed term seen,
//! its document frequency and its inverse document frequency (in which the
//! articles of one big story count once, see [`BIG_STORY`]). Term vectors
//! in the index hold dense ids (so the document frequency of a term is a
//! vector index, not a hash lookup) but stay sorted by the hashed term, so
//! every sum runs in the same order whatever ids the terms got.

use rustc_hash::FxHashMap;

/// `ln(df + 0.5)` for small document frequencies (the idf is computed millions of times).
static LN_DF: std::sync::OnceLock<Vec<f32>> = std::sync::OnceLock::new();
const LN_TABLE: usize = 1 << 16;

/// Articles of one story that count in full in a term's document frequency.
/// Beyond them a term is common because one big story tells it, not because
/// news at large uses it: counted in full, the words of a big event (its
/// places, names and what happened) grew as ordinary as "said" when the event
/// made up a large share of the archive, and its reports, each telling the
/// event in its own selection of facts, fell apart into hundreds of stories.
/// A story of a few articles (every roundup story; a pair of stories chained
/// together) counts in full, so that its words cannot talk it into holding
/// together.
pub const BIG_STORY: u32 = 16;

/// What the vocabulary knows of one term.
#[derive(Clone, Copy)]
struct Term {
    /// Documents holding the term.
    df: u32,
    /// The story holding most of the term's articles, as far as a majority
    /// vote with one counter (Boyer–Moore) can tell: its lead over the
    /// articles of other stories holding the term (a lower bound of its
    /// own articles beyond theirs).
    leader: u32,
    lead: u32,
}

/// Dense term ids with document frequencies.
pub struct Vocab {
    /// Dense id of each hashed term.
    ids: FxHashMap<u32, u32>,
    /// Hashed term of each dense id (the order of term vectors).
    hashes: Vec<u32>,
    /// Document frequency and leading story of each dense id.
    terms: Vec<Term>,
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
            terms: Vec::new(),
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
                    self.terms.push(Term { df: 0, leader: u32::MAX, lead: 0 });
                    (self.hashes.len() - 1) as u32
                });
                self.terms[id as usize].df += 1;
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

    /// Counts an article of `story` holding term `id` in the vote for the
    /// term's leading story; `root` names the story a story was merged
    /// into (the leader may have been merged since it took the lead).
    pub fn count_in_story(&mut self, id: u32, story: u32, root: impl Fn(u32) -> u32) {
        let t = &mut self.terms[id as usize];
        if t.lead > 0 && root(t.leader) == story {
            (t.leader, t.lead) = (story, t.lead + 1);
        } else if t.lead == 0 {
            (t.leader, t.lead) = (story, 1);
        } else {
            t.lead -= 1;
        }
    }

    /// Takes back an article of `story` holding term `id` that left the
    /// story (the re-check moved it): a leader losing an article leads by
    /// one less, so the lead never exceeds the leader's articles holding the
    /// term (all the idf relies on); an article leaving another story
    /// changes nothing.
    pub fn uncount_in_story(&mut self, id: u32, story: u32, root: impl Fn(u32) -> u32) {
        let t = &mut self.terms[id as usize];
        if t.lead > 0 && root(t.leader) == story {
            (t.leader, t.lead) = (story, t.lead - 1);
        }
    }

    /// Inverse document frequency, as if the archive also held the prior's
    /// articles without the term (in a small archive every term is about
    /// equally telling, since nothing shows yet which are common), and the
    /// leading story's articles beyond [`BIG_STORY`] were not there.
    #[inline]
    pub fn idf(&self, id: u32) -> f32 {
        let t = self.terms[id as usize];
        let df = (t.df - t.lead.saturating_sub(BIG_STORY).min(t.df.saturating_sub(1))) as usize;
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

    #[test]
    fn a_big_story_counts_its_articles_beyond_sixteen_once() {
        let mut vocab = Vocab::new(1000);
        let term = |v: &mut Vocab| v.add_document(&[7])[0];
        for _ in 0..40 {
            let id = term(&mut vocab);
            vocab.count_in_story(id, 3, |s| s);
        }
        for story in 10..20 {
            let id = term(&mut vocab);
            vocab.count_in_story(id, story, |s| s);
        }
        // 50 documents, story 3 leads the other ten stories by 30: 14 of its
        // articles beyond sixteen do not count.
        let idf = |df: f32| (1051.0f32).ln() - (df + 0.5).ln();
        assert!((vocab.idf(0) - idf(36.0)).abs() < 1e-5, "{}", vocab.idf(0));
        let mut small = Vocab::new(1000);
        for story in 0..50 {
            let id = term(&mut small);
            small.count_in_story(id, story / 3, |s| s);
        }
        assert!((small.idf(0) - idf(50.0)).abs() < 1e-5, "stories of three count in full");
    }

    #[test]
    fn articles_leaving_a_big_story_take_their_votes_and_a_merged_leader_keeps_its_lead() {
        let idf = |df: f32| (1041.0f32).ln() - (df + 0.5).ln();
        let mut vocab = Vocab::new(1000);
        for _ in 0..40 {
            let id = vocab.add_document(&[7])[0];
            vocab.count_in_story(id, 3, |s| s);
        }
        assert!((vocab.idf(0) - idf(16.0)).abs() < 1e-5, "40 articles of story 3 count as 16");
        for _ in 0..10 {
            vocab.uncount_in_story(0, 3, |s| s);
            vocab.count_in_story(0, 5, |s| s);
        }
        // Ten moved to story 5: story 3 leads by 30 less the 10 of story 5.
        assert!((vocab.idf(0) - idf(36.0)).abs() < 1e-5, "{}", vocab.idf(0));
        vocab.uncount_in_story(0, 5, |s| s);
        assert!((vocab.idf(0) - idf(36.0)).abs() < 1e-5, "a story not leading takes nothing back");
        // Story 3 merged into story 9: articles of story 9 add to its lead.
        let merged = |s: u32| if s == 3 { 9 } else { s };
        for _ in 0..4 {
            vocab.count_in_story(0, 9, merged);
        }
        assert!((vocab.idf(0) - idf(32.0)).abs() < 1e-5, "{}", vocab.idf(0));
    }
}
