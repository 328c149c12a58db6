//! The incremental story index: each new article joins the best-scoring
//! existing story or opens a new one. Candidate stories come from an inverted
//! index over the articles' most salient terms, so the work per article does
//! not grow with the archive; a story that just grew is checked against its
//! neighbours and merged when the two converged, and a story that doubled in
//! size sheds members that drifted away from it. An article that finds no
//! story in its own language may join one told in another (`across`).

use concord_model::{Analysis, Article};
use rustc_hash::FxHashMap;

use crate::embedding::{self, Embedding};
use crate::features::Features;
use crate::minhash::DuplicateIndex;
use crate::params::Params;
use crate::text::hash64;
use crate::vector::{self, Spread, Vector};
use crate::vocab::Vocab;

mod across;
mod neighbours;
mod recheck;

use neighbours::Neighbours;

/// Salient terms of an article used to look up candidate stories.
const QUERY_TERMS: usize = 12;
/// Candidate stories scored in full per article.
const CANDIDATES: usize = 24;
/// Most recent stories remembered per term.
const POSTINGS: usize = 256;
/// A near-copy published further apart than this is a new story told with
/// the same words (a weekly figure, a recurring notice), not a duplicate.
const DUPLICATE_WINDOW_HOURS: i32 = 7 * 24;
/// Keeps entity terms apart from word terms in the hashed vocabulary.
const ENTITY_SALT: u32 = 0x9e37_79b9;
/// Keeps name keys apart from word and entity terms in the hashed vocabulary.
const NAME_SALT: u32 = 0x85eb_ca6b;
/// Most recent members a new article is compared with one by one.
const LINKED_MEMBERS: usize = 16;
/// Newest articles whose comparisons a restore replays (about 6 s per 100k
/// on one core; older articles' stories are candidates less and less often).
const REPLAYED: usize = 100_000;

/// Where an added article went.
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// The story it joined or opened.
    pub story_id: String,
    /// The first article of its duplicate group, if it duplicates an earlier one.
    pub duplicate_of: Option<String>,
    /// Features to persist so the index can be rebuilt.
    pub features: Vec<u8>,
    /// Merges and moves the index made to earlier stories while placing it.
    pub changes: Vec<Change>,
}

/// A change to earlier placements.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Story `from` converged with `into` and is retired into it.
    Merge {
        /// The retired story.
        from: String,
        /// The story that absorbed it.
        into: String,
    },
    /// Story `from` lost its last article to `into` in a re-check and is
    /// retired into it.
    Emptied {
        /// The retired story.
        from: String,
        /// The story that took its last article.
        into: String,
    },
    /// An article drifted out of story `from` into story `to`.
    Move {
        /// The article.
        article: String,
        /// The story it left.
        from: String,
        /// The story it now belongs to.
        to: String,
    },
}

struct Member {
    id: Box<str>,
    story: u32,
    duplicate_of: Option<u32>,
    hours: Option<i32>,
    /// Term weights without idf, L2-normalised, by dense term id (empty for duplicates).
    terms: Vector,
    /// Length of `terms` weighted by the idf at admission.
    norm: f32,
    /// Sentence embedding of headline and lead, when the caller gave one (none for duplicates).
    embedding: Option<Embedding>,
    /// Packed language code (0 when unknown).
    language: u16,
    /// Name keys by dense id, like `terms` (empty for duplicates and
    /// articles of unknown language).
    names: Vector,
    /// Length of `names` weighted by the idf at admission.
    names_norm: f32,
    /// The highest cosines between this article and others, seen when it was
    /// placed and whenever a later article was compared with it.
    nearest: Neighbours,
}

struct Story {
    id: String,
    members: Vec<u32>,
    /// Sum of the members' term vectors, truncated to the heaviest terms.
    centroid: Vector,
    /// The centroid's idf-weighted length and the document count it was
    /// computed at (it holds until another document changes the idf).
    norm: (usize, f32),
    /// Sum of the members' embeddings (empty while none has one).
    embedding_sum: Vec<f32>,
    /// Size at which drifted members are next looked for.
    next_split_check: usize,
}

/// The publication times of the articles of a story (or of one article), in
/// hours: earliest and latest, none while no article is dated.
#[derive(Clone, Copy, Debug, Default)]
struct Span {
    first: Option<i32>,
    last: Option<i32>,
}

impl Span {
    /// The span of one article.
    fn at(hours: Option<i32>) -> Span {
        Span { first: hours, last: hours }
    }

    /// Widens the span to take in `other`.
    fn widen(&mut self, other: Span) {
        self.first = min_opt(self.first, other.first);
        self.last = max_opt(self.last, other.last);
    }

    /// Whether any article of the span has a date.
    fn is_dated(&self) -> bool {
        self.first.is_some()
    }
}

impl Story {
    /// Replaces the centroid (its cached length no longer holds).
    fn set_centroid(&mut self, centroid: Vector) {
        self.centroid = centroid;
        self.norm = (usize::MAX, 0.0);
    }
}

/// The in-memory story index.
pub struct StoryIndex {
    params: Params,
    vocab: Vocab,
    members: Vec<Member>,
    /// Whether each member duplicates an earlier one (its `duplicate_of`,
    /// kept apart so that picking a story's linked members reads no member).
    is_duplicate: Vec<bool>,
    stories: Vec<Story>,
    story_ids: FxHashMap<String, u32>,
    /// The story each story was merged into, itself while it is live (apart
    /// from the stories so that resolving a posting reads 4 bytes).
    merged_into: Vec<u32>,
    /// The time span of each story (apart from the stories so that ranking
    /// the candidates by time reads 16 bytes a story).
    spans: Vec<Span>,
    /// Recent stories of each salient dense term id.
    postings: FxHashMap<u32, Vec<u32>>,
    /// Recent members of each salient dense name-key id (see `across`).
    name_postings: FxHashMap<u32, Vec<u32>>,
    /// Members with an embedding, in arrival order, while cross-language
    /// joins by embedding are on (see `across`).
    embedded: Vec<u32>,
    /// Highest embedding cosines of those members with articles in other
    /// languages (their cross-language hubness).
    cross_nearest: FxHashMap<u32, Neighbours>,
    /// The languages met so far (looking across languages starts with the second).
    languages: Vec<u16>,
    /// Per story, the evidence [`StoryIndex::candidates`] gathers (all zero between calls).
    tally: Vec<f32>,
    duplicates: DuplicateIndex,
}

impl Default for StoryIndex {
    fn default() -> StoryIndex {
        StoryIndex::new(Params::default())
    }
}

impl StoryIndex {
    /// An empty index with the given weights.
    pub fn new(params: Params) -> StoryIndex {
        StoryIndex {
            vocab: Vocab::new(params.idf_prior_docs),
            params,
            members: Vec::new(),
            is_duplicate: Vec::new(),
            stories: Vec::new(),
            story_ids: FxHashMap::default(),
            merged_into: Vec::new(),
            spans: Vec::new(),
            postings: FxHashMap::default(),
            name_postings: FxHashMap::default(),
            embedded: Vec::new(),
            cross_nearest: FxHashMap::default(),
            languages: Vec::new(),
            tally: Vec::new(),
            duplicates: DuplicateIndex::default(),
        }
    }

    /// Restores an index from persisted (article id, story id, features) rows in arrival order.
    pub fn restore(rows: &[(String, Option<String>, Vec<u8>)]) -> StoryIndex {
        StoryIndex::restore_with(Params::default(), rows)
    }

    /// [`StoryIndex::restore`] with explicit weights. Rows whose features do not
    /// decode or that have no story are skipped (they were never clustered).
    /// The newest [`REPLAYED`] articles are compared with their candidate
    /// stories again, as when they were placed, so their hubness comes back
    /// too (older ones start again from what later articles add).
    pub fn restore_with(params: Params, rows: &[(String, Option<String>, Vec<u8>)]) -> StoryIndex {
        let mut index = StoryIndex::new(params);
        let replay_from = rows.len().saturating_sub(REPLAYED);
        let compare_from = rows.len().saturating_sub(across::EMBEDDING_WINDOW);
        for (n, (article, story, data)) in rows.iter().enumerate() {
            let (Some(story), Some(features)) = (story, Features::decode(data)) else { continue };
            let m = index.admit(article, features);
            index.track_embedding(m, n >= compare_from);
            if n >= replay_from && index.params.hub_weight > 0.0 && index.members[m as usize].duplicate_of.is_none() {
                index.scored_candidates(m, None);
            }
            let s = match index.story_ids.get(story.as_str()) {
                Some(&s) => s,
                None => index.open_story(story.clone()),
            };
            index.attach(m, s);
        }
        index
    }

    /// Number of articles indexed.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// True when no article is indexed.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// The current story of every indexed article, in arrival order.
    pub fn placements(&self) -> impl Iterator<Item = (&str, &str)> {
        self.members.iter().map(|m| (&*m.id, self.stories[self.resolve(m.story) as usize].id.as_str()))
    }

    /// Adds one article; returns its story and any merges or moves it caused.
    pub fn add(&mut self, article: &Article, analysis: &Analysis) -> Assignment {
        self.add_embedded(article, analysis, None)
    }

    /// [`StoryIndex::add`] with a sentence embedding of the article's
    /// [`crate::embedding_text`], which then counts in every score with weight
    /// [`Params::embedding_weight`] and is persisted in the features.
    pub fn add_embedded(&mut self, article: &Article, analysis: &Analysis, embedding: Option<&[f32]>) -> Assignment {
        self.add_features(&article.id, Features::compute(article, analysis), embedding)
    }

    /// [`StoryIndex::add_embedded`] for an article whose [`Features`] were
    /// computed beforehand (on another thread, say); `embedding`, when given,
    /// replaces the one the features carry.
    pub fn add_features(&mut self, id: &str, mut features: Features, embedding: Option<&[f32]>) -> Assignment {
        if let Some(vector) = embedding {
            features.embedding = Embedding::quantise(vector);
        }
        let encoded = features.encode();
        let m = self.admit(id, features);
        self.track_embedding(m, true);
        let mut changes = Vec::new();
        let story = match self.members[m as usize].duplicate_of {
            Some(root) => {
                let s = self.resolve(self.members[root as usize].story);
                self.attach(m, s);
                s
            }
            None => {
                let s = match self.best_story(m, None).or_else(|| self.story_across_languages(m)) {
                    Some(s) => s,
                    None => self.open_story(story_id_for(id, &self.story_ids)),
                };
                self.attach(m, s);
                let s = self.check_merge(s, &mut changes);
                self.check_drift(s, &mut changes);
                self.resolve(self.members[m as usize].story)
            }
        };
        Assignment {
            story_id: self.stories[story as usize].id.clone(),
            duplicate_of: self.members[m as usize].duplicate_of.map(|r| self.members[r as usize].id.to_string()),
            features: encoded,
            changes,
        }
    }

    /// Indexes an article's features (document frequencies, duplicates) and
    /// returns its member number; it belongs to no story yet.
    fn admit(&mut self, id: &str, f: Features) -> u32 {
        let m = self.members.len() as u32;
        let mut seen: Vec<u32> = f.title.iter().chain(&f.lead).chain(&f.body).map(|(t, _)| *t).collect();
        seen.extend(f.entities.iter().map(|e| e ^ ENTITY_SALT));
        seen.extend(f.names.iter().map(|(k, _)| k ^ NAME_SALT));
        seen.sort_unstable();
        seen.dedup();
        let ids = self.vocab.add_document(&seen);
        let members = &self.members;
        let near_in_time = |o: u32| match (f.hours, members[o as usize].hours) {
            (Some(a), Some(b)) => (a - b).abs() <= DUPLICATE_WINDOW_HOURS,
            _ => true,
        };
        let duplicate_of = f.signature.as_ref().and_then(|sig| {
            let first = self.duplicates.find_or_insert(m, sig, self.params.duplicate, near_in_time)?;
            Some(members[first as usize].duplicate_of.unwrap_or(first))
        });
        let id_of = |t: u32| seen.binary_search(&t).map_or(0, |i| ids[i]);
        let (terms, names) = if duplicate_of.is_some() {
            (Vector::default(), Vector::default())
        } else {
            (self.article_vector(&f, id_of), self.names_vector(&f, |k| id_of(k ^ NAME_SALT)))
        };
        let norm = self.idf_norm(&terms);
        let names_norm = self.idf_norm(&names);
        let embedding = if duplicate_of.is_some() { None } else { f.embedding };
        self.is_duplicate.push(duplicate_of.is_some());
        self.members.push(Member {
            id: id.into(),
            story: u32::MAX,
            duplicate_of,
            hours: f.hours,
            terms,
            norm,
            embedding,
            language: f.language,
            names,
            names_norm,
            nearest: Neighbours::new(0.0),
        });
        self.post_names(m);
        m
    }

    fn idf(&self, term: u32) -> f32 {
        self.vocab.idf(term)
    }

    /// The weighted term vector of an article, its body truncated to the most
    /// salient terms; `id` gives the dense id of each of its hashed terms.
    fn article_vector(&self, f: &Features, id: impl Fn(u32) -> u32) -> Vector {
        let p = &self.params;
        let key = |t| self.vocab.hash(t);
        let mut body: Vec<(u32, f32)> = f.body.iter().map(|&(t, c)| (id(t), 1.0 + f32::from(c).ln())).collect();
        self.keep_salient(&mut body, p.article_terms);
        let boost = |list: &[(u32, u16)], w: f32| list.iter().map(|&(t, _)| (id(t), w)).collect::<Vec<_>>();
        let v = vector::add(&body, &boost(&f.title, p.title_boost), key);
        let v = vector::add(&v, &boost(&f.lead, p.lead_boost), key);
        // Entities are terms of their own (idf discounts the ubiquitous ones).
        let mut ents: Vec<(u32, f32)> = f.entities.iter().map(|&e| (e ^ ENTITY_SALT, p.entity_weight)).collect();
        ents.sort_unstable_by_key(|e| e.0);
        ents.dedup_by_key(|e| e.0);
        ents.retain(|e| e.1 > 0.0);
        ents.iter_mut().for_each(|e| e.0 = id(e.0));
        vector::normalised(vector::add(&v, &ents, key))
    }

    fn resolve(&self, s: u32) -> u32 {
        root(&self.merged_into, s)
    }

    fn open_story(&mut self, id: String) -> u32 {
        let s = self.stories.len() as u32;
        self.merged_into.push(s);
        self.spans.push(Span::default());
        self.story_ids.insert(id.clone(), s);
        self.stories.push(Story {
            id,
            members: Vec::new(),
            centroid: Vector::default(),
            norm: (usize::MAX, 0.0),
            embedding_sum: Vec::new(),
            next_split_check: 8,
        });
        s
    }

    /// Puts member `m` into story `s`, updating its centroid and the postings.
    fn attach(&mut self, m: u32, s: u32) {
        self.members[m as usize].story = s;
        let member = &self.members[m as usize];
        let hours = member.hours;
        self.stories[s as usize].members.push(m);
        self.spans[s as usize].widen(Span::at(hours));
        if member.duplicate_of.is_some() {
            return;
        }
        if let Some(e) = &member.embedding {
            e.add_to(&mut self.stories[s as usize].embedding_sum, 1.0);
        }
        let terms = self.members[m as usize].terms.clone();
        for e in terms.iter() {
            self.vocab.count_in_story(e.0, s, |x| root(&self.merged_into, x));
        }
        self.absorb(s, &terms, 1.0);
        let idf: Vec<f32> = terms.iter().map(|e| self.idf(e.0)).collect();
        for i in self.salient_of(&terms, &idf, QUERY_TERMS) {
            let t = terms[i].0;
            let list = self.postings.entry(t).or_default();
            if list.last() != Some(&s) {
                list.push(s);
                if list.len() > 2 * POSTINGS {
                    list.drain(..list.len() - POSTINGS);
                }
            }
        }
    }

    /// Adds (`sign` 1) or removes (-1) a term vector from a story.
    fn absorb(&mut self, s: u32, terms: &Vector, sign: f32) {
        let limit = self.params.story_terms;
        let scaled: Vector = terms.iter().map(|&(t, w)| (t, sign * w)).collect();
        let mut centroid = vector::add(&self.stories[s as usize].centroid, &scaled, |t| self.vocab.hash(t));
        centroid.retain(|e| e.1 > 1e-6);
        self.keep_salient(&mut centroid, limit);
        self.stories[s as usize].set_centroid(centroid);
    }

    /// The idf-weighted length of story `s`'s centroid, computed once per document added.
    fn centroid_norm(&mut self, s: u32) -> f32 {
        let documents = self.vocab.documents();
        let story = &self.stories[s as usize];
        if story.norm.0 != documents {
            let norm = self.idf_norm(&story.centroid);
            self.stories[s as usize].norm = (documents, norm);
        }
        self.stories[s as usize].norm.1
    }

    /// Truncates `v` to its `limit` terms with the highest weight times idf,
    /// sorted by hashed term. The keys are computed once per term rather than once
    /// per comparison; the selection compares them exactly as before.
    fn keep_salient(&self, v: &mut Vector, limit: usize) {
        if v.len() <= limit {
            return;
        }
        let mut keyed: Vec<(f32, (u32, f32))> = v.iter().map(|&(t, w)| (w * self.idf(t), (t, w))).collect();
        keyed.select_nth_unstable_by(limit, |a, b| b.0.total_cmp(&a.0));
        v.clear();
        v.extend(keyed[..limit].iter().map(|k| k.1));
        v.sort_unstable_by_key(|e| self.vocab.hash(e.0));
    }

    /// The positions of the `n` most salient terms of a vector (by weight
    /// times idf), given the idf of each of its terms.
    fn salient_of(&self, v: &Vector, idf: &[f32], n: usize) -> Vec<usize> {
        let mut ranked: Vec<(usize, f32)> = v.iter().zip(idf).map(|(e, idf)| e.1 * idf).enumerate().collect();
        if ranked.len() > n {
            ranked.select_nth_unstable_by(n, |a, b| b.1.total_cmp(&a.1));
            ranked.truncate(n);
        }
        ranked.into_iter().map(|(i, _)| i).collect()
    }

    /// Live stories sharing salient terms with `query`'s vector `v`, most
    /// promising first (by the idf of the terms shared), leaving out those
    /// so far in time from `when` (the span of the article or story asking)
    /// that even the highest cosine less the time penalty stays below
    /// `floor`: in a long archive the stories of a recurring topic share the
    /// same terms, and would otherwise crowd out the current one.
    fn candidates(&mut self, v: &Vector, query: &Query, except: Option<u32>, (when, floor): (Span, f32)) -> Vec<u32> {
        let mut tally = std::mem::take(&mut self.tally);
        tally.resize(self.stories.len(), 0.0);
        let mut ranked: Vec<(u32, f32)> = Vec::new();
        for i in self.salient_of(v, &query.idf, QUERY_TERMS) {
            let w = query.idf[i];
            for &s in self.postings.get(&v[i].0).map(Vec::as_slice).unwrap_or_default() {
                let s = self.resolve(s);
                if Some(s) != except {
                    // Every idf is positive, so a zero tally is a story not met yet.
                    if tally[s as usize] == 0.0 {
                        ranked.push((s, 0.0));
                    }
                    tally[s as usize] += w;
                }
            }
        }
        for r in &mut ranked {
            r.1 = std::mem::take(&mut tally[r.0 as usize]);
        }
        self.tally = tally;
        if when.is_dated() {
            let reach = self.highest_blend() - floor;
            ranked.retain(|r| self.time_penalty(self.spans[r.0 as usize], when) <= reach);
        }
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(CANDIDATES);
        ranked.into_iter().map(|(s, _)| s).collect()
    }

    /// Length of a vector weighted by idf.
    fn idf_norm(&self, v: &Vector) -> f32 {
        v.iter().map(|&(t, w)| (w * self.idf(t)).powi(2)).sum::<f32>().sqrt()
    }

    /// The idf factors of a vector's terms and its weighted length, looked up
    /// once for the many cosines of one article with candidate stories.
    fn query(&self, v: &Vector) -> Query {
        let idf: Vec<f32> = v.iter().map(|&(t, _)| self.idf(t)).collect();
        let norm = v.iter().zip(&idf).map(|(&(_, w), &idf)| (w * idf).powi(2)).sum::<f32>().sqrt();
        Query { spread: Spread::new(v, |i| idf[i].powi(2)), norm, idf }
    }

    fn idf_cosine(&self, a: &Vector, b: &Vector) -> f32 {
        self.query(a).cosine(b, self.idf_norm(b))
    }

    fn time_penalty(&self, a: Span, b: Span) -> f32 {
        let (Some(f1), Some(l1), Some(f2), Some(l2)) = (a.first, a.last, b.first, b.last) else { return 0.0 };
        let gap_days = (f2 - l1).max(f1 - l2).max(0) as f32 / 24.0;
        let x = gap_days / self.params.time_scale_days.max(0.01);
        self.params.time_weight * (1.0 - (-x * x).exp())
    }

    /// The join threshold for member `m` and story `s`: lower when both are dated.
    fn join_threshold(&self, m: u32, s: u32) -> f32 {
        if self.members[m as usize].hours.is_some() && self.spans[s as usize].is_dated() {
            self.params.join_dated
        } else {
            self.params.join
        }
    }

    /// The newest [`LINKED_MEMBERS`] members of each story that are not
    /// duplicates, newest first, all in one list; and where each story's begin.
    fn linked(&self, stories: &[u32]) -> (Vec<u32>, Vec<usize>) {
        self.newest(stories, LINKED_MEMBERS)
    }

    /// As [`StoryIndex::linked`], the newest `take` members of each story.
    fn newest(&self, stories: &[u32], take: usize) -> (Vec<u32>, Vec<usize>) {
        let (mut linked, mut starts) = (Vec::with_capacity(stories.len() * take), Vec::new());
        for &s in stories {
            starts.push(linked.len());
            let members = self.stories[s as usize].members.iter().rev();
            linked.extend(members.copied().filter(|&o| !self.is_duplicate[o as usize]).take(take));
        }
        starts.push(linked.len());
        (linked, starts)
    }

    /// Reads the centroids of `stories` and the terms of their `linked`
    /// members once ahead of scoring, so the cache misses of all of them
    /// overlap instead of stalling each cosine in turn.
    fn warm(&self, stories: &[u32], linked: &[u32]) {
        let mut touched = 0u32;
        let mut touch = |v: &Vector| touched ^= v.iter().step_by(8).fold(0, |x, e| x ^ e.0);
        for &s in stories {
            touch(&self.stories[s as usize].centroid);
        }
        for &o in linked {
            touch(&self.members[o as usize].terms);
        }
        std::hint::black_box(touched);
    }

    /// The score of member `m` against story `s` before `m`'s own hubness
    /// discount, given the idf-weighted length of its centroid, and `m`'s
    /// mean cosine with the story's [`StoryIndex::linked`] members `linked`
    /// (whose cosines with `m` go to `seen`).
    fn score(&self, m: u32, query: &Query, (s, norm): (u32, f32), linked: &[u32], seen: &mut Vec<(u32, f32)>) -> (f32, f32) {
        let member = &self.members[m as usize];
        let story = &self.stories[s as usize];
        let centroid = query.cosine(&story.centroid, norm);
        let half_hub = 0.5 * self.params.hub_weight;
        let time_penalty = self.time_penalty(self.spans[s as usize], Span::at(member.hours));
        let link = self.params.member_link;
        let cosines: Vec<f32> = linked
            .iter()
            .map(|&o| if story.members.len() > 1 { query.cosine(&self.members[o as usize].terms, self.members[o as usize].norm) } else { centroid })
            .collect();
        let close = cosines.iter().sum::<f32>() / cosines.len().max(1) as f32;
        let (mut nearest, mut hubs, mut n) = (f32::MIN, 0.0, 0);
        for (&o, &c) in linked.iter().zip(&cosines) {
            if half_hub > 0.0 {
                seen.push((o, c - time_penalty));
            }
            let mate = |x: u32| x != m && self.resolve(self.members[x as usize].story) == s;
            let hub = self.members[o as usize].nearest.hubness_in(mate, close);
            nearest = nearest.max(c - half_hub * hub);
            hubs += hub;
            n += 1;
        }
        let centroid_hub = if n > 0 { hubs / n as f32 } else { 0.0 };
        let nearest = if link > 0.0 && n > 0 { nearest } else { centroid - half_hub * centroid_hub };
        let text = link * nearest + (1.0 - link) * (centroid - half_hub * centroid_hub);
        let semantic = member.embedding.as_ref().filter(|_| self.params.embedding_weight > 0.0).and_then(|e| {
            let sum_norm = embedding::norm(&story.embedding_sum);
            (sum_norm > 0.0).then(|| {
                let centroid = e.dot_dense(&story.embedding_sum) / sum_norm;
                let nearest = if link > 0.0 && story.members.len() > 1 {
                    let embeddings = linked.iter().filter_map(|&o| self.members[o as usize].embedding.as_ref());
                    embeddings.map(|o| e.cosine(o)).fold(-1.0, f32::max)
                } else {
                    centroid
                };
                link * nearest + (1.0 - link) * centroid
            })
        });
        (self.blend(text, semantic) - time_penalty, close)
    }

    /// The highest score [`StoryIndex::blend`] can give, whatever the cosines
    /// (with room for their rounding).
    fn highest_blend(&self) -> f32 {
        const MOST: f32 = 1.001;
        let w = self.params.embedding_weight;
        (1.0 - w).abs() * MOST + w.abs() * (MOST + self.params.embedding_offset.abs())
    }

    /// The text score blended with the embedding score when both sides have embeddings.
    fn blend(&self, text: f32, semantic: Option<f32>) -> f32 {
        match semantic {
            Some(e) => {
                let w = self.params.embedding_weight;
                (1.0 - w) * text + w * (e - self.params.embedding_offset)
            }
            None => text,
        }
    }

    /// The candidate stories of member `m` with its score against each; the
    /// cosines computed on the way update the hubness of `m` and of the
    /// members it was compared with.
    fn scored_candidates(&mut self, m: u32, except: Option<u32>) -> Vec<(u32, f32)> {
        let terms = self.members[m as usize].terms.clone();
        // Cosines net of the time penalty (same-topic articles far apart in
        // time are no competitors).
        let mut seen = Vec::with_capacity(CANDIDATES * LINKED_MEMBERS);
        let query = self.query(&terms);
        let when = Span::at(self.members[m as usize].hours);
        let candidates = self.candidates(&terms, &query, except, (when, self.params.join_dated));
        let (linked, starts) = self.linked(&candidates);
        self.warm(&candidates, &linked);
        let candidates: Vec<(u32, f32)> = candidates.into_iter().map(|s| (s, self.centroid_norm(s))).collect();
        let scored: Vec<(u32, (f32, f32))> = (candidates.iter().zip(starts.windows(2)))
            .map(|(&c, at)| (c.0, self.score(m, &query, c, &linked[at[0]..at[1]], &mut seen)))
            .collect();
        for &(o, c) in &seen {
            self.members[m as usize].nearest.push(o, c);
            self.members[o as usize].nearest.push(m, c);
        }
        let half_hub = 0.5 * self.params.hub_weight;
        let nearest = &self.members[m as usize].nearest;
        let own = |s: u32, close: f32| half_hub * nearest.hubness_in(|x| x != m && self.resolve(self.members[x as usize].story) == s, close);
        scored.into_iter().map(|(s, (sc, close))| (s, sc - own(s, close))).collect()
    }

    /// The best story for member `m` if it scores at least the join threshold.
    fn best_story(&mut self, m: u32, except: Option<u32>) -> Option<u32> {
        self.scored_candidates(m, except)
            .into_iter()
            .filter(|&(s, sc)| sc >= self.join_threshold(m, s))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(s, _)| s)
    }

    /// Merges story `s` with the neighbour it converged with, if any; returns the surviving story.
    fn check_merge(&mut self, s: u32, changes: &mut Vec<Change>) -> u32 {
        if self.stories[s as usize].members.len() < 2 {
            return s;
        }
        let centroid = self.stories[s as usize].centroid.clone();
        let query = self.query(&centroid);
        let span = self.spans[s as usize];
        // A story too far apart in time to reach the threshold whatever its
        // cosines is no candidate: its centroid is not even read.
        let candidates = self.candidates(&centroid, &query, Some(s), (span, self.params.merge));
        let penalty = |o: u32| self.time_penalty(span, self.spans[o as usize]);
        let candidates: Vec<(u32, f32)> = candidates.into_iter().map(|o| (o, penalty(o))).collect();
        self.warm(&candidates.iter().map(|c| c.0).collect::<Vec<_>>(), &[]);
        let candidates: Vec<(u32, f32, f32)> =
            candidates.into_iter().map(|(o, penalty)| (o, penalty, self.centroid_norm(o))).collect();
        let story = &self.stories[s as usize];
        let best = candidates
            .into_iter()
            .map(|(o, penalty, norm)| {
                let other = &self.stories[o as usize];
                let semantic = (self.params.embedding_weight > 0.0)
                    .then(|| sum_cosine(&story.embedding_sum, &other.embedding_sum))
                    .flatten();
                let text = query.cosine(&other.centroid, norm);
                (o, self.blend(text, semantic) - penalty)
            })
            .filter(|&(_, sc)| sc >= self.params.merge)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let Some((o, _)) = best else { return s };
        let (keep, gone) = {
            let (ns, no) = (self.stories[s as usize].members.len(), self.stories[o as usize].members.len());
            if no > ns || (no == ns && o < s) { (o, s) } else { (s, o) }
        };
        let moved = std::mem::take(&mut self.stories[gone as usize].members);
        for &m in &moved {
            self.members[m as usize].story = keep;
        }
        let gone_story = &self.stories[gone as usize];
        let centroid = gone_story.centroid.clone();
        let gone_span = self.spans[gone as usize];
        self.spans[keep as usize].widen(gone_span);
        self.merged_into[gone as usize] = keep;
        self.stories[gone as usize].set_centroid(Vector::default());
        let limit = self.params.story_terms;
        let gone_sum = std::mem::take(&mut self.stories[gone as usize].embedding_sum);
        let keep_story = &mut self.stories[keep as usize];
        if keep_story.embedding_sum.len() == gone_sum.len() {
            keep_story.embedding_sum.iter_mut().zip(&gone_sum).for_each(|(k, g)| *k += g);
        } else if keep_story.embedding_sum.is_empty() {
            keep_story.embedding_sum = gone_sum;
        }
        keep_story.members.extend(moved);
        let mut merged = vector::add(&keep_story.centroid, &centroid, |t| self.vocab.hash(t));
        self.keep_salient(&mut merged, limit);
        let keep_story = &mut self.stories[keep as usize];
        keep_story.set_centroid(merged);
        let into = keep_story.id.clone();
        changes.push(Change::Merge { from: self.stories[gone as usize].id.clone(), into });
        keep
    }

    /// When story `s` has doubled since its last check, moves members that
    /// drifted away from the rest of it (with their duplicates) to a better story.
    fn check_drift(&mut self, s: u32, changes: &mut Vec<Change>) {
        let story = &self.stories[s as usize];
        if story.members.len() < story.next_split_check {
            return;
        }
        self.stories[s as usize].next_split_check *= 2;
        let drifted: Vec<u32> = self.stories[s as usize]
            .members
            .iter()
            .copied()
            .filter(|&m| self.members[m as usize].duplicate_of.is_none())
            // A member alone in its language is not judged by the others' words.
            .filter(|&m| self.stories[s as usize].members.iter().any(|&o| o != m && self.same_language(m, o)))
            .filter(|&m| {
                let own = &self.members[m as usize].terms;
                let rest: Vector = vector::add(
                    &self.stories[s as usize].centroid,
                    &own.iter().map(|&(t, w)| (t, -w)).collect::<Vector>(),
                    |t| self.vocab.hash(t),
                );
                self.idf_cosine(own, &rest) < self.params.split
            })
            .collect();
        for m in drifted {
            let to = match self.best_story(m, Some(s)) {
                Some(to) => to,
                None => self.open_story_of(m),
            };
            self.move_member(m, s, to, changes);
        }
    }

    /// Opens a story named after member `m`.
    fn open_story_of(&mut self, m: u32) -> u32 {
        let id = story_id_for(&self.members[m as usize].id, &self.story_ids);
        self.open_story(id)
    }

    /// Moves member `m` and its duplicates from story `from` to story `to`,
    /// recording a [`Change::Move`] for each.
    fn move_member(&mut self, m: u32, from: u32, to: u32, changes: &mut Vec<Change>) {
        let terms = self.members[m as usize].terms.clone();
        for e in terms.iter() {
            self.vocab.uncount_in_story(e.0, from, |x| root(&self.merged_into, x));
        }
        self.absorb(from, &terms, -1.0);
        if let Some(e) = &self.members[m as usize].embedding {
            e.add_to(&mut self.stories[from as usize].embedding_sum, -1.0);
        }
        let members = &self.members;
        let group: Vec<u32> = self.stories[from as usize]
            .members
            .iter()
            .copied()
            .filter(|&x| x == m || members[x as usize].duplicate_of == Some(m))
            .collect();
        self.stories[from as usize].members.retain(|x| !group.contains(x));
        let (from_id, to_id) = (self.stories[from as usize].id.clone(), self.stories[to as usize].id.clone());
        for x in group {
            self.attach(x, to);
            let article = self.members[x as usize].id.to_string();
            changes.push(Change::Move { article, from: from_id.clone(), to: to_id.clone() });
        }
    }
}

/// The story that story `s` was merged into, through every later merge
/// (`s` itself when it stands).
fn root(merged_into: &[u32], mut s: u32) -> u32 {
    while merged_into[s as usize] != s {
        s = merged_into[s as usize];
    }
    s
}

/// One vector spread with the squared idf of each of its terms, for its
/// idf-weighted cosines with many others.
struct Query {
    spread: Spread,
    /// The vector's length weighted by idf.
    norm: f32,
    /// The idf of each of the vector's terms, by position.
    idf: Vec<f32>,
}

impl Query {
    /// Cosine of the idf-weighted vector this query was made from with
    /// `other`, whose weighted length is `other_norm`.
    fn cosine(&self, other: &Vector, other_norm: f32) -> f32 {
        if self.norm == 0.0 || other_norm == 0.0 {
            return 0.0;
        }
        self.spread.dot(other) / (self.norm * other_norm)
    }
}

/// A stable story id: `s` and a short hash of the founding article's id.
fn story_id_for(article: &str, taken: &FxHashMap<String, u32>) -> String {
    let base = format!("s{:010x}", hash64(article.as_bytes()) >> 24);
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains_key(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Cosine of two dense sums; `None` when either is empty or zero.
fn sum_cosine(a: &[f32], b: &[f32]) -> Option<f32> {
    let (na, nb) = (embedding::norm(a), embedding::norm(b));
    (a.len() == b.len() && na > 0.0 && nb > 0.0).then(|| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>() / (na * nb))
}

fn min_opt(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn max_opt(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, title: &str, body: &str) -> Article {
        Article { id: id.into(), title: Some(title.into()), body: body.into(), ..Default::default() }
    }

    /// A unit vector along axis `i` of a 4-d space, tilted a little towards axis 3.
    fn axis(i: usize) -> Vec<f32> {
        let mut v = vec![0.0, 0.0, 0.0, 0.3];
        v[i] = 1.0;
        v
    }

    #[test]
    fn the_old_stories_of_a_recurring_topic_do_not_crowd_out_the_current_one() {
        // The same weekly notice, a story each week (a week apart, the time
        // penalty keeps them apart), more of them than the candidates scored.
        let mut index = StoryIndex::default();
        let notice = |week: usize, day: usize, id: String| Article {
            id,
            title: Some("Weekly harbour dredging notice".into()),
            body: "The harbour office will dredge the northern channel; pilots must keep to the marked lane.".into(),
            published: Some(format!("2024-{:02}-{:02}T09:00:00", 1 + (week * 10 + day) / 28, 1 + (week * 10 + day) % 28)),
            ..Default::default()
        };
        let mut stories = Vec::new();
        for week in 0..30 {
            stories.push(index.add(&notice(week, 0, format!("w{week}")), &Analysis::default()).story_id);
        }
        let distinct: std::collections::HashSet<&String> = stories.iter().collect();
        assert_eq!(distinct.len(), 30, "each notice ten days apart opens a story of its own");
        let follow_up = Article {
            title: Some("Harbour dredging of the northern channel begins".into()),
            body: "Dredgers began work in the northern channel of the harbour; pilots must keep to the marked lane, the harbour office said.".into(),
            ..notice(29, 1, "w29-next".into())
        };
        let next_day = index.add(&follow_up, &Analysis::default());
        assert_eq!(next_day.duplicate_of, None);
        assert_eq!(next_day.story_id, stories[29], "a report of the next day joins the current story");
    }

    #[test]
    fn unrelated_russian_articles_sharing_only_function_words_stay_apart() {
        // In a small archive every word is about equally rare, so without a
        // Russian stopword list their shared function words joined them.
        let mut index = StoryIndex::default();
        let russian = |id: &str, title: &str, body: &str| Article { language: Some("ru".into()), ..article(id, title, body) };
        let recipes = russian(
            "recipes",
            "Фудблогеры поделились рецептами быстрого ужина",
            "Мы спросили, что они готовят на ужин, и как это сделать быстро. Они сказали, что для этого нужно только то, \
             что уже есть на кухне, и что это не займёт много времени, если всё было готово до того, как они пришли.",
        );
        let game = russian(
            "game",
            "Как увеличить скорость бега в игре",
            "Это можно сделать через консоль, и что важно, после этого скорость не изменится, если она уже была на \
             максимуме. Мы сказали, как это сделать, и что для этого нужно только то, что есть в настройках игры.",
        );
        let a = index.add(&recipes, &Analysis::default()).story_id;
        let b = index.add(&game, &Analysis::default()).story_id;
        index.recheck(2);
        let story = |id: &str| index.placements().find(|p| p.0 == id).unwrap().1.to_string();
        assert_ne!(a, b);
        assert_ne!(story("recipes"), story("game"), "the re-check keeps them apart too");
    }

    #[test]
    fn a_restore_brings_back_the_hubness() {
        let none = Analysis::default();
        let mut index = StoryIndex::default();
        let mut rows = Vec::new();
        let texts = [
            ("Senate passes budget", "The Senate passed the budget bill on Tuesday after a long debate."),
            ("Budget bill clears Senate", "Senators approved the budget bill late on Tuesday."),
            ("House delays budget vote", "The House delayed its vote on the budget bill to next week."),
            ("Storm hits coast", "A storm hit the northern coast and cut power to thousands of homes."),
            ("Coast storm cuts power", "Thousands of homes lost power when the storm reached the coast."),
        ];
        for (i, (title, body)) in texts.iter().enumerate() {
            let placed = index.add(&article(&format!("a{i}"), title, body), &none);
            rows.push((format!("a{i}"), Some(placed.story_id), placed.features));
        }
        assert!(index.members.iter().any(|m| m.nearest.hubness() > 0.0), "cosines were recorded");
        let restored = StoryIndex::restore(&rows);
        for (a, b) in index.members.iter().zip(&restored.members) {
            assert_eq!(a.nearest, b.nearest, "{}", a.id);
        }
    }

    #[test]
    fn embeddings_decide_between_stories_and_survive_a_restore() {
        let params = Params { embedding_weight: 0.9, embedding_offset: 0.3, ..Params::default() };
        let none = Analysis::default();
        let arts = [
            article("a", "Council approves budget", "The city council approved the budget for schools on Monday."),
            article("b", "Council rejects plan", "The city council rejected the parking plan for the old harbour."),
            article("c", "Council vote", "The city council voted on Monday."),
        ];
        let place = |embs: [Vec<f32>; 3]| {
            let mut index = StoryIndex::new(params.clone());
            let mut rows = Vec::new();
            for (a, e) in arts.iter().zip(&embs) {
                let placed = index.add_embedded(a, &none, Some(e));
                rows.push((a.id.clone(), Some(placed.story_id.clone()), placed.features));
            }
            (index, rows)
        };
        // The same texts; only the embedding of "c" says which story it belongs to.
        for (near, other) in [(0, 1), (1, 0)] {
            let (index, rows) = place([axis(0), axis(1), axis(near)]);
            let story: Vec<&str> = index.placements().map(|(_, s)| s).collect();
            assert_ne!(story[0], story[1], "two stories to choose from");
            assert_eq!(story[2], story[near], "c follows its embedding");
            assert_ne!(story[2], story[other]);
            // Restored from the persisted features, the index places a fourth
            // article with the same embedding the same way.
            let mut restored = StoryIndex::restore_with(params.clone(), &rows);
            let d = article("d", "Council vote", "The city council voted again.");
            assert_eq!(restored.add_embedded(&d, &none, Some(&axis(near))).story_id, story[near]);
        }
    }
}
