//! Stories across languages. Outlets writing in different languages share
//! almost no words, but they spell most names and every figure alike: an
//! article that finds no story in its own language is compared, by the
//! idf-weighted cosine of its name keys ([`crate::text::name_key`]), with
//! recent articles in other languages that share its rarest names, and joins
//! the story of the closest when that cosine reaches
//! [`Params::cross_join`]. Failing that, when the embeddings come from a
//! multilingual model ([`Params::cross_embedding_join`] is set), it joins
//! the story of the recent article in another language whose embedding is
//! closest (net of both sides' hubness), if that reaches the threshold.
//! Articles in one language are never compared this way (their words say
//! more than their names), and nothing is posted or looked up while a single
//! language has been met.

use super::*;

/// Name keys of an article kept in memory (most salient by weight times idf).
const NAME_TERMS: usize = 32;
/// Salient name keys under which an article is posted and looked up.
const NAME_QUERY_TERMS: usize = 12;
/// Most recent articles remembered per name key.
const NAME_POSTINGS: usize = 128;
/// Articles in other languages compared per article, those sharing the most
/// idf first.
const NAME_CANDIDATES: usize = 32;
/// Most recent embedded articles whose embeddings an article is compared with.
pub(super) const EMBEDDING_WINDOW: usize = 4096;

impl StoryIndex {
    /// The name-key vector of an article (empty when its language is unknown,
    /// since then no language is other than its own); `id` gives the dense id
    /// of each of its name keys.
    pub(super) fn names_vector(&self, f: &Features, id: impl Fn(u32) -> u32) -> Vector {
        if f.language == 0 {
            return Vector::default();
        }
        let mut names: Vector = f.names.iter().map(|&(k, c)| (id(k), 1.0 + f32::from(c).ln())).collect();
        if names.len() > NAME_TERMS {
            self.keep_salient(&mut names, NAME_TERMS);
        } else {
            names.sort_unstable_by_key(|e| self.vocab.hash(e.0));
        }
        vector::normalised(names)
    }

    /// Notes member `m`'s language and posts it under its most salient name
    /// keys. Postings are kept only once a second language has been met (an
    /// English-only stream never needs them); then every earlier member is
    /// posted at once.
    pub(super) fn post_names(&mut self, m: u32) {
        let language = self.members[m as usize].language;
        if language == 0 {
            return;
        }
        if !self.languages.contains(&language) {
            self.languages.push(language);
            if self.languages.len() == 2 {
                for earlier in 0..m {
                    self.post_member_names(earlier);
                }
            }
        }
        if self.languages.len() >= 2 {
            self.post_member_names(m);
        }
    }

    /// Keeps member `m`'s embedding for comparison across languages (while
    /// [`Params::cross_embedding_join`] is set), first comparing it with the
    /// recent ones in other languages when `compare` (a restore compares
    /// only the newest, whose neighbours still count).
    pub(super) fn track_embedding(&mut self, m: u32, compare: bool) {
        if self.params.cross_embedding_join.is_none() || self.members[m as usize].embedding.is_none() {
            return;
        }
        if compare {
            self.note_cross_neighbours(m);
        }
        self.embedded.push(m);
        if self.embedded.len() > 2 * EMBEDDING_WINDOW {
            for gone in self.embedded.drain(..self.embedded.len() - EMBEDDING_WINDOW) {
                self.cross_nearest.remove(&gone);
            }
        }
    }

    /// The embedding cosines of member `m` with the recent embedded articles
    /// in other languages.
    fn cross_cosines(&self, m: u32) -> Vec<(u32, f32)> {
        let Some(embedding) = &self.members[m as usize].embedding else { return Vec::new() };
        let recent = &self.embedded[self.embedded.len().saturating_sub(EMBEDDING_WINDOW)..];
        recent
            .iter()
            .filter(|&&o| o != m && !self.same_language(m, o))
            .filter_map(|&o| Some((o, embedding.cosine(self.members[o as usize].embedding.as_ref()?))))
            .collect()
    }

    /// Records member `m`'s cosines with the recent articles in other
    /// languages in both sides' highest cosines (once, at admission).
    fn note_cross_neighbours(&mut self, m: u32) {
        let prior = Neighbours::new(self.params.cross_embedding_prior);
        let mut own = prior;
        for (o, c) in self.cross_cosines(m) {
            own.push(o, c);
            self.cross_nearest.entry(o).or_insert(prior).push(m, c);
        }
        self.cross_nearest.insert(m, own);
    }

    fn post_member_names(&mut self, m: u32) {
        let names = &self.members[m as usize].names;
        let idf: Vec<f32> = names.iter().map(|e| self.idf(e.0)).collect();
        for i in self.salient_of(names, &idf, NAME_QUERY_TERMS) {
            let list = self.name_postings.entry(self.members[m as usize].names[i].0).or_default();
            list.push(m);
            if list.len() > 2 * NAME_POSTINGS {
                list.drain(..list.len() - NAME_POSTINGS);
            }
        }
    }

    /// Whether members `a` and `b` are in one language (or either's is unknown).
    pub(super) fn same_language(&self, a: u32, b: u32) -> bool {
        let (a, b) = (self.members[a as usize].language, self.members[b as usize].language);
        a == 0 || b == 0 || a == b
    }

    /// The story in another language that member `m` joins: by its names,
    /// else by its embedding.
    pub(super) fn story_across_languages(&mut self, m: u32) -> Option<u32> {
        self.story_by_names(m).or_else(|| self.story_by_embedding(m))
    }

    /// The story of the article in another language whose names are closest
    /// to member `m`'s, less the time penalty, if that reaches
    /// [`Params::cross_join`].
    fn story_by_names(&mut self, m: u32) -> Option<u32> {
        let member = &self.members[m as usize];
        if member.names.is_empty() || self.languages.len() < 2 {
            return None;
        }
        let names = member.names.clone();
        let query = self.query(&names);
        let mut tally: FxHashMap<u32, f32> = FxHashMap::default();
        for i in self.salient_of(&names, &query.idf, NAME_QUERY_TERMS) {
            for &o in self.name_postings.get(&names[i].0).map(Vec::as_slice).unwrap_or_default() {
                if o != m && !self.same_language(m, o) {
                    *tally.entry(o).or_default() += query.idf[i];
                }
            }
        }
        let mut ranked: Vec<(u32, f32)> = tally.into_iter().collect();
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(NAME_CANDIDATES);
        let hours = self.members[m as usize].hours;
        ranked
            .into_iter()
            .map(|(o, _)| {
                let other = &self.members[o as usize];
                let score = query.cosine(&other.names, other.names_norm)
                    - self.time_penalty(Span::at(other.hours), Span::at(hours));
                (o, score)
            })
            .filter(|&(_, score)| score >= self.params.cross_join)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(o, _)| self.resolve(self.members[o as usize].story))
    }

    /// The story of the recent article in another language whose embedding
    /// scores highest with member `m`'s (the cosine less both sides'
    /// cross-language hubness and the time penalty), if that reaches
    /// [`Params::cross_embedding_join`].
    fn story_by_embedding(&self, m: u32) -> Option<u32> {
        let join = self.params.cross_embedding_join.filter(|_| self.languages.len() >= 2)?;
        let prior = Neighbours::new(self.params.cross_embedding_prior);
        let hub = |o: u32| self.cross_nearest.get(&o).unwrap_or(&prior).hubness();
        let (own, hours) = (hub(m), self.members[m as usize].hours);
        self.cross_cosines(m)
            .into_iter()
            .map(|(o, c)| {
                let other = &self.members[o as usize];
                let score = c - 0.5 * (own + hub(o)) - self.time_penalty(Span::at(other.hours), Span::at(hours));
                (o, score)
            })
            .filter(|&(_, score)| score >= join)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(o, _)| self.resolve(self.members[o as usize].story))
    }
}

#[cfg(test)]
mod tests {
    use concord_model::{Analysis, Article};

    use crate::{Params, StoryIndex};

    /// An eight-value vector whose first two values are `x` and `y` (the index scales it to unit length).
    fn unit(x: f32, y: f32) -> Vec<f32> {
        [x, y].into_iter().chain([0.0; 6]).collect()
    }

    fn article(id: &str, language: &str, title: &str, body: &str) -> Article {
        let language = Some(language.to_string());
        Article { id: id.into(), language, title: Some(title.into()), body: body.into(), ..Default::default() }
    }

    #[test]
    fn a_story_is_found_across_languages_by_its_names_and_figures() {
        let mut index = StoryIndex::default();
        let none = Analysis::default();
        let texts = [
            ("en1", "en", "Flood in Valdoria", "Heavy rain flooded Valdoria on Tuesday. Mayor Ingrid Haldersen said 2,350 homes in the Marrow valley were evacuated and 17 bridges closed."),
            ("en2", "en", "Tennis final", "Kasimir Oblonsky beat Tomás Ferreira in the final at Lindenport, winning the third set 7-5 after 184 minutes."),
            ("de1", "de", "Hochwasser in Valdoria", "Starker Regen hat Valdoria überflutet. Bürgermeisterin Ingrid Haldersen sagte, 2350 Häuser im Marrow-Tal seien geräumt und 17 Brücken gesperrt worden."),
            ("de2", "de", "Neue Bahnstrecke", "Die Bahn eröffnet zwischen Grünau und Felsbach eine neue Strecke mit zwölf Haltestellen für Pendler aus dem Umland."),
        ];
        for (id, lang, title, body) in texts {
            index.add(&article(id, lang, title, body), &none);
        }
        let story = |id: &str| index.placements().find(|p| p.0 == id).unwrap().1.to_string();
        assert_eq!(story("de1"), story("en1"), "the same flood in two languages");
        assert_ne!(story("de2"), story("en1"));
        assert_ne!(story("de2"), story("en2"), "nothing in common but the language gap");
        assert_ne!(story("en1"), story("en2"));
    }

    #[test]
    fn a_multilingual_embedding_finds_the_story_when_no_name_is_shared() {
        let texts = [
            ("en1", "en", "Storm closes the coast road", "Rangers shut the coast road after a night of gales brought down power lines."),
            ("de1", "de", "Sturm sperrt Küstenstraße", "Nach einer stürmischen Nacht wurde die Straße an der Küste gesperrt, Leitungen liegen am Boden."),
            ("de2", "de", "Neue Bibliothek", "Die Gemeinde eröffnet im Frühjahr eine neue Bücherei mit Lesecafé für Familien."),
        ];
        // de1 close to en1 (cosine 0.95), de2 far from both.
        let vectors = [unit(1.0, 0.0), unit(0.95, 0.312), unit(0.0, 1.0)];
        let none = Analysis::default();
        let place = |params: Params| {
            let mut index = StoryIndex::new(params);
            for ((id, lang, title, body), v) in texts.iter().zip(&vectors) {
                index.add_embedded(&article(id, lang, title, body), &none, Some(v));
            }
            let story = |id: &str| index.placements().find(|p| p.0 == id).unwrap().1.to_string();
            [story("en1"), story("de1"), story("de2")]
        };
        let [en1, de1, de2] = place(Params::multilingual_embeddings());
        assert_eq!(de1, en1, "the same storm in two languages");
        assert_ne!(de2, en1);
        let [en1, de1, _] = place(Params::default());
        assert_ne!(de1, en1, "English-only vectors are not compared across languages");
    }

    #[test]
    fn a_restored_index_still_finds_the_story_by_embedding() {
        let params = Params::multilingual_embeddings();
        let none = Analysis::default();
        let mut index = StoryIndex::new(params.clone());
        let en = article("en1", "en", "storm", "gales overnight closed the road by the shore");
        let placed = index.add_embedded(&en, &none, Some(&unit(1.0, 0.0)));
        let rows = vec![(en.id.clone(), Some(placed.story_id.clone()), placed.features)];
        let mut restored = StoryIndex::restore_with(params, &rows);
        let de = article("de1", "de", "sturm", "nachts wurde die strasse am ufer gesperrt");
        let joined = restored.add_embedded(&de, &none, Some(&unit(0.95, 0.312)));
        assert_eq!(joined.story_id, placed.story_id, "lower-case texts without a name: only the vectors link them");
    }

    #[test]
    fn names_are_compared_only_with_articles_in_other_languages() {
        let mut index = StoryIndex::default();
        let none = Analysis::default();
        let names = "Ingrid Haldersen, Valdoria, Marrow: 2350, 17, 1999.";
        index.add(&article("a", "en", "Report", names), &none);
        index.add(&article("b", "en", "Notice", names), &none);
        assert_eq!(index.story_across_languages(1), None, "one language met: nothing is looked up");
        assert!(index.name_postings.is_empty(), "nor posted");
        index.add(&article("c", "de", "Bericht", names), &none);
        let across = index.story_across_languages(2).expect("an English article shares every name");
        assert_eq!(across, index.resolve(index.members[0].story));
        // An article of unknown language has no names to compare.
        index.add(&Article { id: "d".into(), body: names.into(), ..Default::default() }, &none);
        assert!(index.members[3].names.is_empty());
        assert_eq!(index.story_across_languages(3), None);
    }
}
