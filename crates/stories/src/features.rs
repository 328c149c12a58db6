//! What the clusterer keeps of an article: term counts of its title, lead and
//! body, its entities, its publication hour, a MinHash signature of its body
//! and, when the caller computed one, a sentence embedding of its headline and
//! lead; and, for outlets in other languages, its language and the keys of
//! the names and numbers it mentions. Encoded compactly so the store can hand them back on restart.

use concord_model::{Analysis, Article};

use crate::embedding::Embedding;
use crate::minhash::{self, Signature};
use crate::text::{for_each_word, hash32, hash64, name_key, Termer};

/// Words of the body that count as its lead.
const LEAD_WORDS: usize = 60;
/// Words of the body whose names and numbers are keyed (the event's own
/// names come first; the whole body kept no more SemEval pairs together).
const NAME_WORDS: usize = 300;
/// Entities kept per article (most mentioned first).
const MAX_ENTITIES: usize = 24;
/// Layout version of [`Features::encode`] (1: without the embedding, 2:
/// without the language and the names; both still read).
const VERSION: u8 = 3;

thread_local! {
    /// This thread's termers, one per language met (each remembers the words it stemmed).
    static TERMERS: std::cell::RefCell<Vec<(String, Termer)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Hashed term with its count.
pub type TermCount = (u32, u16);

/// Clustering features of one article. Term lists are sorted by term.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Publication time in hours since 1970, when known.
    pub hours: Option<i32>,
    /// Terms of the headline.
    pub title: Vec<TermCount>,
    /// Terms of the first words of the body.
    pub lead: Vec<TermCount>,
    /// Terms of the whole body (truncated to the most salient by the index).
    pub body: Vec<TermCount>,
    /// Hashed entity ids, sorted.
    pub entities: Vec<u32>,
    /// MinHash of the body's word shingles; `None` when the body is too short.
    pub signature: Option<Signature>,
    /// Sentence embedding of the headline and lead, when one was computed.
    pub embedding: Option<Embedding>,
    /// The article's language as [`language_code`] packs it (0 when unknown).
    pub language: u16,
    /// Keys of the names and numbers of the headline and the body's first
    /// [`NAME_WORDS`] words ([`name_key`]), sorted.
    pub names: Vec<TermCount>,
}

impl Features {
    /// Computes the features of an article (entities when analysis found any).
    /// The body is tokenised once: each word gives its term and the hash its
    /// shingles are built from.
    pub fn of(article: &Article, analysis: &Analysis, termer: &Termer) -> Features {
        let capacity = article.body.len().min(crate::text::MAX_TEXT) / 6;
        let (mut body_terms, mut hashes) = (Vec::with_capacity(capacity), Vec::with_capacity(capacity));
        let mut names = Vec::new();
        for_each_word(&article.body, |w, capitalised| {
            let hash = hash64(w.as_bytes());
            hashes.push(hash);
            termer.terms(w, hash, |t| body_terms.push(t));
            if hashes.len() <= NAME_WORDS {
                names.extend(name_key(w, capitalised));
            }
        });
        let title = article
            .title
            .as_deref()
            .map(|t| {
                let mut terms = Vec::new();
                for_each_word(t, |w, capitalised| {
                    termer.terms(w, hash64(w.as_bytes()), |t| terms.extend(t));
                    names.extend(name_key(w, capitalised));
                });
                count_terms(terms)
            })
            .unwrap_or_default();
        let lead = count_terms(body_terms[..body_terms.len().min(LEAD_WORDS)].iter().flatten().copied().collect());
        let body = count_terms(body_terms.into_iter().flatten().collect());
        let mut ents: Vec<(usize, u32)> =
            analysis.entities.iter().map(|e| (e.mentions.len(), hash32(e.id.as_bytes()))).collect();
        ents.sort_by_key(|e| std::cmp::Reverse(e.0));
        let mut entities: Vec<u32> = ents.into_iter().take(MAX_ENTITIES).map(|(_, h)| h).collect();
        entities.sort_unstable();
        entities.dedup();
        Features {
            hours: article.published.as_deref().and_then(hours_of),
            title,
            lead,
            body,
            entities,
            signature: minhash::signature(&hashes),
            embedding: None,
            language: article.language.as_deref().map_or(0, language_code),
            names: count_terms(names),
        }
    }

    /// [`Features::of`] with this thread's termer for the article's language
    /// (English when it has none), so features can be computed on any thread.
    pub fn compute(article: &Article, analysis: &Analysis) -> Features {
        let lang = article.language.as_deref().unwrap_or("en");
        TERMERS.with_borrow_mut(|termers| {
            let i = match termers.iter().position(|(l, _)| l == lang) {
                Some(i) => i,
                None => {
                    termers.push((lang.to_string(), Termer::for_language(Some(lang))));
                    termers.len() - 1
                }
            };
            Features::of(article, analysis, &termers[i].1)
        })
    }

    /// A compact little-endian encoding.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + 6 * (self.title.len() + self.lead.len() + self.body.len()));
        out.push(VERSION);
        out.extend(self.hours.unwrap_or(i32::MIN).to_le_bytes());
        for list in [&self.title, &self.lead, &self.body] {
            encode_terms(list, &mut out);
        }
        out.extend((self.entities.len() as u32).to_le_bytes());
        for e in &self.entities {
            out.extend(e.to_le_bytes());
        }
        match &self.signature {
            Some(sig) => {
                out.push(1);
                for v in sig.iter() {
                    out.extend(v.to_le_bytes());
                }
            }
            None => out.push(0),
        }
        match &self.embedding {
            Some(e) => {
                out.push(1);
                e.encode_into(&mut out);
            }
            None => out.push(0),
        }
        out.extend(self.language.to_le_bytes());
        encode_terms(&self.names, &mut out);
        out
    }

    /// Decodes [`Features::encode`]'s output; `None` for anything else.
    pub fn decode(data: &[u8]) -> Option<Features> {
        let mut r = Reader(data);
        let version = r.take(1)?[0];
        if !(1..=VERSION).contains(&version) {
            return None;
        }
        let hours = Some(r.u32()? as i32).filter(|h| *h != i32::MIN);
        let lists = [r.terms()?, r.terms()?, r.terms()?];
        let n = r.u32()? as usize;
        if n > r.0.len() / 4 {
            return None;
        }
        let entities = (0..n).map(|_| r.u32()).collect::<Option<Vec<_>>>()?;
        let signature = match r.take(1)?[0] {
            1 => {
                let mut sig: Signature = Box::new([0; crate::minhash::HASHES]);
                for v in sig.iter_mut() {
                    *v = r.u32()?;
                }
                Some(sig)
            }
            _ => None,
        };
        let embedding = match (version, r.take(1).map(|b| b[0])) {
            (1, _) | (_, Some(0)) => None,
            (_, Some(1)) => {
                let (embedding, rest) = Embedding::decode_from(r.0)?;
                r.0 = rest;
                Some(embedding)
            }
            _ => return None,
        };
        let (language, names) = match version {
            3 => (u16::from_le_bytes(r.take(2)?.try_into().ok()?), r.terms()?),
            _ => (0, Vec::new()),
        };
        let [title, lead, body] = lists;
        Some(Features { hours, title, lead, body, entities, signature, embedding, language, names })
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    /// A list written by [`encode_terms`].
    fn terms(&mut self) -> Option<Vec<TermCount>> {
        let n = self.u32()? as usize;
        if n > self.0.len() / 6 {
            return None;
        }
        (0..n).map(|_| Some((self.u32()?, u16::from_le_bytes(self.take(2)?.try_into().ok()?)))).collect()
    }
}

/// Appends a term list: its length, then each term and count.
fn encode_terms(list: &[TermCount], out: &mut Vec<u8>) {
    out.extend((list.len() as u32).to_le_bytes());
    for (t, c) in list {
        out.extend(t.to_le_bytes());
        out.extend(c.to_le_bytes());
    }
}

/// An ISO 639-1 code packed into two bytes ("de" and "de-AT" alike); 0 for
/// anything that does not start with two ASCII letters.
pub fn language_code(lang: &str) -> u16 {
    match lang.as_bytes() {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            u16::from_le_bytes([a.to_ascii_lowercase(), b.to_ascii_lowercase()])
        }
        _ => 0,
    }
}

/// The text whose sentence embedding stands for an article: its headline and
/// the first words of its body (what a reader sees first).
pub fn embedding_text(article: &Article) -> String {
    let lead: Vec<&str> = article.body[..article.body.floor_char_boundary(crate::text::MAX_TEXT)]
        .split_whitespace()
        .take(LEAD_WORDS)
        .collect();
    match article.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(title) => format!("{title}. {}", lead.join(" ")),
        None => lead.join(" "),
    }
}

/// Counts terms into a term-sorted list.
fn count_terms(mut all: Vec<u32>) -> Vec<TermCount> {
    all.sort_unstable();
    let mut out: Vec<TermCount> = Vec::new();
    for t in all {
        match out.last_mut() {
            Some((last, c)) if *last == t => *c = c.saturating_add(1),
            _ => out.push((t, 1)),
        }
    }
    out
}

/// Hours since 1970 of an ISO 8601 date or date-time (`2024-08-20`, `2024-08-20T08:40:00+02:00`).
pub fn hours_of(iso: &str) -> Option<i32> {
    let date = chrono::NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok()?;
    let days = date.signed_duration_since(chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?).num_days();
    let hour = iso.get(11..13).and_then(|h| h.parse::<i64>().ok()).filter(|h| *h < 24).unwrap_or(12);
    i32::try_from(days * 24 + hour).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_round_trip_and_garbage_is_refused() {
        let art = Article {
            title: Some("Officials blame hackers".into()),
            published: Some("2024-08-20T08:40:00".into()),
            language: Some("en".into()),
            body: "Officials said on Monday that hackers broke into the Trump campaign's email. ".repeat(3),
            ..Default::default()
        };
        let f = Features::of(&art, &Analysis::default(), &Termer::for_language(None));
        assert!(f.signature.is_some());
        let with = Features { embedding: Embedding::quantise(&[0.6, -0.8]), ..f.clone() };
        assert_eq!(Features::decode(&with.encode()), Some(with.clone()));
        assert_eq!(f.language, language_code("en"));
        assert!(f.names.len() >= 3, "Officials, Monday, Trump: {:?}", f.names);
        // A version-2 blob (no language, no names) and a version-1 blob (no
        // embedding block either) still decode.
        let old = Features { language: 0, names: Vec::new(), ..f.clone() };
        let mut v2 = f.encode();
        v2.truncate(v2.len() - 2 - 4 - 6 * f.names.len());
        v2[0] = 2;
        assert_eq!(Features::decode(&v2), Some(old.clone()));
        let mut v1 = v2;
        v1[0] = 1;
        v1.pop();
        assert_eq!(Features::decode(&v1), Some(old));
        assert_eq!(f.hours, hours_of("2024-08-20T08:00"));
        assert!(f.body.iter().any(|(_, c)| *c == 3));
        assert_eq!(Features::decode(&f.encode()), Some(f.clone()));
        assert_eq!(Features::decode(&f.encode()[..20]), None);
        assert_eq!(Features::decode(b"\x01\xff\xff\xff\xff\xff\xff\xff\x7f"), None);
    }

    #[test]
    fn dates_become_hours() {
        assert_eq!(hours_of("1970-01-02"), Some(36));
        assert_eq!(hours_of("1970-01-01T05:30:00Z"), Some(5));
        assert_eq!(hours_of("yesterday"), None);
        assert_eq!(hours_of("2024-é"), None);
    }
}
