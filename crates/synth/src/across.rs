//! Statements across languages. Sentences in different languages share
//! almost no stems, so their word similarity never says they state the same
//! thing. Two routes pair them instead:
//!
//! - By names and figures: two sentences of articles in different languages
//!   are taken for one statement when they share at least [`MIN_SHARED`]
//!   such keys, a figure among them, and the keys' cosine reaches
//!   [`MIN_COSINE`].
//! - By meaning, when the caller hands over the sentences' vectors from a
//!   multilingual model ([`SentenceVectors`]; synthesis never runs a model):
//!   two sentences are one statement when their cosine, net of both
//!   sentences' hubness, reaches [`MEANING_MIN`] (see [`meaning_pairs`]).
//!
//! These pairs group facts only: quotations and discrepancies, whose rules
//! read English words (negations, counted nouns), never compare sentences
//! across languages. How the meaning route was fitted, checked and what it
//! costs: this crate's README, "Facts across languages".

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::desk::Desk;
use crate::facts::SAME_STATEMENT;

/// Name and figure keys two sentences must share.
const MIN_SHARED: usize = 3;
/// Lowest cosine of the two sentences' key sets.
const MIN_COSINE: f32 = 0.5;
/// Letters of a capitalised word its key keeps ("Haldersens" and "Haldersen" meet).
const NAME_LETTERS: usize = 5;

/// Unit-length sentence vectors of a story's members from a multilingual
/// model, by article id: one per sentence of the article's analysis, in
/// order (a shorter list leaves the later sentences without one).
pub type SentenceVectors = HashMap<String, Vec<Vec<f32>>>;

/// Highest cosines with sentences in other languages that make a
/// sentence's hubness.
const HUB_NEIGHBOURS: usize = 5;
/// The cosines a sentence's hubness starts from: about what e5 gives two
/// sentences of different stories in two languages (on SemEval's pairs:
/// median 0.78, 90th percentile 0.82).
pub const HUB_PRIOR: f32 = 0.80;
/// Lowest hubness-discounted cosine of two sentences stating one thing.
pub const MEANING_MIN: f32 = 0.045;
/// Words (or twice as many letters of a script without case) a sentence
/// needs to be paired by meaning.
const MEANING_WORDS: usize = 8;

/// The name and figure keys of line `l`: its capitalised words after the
/// first, cut to [`NAME_LETTERS`] lower-case letters, and its numbers.
fn keys(desk: &Desk, l: usize) -> Vec<String> {
    let line = &desk.lines[l];
    let words = line.text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).skip(1);
    let names = words.filter(|w| w.starts_with(char::is_uppercase)).map(|w| w.to_lowercase().chars().take(NAME_LETTERS).collect());
    let mut keys: Vec<String> = names.chain(line.numbers.iter().map(|n| format!("#{n}"))).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// `pairs` (as [`Desk::alike_pairs`] gives them) with the pairs of lines
/// in different languages that state one thing, most similar first; `pairs`
/// itself when the story is told in one language. A pair found by meaning
/// alone ranks after every word pair that reaches [`SAME_STATEMENT`] by
/// more than its discounted cosine exceeds [`MEANING_MIN`].
pub fn with_pairs_across_languages(
    desk: &Desk,
    pairs: &[(usize, usize, f32)],
    vectors: &SentenceVectors,
) -> Vec<(usize, usize, f32)> {
    if desk.main_language.is_none() {
        return pairs.to_vec();
    }
    let keys: Vec<Vec<String>> = (0..desk.lines.len()).map(|l| keys(desk, l)).collect();
    let mut postings: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (l, ks) in keys.iter().enumerate() {
        for k in ks {
            postings.entry(k.as_str()).or_default().push(l);
        }
    }
    let mut merged: FxHashMap<(usize, usize), f32> = pairs.iter().map(|&(a, b, s)| ((a, b), s)).collect();
    for (a, ka) in keys.iter().enumerate() {
        let Some(la) = desk.language(a) else { continue };
        // Per later line in another language: shared keys, and whether a figure is among them.
        let mut shared: FxHashMap<usize, (usize, bool)> = FxHashMap::default();
        for k in ka {
            for &b in &postings[k.as_str()] {
                if b > a && desk.language(b).is_some_and(|lb| lb != la) {
                    let entry = shared.entry(b).or_default();
                    entry.0 += 1;
                    entry.1 |= k.starts_with('#');
                }
            }
        }
        for (b, (n, figure)) in shared {
            let cosine = n as f32 / ((ka.len() * keys[b].len()) as f32).sqrt();
            if n >= MIN_SHARED && figure && cosine >= MIN_COSINE {
                let sim = merged.entry((a, b)).or_insert(0.0);
                *sim = sim.max(cosine);
            }
        }
    }
    for (a, b, score) in meaning_pairs(desk, vectors, MEANING_MIN) {
        let sim = merged.entry((a, b)).or_insert(0.0);
        *sim = sim.max(SAME_STATEMENT + score - MEANING_MIN);
    }
    let mut out: Vec<(usize, usize, f32)> = merged.into_iter().map(|((a, b), s)| (a, b, s)).collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    out
}

/// The vector of line `l`, when `vectors` give one of the story's length
/// (`dim`) with finite values and its article's language is known.
fn vector_of<'v>(desk: &Desk, vectors: &'v SentenceVectors, l: usize, dim: usize) -> Option<&'v [f32]> {
    desk.language(l)?;
    let line = &desk.lines[l];
    let v = vectors.get(&desk.members[line.article].article.id)?.get(line.index)?;
    (v.len() == dim && v.iter().all(|x| x.is_finite())).then_some(v.as_slice())
}

/// Pairs of [`substantial`] lines of articles in different languages whose
/// vectors' cosine, less the mean of both lines' hubness, reaches `min`:
/// `(a, b, score)` with `a < b`, in no particular order. A line's hubness
/// against another article is the mean of its [`HUB_NEIGHBOURS`] highest
/// cosines with that article's lines, counting [`HUB_PRIOR`] that many times
/// among them: a multilingual model puts any two news sentences close (e5:
/// 0.75–0.85), and some sentences close to everything, so a raw cosine says
/// little; a sentence standing out from the other article's sentences does
/// (the CSLS of bilingual word-vector retrieval, as the stories index uses
/// for articles). Taken per pair of articles, a fact that many outlets
/// state does not raise its own bar. Empty when the story is told in one
/// language or no line has a vector.
pub fn meaning_pairs(desk: &Desk, vectors: &SentenceVectors, min: f32) -> Vec<(usize, usize, f32)> {
    if desk.main_language.is_none() {
        return Vec::new();
    }
    let Some(dim) = vectors.values().flatten().map(Vec::len).find(|&n| n > 0) else { return Vec::new() };
    // Per article, in desk order: its lines with a vector.
    let mut articles: Vec<Vec<(usize, &[f32])>> = vec![Vec::new(); desk.members.len()];
    for l in 0..desk.lines.len() {
        if let Some(v) = vector_of(desk, vectors, l, dim) {
            articles[desk.lines[l].article].push((l, v));
        }
    }
    let mut out = Vec::new();
    for (x, xs) in articles.iter().enumerate() {
        for ys in articles.iter().skip(x + 1) {
            if let (Some(&(a, _)), Some(&(b, _))) = (xs.first(), ys.first()) {
                if desk.language(a) != desk.language(b) {
                    pairs_of_articles(desk, xs, ys, min, &mut out);
                }
            }
        }
    }
    out
}

/// [`meaning_pairs`] between the lines of two articles in different
/// languages (`xs` before `ys` on the desk).
fn pairs_of_articles(
    desk: &Desk,
    xs: &[(usize, &[f32])],
    ys: &[(usize, &[f32])],
    min: f32,
    out: &mut Vec<(usize, usize, f32)>,
) {
    let cosines: Vec<f32> =
        xs.iter().flat_map(|x| ys.iter().map(|y| x.1.iter().zip(y.1).map(|(p, q)| p * q).sum::<f32>())).collect();
    let hub = |nearest: [f32; HUB_NEIGHBOURS]| nearest.iter().sum::<f32>() / HUB_NEIGHBOURS as f32;
    let mut x_nearest = vec![[HUB_PRIOR; HUB_NEIGHBOURS]; xs.len()];
    let mut y_nearest = vec![[HUB_PRIOR; HUB_NEIGHBOURS]; ys.len()];
    for (i, row) in cosines.chunks(ys.len()).enumerate() {
        for (j, &c) in row.iter().enumerate() {
            push_nearest(&mut x_nearest[i], c);
            push_nearest(&mut y_nearest[j], c);
        }
    }
    let y_hub: Vec<f32> = y_nearest.into_iter().map(hub).collect();
    let y_substantial: Vec<bool> = ys.iter().map(|y| substantial(desk.lines[y.0].text)).collect();
    for (i, row) in cosines.chunks(ys.len()).enumerate() {
        if !substantial(desk.lines[xs[i].0].text) {
            continue;
        }
        let x_hub = hub(x_nearest[i]);
        for (j, &c) in row.iter().enumerate() {
            let score = c - 0.5 * (x_hub + y_hub[j]);
            if y_substantial[j] && score >= min {
                out.push((xs[i].0, ys[j].0, score));
            }
        }
    }
}

/// Whether a sentence says enough to be paired by meaning: running text of
/// [`MEANING_WORDS`] words, or twice as many letters of a script without
/// case (Chinese). Bylines, credits, captions and headline fragments are
/// close to many sentences in other languages and state no fact.
fn substantial(text: &str) -> bool {
    let caseless = text.chars().filter(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()).count();
    if caseless >= 2 * MEANING_WORDS {
        return true;
    }
    let words = text.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).count();
    words >= MEANING_WORDS && crate::facts::is_prose(text)
}

/// Keeps the [`HUB_NEIGHBOURS`] highest cosines: `c` replaces the lowest
/// when higher.
fn push_nearest(nearest: &mut [f32; HUB_NEIGHBOURS], c: f32) {
    let (low, &lowest) = nearest.iter().enumerate().min_by(|a, b| a.1.total_cmp(b.1)).expect("never empty");
    if c > lowest {
        nearest[low] = c;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{facts, statements};
    use crate::testkit::member;
    use crate::Member;

    fn in_language(mut m: Member, lang: &str) -> Member {
        m.article.language = Some(lang.into());
        m
    }

    #[test]
    fn a_fact_is_corroborated_across_languages_by_its_names_and_figures() {
        let en = |id: &str, outlet: &str| {
            let sentences = [
                "Mayor Ingrid Haldersen said 2350 homes in the Marrow valley were evacuated and 17 bridges closed.",
                "Shops stayed open in the old town.",
            ];
            in_language(member(id, Some(outlet), "2031-03-10", &sentences), "en")
        };
        let de = in_language(
            member("d", Some("Beispielzeitung"), "2031-03-10", &[
                "Bürgermeisterin Ingrid Haldersen sagte, 2350 Häuser im Marrow-Tal seien geräumt und 17 Brücken gesperrt.",
                "Ingrid Haldersen besuchte 2019 die Schule.",
            ]),
            "de",
        );
        let members = vec![en("a", "Ledger"), en("b", "Courier"), de];
        let desk = Desk::new(&members);
        let pairs = with_pairs_across_languages(&desk, &desk.alike_pairs(0.2), &SentenceVectors::new());
        let all = facts(&desk, &statements(&desk, &pairs));
        let evacuated = all.iter().find(|f| f.text.contains("evacuated")).expect("the evacuation fact");
        assert_eq!(evacuated.outlets.len(), 3, "{evacuated:#?}");
        assert!(evacuated.text.starts_with("Mayor"), "worded in the main language");
        // Two shared names and no shared figure: no statement across languages.
        let school = all.iter().find(|f| f.text.contains("Schule"));
        assert!(school.is_none_or(|f| f.outlets.len() == 1), "{school:#?}");
        // One language: the pairs are left as they are.
        let english = vec![en("a", "Ledger"), en("b", "Courier")];
        let desk = Desk::new(&english);
        let pairs = desk.alike_pairs(0.2);
        assert_eq!(with_pairs_across_languages(&desk, &pairs, &SentenceVectors::new()), pairs);
    }
}

#[cfg(test)]
mod meaning_tests {
    use super::*;
    use crate::facts::{facts, statements};
    use crate::testkit::member;
    use crate::Member;

    /// Unit vectors as a multilingual model gives them: every two sentences
    /// share `COMMON` of their cosine; the sentences of one `topic` (`Some`)
    /// share `TOPIC` more.
    const COMMON: f32 = 0.78;
    const TOPIC: f32 = 0.17;
    const DIM: usize = 24;

    fn vector(own: usize, topic: Option<usize>) -> Vec<f32> {
        let mut v = vec![0.0; DIM];
        v[0] = COMMON.sqrt();
        match topic {
            Some(t) => {
                v[1 + t] = TOPIC.sqrt();
                v[4 + own] = (1.0 - COMMON - TOPIC).sqrt();
            }
            None => v[4 + own] = (1.0 - COMMON).sqrt(),
        }
        v
    }

    fn story() -> Vec<Member> {
        let en = |id: &str, outlet: &str| {
            let sentences = [
                "The river authority evacuated the lower valley after the old dam began to leak overnight.",
                "Shops in the market square stayed open and the trains ran on time all day.",
            ];
            let mut m = member(id, Some(outlet), "2031-03-10", &sentences);
            m.article.language = Some("en".into());
            m
        };
        let mut de = member("d", Some("Beispielzeitung"), "2031-03-10", &[
            "Die Flussbehörde ließ das untere Tal räumen, nachdem der alte Damm in der Nacht undicht geworden war.",
            "Der Gemeinderat beschloss am Abend neue Regeln für das Parken in der Innenstadt.",
            "Damm undicht, Tal geräumt.",
        ]);
        de.article.language = Some("de".into());
        vec![en("a", "Ledger"), en("b", "Courier"), de]
    }

    /// The evacuation is topic 0 in every article, and the German headline
    /// fragment says it too; everything else is a sentence of its own.
    fn vectors() -> SentenceVectors {
        let mut v = SentenceVectors::new();
        v.insert("a".into(), vec![vector(0, Some(0)), vector(1, None)]);
        v.insert("b".into(), vec![vector(2, Some(0)), vector(3, None)]);
        v.insert("d".into(), vec![vector(4, Some(0)), vector(5, None), vector(6, Some(0))]);
        v
    }

    fn outlets_of(members: &[Member], vectors: &SentenceVectors, needle: &str) -> Vec<String> {
        let desk = Desk::new(members);
        let pairs = with_pairs_across_languages(&desk, &desk.alike_pairs(0.2), vectors);
        let all = facts(&desk, &statements(&desk, &pairs));
        all.iter().find(|f| f.text.contains(needle)).map(|f| f.outlets.clone()).unwrap_or_default()
    }

    #[test]
    fn sentences_stating_one_thing_in_two_languages_are_paired_by_their_vectors() {
        let members = story();
        let evacuation = outlets_of(&members, &vectors(), "evacuated");
        assert_eq!(evacuation, ["Ledger", "Courier", "Beispielzeitung"]);
        // The council's parking rules: close to nothing in English, a claim of one outlet.
        assert_eq!(outlets_of(&members, &vectors(), "Parken"), ["Beispielzeitung"]);
        // Without vectors the German report stands apart, as before.
        assert_eq!(outlets_of(&members, &SentenceVectors::new(), "evacuated"), ["Ledger", "Courier"]);
    }

    #[test]
    fn fragments_and_lone_close_pairs_are_not_paired() {
        let members = story();
        let desk = Desk::new(&members);
        let pairs = meaning_pairs(&desk, &vectors(), MEANING_MIN);
        let german = |l: usize| desk.lines[l].text.starts_with("Die Flussbehörde");
        // Each English evacuation line with the German one, nothing else (the
        // headline fragment shares the vector but says too little).
        assert_eq!(pairs.len(), 2, "{pairs:?}");
        assert!(pairs.iter().all(|&(a, b, _)| desk.lines[a].text.contains("evacuated") && german(b)));
        // A cosine that is only the model's usual closeness pairs nothing:
        // every sentence at the prior's distance from every other.
        let flat: SentenceVectors = [("a", 0), ("b", 3), ("d", 6)]
            .into_iter()
            .map(|(id, own)| (id.to_string(), (own..own + 3).map(|o| vector(o + 8, None)).collect()))
            .collect();
        assert!(meaning_pairs(&desk, &flat, MEANING_MIN).is_empty());
    }

    #[test]
    fn malformed_vectors_are_ignored() {
        let members = story();
        let desk = Desk::new(&members);
        let mut bad = vectors();
        bad.insert("d".into(), vec![vec![f32::NAN; DIM], vec![1.0; 3]]);
        assert!(meaning_pairs(&desk, &bad, MEANING_MIN).is_empty());
        // One language: no pairs, whatever the vectors.
        let english: Vec<Member> = members.into_iter().take(2).collect();
        let desk = Desk::new(&english);
        assert!(meaning_pairs(&desk, &vectors(), -1.0).is_empty());
    }
}
